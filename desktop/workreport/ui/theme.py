"""Colours and fonts for the reader: light and dark palettes, the CJK font stack.

The reader builds its character formats from a Theme, so switching theme or
zoom is a rebuild of formats, never a change of document text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

# Screen-friendly CJK faces first, then common fallbacks on each platform.
CJK_SANS = ["PingFang SC", "Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans CJK SC",
            "Source Han Sans SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans SC", "sans-serif"]

LINE_HEIGHT = 170  # percent: comfortable for dense Chinese paragraphs
MAX_TEXT_WIDTH_EM = 38  # about 38 CJK characters a line
BASE_POINT_SIZE = 12.0
MIN_ZOOM, MAX_ZOOM = -6, 12  # zoom steps of one point

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str
    heading: str
    accent: str  # glossary underline
    find_hit: str
    find_current: str
    range_highlight: str
    window: str
    panel: str

    @property
    def dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme("light", background="#fbfaf7", text="#24292f", muted="#6e7781", heading="#8c1c13",
              accent="#b35900", find_hit="#fff0a8", find_current="#ffb347", range_highlight="#d6ecff",
              window="#f0efeb", panel="#ffffff")
DARK = Theme("dark", background="#1e2124", text="#dcdcd6", muted="#8b949e", heading="#f0a58f",
             accent="#e3a857", find_hit="#5a4d1a", find_current="#a0641e", range_highlight="#24456b",
             window="#2a2d31", panel="#24272b")


def system_is_dark() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):  # none yet, or a QCoreApplication (command line)
        return False
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def resolve(name: str) -> Theme:
    """'system' follows the desktop's colour scheme."""
    if name == "dark":
        return DARK
    if name == "light":
        return LIGHT
    return DARK if system_is_dark() else LIGHT


def window_palette(theme: Theme) -> QPalette:
    """A palette for explicit light/dark choices, so panels match the reader."""
    p = QPalette()
    window, text, base = QColor(theme.window), QColor(theme.text), QColor(theme.panel)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, window)
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, window)
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, base)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(theme.muted))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.accent if theme.dark else "#3b73b9"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(theme.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(theme.muted))
    return p


def reader_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(CJK_SANS)
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
