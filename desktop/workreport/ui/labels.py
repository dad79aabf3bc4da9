"""One table of the labels shown for record kinds, comparators, directions, measures and statuses.

The source strings are English and go through Qt's translation system (context "Labels"), so each
panel shows the same word for the same thing in the reader's language. Data tables hold the
untranslated strings (QT_TRANSLATE_NOOP style); `label()` translates at the point of use.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

_CONTEXT = "Labels"


KIND = {"target": QT_TRANSLATE_NOOP("Labels", "Target"), "result": QT_TRANSLATE_NOOP("Labels", "Result")}
COMPARATOR = {"about": QT_TRANSLATE_NOOP("Labels", "≈ about"), "at_least": QT_TRANSLATE_NOOP("Labels", "≥ at least"), "at_most": QT_TRANSLATE_NOOP("Labels", "≤ at most"),
              "range": QT_TRANSLATE_NOOP("Labels", "range"), "exact": QT_TRANSLATE_NOOP("Labels", "= exactly"), "": ""}
DIRECTION = {"up": QT_TRANSLATE_NOOP("Labels", "↑ up"), "down": QT_TRANSLATE_NOOP("Labels", "↓ down"), "level": QT_TRANSLATE_NOOP("Labels", "level"), None: "", "": ""}
MEASURE = {"growth": QT_TRANSLATE_NOOP("Labels", "growth rate"), "share": QT_TRANSLATE_NOOP("Labels", "share"), "level": QT_TRANSLATE_NOOP("Labels", "level"),
           "count": QT_TRANSLATE_NOOP("Labels", "count"), "change": QT_TRANSLATE_NOOP("Labels", "change"), "": ""}
STATUS = {"not_started": QT_TRANSLATE_NOOP("Labels", "Not started"), "on_track": QT_TRANSLATE_NOOP("Labels", "On track"), "achieved": QT_TRANSLATE_NOOP("Labels", "Achieved"),
          "missed": QT_TRANSLATE_NOOP("Labels", "Missed"), "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"), "": ""}


def label(table: dict, key) -> str:
    """The translated label of `key` in one of the tables above (the key itself if unknown)."""
    text = table.get(key, key if isinstance(key, str) else "")
    return QCoreApplication.translate(_CONTEXT, text) if text else ""


def prefers_chinese() -> bool:
    """Whether names with a Chinese and an English form (canonical indicators) show the Chinese one."""
    return QLocale().language() == QLocale.Language.Chinese
