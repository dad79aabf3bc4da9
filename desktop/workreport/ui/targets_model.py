"""The targets table: a model over extracted Target records and a filter/sort proxy."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

INDICATOR, VALUE, UNIT, COMPARATOR, YEAR, KIND, SECTION = range(7)
HEADERS = ("指标 Indicator", "数值 Value", "单位 Unit", "比较 Comparator", "年份 Year", "类型 Kind",
           "章节 Section")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers for numeric columns, text otherwise
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2  # the Target record of the row
COMPARATOR_LABELS = {"about": "≈ 左右", "at_least": "≥ 以上", "at_most": "≤ 以内", "range": "区间 range",
                     "exact": "= 等于", "": ""}
KIND_LABELS = {"target": "目标 target", "result": "实绩 result"}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # status of the target's note ("" if none)
STATUS_LABELS = {"not_started": "未开始 Not started", "on_track": "进展顺利 On track", "achieved": "已完成 Achieved",
                 "missed": "未完成 Missed", "unknown": "未知 Unknown"}
_NO_VALUE = float("-inf")  # qualitative targets sort before every number


def format_value(t) -> str:
    if t.value is None:
        return "—"
    text = f"{t.value:,.10g}" if abs(t.value) >= 10000 else f"{t.value:.10g}"
    if t.value_max is not None:
        text += f"–{t.value_max:.10g}"
    return text


def target_id(t) -> str:
    """Stable id of a target within a document: its paragraph ref and indicator."""
    return f"{t.ref} {t.indicator}"


class TargetsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.targets: list = []
        self.notes: dict[str, tuple[str, str]] = {}  # target_id -> (status, note), from the notes store

    def set_notes(self, notes: dict) -> None:
        self.notes = dict(notes)
        if self.targets:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.targets) - 1, len(HEADERS) - 1))

    def set_targets(self, targets) -> None:
        self.beginResetModel()
        self.targets = list(targets)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.targets):
            return None
        t, col = self.targets[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(t, col)
        if role == SORT_ROLE:
            if col == VALUE:
                return _NO_VALUE if t.value is None else float(t.base_value if t.base_value is not None
                                                              else t.value)
            if col == YEAR:
                return t.year or 0
            return self._display(t, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            status, note = self.notes.get(target_id(t), ("", ""))
            extra = "".join(f"\n{x}" for x in (STATUS_LABELS.get(status, status), note) if x)
            return t.sentence + extra  # plain text: QToolTip shows it as written, nothing is interpreted
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (VALUE, YEAR):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TARGET_ROLE:
            return t
        if role == STATUS_ROLE:
            return self.notes.get(target_id(t), ("", ""))[0]
        return None

    @staticmethod
    def _display(t, col) -> str:
        if col == INDICATOR:
            return t.indicator
        if col == VALUE:
            return format_value(t)
        if col == UNIT:
            return t.unit
        if col == COMPARATOR:
            return COMPARATOR_LABELS.get(t.comparator, t.comparator)
        if col == YEAR:
            return str(t.year) if t.year else ""
        if col == KIND:
            return KIND_LABELS.get(t.kind, t.kind)
        if col == SECTION:
            return t.section
        return ""


class TargetsFilterProxy(QSortFilterProxyModel):
    """Filter by kind, by section title, by a set of blocks (the current outline node) and by text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._kind = ""
        self._section = ""
        self._blocks: frozenset | None = None
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    # Qt 6.10 deprecates invalidateFilter() for begin/endFilterChange(); support both.
    def _begin(self):
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end(self):
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def set_kind(self, kind: str) -> None:
        self._begin()
        self._kind = kind or ""
        self._end()

    def set_section(self, title: str) -> None:
        self._begin()
        self._section = title or ""
        self._end()

    def set_blocks(self, blocks) -> None:
        self._begin()
        self._blocks = None if blocks is None else frozenset(blocks)
        self._end()

    def set_text(self, text: str) -> None:
        self._begin()
        self._text = (text or "").strip().casefold()
        self._end()

    def filterAcceptsRow(self, row, parent):
        t = self.sourceModel().targets[row] if 0 <= row < len(self.sourceModel().targets) else None
        if t is None:
            return False
        if self._kind and t.kind != self._kind:
            return False
        if self._section and t.section != self._section:
            return False
        if self._blocks is not None and t.block not in self._blocks:
            return False
        if self._text:
            hay = f"{t.indicator}\n{t.unit}\n{t.section}\n{t.sentence}".casefold()
            if self._text not in hay:
                return False
        return True

    def targets(self) -> list:
        """The visible rows, in the order shown."""
        return [self.data(self.index(r, 0), TARGET_ROLE) for r in range(self.rowCount())]
