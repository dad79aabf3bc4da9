"""Put the Keywords dock into the main window (the app calls `install`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .controller import KeywordsController, TrendSource
from .panel import KeywordsPanel


def install(window, trend_source: TrendSource | None = None) -> KeywordsController:
    panel = KeywordsPanel(window)
    dock = window.add_side_dock(panel, QCoreApplication.translate("Keywords", "Keywords"), "keywordsDock")
    controller = KeywordsController(window, panel, dock, trend_source)
    window.keywords = controller
    # after the first paint, like the targets table: the text shows first
    window.reportChanged.connect(lambda report: window.first_paint.later(
        lambda: controller.set_report(report) if window.report is report else None))
    if window.report is not None:
        controller.set_report(window.report)
    return controller
