"""Wires the Keywords panel to the window: analysis of the shown report, occurrences, comparison, export, trend.

The panel is filled when it is visible (the segmenter loads on first use). A trend needs the library:
the app hands in `trend_source(terms) -> {term: {"first_year", "points"}}` (ui never imports the store).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shiboken6 import isValid

from ...core import keywords as kw
from ...core.export import write_csv

log = logging.getLogger(__name__)

LAYER = "keywords"
COLOUR = "#ffd27f"
CURRENT_COLOUR = "#ff9f1a"
TOP = 50

TrendSource = Callable[[list[str]], dict]


class TrendThread(QThread):
    """Counts a trend off the GUI thread: the first trend of a big library counts every report once."""

    done = Signal(dict)

    def __init__(self, source: TrendSource, terms: list[str], parent=None):
        super().__init__(parent)
        self.source, self.terms = source, list(terms)

    def run(self) -> None:
        try:
            result = self.source(self.terms)
        except Exception:  # noqa: BLE001 - logged; the chart simply stays as it was
            log.exception("trend failed")
            result = {}
        self.done.emit(result)


def _analyse(report, old) -> dict:
    """On a worker thread (core code only): the lists of `report`, compared with `old` if given."""
    year = None
    if old is not None:
        from ...core.report_identity import identify

        try:
            year = identify(report).year
        except Exception:  # noqa: BLE001 - without a year new terms are ordered without novelty
            year = None
    return kw.analyse(report.text, old.text if old is not None else None, TOP, year)


class KeywordsController(QObject):
    def __init__(self, window, panel, dock=None, trend_source: TrendSource | None = None):
        super().__init__(panel)
        self.window, self.panel, self.dock = window, panel, dock
        self.trend_source = trend_source
        self.report = None
        self.old_report = None
        self.spans: list[tuple[int, int]] = []
        self.term = ""
        self.current = -1
        self.chart = None
        self._stale = True
        self._task = None  # the analysis running on a worker (ui/background.py)
        panel.termActivated.connect(self.mark)
        panel.stepRequested.connect(self.step)
        panel.compareRequested.connect(self.choose_earlier)
        panel.exportRequested.connect(self.choose_export)
        panel.trendRequested.connect(self.show_trend)
        panel.trend_button.setEnabled(trend_source is not None)
        if dock is not None:
            dock.visibilityChanged.connect(lambda visible: self.refresh() if visible and self._stale else None)

    # -- report
    def set_report(self, report) -> None:
        self.report, self.old_report = report, None
        self.clear_marks()
        self._stale = True
        # a dock tabbed behind another is still isVisible(): only one on screen analyses now (seconds for a
        # big report); the others when their tab is chosen (visibilityChanged)
        if self.dock is None or (self.dock.isVisible() and not self.dock.visibleRegion().isEmpty()):
            self.refresh()
        elif self.dock.isVisible():  # not laid out yet (a dock just made): look again once it is
            QTimer.singleShot(0, self._refresh_if_on_screen)

    def _refresh_if_on_screen(self) -> None:
        if self._stale and self.dock is not None and not self.dock.visibleRegion().isEmpty():
            self.refresh()

    def set_earlier(self, old_report) -> None:
        self.old_report = old_report
        self.refresh()

    def refresh(self) -> None:
        """Analyse the report (and the earlier one) on a worker thread: seconds for a big report, a
        minute for a 16 MB one; the lists fill when it is done and the window keeps turning meanwhile."""
        if self.report is None:
            return
        from .. import background

        report, old = self.report, self.old_report
        if self._task is not None:
            self._task.abandon()  # an earlier report's analysis: not wanted any more
        self._stale = False
        task = self._task = background.start(lambda: _analyse(report, old))
        task.done.connect(lambda result, error: self._analysed(task, report, old, result, error))

    def _analysed(self, task, report, old, result, error) -> None:
        if not isValid(self.panel):
            return  # the window closed while the worker analysed
        if self._task is task:
            self._task = None
        if error is not None:
            log.error("keyword analysis failed", exc_info=(type(error), error, error.__traceback__))
            self._stale = True
        elif report is self.report and old is self.old_report:
            self.panel.set_result(result, Path(old.source).name if old is not None and old.source else "")

    # -- occurrences
    def mark(self, term: str) -> None:
        if self.report is None:
            return
        self.term = term
        self.spans = kw.occurrences(self.report.text, term)
        self.current = 0 if self.spans else -1
        self._show()

    def step(self, delta: int) -> None:
        if not self.spans:
            return
        self.current = (self.current + delta) % len(self.spans)
        self._show()

    def _show(self) -> None:
        reader = self.window.reader
        reader.set_layer(LAYER, self.spans, COLOUR, self.current, CURRENT_COLOUR)
        if self.current >= 0:
            reader.show_range(*self.spans[self.current])
        self.panel.set_occurrence(self.term, self.current + 1, len(self.spans))

    def clear_marks(self) -> None:
        self.spans, self.term, self.current = [], "", -1
        self.window.reader.set_layer(LAYER, [], COLOUR)
        self.panel.set_occurrence("", 0, 0)

    # -- comparison, export, trend
    def choose_earlier(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.panel, QCoreApplication.translate("KeywordsPanel", "Earlier report to compare with"))
        if path:
            self.compare_with(path)

    def compare_with(self, path: str) -> None:
        from ...core.parser import parse_file

        try:
            self.set_earlier(parse_file(path))
        except Exception as exc:  # noqa: BLE001 - a file that does not open is said, not raised
            QMessageBox.warning(self.panel, QCoreApplication.translate("KeywordsPanel", "Keywords"), str(exc))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.panel, QCoreApplication.translate("KeywordsPanel", "Export terms"),
                                              "keywords.csv",
                                              QCoreApplication.translate("KeywordsPanel", "CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> int:
        rows = kw.csv_rows(self.panel.result)
        write_csv(rows, path, kw.CSV_COLUMNS)
        return len(rows)

    def show_trend(self, terms: list[str]) -> None:
        if not terms and self.term:
            terms = [self.term]
        if not terms or self.trend_source is None:
            return
        if self.chart is None:
            from .trend_chart import TrendChart

            self.chart = TrendChart(self.panel)
            self.panel.trend_area.addWidget(self.chart)
        if getattr(self, "_trend_thread", None) is not None and self._trend_thread.isRunning():
            return  # one count at a time; the button is disabled meanwhile
        self.panel.trend_button.setEnabled(False)
        self.panel.trend_button.setToolTip(self.tr("Counting the terms in the library's reports…"))
        self._trend_thread = TrendThread(self.trend_source, terms, self)
        self._trend_thread.done.connect(self._trend_ready)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._trend_thread.wait)  # never destroyed running
        self._trend_thread.start()

    def _trend_ready(self, trends: dict) -> None:
        self.panel.trend_button.setEnabled(True)
        self.panel.trend_button.setToolTip(
            QCoreApplication.translate("KeywordsPanel", "Chart the selected terms across the library's years"))
        if trends and self.chart is not None:
            self.chart.set_trends(trends)
