"""Edit ▸ Copy with Citation and Edit ▸ Citation Format (plain, GB/T 7714, Markdown), remembered.

The text is made by core/citation.py from the reader's selection: the quote, 《region+year+政府工作报告》,
the part and section titles and the paragraph reference (Markdown links to the paragraph).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from ..core import citation as ct

SETTINGS_KEY = "edit/citation_format"
FORMAT_NAMES = {ct.Format.PLAIN: QT_TRANSLATE_NOOP("CitationActions", "Plain Text"),
                ct.Format.GBT7714: QT_TRANSLATE_NOOP("CitationActions", "GB/T 7714"),
                ct.Format.MARKDOWN: QT_TRANSLATE_NOOP("CitationActions", "Markdown (with a Link)")}


class CitationActions(QObject):
    def __init__(self, window, menu, before=None):
        """Adds its actions to `menu`, before the action `before` if given (else at the end)."""
        super().__init__(window)
        self.window = window
        self.settings = window.settings.qs
        self.copy_action = QAction(self.tr("Copy with Ci&tation"), window)
        self.copy_action.setObjectName("actionCopyCitation")
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.triggered.connect(self.copy)
        self.format_menu = QMenu(self.tr("Citation &Format"), menu)
        if before is not None:
            menu.insertAction(before, self.copy_action)
            menu.insertMenu(before, self.format_menu)
        else:
            menu.addAction(self.copy_action)
            menu.addMenu(self.format_menu)
        self.format_menu.setObjectName("citationFormatMenu")
        group = QActionGroup(self)
        self.format_actions: dict[ct.Format, QAction] = {}
        for fmt, name in FORMAT_NAMES.items():
            action = QAction(QCoreApplication.translate("CitationActions", str(name)), window, checkable=True)
            action.setObjectName(f"citation_{fmt.value}")
            action.triggered.connect(lambda _=False, f=fmt: self.set_format(f))
            group.addAction(action)
            self.format_menu.addAction(action)
            self.format_actions[fmt] = action
        self.format_actions[self.format].setChecked(True)

    @property
    def format(self) -> ct.Format:
        try:
            return ct.Format(str(self.settings.value(SETTINGS_KEY, ct.Format.PLAIN.value)))
        except ValueError:
            return ct.Format.PLAIN

    def set_format(self, fmt: ct.Format) -> None:
        self.settings.setValue(SETTINGS_KEY, fmt.value)
        self.format_actions[fmt].setChecked(True)

    def text(self, fmt: ct.Format | None = None) -> str:
        """The citation of the selection ("" without one)."""
        report = self.window.report
        start, end = self.window.reader.selected_range()
        if report is None or end <= start:
            return ""
        return ct.citation(report, start, end, fmt or self.format)

    def copy(self) -> str:
        text = self.text()
        if not text:
            self.window.statusBar().showMessage(self.tr("Select the passage to cite first"), 4000)
            return ""
        QGuiApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(self.tr("Copied with its citation"), 3000)
        return text
