"""One table of the labels shown for record kinds, comparators, directions, measures and statuses.

The source strings are English and go through Qt's translation system (context "Labels"), so each
panel shows the same word for the same thing in the reader's language. Data tables hold the
untranslated strings (QT_TRANSLATE_NOOP style); `label()` translates at the point of use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

_CONTEXT = "Labels"


def _noop(text: str) -> str:
    """Marks a string for lupdate without translating it here (QT_TRANSLATE_NOOP)."""
    return text


KIND = {"target": _noop("Target"), "result": _noop("Result")}
COMPARATOR = {"about": _noop("≈ about"), "at_least": _noop("≥ at least"), "at_most": _noop("≤ at most"),
              "range": _noop("range"), "exact": _noop("= exactly"), "": ""}
DIRECTION = {"up": _noop("↑ up"), "down": _noop("↓ down"), "level": _noop("level"), None: "", "": ""}
MEASURE = {"growth": _noop("growth rate"), "share": _noop("share"), "level": _noop("level"),
           "count": _noop("count"), "change": _noop("change"), "": ""}
STATUS = {"not_started": _noop("Not started"), "on_track": _noop("On track"), "achieved": _noop("Achieved"),
          "missed": _noop("Missed"), "unknown": _noop("Unknown"), "": ""}


def label(table: dict, key) -> str:
    """The translated label of `key` in one of the tables above (the key itself if unknown)."""
    text = table.get(key, key if isinstance(key, str) else "")
    return QCoreApplication.translate(_CONTEXT, text) if text else ""


def prefers_chinese() -> bool:
    """Whether names with a Chinese and an English form (canonical indicators) show the Chinese one."""
    return QLocale().language() == QLocale.Language.Chinese
