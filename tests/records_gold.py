"""Record-level scoring of extracted targets/results against the gold written by reading.

The gold (tests/data/gold/records/{dev,heldout}/*.json, rules in SPEC.md) lists every target record
of each report and every result record of a random sample of review sentences. A gold record is
found when an extracted record lies in the sentence holding the gold quote and has the same value;
it is fully correct when value, value_max, unit, comparator, direction, period and kind agree and the
indicator holds every key word. Not a test module itself: tests and bench scripts import it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from workreport.core.parser import parse_file
from workreport.core.targets import Target, extract_targets

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold" / "records"
FIELDS = ("value_max", "unit", "comparator", "direction", "period", "kind", "indicator")
_MARKUP = re.compile(r"[*_`#>\s]|\[\^?\d+\]")


def _plain(text: str) -> str:
    return _MARKUP.sub("", text).replace("％", "%").replace("／", "/")


def _num(v):
    return None if v is None else round(float(v), 4)


@dataclass
class Score:
    gold: int = 0  # non-optional gold records
    found: int = 0
    correct: int = 0
    extracted: int = 0  # extracted records in scope (all targets; results of sampled sentences)
    spurious: int = 0
    goals_gold: int = 0
    goals_found: int = 0
    goals_canonical: int = 0
    field_errors: dict = field(default_factory=dict)
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    extra: list = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "found", "correct", "extracted", "spurious", "goals_gold", "goals_found",
                     "goals_canonical"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.field_errors.items():
            self.field_errors[k] = self.field_errors.get(k, 0) + v
        self.misses += other.misses
        self.wrong += other.wrong
        self.extra += other.extra

    @property
    def recall(self) -> float:
        return self.found / max(1, self.gold)

    @property
    def fully_correct(self) -> float:
        return self.correct / max(1, self.gold)

    @property
    def spurious_rate(self) -> float:
        return self.spurious / max(1, self.extracted)

    @property
    def goals_recall(self) -> float:
        return self.goals_found / max(1, self.goals_gold)

    @property
    def goals_canonical_share(self) -> float:
        return self.goals_canonical / max(1, self.goals_found)

    def line(self, title: str) -> str:
        return (f"{title}: {self.gold} gold records; found {self.recall:.3f}; fully correct "
                f"{self.fully_correct:.3f}; spurious {self.spurious}/{self.extracted} = {self.spurious_rate:.3f}; "
                f"goals recall {self.goals_recall:.3f} ({self.goals_gold}); canonical on goals "
                f"{self.goals_canonical_share:.3f}; field errors {dict(sorted(self.field_errors.items()))}")


def gold_files(split: str) -> list[Path]:
    return sorted((GOLD / split).glob("*.json"))


def field_errors(rec: Target, g: dict) -> list[str]:
    errs = []
    if _num(rec.value_max) != _num(g.get("value_max")):
        errs.append("value_max")
    if _plain(rec.unit) != _plain(g["unit"]):
        errs.append("unit")
    if rec.comparator != g["comparator"]:
        errs.append("comparator")
    if rec.direction != g.get("direction"):
        errs.append("direction")
    if rec.period != g["period"]:
        errs.append("period")
    if rec.kind != g["kind"]:
        errs.append("kind")
    name = _plain(rec.indicator)
    if not all(_plain(k) in name for k in g["indicator_keywords"]):
        errs.append("indicator")
    return errs


def score_file(path: Path) -> Score:
    gold = json.loads(path.read_text(encoding="utf-8"))
    report = parse_file(DATA / gold["report"])
    records = [r for r in extract_targets(report) if r.value is not None]
    plain_sentences = [_plain(r.sentence) for r in records]
    used: set[int] = set()
    sc = Score()
    sampled = [_plain(s) for s in gold.get("result_sentences", [])]

    def in_sample(i: int) -> bool:
        return any(plain_sentences[i].startswith(s[:20]) or s[:20] in plain_sentences[i] for s in sampled)

    items = [(g, "target") for g in gold["targets"]] + [(g, "result") for g in gold.get("results", [])]
    # optional records only shield extracted ones from counting as spurious
    for g, _ in sorted(items, key=lambda x: x[0].get("optional", False)):
        quote = _plain(g["quote"])
        cands = [i for i, r in enumerate(records) if i not in used and quote in plain_sentences[i]
                 and _num(r.value) == _num(g["value"])]
        if len(cands) > 1:
            keyed = [i for i in cands if not field_errors(records[i], g)]
            cands = keyed or [i for i in cands if "indicator" not in field_errors(records[i], g)] or cands
        optional = g.get("optional", False)
        if not optional:
            sc.gold += 1
            sc.goals_gold += bool(g.get("in_goals"))
        if not cands:
            if not optional:
                sc.misses.append((path.stem, g))
            continue
        i = cands[0]
        used.add(i)
        if optional:
            continue
        sc.found += 1
        rec = records[i]
        if g.get("in_goals"):
            sc.goals_found += 1
            sc.goals_canonical += bool(rec.canonical)
        errs = field_errors(rec, g)
        if errs:
            for e in errs:
                sc.field_errors[e] = sc.field_errors.get(e, 0) + 1
            sc.wrong.append((path.stem, g, rec, errs))
        else:
            sc.correct += 1
    for i, r in enumerate(records):
        if r.kind == "target" or in_sample(i):
            sc.extracted += 1
            if i not in used:
                sc.spurious += 1
                sc.extra.append((path.stem, r))
    return sc


def score_split(split: str) -> tuple[Score, dict[str, Score]]:
    total, per = Score(), {}
    for path in gold_files(split):
        per[path.stem] = s = score_file(path)
        total.add(s)
    return total, per
