"""Work put off until the window has painted its first screen (start-up speed).

Side panels that are not on screen at start (targets, …) are filled after the reader's first paint,
so the user sees the text as early as a bare window would show. After the paint the waiting jobs run
one per turn of the event loop (a click or a repaint gets in between); once they are done, work runs
at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer

log = logging.getLogger(__name__)


class FirstPaint(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self._widget = widget
        self._jobs: list = []
        self.painted = False
        widget.installEventFilter(self)

    def later(self, job) -> None:
        """Run `job` after the first paint (now, if that is past and nothing else waits)."""
        if self.painted and not self._jobs:
            job()
        else:
            self._jobs.append(job)

    def flush(self) -> None:
        """Run the waiting jobs now (a window never shown: scripts, checks)."""
        self.painted = True
        while self._jobs:
            self._jobs.pop(0)()

    @property
    def done(self) -> bool:
        """Painted, and the jobs waiting for it have run."""
        return self.painted and not self._jobs

    def _run_next(self) -> None:
        try:
            if self._jobs:
                self._jobs.pop(0)()
        finally:  # a job that fails does not stop the others
            if self._jobs:
                QTimer.singleShot(0, self._run_next)

    def eventFilter(self, obj, event):
        if obj is self._widget and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._run_next)  # after this paint reaches the screen
        return False
