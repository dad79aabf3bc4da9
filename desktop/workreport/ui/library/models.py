"""Thin Qt models over plain rows: the library (grouped by region or year) and search results.

Rows are any objects with the library row's attributes (id, title, region, level, year, length,
n_targets, digest, path); search results have .report, .hits and .snippets (each with ref,
text, start, end). The models never touch the database.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the plain row (report) or result
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # a snippet: (text, start, end)
HIT_ROLE = Qt.ItemDataRole.UserRole + 3  # (report row, offset) to open

LEVEL_LABELS = {"national": QT_TRANSLATE_NOOP("Library", "National"),
                "province": QT_TRANSLATE_NOOP("Library", "Province"),
                "city": QT_TRANSLATE_NOOP("Library", "City"),
                "county": QT_TRANSLATE_NOOP("Library", "County / district"), "": ""}
NATIONAL_REGION = "全国"


def level_label(level: str) -> str:
    text = LEVEL_LABELS.get(level or "", level or "")
    return QCoreApplication.translate("Library", text) if text else ""


class GroupBy(enum.StrEnum):
    REGION = "region"
    YEAR = "year"


class Column(enum.IntEnum):
    TITLE = 0
    REGION = 1
    LEVEL = 2
    YEAR = 3
    LENGTH = 4
    TARGETS = 5
    NOTES = 6


_HEADERS = {Column.TITLE: QT_TRANSLATE_NOOP("Library", "Title"), Column.REGION: QT_TRANSLATE_NOOP("Library", "Region"),
            Column.LEVEL: QT_TRANSLATE_NOOP("Library", "Level"), Column.YEAR: QT_TRANSLATE_NOOP("Library", "Year"),
            Column.LENGTH: QT_TRANSLATE_NOOP("Library", "Length"),
            Column.TARGETS: QT_TRANSLATE_NOOP("Library", "Targets"),
            Column.NOTES: QT_TRANSLATE_NOOP("Library", "Notes")}
_NUMERIC = {Column.YEAR, Column.LENGTH, Column.TARGETS, Column.NOTES}
_TOP = 0xFFFFFFFF  # internalId of a top-level row


class _TwoLevelModel(QAbstractItemModel):
    """A tree of two levels: top rows (internalId _TOP) and their children (internalId = top row)."""

    def _top_rows(self) -> int:
        raise NotImplementedError

    def _child_rows(self, row: int) -> int:
        raise NotImplementedError

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _TOP)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return self._top_rows()
        if parent.internalId() == _TOP and parent.column() == 0:
            return self._child_rows(parent.row())
        return 0


class LibraryModel(_TwoLevelModel):
    """Groups (a region, or a year) with their reports as children."""

    def __init__(self, parent=None, notes_count: Callable[[str], int] | None = None):
        super().__init__(parent)
        self._groups: list[tuple[str, list]] = []
        self._group_by = GroupBy.REGION
        self._rows: list = []
        self._notes_count = notes_count
        self._notes: dict[str, int] = {}

    # -- content --------------------------------------------------------------------------------

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._notes.clear()
        self._regroup()
        self.endResetModel()

    def set_group_by(self, group_by: GroupBy) -> None:
        self.beginResetModel()
        self._group_by = GroupBy(group_by)
        self._regroup()
        self.endResetModel()

    def group_by(self) -> GroupBy:
        return self._group_by

    def _regroup(self) -> None:
        groups: dict[str, list] = {}
        if self._group_by == GroupBy.REGION:
            for r in sorted(self._rows, key=lambda r: (r.region, r.year or 0, r.id)):
                groups.setdefault(r.region or "?", []).append(r)
            order = sorted(groups, key=lambda k: (k != NATIONAL_REGION, k))
        else:
            for r in sorted(self._rows, key=lambda r: (r.region, r.id)):
                groups.setdefault(str(r.year) if r.year else "?", []).append(r)
            order = sorted(groups, reverse=True)
        self._groups = [(k, groups[k]) for k in order]

    def report_count(self) -> int:
        return len(self._rows)

    def group_count(self) -> int:
        return len(self._groups)

    def row_of(self, index: QModelIndex):
        return index.data(ROW_ROLE) if index.isValid() else None

    # -- QAbstractItemModel ---------------------------------------------------------------------

    def _top_rows(self) -> int:
        return len(self._groups)

    def _child_rows(self, row: int) -> int:
        return len(self._groups[row][1])

    def columnCount(self, parent=QModelIndex()):
        return len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return QCoreApplication.translate("Library", str(_HEADERS[Column(section)]))
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = Column(index.column())
        if index.internalId() == _TOP:
            key, rows = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and col == Column.TITLE:
                return f"{key} ({len(rows)})"
            return None
        row = self._groups[int(index.internalId())][1][index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.TITLE:
            return row.path
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row, col: Column):
        if col == Column.TITLE:
            return row.title or row.path.rsplit("/", 1)[-1]
        if col == Column.REGION:
            return row.region
        if col == Column.LEVEL:
            return level_label(row.level)
        if col == Column.YEAR:
            return str(row.year) if row.year else ""
        if col == Column.LENGTH:
            return f"{row.length:,}"
        if col == Column.TARGETS:
            return str(row.n_targets)
        if col == Column.NOTES:
            return str(self._notes_of(row.digest))
        return None

    def _notes_of(self, digest: str) -> int:
        # counted when a row is first shown, not for the whole library up front
        if digest not in self._notes:
            self._notes[digest] = self._notes_count(digest) if self._notes_count else 0
        return self._notes[digest]


class SearchColumn(enum.IntEnum):
    TEXT = 0  # report title, or the snippet
    REGION = 1
    YEAR = 2
    HITS = 3  # hits in the report, or the paragraph reference of a snippet


_SEARCH_HEADERS = {SearchColumn.TEXT: QT_TRANSLATE_NOOP("Library", "Report / passage"),
                   SearchColumn.REGION: QT_TRANSLATE_NOOP("Library", "Region"),
                   SearchColumn.YEAR: QT_TRANSLATE_NOOP("Library", "Year"),
                   SearchColumn.HITS: QT_TRANSLATE_NOOP("Library", "Hits")}


class SearchModel(_TwoLevelModel):
    """Results grouped by report: each report with its hit count, its snippets as children."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._results: list = []
        self.query = ""

    def set_results(self, query: str, results) -> None:
        self.beginResetModel()
        self.query = query
        self._results = list(results)
        self.endResetModel()

    def results(self) -> list:
        return list(self._results)

    def _top_rows(self) -> int:
        return len(self._results)

    def _child_rows(self, row: int) -> int:
        return len(self._results[row].snippets)

    def columnCount(self, parent=QModelIndex()):
        return len(SearchColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(SearchColumn):
            return QCoreApplication.translate("Library", str(_SEARCH_HEADERS[SearchColumn(section)]))
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = SearchColumn(index.column())
        if index.internalId() == _TOP:
            res = self._results[index.row()]
            rep = res.report
            if role == ROW_ROLE:
                return res
            if role == HIT_ROLE:
                first = res.snippets[0].offset if res.snippets else 0
                return rep, first
            if role == Qt.ItemDataRole.DisplayRole:
                return {SearchColumn.TEXT: rep.title or rep.path, SearchColumn.REGION: rep.region,
                        SearchColumn.YEAR: str(rep.year) if rep.year else "", SearchColumn.HITS: str(res.hits)}[col]
            if role == Qt.ItemDataRole.ToolTipRole and col == SearchColumn.TEXT:
                return rep.path
            if role == Qt.ItemDataRole.TextAlignmentRole and col == SearchColumn.HITS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        res = self._results[int(index.internalId())]
        snip = res.snippets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == SearchColumn.TEXT:
                return snip.text
            if col == SearchColumn.HITS:
                return snip.ref
            return None
        if role == SNIPPET_ROLE and col == SearchColumn.TEXT:
            return snip.text, snip.start, snip.end
        if role == HIT_ROLE:
            return res.report, snip.offset
        return None
