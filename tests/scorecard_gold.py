"""Scoring the scorecard against the gold written by reading (tests/data/gold/scorecard/*.json).

A gold pair is keyed by (indicator, measure class, year). Ours are compared on the keys the gold
covers (its indicators and measures, its years):
- pairing precision: of our pairs with a target and an actual, the share whose target and actual
  figures equal the gold's (after unit conversion);
- pairing recall: of the gold pairs with a target and an actual, the share we found so;
- status accuracy: of all gold pairs, the share whose status we give too.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold" / "scorecard"
CORPUS = DATA / "corpus-full"
sys.path.insert(0, str(ROOT / "desktop"))

from workreport.core.pairing_rules import measure_class, unit_base  # noqa: E402


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def report_files(gold: dict, corpus: Path = CORPUS) -> list[Path]:
    """Every report of the gold's region: all files in the folders its pairs cite."""
    folders = {(corpus / side["report"]).parent for p in gold["pairs"] for side in (p["target"], p["actual"]) if side}
    return sorted(f for d in folders for f in d.iterdir() if f.suffix in (".md", ".txt", ".html"))


def key(indicator: str, measure: str, year: int) -> tuple:
    mc = measure_class(measure)
    return indicator, mc.value if mc else measure, year


def _same(a_value, a_unit, b_value, b_unit) -> bool:
    if a_value is None or b_value is None:
        return a_value is None and b_value is None
    ua, ub = unit_base(a_unit), unit_base(b_unit)
    if ua.unit != ub.unit:
        return False
    return math.isclose(a_value * ua.factor, b_value * ub.factor, rel_tol=1e-6, abs_tol=1e-9)


def target_agrees(ours: dict | None, gold: dict | None) -> bool:
    if ours is None or gold is None:
        return ours is None and gold is None
    return (_same(ours["value"], ours["unit"], gold["value"], gold["unit"])
            and _same(ours.get("value_max"), ours["unit"], gold.get("value_max"), gold["unit"]))


def actual_agrees(ours: dict | None, gold: dict | None) -> bool:
    if ours is None or gold is None:
        return ours is None and gold is None
    return _same(ours["value"], ours["unit"], gold["value"], gold["unit"])


@dataclass
class Score:
    ours_paired: int = 0  # our pairs with both sides, on gold keys
    correct_paired: int = 0
    gold_paired: int = 0
    found_paired: int = 0
    gold_all: int = 0
    status_right: int = 0
    target_right: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for f in ("ours_paired", "correct_paired", "gold_paired", "found_paired", "gold_all", "status_right",
                  "target_right"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.problems += other.problems

    @property
    def precision(self) -> float:
        return self.correct_paired / self.ours_paired if self.ours_paired else 1.0

    @property
    def recall(self) -> float:
        return self.found_paired / self.gold_paired if self.gold_paired else 1.0

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.gold_all if self.gold_all else 1.0

    @property
    def target_accuracy(self) -> float:
        return self.target_right / self.gold_all if self.gold_all else 1.0

    def line(self, label: str) -> str:
        return (f"{label}: pairing precision {self.precision:.3f} ({self.correct_paired}/{self.ours_paired}), "
                f"recall {self.recall:.3f} ({self.found_paired}/{self.gold_paired}), status accuracy "
                f"{self.status_accuracy:.3f} ({self.status_right}/{self.gold_all}), targets "
                f"{self.target_accuracy:.3f}")


def score(gold: dict, ours: list[dict], label: str = "") -> Score:
    """`ours`: Pair.to_dict() of the region's pairs."""
    gold_by_key = {key(p["indicator"], p["measure"], p["year"]): p for p in gold["pairs"]}
    covered = {(k[0], k[1]) for k in gold_by_key}
    years = {k[2] for k in gold_by_key}
    ours_by_key = {}
    for p in ours:
        k = key(p["indicator"], p["measure"], p["year"])
        if (k[0], k[1]) in covered and k[2] in years:
            ours_by_key.setdefault(k, p)
    s = Score()
    for k, p in ours_by_key.items():
        if p["target"] is None or p["actual"] is None:
            continue
        s.ours_paired += 1
        g = gold_by_key.get(k)
        if g and target_agrees(p["target"], g["target"]) and actual_agrees(p["actual"], g["actual"]):
            s.correct_paired += 1
        else:
            s.problems.append(f"{label} {k}: extra/wrong pair ours {_brief(p)} gold {_brief(g)}")
    for k, g in gold_by_key.items():
        s.gold_all += 1
        p = ours_by_key.get(k)
        if p is not None and target_agrees(p["target"], g["target"]):
            s.target_right += 1
        if p is not None and p["status"] == g["status"]:
            s.status_right += 1
        elif not (p is not None and p["target"] and p["actual"] and (k not in ours_by_key)):
            s.problems.append(f"{label} {k}: status ours {p and p['status']} gold {g['status']}: "
                              f"ours {_brief(p)} gold {_brief(g)}")
        if g["target"] is None or g["actual"] is None:
            continue
        s.gold_paired += 1
        if p is not None and target_agrees(p["target"], g["target"]) and actual_agrees(p["actual"], g["actual"]):
            s.found_paired += 1
    return s


def _brief(p: dict | None) -> str:
    if p is None:
        return "—"
    t, a = p.get("target"), p.get("actual")
    ts = f"{t['value']}{'-' + str(t['value_max']) if t.get('value_max') is not None else ''}{t['unit']} " \
         f"{t['comparator']}" if t else "None"
    as_ = f"{a['value']}{a['unit']}" if a else "None"
    return f"[{ts} → {as_} {p.get('status')}]"
