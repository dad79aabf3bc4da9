"""The note editor: the quoted text above, a multi-line Markdown note with a preview, saved on close.

Closing it in any way (Close, Esc, the window's close button) keeps what was typed: a note is never
lost to a wrong key. `saved(text)` is emitted only when the text changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTabWidget, QTextBrowser, QVBoxLayout

log = logging.getLogger(__name__)

QUOTE_SHOWN = 400  # characters of the quote shown above the note


class _Preview(QTextBrowser):
    def loadResource(self, _type, _name):
        return None  # a note's Markdown never loads images or files it names


class NoteEditor(QDialog):
    saved = Signal(str)

    def __init__(self, quote: str, text: str = "", ref: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setWindowTitle(self.tr("Note"))
        self._original = text
        shown = quote if len(quote) <= QUOTE_SHOWN else quote[:QUOTE_SHOWN] + "…"
        self.quote = QLabel(f"{shown}  — {ref}" if ref else shown, self)
        self.quote.setObjectName("noteQuote")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # report text is shown as text
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setStyleSheet("padding: 6px; border-left: 3px solid #b35900;")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteText")
        self.editor.setPlaceholderText(self.tr("Write a note (Markdown: **bold**, *italic*, - lists)"))
        self.editor.setPlainText(text)
        self.preview = _Preview(self)
        self.preview.setObjectName("notePreview")
        self.preview.setOpenLinks(False)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.editor, self.tr("Write"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(lambda i: self.preview.setMarkdown(self.text()) if i == 1 else None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText()

    def done(self, result: int) -> None:
        if self.text() != self._original:
            self._original = self.text()
            self.saved.emit(self._original)
        super().done(result)
