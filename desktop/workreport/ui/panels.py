"""View ▸ Panels: every panel (the outline and each dock) listed with a show/hide shortcut.

Known panels keep the same key whatever order they are built in; a panel not listed takes the first
free spare key.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QKeySequence

log = logging.getLogger(__name__)

# object name -> key; the reading panels first, the library tools after
PANEL_KEYS = {
    "outlinePanel": "Alt+1",
    "glossaryDock": "Alt+2",
    "notesDock": "Alt+3",
    "targetsDock": "Alt+4",
    "lookupDock": "Alt+5",
    "libraryDock": "Alt+6",
    "librarySearchDock": "Alt+7",
    "scorecardDock": "Alt+8",
    "keywordsDock": "Alt+9",
}
SPARE_KEYS = ("Alt+0", *(f"Ctrl+Alt+{n}" for n in range(1, 10)))  # for panels not listed above


def add_panel_action(menu, action, name: str) -> None:
    """Put a checkable show/hide action in the Panels menu with the panel's key (if still free)."""
    used = {a.shortcut().toString() for a in menu.actions() if not a.shortcut().isEmpty()}
    key = PANEL_KEYS.get(name, "")
    if not key or key in used:
        key = next((k for k in SPARE_KEYS if k not in used), "")
    if key:
        action.setShortcut(QKeySequence(key))
    if not action.objectName():
        action.setObjectName(f"panel_{name}")
    menu.addAction(action)


def add_dock(menu, dock) -> None:
    """A dock's toggle action; showing a dock that is tabbed behind another also brings it forward."""
    action = dock.toggleViewAction()
    action.triggered.connect(lambda checked: dock.raise_() if checked else None)
    add_panel_action(menu, action, dock.objectName())
