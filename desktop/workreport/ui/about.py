"""About dialog (version, licence, third-party notices) and the application icon."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import workreport
from workreport import resources

APP_NAME = QT_TRANSLATE_NOOP("AboutDialog", "Work Report Reader")  # 政府工作报告阅读器 in Chinese
LICENCE = "MIT"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
NOTICES_FILE = "LICENSE-THIRD-PARTY.txt"

# (display name, distribution name for the version, licence, home page)
THIRD_PARTY = (
    ("Qt 6 / Qt for Python (PySide6)", "PySide6-Essentials", "LGPLv3", "https://www.qt.io/licensing/"),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("charset-normalizer", "charset-normalizer", "MIT", "https://github.com/jawah/charset_normalizer"),
    ("openpyxl", "openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl"),
    ("OpenCC", "opencc", "Apache-2.0", "https://github.com/BYVoid/OpenCC"),
)


def application_icon() -> QIcon:
    """The app icon from the pre-rendered PNGs (no QtSvg needed at run time)."""
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(resources.path(f"icons/workreport-{size}.png")))
        except FileNotFoundError:
            continue
    return icon


def _version_of(dist: str) -> str:
    # A frozen build may not carry every package's metadata; the Qt version is always known.
    if dist == "PySide6-Essentials":
        import PySide6

        return PySide6.__version__
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def about_html(report=None) -> str:
    """The dialog's body; every value is escaped (report metadata is document text)."""
    parts = [f"<h2>{escape(translate('AboutDialog', str(APP_NAME)))}</h2>",
             "<p>" + escape(translate("AboutDialog", "Version {version} · Licence: {licence}").format(
                 version=workreport.__version__, licence=LICENCE)) + "</p>"]
    if report is not None:
        md = report.metadata
        rows = [(translate("AboutDialog", "Report"), md.title), (translate("AboutDialog", "Issuer"), md.issuer),
                (translate("AboutDialog", "Date"), md.date)]
        cells = "".join(f"<tr><td><b>{escape(label)}</b>&nbsp;</td><td>{escape(value)}</td></tr>"
                        for label, value in rows if value)
        if cells:
            heading = translate("AboutDialog", "Open report")
            parts.append(f"<h3>{escape(heading)}</h3><table>{cells}</table>")
    items = []
    for name, dist, licence, url in THIRD_PARTY:
        version = _version_of(dist)
        label = f"{escape(name)} {escape(version)}".rstrip()
        items.append(f'<li>{label} — {escape(licence)} — <a href="{escape(url)}">{escape(url)}</a></li>')
    heading = translate("AboutDialog", "Dictionary data")
    parts.append(f"<h3>{escape(heading)}</h3><p>" + escape(translate(
        "AboutDialog", "Dictionary look-ups use CC-CEDICT, © MDBG and the CC-CEDICT contributors, "
        "licensed under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0).")) +
        ' <a href="https://cc-cedict.org/wiki/">CC-CEDICT</a> · '
        '<a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a></p>')
    heading = translate("AboutDialog", "Third-party software")
    parts.append(f"<h3>{escape(heading)}</h3><ul>" + "".join(items) + "</ul>")
    parts.append("<p>" + escape(translate("AboutDialog", "Full notices: {file} in the application's resources.").format(
        file=NOTICES_FILE)) + "</p>")
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, report=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {name}").format(name=self.tr(str(APP_NAME))))
        self.setWindowIcon(application_icon())
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(about_html(report))
        self.browser.setMinimumSize(460, 320)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None, report=None) -> AboutDialog:
    """Open the About dialog window-modally (non-blocking) and return it."""
    dialog = AboutDialog(parent, report)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
