"""The library view and the search panel (widgets over the models; data comes from a backend).

The backend is any object with the methods of store.library_adapter.LibraryBackend
(app.py passes one); neither panel reads anything until it is first shown or asked.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .. import dropped_files
from .models import (
    HIT_ROLE,
    LEVEL_LABELS,
    SNIPPET_ROLE,
    Column,
    GroupBy,
    LibraryModel,
    SearchColumn,
    SearchModel,
    level_label,
)

log = logging.getLogger(__name__)

ANY_YEAR = 0  # the spin boxes' "any" value
FIRST_YEAR, LAST_YEAR = 1949, 2100
SEARCH_PAGE = 50  # reports shown at once (with their snippets); "More" fetches the next ones


class Filters(QWidget):
    """Level and year-range filters shared by both panels."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.level = QComboBox(self)
        self.level.setObjectName("levelFilter")
        self.level.addItem(self.tr("All levels"), "")
        for key in LEVEL_LABELS:
            if key:
                self.level.addItem(level_label(key), key)
        self.year_from = self._year_box("yearFrom")
        self.year_to = self._year_box("yearTo")
        row.addWidget(self.level)
        row.addWidget(QLabel(self.tr("Years"), self))
        row.addWidget(self.year_from)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.year_to)
        self.level.currentIndexChanged.connect(self.changed)

    def _year_box(self, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(FIRST_YEAR - 1, LAST_YEAR)
        box.setMinimum(FIRST_YEAR - 1)
        box.setSpecialValueText(self.tr("any"))  # shown at the minimum
        box.setValue(box.minimum())
        box.valueChanged.connect(lambda _v: self.changed.emit())
        return box

    def values(self) -> dict:
        lo = self.year_from.value() if self.year_from.value() >= FIRST_YEAR else None
        hi = self.year_to.value() if self.year_to.value() >= FIRST_YEAR else None
        return {"level": self.level.currentData() or "", "year_from": lo, "year_to": hi}


class LibraryPanel(QWidget):
    """Reports grouped by region or year, filtered by level and years; double-click opens one."""

    reportActivated = Signal(object)  # the plain row
    filesDropped = Signal(list)  # local paths dropped on the view: add them to the library
    editRequested = Signal(object)  # the plain row whose details the user wants to edit

    def __init__(self, backend=None, parent=None):
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.backend = backend
        self.loaded = False
        self.model = LibraryModel(self, notes_count=self._notes_count)
        self.filters = Filters(self)
        self.group = QComboBox(self)
        self.group.setObjectName("groupBy")
        self.group.addItem(self.tr("By region"), GroupBy.REGION.value)
        self.group.addItem(self.tr("By year"), GroupBy.YEAR.value)
        self.view = QTreeView(self)
        self.view.setObjectName("libraryView")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        # fixed widths from the font, not ResizeToContents: that would read every row of a big library
        digits = self.fontMetrics().horizontalAdvance("0")
        for col, chars in ((Column.REGION, 9), (Column.LEVEL, 8), (Column.YEAR, 5), (Column.LENGTH, 8),
                           (Column.TARGETS, 5), (Column.NOTES, 5)):
            header.resizeSection(col, digits * chars + 16)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setObjectName("libraryStatus")
        top = QHBoxLayout()
        top.addWidget(self.group)
        top.addWidget(self.filters, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.view, 1)
        box.addWidget(self.status)
        self.filters.changed.connect(self.refresh)
        self.group.currentIndexChanged.connect(
            lambda _i: (self.model.set_group_by(GroupBy(self.group.currentData())), self.view.expandAll()))
        self.view.activated.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.setAcceptDrops(True)

    def set_backend(self, backend) -> None:
        self.backend = backend
        self.loaded = False

    def selected_row(self):
        return self.model.row_of(self.view.currentIndex().siblingAtColumn(0))

    def _context_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        row = self.model.row_of(self.view.indexAt(pos).siblingAtColumn(0))
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.reportActivated.emit(row))
        menu.addAction(self.tr("Edit Details…"), lambda: self.editRequested.emit(row))
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def dragEnterEvent(self, event):
        dropped_files.accept_if_files(event)

    def dropEvent(self, event):
        files = dropped_files.local_files(event)
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)

    def ensure_loaded(self) -> None:
        """Read the library the first time the view is needed."""
        if not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        if self.backend is None:
            return
        rows = self.backend.reports(**self.filters.values())
        self.loaded = True
        self.model.set_rows(rows)
        self.view.expandAll()
        self.status.setText(self.tr("%n report(s)", "", self.model.report_count()))

    def _notes_count(self, digest: str) -> int:
        return self.backend.notes_count(digest) if self.backend is not None else 0

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_of(index.siblingAtColumn(0))
        if row is not None:
            self.reportActivated.emit(row)


class SnippetDelegate(QStyledItemDelegate):
    """Paints a snippet with its hit highlighted (the text is escaped: shown as text)."""

    def _document(self, option: QStyleOptionViewItem, value) -> QTextDocument:
        text, start, end = value
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        hit = option.palette.color(QPalette.ColorRole.Highlight).name()
        doc.setHtml(f"{html.escape(text[:start])}<span style='background:{hit};color:white'>"
                    f"{html.escape(text[start:end])}</span>{html.escape(text[end:])}")
        return doc

    def paint(self, painter, option, index):
        value = index.data(SNIPPET_ROLE)
        if not value:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, value)
        doc.setTextWidth(option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index):
        value = index.data(SNIPPET_ROLE)
        if not value:
            return super().sizeHint(option, index)
        doc = self._document(option, value)
        view = self.parent()
        width = view.columnWidth(index.column()) - view.indentation() * 2 if isinstance(view, QTreeView) else 0
        doc.setTextWidth(max(200, width, option.rect.width()))
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class SearchPanel(QWidget):
    """A query over the whole library; results grouped by report, snippets with the hit marked."""

    hitActivated = Signal(object, int, str)  # report row, offset of the hit, query

    def __init__(self, backend=None, parent=None):
        super().__init__(parent)
        self.setObjectName("librarySearchPanel")
        self.backend = backend
        self.model = SearchModel(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("librarySearchEdit")
        self.edit.setPlaceholderText(self.tr("Search all reports…"))
        self.edit.setClearButtonEnabled(True)
        self.go = QPushButton(self.tr("Search"), self)
        self.filters = Filters(self)
        self.region = QLineEdit(self)
        self.region.setObjectName("regionFilter")
        self.region.setPlaceholderText(self.tr("Region"))
        self.view = QTreeView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(SearchColumn.TEXT, SnippetDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setSectionResizeMode(SearchColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        self.view.header().setStretchLastSection(False)
        self.more = QPushButton(self.tr("More results"), self)
        self.more.setObjectName("moreResults")
        self.more.hide()
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.go)
        row2 = QHBoxLayout()
        row2.addWidget(self.region)
        row2.addWidget(self.filters, 1)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addLayout(row2)
        box.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more)
        box.addLayout(bottom)
        self._limit = SEARCH_PAGE
        self.edit.returnPressed.connect(self.search)
        self.go.clicked.connect(self.search)
        self.more.clicked.connect(self._more)
        self.view.activated.connect(self._activated)
        # wrapped snippets change height with the column's width
        self.view.header().sectionResized.connect(lambda *_a: self.view.doItemsLayout())

    def set_backend(self, backend) -> None:
        self.backend = backend

    def search(self, query: str | None = None) -> None:
        if query is not None:
            self.edit.setText(query)
        self._limit = SEARCH_PAGE
        self._run()

    def _more(self) -> None:
        self._limit += SEARCH_PAGE
        self._run()

    def _run(self) -> None:
        query = self.edit.text().strip()
        if not query or self.backend is None:
            self.model.set_results(query, [])
            self.status.clear()
            self.more.hide()
            return
        results = self.backend.search(query, region=self.region.text().strip(), limit=self._limit + 1,
                                      **self.filters.values())
        has_more = len(results) > self._limit
        self.model.set_results(query, results[:self._limit])
        self.more.setVisible(has_more)
        hits = sum(r.hits for r in self.model.results())
        self.status.setText(self.tr("%n report(s)", "", len(self.model.results())) + " · "
                            + self.tr("%n hit(s)", "", hits) + (" · " + self.tr("more below") if has_more else ""))
        self.view.expandAll()

    def _activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(HIT_ROLE)
        if value:
            report, offset = value
            self.hitActivated.emit(report, offset, self.model.query)
