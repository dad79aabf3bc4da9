"""One table of the labels shown for record kinds, comparators, directions, measures and statuses.

The source strings are English and go through Qt's translation system (context "Labels"), so each
panel shows the same word for the same thing in the reader's language. Data tables hold the
untranslated strings (QT_TRANSLATE_NOOP style); `label()` translates at the point of use.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ..core.kinds import NoteStatus, RecordKind
from ..core.pairing_rules import Comparator
from ..core.target_semantics import Direction

_CONTEXT = "Labels"


# Keys are the enums' members (a member equals its string, so stored strings find their label too).
KIND = {RecordKind.TARGET: QT_TRANSLATE_NOOP("Labels", "Target"),
        RecordKind.RESULT: QT_TRANSLATE_NOOP("Labels", "Result")}
COMPARATOR = {Comparator.ABOUT: QT_TRANSLATE_NOOP("Labels", "≈ about"),
              Comparator.AT_LEAST: QT_TRANSLATE_NOOP("Labels", "≥ at least"),
              Comparator.AT_MOST: QT_TRANSLATE_NOOP("Labels", "≤ at most"),
              Comparator.RANGE: QT_TRANSLATE_NOOP("Labels", "range"),
              Comparator.EXACT: QT_TRANSLATE_NOOP("Labels", "= exactly"), "": ""}
DIRECTION = {Direction.UP: QT_TRANSLATE_NOOP("Labels", "↑ up"), Direction.DOWN: QT_TRANSLATE_NOOP("Labels", "↓ down"),
             Direction.LEVEL: QT_TRANSLATE_NOOP("Labels", "level"), None: "", "": ""}
MEASURE = {"growth": QT_TRANSLATE_NOOP("Labels", "growth rate"), "share": QT_TRANSLATE_NOOP("Labels", "share"),
           "level": QT_TRANSLATE_NOOP("Labels", "level"), "count": QT_TRANSLATE_NOOP("Labels", "count"),
           "change": QT_TRANSLATE_NOOP("Labels", "change"), "": ""}
STATUS = {NoteStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "Not started"),
          NoteStatus.ON_TRACK: QT_TRANSLATE_NOOP("Labels", "On track"),
          NoteStatus.ACHIEVED: QT_TRANSLATE_NOOP("Labels", "Achieved"),
          NoteStatus.MISSED: QT_TRANSLATE_NOOP("Labels", "Missed"),
          NoteStatus.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"), "": ""}


def label(table: dict, key) -> str:
    """The translated label of `key` in one of the tables above (the key itself if unknown)."""
    text = table.get(key, key if isinstance(key, str) else "")
    return QCoreApplication.translate(_CONTEXT, text) if text else ""


def prefers_chinese() -> bool:
    """Whether names with a Chinese and an English form (canonical indicators) show the Chinese one."""
    return QLocale().language() == QLocale.Language.Chinese
