"""Find in the report: every hit highlighted, next/previous, a count.

Matching runs on textnorm.fold (same length as the text, so offsets carry
over) and is case-insensitive; 1- and 2-character Chinese queries are plain
substring searches, so they work like any other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from workreport.core.textnorm import fold


def find_hits(text: str, query: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of `query` in `text`, width/quote/case-insensitive."""
    needle = fold(query).lower()
    if not needle.strip():
        return []
    hay = fold(text).lower()
    if len(hay) != len(text):  # lower() may change length for a few scripts: fall back to fold only
        hay, needle = fold(text), fold(query)
    hits, pos = [], hay.find(needle)
    while pos >= 0:
        hits.append((pos, pos + len(needle)))
        pos = hay.find(needle, pos + len(needle))
    return hits


class FindBar(QWidget):
    """Drives the reader's "find" highlight layer."""

    closed = Signal()

    def __init__(self, reader, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.reader = reader
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find…"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(70)
        self.prev_button = _tool_button(self, "▲", self.tr("Previous (Shift+Enter, Shift+F3)"))
        self.next_button = _tool_button(self, "▼", self.tr("Next (Enter, F3)"))
        close = _tool_button(self, "✕", self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(close)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.next)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.edit, self.previous)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self, self.previous)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        if self.edit.text():
            self.search(self.edit.text())

    def close_bar(self) -> None:
        self.reader.set_layer("find", [], "")
        self.hide()
        self.reader.setFocus()
        self.closed.emit()

    def search(self, query: str) -> None:
        report = self.reader.report
        self.hits = find_hits(report.text, query) if report is not None else []
        top = self.reader.top_offset()
        # start from the first hit at or after what is being read
        self.current = next((i for i, (s, _) in enumerate(self.hits) if s >= top), 0) if self.hits else -1
        self._show()

    def next(self) -> None:
        if self.hits:
            self.current = (self.current + 1) % len(self.hits)
            self._show()

    def previous(self) -> None:
        if self.hits:
            self.current = (self.current - 1) % len(self.hits)
            self._show()

    def _show(self) -> None:
        theme = self.reader.theme
        self.reader.set_layer("find", self.hits, theme.find_hit, self.current, theme.find_current)
        if self.hits:
            start, end = self.hits[self.current]
            self.reader.ensure_visible(start, end)
            self.count.setText(f"{self.current + 1} / {len(self.hits)}")
        else:
            self.count.setText("0 / 0" if self.edit.text().strip() else "")


def _tool_button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    return button
