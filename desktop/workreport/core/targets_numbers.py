"""Find quantities (number + unit + comparator) in one sentence.

Works on a same-length normalised copy of the sentence (full-width folded, but
、 ， 。 kept apart) so every span is also a span of the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import targets_data as d
from .numerals import CN_ONE_TO_TEN, CN_ZEROS, cn_to_int
from .textnorm import Translation, fold, is_cjk

_CN_DIGITS = f"{CN_ZEROS}{CN_ONE_TO_TEN}两百千"
_AR = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN = rf"[{_CN_DIGITS}]+(?:万[{_CN_DIGITS}]+)?"
_NUM = rf"(?:{_AR}|{_CN})"
_UNIT = "|".join(re.escape(u) for u in d.UNITS_LONGEST_FIRST)
_MULT = "万亿|千万|百万|万|亿"
# The lookahead repeats the first characters a number can have: a cheap test that lets the scan skip
# the other characters (twice as fast; the matches are the same).
_QUANTITY = re.compile(
    rf"(?=[\d{_CN_DIGITS}])(?P<n1>{_NUM})(?P<u1>%|‰)?(?:\s*(?P<rsep>-|~|至|到)\s*(?P<n2>{_NUM}))?"
    rf"(?P<ap1>余|多)?(?P<mult>{_MULT})?(?P<ap2>余|多)?(?P<unit>{_UNIT})?")
# "近万场": a bare multiplier used as the number.
_NEAR_WORD = re.compile("[近逾超]")  # what _NEAR needs before its number: most sentences have none
_NEAR = re.compile(rf"(?=[万千百])(?<=[近逾超])(?P<n1>[万千百])(?P<unit>{_UNIT})")
_KEEP = set("、，。；：！？")
# fold() as a translation table, minus the punctuation kept apart (probing the ranges fold touches).
_NORMALISING = Translation({cp: fold(chr(cp)) for r in (range(0xA0, 0x3100), range(0xFF00, 0xFFF0))
                            for cp in r if fold(chr(cp)) != chr(cp) and chr(cp) not in _KEEP})
_STRUCTURE_NOUNS = tuple(d.STRUCTURE_NOUNS)
_BRACKET = re.compile(r"(?:至|到|-|—|～|~)[\d.,]+(?:万亿|千万|百万|万|亿)?[\u4e00-\u9fff]{0,2}部分")
_SUFFIX_WORDS = tuple(w for w, _ in d.SUFFIX_COMPARATORS)
_MAYBE_NUMBER = re.compile(rf"[0-9０-９{_CN_DIGITS}万]")
# What every quantity scan() keeps has in the normalised text: a digit, a Chinese numeral right after
# a verb ending (_accept asks it), or 近/逾/超 before 万千百 (_NEAR). Most sentences without one hold
# Chinese numerals only in words (一是, 进一步): they skip the scan.
_VERB_ENDINGS = "".join(sorted(d.CN_QUANTITY_VERB_ENDINGS))
_MAYBE_QUANTITY = re.compile(rf"(?=[\d{_VERB_ENDINGS}近逾超])(?:\d|[{_VERB_ENDINGS}][{_CN_DIGITS}]|[近逾超][万千百])")


def normalise(text: str) -> str:
    """Same-length matching form: fold, but keep 、 apart from ， and 。 apart from '.'."""
    return _NORMALISING(text)


@dataclass(slots=True)
class Quantity:
    start: int  # first character of the number (or of a prefix comparator)
    num_start: int
    end: int  # after the unit and any suffix comparator
    value: float
    value_max: float | None
    unit: str  # as written, multiplier included ("万人")
    multiplier: int
    comparator: str
    base_unit: str


def parse_number(s: str) -> float | None:
    s = s.replace(",", "")
    if not s:
        return None
    if s[0].isdigit():
        try:
            return float(s)
        except ValueError:
            return None
    if "万" in s:
        hi, _, lo = s.partition("万")
        h, low = _cn(hi), (_cn(lo) if lo else 0)
        return None if h is None or low is None else float(h * 10000 + low)
    v = _cn(s)
    return None if v is None else float(v)


def _cn(s: str):
    if s in ("百", "千"):
        return 100 if s == "百" else 1000
    if "百" in s and "千" not in s and s.startswith("百"):
        s = "一" + s
    if s.startswith("千"):
        s = "一" + s
    return cn_to_int(s)


class _NoQuotes:
    """The mask of a text without quotes: nothing is inside one."""

    def __getitem__(self, i) -> bool:
        return False


_NO_QUOTES = _NoQuotes()
_QUOTE_CHARS = re.compile("[“”《》「」『』〈〉\"]")


class _QuoteSpans:
    """Which characters are inside quotes: a few (start, end) spans instead of a flag per character."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans

    def __getitem__(self, i: int) -> bool:
        return any(a <= i < b for a, b in self.spans)


def quote_mask(text: str):
    """True for characters inside quotes or book-title marks: names and slogans, not quantities."""
    if not _QUOTE_CHARS.search(text):
        return _NO_QUOTES
    spans: list[tuple[int, int]] = []
    depth, ascii_open, start = 0, False, 0
    for mt in _QUOTE_CHARS.finditer(text):
        ch, i = mt.group(), mt.start()
        if ch == '"':
            if ascii_open and depth == 0:
                spans.append((start, i))
            elif not ascii_open and depth == 0:
                start = i + 1
            ascii_open = not ascii_open
        elif ch in "“《「『〈":
            if depth == 0 and not ascii_open:
                start = i  # the opening mark itself counts as inside
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0 and not ascii_open:
                spans.append((start, i))
    if depth > 0 or ascii_open:
        spans.append((start, len(text)))
    return _QuoteSpans(spans)


def scan(text: str, norm: str | None = None) -> list[Quantity]:
    """All quantities of one sentence, in order; names, ordinals and dates are left out."""
    if not _MAYBE_NUMBER.search(text):
        return []
    norm = normalise(text) if norm is None else norm
    if not _MAYBE_QUANTITY.search(norm):
        return []
    mask = quote_mask(text)
    words = _Words(norm)
    out: list[Quantity] = []
    for m in _QUANTITY.finditer(norm):
        if m.group("unit") or m.group("mult") or (m.group("u1") and not m.group("n2")):  # _accept's first test
            q = _accept(norm, mask, m, words)
            if q:
                out.append(q)
    for m in _NEAR.finditer(norm) if _NEAR_WORD.search(norm) else ():
        if mask[m.start()] or any(q.num_start <= m.start() < q.end for q in out):
            continue
        value = {"万": 10000.0, "千": 1000.0, "百": 100.0}[m.group("n1")]
        end, comp = _suffix(norm, m.end())
        prefix_comp = d.ABOUT if norm[m.start() - 1] == "近" else d.AT_LEAST
        out.append(Quantity(m.start() - 1, m.start(), end, value, None, m.group("unit"), 1,
                            comp or prefix_comp, m.group("unit")))
    out.sort(key=lambda q: q.num_start)
    return out


def _by_char(words: list[tuple[str, str]], index: int) -> dict[str, tuple[tuple[str, str], ...]]:
    """Comparator words grouped by their first (index 0) or last (-1) character, in list order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for word, comp in words:
        out.setdefault(word[index], []).append((word, comp))
    return {ch: tuple(group) for ch, group in out.items()}


_SUFFIX_BY_FIRST = _by_char(d.SUFFIX_COMPARATORS, 0)
_PREFIX_BY_LAST = _by_char(d.PREFIX_COMPARATORS, -1)


def _suffix(norm: str, end: int):
    for word, comp in _SUFFIX_BY_FIRST.get(norm[end:end + 1], ()):
        if norm.startswith(word, end):
            return end + len(word), comp
    return end, ""


def _prefix(norm: str, start: int):
    for word, comp in _PREFIX_BY_LAST.get(norm[start - 1:start] if start > 0 else "", ()):
        if norm.endswith(word, 0, start):
            return start - len(word), comp
    return start, ""


class _Words:
    """Which of the words _accept looks for around each number the sentence holds at all: asked
    once per sentence, so the checks per number are skipped where they cannot succeed."""

    __slots__ = ("bracket", "idiom", "list_name")

    def __init__(self, norm: str):
        self.idiom = _IDIOM.search(norm) is not None
        self.bracket = "部分" in norm
        self.list_name = _ANY_LIST_NAME.search(norm) is not None


def _accept(norm: str, mask, m, words: _Words | None = None) -> Quantity | None:
    s, n1, unit, mult, u1, n2 = m.start(), *m.group("n1", "unit", "mult", "u1", "n2")
    if not unit and not mult and not (u1 and not n2):
        return None  # no unit, % or multiplier (a year, a code): asked below too, but this is most numbers
    arabic = n1[0].isdigit()
    if mask[s]:
        return None
    prev = norm[s - 1] if s > 0 else ""
    if not arabic and prev not in d.CN_QUANTITY_VERB_ENDINGS:
        return None  # what _cn_quantity_ok asks last, asked first: most Chinese numerals end here
    if prev and (prev.isascii() and (prev.isalnum() or prev in "._/#-")):
        return None  # PM2.5, G20, 2-3: part of a code or a longer token
    if prev == "第":
        return None  # ordinal
    if prev == "前" and (norm[s - 2:s - 1] not in ("年", "底", "月") if s >= 2 else True):
        return None  # "全球前20位", "前1%": a rank, not a quantity
    after_num = m.end("n1")
    if after_num < len(norm) and norm[after_num].isascii() and norm[after_num].isalpha():
        return None  # 5A级, 5G
    unit, mult = unit or "", mult or ""
    end = m.end()
    if not unit:
        if u1 and not n2:
            unit, end = u1, m.end("u1")
        elif not mult:
            return None
        else:
            nxt = norm[end] if end < len(norm) else ""
            if nxt and is_cjk(nxt) and not norm.startswith(_SUFFIX_WORDS, end) \
                    and not norm.startswith(d.PEOPLE_NOUNS, end):
                return None  # "万" followed by some word: not a count of ten-thousands
    if u1 and n2 and unit != u1:
        return None
    if end < len(norm) and norm[end].isascii() and norm[end].isalpha():
        return None
    if norm.startswith(_STRUCTURE_NOUNS, end):
        return None
    if words is None:
        words = _Words(norm)
    if words.idiom and _in_idiom(norm, s, end):
        return None
    value = parse_number(n1)
    if value is None:
        return None
    value_max = parse_number(n2) if n2 else None
    if n2 and value_max is None:
        return None
    if not arabic and not _cn_quantity_ok(norm, s, unit, value, m):
        return None
    if unit in d.NAME_SUFFIX_UNITS and _looks_like_name(norm, s, end, value):
        return None
    if unit in d.AREA_UNITS and prev in d.PLACE_ENDINGS and end < len(norm) and is_cjk(norm[end]) \
            and not norm.startswith(_SUFFIX_WORDS, end):
        return None  # "X片区2.2平方公里": the size of a named zone
    base_unit = unit
    if unit in d.UNIT_NOT_BEFORE and end < len(norm) and norm[end] in d.UNIT_NOT_BEFORE[unit]:
        return None
    if words.bracket and (norm.startswith("部分", end) or _BRACKET.match(norm, end)):
        return None  # "100万元至300万元部分": a bracket of something, not an amount
    if unit:
        unit_end = _compound_unit_end(norm, end)
        if unit_end != end:
            unit, end = unit + norm[end:unit_end], unit_end
    if _is_attribute(norm, end, unit):
        return None
    if _names_a_size(norm, s, end, base_unit):
        return None
    if words.list_name and _names_a_list(norm, end):
        return None
    end, comp = _suffix(norm, end)
    if comp in (d.AT_LEAST, d.AT_MOST) and _is_threshold(norm, end, unit):
        return None
    if n2:
        comp = d.RANGE
    start = s
    if not comp:
        pstart, comp = _prefix(norm, s)
        if comp:
            start = pstart
    if not comp and (m.group("ap1") or m.group("ap2")):
        comp = d.AT_LEAST
    elif comp and comp not in (d.RANGE,) and start == s:
        pstart, _ = _prefix(norm, s)
        start = pstart
    full_unit = mult + unit
    return Quantity(start, s, end, value, value_max, full_unit, d.MULTIPLIERS.get(mult, 1), comp or d.EXACT,
                    base_unit)


def _compound_unit_end(norm: str, end: int) -> int:
    """"39微克/立方米", "5吨每公顷": the unit goes on after a slash or 每."""
    if end < len(norm) and norm[end] in "/每":
        for second in d.COMPOUND_SECOND_UNITS:
            if norm.startswith(second, end + 1):
                return end + 1 + len(second)
    return end


def _is_attribute(norm: str, end: int, unit: str) -> bool:
    """"5万吨级泊位", "1400万人口超大城市": the size of something named, not a quantity."""
    if norm.startswith(("级", "量级"), end):
        return True
    if unit.endswith("人") and norm.startswith("口", end):
        nxt = norm[end + 1] if end + 1 < len(norm) else ""
        return bool(nxt) and is_cjk(nxt)
    return False


def _names_a_size(norm: str, s: int, end: int, unit: str) -> bool:
    """"45万吨煤矿", "800千伏特高压", "超50亿元项目", "40平方公里的园区": the capacity or size of
    something named, not an amount to reach."""
    nxt = norm[end] if end < len(norm) else ""
    if not nxt or not is_cjk(nxt) or norm.startswith(_SUFFIX_WORDS, end):
        return False
    kind = d.UNITS.get(unit, d.COUNT)
    if unit in d.CAPACITY_UNITS and nxt != "的" and not norm.startswith(d.NOT_A_NAME_AFTER, end):
        return True
    if kind == d.LEVEL and nxt == "的" and not norm.startswith(d.RATE_NOUN_STARTS, end + 1):
        return True
    if kind == d.LEVEL and unit not in d.AREA_UNITS and s > 0 and norm[s - 1] in "超逾":
        return True  # "超10亿元项目"
    return False


_LIST_NAME = re.compile(f"(?:..)?(?:{'|'.join(map(re.escape, d.LIST_NAMES))})")
_ANY_LIST_NAME = re.compile("|".join(map(re.escape, d.LIST_NAMES)))
# led by a lookahead of the idioms' first characters: the scan skips other characters fast
_IDIOM = re.compile(f"(?=[{''.join(sorted({w[0] for w in d.IDIOMS}))}])(?:{'|'.join(map(re.escape, d.IDIOMS))})")


def _names_a_list(norm: str, end: int) -> bool:
    """"办好11件实事", "22项具体工作": the report's own list of tasks, not a quantity."""
    return bool(_LIST_NAME.match(norm, end))


def _is_threshold(norm: str, end: int, unit: str) -> bool:
    """"5亿元以上项目", "3岁以下婴幼儿": a bound on a noun, not an amount to reach."""
    base = unit
    for mult in d.MULTIPLIERS:
        if base.startswith(mult) and base != mult:
            base = base[len(mult):]
            break
    kind = d.UNITS.get(base.split("/")[0], d.COUNT)
    if kind not in d.THRESHOLD_UNIT_KINDS and base not in d.THRESHOLD_COUNT_UNITS:
        return False
    nxt = norm[end] if end < len(norm) else ""
    if not nxt or not is_cjk(nxt):
        return False
    if nxt == "的":
        return kind != d.SHARE and not norm.startswith(d.RATE_NOUN_STARTS, end + 1)
    return nxt not in "和及或、"


def _in_idiom(norm: str, s: int, e: int) -> bool:
    lo = max(0, s - 4)
    for mt in _IDIOM.finditer(norm, lo, e + 4):
        if mt.start() < e and s < mt.end():
            return True
    return False


def _cn_quantity_ok(norm: str, s: int, unit: str, value: float, m) -> bool:
    """Chinese-numeral counts are mostly names (八项规定, 十栋别墅): accept them after a verb only."""
    if unit in d.CN_NEVER_UNITS or unit in ("%", "‰"):
        return False
    if value == 1 and len(m.group("n1")) == 1:
        return False  # 一个, 一项: an article, not a count
    if len(m.group("n1")) >= 4 and "十" not in m.group("n1") and "百" not in m.group("n1"):
        return False  # 二〇二一: a year
    prev = norm[s - 1] if s > 0 else ""
    return prev in d.CN_QUANTITY_VERB_ENDINGS


def _looks_like_name(norm: str, s: int, e: int, value: float) -> bool:
    """"航天706所研发中心": an institute number, not a count of 706 schools."""
    prev = norm[s - 1] if s > 0 else ""
    nxt = norm[e] if e < len(norm) else ""
    return value >= 100 and value == int(value) and is_cjk(prev) and is_cjk(nxt) \
        and prev not in d.CN_QUANTITY_VERB_ENDINGS
