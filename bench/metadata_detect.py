"""Region, level and year detection over all of corpus-full, checked against MANIFEST.tsv.

The MANIFEST is read only to check: detection sees the file (and, in the second
column, its path). Prints counts and the disagreements (first 40).

    .venv/bin/python bench/metadata_detect.py [--corpus DIR] [--show N]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
SHARED = ROOT.parent / "shared"

from workreport.core.parser import load_text, parse_text  # noqa: E402
from workreport.core.report_identity import NATIONAL_REGION, Level, identify  # noqa: E402


def detect(path: str):
    raw, suffix = load_text(path)
    report = parse_text(raw, suffix)
    a = identify(report, raw, path="", use_path=False)
    b = identify(report, raw, path=path, use_path=True)
    return a.to_dict(), b.to_dict(), {k: v.value for k, v in a.sources.items()}


def expected_level(manifest_level: str) -> str:
    return Level.parse(manifest_level).value


def agree(got: dict, row: dict) -> tuple[bool, bool, bool]:
    region = NATIONAL_REGION if row["level"] == "national" else row["region"]
    return (got["region"] == region, got["level"] == expected_level(row["level"]), got["year"] == int(row["year"]))


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", default=str(SHARED / "corpus-full"))
    p.add_argument("--show", type=int, default=40)
    ns = p.parse_args(argv)
    corpus = Path(ns.corpus)
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    t0 = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        results = list(pool.map(detect, [str(corpus / r["file"]) for r in rows], chunksize=16))
    elapsed = time.perf_counter() - t0
    n = len(rows)
    for label, idx in (("content only (path withheld)", 0), ("content + path", 1)):
        ok = [0, 0, 0]
        found = [0, 0, 0]
        for row, res in zip(rows, results, strict=True):
            got = res[idx]
            found[0] += bool(got["region"])
            found[1] += bool(got["level"])
            found[2] += got["year"] is not None
            for i, good in enumerate(agree(got, row)):
                ok[i] += good
        print(f"{label}: {n} reports")
        for i, name in enumerate(("region", "level", "year")):
            print(f"  {name:7s} detected {found[i]:5d} ({found[i] / n:6.1%})   agrees {ok[i]:5d} ({ok[i] / n:6.1%})")
    print(f"time {elapsed:.1f} s (parse + detect, 2 processes)")
    shown = 0
    for row, res in zip(rows, results, strict=True):
        got = res[0]
        good = agree(got, row)
        if not all(good) and shown < ns.show:
            shown += 1
            print(f"  MISS {row['file']}: got {got['region']}/{got['level']}/{got['year']} "
                  f"want {row['region']}/{row['level']}/{row['year']} via {res[2]} title={got['title'][:40]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
