"""The interface language: translator loading, the Language menu, the choice kept in the settings.

Source strings are English (tr() / QCoreApplication.translate at the point of use); Chinese comes
from resources/i18n/workreport_zh_CN.qm, and Qt's own dialogs (file dialog, Copy / Select All,
message-box buttons) from the qtbase_*.qm files PySide6 ships. The language follows the system
locale unless the reader picked one in View ▸ Language; a change applies on restart (the dialog says
so in the new language and offers to restart now).

.qm files are compiled from the .ts sources by build_spec/build_resources.py (quick start, frozen
build). A checkout or wheel without them compiles them once into the cache dir with pyside6-lrelease.
"""

from __future__ import annotations

import enum
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QProcess, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from workreport import paths, resources

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
ENV_OVERRIDE = "WORKREPORT_LANGUAGE"  # scripts, screenshots and tests pick a language without settings
APP_CATALOGUE = "workreport"
QT_CATALOGUE = "qtbase"


class Language(enum.StrEnum):
    SYSTEM = "system"
    ENGLISH = "en"
    CHINESE = "zh_CN"


# Each language's name in itself, so a reader who cannot read the current language still finds theirs.
NATIVE_NAMES = {Language.ENGLISH: "English", Language.CHINESE: "简体中文"}

# The restart prompt speaks the language just chosen, so it is translated with that catalogue.
PROMPT_TITLE = QT_TRANSLATE_NOOP("LanguageMenu", "Language")
PROMPT_TEXT = QT_TRANSLATE_NOOP("LanguageMenu", "The new language is used after a restart.")
PROMPT_RESTART = QT_TRANSLATE_NOOP("LanguageMenu", "Restart now")
PROMPT_LATER = QT_TRANSLATE_NOOP("LanguageMenu", "Later")

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_current = {"language": Language.ENGLISH}


def parse_choice(value) -> Language:
    try:
        return Language(str(value))
    except ValueError:
        return Language.SYSTEM


def resolve(choice: Language, system: QLocale | None = None) -> Language:
    """The language to show: an explicit choice, else Chinese for any Chinese system locale, else English."""
    if choice is not Language.SYSTEM:
        return choice
    system = system or QLocale.system()
    return Language.CHINESE if system.language() == QLocale.Language.Chinese else Language.ENGLISH


def stored_choice(settings: QSettings | None) -> Language:
    if os.environ.get(ENV_OVERRIDE):
        return parse_choice(os.environ[ENV_OVERRIDE])
    if settings is None:
        return Language.SYSTEM
    return parse_choice(settings.value(SETTINGS_KEY, Language.SYSTEM.value))


def current() -> Language:
    """The language installed by the last install() (English before any)."""
    return _current["language"]




def lrelease_command() -> list[str] | None:
    import shutil  # here, not at load: only a checkout whose catalogue is out of date compiles one

    exe = shutil.which("pyside6-lrelease") or shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return [exe] if exe else None


def compile_ts(ts: Path, qm: Path) -> bool:
    """pyside6-lrelease ts -> qm; False (logged) when the tool is missing or fails."""
    cmd = lrelease_command()
    if cmd is None:
        log.warning("pyside6-lrelease not found: cannot compile %s", ts.name)
        return False
    import subprocess  # here, not at load: its import is on the start-up path otherwise

    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([*cmd, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if done.returncode != 0 or not qm.exists():
        log.warning("lrelease failed on %s: %s", ts.name, done.stderr.strip())
        return False
    return True


def _resource(name: str) -> Path | None:
    try:
        return resources.path(name)
    except FileNotFoundError:
        return None


def app_catalogue(language: Language) -> Path | None:
    """The compiled catalogue of `language`: the bundled .qm, or one compiled into the cache from the
    .ts when there is no .qm or (a checkout after a translation update) the .ts is newer. A frozen
    or installed app without pyside6-lrelease always keeps its bundled .qm."""
    name = f"i18n/{APP_CATALOGUE}_{language.value}"
    ts, qm = _resource(name + ".ts"), _resource(name + ".qm")
    if qm is not None and (ts is None or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if ts is None:
        return None
    cached = paths.cache_dir() / "i18n" / f"{APP_CATALOGUE}_{language.value}.qm"
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    if lrelease_command() is not None and compile_ts(ts, cached):
        return cached
    return qm


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install(choice: Language | str | None = None, settings: QSettings | None = None) -> Language:
    """Install the translators for `choice` (default: the stored choice or the system locale).

    Replaces translators installed earlier, sets the default QLocale (numbers, and which form of a
    bilingual name is shown) and returns the language in use."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations need a QApplication")
    language = resolve(parse_choice(choice) if choice is not None else stored_choice(settings))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(language.value)
    QLocale.setDefault(locale)
    if language is not Language.ENGLISH:  # Qt's own strings are English already
        qt = QTranslator(app)
        if qt.load(locale, QT_CATALOGUE, "_", qt_translations_dir()):
            _installed.append(qt)
        else:
            log.info("no Qt translation for %s in %s", language.value, qt_translations_dir())
    own = QTranslator(app)  # English too: its catalogue holds the plural forms ("1 item", "2 items")
    catalogue = app_catalogue(language)
    if catalogue is not None and own.load(str(catalogue)):
        _installed.append(own)
    else:
        log.warning("no application translation for %s", language.value)
    for translator in _installed:
        app.installTranslator(translator)
    _current["language"] = language
    return language


def translate_in(language: Language, context: str, text: str) -> str:
    """`text` in another language than the installed one (the restart prompt speaks the new one)."""
    catalogue = app_catalogue(language)
    translator = QTranslator()
    if catalogue is not None and translator.load(str(catalogue)):
        return translator.translate(context, text) or text
    return text


class LanguageMenu(QMenu):
    """View ▸ Language: System default, then each language under its own name; the choice is saved."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("languageMenu")
        self.settings = settings
        self.prompt: QMessageBox | None = None
        group = QActionGroup(self)
        self.choice_actions: dict[Language, QAction] = {}
        chosen = stored_choice(settings)
        for language in Language:
            text = self.tr("System default") if language is Language.SYSTEM else NATIVE_NAMES[language]
            action = QAction(text, self, checkable=True)
            action.setObjectName(f"language_{language.value}")
            action.setChecked(language is chosen)
            action.triggered.connect(lambda _=False, lang=language: self.choose(lang))
            group.addAction(action)
            self.addAction(action)
            self.choice_actions[language] = action

    def choose(self, choice: Language) -> None:
        self.settings.setValue(SETTINGS_KEY, choice.value)
        self.settings.sync()
        self.choice_actions[choice].setChecked(True)
        new = resolve(choice)
        if new is current():
            return
        self.prompt = restart_prompt(self.parentWidget(), new)
        self.prompt.open()


def restart_prompt(parent: QWidget | None, language: Language) -> QMessageBox:
    """Says, in the new language, that the change applies on restart; "Restart now" relaunches."""
    def say(text: object) -> str:  # object: how PySide6 annotates QT_TRANSLATE_NOOP's result
        return translate_in(language, "LanguageMenu", str(text))

    box = QMessageBox(QMessageBox.Icon.Information, say(PROMPT_TITLE), say(PROMPT_TEXT), parent=parent)
    box.setObjectName("languagePrompt")
    now = box.addButton(say(PROMPT_RESTART), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(say(PROMPT_LATER), QMessageBox.ButtonRole.RejectRole)
    now.clicked.connect(lambda: restart(parent))
    return box


def restart(window: QWidget | None) -> None:
    """Close the window (its layout and reading place are saved) and start the app again."""
    if window is not None:
        window.window().close()
    program, args = sys.executable, sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
    if not getattr(sys, "frozen", False) and not Path(args[0] if args else "").is_file():
        args = ["-m", "workreport", *args[1:]]
    QProcess.startDetached(program, list(args))
    QCoreApplication.quit()
