"""Work put off until the window has painted its first screen (start-up speed).

Side panels that are not on screen at start (targets, …) are filled after the reader's first paint,
so the user sees the text as early as a bare window would show. Once painted, work runs at once.
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
        jobs, self._jobs = self._jobs, []
        for job in jobs:
            job()

    def eventFilter(self, obj, event):
        if obj is self._widget and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self.flush)  # after this paint reaches the screen
        return False
