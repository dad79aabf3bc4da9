"""Snapshot of everything the parser, glossary matcher and target extractor produce, and a diff.

    python bench/outputs_diff.py save SNAPSHOT.json [CORPUS_DIR]
    python bench/outputs_diff.py diff SNAPSHOT.json [CORPUS_DIR]

Run `save` before a speed change and `diff` after it: a change that only makes things faster prints
"0 reports differ". Per report it keeps the blocks (kind, ref, lead, level, text), the outline, the
glossary, the glossary occurrences and the target records (as dicts). Default corpus: the 152
reports of ../shared/corpus.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from workreport.core.parser import parse_file  # noqa: E402
from workreport.core.targets import extract_targets  # noqa: E402
from workreport.core.termmatch import find_occurrences  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def outputs(path: Path) -> dict:
    try:
        report = parse_file(path)
    except Exception as exc:  # noqa: BLE001 - a failure is an output too
        return {"error": repr(exc)}
    return {
        "blocks": [[b.kind, b.ref, b.lead, b.level, b.start, b.text] for b in report.blocks],
        "outline": [n.to_dict() | {"path": n.path} for n in report.outline],
        "metadata": repr(report.metadata),
        "glossary": [[e.term, e.definition, e.number, e.block] for e in report.glossary],
        "occurrences": [[o.entry, o.start, o.end, o.marker] for o in find_occurrences(report)],
        "targets": [t.to_dict() for t in extract_targets(report)],
    }


def snapshot(root: Path) -> dict[str, dict]:
    return {str(f.relative_to(root)): outputs(f) for f in sorted(root.rglob("*.md"))}


def _first_difference(a, b, where: str = "") -> str:
    if type(a) is not type(b):
        return f"{where}: {a!r:.120} != {b!r:.120}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return _first_difference(a.get(k), b.get(k), f"{where}.{k}")
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return _first_difference(x, y, f"{where}[{i}]")
        if len(a) != len(b):
            return f"{where}: length {len(a)} != {len(b)}"
    return f"{where}: {a!r:.120} != {b!r:.120}"


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("save", "diff"):
        print(__doc__)
        return 2
    mode, snap = argv[0], Path(argv[1])
    root = Path(argv[2]) if len(argv) > 2 else DEFAULT_CORPUS
    now = json.loads(json.dumps(snapshot(root), ensure_ascii=False))  # tuples → lists, as stored
    if mode == "save":
        snap.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(now)} reports to {snap}")
        return 0
    before = json.loads(snap.read_text(encoding="utf-8"))
    differ = [k for k in sorted(set(before) | set(now)) if before.get(k) != now.get(k)]
    for k in differ:
        print(f"  {k}: {_first_difference(before.get(k), now.get(k))}")
    print(f"{len(differ)} reports differ (of {len(now)})")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
