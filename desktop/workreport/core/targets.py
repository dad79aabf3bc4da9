"""Quantitative targets and results of a report, each linked to its source sentence.

`extract_targets(report)` reads every body paragraph sentence by sentence,
finds the quantities in it (targets_numbers), names the indicator each one
measures, and decides whether it is a target (set for the coming year or
period) or a result (reported as achieved). Qualitative targets of the
主要预期目标 paragraph are kept with an empty value.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from functools import lru_cache

from . import model as m
from . import target_semantics as sem
from . import targets_data as d
from .indicators import load_vocabulary
from .kinds import RecordKind
from .numerals import CIRCLED_1_20, CIRCLED_1_20_CLASS, CN_ONE_TO_TEN
from .targets_numbers import _MAYBE_NUMBER, _MAYBE_QUANTITY, Quantity, normalise, scan

TARGET, RESULT = RecordKind
_SENTENCE_END = "。！？!?"
_CLAUSE_SEPS = set("，；：;:")
_YEAR = re.compile(r"(20\d\d|19\d\d)年")
_BY_YEAR = re.compile(r"(?:到|至|在)(20\d\d)年")
_FROM_TO = re.compile(r"(?:由|从)")
_TO_WORD = re.compile(r"(?:到|至|为)\s*$")
_ALL = re.compile(r"(?<![人平年户亩日月])均(?![衡等匀值价])")
_EACH = re.compile("分别")
_CN = f"[{CN_ONE_TO_TEN}]"
_LIST_NUMBER = re.compile(rf"^\s*(?:\d{{1,2}}|{_CN}{{1,3}})[、.．)）]\s*")
_EACH_OF = re.compile(rf"各(?=\d|[{CN_ONE_TO_TEN}两])")  # "A、B各40个": the same count for each
_LIST_SPLIT = re.compile(r"、|和|与|以及|(?<!以)及(?!时)")
_COMPARISON = re.compile(r"(?:比|较|同比|与)(?:上年|去年|上期|\d{4}年(?:底|末)?|“[^”]*”(?:末|期末)?"
                         r"|[^，,；;比较]{1,6}?(?:前|后|初|末))(?:年初预算|预算数?|同期|年底|年末)?")
# "PM2.5年均浓度由…", "企业从…": where a change starts; the indicator comes before it.
_FROM_AT_END = re.compile(r"(?:由|从)(?:\d{4}年(?:底|末)?|上年|去年|“[^”]*”末?)?(?:的)?$")
_VALUE_LIST_TAIL = re.compile(r"(?:[\d.]+\s*(?:[万亿千百]{0,2}[\u4e00-\u9fff]{0,3}|[%‰])?\s*(?:左右|以上|以内)?"
                              r"\s*[、和及与]\s*)+$")
_VALUE_LIST_SEPARATORS = "、和及与"  # the class that ends _VALUE_LIST_TAIL
_TAILS = sorted(d.TAIL_WORDS, key=len, reverse=True)
_TAIL_LAST = frozenset(w[-1] for w in _TAILS)  # what a tail word can end with
_LEAD_FIRST = frozenset(w[0] for w in d.LEAD_WORDS)  # what a lead word can start with
_LEADING_YEAR = re.compile(r"^(?:到|至|在|预计)?\d{4}年(?:底|末|初)?")
# What follows a number but is not the counted object ("增长8%以上，同比…", "5亿元用于…").
_NOT_A_NOUN = ("用于", "以上", "以下", "左右", "比", "同比", "增长", "下降", "提高", "的", "是", "为", "占",
               "其中", "分别", "相当于", "以", "和", "或", "及", "达", "达到", "实现")


@dataclass(slots=True)
class Target:
    indicator: str
    value: float | None
    value_max: float | None
    unit: str
    base_value: float | None
    comparator: str
    measure: str
    kind: str
    year: int | None
    stretch: bool
    block: int
    ref: str
    start: int
    end: int
    sentence: str
    section: str
    direction: str | None = None  # up / down / level (target_semantics.Direction)
    period: str = ""  # "2021", or "2016-2020" for a figure over several years
    scope: str = ""  # a sub-area the figure is restricted to ("X新区")
    canonical: str = ""  # id in the indicator vocabulary (resources/indicators.json), "" if none

    def to_dict(self) -> dict:
        out = asdict(self)
        out["paragraph"] = self.ref
        return out


def extract_targets(report: m.Report) -> list[Target]:
    records = _Extractor(report).run()
    vocabulary = load_vocabulary()
    for t in records:
        if t.indicator:
            # by name and unit first (remembered by the vocabulary); the sentence only settles the rest
            found = vocabulary.match(t.indicator, t.unit, t.sentence)
            t.canonical = found.id if found else ""
    return records


# ---- sentences and clauses ------------------------------------------------------------------

_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]|[^。！？!?]+$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph; the end includes the 。"""
    return [mt.span() for mt in _SENTENCE.finditer(text) if mt.group().strip()]


# Clause separators; an ASCII comma only when it does not group digits (1,234).
# (the lookahead of the characters they start with lets the scan skip the others: twice as fast)
_SEP = re.compile(r"(?=[，；：;:,])(?:[，；：;:]|,(?!\d)|(?<!\d),)")
_SEP_OR_END = re.compile(r"(?=[，；：;:。！？!?,])(?:[，；：;:。！？!?]|,(?!\d)|(?<!\d),)")


def _clause_start(norm: str, pos: int) -> int:
    """Where the clause holding norm[pos] starts: after the last separator before pos."""
    if pos > 0 and norm[pos - 1] == ",":
        return pos  # read up to pos only, a comma just before it never groups digits
    ends = _separator_ends(norm)
    k = bisect.bisect_right(ends, pos)
    return ends[k - 1] if k else 0


@lru_cache(maxsize=64)
def _separator_ends(norm: str) -> list[int]:
    """Ends of the clause separators of a sentence (computed once per sentence, asked per quantity)."""
    return [mt.end() for mt in _SEP.finditer(norm)]


def _is_sep(norm: str, i: int) -> bool:
    return bool(_SEP.match(norm, i))


def _clause_end(norm: str, pos: int) -> int:
    mt = _SEP_OR_END.search(norm, pos)
    return mt.start() if mt else len(norm)


_TIME_LEAD = re.compile(
    r"^(?:(?:到|至|在|预计|截至|截止)?(?:\d{4}年)?(?:\d{1,2}月)?(?:底|末|初|内)?前"
    rf"|(?:过去|近|这|今后|未来)?[{CN_ONE_TO_TEN}两\d]{{1,2}}年(?:来|间|内|中)?"
    rf"|(?:到|至|在)?[“\"]?{_CN}{{1,3}}五[”\"]?(?:规划)?(?:时期|期间|以来|末|期末|前四年)?)")
_MARKERS = re.compile(rf"(?=[\[〔{CIRCLED_1_20}\u00b9\u00b2\u00b3\u2070-\u2079注])"  # (a faster scan)
                      rf"(?:\[\d{{1,3}}\]|〔\d{{1,3}}〕|{CIRCLED_1_20_CLASS}|[\u00b9\u00b2\u00b3\u2070-\u2079]+"
                      r"|注\d{1,2})")
_NAME_SPLIT = re.compile(r"[的、和与及]")


def _alternation(words) -> str:
    """Words as a regex alternation, longest first (so the longest word that fits is taken)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_LEAD_RE = re.compile(f"^(?!{'|'.join(map(re.escape, d.KEEP_PREFIXES))})(?:{_alternation(d.LEAD_WORDS)})")
_TAIL_RE = re.compile(f"(?:{'|'.join(map(re.escape, _TAILS))})$")
_CLAUSE_TARGET_CUE = re.compile("|".join(map(re.escape, d.CLAUSE_TARGET_CUES)))
_RESULT_CUE = re.compile("|".join(map(re.escape, d.RESULT_CUES)))
_INDICATORS_WORD = re.compile(r"(?:等|等各项|各项)?指标[，,\s]*$")  # "A、B指标" names A, B
_TO_LEVEL_AT_END = re.compile(r"(?:到|至|为|在)\s*$")
_GROWTH_VERB = re.compile("|".join(map(re.escape, d.GROWTH_VERBS)))
_CHANGE_VERB = re.compile("|".join(map(re.escape, d.CHANGE_VERBS)))
_NEVER_NAMES = frozenset(d.LEAD_WORDS) | frozenset(d.TAIL_WORDS) | frozenset(d.TIME_NAMES)
# The word lists as sets, for `in` (a tuple is searched word by word)
_OBJECT_VERBS = frozenset(d.OBJECT_VERBS)
_GENERIC_OBJECTS = frozenset(d.GENERIC_OBJECTS)
_ATTRIBUTE_NAMES = frozenset(d.ATTRIBUTE_NAMES)
_PER_HEAD_NAMES = frozenset(d.PER_HEAD_NAMES)


@lru_cache(maxsize=1 << 16)
def clean_indicator(text: str) -> str:
    """Strip connectives, years, time words, comparisons and verbs around an indicator name."""
    t = _MARKERS.sub("", text).strip(" 、，,；;：:（）()")
    t = _COMPARISON.sub("", t)
    changed = True
    while changed and t:
        changed = False
        for lead in (_LEADING_YEAR, _TIME_LEAD, _LEAD_RE):
            if lead is _LEAD_RE and t[:1] not in _LEAD_FIRST:
                continue  # (a set test: most names open with no lead word)
            ym = lead.match(t)
            if ym and 0 < ym.end() < len(t):
                t, changed = t[ym.end():], True
        # ($ also matches before a final newline)
        tm = _TAIL_RE.search(t) if t[-1:] in _TAIL_LAST or t.endswith("\n") else None
        if tm and tm.start() >= 2:  # never leave a one-character stub ("人均" is a name)
            t, changed = t[:tm.start()], True
        t = t.strip(" 、，,；;：:")
    if t in _NEVER_NAMES or len(t) < 2 or _TIME_LEAD.fullmatch(t):
        return ""
    return t


def _trim_long(name: str, limit: int = 24) -> str:
    """A long name keeps its head noun: cut at a word boundary (的, 、, 和 …), never mid-word."""
    if len(name) <= limit:
        return name
    cuts = [m.end() for m in _NAME_SPLIT.finditer(name) if len(name) - m.end() >= 2]
    for c in cuts:
        if len(name) - c <= limit:
            return name[c:]
    return name


_PURE_VERBS = tuple(v for v in d.OBJECT_VERBS if v not in d.NOMINAL_VERBS)
_VERB_OPENER_RE = re.compile("|".join(map(re.escape, sorted(set(_PURE_VERBS) | set(d.ACTION_VERBS), key=len,
                                                             reverse=True))))
_ACTION_START = re.compile("|".join(map(re.escape, sorted(d.ACTION_VERBS, key=len, reverse=True))))
_PURE_VERB_END = re.compile(f"(?:{_alternation(_PURE_VERBS)})$")
# What the verbs start / end with: a set test before the long alternations above (most text fails it)
_VERB_OPENER_FIRST = frozenset(v[0] for v in (*_PURE_VERBS, *d.ACTION_VERBS))
_ACTION_FIRST = frozenset(v[0] for v in d.ACTION_VERBS)
_PURE_VERB_LAST = frozenset(v[-1] for v in _PURE_VERBS)


@lru_cache(maxsize=1 << 14)
def _is_verb_phrase(name: str) -> bool:
    """A name that is or ends with an action ("推出", "加快", "A工程开工"): what is measured is the
    object after the number, or the noun before the verb."""
    return name in _OBJECT_VERBS or name.endswith(_PURE_VERBS) or name.startswith(d.ACTION_VERBS)


def _strip_verbs(name: str) -> str:
    """"完成造林" → "造林", "保障性安居工程开工" → "保障性安居工程"; a bare verb stays."""
    mt = _ACTION_START.match(name) if name[:1] in _ACTION_FIRST else None
    if mt and len(name) - mt.end() >= 2 and name[mt.end():] not in _GENERIC_OBJECTS:
        name = clean_indicator(name[mt.end():]) or name[mt.end():]
    mt = _PURE_VERB_END.search(name) if name[-1:] in _PURE_VERB_LAST or name.endswith("\n") else None
    if mt and mt.start() >= 2:
        return clean_indicator(name[:mt.start()]) or name
    return name


def _object_after(text: str, q: Quantity, nxt: Quantity | None, ce: int) -> tuple[str, int]:
    """"推出24条居民增收措施", "建设10条具有国际范的精品线路": the counted noun after the number."""
    stop = min(ce, nxt.start if nxt and nxt.start > q.end else ce)
    post = text[q.end:stop]
    if post.startswith("的") and q.unit in ("%", "‰"):  # "80%的小区达到…": a share of the noun
        post = post[1:]
        noun = clean_indicator(_MARKERS.sub("", post))
        return (noun, stop) if len(noun) >= 2 else ("", 0)
    if not post or post[0] in "、，,和与及或；;" or post.startswith(_NOT_A_NOUN) or post[0].isdigit() \
            or _opens_with_verb(post):
        return "", 0
    k = post.rfind("的")
    body_start = k + 1 if 0 <= k < len(post) - 1 else 0
    k = post.rfind("等", body_start)  # "学校、医院等项目": the group after 等
    if 0 <= k < len(post) - 1:
        body_start = k + 1
    body = post[body_start:]
    noun = clean_indicator(_MARKERS.sub("", body).rstrip("和与及、或"))
    if not noun or len(noun) < 2:
        return "", 0
    return noun, stop


def _opens_with_verb(post: str) -> bool:
    """"实施了…", "用于…" open a clause of their own; "规范化…" is an adjective, not 规范."""
    mt = _VERB_OPENER_RE.match(post) if post[:1] in _VERB_OPENER_FIRST else None
    return bool(mt) and post[mt.end():mt.end() + 1] != "化"


# ---- the extractor ---------------------------------------------------------------------------

class _Extractor:
    def __init__(self, report: m.Report):
        self.report = report
        self.year = _report_year(report)
        parts = [n for n in report.outline if n.kind == m.PART]
        self.part_kind = {id(p): _part_kind(p.title, self.year) for p in parts}
        self.goal_blocks = _goal_blocks(report)
        md = report.metadata
        self.jurisdiction = " ".join(x for x in (md.title, md.issuer, md.meeting, md.office) if x)

    def run(self) -> list[Target]:
        out: list[Target] = []
        report_norm = normalise(self.report.text)  # same length: blocks slice it
        for block in self.report.blocks:
            if block.kind not in (m.PARAGRAPH, m.HEADING) or not block.text:
                continue
            records: list[Target] = []
            part = _part_of(block)
            part_kind = self.part_kind.get(id(part)) if part else None
            section = block.section.title if block.section is not None else ""
            role = self.goal_blocks.get(block.index)
            state = _GoalState.LIST if role == _GoalRole.LIST else (
                _GoalState.BEFORE if role == _GoalRole.INTRO else None)
            if state is None and not _MAYBE_NUMBER.search(block.text):
                continue  # no quantity and no goals statement: nothing to extract
            block_norm = report_norm[block.start:block.end]  # same length: sentences slice it
            if self.report.text[block.start:block.end] != block.text:  # a Report built by hand
                block_norm = normalise(block.text)
            if state is None and not _MAYBE_QUANTITY.search(block_norm):
                continue  # no sentence of it can hold a quantity (scan asks the same of each)
            spans: dict[bool, tuple[int, int] | None] | None = None
            titles: list[str] = []
            for s0, s1 in sentences(block.text):
                text = block.text[s0:s1]
                if state is None and not _MAYBE_NUMBER.search(text):
                    continue
                norm = block_norm[s0:s1]
                qs = scan(text, norm)
                if state is None and not qs:
                    continue  # numbers, but only dates, names and ordinals
                kind = self._kind(text, part_kind)
                if spans is None:
                    titles, spans = _titles_above(block), {}
                is_result = kind == RESULT
                if is_result not in spans:  # the span of years the paragraph speaks of, asked once per kind
                    spans[is_result] = sem.context_span(block.text, titles, self.year, is_result)
                base = dict(kind=kind, block=block.index, ref=block.ref, start=block.start + s0,
                            end=block.start + s1, sentence=text, section=section,
                            span=spans[is_result], part_kind=part_kind)
                records.extend(self._quantitative(text, base, norm, qs))
                if state == _GoalState.BEFORE and any(w in text for w in d.GOALS_WORDS):
                    state = _GoalState.GOAL
                elif state in (_GoalState.GOAL, _GoalState.AFTER):
                    state = None if text.startswith(d.GOALS_END_WORDS) or "目标" in text else _GoalState.AFTER
                if state is not None and state != _GoalState.BEFORE and kind == TARGET:
                    records.extend(self._qualitative(text, base))
            out.extend(records)
        return out

    # -- kind and year
    def _kind(self, sentence: str, part_kind: str | None) -> str:
        if part_kind == RESULT:
            return TARGET if any(w in sentence for w in ("预期目标", "今年要", "今年将")) else RESULT
        if _has_result_cue(sentence):
            return RESULT
        span = sem.span_in(sentence, self.year, True)
        if span and self.year and span[1] < self.year and not _CLAUSE_TARGET_CUE.search(sentence):
            return RESULT  # "十三五时期年均增长7%" in a plan for the year after
        ym = _YEAR.match(sentence.lstrip("预计截至"))
        if ym and self.year and int(ym.group(1)) < self.year and "目标" not in sentence:
            return RESULT
        if part_kind is None and self.year:
            years = [int(y) for y in _YEAR.findall(sentence)]
            if years and max(years) < self.year and not _BY_YEAR.search(sentence):
                return RESULT
        return TARGET

    def _clause_kind(self, kind: str, clause: str, part_kind: str | None) -> str:
        """A sentence of two times ("去年新建300套，今年再新建200套"): each clause has its own."""
        if kind == RESULT and part_kind != RESULT and not _has_result_cue(clause) \
                and _CLAUSE_TARGET_CUE.search(clause):
            return TARGET
        if kind == TARGET and _has_result_cue(clause) and not _CLAUSE_TARGET_CUE.search(clause):
            return RESULT
        return kind

    def _year(self, kind: str, sentence: str, clause: str, upto: int | None = None) -> int | None:
        if kind == TARGET:
            # "到2025年" governs the clauses after it, not those before
            head = sentence[:upto] if upto else sentence
            bys = list(_BY_YEAR.finditer(head))
            if bys:
                return int(bys[-1].group(1))
            later = [int(y) for y in _YEAR.findall(head) if self.year and int(y) > self.year]
            return later[-1] if later else self.year  # "力争2025年…达到": a later year named plainly
        if self.year and _has_result_cue(clause, ("去年", "上年")):
            return self.year - 1
        for mt in _YEAR.finditer(sentence):
            before = sentence[max(0, mt.start() - 1):mt.start()]
            after = sentence[mt.end():mt.end() + 1]
            y = int(mt.group(1))
            # "比2015年", "由2015年的…", "是2010年的2倍": a base of comparison, not the year reported
            if before not in ("比", "较", "与", "同", "于", "由", "从", "是") and after != "的" \
                    and (not self.year or y < self.year):
                return y
        return self.year - 1 if self.year else None

    # -- quantities
    def _quantitative(self, text: str, base: dict, norm: str, found: list[Quantity]) -> list[Target]:
        qs = _share_comparators(_drop_attributes(found, norm), norm)
        out: list[Target] = []
        assigned = self._list_indicators(text, norm, qs)
        prev_indicator, used = "", 0
        opening_scope = None
        clause_times: dict[tuple[int, int], tuple[str, int | None, str]] = {}
        for i, q in enumerate(qs):
            cs = _clause_start(norm, q.num_start)
            ce = _clause_end(norm, q.end)
            prev_end = max(cs, min(used, q.start))
            for p in qs[:i]:
                if prev_end < p.end <= q.start:
                    prev_end = p.end
            nxt = qs[i + 1] if i + 1 < len(qs) else None
            pre = text[prev_end:q.start]
            if text[q.end:ce].rstrip("”」").endswith(_MEMBER_OF):
                continue  # "成为N个试点城市之一": a membership, not a quantity
            clause_pre = text[cs:q.start]
            if _is_start_of_change(clause_pre, nxt, text, q, ce):
                prev_indicator = self._indicator(pre, text, q, nxt, ce, from_value=True)[0] or prev_indicator
                continue
            names = assigned.get(i)
            object_after = False
            if not names:
                name, used = self._indicator(pre, text, q, nxt, ce)
                object_after = used > 0
                context = prev_indicator
                if _needs_context(name, pre):
                    subject = _clause_subject(text, qs[i - 1].end if i else 0, cs)
                    whose = subject or (prev_indicator if not prev_indicator.endswith(d.OBJECT_VERBS) else "")
                    if whose and name in _OBJECT_VERBS:  # "…安居工程建设，开工4673套": what was started
                        name = whose + name
                    context = subject or prev_indicator
                names = [_with_context(name, pre, context)]
            prev_indicator = names[-1] or prev_indicator
            clause = text[cs:ce]
            # kind, year and period depend on the clause only: asked once for the values it holds
            times = clause_times.get((cs, ce))
            if times is None:
                kind = self._clause_kind(base["kind"], clause, base["part_kind"])
                year = self._year(kind, text, clause, ce)
                period = sem.period(year, text[:ce], clause, self.year, kind == RESULT, base["span"])
                times = clause_times[(cs, ce)] = (kind, year, period)
            kind, year, period = times
            stretch = "力争" in clause_pre or text.startswith("力争")
            bare_pre = _without_value_list(clause_pre)
            measure = _measure(q, clause_pre, bare_pre, names[0])
            base_value = q.value * q.multiplier
            tail = bare_pre[-14:]
            if opening_scope is None:
                opening_scope = sem.sentence_scope(text, self.jurisdiction)
            for name in names:
                scope, name = sem.split_scope(name, self.jurisdiction)
                t = Target(name, q.value, q.value_max, q.unit, base_value, q.comparator, measure,
                           kind, year, stretch, base["block"], base["ref"], base["start"],
                           base["end"], base["sentence"], base["section"])
                t.direction = sem.direction(tail, name, q.unit, object_after).value
                t.period = period
                t.scope = scope or opening_scope
                out.append(t)
        return out

    def _indicator(self, pre: str, text: str, q: Quantity, nxt: Quantity | None, ce: int,
                   from_value: bool = False) -> tuple[str, int]:
        """The indicator name, and where the text it used ends (an object after the number).
        `from_value`: the number is where a change starts ("由…71微克下降到48微克")."""
        raw = pre.strip(" 、，,；;：:")
        fm = (_FROM_TO if from_value else _FROM_AT_END).search(raw) if "由" in raw or "从" in raw else None
        if fm and fm.start() > 0:  # "PM2.5年均浓度由…下降到…": the indicator comes before 由
            raw = raw[:fm.start()]
        name = clean_indicator(raw)
        if "等" in name and not name.endswith("等"):  # "A、B等重点项目": the group, not the first example
            name = clean_indicator(name[name.rfind("等") + 1:]) or name
        group = name.endswith("等") or raw.rstrip().endswith("等")
        verbish = not name or _is_verb_phrase(name)
        share_of = q.unit in ("%", "‰") and text.startswith("的", q.end)
        counted = d.UNITS.get(q.base_unit) == d.COUNT or not q.base_unit or share_of
        if verbish or group or counted:
            noun, used = _object_after(text, q, nxt, ce)
            if noun:
                return _trim_long(noun), used
        if group:  # "发放A、B等共1.6亿元": the list names what is counted
            listed = _strip_verbs(name.rstrip("等")) if "、" in name else ""
            return _trim_long(listed), 0
        if verbish:
            name = _strip_verbs(name)
        return _trim_long(name), 0

    def _list_indicators(self, text: str, norm: str, qs: list[Quantity]) -> dict[int, list[str]]:
        """分别 pairs a list of indicators with a list of values; 均 gives one value to each."""
        out: dict[int, list[str]] = {}
        for word_re, each, char in ((_EACH, True, "分"), (_ALL, False, "均"), (_EACH_OF, False, "各")):
            if char not in text:
                continue  # the common case: a test at C speed instead of a regex scan
            for wm in word_re.finditer(text):
                cs = _clause_start(norm, wm.start())
                if not clean_indicator(text[cs:wm.start()]) and cs > 0:
                    cs = _clause_start(norm, cs - 1)  # "A、B、C指标，分别按增长8%、5%、2%掌握"
                earlier = [q for q in qs if cs <= q.start < wm.start()]
                if earlier:
                    cs = max(q.end for q in earlier)
                ce = _clause_end(norm, wm.end())
                after = [i for i, q in enumerate(qs) if wm.end() <= q.num_start < ce]
                if not after:
                    continue
                region = _INDICATORS_WORD.sub("", text[cs:wm.start()])  # "A、B指标" names A, B
                region = _LIST_NUMBER.sub("", region)
                items = [clean_indicator(x) or x.strip(" ，,") for x in _LIST_SPLIT.split(region)]
                items = [x for x in items if x]
                if items and items[0].startswith("第"):  # "第一、二、三产业": each is an ordinal
                    items = [x if x.startswith("第") else "第" + x for x in items]
                if each:  # 分别: one value per item
                    if len(items) == 1 and len(after) <= 2:  # "城乡居民收入分别增长9%": 城镇 and 农村
                        items = _expand_pair(items[0]) or items
                    if len(items) == len(after):
                        names = _share_suffix(items)
                        for idx, name in zip(after, names, strict=True):
                            out[idx] = [name]
                        self._pair_following(text, norm, qs, ce, names, out)
                    elif len(after) == 1 and len(items) >= 2:  # "A、B分别增长10%": one value for each
                        out[after[0]] = _share_suffix(items)
                elif len(items) >= 2:
                    out[after[0]] = _share_suffix(items)
        return out

    @staticmethod
    def _pair_following(text, norm, qs, pos, names, out) -> None:
        """"A和B分别实现3元和4元，增长8.5%和10%": a following value list of the same length pairs too."""
        while pos < len(norm) and norm[pos] not in "。！？!?" and norm[pos] not in "；;":
            cs, ce = pos + 1, _clause_end(norm, pos + 1)
            idx = [i for i, q in enumerate(qs) if cs <= q.num_start < ce]
            if len(idx) != len(names) or any(i in out for i in idx):
                return
            if clean_indicator(_ALL.sub("", text[cs:qs[idx[0]].start])):
                return  # the clause names its own indicator
            for i, name in zip(idx, names, strict=True):
                out[i] = [name]
            pos = ce

    # -- qualitative targets of the goals paragraph
    def _qualitative(self, text: str, base: dict) -> list[Target]:
        norm = normalise(text)
        body_start = 0
        for w in d.GOALS_WORDS:
            k = text.find(w)
            if k >= 0:
                colon = min([i for i in (text.find("：", k), text.find(":", k)) if i >= 0] or [-1])
                body_start = colon + 1 if colon >= 0 else k + len(w)
        out = []
        pos = body_start
        for i in range(body_start, len(norm) + 1):
            if i == len(norm) or _is_sep(norm, i) or norm[i] in "。！？!?":
                clause = text[pos:i]
                pos = i + 1
                if not clause or len(clause) > 40 or any(ch.isdigit() for ch in clause) or scan(clause):
                    continue
                if "实际工作" in clause or "争取更好" in clause:
                    continue
                cue = min([clause.find(c) for c in d.QUALITATIVE_CUES if clause.find(c) > 0] or [-1])
                if cue <= 0:
                    continue
                name = clean_indicator(clause[:cue])
                if name.startswith(("按照", "根据", "对照")):  # "按照…要求完成X任务": X is the indicator
                    name = clean_indicator(re.sub(r"(任务|目标|指标)$", "", clause[cue:]))
                    name = name[2:] if name.startswith(d.QUALITATIVE_CUES) else name
                name = _strip_qual(name)
                if not name:
                    continue
                out.append(Target(name, None, None, "", None, "", "", TARGET, self.year, "力争" in clause,
                                  base["block"], base["ref"], base["start"], base["end"], base["sentence"],
                                  base["section"], period=str(self.year) if self.year else ""))
        return out


# ---- helpers --------------------------------------------------------------------------------

_COMPARED_CUE = re.compile(r"(?:比|较|与|同|于|和|超过|高于|低于)$")


def _has_result_cue(text: str, cues=d.RESULT_CUES) -> bool:
    """A cue that the text reports the past ("去年…"), not a base of comparison ("比去年")."""
    if cues is d.RESULT_CUES and not _RESULT_CUE.search(text):
        return False  # none of the cues at all: the common case, one regex test
    for w in cues:
        i = text.find(w)
        while i >= 0:
            if not _COMPARED_CUE.search(text[max(0, i - 2):i]):
                return True
            i = text.find(w, i + 1)
    return False


_MEMBER_OF = ("之一", "之列", "行列")
_SHARE_OF = re.compile(r"占(?!比)(?P<whole>[^，,；;占]{2,16}?)的?(?:比重|比例)?(?:为|达到?|超过)?$")
_TIMES_OF = re.compile(r"(?:是|为|相当于)[^，,；;]{0,12}的$")


def _with_context(name: str, pre: str, prev: str) -> str:
    """Names that only make sense with the indicator named before them in the sentence:
    "增速" (of it), "国家级" (of them), "占X的" (its share of X), "是上年的" (a multiple of it)."""
    raw = pre.strip(" 、，,；;：:")
    share = _SHARE_OF.search(raw)
    if share:
        head = clean_indicator(raw[:share.start()]) or prev
        return f"{head}占{share.group('whole')}比重" if head else share.group("whole")
    if _TIMES_OF.search(raw):
        return prev or name
    if not name:
        return prev
    if prev and name in _ATTRIBUTE_NAMES and not prev.endswith(name):
        return prev + name
    if prev and name in _PER_HEAD_NAMES and not prev.startswith(name):  # "…总值X亿元，人均达到9万元"
        return name + prev
    if prev and name.endswith("级") and len(name) <= 4:  # "其中国家级8家"
        head = re.sub(r"^.{0,3}级", "", prev)
        return name + head
    return name


_SUBJECT_END = re.compile(r"增长|下降|达到|升至|升到|降至|突破|提高|提升|实现|完成|保持|超过|位居|排名|稳居|"
                          r"跃居|迈上|进入|占|同比|比上年|较上年|净增")


def _clause_subject(text: str, lo: int, hi: int) -> str:
    """The noun phrase that opens the nearest clause in text[lo:hi] ("一般公共预算收入升至全国第4位，
    增长11.1%": the growth is of that revenue)."""
    norm = normalise(text[lo:hi])
    starts = [0] + [mt.end() for mt in _SEP.finditer(norm)]
    for st in reversed(starts):
        clause = text[lo + st:hi].strip(" 、，,；;：:")
        if not clause:
            continue
        m_ = _SUBJECT_END.search(clause)
        if m_ and m_.start() >= 2:
            subject = clean_indicator(clause[:m_.start()])
            if subject and not _is_verb_phrase(subject):
                return subject
        elif not m_ and not _MAYBE_NUMBER.search(clause):
            # "加快保障性安居工程建设，开工4673套": a clause naming the work, without a number
            subject = clean_indicator(_strip_verbs(clean_indicator(clause)))
            if subject and len(subject) <= 16 and not _is_verb_phrase(subject):
                return subject
    return ""


def _share_comparators(qs: list[Quantity], norm: str) -> list[Quantity]:
    """"增长8%和8.5%左右": a comparator after the last value of a list holds for each value."""
    out = list(qs)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.comparator == d.EXACT and b.comparator in (d.ABOUT, d.AT_LEAST, d.AT_MOST) \
                and norm[a.end:b.start].strip() in ("和", "、", "与", "及") and a.base_unit == b.base_unit:
            out[k] = replace(a, comparator=b.comparator)
    return out


def _needs_context(name: str, pre: str) -> bool:
    """Whether a name leans on an earlier clause (empty, a bare verb, an attribute, a level, 占/是…的)."""
    return (not name or name in _OBJECT_VERBS or name in _ATTRIBUTE_NAMES or name in _PER_HEAD_NAMES
            or name.endswith("级")
            or "占" in pre or "的" in pre)


def _drop_attributes(qs: list[Quantity], norm: str) -> list[Quantity]:
    """"开工100个5亿元以上项目": an amount right after a count sizes the things counted."""
    out = []
    for q in qs:
        if out and out[-1].end == q.start and d.UNITS.get(out[-1].base_unit) == d.COUNT \
                and d.UNITS.get(q.base_unit) == d.LEVEL:
            out[-1] = replace(out[-1], end=q.end)  # the size belongs to the count's phrase
            continue
        out.append(q)
    return out


def _strip_qual(name: str) -> str:
    name = re.sub(r"^(?:要|在|使|让|全面|着力|进一步|不断|切实|基本|继续|持续|努力)+", "", name)
    name = re.sub(r"(?:等方面|方面|等)$", "", name)
    changed = True
    while changed and name:
        changed = False
        for w in d.QUALITATIVE_TAILS:
            if name.endswith(w) and len(name) > len(w):
                name, changed = name[:-len(w)], True
    return name


def _is_start_of_change(clause_pre: str, nxt: Quantity | None, text: str, q: Quantity, ce: int) -> bool:
    """"由71微克下降到48微克": the first number is where the change started, not a result."""
    if not nxt or nxt.num_start >= ce or not _FROM_TO.search(clause_pre):
        return False
    return bool(_TO_WORD.search(text[q.end:nxt.start]))


def _measure(q: Quantity, clause_pre: str, bare_pre: str, indicator: str) -> str:
    """`bare_pre` is clause_pre without the values listed before this one (_without_value_list)."""
    kind = d.UNITS.get(q.base_unit, d.COUNT)
    if kind == d.CHANGE:
        return d.CHANGE
    # in a value list ("增长2.8%、5%、6%") the verb sits before the first value
    tail = bare_pre[-8:]
    if kind == d.SHARE:
        to_level = bool(_TO_LEVEL_AT_END.search(tail))
        if not to_level and _GROWTH_VERB.search(tail):
            return d.GROWTH
        if any(w in indicator for w in d.GROWTH_NAMES):
            return d.GROWTH
        return d.SHARE
    if ("比" in clause_pre or "较" in clause_pre) and _CHANGE_VERB.search(tail):
        return d.CHANGE
    return kind


def _without_value_list(clause_pre: str) -> str:
    """The text before a value without the values listed before it ("增长2.8%、5%、" → "增长")."""
    if clause_pre.rstrip()[-1:] not in _VALUE_LIST_SEPARATORS:
        return clause_pre  # the pattern ends with a separator: it cannot match
    return _VALUE_LIST_TAIL.sub("", clause_pre)


def _share_suffix(items: list[str]) -> list[str]:
    """Items of a list share the last item's tail: ["第一", "第二", "第三产业增加值"] → each gets
    "产业增加值"; ["A保险", "B保险参保率"] → each gets "参保率"."""
    head = _shared_head(items)
    if head:
        return [items[0]] + [head + it for it in items[1:]]
    last = items[-1]
    tail = next((t for t in d.SHARED_TAILS if last.endswith(t) and len(last) > len(t) + 1), "")
    out = []
    for it in items[:-1]:
        if len(it) <= 4 and len(it) < len(last) and not it.endswith(d.SHARED_TAILS):
            it = it + last[len(it):] if len(last) - len(it) > len(tail) or not tail else it + tail
        elif tail and not it.endswith(d.SHARED_TAILS) and not it.endswith(tail[-1]):
            it = it + tail  # an item that names no measure of its own takes the shared one
        out.append(it)
    return out + [last]


def _shared_head(items: list[str]) -> str:
    """["X文件报备率", "及时率", "规范率"]: the later items are short measures of the first's head."""
    first, rest = items[0], items[1:]
    if not rest or any(len(it) > 4 or len(it) != len(rest[0]) for it in rest):
        return ""
    k = len(rest[0])
    if len(first) < k + 3 or any(it[-1] != first[-1] for it in rest) or first[-k:] in rest:
        return ""
    return first[:-k]


def _expand_pair(item: str) -> list[str] | None:
    for short, (a, b) in d.CONTRACTED_PAIRS.items():
        if item.startswith(short) and len(item) > len(short):
            rest = item[len(short):]
            return [a + rest, b + rest]
    return None


def _titles_above(block: m.Block) -> list[str]:
    """Titles of the outline nodes holding a block, innermost first."""
    out, n = [], block.node
    while n is not None:
        if n.kind != m.TOPIC:
            out.append(n.title)
        n = n.parent
    return out


def _part_of(block: m.Block) -> m.OutlineNode | None:
    n = block.node
    while n is not None and n.parent is not None:
        n = n.parent
    return n if n is not None and n.kind == m.PART else None


def _part_kind(title: str, year: int | None) -> str | None:
    years = [int(y) for y in _YEAR.findall(title)]
    if any(w in title for w in d.REVIEW_TITLE_WORDS):
        return RESULT
    if any(w in title for w in d.TARGET_TITLE_WORDS) or (year and years and max(years) >= year):
        return TARGET
    if year and years and max(years) < year:
        return RESULT
    return None


def _report_year(report: m.Report) -> int | None:
    """The year the report plans for: its delivery year, unless the plan part names the next one
    (a report read in late December)."""
    md = report.metadata
    title_years = [int(y) for n in report.outline for y in _YEAR.findall(n.title)]
    for s in (md.date, md.meeting, md.title):
        ym = re.match(r"(\d{4})", s or "")
        if ym:
            year = int(ym.group(1))
            return year + 1 if year + 1 in title_years else year
    for mt in re.finditer(r"(20\d\d)年[^。，]{0,20}预期目标", report.text):
        return int(mt.group(1))
    years = []
    for n in report.outline:
        ys = [int(y) for y in _YEAR.findall(n.title)]
        if ys:
            # "2011年，全省上下…实现…": a title that tells a year's story reviews it
            review = any(w in n.title for w in d.REVIEW_TITLE_WORDS) or re.match(r"\d{4}年[，,]", n.title)
            years.append(max(ys) + (1 if review else 0))
    if years:
        return max(years)
    counts = Counter(int(y) for y in _YEAR.findall(report.text))
    if not counts:
        return None
    top = max(counts.values())
    return max(y for y, c in counts.items() if c == top)


class _GoalRole(StrEnum):
    """A block's part in the 主要预期目标 statement."""
    INTRO = "intro"  # the paragraph naming it
    LIST = "list"  # an item of the list after it


class _GoalState(StrEnum):
    """Where the sentences of a block stand towards the goals statement."""
    BEFORE = "before"  # in its intro paragraph, before the words 预期目标
    GOAL = "goal"  # the sentence naming the goals
    AFTER = "after"  # sentences after it that go on listing goals
    LIST = "list"  # in a list item after the intro


_GOALS_COLON = re.compile(r"[^。]{0,6}(?:是|为|如下)?\s*[：:]")  # 预期目标是： / 预期目标如下:


def _goal_blocks(report: m.Report) -> dict[int, _GoalRole]:
    """Blocks of the 主要预期目标 statement: INTRO for the paragraph naming it, LIST for items after it."""
    out: dict[int, _GoalRole] = {}
    blocks = report.blocks
    for b in blocks:
        if b.kind != m.PARAGRAPH or not any(w in b.text for w in d.GOALS_WORDS):
            continue
        k = b.text.find("预期目标")
        if not _GOALS_COLON.match(b.text[k + 4:]):
            continue
        out.setdefault(b.index, _GoalRole.INTRO)
        if b.text.rstrip().endswith(("：", ":")):
            for nb in blocks[b.index + 1:b.index + 16]:
                if nb.kind != m.PARAGRAPH:
                    break
                out[nb.index] = _GoalRole.LIST
                if nb.text.rstrip().endswith(("。", ".")):
                    break
    return out
