"""The numbers one indicator's chart plots: targets and actuals by year, in one unit.

Plain Python (no Qt) so it is tested on its own. Values are converted to the unit of the latest
target (万人 and 人 on one axis); a reduction target ("能耗下降3%") is plotted as the size of the
reduction and an actual that rose as a negative reduction, as the status rules judge them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core.pairing import Pair
from ...core.pairing_rules import Comparator, tolerance, unit_base
from ...core.target_semantics import Direction


@dataclass(frozen=True)
class TargetMark:
    year: int
    value: float
    low: float  # the band: about ± tolerance, range low–high; = value otherwise
    high: float
    comparator: str


@dataclass(frozen=True)
class ActualPoint:
    year: int
    value: float
    status: str


@dataclass(frozen=True)
class Series:
    unit: str
    reduction: bool  # plotted as the size of a reduction
    targets: list[TargetMark]
    actuals: list[ActualPoint]

    @property
    def years(self) -> list[int]:
        return sorted({t.year for t in self.targets} | {a.year for a in self.actuals})


def series(pairs: list[Pair]) -> Series:
    sides = [p.target for p in pairs if p.target is not None and p.target.value is not None]
    unit = sides[-1].unit if sides else next((p.actual.unit for p in pairs if p.actual is not None), "")
    base = unit_base(unit)
    reduction = bool(sides) and sides[-1].direction == Direction.DOWN

    def convert(value: float, written: str) -> float | None:
        ub = unit_base(written)
        return value * ub.factor / base.factor if ub.unit == base.unit and base.factor else None

    targets, actuals = [], []
    for p in pairs:
        t, a = p.target, p.actual
        if t is not None and t.value is not None:
            v = convert(t.value, t.unit)
            if v is not None:
                hi = convert(t.value_max, t.unit) if t.value_max is not None else None
                tol = tolerance(t.value) * (v / t.value if t.value else 1.0)
                if hi is not None:
                    low, high = v, hi
                elif t.comparator == Comparator.ABOUT:
                    low, high = v - tol, v + tol
                else:
                    low = high = v
                targets.append(TargetMark(p.year, v, low, high, Comparator.RANGE if hi is not None else t.comparator))
        if a is not None and a.value is not None:
            v = convert(a.value, a.unit)
            if v is not None:
                went_down = a.direction == Direction.DOWN
                signed = (-v if a.direction == Direction.UP else v) if reduction else (-v if went_down else v)
                actuals.append(ActualPoint(p.year, signed, p.status.value))
    return Series(unit, reduction, targets, actuals)
