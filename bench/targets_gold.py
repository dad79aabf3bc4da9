"""Record-level accuracy of the targets extractor against the gold written by reading.

    python bench/targets_gold.py [dev|heldout] [--show N]

Prints, per report and in total: recall, fully-correct rate, spurious rate, 主要预期目标 recall and
canonical coverage, and the count of errors per field. `--show N` lists N misses, wrong fields and
spurious records (use it on dev only: the held-out half is for reporting, not tuning).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from records_gold import score_split  # noqa: E402


def main(argv):
    split = argv[0] if argv else "dev"
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    total, per = score_split(split)
    for name, s in per.items():
        print(s.line(name))
    print(total.line(f"TOTAL {split}"))
    if show:
        print("\n-- misses")
        for stem, g in total.misses[:show]:
            print(f"  {stem}: {g['indicator']} {g['value']}{g['unit']} {g['kind']} | {g['quote']}")
        print("\n-- wrong fields")
        for stem, g, r, errs in total.wrong[:show]:
            got = {e: getattr(r, e) for e in errs}
            want = {e: (g.get('indicator_keywords') if e == 'indicator' else g.get(e)) for e in errs}
            print(f"  {stem}: {errs} got {got} want {want} | {g['quote']}")
        print("\n-- spurious")
        for stem, r in total.extra[:show]:
            print(f"  {stem}: {r.indicator} {r.value}{r.unit} {r.kind} | {r.sentence[:70]}")


if __name__ == "__main__":
    main(sys.argv[1:])
