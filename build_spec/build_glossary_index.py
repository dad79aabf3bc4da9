"""Build resources/glossary/other_reports.tsv from the 名词解释 sections of a corpus of reports.

    python build_spec/build_glossary_index.py [CORPUS_DIR] [-o OUT]

CORPUS_DIR (default: ../shared/corpus-full beside the checkout) holds MANIFEST.tsv (file, level,
region, year, chars, has_glossary) and the reports. Every report with a glossary is parsed with the
app's own parser; each entry is written with the report's region, year, level and title, so an
explanation always names where it comes from. The output is committed (the corpus is not part of
the repository); rerun this when the corpus or the glossary parser changes.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from workreport.core.glossary_index import RESOURCE, Explanation, write_tsv  # noqa: E402
from workreport.core.parser import parse_file  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus-full"


def manifest(corpus: Path):
    with open(corpus / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t")


def explanations(corpus: Path):
    for row in manifest(corpus):
        if row.get("has_glossary") != "yes":
            continue
        try:
            report = parse_file(corpus / row["file"])
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the index
            print(f"[glossary-index] skipped {row['file']}: {exc}", file=sys.stderr)
            continue
        # a title only when it names the report itself (some parsed titles are the meeting line)
        title = report.metadata.title.strip()
        title = title if row["region"] in title and title.endswith("政府工作报告") and "会议" not in title else ""
        year = int(row["year"]) if row["year"].isdigit() else 0
        for entry in report.glossary:
            if entry.term.strip() and entry.definition.strip():
                yield Explanation(entry.term.strip(), entry.definition.strip(), row["region"], year,
                                  row["level"], title)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("-o", "--out", type=Path, default=ROOT / "resources" / RESOURCE)
    ns = p.parse_args(argv)
    if not (ns.corpus / "MANIFEST.tsv").exists():
        print(f"[glossary-index] no corpus at {ns.corpus}; keeping {ns.out}", file=sys.stderr)
        return 0 if ns.out.exists() else 2
    t = time.perf_counter()
    items = sorted(set(explanations(ns.corpus)), key=lambda e: (e.region, e.year, e.term))
    ns.out.parent.mkdir(parents=True, exist_ok=True)
    write_tsv(ns.out, items)
    reports = len({(e.region, e.year) for e in items})
    print(f"[glossary-index] {len(items)} explanations of {len({e.term for e in items})} terms from {reports} "
          f"reports -> {ns.out} ({ns.out.stat().st_size / 1024:.0f} KiB, {time.perf_counter() - t:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
