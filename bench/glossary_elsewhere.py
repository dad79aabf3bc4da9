"""How many body terms of reports WITHOUT a 名词解释 get an explanation from another report.

Every report of corpus-full whose MANIFEST says has_glossary=no is parsed and matched against the
bundled cross-report index (resources/glossary/other_reports.tsv) with the same rules the app uses
for its tooltips (core/glossary_index -> core/termmatch). Today these reports explain nothing; the
numbers below are what the reader gains. Also printed: the time per report, against parsing alone.

Usage: python bench/glossary_elsewhere.py [CORPUS_DIR] [--sample N] [--jobs N]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus-full"

_index = None


def _work(path: str):
    global _index
    from workreport.core import glossary_index
    from workreport.core.parser import parse_file

    if _index is None:
        _index = glossary_index.GlossaryIndex(glossary_index.read_tsv(ROOT / "resources" / glossary_index.RESOURCE))
    t = time.perf_counter()
    try:
        report = parse_file(path)
    except Exception:  # noqa: BLE001 - a file the parser refuses is counted, not fatal
        return path, None, 0.0, 0.0
    parsed = time.perf_counter() - t
    t = time.perf_counter()
    spans = _index.find(report)
    matched = time.perf_counter() - t
    keys = [report.text[s:e] for s, e, _k in spans]
    return path, (len({k for _s, _e, k in spans}), len(spans), keys), parsed, matched


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--sample", type=int, default=0, help="only N reports, chosen at random (seed 13)")
    p.add_argument("--jobs", type=int, default=2)
    ns = p.parse_args(argv)
    with open(ns.corpus / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["has_glossary"] == "no"]
    if ns.sample:
        rows = random.Random(13).sample(rows, min(ns.sample, len(rows)))
    files = [str(ns.corpus / r["file"]) for r in rows]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(ns.jobs) as pool:
        results = list(pool.map(_work, files, chunksize=8))
    done = [(path, r, tp, tm) for path, r, tp, tm in results if r is not None]
    distinct = [r[0] for _p, r, _tp, _tm in done]
    occurrences = [r[1] for _p, r, _tp, _tm in done]
    terms = Counter(t for _p, r, _tp, _tm in done for t in set(r[2]))
    with_any = sum(1 for d in distinct if d)
    print(f"reports without a 名词解释: {len(rows)} (parsed {len(done)}) in {time.perf_counter() - t0:.0f} s")
    print(f"distinct body terms explained by another report: {sum(distinct)} in total, "
          f"mean {statistics.mean(distinct):.1f}, median {statistics.median(distinct):.0f} per report")
    print(f"occurrences in the body (tooltips): {sum(occurrences)}, mean {statistics.mean(occurrences):.1f} per report")
    print(f"reports with at least one explained term: {with_any} ({with_any / len(done):.1%}); "
          f"with 10 or more: {sum(d >= 10 for d in distinct)}")
    parse_ms = statistics.median(tp for *_x, tp, _tm in done) * 1000
    match_ms = statistics.median(tm for *_x, tm in done) * 1000
    print(f"median time per report: parse {parse_ms:.0f} ms, cross-report matching {match_ms:.0f} ms "
          f"(ratio {match_ms / parse_ms:.2f} of parsing)")
    print("most common:", ", ".join(f"{t} {n}" for t, n in terms.most_common(15)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
