"""Gold comparison helpers shared by the target tests (not a test module itself)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from workreport.core import model as m

DATA = Path(__file__).resolve().parent / "data"


def key(rec, with_comparator=False):
    value = None if rec["value"] is None else round(float(rec["value"]), 4)
    vmax = None if rec.get("value_max") is None else round(float(rec["value_max"]), 4)
    k = (value, vmax, rec["unit"])
    return k + (rec["comparator"],) if with_comparator else k


def score(extracted: list[dict], gold: list[dict], with_comparator=False):
    """Precision, recall and the misses of a multiset match."""
    ex = Counter(key(r, with_comparator) for r in extracted)
    gd = Counter(key(r, with_comparator) for r in gold)
    hit = sum((ex & gd).values())
    precision = hit / max(1, sum(ex.values()))
    recall = hit / max(1, sum(gd.values()))
    false_pos = ex - gd
    missed = gd - ex
    fp = [r for r in extracted if false_pos[key(r, with_comparator)] > 0]
    fn = [r for r in gold if missed[key(r, with_comparator)] > 0]
    return precision, recall, fp, fn


def part_blocks(report: m.Report, number: int) -> set[int]:
    parts = [n for n in report.outline if n.kind == m.PART]
    part = parts[number - 1]
    out = set()
    for b in report.blocks:
        n = b.node
        while n is not None and n.parent is not None:
            n = n.parent
        if n is part:
            out.add(b.index)
    return out


def load(name: str) -> dict:
    return json.loads((DATA / "gold" / name).read_text(encoding="utf-8"))


def corpus_gold_files():
    return sorted((DATA / "gold" / "targets").glob("*.json"))


def _brief(r) -> str:
    return f"{r.get('indicator')} {r['value']}{r['unit']} {r.get('comparator')}"


def show(title, fp, fn):
    lines = [title]
    lines += [f"  false positive: {_brief(r)} | {(r.get('sentence') or r.get('quote') or '')[:80]}" for r in fp]
    lines += [f"  missed: {_brief(r)} | {r.get('quote', '')[:80]}" for r in fn]
    print("\n".join(lines))
