"""Terms per year (per 10,000 characters) as lines, drawn with pyqtgraph like the scorecard chart.

Where pyqtgraph is not installed (the lean frozen build leaves it and numpy out), a small QPainter
plot draws the same lines.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

_COLOURS = [QColor(40, 90, 180), QColor(230, 140, 20), QColor(40, 150, 60), QColor(200, 40, 40),
            QColor(130, 70, 170), QColor(120, 120, 120)]


def _pg():
    try:
        import pyqtgraph as pg  # noqa: PLC0415 - heavy (numpy): only when a chart is shown
    except ImportError:
        return None
    pg.setConfigOptions(antialias=True, foreground="k", background="w")
    return pg


class PainterPlot(QWidget):
    """Lines over years with QPainter: the fallback without pyqtgraph."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(180)
        self.lines: dict[str, tuple[list[int], list[float]]] = {}

    def set_lines(self, lines) -> None:
        self.lines = dict(lines)
        self.update()

    def paintEvent(self, _event):  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        xs = [x for line in self.lines.values() for x in line[0]]
        ys = [y for line in self.lines.values() for y in line[1]]
        if not xs:
            return
        left, right, top, bottom = 40, self.width() - 10, 10, self.height() - 25
        x0, x1 = min(xs), max(max(xs), min(xs) + 1)
        y1 = max(max(ys), 1e-9)
        painter.setPen(QPen(Qt.GlobalColor.black))
        painter.drawLine(left, bottom, right, bottom)
        painter.drawText(left, self.height() - 8, str(x0))
        painter.drawText(right - 30, self.height() - 8, str(x1))
        painter.drawText(2, top + 10, f"{y1:.1f}")

        def point(x, y):
            return QPointF(left + (x - x0) / (x1 - x0) * (right - left), bottom - y / y1 * (bottom - top))

        for i, (x_list, y_list) in enumerate(self.lines.values()):
            painter.setPen(QPen(_COLOURS[i % len(_COLOURS)], 2))
            pts = [point(x, y) for x, y in zip(x_list, y_list, strict=True)]
            for a, b in pairwise(pts):
                painter.drawLine(a, b)
        painter.end()


class TrendChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._pg = _pg()
        if self._pg is None:
            self.plot = PainterPlot()
        else:
            self.plot = self._pg.PlotWidget()
            self.plot.setBackground("w")
            self.plot.showGrid(x=False, y=True, alpha=0.25)
            self.plot.setMinimumHeight(180)
            self.plot.setLabel("left", self.tr("per 10,000 characters"))
        self.first_years = QLabel("")
        self.first_years.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(self.first_years)
        self.lines: dict[str, tuple[list[int], list[float]]] = {}

    def set_trends(self, trends: dict) -> None:
        """{term: {"first_year": int | None, "points": [{"year", "per10k", …}]}} (commands_keywords.library_trends)."""
        pg = self._pg
        item: Any = None  # pyqtgraph's PlotItem; getPlotItem() is annotated as possibly None
        if pg is not None and isinstance(self.plot, pg.PlotWidget):
            item = self.plot.getPlotItem()
            item.clear()
            legend = item.legend if item.legend is not None else item.addLegend(offset=(-10, 10))
            legend.clear()
        self.lines = {}
        notes = []
        for i, (term, trend) in enumerate(trends.items()):
            xs = [p["year"] for p in trend["points"]]
            ys = [p["per10k"] for p in trend["points"]]
            self.lines[term] = (xs, ys)
            if item is not None and pg is not None:
                pen = pg.mkPen(_COLOURS[i % len(_COLOURS)], width=2)
                item.plot(xs, ys, pen=pen, name=term, symbol="o", symbolSize=5,
                          symbolBrush=_COLOURS[i % len(_COLOURS)])
            first = trend.get("first_year")
            notes.append(self.tr("%1: first used %2").replace("%1", term).replace("%2", str(first)) if first
                         else self.tr("%1: not used").replace("%1", term))
        self.first_years.setText("; ".join(notes))
        if item is None:
            self.plot.set_lines(self.lines)
