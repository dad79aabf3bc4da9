"""The keyword resources (resources/keywords/…): what they hold and how they are read. Qt-free.

Built by build_spec/build_policy_dict.py from the corpus and committed; read once per process.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER = "keywords"
DICT_FILE = "policy_dict.txt"  # word<TAB>frequency<TAB>kind
STOPWORDS_FILE = "stopwords-zh.txt"  # stopwords-iso (MIT)
BOILERPLATE_FILE = "boilerplate.txt"  # how-words and ritual phrases found in most reports
DOCFREQ_FILE = "docfreq.tsv"  # term<TAB>reports using it<TAB>first year one does; first line "#reports<TAB>N"


class EntryKind(StrEnum):
    """Where a dictionary entry came from; slogans and formulas are listed per report."""

    GLOSSARY = "glossary"
    SLOGAN = "slogan"
    FORMULA = "formula"
    PHRASE = "phrase"


# A formula counts: it opens with a numeral (六稳, 两个毫不动摇, 十四五) or strings numbered parts (三去一降一补).
_NUMERAL = "一二两三四五六七八九十百千万双"
_FORMULA = re.compile(rf"^[{_NUMERAL}][\u4e00-\u9fff]{{1,9}}$|[{_NUMERAL}]\w+[{_NUMERAL}]")


def is_formula(term: str) -> bool:
    return bool(_FORMULA.search(term)) and len(term) >= 2


@dataclass
class Lexicon:
    """Everything the segmenter and the counts need besides the segmenter's own dictionary."""

    entries: dict[str, tuple[int, EntryKind]] = field(default_factory=dict)  # word -> (frequency, kind)
    stopwords: frozenset[str] = frozenset()
    boilerplate: frozenset[str] = frozenset()
    docfreq: dict[str, int] = field(default_factory=dict)
    first_year: dict[str, int] = field(default_factory=dict)  # first year a corpus report uses the term
    reports: int = 1  # size of the corpus docfreq was counted over
    version: str = ""  # digest of the dictionary file: counts cut with another one are recounted

    def kind(self, term: str) -> EntryKind | None:
        entry = self.entries.get(term)
        return entry[1] if entry else None


def _lines(path: Path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line


def read_lexicon(folder: Path) -> Lexicon:
    import hashlib

    entries = {}
    version = hashlib.sha256((folder / DICT_FILE).read_bytes() + (folder / STOPWORDS_FILE).read_bytes()
                             + (folder / BOILERPLATE_FILE).read_bytes()).hexdigest()[:16]
    for line in _lines(folder / DICT_FILE):
        word, freq, kind = line.split("\t")
        entries[word] = (int(freq), EntryKind(kind))
    docfreq, first, reports = {}, {}, 1
    with open(folder / DOCFREQ_FILE, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        reports = int(head[1]) if len(head) == 2 and head[0] == "#reports" else 1
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                docfreq[cols[0]] = int(cols[1])
            if len(cols) >= 3 and cols[2] != "0":
                first[cols[0]] = int(cols[2])
    lexicon = Lexicon(entries, frozenset(_lines(folder / STOPWORDS_FILE)),
                      frozenset(_lines(folder / BOILERPLATE_FILE)), docfreq, first, reports, version)
    log.info("keyword lexicon: %d entries, %d stopwords, %d boilerplate, %d docfreq", len(entries),
             len(lexicon.stopwords), len(lexicon.boilerplate), len(docfreq))
    return lexicon


def bundled_folder() -> Path:
    from .. import resources

    return resources.path(FOLDER)
