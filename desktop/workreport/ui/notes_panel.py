"""The notes panel: bookmarks, highlights and notes of the document, grouped by section.

Self-contained: it shows the rows it is given and calls a backend for changes.
The backend (app.py passes store.notes_adapter.NotesAdapter) needs:
    quick_groups() -> [(heading, order, rows)] to show first (rows partial with many notes)
    items() -> every row whole, in reading order
    item(key) -> row or None;  tags() -> [str]
    add_highlight(start, end, colour=..., note=...) -> row
    update(key, **fields) -> row          (note, colour, tags, status; label for bookmarks)
    delete(key);  restore(key) -> row
    toggle_bookmark(block_index, kind) -> row or None
and optionally, for thousands of notes: counted_groups() -> ([(heading, order, count)], rows read
anyway) or None; spans_between(start, end) -> partial rows there; notes_at(offset) -> whole rows.
Signals: jumpRequested(start, end) to show a place; itemsChanged() after any
change (repaint highlights, refresh outline marks); message(str) for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.kinds import BookmarkKind, NoteKind
from .notes_model import ITEM_ROLE, NOTE, PALETTE, REF, STATUS_LABELS, NotesModel, colour_label, colour_of, status_label

ALL = ""
BOOKMARK_KEY = "b"  # NoteView.key[0] of a bookmark (store.notes_adapter.BOOKMARK)
EXPAND_MAX = 1000  # rows listed with every group open; more: the groups start closed, rows partial


class LazyComboBox(QComboBox):
    """A combo box whose entries can be listed when it is first opened or stepped through."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pending: Callable[[], None] | None = None  # fills the entries; run once, before they are needed

    def ensure_filled(self) -> None:
        fill, self.pending = self.pending, None
        if fill is not None:
            fill()

    def showPopup(self):
        self.ensure_filled()
        super().showPopup()

    def keyPressEvent(self, event):
        self.ensure_filled()
        super().keyPressEvent(event)

    def wheelEvent(self, event):
        self.ensure_filled()
        super().wheelEvent(event)


def _swatch(name: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(colour_of(name)))
    return QIcon(pix)


class NotesPanel(QWidget):
    jumpRequested = Signal(int, int)
    itemsChanged = Signal()
    message = Signal(str)

    def __init__(self, backend=None, parent=None):
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.backend = backend
        self.undo_stack: list = []  # keys of deleted rows, most recent last

        self.model = NotesModel(self)
        self.model.editor = self._edit_text
        self.model.loader = lambda: self.backend.items() if self.backend is not None else []
        self.search = QLineEdit(self)
        self.search.setObjectName("notesSearch")
        self.search.setPlaceholderText(self.tr("Search quotes and notes"))
        self.search.setClearButtonEnabled(True)
        self.colour_filter = self._combo("notesColourFilter", self.tr("All colours"),
                                         [(colour_label(c), c) for c in PALETTE], icons=True)
        self.tag_filter = LazyComboBox(self)
        self._combo("notesTagFilter", self.tr("All tags"), [], box=self.tag_filter)
        self.status_filter = self._combo("notesStatusFilter", self.tr("All statuses"),
                                         [(status_label(key), key) for key in STATUS_LABELS])

        self.view = QTreeView(self)
        self.view.setObjectName("notesList")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # double-click and F2 open the note editor (a bookmark's label is edited in place)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REF, QHeaderView.ResizeMode.ResizeToContents)

        self.undo_label = QLabel(self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("notesUndo")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("notesDelete")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("notesCount")

        filters = QHBoxLayout()
        for w in (self.colour_filter, self.tag_filter, self.status_filter):
            filters.addWidget(w, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.undo_label)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.colour_filter.currentIndexChanged.connect(lambda _: self._filter(colour=self.colour_filter.currentData()))
        self.tag_filter.currentIndexChanged.connect(lambda _: self._filter(tag=self.tag_filter.currentData()))
        self.status_filter.currentIndexChanged.connect(lambda _: self._filter(status=self.status_filter.currentData()))
        self.view.clicked.connect(self._jump)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.installEventFilter(self)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.undo_button.clicked.connect(self.undo_delete)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                           (QKeySequence.StandardKey.Undo, self.undo_delete)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self._update_buttons()

    def _combo(self, name, all_label, entries, icons=False, box: QComboBox | None = None) -> QComboBox:
        box = box if box is not None else QComboBox(self)
        box.setObjectName(name)
        box.addItem(all_label, ALL)
        for label, data in entries:
            if icons:
                box.addItem(_swatch(data), label, data)
            else:
                box.addItem(label, data)
        return box

    # -- data in ---------------------------------------------------------------------------------------

    def set_backend(self, backend) -> None:
        """A new document (or none): show its notes."""
        self.backend = backend
        self.undo_stack.clear()
        self.reload()

    def reload(self) -> None:
        counting = getattr(self.backend, "counted_groups", None)
        counted = counting() if counting is not None else None
        groups = self.backend.quick_groups() if self.backend is not None and counted is None else []
        if counted is not None:  # thousands: the groups are only counted, highlights read by place
            self.model.set_counted(*counted)
        elif sum(len(rows) for _, _, rows in groups) > EXPAND_MAX:
            self.model.set_groups(groups)  # the groups start closed: rows read whole when one opens
        elif self.backend is None:
            self.model.set_items([])
        elif any(row.partial for _, _, rows in groups for row in rows):
            self.model.set_items(self.backend.items(), ordered=True)  # few: whole now, every group opens
        else:
            self.model.set_items([row for _, _, rows in groups for row in rows], ordered=True)
        self._refresh_tags()
        self._expand_groups()
        self._update_buttons()
        self.itemsChanged.emit()

    def items(self) -> list:
        """All rows (unfiltered), whole (with many notes this reads them all: prefer paint_items)."""
        return self.model.whole_items()

    def paint_items(self) -> list:
        """All rows (unfiltered), maybe partial: enough to paint highlights, mark the outline, list
        bookmarks and target notes (those rows are whole). resolve() gives a partial row whole.

        While `counted` (thousands of notes, no group opened yet) only the bookmarks and the rows on
        a target or with a status: highlights are read by place, spans_between() and notes_at()."""
        return list(self.model.all_items)

    @property
    def counted(self) -> bool:
        return self.model.counted

    def spans_between(self, start: int, end: int) -> list:
        """Partial rows of the placed highlights over report offsets [start, end) (to paint them)."""
        return self.backend.spans_between(start, end) if self.backend is not None else []

    def notes_at(self, offset: int) -> list:
        """Whole rows of the placed highlights holding a report offset (a tooltip)."""
        return self.backend.notes_at(offset) if self.backend is not None else []

    def resolve(self, item):
        """The whole row of a partial one (None if it is gone)."""
        if not getattr(item, "partial", False):
            return item
        return self.backend.item(item.key) if self.backend is not None else None

    def _expand_groups(self) -> None:
        """Open the section groups when the rows they show are few enough to lay out at once; with
        thousands the groups stay closed (the tree would ask the model about every row, ~1 s for
        10,000 notes) and open on a click, or when a search or filter narrows the list."""
        root = QModelIndex()
        expand = self.model.visible_count() <= EXPAND_MAX
        for row in range(self.model.rowCount(root)):
            self.view.setExpanded(self.model.index(row, 0, root), expand)

    def _refresh_tags(self) -> None:
        box = self.tag_filter
        if box.currentData() == ALL and self.model.total_count() > EXPAND_MAX:
            self._fill_tags([])  # many notes: their tags are read when the box is opened
            box.pending = lambda: self._fill_tags(self.backend.tags() if self.backend is not None else [])
            return
        box.pending = None
        self._fill_tags(self.backend.tags() if self.backend is not None else [])

    def _fill_tags(self, tags) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), ALL)
        for t in tags:
            self.tag_filter.addItem(t, t)
        i = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(i, 0))
        self.tag_filter.blockSignals(False)
        if current and i < 0:
            self._filter(tag=ALL)

    def _filter(self, **kw) -> None:
        self.model.set_filter(**kw)
        self._expand_groups()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.current_item() is not None)
        self.undo_button.setVisible(bool(self.undo_stack))
        self.undo_label.setVisible(bool(self.undo_stack))
        self.undo_label.setText(self.tr("%n deleted", "", len(self.undo_stack)) if self.undo_stack else "")
        shown, total = self.model.visible_count(), self.model.total_count()
        self.count_label.setText(f"{shown} / {total}" if shown != total else self.tr("%n item(s)", "", total))

    # -- actions ----------------------------------------------------------------------------------------

    def current_item(self):
        return self.model.item_at(self.view.currentIndex().siblingAtColumn(NOTE))

    def select_key(self, key) -> bool:
        index = self.model.index_of(key)
        if not index.isValid():
            return False
        self.view.scrollTo(index)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def add_highlight(self, start: int, end: int, colour: str = "yellow", *, with_note: bool = False):
        """Highlight a selection; with_note opens the editor on it ("Add note")."""
        if self.backend is None or end <= start:
            return None
        item = self.backend.add_highlight(start, end, colour=colour)
        self._added(item)
        if with_note and self.select_key(item.key):
            self.edit_note(item)
        return item

    def edit_note(self, item):
        """The note editor on a highlight (a bookmark's label is edited in the list)."""
        if item.kind == NoteKind.BOOKMARK:
            if self.select_key(item.key):
                self.view.edit(self.view.currentIndex())
            return None
        from .note_editor import NoteEditor

        editor = NoteEditor(item.quote, item.note, item.ref, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda text, key=item.key: self.update_item(key, note=text, note_format="markdown"))
        self.note_editor = editor
        editor.open()
        return editor

    def toggle_bookmark(self, block_index: int, kind: str = BookmarkKind.OUTLINE):
        """Ctrl+D: bookmark the current section (or remove its bookmark)."""
        if self.backend is None:
            return None
        item = self.backend.toggle_bookmark(block_index, kind)
        if item is None:
            self.reload()
            self.message.emit(self.tr("Bookmark removed"))
        else:
            self._added(item)
            self.message.emit(self.tr("Bookmarked"))
        return item

    def _added(self, item) -> None:
        self.model.add_item(item)
        self._expand_groups()
        self._update_buttons()
        self.itemsChanged.emit()

    def _edit_text(self, key, text: str):
        if self.backend is None:
            return None
        field = "label" if key[0] == BOOKMARK_KEY else "note"
        item = self.backend.update(key, **{field: text})  # pyright: ignore[reportOptionalMemberAccess]
        self.itemsChanged.emit()
        return item

    def update_item(self, key, **fields):
        """Change colour, tags, status or note of a row (also used by the targets table)."""
        if self.backend is None:
            return None
        item = self.backend.update(key, **fields)
        self.model.replace_item(item)
        if "tags" in fields:
            self._refresh_tags()
            self.model.set_items(self.model.whole_items())  # a tag filter may now hide or show it
            self._expand_groups()
        self.itemsChanged.emit()
        return item

    def delete_selected(self) -> None:
        item = self.current_item()
        if item is not None:
            self.delete(item.key)

    def delete(self, key) -> None:
        if self.backend is None:
            return
        self.backend.delete(key)
        self.undo_stack.append(key)
        self.model.remove_key(key)
        self._refresh_tags()
        self._expand_groups()
        self._update_buttons()
        self.message.emit(self.tr("Deleted — Ctrl+Z to undo"))
        self.itemsChanged.emit()

    def undo_delete(self) -> None:
        if not self.undo_stack or self.backend is None:
            return
        key = self.undo_stack.pop()
        item = self.backend.restore(key)
        self.model.add_item(item)
        self._refresh_tags()
        self._expand_groups()
        self.select_key(key)
        self._update_buttons()
        self.itemsChanged.emit()

    def eventFilter(self, obj, event):
        # F2 on the list: the note editor (Qt's own F2 would open a one-line editor in the row)
        if obj is self.view and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F2:
            item = self.current_item()
            if item is not None:
                self.edit_note(item)
            return True
        return super().eventFilter(obj, event)

    def _double_clicked(self, index) -> None:
        item = self.model.item_at(index.siblingAtColumn(NOTE))
        if item is not None:
            self.edit_note(item)

    def _jump(self, index) -> None:
        item = self.model.item_at(index.siblingAtColumn(NOTE))
        if item is None:
            return
        if item.orphan:
            self.message.emit(self.tr("This note could not be placed in this text"))
            return
        if item.end > item.start:
            self.jumpRequested.emit(item.start, item.end)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        item = self.model.item_at(index.siblingAtColumn(NOTE)) if index.isValid() else None
        if item is None:
            return
        menu = self.build_menu(item)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def build_menu(self, item) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("notesMenu")
        if not item.orphan:
            menu.addAction(self.tr("Go to"), lambda: self.jumpRequested.emit(item.start, item.end))
        edit = menu.addAction(self.tr("Edit"), lambda: self.edit_note(item))
        edit.setShortcut(QKeySequence("F2"))
        if item.kind != NoteKind.BOOKMARK:
            colours = menu.addMenu(self.tr("Colour"))
            for name in PALETTE:
                act = colours.addAction(_swatch(name), colour_label(name),
                                        lambda n=name: self.update_item(item.key, colour=n))
                act.setCheckable(True)
                act.setChecked(item.colour == name)
            status = menu.addMenu(self.tr("Status"))
            status.addAction(self.tr("None"), lambda: self.update_item(item.key, status=None))
            for key in STATUS_LABELS:
                act = status.addAction(status_label(key), lambda k=key: self.update_item(item.key, status=k))
                act.setCheckable(True)
                act.setChecked(item.status == key)
            menu.addAction(self.tr("Tags…"), lambda: self.edit_tags(item))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete(item.key))
        return menu

    def edit_tags(self, item) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Tags"), self.tr("Comma-separated:"), text=", ".join(item.tags))
        if ok:
            self.update_item(item.key, tags=[t.strip() for t in text.replace("，", ",").split(",") if t.strip()])

    def current_data(self):
        return self.view.currentIndex().data(ITEM_ROLE)
