"""A bar above the reader saying what loading repaired in the file shown (issue 15).

core/decode.py replaces bytes that are not valid UTF-8 by U+FFFD and removes NULs and other control
characters; a PDF may have characters its fonts do not map. Each repair leaves an English sentence in
`Report.warnings` (the CLI prints them). The bar's line is built from the report itself, in the
interface language: how many characters are shown as U+FFFD and where the first one is (a block
reference, the same in every language); the English sentences are the details. Not modal: the text
is readable meanwhile, and the bar closes with its × or when another report opens.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolButton, QWidget

from .rich_text import text_tooltip

log = logging.getLogger(__name__)

REPLACEMENT = "\ufffd"  # what the decoder puts in place of a byte it cannot read


class LoadWarningsBar(QFrame):
    """`showRequested(start, end)`: the reader should show the first replaced character."""

    showRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loadWarningsBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.warnings: list[str] = []
        self.first_replaced = -1  # offset of the first U+FFFD in the text, -1: none
        self.details_box: QMessageBox | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setObjectName("loadWarningsText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("loadWarningsShow")
        self.show_button.clicked.connect(self._show_first)
        row.addWidget(self.show_button)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setObjectName("loadWarningsDetails")
        self.details_button.clicked.connect(self.show_details)
        row.addWidget(self.details_button)
        close = QToolButton(self)
        close.setObjectName("loadWarningsClose")
        close.setText("×")
        close.setToolTip(self.tr("Close"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row.addWidget(close)
        self.hide()

    def show_report(self, report) -> None:
        """Show what loading `report` repaired; hidden when nothing was."""
        self.warnings = list(getattr(report, "warnings", None) or [])
        if not self.warnings:
            self.first_replaced = -1
            self.hide()
            return
        text = report.text
        self.first_replaced = text.find(REPLACEMENT)
        self.label.setText(self.summary(report))
        self.label.setToolTip(text_tooltip("\n".join(self.warnings)))
        self.show_button.setVisible(self.first_replaced >= 0)
        self.show()

    def summary(self, report) -> str:
        """The bar's line in the interface language (the warnings themselves are English)."""
        replaced = report.text.count(REPLACEMENT)
        if replaced:
            block = report.block_at(self.first_replaced)
            where = block.ref if block is not None and block.ref else ""
            if where:
                return self.tr("%n character(s) of this file could not be read and are shown as \ufffd "
                               "(the first in {place}).", "", replaced).format(place=where)
            return self.tr("%n character(s) of this file could not be read and are shown as \ufffd.", "", replaced)
        return self.tr("Some characters of this file could not be read and were left out.")

    def show_details(self) -> None:
        """The English sentences of the loader, window-modal but not blocking."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Repaired while opening"), self.label.text(),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("loadWarningsBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(text_tooltip("\n".join(self.warnings)))  # escaped: file names are not markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.details_box = box
        box.open()

    def _show_first(self) -> None:
        if self.first_replaced >= 0:
            self.showRequested.emit(self.first_replaced, self.first_replaced + 1)
