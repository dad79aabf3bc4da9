"""Quantitative targets and results of a report, each linked to its source sentence.

`extract_targets(report)` reads every body paragraph sentence by sentence,
finds the quantities in it (targets_numbers), names the indicator each one
measures, and decides whether it is a target (set for the coming year or
period) or a result (reported as achieved). Qualitative targets of the
主要预期目标 paragraph are kept with an empty value.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass

from . import model as m
from . import targets_data as d
from .targets_numbers import Quantity, normalise, scan

TARGET, RESULT = "target", "result"
_SENTENCE_END = "。！？!?"
_CLAUSE_SEPS = set("，；：;:")
_YEAR = re.compile(r"(20\d\d|19\d\d)年")
_BY_YEAR = re.compile(r"(?:到|至|在)(20\d\d)年")
_FROM_TO = re.compile(r"(?:由|从)")
_TO_WORD = re.compile(r"(?:到|至|为)\s*$")
_ALL = re.compile(r"(?<![人平年户亩日月])均(?![衡等匀值价])")
_LIST_SPLIT = re.compile(r"、|和|与|及|以及")
_COMPARISON = re.compile(r"(?:比|较|同比|与)(?:上年|去年|上期|\d{4}年(?:底|末)?|“[^”]*”(?:末|期末)?)")
_VALUE_LIST_TAIL = re.compile(r"(?:[\d.]+\s*[%‰]?\s*(?:左右|以上|以内)?\s*[、和及与]\s*)+$")
_TAILS = sorted(d.TAIL_WORDS, key=len, reverse=True)
_LEADING_YEAR = re.compile(r"^(?:到|至|在|预计)?\d{4}年(?:底|末|初)?")


@dataclass
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

    def to_dict(self) -> dict:
        out = asdict(self)
        out["paragraph"] = self.ref
        return out


def extract_targets(report: m.Report) -> list[Target]:
    return _Extractor(report).run()


# ---- sentences and clauses ------------------------------------------------------------------

def sentences(text: str):
    """(start, end) of each sentence of a paragraph; the end includes the 。"""
    start = 0
    for i, ch in enumerate(text):
        if ch in _SENTENCE_END:
            if text[start:i + 1].strip():
                yield start, i + 1
            start = i + 1
    if text[start:].strip():
        yield start, len(text)


def _clause_start(norm: str, pos: int) -> int:
    i = pos - 1
    while i >= 0:
        if _is_sep(norm, i):
            return i + 1
        i -= 1
    return 0


def _is_sep(norm: str, i: int) -> bool:
    ch = norm[i]
    if ch == ",":  # ASCII comma: a clause break unless it groups digits (1,234)
        return not (i > 0 and norm[i - 1].isdigit() and i + 1 < len(norm) and norm[i + 1].isdigit())
    return ch in _CLAUSE_SEPS


def _clause_end(norm: str, pos: int) -> int:
    for i in range(pos, len(norm)):
        if _is_sep(norm, i) or norm[i] in "。！？!?":
            return i
    return len(norm)


def clean_indicator(text: str) -> str:
    """Strip connectives, years, comparisons and verbs around an indicator name."""
    t = text.strip(" 、，,；;：:（）()")
    t = _COMPARISON.sub("", t)
    changed = True
    while changed and t:
        changed = False
        ym = _LEADING_YEAR.match(t)
        if ym and ym.end() > 0:
            t, changed = t[ym.end():], True
        for w in d.LEAD_WORDS:
            if t.startswith(w) and len(t) > len(w):
                t, changed = t[len(w):], True
                break
        for w in _TAILS:
            if t.endswith(w):
                t, changed = t[:-len(w)], True
                break
        t = t.strip(" 、，,；;：:")
    return "" if t in d.LEAD_WORDS else t


# ---- the extractor ---------------------------------------------------------------------------

class _Extractor:
    def __init__(self, report: m.Report):
        self.report = report
        self.year = _report_year(report)
        parts = [n for n in report.outline if n.kind == m.PART]
        self.part_kind = {id(p): _part_kind(p.title, self.year) for p in parts}
        self.goal_blocks = _goal_blocks(report)

    def run(self) -> list[Target]:
        out: list[Target] = []
        for block in self.report.blocks:
            if block.kind not in (m.PARAGRAPH, m.HEADING) or not block.text:
                continue
            records: list[Target] = []
            part = _part_of(block)
            part_kind = self.part_kind.get(id(part)) if part else None
            section = _section_of(block)
            mode = self.goal_blocks.get(block.index)
            state = "list" if mode == "list" else ("before" if mode == "intro" else None)
            for s0, s1 in sentences(block.text):
                text = block.text[s0:s1]
                kind = self._kind(text, part_kind)
                base = dict(kind=kind, block=block.index, ref=block.ref, start=block.start + s0,
                            end=block.start + s1, sentence=text, section=section)
                records.extend(self._quantitative(text, base))
                if state == "before" and any(w in text for w in d.GOALS_WORDS):
                    state = "goal"
                elif state in ("goal", "after"):
                    state = None if text.startswith(d.GOALS_END_WORDS) or "目标" in text else "after"
                if state in ("goal", "after", "list") and kind == TARGET:
                    records.extend(self._qualitative(text, base))
            out.extend(_dedupe(records))
        return out

    # -- kind and year
    def _kind(self, sentence: str, part_kind: str | None) -> str:
        if part_kind == RESULT:
            return TARGET if any(w in sentence for w in ("预期目标", "今年要", "今年将")) else RESULT
        if any(w in sentence for w in d.RESULT_CUES):
            return RESULT
        ym = _YEAR.match(sentence.lstrip("预计截至"))
        if ym and self.year and int(ym.group(1)) < self.year and "目标" not in sentence:
            return RESULT
        if part_kind is None and self.year:
            years = [int(y) for y in _YEAR.findall(sentence)]
            if years and max(years) < self.year and not _BY_YEAR.search(sentence):
                return RESULT
        return TARGET

    def _year(self, kind: str, sentence: str, clause: str) -> int | None:
        if kind == TARGET:
            by = _BY_YEAR.search(clause) or _BY_YEAR.search(sentence)
            if by:
                return int(by.group(1))
            return self.year
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
    def _quantitative(self, text: str, base: dict) -> list[Target]:
        norm = normalise(text)
        qs = scan(text, norm)
        out: list[Target] = []
        assigned = self._list_indicators(text, norm, qs)
        prev_indicator, used = "", 0
        for i, q in enumerate(qs):
            cs = _clause_start(norm, q.num_start)
            ce = _clause_end(norm, q.end)
            prev_end = max([p.end for p in qs[:i] if p.end <= q.start and p.end > cs] + [cs, min(used, q.start)])
            nxt = qs[i + 1] if i + 1 < len(qs) else None
            pre = text[prev_end:q.start]
            if _is_start_of_change(text[cs:q.start], nxt, text, q, ce):
                prev_indicator = self._indicator(pre, text, q, nxt, ce)[0] or prev_indicator
                continue
            clause_pre = text[cs:q.start]
            names = assigned.get(i)
            if not names:
                name, used = self._indicator(pre, text, q, nxt, ce)
                names = [name or prev_indicator]
            prev_indicator = names[-1]
            kind = base["kind"]
            year = self._year(kind, text, text[cs:ce])
            stretch = "力争" in clause_pre or text.startswith("力争")
            measure = _measure(q, pre, clause_pre, names[0])
            base_value = q.value * q.multiplier
            for name in names:
                out.append(Target(name, q.value, q.value_max, q.unit, base_value, q.comparator, measure,
                                  kind, year, stretch, base["block"], base["ref"], base["start"],
                                  base["end"], base["sentence"], base["section"]))
        return out

    def _indicator(self, pre: str, text: str, q: Quantity, nxt: Quantity | None, ce: int) -> tuple[str, int]:
        """The indicator name, and where the text it used ends (an object after the number)."""
        used = 0
        raw = pre.strip(" 、，,；;：:")
        fm = _FROM_TO.search(raw)
        if fm and fm.start() > 0:  # "PM2.5年均浓度由…下降到…": the indicator comes before 由
            raw = raw[:fm.start()]
        name = clean_indicator(raw)
        if "等" in name and not name.endswith("等"):
            verb = next((v for v in d.OBJECT_VERBS if name.startswith(v) and len(v) > 1), "")
            name = verb + name[name.rfind("等") + 1:]
        if not name or name.endswith(d.OBJECT_VERBS):
            stop = min(ce, nxt.start if nxt and nxt.start > q.end else ce)
            post = text[q.end:stop]
            cut = min([post.find(c) for c in "、等" if c in post] or [len(post)])
            used = q.end + cut
            post = post[:cut][:16].strip()
            name = (name.rstrip("等") + post) if post else name
            if name in d.OBJECT_VERBS:
                name = ""
        return name[-24:], used

    def _list_indicators(self, text: str, norm: str, qs: list[Quantity]) -> dict[int, list[str]]:
        """分别 pairs a list of indicators with a list of values; 均 gives one value to each."""
        out: dict[int, list[str]] = {}
        for word_re, mode in ((re.compile("分别"), "each"), (_ALL, "all")):
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
                region = re.sub(r"(?:等|等各项|各项)?指标[，,\s]*$", "", text[cs:wm.start()])  # "A、B指标" names A, B
                items = [clean_indicator(x) for x in _LIST_SPLIT.split(region)]
                items = [x for x in items if x]
                if mode == "each":
                    if len(items) == 1 and len(after) == 2:
                        items = _expand_pair(items[0]) or items
                    if len(items) == len(after):
                        names = _share_suffix(items)
                        for idx, name in zip(after, names):
                            out[idx] = [name]
                        self._pair_following(text, norm, qs, ce, names, out)
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
            for i, name in zip(idx, names):
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
                                  base["section"]))
        return out


# ---- helpers --------------------------------------------------------------------------------

def _strip_qual(name: str) -> str:
    name = re.sub(r"^(?:要|在|使|让)", "", name)
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


def _measure(q: Quantity, pre: str, clause_pre: str, indicator: str) -> str:
    kind = d.UNITS.get(q.base_unit, d.COUNT)
    if kind == d.CHANGE:
        return d.CHANGE
    # in a value list ("增长2.8%、5%、6%") the verb sits before the first value
    tail = _VALUE_LIST_TAIL.sub("", clause_pre)[-8:]
    if kind == d.SHARE:
        to_level = bool(re.search(r"(?:到|至|为|在)\s*$", tail))
        if not to_level and any(v in tail for v in d.GROWTH_VERBS):
            return d.GROWTH
        if any(w in indicator for w in d.GROWTH_NAMES):
            return d.GROWTH
        return d.SHARE
    if re.search(r"比|较", clause_pre) and any(v in tail for v in d.CHANGE_VERBS):
        return d.CHANGE
    return kind


def _share_suffix(items: list[str]) -> list[str]:
    """["第一", "第二", "第三产业增加值"] → each gets "产业增加值"."""
    last = items[-1]
    out = []
    for it in items[:-1]:
        if len(it) <= 4 and len(it) < len(last):
            it = it + last[len(it):]
        out.append(it)
    return out + [last]


def _expand_pair(item: str) -> list[str] | None:
    for short, (a, b) in d.CONTRACTED_PAIRS.items():
        if item.startswith(short) and len(item) > len(short):
            rest = item[len(short):]
            return [a + rest, b + rest]
    return None


def _dedupe(records: list[Target]) -> list[Target]:
    """A paragraph that restates a target ("提出…控制在4%左右，考虑了…") keeps one record."""
    out: list[Target] = []
    for r in records:
        dup = any(o.kind == r.kind and o.value == r.value and o.value_max == r.value_max and o.unit == r.unit
                  and o.comparator == r.comparator and r.indicator and o.indicator
                  and (o.indicator in r.indicator or r.indicator in o.indicator) and o.start != r.start
                  for o in out)
        if not dup:
            out.append(r)
    return out


def _part_of(block: m.Block) -> m.OutlineNode | None:
    n = block.node
    while n is not None and n.parent is not None:
        n = n.parent
    return n if n is not None and n.kind == m.PART else None


def _section_of(block: m.Block) -> str:
    n = block.node
    while n is not None and n.kind == m.TOPIC:
        n = n.parent
    return n.title if n is not None else ""


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


def _goal_blocks(report: m.Report) -> dict[int, str]:
    """Blocks of the 主要预期目标 statement: "intro" for the paragraph naming it, "list" for items after it."""
    out: dict[int, str] = {}
    blocks = report.blocks
    for b in blocks:
        if b.kind != m.PARAGRAPH or not any(w in b.text for w in d.GOALS_WORDS):
            continue
        k = b.text.find("预期目标")
        if not re.match(r"[^。]{0,6}(?:是|为|如下)?\s*[：:]", b.text[k + 4:]):
            continue
        out.setdefault(b.index, "intro")
        if b.text.rstrip().endswith(("：", ":")):
            for nb in blocks[b.index + 1:b.index + 16]:
                if nb.kind != m.PARAGRAPH:
                    break
                out[nb.index] = "list"
                if nb.text.rstrip().endswith(("。", ".")):
                    break
    return out
