"""Helpers shared by the UI tests (no tests here): synthetic reports, windows, tooltip probes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from workreport.core.parser import parse_text


def make_report(part1: str, part2: str, entries=(), numbered: bool = True, title: str = "某区政府工作报告",
                suffix: str = ".md"):
    """A minimal report (Markdown, or plain text with suffix=".txt"): title, two parts, optional 名词解释."""
    lines = [f"# {title}" if suffix == ".md" else title, "", "各位代表：", "", "一、过去一年工作回顾", "", part1, "",
             "二、今年工作安排", "", part2, ""]
    if entries:
        lines += ["名词解释", ""]
        for i, (term, definition) in enumerate(entries, 1):
            lines += [f"{i}.{term}：{definition}" if numbered else f"{term}：{definition}", ""]
    return parse_text("\n".join(lines), suffix)


def new_window(qtbot, report=None, settings=None):
    from workreport.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    if report is not None:
        window.set_report(report)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def point_of(reader, offset: int) -> QPoint:
    """A viewport point over the middle of the character at `offset` (scrolled into view first)."""
    reader.ensure_visible(offset, offset + 1)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.doc_position(offset))
    left = reader.cursorRect(cursor)
    cursor.setPosition(reader.doc_position(offset) + 1)
    right = reader.cursorRect(cursor)
    x = (left.x() + right.x()) // 2 if right.y() == left.y() and right.x() > left.x() else left.x() + 3
    return QPoint(x, left.center().y())


def tooltip_at(reader, offset: int) -> str:
    """Send a real QHelpEvent at the character and return what QToolTip shows ('' if nothing)."""
    QToolTip.hideText()
    pos = point_of(reader, offset)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, reader.viewport().mapToGlobal(pos))
    QApplication.sendEvent(reader.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""
