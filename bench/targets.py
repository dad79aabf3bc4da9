"""Target extraction time against parse time (the baseline), for the bundled report and a corpus.

Usage: python bench/targets.py [CORPUS_DIR] [--repeat N]
Prints seconds, the ratio extraction / parse measured in this run and the throughput (MB of UTF-8
text per second) of parse and of extraction; no thresholds. The indicator vocabulary is loaded
before timing (a one-off cost, printed separately).
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from workreport import resources  # noqa: E402
from workreport.core.indicators import load_vocabulary  # noqa: E402
from workreport.core.parser import load_text, parse_text  # noqa: E402
from workreport.core.targets import extract_targets  # noqa: E402


def _time(fn, repeat):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def measure(paths, repeat):
    parse_s = extract_s = 0.0
    records = size = 0
    for path in paths:
        text, suffix = load_text(path)  # reading and decoding are outside both timings
        size += len(text.encode("utf-8"))
        tp, report = _time(lambda text=text, suffix=suffix: parse_text(text, suffix), repeat)
        te, targets = _time(lambda report=report: extract_targets(report), repeat)
        parse_s += tp
        extract_s += te
        records += len(targets)
    return parse_s, extract_s, records, size / 1e6


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    p.add_argument("--repeat", type=int, default=3, help="best of N runs per file (default 3)")
    ns = p.parse_args(argv)
    rows = [("bundled report", [resources.default_report()])]
    corpus = sorted(Path(ns.corpus).glob("*/*.md")) if Path(ns.corpus).is_dir() else []
    if corpus:
        rows.append((f"corpus ({len(corpus)} reports)", corpus))
    else:
        print(f"(no corpus at {ns.corpus}; bundled report only)")
    t0 = time.perf_counter()
    load_vocabulary()
    print(f"indicator vocabulary loaded in {time.perf_counter() - t0:.4f} s")
    print(f"{'':28} {'parse s':>9} {'extract s':>10} {'ratio':>7} {'records':>8} {'parse MB/s':>11} "
          f"{'extract MB/s':>13}")
    for name, paths in rows:
        parse_s, extract_s, records, mb = measure(paths, ns.repeat if len(paths) == 1 else 1)
        print(f"{name:28} {parse_s:9.4f} {extract_s:10.4f} {extract_s / parse_s:7.2f} {records:8d} "
              f"{mb / parse_s:11.2f} {mb / extract_s:13.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
