"""Is a target met? The status rules of the scorecard, over plain numbers and units.

A pair is a target stated for year Y and the figure for Y stated in the next report.

Units: the multiplier is part of the unit as written ("1000万人", "1.3万亿斤"); both sides are
converted to a common base before comparing (万 10^4, 亿 10^8, 万亿 10^12, 千万, 百万; 斤, 公斤,
吨 and 克 to kilograms; ‰ to %). Units of different families (% vs 个百分点, 元 vs 美元,
人 vs 元) cannot be compared.

Direction: a growth or change figure has a direction (up / down). A reduction target
("能耗下降3%") is judged on the size of the reduction, a bigger reduction being better; an
actual that went the other way counts as a negative reduction. Otherwise an actual "下降0.7%"
counts as -0.7.

Status, with polarity (higher: more is better, lower: less is better, neutral: closer is
better) and tol = max(ABOUT_SHARE × |X|, ABOUT_FLOOR) in the target's unit, i.e. 5% of the
target but at least 0.1:
- at_least X: met if actual ≥ X;       at_most X: met if actual ≤ X;
- about X:    higher → actual ≥ X − tol; lower → actual ≤ X + tol; neutral → |actual − X| ≤ tol;
- range a–b:  higher → actual ≥ a;       lower → actual ≤ b;       neutral → a ≤ actual ≤ b;
- exact X:    higher → actual ≥ X;       lower → actual ≤ X;       neutral → |actual − X| ≤ tol;
- otherwise missed. No actual, or units/measures that cannot be compared: not_comparable.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

ABOUT_SHARE = 0.05  # "about X" tolerates 5% of X …
ABOUT_FLOOR = 0.1  # … but at least 0.1 in the target's unit (7.5% about → ±0.375; 2% → ±0.1)
_EPS = 1e-9  # float noise after unit conversion (1.3万亿 vs 13000亿)


class Status(enum.StrEnum):
    MET = "met"
    MISSED = "missed"
    NO_TARGET = "no_target"
    NOT_COMPARABLE = "not_comparable"


class Polarity(enum.StrEnum):
    HIGHER = "higher"
    LOWER = "lower"
    NEUTRAL = "neutral"


class Comparator(enum.StrEnum):
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"
    EXACT = "exact"


class MeasureClass(enum.StrEnum):
    """What kind of number a record is; only numbers of one class compare."""
    GROWTH = "growth"  # a rate of change, in %
    SHARE = "share"  # a share or a rate that is itself the level (失业率 4.5%)
    AMOUNT = "amount"  # a level or a count (亿元, 万人)
    CHANGE = "change"  # a change in points or amount (提高2个百分点)


_MEASURE_CLASS = {"growth": MeasureClass.GROWTH, "share": MeasureClass.SHARE, "level": MeasureClass.AMOUNT,
                  "count": MeasureClass.AMOUNT, "change": MeasureClass.CHANGE}


def measure_class(measure: str) -> MeasureClass | None:
    return _MEASURE_CLASS.get(measure or "")


# ---- units -----------------------------------------------------------------------------------

_MULTIPLIERS = (("万亿", 10 ** 12), ("千万", 10 ** 7), ("百万", 10 ** 6), ("万", 10 ** 4), ("亿", 10 ** 8))
# Base units that are one measure written differently: unit → (common unit, factor to it).
_SAME_MEASURE = {
    "‰": ("%", 0.1), "百分点": ("个百分点", 1.0),
    "斤": ("公斤", 0.5), "千克": ("公斤", 1.0), "克": ("公斤", 0.001), "吨": ("公斤", 1000.0),
    "千米": ("公里", 1.0), "平方千米": ("平方公里", 1.0), "名": ("人", 1.0), "标箱": ("标准箱", 1.0),
    "吨标煤": ("吨标准煤", 1.0),
}


@dataclass(frozen=True)
class UnitBase:
    unit: str  # the common unit ("人", "公斤", "%")
    factor: float  # multiply a value written in the original unit by this


@lru_cache(maxsize=4096)
def unit_base(unit: str) -> UnitBase:
    """"1000万人" → 人 × 10^4; "1.3万亿斤" → 公斤 × 0.5·10^12; "%" → % × 1."""
    u = unicodedata.normalize("NFKC", unit or "").strip()
    factor = 1.0
    stripped = True
    while stripped:
        stripped = False
        for prefix, mult in _MULTIPLIERS:
            if u.startswith(prefix) and len(u) > len(prefix):
                u, factor, stripped = u[len(prefix):], factor * mult, True
                break
    common, k = _SAME_MEASURE.get(u, (u, 1.0))
    return UnitBase(common, factor * k)


def comparable_units(a: str, b: str) -> bool:
    return unit_base(a).unit == unit_base(b).unit


# ---- judging ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Figure:
    """One side of a pair, as the rules need it."""
    value: float | None  # None: a record without a number (it compares with nothing)
    unit: str
    comparator: str = Comparator.EXACT.value
    value_max: float | None = None
    measure: str = ""
    direction: str = ""  # up / down / level


def tolerance(target_value: float) -> float:
    """The slack of "about X", in X's own unit."""
    return max(ABOUT_SHARE * abs(target_value), ABOUT_FLOOR)


def comparable(target: Figure, actual: Figure) -> bool:
    """Same kind of number (growth vs level vs share vs change) in units of one measure."""
    tm, am = measure_class(target.measure), measure_class(actual.measure)
    if tm is not None and am is not None and tm != am:
        return False
    if tm is MeasureClass.AMOUNT and (target.direction == "down") != (actual.direction == "down"):
        return False  # a level ("控制在50万人") and a reduction ("减少50万人") are different numbers
    return comparable_units(target.unit, actual.unit)


def _signed(value: float, direction: str) -> float:
    return -value if direction == "down" else value


def judge(target: Figure | None, actual: Figure | None, polarity: Polarity | str = Polarity.HIGHER) -> Status:
    """met / missed / not_comparable for a stated target (None: no target set → no_target)."""
    if target is None:
        return Status.NO_TARGET
    if actual is None or target.value is None or actual.value is None or not comparable(target, actual):
        return Status.NOT_COMPARABLE
    polarity = Polarity(polarity)
    tb, ab = unit_base(target.unit), unit_base(actual.unit)
    lo = target.value * tb.factor
    hi = target.value_max * tb.factor if target.value_max is not None else None
    tol = tolerance(target.value) * tb.factor
    act = actual.value * ab.factor
    if target.direction == "down":
        # a reduction target: compare sizes of reduction; a rise is a negative reduction
        act = actual.value * ab.factor if actual.direction != "up" else -actual.value * ab.factor
        if polarity is not Polarity.NEUTRAL:
            polarity = Polarity.HIGHER
    else:
        act = _signed(act, actual.direction)
    return Status.MET if _meets(target.comparator, lo, hi, tol, act, polarity) else Status.MISSED


def _meets(comparator: str, lo: float, hi: float | None, tol: float, act: float, polarity: Polarity) -> bool:
    eps = _EPS * max(1.0, abs(lo), abs(act))
    if hi is not None and hi != lo:
        comparator = Comparator.RANGE.value
    if comparator == Comparator.AT_LEAST:
        return act >= lo - eps
    if comparator == Comparator.AT_MOST:
        return act <= lo + eps
    if comparator == Comparator.RANGE and hi is not None:
        if polarity is Polarity.HIGHER:
            return act >= lo - eps
        if polarity is Polarity.LOWER:
            return act <= hi + eps
        return lo - eps <= act <= hi + eps
    slack = tol if comparator == Comparator.ABOUT else 0.0
    if polarity is Polarity.HIGHER:
        return act >= lo - slack - eps
    if polarity is Polarity.LOWER:
        return act <= lo + slack + eps
    return abs(act - lo) <= tol + eps
