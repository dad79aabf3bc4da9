"""The scorecard of one region: the table of indicators by year and the chart of the selected row.

Double-clicking a cell opens the target's report at its sentence; the context menu opens either
report. The widget only emits `openRequested(path, paragraph ref, offset)`: whoever owns it
(the main window) opens the report.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .model import ScorecardModel

log = logging.getLogger(__name__)

EXPORT_SIZE = QSize(1200, 675)


def make_chart(parent=None):
    """The pyqtgraph chart, or the QPainter one where pyqtgraph (and numpy) is not installed, as in
    the frozen app."""
    try:
        from .chart import IndicatorChart
        return IndicatorChart(parent)
    except ImportError as exc:
        log.info("pyqtgraph unavailable (%s): the chart is drawn with QPainter", exc)
        from .painted import PaintedChart
        return PaintedChart(parent)


class ScorecardWidget(QWidget):
    openRequested = Signal(str, str, int)  # report path, paragraph ref, offset of the sentence

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ScorecardModel(self)
        self.title = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(self._open_target)
        self.table.selectionModel().currentChanged.connect(self._row_changed)
        self.chart = make_chart(self)
        self.png_button = QPushButton(self.tr("Export chart as PNG…"), self)
        self.svg_button = QPushButton(self.tr("Export chart as SVG…"), self)
        self.png_button.clicked.connect(lambda: self._ask_export("png"))
        self.svg_button.clicked.connect(lambda: self._ask_export("svg"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.svg_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.chart)
        lower_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(split)
        self.chart_row = -1

    def set_pairs(self, pairs, region: str = "") -> None:
        self.model.set_pairs(pairs)
        self.title.setText(region)
        self.table.resizeRowsToContents()
        if self.model.rowCount():
            self.show_row(0)
            self.table.setCurrentIndex(self.model.index(0, self.model.columnCount() - 1))

    def show_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.chart_row = row
            name = self.model.headerData(row, Qt.Orientation.Vertical)
            self.chart.set_pairs(self.model.row_pairs(row), name or "")

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self.chart_row:
            self.show_row(current.row())

    # -- opening the reports
    def open_side(self, index: QModelIndex, which: str) -> bool:
        """Emit openRequested for the cell's target ("target") or result ("actual")."""
        pair = self.model.pair_at(index)
        side = None
        if pair is not None:
            side = pair.actual if which == "actual" else (pair.target or pair.absent)
        if side is None or not side.report:
            return False
        self.openRequested.emit(side.report, side.ref, side.start)
        return True

    def _open_target(self, index: QModelIndex) -> None:
        if not self.open_side(index, "target"):  # no target sentence (a target not set): the actual's
            self.open_side(index, "actual")

    def _menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        pair = self.model.pair_at(index)
        if pair is None:
            return
        menu = QMenu(self)
        act_t = menu.addAction(self.tr("Open the target's report"))
        act_t.setEnabled(pair.target is not None or pair.absent is not None)
        act_t.triggered.connect(lambda: self.open_side(index, "target"))
        act_a = menu.addAction(self.tr("Open the result's report"))
        act_a.setEnabled(pair.actual is not None)
        act_a.triggered.connect(lambda: self.open_side(index, "actual"))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- export
    def export_chart(self, path: str, size: QSize = EXPORT_SIZE) -> bool:
        """PNG or SVG by the file's suffix."""
        if Path(path).suffix.lower() == ".svg":
            return self.chart.export_svg(path, size)
        return self.chart.export_png(path, size)

    def _ask_export(self, fmt: str) -> None:
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"scorecard.{fmt}", filters[fmt])
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            if not self.export_chart(path):
                log.warning("could not write %s", path)
