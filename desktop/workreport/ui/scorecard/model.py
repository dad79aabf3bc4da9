"""The scorecard table: rows are indicators, columns are years, a cell is target → actual + mark."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.pairing import Pair, Side
from ...core.pairing_rules import Comparator, Status
from ...core.target_semantics import Direction
from .. import labels

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1  # the Pair of the cell (None when the year has none)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # its status value ("met" …), "" when empty
ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # (indicator, measure) of the row

MARKS = {Status.MET: "✓", Status.MISSED: "✗", Status.NOT_COMPARABLE: "?", Status.NO_TARGET: "∅"}
_COLOURS = {Status.MET: QColor(220, 242, 220), Status.MISSED: QColor(250, 222, 220),
            Status.NOT_COMPARABLE: QColor(238, 238, 238), Status.NO_TARGET: QColor(232, 236, 248)}
_MEASURE_ORDER = {"growth": 0, "share": 1, "amount": 2, "change": 3}
_SYMBOL: dict[str, str] = {Comparator.ABOUT: "≈", Comparator.AT_LEAST: "≥", Comparator.AT_MOST: "≤",
                           Comparator.EXACT: "", Comparator.RANGE: ""}



def number(value: float | None) -> str:
    return "—" if value is None else f"{value:.10g}"


def target_text(side: Side | None) -> str:
    """"≈6%", "6–6.5%", "↓≥3%": comparator, value and unit, as short as a cell needs."""
    if side is None or side.value is None:
        return "—"
    value = number(side.value) + (f"–{number(side.value_max)}" if side.value_max is not None else "")
    down = "↓" if side.direction == Direction.DOWN else ""
    return f"{down}{_SYMBOL.get(side.comparator, '')}{value}{side.unit}"


def actual_text(side: Side | None) -> str:
    if side is None or side.value is None:
        return "—"
    down = "↓" if side.direction == Direction.DOWN else ""
    return f"{down}{number(side.value)}{side.unit}"


def status_label(status: Status) -> str:
    if status is Status.MET:
        return QCoreApplication.translate("ScorecardModel", "met")
    if status is Status.MISSED:
        return QCoreApplication.translate("ScorecardModel", "missed")
    if status is Status.NO_TARGET:
        return QCoreApplication.translate("ScorecardModel", "no target set")
    return QCoreApplication.translate("ScorecardModel", "not comparable")


def cell_text(pair: Pair) -> str:
    if pair.status is Status.NO_TARGET:
        none = QCoreApplication.translate("ScorecardModel", "no target")
        return f"{none} → {actual_text(pair.actual)} {MARKS[pair.status]}"
    return f"{target_text(pair.target)} → {actual_text(pair.actual)} {MARKS[pair.status]}"


def _side_html(title: str, side: Side | None) -> str:
    if side is None:
        missing = QCoreApplication.translate("ScorecardModel", "not stated")
        return f"<p><b>{html.escape(title)}</b>: {html.escape(missing)}</p>"
    where = html.escape(f"{side.report} {side.ref}".strip())
    return (f"<p><b>{html.escape(title)}</b> <i>{where}</i><br>{html.escape(side.sentence)}</p>")


def tooltip_html(pair: Pair) -> str:
    """Both sentences, escaped (report text is shown as text, never as markup)."""
    head = html.escape(f"{pair.name} {pair.year}: {status_label(pair.status)}")
    comparator = labels.label(labels.COMPARATOR, pair.target.comparator) if pair.target else ""
    parts = [f"<p><b>{head}</b></p>"]
    if pair.target is not None:
        word = QCoreApplication.translate("ScorecardModel", "Target")
        parts.append(_side_html(f"{word} {target_text(pair.target)} ({comparator})", pair.target))
    else:
        parts.append(_side_html(QCoreApplication.translate("ScorecardModel", "No target set"), pair.absent))
    word = QCoreApplication.translate("ScorecardModel", "Result")
    parts.append(_side_html(f"{word} {actual_text(pair.actual)}", pair.actual))
    return "<qt>" + "".join(parts) + "</qt>"


def _vocabulary_order() -> dict[str, int]:
    """Indicators in the vocabulary's order (GDP first), names outside it after."""
    try:
        from ...core.indicators import load_vocabulary
        return {cid: i for i, cid in enumerate(load_vocabulary().ids())}
    except (ImportError, OSError, ValueError):
        return {}


class ScorecardModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []  # (indicator, measure)
        self.names: dict[tuple[str, str], str] = {}
        self.years: list[int] = []
        self.cells: dict[tuple[tuple[str, str], int], Pair] = {}

    def set_pairs(self, pairs: list[Pair]) -> None:
        """Pairs of one region; years without a report still get their column."""
        self.beginResetModel()
        self.cells = {((p.indicator, p.measure), p.year): p for p in pairs}
        keys: dict[tuple[str, str], Pair] = {}
        for p in pairs:
            keys.setdefault((p.indicator, p.measure), p)
        order = _vocabulary_order()
        self.rows = sorted(keys, key=lambda k: (not keys[k].canonical, order.get(k[0], len(order)),
                                                _MEASURE_ORDER.get(k[1], len(_MEASURE_ORDER)), k))
        self.names = {k: self._row_name(keys[k]) for k in self.rows}
        years = sorted({p.year for p in pairs})
        self.years = list(range(years[0], years[-1] + 1)) if years else []
        self.endResetModel()

    @staticmethod
    def _row_name(p: Pair) -> str:
        name = p.name_en if (p.name_en and not labels.prefers_chinese()) else p.name
        return f"{name} ({labels.label(labels.MEASURE, p.measure)})" if p.measure else name

    def pair_at(self, index: QModelIndex) -> Pair | None:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.years):
            return None
        return self.cells.get((self.rows[index.row()], self.years[index.column()]))

    def row_pairs(self, row: int) -> list[Pair]:
        """The pairs of one indicator, by year (for the chart)."""
        key = self.rows[row]
        return [self.cells[(key, y)] for y in self.years if (key, y) in self.cells]

    # -- the model interface
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.years)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        pair = self.pair_at(index)
        if role == ROW_KEY_ROLE:
            return self.rows[index.row()]
        if role == PAIR_ROLE:
            return pair
        if role == STATUS_ROLE:
            return pair.status.value if pair else ""
        if pair is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(pair)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(pair)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _COLOURS[pair.status]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(30, 30, 30)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self.years[section]) if section < len(self.years) else None
        return self.names.get(self.rows[section]) if section < len(self.rows) else None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
