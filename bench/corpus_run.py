"""Parse every report of the shared corpus: no crash, outline and glossary statistics, throughput.

Usage: python bench/corpus_run.py [CORPUS_DIR] [-v]
"""

import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from workreport.core.parser import parse_file  # noqa: E402


def main(argv):
    root = Path(argv[1]) if len(argv) > 1 and not argv[1].startswith("-") else Path(__file__).resolve().parents[2] / "shared" / "corpus"
    verbose = "-v" in argv
    manifest = {row["file"]: row for row in csv.DictReader(open(root / "MANIFEST.tsv", encoding="utf-8"), delimiter="\t")}
    files = sorted(root.glob("*/*.md"))
    t0 = time.perf_counter()
    crashes, three_parts, glossaries, gloss_expected, gloss_match = [], 0, 0, 0, 0
    total_bytes = 0
    for f in files:
        rel = f"{f.parent.name}/{f.name}"
        total_bytes += f.stat().st_size
        try:
            r = parse_file(f)
        except Exception as exc:  # noqa: BLE001 - the point is to list every failure
            crashes.append((rel, repr(exc)))
            continue
        parts = [n for n in r.outline if n.kind == "part"]
        three_parts += len(parts) >= 3
        has = manifest.get(rel, {}).get("has_glossary") == "yes"
        glossaries += bool(r.glossary)
        gloss_expected += has
        gloss_match += has and bool(r.glossary)
        if verbose and (len(parts) < 3 or has != bool(r.glossary)):
            print(f"  {rel}: parts={len(parts)} glossary={len(r.glossary)} expected_glossary={has}")
    dt = time.perf_counter() - t0
    print(f"files: {len(files)}  crashes: {len(crashes)}")
    for rel, exc in crashes:
        print("  crash", rel, exc)
    print(f"outline with >= 3 parts: {three_parts}/{len(files)}")
    print(f"glossaries found: {glossaries} (manifest says {gloss_expected}; found where expected: {gloss_match})")
    print(f"parse throughput: {total_bytes / 1e6 / dt:.2f} MB/s over {total_bytes / 1e6:.1f} MB in {dt:.2f} s")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
