"""Wires the scorecard into the main window: a dock with the region of the report being read.

    controller = ScorecardController(window, library)   # app.py; library: the library backend's Library

The region, level and year of the report shown are detected (core.report_identity); the scorecard
is built from the library's reports of that region (their stored target records, no parsing) when
the dock is shown or another report is opened while it is visible.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class ScorecardController(QObject):
    def __init__(self, window, library_source):
        """`library_source()` returns the library (opened on first use) or None."""
        super().__init__(window)
        self.window = window
        self.library_source = library_source
        self.widget = None  # built when the dock is first shown: the chart is not on the start-up path
        self.holder = QWidget()
        self._layout = QVBoxLayout(self.holder)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.dock = window.add_side_dock(self.holder, self.tr("Scorecard"), "scorecardDock")
        self.dock.hide()
        self.region = ""
        self._shown_for = None
        self.dock.visibilityChanged.connect(self._visibility)
        window.reportChanged.connect(self._report_changed)
        self.action = QAction(self.tr("Scorecard of This Region"), window)
        self.action.setObjectName("scorecardOfRegion")
        self.action.triggered.connect(self.show)
        menu = _menu_named(window, "go") or _menu_named(window, "view")
        if menu is not None:
            menu.addAction(self.action)

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.refresh()

    def _ensure_widget(self):
        if self.widget is None:
            from .widget import ScorecardWidget

            self.widget = ScorecardWidget(self.holder)
            self._layout.addWidget(self.widget)
            self.widget.openRequested.connect(self.open_place)
        return self.widget

    def refresh(self) -> int:
        """Build the scorecard of the current report's region; the number of pairs shown."""
        from ...core.pairing import score_region
        from ...core.pairing_input import library_inputs
        from ...core.report_identity import identify

        widget = self._ensure_widget()
        report = self.window.report
        self._shown_for = report
        if report is None:
            self._empty(self.tr("Open a report to see the scorecard of its region."))
            return 0
        ident = identify(report, path=report.source or "")
        if not ident.region:
            self._empty(self.tr("The region of this report could not be detected."))
            return 0
        library = self.library_source()
        inputs = library_inputs(library, ident.region, ident.level.value if ident.level else "") if library else []
        if len({i.year for i in inputs}) < 2:
            self._empty(self.tr("Add at least two years of reports of {0} to the library to see whether "
                                "their targets were met.").format(ident.region))
            return 0
        pairs = score_region(inputs)
        self.region = ident.region
        widget.set_pairs(pairs, ident.region)
        return len(pairs)

    def open_place(self, path: str, _ref: str, start: int) -> None:
        """Open a report of the scorecard at the sentence of a target or a result."""
        report = self.window.report
        if report is None or Path(report.source or "") != Path(path):
            if not self.window.open_file(path):
                return
        if start >= 0:
            self.window.reader.scroll_to_offset(start)

    def _empty(self, message: str) -> None:
        widget = self._ensure_widget()
        widget.set_pairs([], "")
        widget.title.setText(message)

    def _visibility(self, visible: bool) -> None:
        if visible and self._shown_for is not self.window.report:
            self.refresh()

    def _report_changed(self, _report) -> None:
        if self.dock.isVisible():
            self.refresh()


def _menu_named(window, name: str):
    """A top-level menu by its object name or its untranslated title."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is None:
            continue
        title = menu.title().replace("&", "").casefold()
        if menu.objectName().casefold().startswith(name) or title == name:
            return menu
    return None
