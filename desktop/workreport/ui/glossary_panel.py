"""The glossary panel: every 名词解释 entry with its occurrence count and definition."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTextBrowser, QTreeView, QVBoxLayout, QWidget

TERM, COUNT = 0, 1


class GlossaryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list = []
        self.counts: list[int] = []

    def set_entries(self, entries, counts) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.counts = list(counts)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Term"), self.tr("Count"))[section] if 0 <= section < 2 else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, count = self.entries[index.row()], self.counts[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.term if col == TERM else str(count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"<b>{html.escape(entry.term)}</b><br>{html.escape(entry.definition)}"
        if role == Qt.ItemDataRole.ForegroundRole and count == 0:
            return QColor("#8b949e")  # never found in the body
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return index.row()
        return None


class _NoResourceBrowser(QTextBrowser):
    def loadResource(self, _type, _name):
        return None  # definitions are escaped text; never load anything they name


class GlossaryPanel(QWidget):
    """Click an entry: `entryActivated(row)` (the window jumps to its next occurrence)."""

    entryActivated = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("glossaryPanel")
        self.model = GlossaryModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("glossaryList")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TERM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.Fixed)  # fitted in set_entries
        self.detail = _NoResourceBrowser(self)
        self.detail.setObjectName("glossaryDetail")
        self.detail.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        # said in words: a blank panel looks like a fault when the report simply has no glossary
        self.empty_label = QLabel(self.tr("This report has no glossary."), self)
        self.empty_label.setObjectName("glossaryEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.view.clicked.connect(lambda idx: self._activate(idx.row()))
        self.view.activated.connect(lambda idx: self._activate(idx.row()))

    def set_entries(self, entries, counts) -> None:
        self.model.set_entries(entries, counts)
        self._fit_count_column()
        self.detail.clear()
        empty = not self.model.entries
        self.empty_label.setVisible(empty)
        holder = self.view.parentWidget()
        if holder is not None:
            holder.setVisible(not empty)

    def _fit_count_column(self) -> None:
        """As wide as its header or the largest count (the most digits): sizing to contents would ask
        the model for every row's text at start-up (~1,300 calls for a long glossary)."""
        widest = str(max(self.model.counts, default=0))
        metrics = self.view.fontMetrics()
        header = self.view.header()
        header.resizeSection(COUNT, max(header.sectionSizeHint(COUNT),
                                        metrics.horizontalAdvance(widest) + metrics.horizontalAdvance("00")))

    def _activate(self, row: int) -> None:
        self.show_entry(row)
        self.entryActivated.emit(row)

    def show_entry(self, row: int) -> None:
        """Select the entry and show its definition (escaped)."""
        if not 0 <= row < len(self.model.entries):
            return
        index = self.model.index(row, TERM)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        entry, count = self.model.entries[row], self.model.counts[row]
        prefix = f"{html.escape(entry.number)}. " if entry.number else ""
        occurs = self.tr("%n occurrence(s) in the text", "", count)
        self.detail.setHtml(
            f"<h3>{prefix}{html.escape(entry.term)}</h3>"
            f"<p style='line-height:160%'>{html.escape(entry.definition)}</p>"
            f"<p style='color:#8b949e'>{html.escape(occurs)}</p>")

    def current_row(self) -> int:
        idx = self.view.currentIndex()
        return idx.row() if idx.isValid() else -1
