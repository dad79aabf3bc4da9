"""The targets table: a model over extracted Target records and a filter/sort proxy."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from . import labels


def load_vocabulary():
    """The indicator vocabulary, imported when a row first needs it (not on the start-up path)."""
    from ..core.indicators import load_vocabulary as load

    return load()


(INDICATOR, CANONICAL, SCOPE, VALUE, UNIT, COMPARATOR, DIRECTION, MEASURE, PERIOD, KIND,
 SECTION) = range(11)
YEAR = PERIOD  # sorted by the first year of the period
_HEADERS = (QT_TRANSLATE_NOOP("TargetsModel", "Indicator"),
            QT_TRANSLATE_NOOP("TargetsModel", "Canonical"),
            QT_TRANSLATE_NOOP("TargetsModel", "Scope"),
            QT_TRANSLATE_NOOP("TargetsModel", "Value"),
            QT_TRANSLATE_NOOP("TargetsModel", "Unit"),
            QT_TRANSLATE_NOOP("TargetsModel", "Comparator"),
            QT_TRANSLATE_NOOP("TargetsModel", "Direction"),
            QT_TRANSLATE_NOOP("TargetsModel", "Measure"),
            QT_TRANSLATE_NOOP("TargetsModel", "Period"),
            QT_TRANSLATE_NOOP("TargetsModel", "Kind"),
            QT_TRANSLATE_NOOP("TargetsModel", "Section"))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers for numeric columns, text otherwise
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2  # the Target record of the row
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # status of the target's note ("" if none)
STATUS_LABELS = labels.STATUS  # kept for the note dialog: key -> untranslated label
_NO_VALUE = float("-inf")  # qualitative targets sort before every number


def header_label(section: int) -> str:
    return QCoreApplication.translate("TargetsModel", str(_HEADERS[section]))


def canonical_name(t) -> str:
    """The canonical indicator's name in the reader's language ("" if the record has none)."""
    if not getattr(t, "canonical", ""):
        return ""
    try:
        ind = load_vocabulary().by_id(t.canonical)
    except KeyError:
        return t.canonical
    return ind.zh if labels.prefers_chinese() else ind.en


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
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.targets) - 1, len(_HEADERS) - 1))

    def set_targets(self, targets) -> None:
        self.beginResetModel()
        self.targets = list(targets)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(_HEADERS):
            return header_label(section)
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
            if col == PERIOD:
                return int((t.period or str(t.year or 0))[:4] or 0)
            return self._display(t, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(t)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (VALUE, PERIOD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TARGET_ROLE:
            return t
        if role == STATUS_ROLE:
            return self.notes.get(target_id(t), ("", ""))[0]
        return None

    def _tooltip(self, t) -> str:
        """The source sentence and the note, escaped: a report's text is shown, never interpreted."""
        status, note = self.notes.get(target_id(t), ("", ""))
        parts = [t.sentence, labels.label(labels.STATUS, status) if status else "", note]
        body = "<br>".join(html.escape(x).replace("\n", "<br>") for x in parts if x)
        return f"<qt>{body}</qt>"

    @staticmethod
    def _display(t, col) -> str:
        if col == INDICATOR:
            return t.indicator
        if col == CANONICAL:
            return canonical_name(t)
        if col == SCOPE:
            return getattr(t, "scope", "")
        if col == VALUE:
            return format_value(t)
        if col == UNIT:
            return t.unit
        if col == COMPARATOR:
            return labels.label(labels.COMPARATOR, t.comparator)
        if col == DIRECTION:
            return labels.label(labels.DIRECTION, getattr(t, "direction", None))
        if col == MEASURE:
            return labels.label(labels.MEASURE, t.measure)
        if col == PERIOD:
            return getattr(t, "period", "") or (str(t.year) if t.year else "")
        if col == KIND:
            return labels.label(labels.KIND, t.kind)
        if col == SECTION:
            return t.section
        return ""


def _all_names(t) -> str:
    if not getattr(t, "canonical", ""):
        return ""
    try:
        ind = load_vocabulary().by_id(t.canonical)
    except KeyError:
        return ""
    return f"{ind.zh}\n{ind.en}"


class TargetsFilterProxy(QSortFilterProxyModel):
    """Filter by kind, by section title, by a set of blocks (the current outline node) and by text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._kind = ""
        self._section = ""
        self._blocks: frozenset | None = None
        self._text = ""
        self._in_sentences = False
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

    # an unchanged filter is not applied again: each pass calls filterAcceptsRow for every row (26,000
    # targets of a 16 MB report took seconds per pass)
    def set_kind(self, kind: str) -> None:
        if (kind or "") != self._kind:
            self._begin()
            self._kind = kind or ""
            self._end()

    def set_section(self, title: str) -> None:
        if (title or "") != self._section:
            self._begin()
            self._section = title or ""
            self._end()

    def set_blocks(self, blocks) -> None:
        blocks = None if blocks is None else frozenset(blocks)
        if blocks != self._blocks:
            self._begin()
            self._blocks = blocks
            self._end()

    def set_text(self, text: str, in_sentences: bool | None = None) -> None:
        """Filter by text in the indicator, its canonical name and its scope; with `in_sentences`
        also in the unit, section and source sentence."""
        text = (text or "").strip().casefold()
        in_sentences = self._in_sentences if in_sentences is None else in_sentences
        if (text, in_sentences) != (self._text, self._in_sentences):
            self._begin()
            self._text, self._in_sentences = text, in_sentences
            self._end()

    def filterAcceptsRow(self, row, parent):
        source = self.sourceModel()
        targets = source.targets if isinstance(source, TargetsModel) else []
        t = targets[row] if 0 <= row < len(targets) else None
        if t is None:
            return False
        if self._kind and t.kind != self._kind:
            return False
        if self._section and t.section != self._section:
            return False
        if self._blocks is not None and t.block not in self._blocks:
            return False
        if self._text:
            names = f"{t.indicator}\n{getattr(t, 'canonical', '')}\n{_all_names(t)}\n{getattr(t, 'scope', '')}"
            if self._in_sentences:
                names += f"\n{t.unit}\n{t.section}\n{t.sentence}"
            if self._text not in names.casefold():
                return False
        return True

    def targets(self) -> list:
        """The visible rows, in the order shown."""
        return [self.data(self.index(r, 0), TARGET_ROLE) for r in range(self.rowCount())]
