"""Explanations from other reports' 名词解释 (Qt-free).

A bundled index (resources/glossary/other_reports.tsv, built by build_spec/build_glossary_index.py
from the reports of the corpus that have a 名词解释) holds each explanation with the report that
gave it: region, year, level and title. For a report, `explained_elsewhere` finds the index terms in
its body with the same matching rules as its own glossary (core/termmatch: quotes optional, width
folded, optional parentheticals, names from quoted lists...), leaving out the terms the report
explains itself.
"""

from __future__ import annotations

import csv
import dataclasses
import logging
import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from . import model, termmatch
from .textnorm import fold

log = logging.getLogger(__name__)

RESOURCE = "glossary/other_reports.tsv"
COLUMNS = ("term", "definition", "region", "year", "level", "title")
SHORT_NAME = 4  # a name taken out of another report's term, shorter than this, must be quoted here
MIN_TERM = 2  # one-character "terms" are headings or markers, not names worth carrying over


@dataclass(frozen=True)
class Explanation:
    term: str
    definition: str
    region: str
    year: int
    level: str = ""
    title: str = ""

    @property
    def source(self) -> str:
        """How the report that gave it is named: 《<title>》 (<region> <year>)."""
        title = self.title
        if not (title and self.region in title):
            title = f"{self.region}{self.year}年{self.title or '政府工作报告'}"
        return f"《{title}》"

    def as_json(self) -> dict:
        return {"term": self.term, "definition": self.definition, "region": self.region, "year": self.year,
                "level": self.level, "title": self.title}


def term_key(term: str) -> str:
    """Terms compared across reports: folded, quotes and spaces dropped."""
    return "".join(ch for ch in fold(term) if ch not in "\"' ").lower()


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def is_name(term: str) -> bool:
    """A term worth carrying to other reports: two Han characters or two Latin letters (GDP, P2P);
    not a number or a list marker left by a parser ("28.", "6.1")."""
    return sum(map(_is_han, term)) >= 2 or sum(ch.isascii() and ch.isalpha() for ch in term) >= 2


_PARENTHETICAL = re.compile(r"\([^()]*\)")
_OPEN_QUOTES = "“‘「『\"'"


def _carried_over(text: str, start: int, end: int, key: str) -> bool:
    """Whether a match of another report's term stands on its own here. The whole term always does; a
    short name taken out of it (倍增 of “破零”“倍增”) only where this text quotes it or it is long: inside
    its own report such a name is that report's, elsewhere it is often an ordinary word."""
    found = term_key(text[start:end])
    if found in (key, _PARENTHETICAL.sub("", key)) or len(found) >= SHORT_NAME:
        return True  # the whole term, or the term without its optional parenthetical
    return text[start] in _OPEN_QUOTES or (start > 0 and text[start - 1] in _OPEN_QUOTES)


def _bigrams(text: str) -> set[str]:
    """Pairs of neighbouring Han characters once everything else is dropped (与 read as 和, as the
    matcher does). A match of a term's key in a text is a match of their Han-only forms too, so a term
    can only match where every pair of one of its variants is among the text's pairs."""
    han = "".join(ch for ch in text if _is_han(ch)).replace("与", "和")
    return {han[i:i + 2] for i in range(len(han) - 1)}


class GlossaryIndex:
    """Explanations grouped by term key; newest report first within a term."""

    def __init__(self, explanations):
        groups: dict[str, list[Explanation]] = defaultdict(list)
        for e in explanations:
            if len(term_key(e.term)) >= MIN_TERM and is_name(e.term) and e.definition.strip():
                groups[term_key(e.term)].append(e)
        self.by_key = {k: sorted(v, key=lambda e: (-e.year, e.region)) for k, v in groups.items()}
        # one representative spelling per key is matched in the text
        self.terms = [v[0].term for v in self.by_key.values()]
        self.keys = list(self.by_key)
        self._pairs: list[list[set[str]]] | None = None  # per term, the Han pairs of each variant

    def _variant_pairs(self) -> list[list[set[str]]]:
        if self._pairs is None:  # ~0.5 s once: the matcher's own variants of every term
            self._pairs = [[_bigrams(v) for v in termmatch.term_variants(t)] for t in self.terms]
        return self._pairs

    def __len__(self) -> int:
        return len(self.by_key)

    def explanations(self, term: str) -> list[Explanation]:
        return list(self.by_key.get(term_key(term), []))

    def find(self, report: model.Report) -> list[tuple[int, int, str]]:
        """(start, end, key) of the index terms in the body of `report` that its own 名词解释 does not
        explain; non-overlapping, longest first, as for the report's own glossary."""
        own = {term_key(e.term) for e in report.glossary}
        present = _bigrams(fold(report.text))
        wanted = [(k, t) for k, t, variants in zip(self.keys, self.terms, self._variant_pairs(), strict=True)
                  if k not in own and any(pairs <= present for pairs in variants)]
        if not wanted:
            return []
        probe = dataclasses.replace(report, glossary=[model.GlossaryEntry(t, "") for _k, t in wanted])
        return [(o.start, o.end, wanted[o.entry][0]) for o in termmatch.find_occurrences(probe)
                if _carried_over(report.text, o.start, o.end, wanted[o.entry][0])]

    def explained_elsewhere(self, report: model.Report) -> dict[str, list[Explanation]]:
        """Term key -> explanations from other reports, for each such term found in the body."""
        return {key: self.by_key[key] for _s, _e, key in self.find(report)}


def read_tsv(path: str | Path) -> list[Explanation]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != COLUMNS:
            raise ValueError(f"{path}: not a glossary index (header {header})")
        out = []
        for row in reader:
            if len(row) == len(COLUMNS):
                term, definition, region, year, level, title = row
                out.append(Explanation(term, definition.replace("\\n", "\n"), region,
                                       int(year) if year.isdigit() else 0, level, title))
        return out


def write_tsv(path: str | Path, explanations) -> None:
    def clean(s: str) -> str:
        return s.replace("\t", " ").replace("\r", "").replace("\n", "\\n")

    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for e in explanations:
            fields = (e.term, e.definition, e.region, e.year, e.level, e.title)
            fh.write("\t".join(clean(str(x)) for x in fields) + "\n")


_default: dict[str, GlossaryIndex | None] = {}
_lock = threading.Lock()


def default_index() -> GlossaryIndex | None:
    """The bundled index, read on first use (None if this build has none)."""
    with _lock:
        if "index" not in _default:
            from workreport import resources

            try:
                _default["index"] = GlossaryIndex(read_tsv(resources.path(RESOURCE)))
            except (FileNotFoundError, ValueError) as exc:
                log.warning("no cross-report glossary index: %s", exc)
                _default["index"] = None
        return _default["index"]
