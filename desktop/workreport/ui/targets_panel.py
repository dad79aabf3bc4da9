"""The targets panel: filterable, sortable table of targets and results, linked to the text.

Wiring (done by the main window):
    panel = TargetsPanel(parent)
    panel.targetActivated.connect(window.show_range)      # (start, end) of the source sentence
    window.reportChanged.connect(panel.set_report)
    outline.nodeActivated.connect(panel.set_current_section)
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import model as m
from .targets_model import CANONICAL, INDICATOR, SECTION, TARGET_ROLE, TargetsFilterProxy, TargetsModel

_FITTED_ROWS = 200  # rows the columns are fitted to
_LARGE_TABLE = 2000  # from this many rows, the columns are fitted to fewer of them
_SAMPLED_ROWS = 50
_INDICATOR_MAX_WIDTH = 320  # px: a long name is elided rather than pushing the numbers out of view


def blocks_under(report: m.Report, node: m.OutlineNode) -> set[int]:
    """Indices of the blocks that belong to `node` or to any node inside it."""
    out = set()
    for b in report.blocks:
        n = b.node
        while n is not None:
            if n is node:
                out.add(b.index)
                break
            n = n.parent
    return out


class TargetsPanel(QWidget):
    targetActivated = Signal(int, int)  # start, end of the source sentence in report.text
    noteRequested = Signal(object)  # a Target: the user wants to edit its note/status (app.py stores it)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("targetsPanel")
        self.report: m.Report | None = None
        self._node: m.OutlineNode | None = None

        self.model = TargetsModel(self)
        self.proxy = TargetsFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("targetsSearch")
        self.search.setPlaceholderText(self.tr("Filter by indicator…"))
        self.search.setClearButtonEnabled(True)
        self.in_sentences = QCheckBox(self.tr("Sentences too"), self)
        self.in_sentences.setObjectName("targetsInSentences")
        self.in_sentences.setToolTip(self.tr("Also match the source sentences, units and sections"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("targetsKind")
        for label, value in ((self.tr("All"), ""), (self.tr("Targets"), "target"), (self.tr("Results"), "result")):
            self.kind.addItem(label, value)
        self.section = QComboBox(self)
        self.section.setObjectName("targetsSection")
        self.only_section = QCheckBox(self.tr("Only this section"), self)
        self.only_section.setObjectName("targetsOnlySection")
        self.only_section.setToolTip(self.tr("Show only the targets of the outline node selected or read"))
        self.count = QLabel(self)
        self.export_csv_button = QPushButton(self.tr("CSV…"), self)
        self.export_csv_button.setToolTip(self.tr("Export the rows shown to CSV (UTF-8, opens in Excel)"))
        self.export_xlsx_button = QPushButton(self.tr("XLSX…"), self)
        self.export_xlsx_button.setToolTip(self.tr("Export the rows shown to an Excel workbook"))

        self.view = QTableView(self)
        self.view.setObjectName("targetsTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # document order until a header is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)

        row1 = QHBoxLayout()
        row1.addWidget(self.search, 1)
        row1.addWidget(self.in_sentences)
        row1.addWidget(self.kind)
        row2 = QHBoxLayout()
        row2.addWidget(self.section, 1)
        row2.addWidget(self.only_section)
        row3 = QHBoxLayout()
        row3.addWidget(self.count, 1)
        row3.addWidget(self.export_csv_button)
        row3.addWidget(self.export_xlsx_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.view, 1)
        layout.addLayout(row3)

        self.search.textChanged.connect(self._filter_changed)
        self.in_sentences.toggled.connect(self._filter_changed)
        self.kind.currentIndexChanged.connect(self._filter_changed)
        self.section.currentIndexChanged.connect(self._filter_changed)
        self.only_section.toggled.connect(self._filter_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(self._emit_row)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.export_csv_button.clicked.connect(lambda: self._export_dialog("csv"))
        self.export_xlsx_button.clicked.connect(lambda: self._export_dialog("xlsx"))
        self._update_count()

    # ---- data -----------------------------------------------------------------------------------
    def set_report(self, report: m.Report | None, targets=None) -> None:
        """Show the targets of `report` (extracted here unless given)."""
        self.report = report
        self._node = None
        if report is not None and targets is None:
            from ..core.targets import extract_targets  # a large module: imported when first needed

            targets = extract_targets(report)
        items = [] if report is None or targets is None else list(targets)
        self.model.set_targets(items)
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem(self.tr("All sections"), "")
        seen = dict.fromkeys(t.section for t in items if t.section)  # in order, each once
        for title in seen:
            self.section.addItem(title, title)
        self.section.blockSignals(False)
        self._filter_changed()
        self._fit_columns()

    def show_extracting(self) -> None:
        """Empty, saying the targets are on their way (set_report brings them)."""
        self.set_report(None)
        self.count.setText(self.tr("Extracting targets…"))

    def _fit_columns(self) -> None:
        """Columns sized to their contents and headers; the indicator names capped, the rest elided."""
        # sized on some rows, not all: measuring a cell lays out its text (a 55,000-row table: 0.2 s for 200)
        rows = _SAMPLED_ROWS if self.model.rowCount() > _LARGE_TABLE else _FITTED_ROWS
        self.view.horizontalHeader().setResizeContentsPrecision(rows)
        self.view.resizeColumnsToContents()
        for col in (INDICATOR, CANONICAL):
            if self.view.columnWidth(col) > _INDICATOR_MAX_WIDTH:
                self.view.setColumnWidth(col, _INDICATOR_MAX_WIDTH)
        self.view.setColumnWidth(SECTION, min(self.view.columnWidth(SECTION), 160))

    def set_current_section(self, node: m.OutlineNode | None) -> None:
        """Follow the outline: with "only this section" on, show the targets under `node`."""
        self._node = node
        if self.only_section.isChecked():
            self._filter_changed()

    def visible_targets(self) -> list:
        return self.proxy.targets()

    # ---- export ---------------------------------------------------------------------------------
    def export_csv(self, path) -> int:
        rows = [t.to_dict() for t in self.visible_targets()]
        from ..core.export import write_csv  # imported when used: not on the start-up path

        write_csv(rows, path)
        return len(rows)

    def export_xlsx(self, path) -> int:
        rows = [t.to_dict() for t in self.visible_targets()]
        from ..core.export import write_xlsx

        write_xlsx(rows, path)
        return len(rows)

    def _export_dialog(self, fmt: str) -> None:
        filters = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)"}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"targets.{fmt}", filters[fmt])
        if path:
            (self.export_csv if fmt == "csv" else self.export_xlsx)(path)

    # ---- internals ------------------------------------------------------------------------------
    def _filter_changed(self, *_args) -> None:
        self.proxy.set_text(self.search.text(), self.in_sentences.isChecked())
        self.proxy.set_kind(self.kind.currentData() or "")
        self.proxy.set_section(self.section.currentData() or "")
        blocks = None
        if self.only_section.isChecked():
            blocks = set() if self._node is None or self.report is None else blocks_under(self.report, self._node)
        self.proxy.set_blocks(blocks)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(f"{self.proxy.rowCount()} / {self.model.rowCount()}")

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self._emit_row(current)

    def _emit_row(self, index) -> None:
        t = self.proxy.data(self.proxy.index(index.row(), 0), TARGET_ROLE) if index.isValid() else None
        if t is not None:
            self.targetActivated.emit(t.start, t.end)

    def select_row(self, row: int) -> None:
        """Select a visible row (as a click would)."""
        index = self.proxy.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def target_at(self, row: int):
        return self.proxy.data(self.proxy.index(row, 0), TARGET_ROLE)

    def request_note(self, row: int) -> None:
        """Ask (via noteRequested) to edit the note/status of a visible row."""
        t = self.target_at(row)
        if t is not None:
            self.noteRequested.emit(t)

    def build_menu(self, row: int) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Note / status…")).triggered.connect(lambda: self.request_note(row))
        return menu

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.build_menu(index.row()).exec(self.view.viewport().mapToGlobal(pos))
