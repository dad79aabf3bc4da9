"""The Keywords panel: the lists of one report (against an earlier one), occurrence stepping, export, trend."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .model import TermTable, TermTableModel

log = logging.getLogger(__name__)

_ORDER = tuple(TermTable)  # the tabs, in this order


class KeywordsPanel(QWidget):
    termActivated = Signal(str)  # a term was clicked: mark its occurrences in the reader
    stepRequested = Signal(int)  # -1 / +1: the previous / next occurrence
    compareRequested = Signal()  # choose the earlier report to compare with
    exportRequested = Signal()
    trendRequested = Signal(list)  # the terms to chart across the library

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("keywordsPanel")
        self.models: dict[str, TermTableModel] = {kind: TermTableModel(kind, self) for kind in _ORDER}
        self.views: dict[str, QTableView] = {}
        self.tabs = QTabWidget()
        titles = {TermTable.TOP: self.tr("Top terms"), TermTable.SLOGANS: self.tr("Slogans"),
                  TermTable.NEW: self.tr("New"), TermTable.DROPPED: self.tr("Dropped"),
                  TermTable.RISERS: self.tr("Risers"), TermTable.FALLERS: self.tr("Fallers")}
        for kind in _ORDER:
            view = QTableView()
            view.setModel(self.models[kind])
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.clicked.connect(lambda index, k=kind: self._activate(k, index.row()))
            view.activated.connect(lambda index, k=kind: self._activate(k, index.row()))
            self.views[kind] = view
            self.tabs.addTab(view, titles[kind])
        self.against_label = QLabel(self.tr("Not compared with an earlier report"))
        self.against_label.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Compare with…"))
        self.compare_button.clicked.connect(self.compareRequested)
        self.occurrence_label = QLabel("")
        self.prev_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.prev_button.clicked.connect(lambda: self.stepRequested.emit(-1))
        self.next_button.clicked.connect(lambda: self.stepRequested.emit(1))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.exportRequested)
        self.trend_button = QPushButton(self.tr("Trend"))
        self.trend_button.setToolTip(self.tr("Chart the selected terms across the library's years"))
        self.trend_button.clicked.connect(lambda: self.trendRequested.emit(self.selected_terms()))

        top = QHBoxLayout()
        top.addWidget(self.against_label, 1)
        top.addWidget(self.compare_button)
        steps = QHBoxLayout()
        steps.addWidget(self.occurrence_label, 1)
        steps.addWidget(self.prev_button)
        steps.addWidget(self.next_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.trend_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(steps)
        layout.addLayout(actions)
        self.trend_area = QVBoxLayout()  # the controller puts the trend chart here
        layout.addLayout(self.trend_area)
        self.result: dict = {}
        self.set_occurrence("", 0, 0)

    # -- content
    def set_result(self, result: dict, against: str = "") -> None:
        self.result = result
        for kind, model in self.models.items():
            model.set_rows(result.get(kind, []))
        self.against_label.setText(self.tr("Compared with: %1").replace("%1", against) if against
                                   else self.tr("Not compared with an earlier report"))
        self.export_button.setEnabled(bool(result))

    def set_occurrence(self, term: str, current: int, total: int) -> None:
        if not term:
            self.occurrence_label.setText("")
        else:
            self.occurrence_label.setText(self.tr("%1: %2 of %3").replace("%1", term)
                                          .replace("%2", str(current)).replace("%3", str(total)))
        self.prev_button.setEnabled(total > 1)
        self.next_button.setEnabled(total > 1)

    def selected_terms(self) -> list[str]:
        view = self.tabs.currentWidget()
        kind = next((k for k, v in self.views.items() if v is view), TermTable.TOP)
        selection = view.selectionModel() if isinstance(view, QAbstractItemView) else None
        rows = sorted({i.row() for i in selection.selectedRows()}) if selection is not None else []
        return [self.models[kind].term(r) for r in rows if self.models[kind].term(r)]

    def _activate(self, kind: str, row: int) -> None:
        term = self.models[kind].term(row)
        if term:
            self.termActivated.emit(term)
