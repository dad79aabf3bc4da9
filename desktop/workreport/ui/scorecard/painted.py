"""The indicator chart drawn with QPainter: the fallback when pyqtgraph is not there.

pyqtgraph brings numpy (~15 MB in the one-file bundle, which would put it over its budget), so the
frozen app leaves it out and draws the same Series here: target marks by comparator (band for
about/range, ▲ at least, ▼ at most, ◆ exact), the actual as a line with dots coloured by status.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from ...core.pairing_rules import Comparator, Status
from .series import Series, series

_TARGET = QColor(230, 140, 20)
_ACTUAL = QColor(40, 90, 180)
_STATUS: dict[str, QColor] = {Status.MET: QColor(40, 150, 60), Status.MISSED: QColor(200, 40, 40)}
_MARGIN_L, _MARGIN_R, _MARGIN_T, _MARGIN_B = 60, 20, 34, 44


def _nice_step(span: float, ticks: int = 6) -> float:
    raw = span / max(ticks, 1)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)


class PaintedChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(180)
        self.series: Series | None = None
        self.title = ""

    def set_pairs(self, pairs, title: str = "") -> Series:
        self.series, self.title = series(pairs), title
        self.update()
        return self.series

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, QSize(self.width(), self.height()))
        finally:
            painter.end()

    def paint(self, p: QPainter, size: QSize) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
        p.setPen(QColor(20, 20, 20))
        p.setFont(QFont(p.font().family(), 11))
        p.drawText(QRectF(0, 4, size.width(), _MARGIN_T - 8), Qt.AlignmentFlag.AlignCenter, self.title)
        s = self.series
        if s is None or not s.years:
            return
        plot = QRectF(_MARGIN_L, _MARGIN_T, size.width() - _MARGIN_L - _MARGIN_R,
                      size.height() - _MARGIN_T - _MARGIN_B)
        values = [v for t in s.targets for v in (t.low, t.high)] + [a.value for a in s.actuals]
        lo, hi = min(values), max(values)
        pad = (hi - lo) * 0.1 or abs(hi) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
        years = s.years
        x0, x1 = years[0] - 0.6, years[-1] + 0.6

        def px(year: float) -> float:
            return plot.left() + (year - x0) / (x1 - x0) * plot.width()

        def py(value: float) -> float:
            return plot.bottom() - (value - lo) / (hi - lo) * plot.height()

        small = QFont(p.font().family(), 8)
        p.setFont(small)
        step = _nice_step(hi - lo)
        tick = math.ceil(lo / step) * step
        while tick <= hi:
            y = py(tick)
            p.setPen(QPen(QColor(225, 225, 225), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(60, 60, 60))
            p.drawText(QRectF(0, y - 8, _MARGIN_L - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{tick:g}")
            tick += step
        p.setPen(QPen(QColor(60, 60, 60), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        for year in years:
            p.drawText(QRectF(px(year) - 30, plot.bottom() + 4, 60, 16), Qt.AlignmentFlag.AlignCenter, str(year))
        reduction = QCoreApplication.translate("IndicatorChart", "(reduction)")
        p.drawText(QRectF(4, 4, _MARGIN_L, _MARGIN_T - 8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   f"{s.unit} {reduction}" if s.reduction else s.unit)
        p.drawText(QRectF(0, size.height() - 18, size.width(), 16), Qt.AlignmentFlag.AlignCenter,
                   QCoreApplication.translate("IndicatorChart", "Year"))
        band = QColor(_TARGET)
        band.setAlpha(70)
        for t in s.targets:
            x = px(t.year)
            if t.high > t.low:
                p.setPen(QPen(_TARGET, 1))
                p.setBrush(band)
                p.drawRect(QRectF(x - 12, py(t.high), 24, py(t.low) - py(t.high)))
            p.setPen(QPen(QColor("white"), 1))
            p.setBrush(_TARGET)
            p.drawPolygon(_symbol(t.comparator, QPointF(x, py(t.value))))
        if s.actuals:
            path = QPainterPath()
            values = {a.year: a.value for a in s.actuals}
            started = False
            for year in years:  # a year without an actual breaks the line
                if year not in values:
                    started = False
                    continue
                point = QPointF(px(year), py(values[year]))
                path.lineTo(point) if started else path.moveTo(point)
                started = True
            p.setPen(QPen(_ACTUAL, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            for a in s.actuals:
                p.setPen(QPen(_ACTUAL, 1))
                p.setBrush(_STATUS.get(a.status, _ACTUAL))
                p.drawEllipse(QPointF(px(a.year), py(a.value)), 4.5, 4.5)

    # -- export (same interface as the pyqtgraph chart)
    def export_png(self, path: str, size: QSize) -> bool:
        image = QImage(size, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            self.paint(painter, size)
        finally:
            painter.end()
        # PySide6 takes the format as a str only; its stub says bytes
        return image.save(path, "PNG")  # pyright: ignore[reportCallIssue, reportArgumentType]

    def export_svg(self, path: str, size: QSize) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        gen = QSvgGenerator()
        gen.setFileName(path)
        gen.setSize(size)
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setTitle(self.title)
        painter = QPainter(gen)
        try:
            self.paint(painter, size)
        finally:
            painter.end()
        return True


def _symbol(comparator: str, c: QPointF, r: float = 6.0) -> QPolygonF:
    """▲ at least, ▼ at most, ◆ exact, a square for about and range (their band shows the slack)."""
    x, y = c.x(), c.y()
    if comparator == Comparator.AT_LEAST:
        pts = [(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)]
    elif comparator == Comparator.AT_MOST:
        pts = [(x, y + r), (x + r, y - r * 0.8), (x - r, y - r * 0.8)]
    elif comparator == Comparator.EXACT:
        pts = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
    else:
        pts = [(x - r * 0.8, y - r * 0.8), (x + r * 0.8, y - r * 0.8), (x + r * 0.8, y + r * 0.8),
               (x - r * 0.8, y + r * 0.8)]
    return QPolygonF([QPointF(a, b) for a, b in pts])
