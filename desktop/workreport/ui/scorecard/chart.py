"""One indicator over the years: targets as points or bands with their comparator, actuals as a line.

Drawn with pyqtgraph (MIT; QtCharts is GPL-only, which an MIT app cannot ship). pyqtgraph is
imported when a chart is first made, so the app starts without numpy. Exports render the plot
laid out at the requested size: PNG through QImage, SVG through QSvgGenerator.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.pairing_rules import Comparator, Status
from .series import Series, series

log = logging.getLogger(__name__)

_TARGET = QColor(230, 140, 20)
_ACTUAL = QColor(40, 90, 180)
_STATUS: dict[str, QColor] = {Status.MET: QColor(40, 150, 60), Status.MISSED: QColor(200, 40, 40)}
# comparator → the target's symbol: ≥ a triangle pointing up, ≤ one pointing down
_SYMBOLS: dict[str, str] = {Comparator.AT_LEAST: "t1", Comparator.AT_MOST: "t", Comparator.ABOUT: "o",
                            Comparator.EXACT: "d", Comparator.RANGE: "s"}



def _pg():
    import pyqtgraph as pg  # noqa: PLC0415 - heavy (numpy): only when a chart is shown

    pg.setConfigOptions(antialias=True, foreground="k", background="w")
    return pg


class IndicatorChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._pg = _pg()
        self.plot = self._pg.PlotWidget()
        self.plot.setBackground("w")
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.series: Series | None = None
        self.title = ""

    def _plot_item(self) -> Any:
        # Any: pyqtgraph's PlotItem forwards the ViewBox's methods (setXRange, …) through __getattr__,
        # which its annotations do not show, and getPlotItem() is annotated as possibly None
        return self.plot.getPlotItem()

    # -- content
    def set_pairs(self, pairs, title: str = "") -> Series:
        pg = self._pg
        item = self._plot_item()
        item.clear()
        legend = item.legend if item.legend is not None else item.addLegend(offset=(-10, 10))
        legend.clear()
        s = series(pairs)
        self.series, self.title = s, title
        for t in s.targets:
            if t.high > t.low:  # about ± tolerance, or a range: a band
                band = pg.BarGraphItem(x=[t.year], y0=[t.low], y1=[t.high], width=0.5,
                                       brush=pg.mkBrush(_TARGET.red(), _TARGET.green(), _TARGET.blue(), 70),
                                       pen=pg.mkPen(_TARGET, width=1))
                item.addItem(band)
        for comparator in sorted({t.comparator for t in s.targets}):
            marks = [t for t in s.targets if t.comparator == comparator]
            scatter = pg.ScatterPlotItem(x=[t.year for t in marks], y=[t.value for t in marks], size=11,
                                         symbol=_SYMBOLS.get(comparator, "o"), brush=pg.mkBrush(_TARGET),
                                         pen=pg.mkPen("w"), name=self._target_label(comparator))
            item.addItem(scatter)
        if s.actuals:
            years = s.years
            values = {a.year: a.value for a in s.actuals}
            ys = [values.get(y, math.nan) for y in years]
            line = pg.PlotDataItem(years, ys, pen=pg.mkPen(_ACTUAL, width=2), connect="finite",
                                   name=QCoreApplication.translate("IndicatorChart", "Actual"))
            item.addItem(line)
            dots = pg.ScatterPlotItem(x=[a.year for a in s.actuals], y=[a.value for a in s.actuals], size=9,
                                      symbol="o", pen=pg.mkPen(_ACTUAL),
                                      brush=[pg.mkBrush(_STATUS.get(a.status, _ACTUAL)) for a in s.actuals])
            item.addItem(dots)
        reduction = QCoreApplication.translate("IndicatorChart", "(reduction)")
        unit = f"{s.unit} {reduction}" if s.reduction else s.unit
        item.setLabel("left", unit)
        item.setLabel("bottom", QCoreApplication.translate("IndicatorChart", "Year"))
        item.setTitle(title)
        if s.years:
            item.getAxis("bottom").setTicks([[(y, str(y)) for y in s.years]])
            item.setXRange(s.years[0] - 0.6, s.years[-1] + 0.6, padding=0)
        item.enableAutoRange(axis="y")
        return s

    @staticmethod
    def _target_label(comparator: str) -> str:
        if comparator == Comparator.AT_LEAST:
            return QCoreApplication.translate("IndicatorChart", "Target (at least)")
        if comparator == Comparator.AT_MOST:
            return QCoreApplication.translate("IndicatorChart", "Target (at most)")
        if comparator == Comparator.ABOUT:
            return QCoreApplication.translate("IndicatorChart", "Target (about, with tolerance)")
        if comparator == Comparator.RANGE:
            return QCoreApplication.translate("IndicatorChart", "Target (range)")
        return QCoreApplication.translate("IndicatorChart", "Target")

    # -- export
    def _render(self, painter: QPainter, size: QSize) -> None:
        """Lay the plot out at `size`, paint it, and put it back."""
        item = self._plot_item()
        old = item.geometry()
        target = QRectF(0, 0, size.width(), size.height())
        item.setGeometry(target)
        item.layout.activate()
        try:
            self.plot.scene().render(painter, target, item.sceneBoundingRect(),
                                     Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            item.setGeometry(old)
            item.layout.activate()

    def export_png(self, path: str, size: QSize) -> bool:
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._render(painter, size)
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
            self._render(painter, size)
        finally:
            painter.end()
        return True
