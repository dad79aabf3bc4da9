"""A table of terms (one of the keyword lists) for a QTableView."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...core.keywords_data import EntryKind

TERM_ROLE = Qt.ItemDataRole.UserRole + 1

class TermTable(StrEnum):
    """The tables of the panel, named as the lists of core.keywords' analysis."""

    TOP = "top"
    SLOGANS = "slogans"
    NEW = "new"
    DROPPED = "dropped"
    RISERS = "risers"
    FALLERS = "fallers"


# (key in the row dicts of core.keywords.analyse, header); headers are translated at use
_TERM = ("term", QT_TRANSLATE_NOOP("Keywords", "Term"))
_COUNT = ("count", QT_TRANSLATE_NOOP("Keywords", "Count"))
_PER10K = ("per10k", QT_TRANSLATE_NOOP("Keywords", "Per 10,000 chars"))
_OLD_PER10K = ("old_per10k", QT_TRANSLATE_NOOP("Keywords", "Earlier per 10,000"))
COLUMNS: dict[str, list] = {
    TermTable.TOP: [_TERM, _COUNT, _PER10K],
    TermTable.SLOGANS: [_TERM, _COUNT, ("kind", QT_TRANSLATE_NOOP("Keywords", "Kind"))],
    TermTable.NEW: [_TERM, _COUNT, _PER10K],
    TermTable.DROPPED: [_TERM, ("old_count", QT_TRANSLATE_NOOP("Keywords", "Earlier count")), _OLD_PER10K],
    TermTable.RISERS: [_TERM, _OLD_PER10K, _PER10K],
    TermTable.FALLERS: [_TERM, _OLD_PER10K, _PER10K],
}
_KINDS = {EntryKind.SLOGAN: QT_TRANSLATE_NOOP("Keywords", "slogan"),
          EntryKind.FORMULA: QT_TRANSLATE_NOOP("Keywords", "formula")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keywords", text)


class TermTableModel(QAbstractTableModel):
    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.columns = COLUMNS[kind]
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        key = self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.get(key, "")
            if key == "kind":
                return _tr(str(_KINDS.get(value, value)))
            if isinstance(value, float):
                return f"{value:.2f}"
            return str(value)
        if role == TERM_ROLE:
            return row.get("term", "")
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "term" and key != "kind":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return _tr(self.columns[section][1])
        return None

    def term(self, row: int) -> str:
        return self.rows[row].get("term", "") if 0 <= row < len(self.rows) else ""
