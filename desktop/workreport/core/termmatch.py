"""Where glossary terms occur in the body of a report (Qt-free).

Matching runs on `fold(report.text)`, which has the same length as the text,
so every offset found here is an offset into `report.text`.

How a glossary term is turned into search keys (general rules, no
per-report data). Text and keys are compared with the "gap" characters dropped
(quotes, spaces, 、，/ separators and footnote markers), by plain substring
search, so a whole report takes a few milliseconds:

* Quotes (“” ‘’ 「」 『』) are optional anywhere: “五控一加强”, 五控一加强 and
  解‘南’题 all match. Quotes around a match are taken into the marked span.
* Full/half width is unified by `fold`; a 、/，/ separator in the term may be
  absent or different in the text; a term of 4+ characters may also gain one
  (“双随机、一公开” matches 双随机一公开 and back). Shorter terms never run
  across a 、/，. 与 and 和 are interchangeable.
* A parenthetical in the term is optional: 科技领军(培育)企业 also matches
  科技领军企业.
* A term that lists several quoted names (“六稳”“六保”, “两全”“两封”防控措施)
  also matches the run of names alone (六稳六保) and each name on its own
  (“两全”, 六稳): a name from a list is a name readers use on its own. The
  full term wins wherever it is present (longest match), and where another
  entry of the glossary *is* that name, that entry wins (rank). Names of a
  single character (解“南”题) are never split out.
* A term with one quoted name inside a longer phrase (服务业“三百工程”) also
  matches the name alone, but only next to a quote in the text (“三百工程”,
  “四零服务”): unquoted, such a name is too often ordinary words.
* A term of a single character only matches when quoted on both sides.
* A term beginning/ending with an ASCII letter (digit) does not match inside
  a longer ASCII word (number): RCEP not in RCEPX, 1001 not in 21001.
* A list number left on a term by the glossary parser (14.一、二、三板块) is
  ignored.
* Footnote markers in the body — [1] (also 【1】 〔1〕 and Markdown [^1], which
  the loader turns into [1]) and circled ①… — link to the entry with that
  number (Occurrence.marker). Circled markers must follow a word (not start an
  enumeration) and, taken over the whole body, increase strictly; otherwise
  they are an enumeration, not footnotes. A marker inside a matched term
  (“一县一院[58]”工程) is covered by the term's occurrence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate, pairwise

from . import model
from .numerals import CIRCLED_1_50_CLASS, circled_value
from .textnorm import fold

QUOTES = "\"'"  # what “” ‘’ 「」 『』 fold to
# Dropped from the text and the terms before comparing: quotes, spaces, 、， and / separators, and
# footnote markers, which can sit inside a term (“一县一院[58]”工程).
_GAPS = re.compile(r"(?:[\"' ,/]|\[\^?\d{1,3}\])+")
_NUMBERING = re.compile(r"^\d{1,3}\s*[.,]\s*(?=\D)")  # "14.一、二、三板块": a list number left on the term
_LONG = 4  # terms this long may gain one 、/， in the text (双随机一公开 vs “双随机、一公开”)
_PAREN = re.compile(r"\([^()]{1,12}\)")
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")
_ASCII_UPPER = re.compile("[A-Z]+")

# Rank of a pattern: lower wins when two candidates cover the same span.
_FULL, _DERIVED = 0, 1


@dataclass(frozen=True)
class Occurrence:
    entry: int  # index into report.glossary
    start: int  # offset into report.text
    end: int  # exclusive
    marker: bool = False  # True for a footnote marker link (海关AEO[1], ①) rather than the term itself


def _lower_ascii(s: str) -> str:
    """ASCII letters lower-cased, nothing else touched (str.lower can change the length)."""
    return _ASCII_UPPER.sub(lambda m: m.group().lower(), s)


def _fold_term(term: str) -> str:
    return _NUMBERING.sub("", _lower_ascii(fold(term)).strip())


def _strip_quotes(s: str) -> str:
    return "".join(c for c in s if c not in QUOTES).strip()


def _without_parens(s: str) -> list[str]:
    """The string with and without each parenthetical (at most 3 of them)."""
    parts = _PAREN.findall(s)
    if not parts or len(parts) > 3:
        return [s]
    out = [s]
    for p in parts:
        out += [v.replace(p, "", 1) for v in out]
    return list(dict.fromkeys(v.strip() for v in out if v.strip()))


def _variants(term: str) -> list[tuple[str, int]]:
    """(folded pattern, rank), most specific first. A pattern wrapped in '"' only matches quoted in the text."""
    f = _fold_term(term)
    out = [(v, _FULL) for v in _without_parens(_strip_quotes(f))]
    names = [n.strip() for n in _QUOTED.findall(f)]
    names = [n for n in names if len(n) >= 2]
    if len(names) >= 2:
        # a list of coined names: the run of names, then each name, quoted or not
        derived = ["".join(names)] + names
        out += [(v, _DERIVED) for d in derived for v in _without_parens(d)]
    elif len(names) == 1 and names[0] != _strip_quotes(f):
        # qualifier + “name” + suffix (服务业“三百工程”): the name alone, but only where the text quotes it
        out += [('"' + v + '"', _DERIVED) for v in _without_parens(names[0])]
    seen, result = set(), []
    for v, rank in out:
        if len(v.strip('"')) == 1:
            v = '"' + v.strip('"') + '"'  # a one-character term only counts when quoted
        if v.strip('"') and v not in seen:
            seen.add(v)
            result.append((v, rank))
    return result


def term_variants(term: str) -> list[str]:
    """The folded search patterns derived from one term, most specific first.

    Quotes are removed (they are optional in the text); a pattern written "…" only matches where the
    text quotes it."""
    return [v for v, _ in _variants(term)]


def _key(variant: str) -> str:
    return _GAPS.sub("", variant).replace("与", "和")  # 大江东与城西… is also written 大江东和城西…


def _ascii_class(ch: str) -> str:
    if ch.isascii() and ch.isdigit():
        return "0"
    if ch.isascii() and ch.isalpha():
        return "a"
    return ""


class _Compact:
    """The folded text with the gap characters dropped, and the way back to offsets in the text."""

    def __init__(self, folded: str):
        spans = [m.span() for m in _GAPS.finditer(folded)]
        self.text = _GAPS.sub("", folded).replace("与", "和")
        # gap k is removed at compact offset cstarts[k]; removed[k] characters are gone up to and including it
        self.removed = list(accumulate(e - s for s, e in spans))
        self.cstarts = [s - (r - (e - s)) for (s, e), r in zip(spans, self.removed, strict=True)]

    def offset(self, ci: int) -> int:
        k = bisect.bisect_right(self.cstarts, ci)
        return ci + (self.removed[k - 1] if k else 0)


class _Matcher:
    """The search keys of a glossary: one plain substring per variant, found with str.find."""

    def __init__(self, glossary: list[model.GlossaryEntry]):
        self.keys: list[tuple[str, int, int, bool, int]] = []  # (key, entry, rank, quoted, commas in term)
        for idx, entry in enumerate(glossary):
            for variant, rank in _variants(entry.term):
                quoted = len(variant) > 2 and variant[0] == variant[-1] == '"'
                core = variant[1:-1] if quoted else variant
                key = _key(core)
                if key:
                    self.keys.append((key, idx, rank, quoted, core.count(",")))

    def candidates(self, folded: str, text: str):
        compact = _Compact(folded)
        ctext, n = compact.text, len(folded)
        for key, entry, rank, quoted, commas in self.keys:
            i = ctext.find(key)
            while i >= 0:
                start, end = compact.offset(i), compact.offset(i + len(key) - 1) + 1
                i = ctext.find(key, i + 1)
                extra = folded.count(",", start, end) - commas
                if extra > (1 if len(key) >= _LONG else 0):
                    continue  # a short term does not run across a 、/，
                before = folded[start - 1] if start else "\n"
                after = folded[end] if end < n else "\n"
                if quoted and len(key) == 1:
                    if before not in QUOTES or after not in QUOTES:
                        continue  # one character: quoted on both sides
                elif quoted and before not in QUOTES and after not in QUOTES:
                    continue  # a name taken out of a term: at a quote (“四零服务” has 四零)
                if _ascii_class(key[0]) and _ascii_class(key[0]) == _ascii_class(before):
                    continue  # RCEP not in RCEPX, 1001 not in 21001 (15EFlops is fine)
                if _ascii_class(key[-1]) and _ascii_class(key[-1]) == _ascii_class(after):
                    continue
                start, end = _with_quotes(text, start, end)
                yield start, end, entry, rank


_OPEN, _CLOSE = "“‘「『\"'", "”’」』\"'"


def _with_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Take the quotes that belong to the matched term into the span: a half-open pair, then a pair around it."""
    inner = text[start:end]
    opens = sum(inner.count(c) for c in _OPEN[:4])
    closes = sum(inner.count(c) for c in _CLOSE[:4])
    if closes > opens and start > 0 and text[start - 1] in _OPEN:
        start -= 1
    elif opens > closes and end < len(text) and text[end] in _CLOSE:
        end += 1
    if start > 0 and end < len(text) and text[start - 1] in _OPEN and text[end] in _CLOSE:
        start, end = start - 1, end + 1
    return start, end


_BRACKET_MARK = re.compile(r"\[\^?(\d{1,3})\](?![\d号])")
_CIRCLED_MARK = re.compile(CIRCLED_1_50_CLASS)


def _markers(folded: str, numbers: dict[str, int]) -> list[Occurrence]:
    out = []
    for m in _BRACKET_MARK.finditer(folded):
        entry = numbers.get(str(int(m.group(1))))
        if entry is not None and m.start() > 0 and folded[m.start() - 1] not in "\n\x00":
            out.append(Occurrence(entry, m.start(), m.end(), marker=True))
    circled = []
    for m in _CIRCLED_MARK.finditer(folded):
        prev = folded[m.start() - 1] if m.start() else "\n"
        if prev.isalnum() or prev in QUOTES + ")>":  # after a word, not opening an enumeration
            circled.append((m.start(), circled_value(m.group()) or 0))
    values = [v for _, v in circled]
    if circled and all(a < b for a, b in pairwise(values)):
        for pos, value in circled:
            entry = numbers.get(str(value))
            if entry is not None:
                out.append(Occurrence(entry, pos, pos + 1, marker=True))
    return out


def _masked_fold(report: model.Report) -> str:
    """Folded text with the glossary blocks blanked out (same length), ASCII lower-cased."""
    folded = _lower_ascii(fold(report.text))
    spans = [(b.start, b.end) for b in report.blocks
             if b.kind in (model.GLOSSARY_HEADING, model.GLOSSARY_ENTRY)]
    if not spans:
        return folded
    parts, pos = [], 0
    for start, end in spans:
        parts.append(folded[pos:start])
        parts.append("\x00" * (end - start))
        pos = end
    parts.append(folded[pos:])
    return "".join(parts)


def _select(cands) -> list[tuple[int, int, int]]:
    """Non-overlapping spans, longest first; on equal spans the better rank, then the earlier entry."""
    chosen_starts: list[int] = []
    chosen: list[tuple[int, int, int]] = []
    for start, end, entry, _rank in sorted(set(cands), key=lambda c: (c[0] - c[1], c[3], c[2], c[0])):
        i = bisect.bisect_right(chosen_starts, start)
        if i > 0 and chosen[i - 1][1] > start:
            continue
        if i < len(chosen) and chosen[i][0] < end:
            continue
        chosen_starts.insert(i, start)
        chosen.insert(i, (start, end, entry))
    return chosen


def find_occurrences(report: model.Report) -> list[Occurrence]:
    """All occurrences of all glossary terms in the body (never inside the glossary blocks themselves),
    sorted by start, non-overlapping (longest match wins)."""
    if not report.glossary:
        return []
    folded = _masked_fold(report)
    spans = _select(_Matcher(report.glossary).candidates(folded, report.text))
    occs = [Occurrence(e, s, t) for s, t, e in spans]
    numbers = {}
    for idx, entry in enumerate(report.glossary):
        if entry.number:
            numbers.setdefault(entry.number, idx)
    if numbers:
        taken = [(o.start, o.end) for o in occs]
        starts = [s for s, _ in taken]
        for mk in _markers(folded, numbers):
            i = bisect.bisect_right(starts, mk.start)
            if (i > 0 and taken[i - 1][1] > mk.start) or (i < len(taken) and taken[i][0] < mk.end):
                continue  # overlaps a matched term: keep the term
            occs.append(mk)
    occs.sort(key=lambda o: (o.start, o.end))
    return occs
