"""CC-CEDICT look-ups from a SQLite file (Qt-free): the longest word at a place, pinyin with tone marks.

The database is built from the CC-CEDICT text (core/cedict_build.py): at build time into
resources/dict/cedict.sqlite3, or, when a checkout has no built copy, once into the cache dir on first
use. Nothing here runs at start-up: the file is opened by the first look-up.

CC-CEDICT is © MDBG and contributors, CC BY-SA 4.0 (https://cc-cedict.org/wiki/); the About dialog
says so.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

RESOURCE = "dict/cedict.sqlite3"
MAX_WORD = 16  # longer headwords are rare idioms/names; the window of a look-up from the cursor
ATTRIBUTION = ("CC-CEDICT, © MDBG and the CC-CEDICT contributors, licensed under Creative Commons "
               "Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); "
               "https://cc-cedict.org/wiki/")

_TONE_MARKS = {"a": "āáǎàa", "e": "ēéěèe", "i": "īíǐìi", "o": "ōóǒòo", "u": "ūúǔùu", "ü": "ǖǘǚǜü"}
_SYLLABLE = re.compile(r"([A-Za-zü:]+?)([1-5])(?![0-9])")


@dataclass(frozen=True)
class Entry:
    simplified: str
    traditional: str
    pinyin: str  # with tone marks
    senses: list[str] = field(default_factory=list)
    pinyin_numbered: str = ""

    def as_json(self) -> dict:
        return {"simplified": self.simplified, "traditional": self.traditional, "pinyin": self.pinyin,
                "senses": list(self.senses)}


def _mark_syllable(letters: str, tone: int) -> str:
    letters = letters.replace("u:", "ü").replace("U:", "Ü").replace("v", "ü")
    if tone == 5 or not letters:
        return letters
    lower = letters.lower()
    # the standard placement: a or e take the mark; in "ou" the o; otherwise the last vowel
    if "a" in lower:
        at = lower.index("a")
    elif "e" in lower:
        at = lower.index("e")
    elif "ou" in lower:
        at = lower.index("o")
    else:
        vowels = [i for i, ch in enumerate(lower) if ch in "iouü"]
        if not vowels:
            return letters  # "m2", "ng2", "r5": a syllabic consonant, left unmarked
        at = vowels[-1]
    base = lower[at]
    marked = _TONE_MARKS[base][tone - 1]
    if letters[at].isupper():
        marked = marked.upper()
    return letters[:at] + marked + letters[at + 1:]


def tone_marks(numbered: str) -> str:
    """"Zhong1 guo2 lu:4 hua4 r5" -> "Zhōng guó lǜ huà r": numbered pinyin to tone marks."""
    text = _SYLLABLE.sub(lambda m: _mark_syllable(m.group(1), int(m.group(2))), numbered)
    text = text.replace("u:", "ü").replace("U:", "Ü")
    return unicodedata.normalize("NFC", text)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0002ffff" or "\uf900" <= ch <= "\ufaff"


class Dictionary:
    """Read-only look-ups; thread-safe (one connection per thread, opened on first use)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def lookup(self, word: str) -> list[Entry]:
        """Entries whose simplified or traditional form is exactly `word` (simplified matches first)."""
        rows = self._db().execute(
            "SELECT simplified, traditional, pinyin, senses FROM entry WHERE simplified = ?1 "
            "UNION ALL SELECT simplified, traditional, pinyin, senses FROM entry WHERE traditional = ?1 "
            "AND traditional <> simplified AND simplified <> ?1", (word,)).fetchall()
        return [_entry(row) for row in rows]

    def longest_match(self, text: str, offset: int = 0, max_len: int = MAX_WORD) -> tuple[str, list[Entry]]:
        """The longest dictionary word starting at `offset` of `text`, and its entries ("" and [] if none),
        as Zhongwen and Pleco do: the cursor is on the first character of the word."""
        if not 0 <= offset < len(text) or not _is_han(text[offset]):
            return "", []
        window = text[offset:offset + max_len]
        end = next((i for i, ch in enumerate(window) if not (_is_han(ch) or ch in "〇·")), len(window))
        prefixes = [window[:n] for n in range(end, 0, -1)]
        marks = ",".join("?" * len(prefixes))
        found = {row[0] for row in self._db().execute(
            f"SELECT simplified FROM entry WHERE simplified IN ({marks}) "
            f"UNION SELECT traditional FROM entry WHERE traditional IN ({marks}) AND traditional <> simplified",
            prefixes + prefixes)}
        for word in prefixes:
            if word in found:
                return word, self.lookup(word)
        return "", []

    def info(self) -> dict[str, str]:
        return dict(self._db().execute("SELECT key, value FROM meta").fetchall())


def _entry(row) -> Entry:
    simplified, traditional, numbered, senses = row
    return Entry(simplified, traditional, tone_marks(numbered), senses.split("\n") if senses else [], numbered)


# ---- where the database is -----------------------------------------------------------------------

_default: dict[str, Dictionary | None] = {}
_lock = threading.Lock()


def database_path(cache_dir: Path | None = None, build: bool = True) -> Path | None:
    """The bundled database; else the one in the cache dir; else, if `build`, one made there now: unpacked
    from the bundled gzip copy (the frozen app ships that: 6 MB instead of 12; a fraction of a second)
    or built from the CC-CEDICT data package (a checkout without the build step; a few seconds).
    None when none can be had."""
    from workreport import resources

    try:
        return resources.path(RESOURCE)
    except FileNotFoundError:
        pass
    if cache_dir is None:
        from workreport import paths

        cache_dir = paths.cache_dir()
    cached = Path(cache_dir) / "cedict.sqlite3"
    if cached.exists():
        return cached
    if not build:
        return None
    try:
        packed = resources.path(RESOURCE + ".gz")
    except FileNotFoundError:
        packed = None
    if packed is not None:
        _unpack(packed, cached)
        return cached
    from . import cedict_build

    source = cedict_build.package_source()
    if source is None:
        log.warning("no CC-CEDICT database bundled and no CC-CEDICT data package installed")
        return None
    log.info("building the CC-CEDICT database into %s", cached)
    cedict_build.build(source, cached)
    return cached


def _unpack(packed: Path, out: Path) -> None:
    import gzip
    import os
    import shutil

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + f".{os.getpid()}.tmp")
    with gzip.open(packed, "rb") as src, open(tmp, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    os.replace(tmp, out)


def default_dictionary(build: bool = True) -> Dictionary | None:
    """The shared dictionary (located on first call; None if there is none). With build=False a
    missing database is not built now (the caller builds it off its thread and asks again)."""
    with _lock:
        if "dict" not in _default:
            path = database_path(build=build)
            if path is None and not build:
                return None
            _default["dict"] = Dictionary(path) if path is not None else None
        return _default["dict"]
