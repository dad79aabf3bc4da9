"""Check the scorecard gold: JSON loads, quotes are exact substrings of the copied reports,
report years fit the pair year, and every status follows the rules in SPEC.md.

Run from the repository root:  python tests/data/gold/scorecard/validate.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "corpus-full"  # tests/data/corpus-full

POLARITY_LOWER = {"cpi", "unemployment_surveyed", "unemployment_registered", "deficit_ratio", "pm25"}
POLARITY_NEUTRAL = {"deficit", "special_bonds"}
MULTIPLIERS = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3))
STATUSES = {"met", "missed", "no_target", "not_comparable"}
COMPARATORS = {"about", "at_least", "at_most", "range", "exact"}


def polarity(indicator):
    if indicator in POLARITY_LOWER:
        return "lower"
    if indicator in POLARITY_NEUTRAL:
        return "neutral"
    return "higher"


def split_unit(unit):
    for prefix, factor in MULTIPLIERS:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return factor, unit[len(prefix):]
    return 1.0, unit


def expected_status(pair):
    target, actual = pair["target"], pair["actual"]
    if target is None:
        return "no_target"
    if actual is None or actual["value"] is None:
        return "not_comparable"
    t_factor, t_base = split_unit(target["unit"])
    a_factor, a_base = split_unit(actual["unit"])
    if t_base != a_base:
        return "not_comparable"
    x = target["value"] * t_factor
    x_max = target["value_max"] * t_factor if target["value_max"] is not None else None
    a = actual["value"] * a_factor
    if {target["direction"], actual["direction"]} == {"up", "down"}:
        a = -a  # a fall stated against a rise target (or the reverse)
    tol = max(0.05 * abs(target["value"]), 0.1) * t_factor
    eps = 1e-9
    pol = polarity(pair["indicator"])
    comp = target["comparator"]
    if comp == "at_least":
        ok = a >= x - eps
    elif comp == "at_most":
        ok = a <= x + eps
    elif comp in ("about", "exact"):
        slack = tol if comp == "about" else 0.0
        if pol == "higher":
            ok = a >= x - slack - eps
        elif pol == "lower":
            ok = a <= x + slack + eps
        else:
            ok = abs(a - x) <= tol + eps
    elif comp == "range":
        if pol == "higher":
            ok = a >= x - eps
        elif pol == "lower":
            ok = a <= x_max + eps
        else:
            ok = x - eps <= a <= x_max + eps
    else:
        raise ValueError(comp)
    return "met" if ok else "missed"


def check_file(path):
    errors = []
    doc = json.loads(path.read_text(encoding="utf-8"))
    for key in ("region", "level", "annotator_notes", "pairs"):
        if key not in doc:
            errors.append(f"missing key {key}")
    seen = set()
    for pair in doc["pairs"]:
        label = f"{pair['indicator']}/{pair['measure']}/{pair['year']}"
        if (pair["indicator"], pair["measure"], pair["year"]) in seen:
            errors.append(f"{label}: duplicate pair")
        seen.add((pair["indicator"], pair["measure"], pair["year"]))
        if pair["status"] not in STATUSES:
            errors.append(f"{label}: bad status {pair['status']}")
        for side, year_offset in (("target", 0), ("actual", 1)):
            part = pair[side]
            if part is None:
                continue
            if side == "target" and part["comparator"] not in COMPARATORS:
                errors.append(f"{label}: bad comparator")
            if side == "target" and (part["comparator"] == "range") != (part["value_max"] is not None):
                errors.append(f"{label}: value_max must be set exactly for a range")
            report = CORPUS / part["report"]
            if not report.exists():
                errors.append(f"{label}: {side} report missing {part['report']}")
                continue
            if part["quote"] not in report.read_text(encoding="utf-8"):
                errors.append(f"{label}: {side} quote not in {part['report']}: {part['quote']}")
            if f"{part['value']:g}" not in part["quote"]:
                errors.append(f"{label}: {side} value {part['value']} not in quote")
            year = int(re.search(r"(\d{4})[^/]*\.md$", part["report"]).group(1))
            if year != pair["year"] + year_offset:
                errors.append(f"{label}: {side} from a report of {year}")
        want = expected_status(pair)
        if pair["status"] != want:
            errors.append(f"{label}: status {pair['status']} but rules give {want}")
    return doc, errors


def main():
    failed = False
    for path in sorted(HERE.glob("*.json")):
        doc, errors = check_file(path)
        counts = Counter(p["status"] for p in doc["pairs"])
        print(f"{path.name}: {len(doc['pairs'])} pairs {dict(sorted(counts.items()))}")
        for error in errors:
            print("  ERROR", error)
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
