"""Glossary coverage and matching speed over the shared corpus.

For every report with a glossary: the share of terms found at least once in the body, the misses
(-v prints each with its search patterns) and the time `find_occurrences` takes, as a ratio against
a baseline measured in the same run: one plain `str.count` per term on the folded text, the
cheapest search that could possibly work.

Usage: python bench/glossary_coverage.py [CORPUS_DIR] [-v]
"""

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from workreport.core.parser import parse_file  # noqa: E402
from workreport.core.termmatch import find_occurrences, term_variants  # noqa: E402
from workreport.core.textnorm import fold  # noqa: E402


def _best(fn, repeat=5):
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv):
    root = Path(argv[1]) if len(argv) > 1 and not argv[1].startswith("-") else \
        Path(__file__).resolve().parents[2] / "shared" / "corpus"
    verbose = "-v" in argv
    total = found = reports = markers = 0
    t_match = t_base = 0.0
    for f in sorted(root.glob("*/*.md")):
        try:
            report = parse_file(f)
        except Exception:  # noqa: BLE001 - parse failures are bench/corpus_run.py's business
            continue
        if not report.glossary:
            continue
        reports += 1
        occs = find_occurrences(report)
        hits = Counter(o.entry for o in occs if not o.marker)
        markers += sum(o.marker for o in occs)
        missing = [i for i in range(len(report.glossary)) if not hits[i]]
        total += len(report.glossary)
        found += len(report.glossary) - len(missing)
        folded = fold(report.text)
        terms = [fold(e.term) for e in report.glossary]
        t_match += _best(lambda report=report: find_occurrences(report))
        t_base += _best(lambda folded=folded, terms=terms: [folded.count(t) for t in terms])
        share = 1 - len(missing) / len(report.glossary)
        print(f"{f.parent.name}/{f.name}: {len(report.glossary) - len(missing)}/{len(report.glossary)} ({share:.0%})")
        if verbose:
            for i in missing:
                print(f"    miss {report.glossary[i].term!r} {term_variants(report.glossary[i].term)}")
    if not total:
        print("no report with a glossary found under", root)
        return 1
    print(f"\nreports with a glossary: {reports}; terms: {total}; found in body: {found} = {found / total:.1%}; "
          f"footnote markers linked: {markers}")
    print(f"matching time: {t_match * 1000:.1f} ms total, {t_match / reports * 1000:.2f} ms/report; "
          f"baseline (str.count per term): {t_base * 1000:.1f} ms; ratio {t_match / t_base:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
