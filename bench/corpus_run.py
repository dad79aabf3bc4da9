"""Corpus throughput: load + parse, glossary matching and target extraction over a corpus, in MB/s.

    python bench/corpus_run.py [CORPUS_DIR] [--sample N] [--profile] [--against SRC_DIR] [-v]

CORPUS_DIR defaults to ../shared/corpus-full (2,997 reports). Files run in a fixed shuffled order, so
the throughput after 1/4 and 1/2 of them is a fair sample: a flat MB/s at 1/4, 1/2 and all of the
files, and across file-size quartiles, means the work is linear in size. `--sample N` runs a fixed
sample of N files. `--profile` prints cProfile's top 10 by tottime and by cumtime. `--against DIR`
also runs the same files with the code under DIR (another checkout's desktop/ directory) in a
subprocess and prints the speed-up against it, measured in the same run.
Times are CPU time of this process (time.process_time): the figure for one core, and steady when
other work shares the machine. Also prints crashes, outlines with >= 3 parts and glossaries found against the manifest.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import json
import os
import pstats
import random
import subprocess
import sys
import time
from pathlib import Path

SRC = Path(os.environ.get("CORPUS_RUN_SRC") or Path(__file__).resolve().parents[1] / "desktop")
sys.path.insert(0, str(SRC))

from workreport.core.kinds import NodeKind  # noqa: E402
from workreport.core.parser import parse_file  # noqa: E402
from workreport.core.targets import extract_targets  # noqa: E402
from workreport.core.termmatch import find_occurrences  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus-full"
STAGES = ("parse", "glossary", "targets")
CHECKPOINTS = (0.25, 0.5, 1.0)


def corpus_files(root: Path, sample: int) -> list[Path]:
    files = sorted(root.rglob("*.md"))
    random.Random(16).shuffle(files)  # a fixed order, so each prefix is a fair sample
    return files[:sample] if sample else files


def _manifest(root: Path) -> dict[str, dict]:
    path = root / "MANIFEST.tsv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as f:
        return {row["file"]: row for row in csv.DictReader(f, delimiter="\t")}


def run(root: Path, files: list[Path], verbose: bool) -> dict:
    manifest = _manifest(root)
    seconds = dict.fromkeys(STAGES, 0.0)
    per_file: list[tuple[int, float]] = []  # (bytes, seconds for all three stages)
    checkpoints: list[dict] = []
    marks = {max(1, round(len(files) * c)): c for c in CHECKPOINTS}
    crashes, three_parts, glossaries, expected, matched, done_bytes = [], 0, 0, 0, 0, 0
    for n, f in enumerate(files, 1):
        rel = f.relative_to(root).as_posix()
        size = f.stat().st_size
        t0 = time.process_time()
        try:
            report = parse_file(f)
            t1 = time.process_time()
            find_occurrences(report)
            t2 = time.process_time()
            extract_targets(report)
            t3 = time.process_time()
        except Exception as exc:  # noqa: BLE001 - the point is to list every failure
            crashes.append((rel, repr(exc)))
        else:
            for stage, dt in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2), strict=True):
                seconds[stage] += dt
            per_file.append((size, t3 - t0))
            parts = sum(1 for node in report.outline if node.kind == NodeKind.PART)
            three_parts += parts >= 3
            has = manifest.get(rel, {}).get("has_glossary") == "yes"
            glossaries += bool(report.glossary)
            expected += has
            matched += has and bool(report.glossary)
            if verbose and (parts < 3 or has != bool(report.glossary)):
                print(f"  {rel}: parts={parts} glossary={len(report.glossary)} expected_glossary={has}")
        done_bytes += size
        if n in marks:
            checkpoints.append({"fraction": marks[n], "files": n, "mb": done_bytes / 1e6,
                                "seconds": sum(seconds.values())})
    return {"files": len(files), "bytes": done_bytes, "seconds": seconds, "checkpoints": checkpoints,
            "quartiles": _quartiles(per_file), "crashes": crashes, "three_parts": three_parts,
            "glossaries": glossaries, "glossaries_expected": expected, "glossaries_matched": matched}


def _quartiles(per_file: list[tuple[int, float]]) -> list[dict]:
    ordered = sorted(per_file)
    out = []
    for q in range(4):
        chunk = ordered[len(ordered) * q // 4:len(ordered) * (q + 1) // 4]
        if chunk:
            size = sum(b for b, _ in chunk)
            out.append({"quartile": q + 1, "kb_max": chunk[-1][0] / 1e3, "mb": size / 1e6,
                        "seconds": sum(s for _, s in chunk)})
    return out


def _rate(mb: float, seconds: float) -> str:
    return f"{mb / seconds:6.2f} MB/s" if seconds > 0 else "     -"


def report(result: dict, label: str = "") -> None:
    mb, sec = result["bytes"] / 1e6, result["seconds"]
    total = sum(sec.values())
    print(f"files: {result['files']}  crashes: {len(result['crashes'])}  {mb:.1f} MB{label}")
    for rel, exc in result["crashes"][:10]:
        print("  crash", rel, exc)
    print(f"outline with >= 3 parts: {result['three_parts']}/{result['files']}")
    print(f"glossaries found: {result['glossaries']} (manifest says {result['glossaries_expected']}; "
          f"found where expected: {result['glossaries_matched']})")
    for stage in STAGES:
        print(f"  {stage:<9} {_rate(mb, sec[stage])}  {sec[stage]:7.2f} s")
    print(f"  {'all three':<9} {_rate(mb, total)}  {total:7.2f} s")
    print("linearity (all three stages; flat MB/s = linear in size):")
    for c in result["checkpoints"]:
        print(f"  first {c['fraction']:>4.0%} of the files ({c['files']:>4} files, {c['mb']:6.1f} MB): "
              f"{_rate(c['mb'], c['seconds'])}")
    for q in result["quartiles"]:
        print(f"  size quartile {q['quartile']} (files up to {q['kb_max']:6.0f} kB, {q['mb']:6.1f} MB): "
              f"{_rate(q['mb'], q['seconds'])}")


def _print_profile(profiler: cProfile.Profile) -> None:
    for key in ("tottime", "cumtime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(key).print_stats(10)
        text = out.getvalue()
        print(f"\n-- profile: top 10 by {key}")
        print(text[text.find("   ncalls"):].rstrip())


def _run_against(src: Path, argv: list[str]) -> dict:
    env = dict(os.environ, CORPUS_RUN_SRC=str(src))
    args = [a for a in argv if a not in ("--profile", "-v")]
    i = args.index("--against")
    del args[i:i + 2]
    out = subprocess.run([sys.executable, __file__, *args, "--json"], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=0, help="a fixed sample of N files")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top 10")
    parser.add_argument("--against", type=Path, help="another checkout's desktop/ to compare with")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", action="store_true", dest="verbose")
    args = parser.parse_args(argv)
    files = corpus_files(args.corpus, args.sample)
    profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU time, like the figures
    if profiler:
        profiler.enable()
    result = run(args.corpus, files, args.verbose and not args.json)
    if profiler:
        profiler.disable()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    report(result, " (profiled: slower than unprofiled)" if profiler else "")
    if profiler:
        _print_profile(profiler)
    if args.against:
        other = _run_against(args.against, argv)
        print(f"\nbaseline: the code under {args.against}")
        report(other)
        mine, theirs = sum(result["seconds"].values()), sum(other["seconds"].values())
        print("speed-up against the baseline (its time / this time):")
        for stage in STAGES:
            print(f"  {stage:<9} {other['seconds'][stage] / max(result['seconds'][stage], 1e-9):5.2f}x")
        print(f"  {'all three':<9} {theirs / max(mine, 1e-9):5.2f}x")
    return 1 if result["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
