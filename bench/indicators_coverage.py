"""How much of the 主要预期目标 statements the indicator vocabulary covers, and how fast it matches.

Usage: python bench/indicators_coverage.py [CORPUS_DIR] [--jobs N] [--limit N] [--top N]

A goal paragraph is one with 预期目标 followed within a few characters by 是/为/：, plus the list
items that follow it when it ends with a colon. Over the extract_targets records of those
paragraphs it prints: the number of records, the share matched to a canonical id (all records and
quantitative ones), the top unmatched names, how often each id occurs (share of reports' goal
statements; the vocabulary keeps every concept at >= 1%), the phrases a plain clause scanner finds
that the vocabulary does not know, and the time per 1,000 matches (cold: a fresh vocabulary; warm:
names seen before) against a plain dict lookup of the same names measured in this run.
No thresholds: it reports.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from workreport import resources  # noqa: E402
from workreport.core import model as m  # noqa: E402
from workreport.core.indicators import VOCABULARY_FILE, Vocabulary, load_vocabulary  # noqa: E402
from workreport.core.parser import parse_file  # noqa: E402
from workreport.core.targets import extract_targets  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus-full"
GOAL = re.compile(r"预期目标[^。]{0,6}?(?:是|为|：|:)")
# the quick scanner: a clause's text before its first verb or number is its indicator phrase
_CLAUSES = re.compile(r"[，,；;。：:、]")
_VERB_OR_NUMBER = re.compile(r"增长|达到|控制在|下降|降低|提高|减少|增加|突破|超过|保持|实现|完成|稳定在|[0-9０-９]")


def goal_blocks(report: m.Report) -> set[int]:
    out: set[int] = set()
    blocks = report.blocks
    for b in blocks:
        if b.kind != m.PARAGRAPH or not GOAL.search(b.text):
            continue
        out.add(b.index)
        if b.text.rstrip().endswith(("：", ":")):
            for nb in blocks[b.index + 1:b.index + 16]:
                if nb.kind != m.PARAGRAPH:
                    break
                out.add(nb.index)
                if nb.text.rstrip().endswith(("。", ".")):
                    break
    return out


def read_report(path: Path) -> dict:
    report = parse_file(path)
    blocks = goal_blocks(report)
    records = [(t.indicator, t.unit, t.sentence) for t in extract_targets(report) if t.block in blocks]
    return {"path": str(path), "paragraphs": [report.blocks[i].text for i in sorted(blocks)], "records": records}


def scan_phrases(text: str) -> list[str]:
    out = []
    for clause in _CLAUSES.split(text):
        mv = _VERB_OR_NUMBER.search(clause)
        if mv and 2 <= mv.start() <= 20:
            out.append(clause[:mv.start()])
    return out


def per_1000(seconds: float, n: int) -> float:
    return seconds / n * 1000 * 1000  # milliseconds per 1,000 matches


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    p.add_argument("--jobs", type=int, default=2, help="parallel parsers (default 2)")
    p.add_argument("--limit", type=int, default=0, help="read only the first N reports")
    p.add_argument("--top", type=int, default=40, help="unmatched names to list (default 40)")
    ns = p.parse_args(argv)
    paths = sorted(Path(ns.corpus).rglob("*.md"))
    if not paths:
        print(f"no reports under {ns.corpus}")
        return 1
    if ns.limit:
        paths = paths[:ns.limit]
    t0 = time.perf_counter()
    with Pool(ns.jobs) as pool:
        reports = pool.map(read_report, paths, chunksize=8)
    print(f"read {len(paths)} reports in {time.perf_counter() - t0:.0f} s")

    records = [r for rep in reports for r in rep["records"]]
    statements = [rep for rep in reports if rep["paragraphs"]]
    vocab = load_vocabulary()
    print(f"vocabulary: {len(vocab)} indicators; goal statements in {len(statements)} reports "
          f"({sum(len(r['paragraphs']) for r in statements)} paragraphs)")

    # -- coverage
    hits = [vocab.match(name, unit, sentence) for name, unit, sentence in records]
    matched = sum(1 for h in hits if h)
    quantitative = [i for i, (_n, unit, _s) in enumerate(records) if unit]
    q_matched = sum(1 for i in quantitative if hits[i])
    print(f"\nrecords in goal paragraphs: {len(records)}")
    print(f"  matched to a canonical id: {matched} ({matched / len(records):.1%})")
    print(f"  quantitative (with a unit): {len(quantitative)}, matched {q_matched} "
          f"({q_matched / max(1, len(quantitative)):.1%})")
    unmatched = Counter(name for (name, _u, _s), h in zip(records, hits, strict=True) if not h)
    print(f"  unmatched: {len(records) - matched} records, {len(unmatched)} distinct names, "
          f"{sum(1 for c in unmatched.values() if c == 1)} of them once")
    print(f"\ntop {ns.top} unmatched names:")
    print("  " + " | ".join(f"{name or '(empty)'} {c}" for name, c in unmatched.most_common(ns.top)))

    # -- how often each concept is named, per report's goal statement
    per_statement = Counter()
    for rep in statements:
        ids = {h.id for h in (vocab.match(n, u, s) for n, u, s in rep["records"]) if h}
        per_statement.update(ids)
    share = {i: per_statement[i] / len(statements) for i in vocab.ids()}
    print("\nids by share of goal statements naming them (>= 1%):")
    common = sorted((i for i in share if share[i] >= 0.01), key=lambda i: -share[i])
    print("  " + " | ".join(f"{i} {share[i]:.1%}" for i in common))
    rare = sorted((i for i in share if share[i] < 0.01), key=lambda i: -share[i])
    print(f"ids under 1% ({len(rare)}): " + ", ".join(f"{i} {share[i]:.2%}" for i in rare))

    # -- the quick scanner: phrases before a verb or number that no id takes
    phrases = Counter()
    for rep in statements:
        for text in rep["paragraphs"]:
            phrases.update(ph for ph in scan_phrases(text) if not vocab.match(ph))
    print("\nscanner phrases the vocabulary does not take (top 25): ")
    print("  " + " | ".join(f"{ph} {c}" for ph, c in phrases.most_common(25)))

    # -- speed: cold (fresh vocabulary, nothing remembered), warm (names seen), dict baseline;
    # best of three runs each, all in this run
    with open(resources.path(VOCABULARY_FILE), encoding="utf-8") as f:
        data = json.load(f)
    table = {name: (h.id if h else None) for (name, _u, _s), h in zip(records, hits, strict=True)}

    def timed(fn) -> float:
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0

    def run_match(v):
        for name, unit, sentence in records:
            v.match(name, unit, sentence)

    def run_dict():
        for name, _unit, _sentence in records:
            table.get(name)

    cold = warm = base = float("inf")
    for _ in range(3):
        fresh = Vocabulary(data)
        cold = min(cold, timed(lambda fresh=fresh: run_match(fresh)))
        warm = min(warm, timed(lambda fresh=fresh: run_match(fresh)))
        base = min(base, timed(run_dict))
    distinct = len({(n, u) for n, u, _s in records})
    print(f"\nspeed over {len(records)} matches ({distinct} distinct name+unit):")
    print(f"  dict lookup (baseline): {per_1000(base, len(records)):.3f} ms per 1,000")
    print(f"  match, cold:            {per_1000(cold, len(records)):.3f} ms per 1,000  "
          f"({cold / base:.0f}x the baseline)")
    print(f"  match, warm:            {per_1000(warm, len(records)):.3f} ms per 1,000  "
          f"({warm / base:.1f}x the baseline)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
