"""The empty state: shown in place of the reader when no report is open (a file failed to open).

It says why (the error of the failed file), and offers Open…, the recent reports by title and the
bundled example, so a bad command-line argument never leaves a window showing another report.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

MAX_RECENT_SHOWN = 6


class WelcomePage(QWidget):
    openRequested = Signal()
    bundledRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.heading = QLabel(self.tr("No report is open"), self)
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("welcomeError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages shown as text
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b42318;")
        self.error_label.hide()
        self.open_button = QPushButton(self.tr("Open a Report…"), self)
        self.open_button.setObjectName("welcomeOpen")
        self.bundled_button = QPushButton(self.tr("Open the Bundled Example"), self)
        self.bundled_button.setObjectName("welcomeBundled")
        self.recent_label = QLabel(self.tr("Recent reports"), self)
        self.recent_box = QVBoxLayout()
        self.recent_buttons: list[QPushButton] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        for widget in (self.heading, self.error_label, self.open_button, self.bundled_button, self.recent_label):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self.recent_box)
        layout.addStretch(2)
        self.open_button.clicked.connect(self.openRequested)
        self.bundled_button.clicked.connect(self.bundledRequested)

    def set_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def set_recent(self, entries) -> None:
        """entries: [(title, path)] most recent first; missing files are left out."""
        for button in self.recent_buttons:
            self.recent_box.removeWidget(button)
            button.deleteLater()
        self.recent_buttons = []
        for title, path in [(t, p) for t, p in entries if Path(p).is_file()][:MAX_RECENT_SHOWN]:
            button = QPushButton(title or Path(path).name, self)
            button.setFlat(True)
            button.setToolTip(path)
            button.clicked.connect(lambda _=False, p=path: self.recentRequested.emit(p))
            self.recent_box.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.recent_buttons.append(button)
        self.recent_label.setVisible(bool(self.recent_buttons))
