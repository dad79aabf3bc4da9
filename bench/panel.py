"""The research panel over a corpus: time and rows per second, against baselines of the same run.

Baselines, on the same files with the same number of worker processes:
- a plain parse (parse_file only);
- the library's import (parse, identity, targets, search grams, SQLite), which the panel must not
  exceed (issue 11).
The panel = parse + identity + targets + absent targets (pool), then pairing and the CSV (here).

    .venv/bin/python bench/panel.py [--corpus DIR] [--limit N] [--jobs N] [--repeat N] [--no-library]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
SHARED = ROOT.parent / "shared"

from workreport.commands_scorecard import load_inputs, report_files  # noqa: E402
from workreport.core.export import write_csv  # noqa: E402
from workreport.core.pairing import PANEL_COLUMNS, panel_rows, score_panel  # noqa: E402


def _parse(path: str) -> int:
    from workreport.core.parser import parse_file
    try:
        return len(parse_file(path).blocks)
    except Exception:  # noqa: BLE001 - a file the parser refuses counts as parsed
        return 0


def plain_parse(paths: list[str], jobs: int) -> float:
    t0 = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_parse, paths, chunksize=max(1, len(paths) // (jobs * 8))))
    return time.perf_counter() - t0


def panel(files: list[tuple[str, str]], jobs: int, out: Path) -> tuple[dict, int]:
    t0 = time.perf_counter()
    inputs, failures = load_inputs(files, jobs)
    t1 = time.perf_counter()
    rows = panel_rows(score_panel(inputs))
    t2 = time.perf_counter()
    write_csv(rows, out, PANEL_COLUMNS)
    t3 = time.perf_counter()
    return {"read": t1 - t0, "pair": t2 - t1, "write": t3 - t2, "total": t3 - t0, "failed": len(failures)}, len(rows)


def library_import(paths: list[str], jobs: int, folder: Path) -> float:
    from workreport.store.library import Library
    from workreport.store.library_import import import_paths

    lib = Library(folder / "library.sqlite3")
    try:
        t0 = time.perf_counter()
        import_paths(lib, paths, workers=jobs)
        return time.perf_counter() - t0
    finally:
        lib.close()


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", default=str(SHARED / "corpus-full"))
    p.add_argument("--limit", type=int, default=0, help="only the first N files (path order)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--no-library", action="store_true", help="skip the library-import baseline")
    p.add_argument("--repeat", type=int, default=1, help="runs of the panel and of the import, alternated")
    ns = p.parse_args(argv)
    files = report_files([ns.corpus])
    if ns.limit:
        files = files[:ns.limit]
    paths = [f for f, _shown in files]
    size = sum(os.path.getsize(f) for f in paths)
    for f in paths:  # same disk cache for every run
        Path(f).read_bytes()
    print(f"{len(paths)} files, {size / 1e6:.1f} MB, {ns.jobs} worker processes, load average "
          f"{os.getloadavg()[0]:.1f}")
    parse_s = plain_parse(paths, ns.jobs)
    print(f"plain parse:     {parse_s:7.1f} s  ({len(paths) / parse_s:.1f} files/s)")
    # Others' work on a shared machine changes the load between runs: the panel and the import are
    # run alternately (import, panel, panel, import … for --repeat 2) and the best of each is kept.
    panel_runs, import_runs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(ns.repeat):
            order = ("import", "panel") if i % 2 == 0 else ("panel", "import")
            for what in order:
                if what == "panel":
                    times, n_rows = panel(files, ns.jobs, Path(tmp) / "panel.csv")
                    panel_runs.append(times)
                    print(f"panel:           {times['total']:7.1f} s  = read {times['read']:.1f} + pair "
                          f"{times['pair']:.1f} + write {times['write']:.1f}; {n_rows} rows, "
                          f"{n_rows / times['total']:.0f} rows/s, {len(paths) / times['total']:.1f} files/s, "
                          f"{times['failed']} files skipped")
                elif not ns.no_library:
                    folder = Path(tmp) / f"library-{i}"
                    folder.mkdir()
                    lib_s = library_import(paths, ns.jobs, folder)
                    import_runs.append(lib_s)
                    print(f"library import:  {lib_s:7.1f} s  ({len(paths) / lib_s:.1f} files/s)")
    best = min(panel_runs, key=lambda t: t["total"])
    print(f"panel / parse:   {best['total'] / parse_s:7.2f}x  (pairing alone {best['pair'] / parse_s:.2f}x)")
    print(f"rows/second:     {n_rows / best['total']:7.0f}  (best panel run)")
    if import_runs:
        print(f"panel / import:  {best['total'] / min(import_runs):7.2f}x  (best of each; must be <= 1)")
    print(f"load average at the end {os.getloadavg()[0]:.1f} (others' work on this machine skews seconds, "
          "not the ratios much)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
