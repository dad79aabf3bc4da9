"""Opening a report file without freezing the window (issue 15: a 16 MB report took 25 s in the window).

The loading, parsing, glossary matching and the reader's document are built on a worker thread
(ui/background.py); meanwhile the window keeps turning and, if it takes a moment, a progress dialog
with Cancel shows. The caller waits in a local event loop, so `MainWindow.open_file` still returns
whether the report is shown (its callers – menus, drops, the library, the scorecard – stay simple).
Cancel abandons the result: the report already shown stays.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog

from workreport.core.errors import ReportError

from . import background
from .occurrences import occurrences_for
from .reader import Detached, Recipe, build_detached

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 400  # a normal report opens within this: no dialog flashes up
DETACHED_BLOCKS = 2000  # from this many blocks the reader's document is built on the worker too


class Outcome(enum.Enum):
    SHOWN = "shown"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass
class Prepared:
    """Everything of a report that can be made off the GUI thread."""

    report: object
    occurrences: list
    detached: Detached | None


def prepare(path: str, recipe: Recipe, gui_thread: QThread) -> Prepared:
    """On the worker: parse (through the parse cache), match the glossary, build a big report's document."""
    from workreport import report_cache

    report = report_cache.load_report(path)
    occurrences = occurrences_for(report)
    detached = build_detached(report, occurrences, recipe, gui_thread) \
        if len(report.blocks) >= DETACHED_BLOCKS else None
    return Prepared(report, occurrences, detached)


class ReportLoad:
    """One file being opened: `run()` waits for it with the window responsive and returns the Outcome."""

    def __init__(self, parent, path: str, recipe: Recipe, delay_ms: int | None = None):
        self.path = path
        self.prepared: Prepared | None = None
        self.error: BaseException | None = None
        self.outcome = Outcome.CANCELLED
        self._loop = QEventLoop()
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("openProgress")
        self.progress.setWindowTitle(QCoreApplication.translate("ReportLoad", "Opening Report"))
        label = QLabel(self.progress)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        label.setText(QCoreApplication.translate("ReportLoad", "Opening {name}…").format(name=Path(path).name))
        self.progress.setLabel(label)
        self.progress.setRange(0, 0)  # busy: parsing has no measurable steps
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(60_000)  # shown by our own timer below: QProgressDialog's needs values
        self._show_timer = QTimer(self.progress)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self.progress.show)
        self._show_timer.start(PROGRESS_DELAY_MS if delay_ms is None else delay_ms)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel)
        gui_thread = QThread.currentThread()
        self.task = background.start(lambda: prepare(path, recipe, gui_thread))
        self.task.done.connect(self._done)

    def run(self) -> Outcome:
        self._loop.exec()  # the result arrives through the event loop, never before this
        if self.prepared is None and self.error is None:
            self.task.abandon()  # cancelled, or the application is quitting
            self.outcome = Outcome.CANCELLED
        self._show_timer.stop()
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        return self.outcome

    def _done(self, prepared, error) -> None:
        self.prepared, self.error = prepared, error
        if error is not None and not isinstance(error, ReportError):  # a bug, not a bad file: keep the trace
            log.error("opening %s failed", self.path, exc_info=(type(error), error, error.__traceback__))
        self.outcome = Outcome.FAILED if error is not None else Outcome.SHOWN
        self._loop.quit()

    def _cancel(self) -> None:
        log.info("opening %s cancelled", self.path)
        self.task.abandon()
        self.outcome = Outcome.CANCELLED
        self._loop.quit()
