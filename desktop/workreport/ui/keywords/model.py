"""A table of terms (one of the keyword lists) for a QTableView."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...core.keywords_data import EntryKind

TERM_ROLE = Qt.ItemDataRole.UserRole + 1

# (key in the row dicts of core.keywords.analyse, header); headers are translated at use
COLUMNS = {
    "top": [("term", QT_TRANSLATE_NOOP("Keywords", "Term")), ("count", QT_TRANSLATE_NOOP("Keywords", "Count")),
            ("per10k", QT_TRANSLATE_NOOP("Keywords", "Per 10,000 chars"))],
    "slogans": [("term", QT_TRANSLATE_NOOP("Keywords", "Term")), ("count", QT_TRANSLATE_NOOP("Keywords", "Count")),
                ("kind", QT_TRANSLATE_NOOP("Keywords", "Kind"))],
    "new": [("term", QT_TRANSLATE_NOOP("Keywords", "Term")), ("count", QT_TRANSLATE_NOOP("Keywords", "Count")),
            ("per10k", QT_TRANSLATE_NOOP("Keywords", "Per 10,000 chars"))],
    "dropped": [("term", QT_TRANSLATE_NOOP("Keywords", "Term")),
                ("old_count", QT_TRANSLATE_NOOP("Keywords", "Earlier count")),
                ("old_per10k", QT_TRANSLATE_NOOP("Keywords", "Earlier per 10,000"))],
    "risers": [("term", QT_TRANSLATE_NOOP("Keywords", "Term")),
               ("old_per10k", QT_TRANSLATE_NOOP("Keywords", "Earlier per 10,000")),
               ("per10k", QT_TRANSLATE_NOOP("Keywords", "Per 10,000 chars"))],
}
COLUMNS["fallers"] = COLUMNS["risers"]
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
