"""The notes tree model: bookmarks, highlights and notes grouped by section, filtered.

Rows are plain NoteView-like objects (attributes: key, kind, start, end, orphan,
quote, note, note_format, colour, tags, status, target, label, ref, section,
section_order, partial) handed in by the app; this module never touches the store.
With thousands of notes the rows come grouped and partial (set_groups: only key, kind,
start, end, orphan, colour, target, status, partial=True): a group lists its rows when
first opened (fetchMore), after `loader` has read every row whole; with more still they
come only counted (set_counted), all_items holding just the rows read anyway.
Also here: the highlight colours, the painting layers and the tooltip source.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter, sub

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ..core.kinds import NoteKind
from . import labels
from .rich_text import rich_tooltip, text_tooltip

# colour name -> (light theme background, dark theme background)
PALETTE = {
    "yellow": ("#fff1a1", "#6b5c14"),
    "green": ("#c9efc0", "#2e5a2a"),
    "blue": ("#cfe4ff", "#244a73"),
    "pink": ("#ffd3e2", "#6e2d46"),
    "purple": ("#e4d6ff", "#4c3778"),
}
COLOUR_LABELS = {"yellow": QT_TRANSLATE_NOOP("Labels", "Yellow"), "green": QT_TRANSLATE_NOOP("Labels", "Green"),
                 "blue": QT_TRANSLATE_NOOP("Labels", "Blue"), "pink": QT_TRANSLATE_NOOP("Labels", "Pink"),
                 "purple": QT_TRANSLATE_NOOP("Labels", "Purple")}  # untranslated: labels.label() at use
STATUS_LABELS = {key: text for key, text in labels.STATUS.items() if key}  # the one shared status table


def status_label(status: str) -> str:
    return labels.label(labels.STATUS, status)


def colour_label(colour: str) -> str:
    return labels.label(COLOUR_LABELS, colour)


_BOOKMARK = NoteKind.BOOKMARK.value  # plain str: a comparison with the enum member costs ~5x in hot loops
_START, _END, _COLOUR, _SPAN = attrgetter("start"), attrgetter("end"), attrgetter("colour"), attrgetter("start", "end")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object (None for a group)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE, REF = 0, 1
_GROUP = 0  # internal id of group rows; item rows carry group index + 1
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable


def colour_of(name: str, dark: bool = False) -> str:
    light, night = PALETTE.get(name, PALETTE["yellow"])
    return night if dark else light


@dataclass
class Filter:
    text: str = ""
    colour: str = ""
    tag: str = ""
    status: str = ""

    def __bool__(self) -> bool:
        return bool(self.text or self.colour or self.tag or self.status)

    def accepts(self, item) -> bool:
        if self.colour and (item.kind == NoteKind.BOOKMARK or item.colour != self.colour):
            return False
        if self.tag and self.tag not in item.tags:
            return False
        if self.status and item.status != self.status:
            return False
        if self.text:
            q = self.text.casefold()
            fields = (item.quote, item.note, item.label, *item.tags)
            return any(q in f.casefold() for f in fields if f)
        return True


@dataclass
class Group:
    title: str
    order: int
    items: list = field(default_factory=list)
    fetched: bool = True  # its rows are listed (rowCount); False until fetchMore
    count: int | None = None  # set_counted: how many rows, none read yet (items is empty)

    @property
    def size(self) -> int:
        return len(self.items) if self.count is None else self.count


def _reading_order(item) -> tuple:
    return item.section_order, item.start, item.kind != NoteKind.BOOKMARK, item.key[1]


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


class NotesModel(QAbstractItemModel):
    """Two levels: section groups in reading order (orphans last), then their items."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all_items: list = []
        self.groups: list[Group] = []
        self.filter = Filter()
        self.editor: Callable[[tuple, str], object] | None = None  # (key, text) -> new row or None; the panel's
        self.loader: Callable[[], list] | None = None  # every row whole; set by the panel
        self._partial = False  # some rows are partial: groups list their rows on fetchMore

    # -- content -----------------------------------------------------------------------------------

    def set_items(self, items, ordered: bool = False) -> None:
        """ordered: the rows are in reading order already (a backend's are): not sorted again."""
        self.all_items = list(items) if ordered else sorted(items, key=_reading_order)
        self._partial = any(getattr(item, "partial", False) for item in self.all_items)
        self._regroup()

    def set_groups(self, groups) -> None:
        """Rows already grouped, [(heading, order, rows in reading order)] in reading order, maybe
        partial: listed per group on fetchMore (a filter reads them whole first)."""
        if self.filter and self.loader is not None:
            self.set_items(self.loader())
            return
        self.beginResetModel()
        self.groups = [Group(title, order, list(rows), fetched=False) for title, order, rows in groups]
        self.all_items = list(chain.from_iterable(g.items for g in self.groups))
        self._partial = True
        self.endResetModel()

    def set_counted(self, groups, known) -> None:
        """Only counted: [(heading, order, how many rows)] in reading order, and `known`, the rows
        read anyway (all_items until a group opens or a filter is set: then `loader` reads all)."""
        if self.filter and self.loader is not None:
            self.set_items(self.loader())
            return
        self.beginResetModel()
        self.groups = [Group(title, order, [], fetched=False, count=n) for title, order, n in groups]
        self.all_items = list(known)
        self._partial = True
        self.endResetModel()

    @property
    def counted(self) -> bool:
        """Rows of the groups not read yet (set_counted): all_items holds only some of them."""
        return any(group.count is not None for group in self.groups)

    def total_count(self) -> int:
        """Every row, shown or not (the filter aside)."""
        return sum(group.size for group in self.groups) if self.counted else len(self.all_items)

    def set_filter(self, **kw) -> None:
        for k, v in kw.items():
            setattr(self.filter, k, v or "")
        if self.filter or self.counted:
            self.load_whole()  # filters read quotes, notes and tags; regrouping counted groups, their rows
        self._regroup()

    def load_whole(self) -> None:
        """Replace partial rows by whole ones (keys and places stay, so does the grouping)."""
        if not self._partial or self.loader is None:
            return
        counts = [group.size for group in self.groups]
        if self.counted:
            self._fill_counted(self.loader())
        else:
            # before any group lists rows: a row deleted meanwhile (another window) can simply go
            whole = {item.key: item for item in self.loader()}
            self.all_items = [whole[item.key] for item in self.all_items if item.key in whole]
            for group in self.groups:
                group.items = [whole[item.key] for item in group.items if item.key in whole]
        self._partial = False
        if self.groups and counts != [group.size for group in self.groups]:  # the "(n)" in the titles
            self.dataChanged.emit(self.index(0, NOTE), self.index(len(self.groups) - 1, NOTE))

    def _fill_counted(self, rows) -> None:
        """Counted groups get their rows (before any lists them); a row whose group is not shown was
        added elsewhere since: listed on the next reload, as in a group read earlier."""
        by_group = {(group.order, group.title): group for group in self.groups}
        self.all_items = []
        for row in rows:
            group = by_group.get((row.section_order, row.section))
            if group is not None:
                group.items.append(row)
                self.all_items.append(row)
        for group in self.groups:
            group.count = None

    def whole_items(self) -> list:
        """Every row (unfiltered), whole."""
        self.load_whole()
        return list(self.all_items)

    def _regroup(self) -> None:
        self.beginResetModel()
        groups: dict = {}
        items = [item for item in self.all_items if self.filter.accepts(item)] if self.filter else self.all_items
        key, group = None, None
        for item in items:
            if (item.section_order, item.section) != key:  # rows of a group mostly come together
                key = (item.section_order, item.section)
                group = groups.get(key)
                if group is None:
                    group = groups[key] = Group(item.section, item.section_order)
            group.items.append(item)  # pyright: ignore[reportOptionalMemberAccess]  # set just above
        self.groups = sorted(groups.values(), key=lambda g: (g.order, g.title))
        for group in self.groups:
            group.fetched = not self._partial
        self.endResetModel()

    def add_item(self, item) -> None:
        self.load_whole()
        self.set_items([*self.all_items, item])

    def replace_item(self, item) -> None:
        """An edited row: update it in place (no reset, so an open editor or selection survives)."""
        self.all_items = [item if x.key == item.key else x for x in self.all_items]
        for g, group in enumerate(self.groups):
            for r, old in enumerate(group.items):
                if old.key == item.key:
                    group.items[r] = item
                    if group.fetched:
                        top, bottom = self.index(r, NOTE, self.index(g, 0)), self.index(r, REF, self.index(g, 0))
                        self.dataChanged.emit(top, bottom)
                    return

    def remove_key(self, key) -> None:
        self.load_whole()
        self.set_items([x for x in self.all_items if x.key != key])

    def visible_count(self) -> int:
        return sum(g.size for g in self.groups)

    def visible_items(self) -> list:
        return [item for g in self.groups for item in g.items]

    def index_of(self, key) -> QModelIndex:
        self.load_whole()
        for g, group in enumerate(self.groups):
            for r, item in enumerate(group.items):
                if item.key == key:
                    self.fetchMore(self.index(g, 0))  # list the group's rows to reach this one
                    return self.index(r, NOTE, self.index(g, 0))
        return QModelIndex()

    def item_at(self, index: QModelIndex):
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self.groups[index.internalId() - 1].items[index.row()]

    # -- Qt model interface -----------------------------------------------------------------------------

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            group = self.groups[parent.row()]
            return len(group.items) if group.fetched else 0
        return 0

    def hasChildren(self, parent=QModelIndex()):
        if not parent.isValid():
            return bool(self.groups)
        return parent.internalId() == _GROUP and parent.column() == 0 and bool(self.groups[parent.row()].size)

    def canFetchMore(self, parent):
        return (parent.isValid() and parent.internalId() == _GROUP and parent.column() == 0
                and not self.groups[parent.row()].fetched)

    def fetchMore(self, parent):
        """A group opened: read the rows whole (once, for every group) and list this group's."""
        if not self.canFetchMore(parent):
            return
        self.load_whole()
        group = self.groups[parent.row()]
        if group.items:
            self.beginInsertRows(parent, 0, len(group.items) - 1)
        group.fetched = True
        if group.items:
            self.endInsertRows()

    def columnCount(self, parent=QModelIndex()):
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (self.tr("Notes"), self.tr("Ref"))[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() != _GROUP and index.column() == NOTE:
            return _EDITABLE
        return _SELECTABLE

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self.groups[index.row()], index.column(), role)
        item = self.item_at(index)
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item) if col == NOTE else item.ref
        if role == Qt.ItemDataRole.EditRole and col == NOTE:
            return item.label if item.kind == NoteKind.BOOKMARK else item.note
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_body(item)
        if role == Qt.ItemDataRole.DecorationRole and col == NOTE and item.kind != NoteKind.BOOKMARK:
            return QColor(colour_of(item.colour))
        if role == ITEM_ROLE:
            return item
        if role == KEY_ROLE:
            return item.key
        return None

    def _group_data(self, group: Group, col: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group.title} ({group.size})" if col == NOTE else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == NOTE:
            return text_tooltip(group.title)
        if role == Qt.ItemDataRole.FontRole and col == NOTE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _display(item) -> str:
        if item.kind == NoteKind.BOOKMARK:
            return "★ " + (item.label or _short(item.quote, 24) or item.ref)
        status = f"[{status_label(item.status)}] " if item.status else ""
        if item.note:  # the reader's own words first, then what they are about
            return f"{status}{_short(item.note, 40)} — “{_short(item.quote, 16)}”"
        return f"{status}“{_short(item.quote, 40)}”"

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        item = self.item_at(index)
        if item is None or role != Qt.ItemDataRole.EditRole or index.column() != NOTE or self.editor is None:
            return False
        new = self.editor(item.key, str(value))
        if new is None:
            return False
        self.replace_item(new)
        return True


def tooltip_body(item) -> str:
    """Escaped rich text describing a row: quote, note (shown as text), tags, status."""
    parts = []
    if item.kind == NoteKind.BOOKMARK:
        parts.append(f"<b>★ {html.escape(item.label or item.ref)}</b>")
    if item.quote:
        parts.append(f"<i>“{html.escape(_short(item.quote, 200))}”</i>")
    if item.note:
        parts.append(html.escape(item.note).replace("\n", "<br>"))
    if item.tags:
        tags = html.escape(", ".join(item.tags))
        parts.append(QCoreApplication.translate("NotesModel", "Tags: {tags}").format(tags=tags))
    if item.status:
        status = html.escape(status_label(item.status))
        parts.append(QCoreApplication.translate("NotesModel", "Status: {status}").format(status=status))
    if item.orphan:
        parts.append(QCoreApplication.translate("NotesModel", "Could not be placed in this text"))
    return rich_tooltip("<br>".join(parts))


# -- painting and tooltips in the reader ---------------------------------------------------------------

def highlight_layers(items, dark: bool = False) -> dict[str, tuple[list[tuple[int, int]], str]]:
    """Reader layers for placed highlights: {"notes-<colour>": (ranges, background)} for every colour.

    Every colour is present (possibly with no ranges) so re-painting clears removed ones:
        for name, (ranges, color) in highlight_layers(items).items(): reader.set_layer(name, ranges, color)
    """
    layers = {f"notes-{name}": ([], colour_of(name, dark)) for name in PALETTE}
    bookmark = _BOOKMARK
    placed = [i for i in items if not i.orphan and i.kind != bookmark and i.end > i.start]
    placed.sort(key=_COLOUR)  # C-level from here: thousands of rows
    colours = list(map(_COLOUR, placed))
    lo = 0
    while lo < len(placed):
        colour = colours[lo]
        hi = bisect.bisect_right(colours, colour, lo)
        name = f"notes-{colour}" if colour in PALETTE else "notes-yellow"
        layers[name][0].extend(map(_SPAN, placed[lo:hi]))
        lo = hi
    return layers


def bookmarked_refs(items) -> set[str]:
    """Refs (§3(1)) of outline and paragraph bookmarks, for marking the outline tree."""
    return {item.ref for item in items if item.kind == NoteKind.BOOKMARK and not item.orphan and item.ref}


class NotesLookupSource:
    """A reader tooltip source (ui.lookup.LookupSource): the notes on the hovered text.

    resolve(row) -> the whole row, for partial rows (their note is read when hovered)."""

    def __init__(self, report=None, items=(), resolve: Callable | None = None):
        self.resolve = resolve
        # offset -> the whole rows there, read on hover (thousands of notes: not every row is in items)
        self.finder: Callable[[int], list] | None = None
        self.set_items(report, items)

    def set_items(self, report, items) -> None:
        self.report = report
        self._rows, self._items = items, None  # indexed on the first hover, not on every repaint

    @property
    def items(self) -> list:
        if self._items is None:
            self._items = sorted((i for i in self._rows if not i.orphan and i.kind != _BOOKMARK), key=_START)
            self._starts = list(map(_START, self._items))
            self._longest = max(map(sub, map(_END, self._items), self._starts), default=0)
        return self._items

    def at(self, offset: int) -> list:
        if self.finder is not None:
            return self.finder(offset)
        items = self.items
        hi = bisect.bisect_right(self._starts, offset)
        lo = bisect.bisect_left(self._starts, offset - self._longest)
        return [i for i in items[lo:hi] if i.start <= offset < i.end]

    def lookup(self, report, offset: int) -> list[tuple[str, str]]:
        if report is not self.report:
            return []
        out = []
        for item in self.at(offset):
            if getattr(item, "partial", False) and self.resolve is not None:
                item = self.resolve(item) or item
            if item.note:
                title = QCoreApplication.translate("NotesModel", "Note")
            else:
                title = QCoreApplication.translate("NotesModel", "Highlight")
            body = html.escape(item.note).replace("\n", "<br>") if item.note else html.escape(_short(item.quote, 80))
            if item.tags:
                tags = html.escape(", ".join(item.tags))
                body += "<br>" + QCoreApplication.translate("NotesModel", "Tags: {tags}").format(tags=tags)
            if item.status:
                status = html.escape(status_label(item.status))
                body += "<br>" + QCoreApplication.translate("NotesModel", "Status: {status}").format(status=status)
            out.append((title, body))
        return out
