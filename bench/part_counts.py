"""Distribution of part counts (top-level outline entries) over the reports of corpus-full.

Reads the reports listed in MANIFEST.tsv (communiqués and other files are not reports), parses each,
prints how many reports have 0, 1, 2 … parts (appendix entries not counted), then lists the reports
with 0, 1 or >= 10 parts with their part titles, so the odd ones can be read and the general cause fixed.
Usage: python bench/part_counts.py [CORPUS_DIR] [--titles N]

Measured on corpus-full (2,997 reports): before the layout fixes 0 parts: 29, 1 part: 20, >= 10 parts: 67
(appendix lists taken for parts); after: 0 parts: 14, 1 part: 20, >= 10 parts: 32 (mostly reports
that really have ten or more parts). Remaining 0/1-part reports are mostly damaged sources (lost
first characters, missing part headings, newspaper notes) and front matter taken for a title.
"""

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from workreport.core.parser import is_appendix, parse_file  # noqa: E402

ODD_FEW, ODD_MANY = 1, 10


def part_counts(root: Path):
    with open(root / "MANIFEST.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        path = root / row["file"]
        try:
            report = parse_file(path)
        except Exception as exc:  # noqa: BLE001 - listed, not fatal
            yield row["file"], None, [f"{type(exc).__name__}: {exc}"]
            continue
        # an appendix (附件1 十件民生实事) is an outline entry of its own, not a part of the report
        parts = [n for n in report.outline if n.kind == "part" and not is_appendix(n)]
        yield row["file"], len(parts), [f"{n.label} {n.title}".strip() for n in parts]


def main(argv):
    args = [a for i, a in enumerate(argv[1:], 1) if not a.startswith("--") and not argv[i - 1].startswith("--")]
    root = Path(args[0]) if args else ROOT.parent / "shared" / "corpus-full"
    shown = int(argv[argv.index("--titles") + 1]) if "--titles" in argv else 3
    counts, odd, failed = Counter(), [], []
    for rel, n, titles in part_counts(root):
        if n is None:
            failed.append((rel, titles[0]))
            continue
        counts[n] += 1
        if n <= ODD_FEW or n >= ODD_MANY:
            odd.append((n, rel, titles))
    total = sum(counts.values())
    print(f"{total} reports parsed, {len(failed)} failed")
    for n in sorted(counts):
        print(f"  {n:3d} parts: {counts[n]:5d}  {'#' * max(1, round(60 * counts[n] / total))}")
    print(f"0 parts: {counts[0]}, 1 part: {counts[1]}, >= {ODD_MANY} parts: "
          f"{sum(v for k, v in counts.items() if k >= ODD_MANY)}")
    for n, rel, titles in sorted(odd):
        more = f" … (+{len(titles) - shown})" if len(titles) > shown else ""
        print(f"{n:3d}  {rel}  | " + " | ".join(t[:30] for t in titles[:shown]) + more)
    for rel, msg in failed:
        print(f"FAILED {rel}: {msg}")


if __name__ == "__main__":
    main(sys.argv)
