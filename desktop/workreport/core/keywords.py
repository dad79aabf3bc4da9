"""Keywords of a report: what it stresses, its slogans and formulas, what is new against an earlier one.

Pure and Qt-free. Segmentation is rjieba (jieba's dictionary and algorithm, in Rust) with the policy
dictionary of resources/keywords/ added once per process, so policy phrases stay whole (新质生产力,
碳中和, 两个毫不动摇). A term is a token of two or more characters that is not a number, a
stopword or report boilerplate.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field

from .keywords_data import EntryKind, Lexicon, bundled_folder, read_lexicon

log = logging.getLogger(__name__)

PER = 10_000  # rates are per this many characters
UNKNOWN_DF = 10  # what salience assumes for a term too rare to be in the document-frequency table
NOVEL_YEARS = 2  # a term first used this many years before a report still counts as new in it
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"[A-Za-z]")
# Amounts, ordinals, dates and counters: 三十, 第一, 2024, 百分之, 十四 …
_NUMBERISH = re.compile(r"^[第]?[\d.,%零〇一二两三四五六七八九十百千万亿多余几半]+[个项条年月日次倍成位名家所座]?$")
_QUOTED = re.compile(r"“([^“”\n]{2,12})”")
_SPACE = re.compile(r"\s+")


class Segmenter:
    """rjieba plus the policy dictionary. Build it once (see `default_segmenter`); cutting is thread-safe."""

    def __init__(self, lexicon: Lexicon):
        import rjieba

        self.lexicon = lexicon
        self._jieba = rjieba.Jieba()
        self._inner: dict[str, tuple[str, ...]] = {}
        for word, (freq, _kind) in lexicon.entries.items():
            self._jieba.add_word(word, freq, None)

    def cut(self, text: str) -> list[str]:
        return self._jieba.cut(text)

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        """(token, start, end) with offsets in characters of `text`."""
        return self._jieba.tokenize(text)

    def inner_terms(self, token: str) -> tuple[str, ...]:
        """Dictionary terms inside a longer token (乡村振兴 in 乡村振兴战略, 六保 in 六稳六保): used there too.
        Words of the segmenter's own dictionary only when they are formulas (高质量 inside 高质量发展 is no
        use of 高质量), and no two-character words (生产 inside 新质生产力)."""
        found = self._inner.get(token)
        if found is None:
            entries = self.lexicon.entries
            n = len(token)
            found = tuple(sorted({token[i:j] for i in range(n) for j in range(i + 2, n + 1)
                                  if j - i < n and token[i:j] in entries and self.is_term(token[i:j])
                                  and (entries[token[i:j]][1] == EntryKind.FORMULA
                                       or (j - i >= 3 and not self._base_word(token[i:j])))}))
            self._inner[token] = found
        return found

    def _base_word(self, word: str) -> bool:
        import rjieba

        return rjieba.has_word(word)  # the module's own segmenter never gets the policy dictionary

    def is_term(self, token: str) -> bool:
        if len(token) < 2 or token in self.lexicon.stopwords or token in self.lexicon.boilerplate:
            return False
        if token in self.lexicon.entries:
            return True
        if _HAN.search(token):
            return not _NUMBERISH.match(token)
        return len(_LETTER.findall(token)) >= 2 or (bool(_LETTER.search(token)) and len(token) <= 6)


_lock = threading.Lock()
_default: dict[str, Segmenter] = {}


def default_segmenter() -> Segmenter:
    """The process-wide segmenter with the bundled dictionary, loaded on first use."""
    with _lock:
        if "seg" not in _default:
            _default["seg"] = Segmenter(read_lexicon(bundled_folder()))
        return _default["seg"]


@dataclass(frozen=True)
class TermCount:
    term: str
    count: int
    per10k: float

    def to_dict(self) -> dict:
        return {"term": self.term, "count": self.count, "per10k": round(self.per10k, 2)}


@dataclass
class TermStats:
    """Term counts of one text and its length in characters (whitespace left out)."""

    counts: Counter
    chars: int
    quoted: Counter = field(default_factory=Counter)  # what the text itself puts in “”

    def rate(self, term: str) -> float:
        return self.counts.get(term, 0) * PER / max(1, self.chars)

    def top(self, n: int = 30) -> list[TermCount]:
        return [TermCount(t, c, self.rate(t)) for t, c in
                sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def term_stats(text: str, seg: Segmenter | None = None) -> TermStats:
    seg = seg or default_segmenter()
    counts = Counter(t for t in seg.cut(text) if seg.is_term(t))
    for token, n in list(counts.items()):
        if len(token) >= 4:
            for inner in seg.inner_terms(token):
                counts[inner] += n
    quoted = Counter(q for q in _QUOTED.findall(text) if _HAN.search(q))
    return TermStats(counts, len(_SPACE.sub("", text)), quoted)


def salience(term: str, count: int, lexicon: Lexicon, year: int | None = None) -> float:
    """How much a new term matters: used often in the report, taken up by many reports, and first used in
    the corpus around `year` (a word reports have used for decades is only absent by chance)."""
    df = lexicon.docfreq.get(term)
    if df is None:  # used by fewer than three reports: nothing known beyond this report
        return count * math.sqrt(UNKNOWN_DF)
    novelty = 1.0
    first = lexicon.first_year.get(term)
    if year and first:
        novelty = 1 / (1 + max(0, year - first - NOVEL_YEARS))
    return count * math.sqrt(df) * novelty


@dataclass(frozen=True)
class Slogan:
    term: str
    count: int
    kind: EntryKind

    def to_dict(self) -> dict:
        return {"term": self.term, "count": self.count, "kind": self.kind.value}


def slogans(text: str, stats: TermStats, lexicon: Lexicon) -> list[Slogan]:
    """Slogans and formulas: the text's own quoted phrases and known slogan/formula entries it uses."""
    found: dict[str, Slogan] = {}
    for term, count in stats.counts.items():
        kind = lexicon.kind(term)
        if kind is not None and kind in (EntryKind.SLOGAN, EntryKind.FORMULA):
            found[term] = Slogan(term, count, kind)
    from .keywords_data import is_formula

    for quote in stats.quoted:
        if quote not in found and len(quote) <= 12:
            kind = EntryKind.FORMULA if is_formula(quote) else EntryKind.SLOGAN
            found[quote] = Slogan(quote, max(stats.counts.get(quote, 0), text.count(quote)), kind)
    return sorted(found.values(), key=lambda s: (-s.count, s.term))


@dataclass(frozen=True)
class TermChange:
    term: str
    count: int  # in the newer report
    old_count: int
    per10k: float
    old_per10k: float
    score: float  # salience (new, dropped) or rate change (risers, fallers)

    def to_dict(self) -> dict:
        return {"term": self.term, "count": self.count, "old_count": self.old_count,
                "per10k": round(self.per10k, 2), "old_per10k": round(self.old_per10k, 2),
                "score": round(self.score, 2)}


@dataclass
class Comparison:
    new: list[TermChange]
    dropped: list[TermChange]
    risers: list[TermChange]
    fallers: list[TermChange]


def _absent(term: str, counts: Counter, text: str) -> bool:
    """Not used at all: neither a term of the text nor inside its characters (so 短板 is not new after 补短板)."""
    return term not in counts and term not in text


def compare(new: TermStats, new_text: str, old: TermStats, old_text: str, lexicon: Lexicon,
            n: int = 30, min_count: int = 3, year: int | None = None) -> Comparison:
    """New terms (ordered by salience), dropped terms, and the biggest risers and fallers in rate.

    `year`, when known, is the newer report's year: a new term's novelty is judged against it."""
    new_text_flat, old_text_flat = _SPACE.sub("", new_text), _SPACE.sub("", old_text)

    def change(term: str, score: float) -> TermChange:
        return TermChange(term, new.counts.get(term, 0), old.counts.get(term, 0), new.rate(term),
                          old.rate(term), score)

    added = [change(t, salience(t, c, lexicon, year)) for t, c in new.counts.items()
             if _absent(t, old.counts, old_text_flat)]
    dropped = [change(t, salience(t, c, lexicon)) for t, c in old.counts.items()
               if _absent(t, new.counts, new_text_flat)]
    shared = [t for t in new.counts if t in old.counts and max(new.counts[t], old.counts[t]) >= min_count]
    moves = [change(t, new.rate(t) - old.rate(t)) for t in shared]
    by_score = sorted(added, key=lambda c: (-c.score, c.term))
    return Comparison(
        new=by_score[:n],
        dropped=sorted(dropped, key=lambda c: (-c.score, c.term))[:n],
        risers=sorted((m for m in moves if m.score > 0), key=lambda c: (-c.score, c.term))[:n],
        fallers=sorted((m for m in moves if m.score < 0), key=lambda c: (c.score, c.term))[:n])


def occurrences(text: str, term: str, seg: Segmenter | None = None) -> list[tuple[int, int]]:
    """(start, end) of each place `term` is counted: a token of its own or inside a longer one."""
    seg = seg or default_segmenter()
    out = []
    for tok, s, e in seg.spans(text):
        if tok == term:
            out.append((s, e))
        elif len(tok) > len(term) and term in seg.inner_terms(tok):
            i = tok.find(term)
            while i >= 0:
                out.append((s + i, s + i + len(term)))
                i = tok.find(term, i + 1)
    return out


@dataclass(frozen=True)
class TrendPoint:
    """One year of a term's trend over a set of reports."""

    year: int
    count: int  # occurrences in that year's reports
    chars: int  # characters of those reports
    reports: int  # reports of that year
    reports_with: int  # of which use the term

    @property
    def per10k(self) -> float:
        return self.count * PER / max(1, self.chars)

    def to_dict(self) -> dict:
        return {"year": self.year, "count": self.count, "per10k": round(self.per10k, 3),
                "reports": self.reports, "reports_with": self.reports_with}


def first_year(points: list[TrendPoint]) -> int | None:
    """The first year any report uses the term."""
    return next((p.year for p in points if p.count), None)


LISTS = ("top", "new", "dropped", "risers", "fallers", "slogans")
CSV_COLUMNS = ["list", "term", "count", "per10k", "old_count", "old_per10k", "score", "kind"]


def analyse(text: str, old_text: str | None = None, top: int = 30, year: int | None = None,
            seg: Segmenter | None = None) -> dict:
    """Everything the command line and the panel show: {"chars", "top", "slogans", "new", "dropped",
    "risers", "fallers"}, each list of plain dicts (the JSON of `workreport keywords`)."""
    seg = seg or default_segmenter()
    stats = term_stats(text, seg)
    out = {"chars": stats.chars, "top": [t.to_dict() for t in stats.top(top)],
           "slogans": [s.to_dict() for s in slogans(text, stats, seg.lexicon)[:top]],
           "new": [], "dropped": [], "risers": [], "fallers": []}
    if old_text is not None:
        diff = compare(stats, text, term_stats(old_text, seg), old_text, seg.lexicon, n=top, year=year)
        for name in ("new", "dropped", "risers", "fallers"):
            out[name] = [c.to_dict() for c in getattr(diff, name)]
    return out


def csv_rows(result: dict) -> list[dict]:
    """One row per listed term, named by its list (for core.export.write_csv with CSV_COLUMNS)."""
    return [{"list": name, **row} for name in LISTS for row in result.get(name, [])]
