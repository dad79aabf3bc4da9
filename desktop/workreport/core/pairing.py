"""The scorecard: each target of year Y paired with the result for Y in the next year's report.

Inputs are plain: one `ReportInput` per report (region, level, year, path, the target records
as dicts — `Target.to_dict()` or the same JSON from the library — and the explicitly absent
targets). Nothing here parses a file.

Pairing, for the reports of one region sorted by year:
- the targets of report Y are its records of kind target for year Y over a single year (never a
  multi-year period or a sub-area); per (indicator, measure class) one is kept: the one in the
  主要预期目标 statement first, the floor before a stretch (力争), then the first in the text;
- the indicator is the canonical id of the vocabulary (the record's own, else matched from its
  name, unit and sentence), otherwise a normalised name;
- its actual is a result for Y over a single year in report Y+1, of the same id (or, failing one,
  a confident name match: equal, or one name containing the other and most of it), of a measure
  and unit that compare (pairing_rules.comparable); a figure stated exactly wins over one with
  以上/以内 (five-year totals are rounded so), "about" comes last, then the first in the text;
  a level more than 3× or under ⅓ of its level target counts something else and is passed over;
- with no comparable actual, a result of the same id in the other measure (a growth targeted,
  only the level reported) is shown beside the target, not_comparable;
- a target the report explicitly does not set ("没有提出全年经济增速具体目标") is no_target;
- a year whose next report is missing (a gap, or the last year) leaves its targets
  not_comparable.
Targets of names outside the vocabulary are kept only when paired (they are many, most one-off).
Statuses follow pairing_rules.judge (its docstring has the tolerance).
"""

from __future__ import annotations

import enum
import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .kinds import RecordKind
from .pairing_rules import Figure, MeasureClass, Polarity, Status, comparable, judge, measure_class, unit_base

log = logging.getLogger(__name__)

TARGET, RESULT = RecordKind.TARGET, RecordKind.RESULT
# "今年发展的主要预期目标是：", "主要目标为：" — a statement of the goals, not "超过预期目标"
_GOAL_STATEMENT = re.compile(r"(?:预期|主要)目标(?:是|为|如下|确定为)?\s*[：:]|(?:预期|主要)目标(?:是|为)")
# A level more than this many times its target, or less than its inverse, counts something else
# (a five-year total, another scope): never the year's actual.
_AMOUNT_RATIO = 3.0
# A growth targeted, a level reported (or the reverse): shown with the target, not comparable.
_STATED_INSTEAD: dict[MeasureClass | None, MeasureClass] = {MeasureClass.GROWTH: MeasureClass.AMOUNT,
                                                             MeasureClass.AMOUNT: MeasureClass.GROWTH}
_NAME_LEAD = re.compile(r"^(?:全省|全市|全区|全县|全州|全盟|全旗|全国|我省|我市|我区|我县|本省|本市|本区"
                        r"|全年|今年|去年|上年|但|而|并|且|其中|同时|预计|实现|完成)+")
_NAME_TAIL = re.compile(r"(?:预期目标|预期|目标|指标|计划)+$")
_MIN_NAME = 3  # a name shorter than this never pairs by name alone
_MIN_RUN_ON = 4  # a run-on name ("粮食产量首次跃上") is longer than the shortest synonym in running text
_NAME_COVER = 0.6  # the shorter name must be this share of the longer one


class Reason(enum.StrEnum):
    """Why a pair is not judged; "" when it is."""
    JUDGED = ""
    TARGET_NOT_SET = "target_not_set"
    NO_NEXT_REPORT = "no_next_report"
    NO_ACTUAL = "no_actual"
    INCOMPARABLE = "incomparable"


@dataclass
class ReportInput:
    region: str
    level: str
    year: int | None  # None: neither the text nor the path tells
    path: str  # the report file, as it should be named in references
    records: list[dict]
    absent: list[dict] = field(default_factory=list)  # pairing_input.find_absent_targets


@dataclass
class Side:
    """A target or an actual, with the sentence it comes from."""
    value: float | None
    value_max: float | None
    unit: str
    comparator: str
    measure: str
    direction: str
    name: str  # the indicator as written
    report: str  # file
    ref: str  # paragraph reference (§2¶3)
    sentence: str
    start: int
    end: int

    @classmethod
    def of(cls, rec: dict, report: str) -> Side:
        return cls(rec.get("value"), rec.get("value_max"), rec.get("unit") or "", rec.get("comparator") or "",
                   rec.get("measure") or "", rec.get("direction") or "", rec.get("indicator") or "", report,
                   rec.get("ref") or rec.get("paragraph") or "", rec.get("sentence") or "",
                   int(rec.get("start") or 0), int(rec.get("end") or 0))

    def figure(self) -> Figure:
        return Figure(self.value, self.unit, self.comparator or "exact", self.value_max, self.measure, self.direction)

    @property
    def link(self) -> str:
        """"national/2014.md#§2¶3": the report file and the paragraph."""
        return f"{self.report}#{self.ref}" if self.ref else self.report


@dataclass
class Pair:
    region: str
    level: str
    year: int
    indicator: str  # canonical id, or the normalised name for names outside the vocabulary
    name: str
    name_en: str
    measure: str  # MeasureClass value
    polarity: str
    target: Side | None
    actual: Side | None
    status: Status
    reason: Reason = Reason.JUDGED
    canonical: bool = True
    absent: Side | None = None  # for no_target: the sentence saying no target is set

    def to_dict(self) -> dict:
        """The `workreport scorecard --json` shape."""
        t, a = self.target, self.actual
        return {
            "indicator": self.indicator, "name": self.name, "name_en": self.name_en, "year": self.year,
            "region": self.region, "level": self.level, "measure": self.measure,
            "target": None if t is None else {
                "value": t.value, "value_max": t.value_max, "unit": t.unit, "comparator": t.comparator,
                "direction": t.direction, "ref": t.link, "sentence": t.sentence},
            "actual": None if a is None else {
                "value": a.value, "unit": a.unit, "comparator": a.comparator, "direction": a.direction,
                "ref": a.link, "sentence": a.sentence},
            "status": self.status.value, "reason": self.reason.value,
            **({"absent": {"ref": self.absent.link, "sentence": self.absent.sentence}} if self.absent else {}),
        }


# ---- indicator names -------------------------------------------------------------------------

class IndicatorNames:
    """Canonical ids, display names and polarity, from the vocabulary when it loads."""

    def __init__(self, vocabulary=None):
        if vocabulary is None:
            vocabulary = _load_vocabulary()
        self.vocab = vocabulary
        self._leading_memo: dict[tuple[str, str], str] = {}

    def canonical(self, rec: dict) -> str:
        cid = rec.get("canonical") or ""
        if cid or self.vocab is None:
            return cid
        name, unit = rec.get("indicator") or "", rec.get("unit") or ""
        if "canonical" in rec:  # the extractor has matched it already: only run-on names are left
            return self._leading(name, unit) if len(name) > _MIN_RUN_ON else ""
        hit = self.vocab.match(name, unit, rec.get("sentence") or "")
        return hit.id if hit is not None else self._leading(name, unit)

    def _leading(self, name: str, unit: str) -> str:
        """A name that opens with one indicator and then runs on ("粮食产量首次跃上"): that one."""
        key = (name, unit)
        if key not in self._leading_memo:
            self._leading_memo[key] = self._leading_uncached(name, unit)
        return self._leading_memo[key]

    def _leading_uncached(self, name: str, unit: str) -> str:
        vocab = self.vocab
        if vocab is None:
            return ""
        found = vocab.find_all(name_key(name))
        ids = {ind.id for _s, _e, ind in found}
        if len(ids) != 1 or found[0][0] != 0:
            return ""
        cid = ids.pop()
        return cid if vocab.fits(cid, vocab.unit_family(unit)) else ""

    def match_name(self, name: str, unit: str = "", context: str = "") -> str:
        if self.vocab is None:
            return ""
        hit = self.vocab.match(name, unit, context)
        return hit.id if hit is not None else ""

    def describe(self, cid: str) -> tuple[str, str, Polarity]:
        """(zh, en, polarity) of a canonical id."""
        if self.vocab is None:
            return cid, "", Polarity.HIGHER
        try:
            ind = self.vocab.by_id(cid)
        except KeyError:
            return cid, "", Polarity.HIGHER
        return ind.zh, ind.en, Polarity(getattr(ind.polarity, "value", ind.polarity))


def _load_vocabulary():
    try:
        from .indicators import load_vocabulary
        return load_vocabulary()
    except (ImportError, OSError, ValueError) as exc:  # no vocabulary: pair by name only
        log.warning("indicator vocabulary unavailable (%s): pairing by name only", exc)
        return None


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name reduced for matching: no scope words (全市, 全年), no 预期/目标 tails."""
    t = unicodedata.normalize("NFKC", name or "")
    t = re.sub(r"\s+|[“”\"‘’'《》]", "", t)
    t = _NAME_LEAD.sub("", t)
    return _NAME_TAIL.sub("", t)


def names_match(a: str, b: str) -> bool:
    """Equal, or one contains the other and is most of it ("进出口" / "进出口总额")."""
    return _keys_match(name_key(a), name_key(b))


def _keys_match(a: str, b: str) -> bool:
    if len(a) < _MIN_NAME or len(b) < _MIN_NAME:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= _NAME_COVER * len(long_) and short in long_


# ---- records ---------------------------------------------------------------------------------

@dataclass
class _Rec:
    rec: dict
    cid: str  # canonical id or ""
    key: str  # cid or the name key
    mclass: MeasureClass | None
    order: int
    nkey: str = ""  # the name key, also for records with an id

    def __post_init__(self):
        self.nkey = self.nkey or name_key(self.rec.get("indicator") or "")
        self._figure: Figure | None = None

    @property
    def figure(self) -> Figure:
        if self._figure is None:
            self._figure = Side.of(self.rec, "").figure()
        return self._figure

    @property
    def value(self) -> float:
        return self.rec["value"]  # usable_record keeps only records with a value


_KEPT_FIELDS = ("kind", "year", "period", "indicator", "value", "value_max", "unit", "comparator", "measure",
                "direction", "ref", "sentence", "start", "end", "block", "stretch", "canonical", "scope")


def usable_record(rec: dict) -> dict | None:
    """The fields pairing reads, for a record it can use (a number over one year, no sub-area);
    None otherwise. Keeps what crosses process boundaries small."""
    if rec.get("kind") not in (TARGET, RESULT) or rec.get("value") is None or rec.get("scope"):
        return None
    if "-" in (rec.get("period") or ""):
        return None
    return {k: rec[k] for k in _KEPT_FIELDS if k in rec}


def _single_year(rec: dict, year: int) -> bool:
    if rec.get("year") != year or rec.get("value") is None or rec.get("scope"):
        return False
    period = rec.get("period") or ""
    return period in ("", str(year))


def _wrap(records: Iterable[dict], kind: str, year: int, names: IndicatorNames) -> list[_Rec]:
    out = []
    for i, rec in enumerate(records):
        if rec.get("kind") != kind or not _single_year(rec, year):
            continue
        cid = names.canonical(rec)
        nkey = name_key(rec.get("indicator") or "")
        key = cid or nkey
        if not key:
            continue
        out.append(_Rec(rec, cid, key, measure_class(rec.get("measure") or ""), i, nkey))
    return out


def _goal_blocks(records: list[dict]) -> set:
    return {r.get("block") for r in records if _GOAL_STATEMENT.search(r.get("sentence") or "")}


def best_targets(report: ReportInput, names: IndicatorNames) -> dict[tuple[str, MeasureClass | None], _Rec]:
    """One target per (indicator, measure class): goals statement first, floor before stretch, first."""
    best: dict[tuple[str, MeasureClass | None], _Rec] = {}
    if report.year is None:  # a target needs the year it is for
        return best
    goals = _goal_blocks(report.records)
    rank = {}
    for r in _wrap(report.records, TARGET, report.year, names):
        k = (r.key, r.mclass)
        score = (r.rec.get("block") not in goals, bool(r.rec.get("stretch")), r.rec.get("start") or 0, r.order)
        if k not in best or score < rank[k]:
            best[k], rank[k] = r, score
    return best


class Pool:
    """The results of one year in the next report, indexed by id and by name bigrams."""

    def __init__(self, recs: list[_Rec]):
        self.by_cid: dict[str, list[_Rec]] = defaultdict(list)
        self._containing: dict[str, list[_Rec]] = defaultdict(list)  # bigram → names containing it
        self._opening: dict[str, list[_Rec]] = defaultdict(list)  # bigram → names opening with it
        for r in recs:
            self.by_cid[r.cid].append(r)
            if len(r.nkey) >= _MIN_NAME:
                for gram in {r.nkey[i:i + 2] for i in range(len(r.nkey) - 1)}:
                    self._containing[gram].append(r)
                self._opening[r.nkey[:2]].append(r)

    def same(self, target: _Rec) -> list[_Rec]:
        """Same id, or (for a record without one on either side) a confident name match."""
        named = self._named(target.nkey)
        if target.cid:
            return list(self.by_cid.get(target.cid, ())) + [a for a in named if not a.cid]
        return named

    def _named(self, nkey: str) -> list[_Rec]:
        if len(nkey) < _MIN_NAME:
            return []
        # a longer name contains the target's opening bigram; a shorter one opens with one of its bigrams
        cands = {id(a): a for a in self._containing.get(nkey[:2], ())}
        for gram in {nkey[i:i + 2] for i in range(len(nkey) - 1)}:
            cands.update((id(a), a) for a in self._opening.get(gram, ()))
        return sorted((a for a in cands.values() if _keys_match(nkey, a.nkey)), key=lambda a: a.order)


def best_actual(target: _Rec, pool: Pool) -> tuple[_Rec | None, bool]:
    """The result that states the target's figure: same id or a confident name, comparable; the
    first in the text, a figure stated exactly before one with 以上/以内, "about" last. Failing a
    comparable one, the first result of the same id (growth targeted, level reported): (it, False)."""
    def rank(a: _Rec):
        comp = a.rec.get("comparator") or "exact"
        return comp != "exact", comp == "about", a.rec.get("start") or 0, a.order

    same_id = pool.same(target)
    cands = [a for a in same_id if comparable(target.figure, a.figure) and _plausible(target.figure, a)]
    if cands:
        return min(cands, key=rank), True
    swap = _STATED_INSTEAD.get(target.mclass)
    others = [a for a in same_id if a.cid and a.mclass is swap]
    return (min(others, key=rank), False) if others else (None, False)


def _plausible(target: Figure, actual: _Rec) -> bool:
    if not target.value or measure_class(target.measure) is not MeasureClass.AMOUNT:  # None or 0
        return True
    tb, ab = unit_base(target.unit), unit_base(actual.rec.get("unit") or "")
    ratio = (actual.value * ab.factor) / (target.value * tb.factor)
    return 1 / _AMOUNT_RATIO <= ratio <= _AMOUNT_RATIO


# ---- the scorecard ---------------------------------------------------------------------------

def missing_years(years: Iterable[int]) -> list[int]:
    """Years without a report between the first and the last."""
    ys = sorted(set(years))
    if not ys:
        return []
    have = set(ys)
    return [y for y in range(ys[0], ys[-1] + 1) if y not in have]


def _by_year(reports: Iterable[ReportInput]) -> dict[int, ReportInput]:
    """One report per year; two for one year (a duplicate file) keep the one with more records."""
    out: dict[int, ReportInput] = {}
    for r in reports:
        if r.year is None:
            continue
        if r.year not in out or len(r.records) > len(out[r.year].records):
            out[r.year] = r
    return out


def score_region(reports: Iterable[ReportInput], names: IndicatorNames | None = None,
                 keep_unpaired_names: bool = False) -> list[Pair]:
    """All pairs of one region's reports, ordered by year then indicator."""
    names = names or IndicatorNames()
    by_year = _by_year(reports)
    pairs: list[Pair] = []
    for year in sorted(by_year):
        rep, nxt = by_year[year], by_year.get(year + 1)
        pool = Pool(_wrap(nxt.records, RESULT, year, names) if nxt else [])
        absent = _absent_keys(rep, names)
        for (key, mclass), t in best_targets(rep, names).items():
            if (key, mclass) in absent:
                continue
            actual, _ok = best_actual(t, pool)
            if not t.cid and actual is None and not keep_unpaired_names:
                continue
            pairs.append(_pair(rep, nxt, t, actual, names))
        for (key, mclass), rec in absent.items():
            probe = _Rec({"indicator": rec.get("name", ""), "measure": mclass.value if mclass else "",
                          "unit": "%" if mclass in (MeasureClass.GROWTH, MeasureClass.SHARE) else ""},
                         key, key, mclass, 0, name_key(rec.get("name", "")))
            actual, _ok = best_actual(probe, pool)
            pairs.append(_absent_pair(rep, nxt, key, mclass, rec, actual, names))
    pairs.sort(key=lambda p: (p.year, not p.canonical, p.indicator, p.measure))
    return pairs


def _absent_keys(rep: ReportInput, names: IndicatorNames) -> dict[tuple[str, MeasureClass | None], dict]:
    out = {}
    for rec in rep.absent:
        cid = rec.get("canonical") or names.match_name(rec.get("name", ""), "", rec.get("sentence", ""))
        if cid:
            out.setdefault((cid, measure_class(rec.get("measure") or "growth")), rec)
    return out


def _describe(names: IndicatorNames, cid: str, written: str) -> tuple[str, str, Polarity]:
    if cid:
        return names.describe(cid)
    return written, "", Polarity.HIGHER


def _pair(rep: ReportInput, nxt: ReportInput | None, t: _Rec, actual: _Rec | None,
          names: IndicatorNames) -> Pair:
    assert rep.year is not None  # _by_year leaves out reports without a year
    zh, en, polarity = _describe(names, t.cid, t.rec.get("indicator") or "")
    target = Side.of(t.rec, rep.path)
    act = Side.of(actual.rec, nxt.path) if actual is not None and nxt is not None else None
    status = judge(target.figure(), act.figure() if act else None, polarity)
    if nxt is None:
        reason = Reason.NO_NEXT_REPORT
    elif act is None:
        reason = Reason.NO_ACTUAL
    else:
        reason = Reason.JUDGED if status in (Status.MET, Status.MISSED) else Reason.INCOMPARABLE
    return Pair(rep.region, rep.level, rep.year, t.key, zh, en, t.mclass.value if t.mclass else "",
                polarity.value, target, act, status, reason, canonical=bool(t.cid))


def _absent_pair(rep: ReportInput, nxt: ReportInput | None, cid: str, mclass: MeasureClass | None, rec: dict,
                 actual: _Rec | None, names: IndicatorNames) -> Pair:
    assert rep.year is not None  # _by_year leaves out reports without a year
    zh, en, polarity = names.describe(cid)
    stated = Side(None, None, "", "", mclass.value if mclass else "", "", rec.get("name", ""), rep.path,
                  rec.get("ref", ""), rec.get("sentence", ""), int(rec.get("start") or 0), int(rec.get("end") or 0))
    act = Side.of(actual.rec, nxt.path) if actual is not None and nxt is not None else None
    return Pair(rep.region, rep.level, rep.year, cid, zh, en, mclass.value if mclass else "", polarity.value,
                None, act, Status.NO_TARGET, Reason.TARGET_NOT_SET, absent=stated)


def score_panel(reports: Iterable[ReportInput], names: IndicatorNames | None = None,
                indicators: Iterable[str] | None = None) -> list[Pair]:
    """Pairs of many regions: reports grouped by (region, level)."""
    names = names or IndicatorNames()
    groups: dict[tuple[str, str], list[ReportInput]] = defaultdict(list)
    for r in reports:
        groups[(r.region, r.level)].append(r)
    wanted = set(indicators or ())
    out = []
    for (region, level) in sorted(groups):
        for p in score_region(groups[(region, level)], names):
            if not wanted or p.indicator in wanted:
                out.append(p)
    return out


# ---- the research panel (long format) --------------------------------------------------------

PANEL_COLUMNS = ["region", "level", "year", "indicator", "name", "name_en", "measure",
                 "target_value", "target_value_max", "target_unit", "comparator", "target_direction",
                 "actual_value", "actual_unit", "actual_direction", "status", "reason",
                 "target_ref", "actual_ref", "target_sentence", "actual_sentence"]


def panel_row(p: Pair) -> dict:
    t, a = p.target, p.actual
    stated = t or p.absent
    return {
        "region": p.region, "level": p.level, "year": p.year, "indicator": p.indicator, "name": p.name,
        "name_en": p.name_en, "measure": p.measure,
        "target_value": t.value if t else None, "target_value_max": t.value_max if t else None,
        "target_unit": t.unit if t else "", "comparator": t.comparator if t else "",
        "target_direction": t.direction if t else "",
        "actual_value": a.value if a else None, "actual_unit": a.unit if a else "",
        "actual_direction": a.direction if a else "", "status": p.status.value, "reason": p.reason.value,
        "target_ref": stated.link if stated else "", "actual_ref": a.link if a else "",
        "target_sentence": stated.sentence if stated else "", "actual_sentence": a.sentence if a else "",
    }


def panel_rows(pairs: Iterable[Pair]) -> list[dict]:
    return [panel_row(p) for p in pairs]
