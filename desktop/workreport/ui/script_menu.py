"""View ▸ Characters: show the report in 简体 (as written) or 繁體 (OpenCC), the choice remembered.

Only the reader's display changes (Reader.set_display_transform); find, notes, anchors, copy and
look-ups keep working on the original text. Each entry is written in its own script, like the
language names of the Language menu.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..core import script as sc

log = logging.getLogger(__name__)

SETTINGS_KEY = "reader/script"
NATIVE_NAMES = {sc.Script.SIMPLIFIED: "简体", sc.Script.TRADITIONAL: "繁體"}


def stored_script(settings: QSettings) -> sc.Script:
    try:
        return sc.Script(str(settings.value(SETTINGS_KEY, sc.Script.SIMPLIFIED.value)))
    except ValueError:
        return sc.Script.SIMPLIFIED


class ScriptMenu(QMenu):
    def __init__(self, reader, settings: QSettings, parent: QWidget | None = None):
        super().__init__(self.tr("&Characters"), parent)
        self.setObjectName("scriptMenu")
        self.reader = reader
        self.settings = settings
        group = QActionGroup(self)
        self.actions_by_script: dict[sc.Script, QAction] = {}
        for script in sc.Script:
            action = QAction(NATIVE_NAMES[script], self, checkable=True)
            action.setObjectName(f"script_{script.value}")
            action.triggered.connect(lambda _=False, s=script: self.choose(s))
            group.addAction(action)
            self.addAction(action)
            self.actions_by_script[script] = action
        if not sc.available():
            self.actions_by_script[sc.Script.TRADITIONAL].setEnabled(False)
            self.setToolTip(self.tr("Traditional characters need the OpenCC package"))
        self.script = sc.Script.SIMPLIFIED
        self.choose(stored_script(settings), remember=False)

    def choose(self, script: sc.Script, remember: bool = True) -> None:
        if script is sc.Script.TRADITIONAL and not sc.available():
            script = sc.Script.SIMPLIFIED
        self.script = script
        self.actions_by_script[script].setChecked(True)
        transform = None if script is sc.Script.SIMPLIFIED else (lambda text, s=script: sc.convert(text, s))
        self.reader.set_display_transform(transform)
        if remember:
            self.settings.setValue(SETTINGS_KEY, script.value)
