"""The library on all of corpus-full: import, size, search latency, opening; baselines in the same run.

  * import: wall time, MB/s of files, and the split of worker time into parse (+ metadata),
    target extraction and search grams — aim ≤ 60 s on 2 cores;
  * size: the database file against the text (aim ≤ 2×);
  * search: p50/p95 over 30 mixed queries (1–7 characters, Chinese and ASCII), for the whole result
    set and for the first page of 50 reports, against two brute-force scans of the same run — every
    text read from the database, and every file read and decoded (aim p95 ≤ 100 ms, ≥ 20× the scan);
    each query's result set is checked equal to the database scan;
  * opening: a fresh process opening the 3,000-report library and counting it, against an empty one
    (the app's start-up share of the library; aim ≤ 1.1×).

    .venv/bin/python bench/library.py [--corpus DIR] [--limit N] [--workers 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
SHARED = ROOT.parent / "shared"

from workreport.core.decode import decode_bytes  # noqa: E402
from workreport.core.library_entry import report_files  # noqa: E402
from workreport.store.library import open_library  # noqa: E402
from workreport.store.library_import import import_paths  # noqa: E402

QUERIES = ["碳", "绿", "芯", "氢", "双碳", "芯片", "5G", "AI", "数字", "高铁", "旅游", "疫情", "RCEP", "GDP", "CPI",
           "新质生产力", "乡村振兴", "一带一路", "碳达峰", "碳中和", "数字经济", "营商环境", "人工智能", "粮食安全",
           "共同富裕", "京津冀协同发展", "粤港澳大湾区", "长江经济带", "放管服", "大数据"]
PAGE = 50


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def timed(fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t


def cpu_timed(fn, *args, **kw):
    """(result, wall seconds, CPU seconds of this process): CPU time is what an idle machine would take."""
    t, c = time.perf_counter(), time.process_time()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t, time.process_time() - c


def file_scan(files, query):
    out = 0
    for f in files:
        text = decode_bytes(Path(f).read_bytes(), f)
        out += query in text
    return out


def open_time(db: Path, runs: int = 5) -> float:
    code = ("import sys, time; t = time.perf_counter(); sys.path.insert(0, sys.argv[1]);"
            "from workreport.store.library import open_library; lib = open_library(sys.argv[2]); lib.count();"
            "print(time.perf_counter() - t)")
    times = []
    for _ in range(runs):
        r = subprocess.run([sys.executable, "-c", code, str(ROOT / "desktop"), str(db)], capture_output=True,
                           text=True, check=True)
        times.append(float(r.stdout))
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(SHARED / "corpus-full"))
    ap.add_argument("--limit", type=int, help="only the first N files")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", help="build the library here and keep it")
    ap.add_argument("--reuse", help="a folder where --keep built the library: skip the import")
    ns = ap.parse_args(argv)
    files = report_files([ns.corpus])[:ns.limit]
    file_bytes = sum(os.path.getsize(f) for f in files)
    tmp = Path(ns.reuse or ns.keep) if (ns.reuse or ns.keep) else Path(tempfile.mkdtemp(prefix="library-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    db = tmp / "library.sqlite3"
    if not ns.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    try:
        lib = open_library(db)
        if ns.reuse:
            print("import: skipped (--reuse)")
        else:
            summary, wall = timed(import_paths, lib, files, workers=ns.workers)
            report_import(summary, wall, files, file_bytes, ns.workers)
        search_bench(lib, files, db, file_bytes)
    finally:
        if not (ns.keep or ns.reuse):
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def report_import(summary, wall, files, file_bytes, workers) -> None:
    t = summary.timings
    print(f"import: {len(files)} files, {file_bytes / 1e6:.1f} MB in {wall:.1f} s = {file_bytes / 1e6 / wall:.2f} MB/s "
          f"({workers} workers; added {len(summary.added)}, duplicates {len(summary.duplicates)}, "
          f"failed {len(summary.failed)})")
    busy = t["parse"] + t["extract"] + t["index"]
    print(f"  worker time {busy:.1f} s: parse+metadata {t['parse']:.1f} s ({t['parse'] / busy:.0%}), "
          f"target extraction {t['extract']:.1f} s ({t['extract'] / busy:.0%}), "
          f"search grams {t['index']:.1f} s ({t['index'] / busy:.0%})")
    print(f"  without extraction the import would take about {wall * (1 - t['extract'] / busy):.0f} s; "
          f"writing to the database (this process, beside the workers) {t['write']:.1f} s")
    for path, reason in summary.failed[:5]:
        print(f"  failed {Path(path).name}: {reason}")


def search_bench(lib, files, db, file_bytes) -> None:
    with closing(sqlite3.connect(db)) as inspect:  # a second connection: the bench only reads file statistics
        inspect.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            parts = inspect.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 4")
            largest = ", ".join(f"{n} {b / 1e6:.1f} MB" for n, b in parts)
        except sqlite3.OperationalError:  # dbstat is optional in SQLite builds
            largest = ""
    texts = {r.id: lib.text(r.id) for r in lib.reports()}
    text_bytes = sum(len(x.encode("utf-8")) for x in texts.values())
    size = sum(os.path.getsize(str(db) + s) for s in ("", "-wal") if os.path.exists(str(db) + s))
    print(f"size: database {size / 1e6:.1f} MB = {size / file_bytes:.2f}x the files ({file_bytes / 1e6:.1f} MB), "
          f"{size / text_bytes:.2f}x the parsed text ({text_bytes / 1e6:.1f} MB UTF-8)")
    if largest:
        print("  " + largest)

    full, page, scan_db, scan_files, wrong = [], [], [], [], []
    cpu = {"scan": [], "full": [], "page": []}
    for q in QUERIES:
        expected, ts, cs = cpu_timed(lib.scan, q)
        scan_db.append(ts)
        res, tf, cf = cpu_timed(lib.search, q)
        full.append(tf)
        _, tp, cp = cpu_timed(lib.search, q, limit=PAGE)
        page.append(tp)
        cpu["scan"].append(cs)
        cpu["full"].append(cf)
        cpu["page"].append(cp)
        if {r.report.id: r.hits for r in res} != expected:
            wrong.append(q)
    for q in QUERIES[::6]:  # reading every file is slow: a sample of five queries
        scan_files.append(timed(file_scan, files, q)[1])
    f95 = statistics.median(scan_files)
    print(f"search over {len(texts)} reports, {len(QUERIES)} queries "
          f"({'all equal to the scan' if not wrong else 'DIFFER: ' + ' '.join(wrong)}):")
    print(f"  baseline scan of the texts in the database  p50 {pct(scan_db, 50) * 1e3:7.1f} ms  "
          f"p95 {pct(scan_db, 95) * 1e3:7.1f} ms")
    print(f"  baseline scan of the files (5 queries)      median {f95 * 1e3:7.1f} ms")
    for label, times in (("search, whole result set", full), (f"search, first {PAGE} reports", page)):
        print(f"  {label:28s}  p50 {pct(times, 50) * 1e3:7.1f} ms  p95 {pct(times, 95) * 1e3:7.1f} ms  "
              f"{pct(scan_db, 95) / pct(times, 95):5.1f}x faster than the database scan at p95, "
              f"{f95 / pct(times, 95):6.1f}x than the file scan")
    print("  CPU time of this process (what an idle machine would take; the wall times above include "
          "waiting for a busy CPU):")
    for label, key in (("baseline scan of the database", "scan"), ("search, whole result set", "full"),
                       (f"search, first {PAGE} reports", "page")):
        print(f"    {label:30s} p50 {pct(cpu[key], 50) * 1e3:7.1f} ms  p95 {pct(cpu[key], 95) * 1e3:7.1f} ms"
              + ("" if key == "scan" else f"  {pct(cpu['scan'], 95) / pct(cpu[key], 95):5.1f}x faster at p95"))
    print(f"  load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    lib.close()

    empty = Path(tempfile.mkdtemp(prefix="library-empty-")) / "empty.sqlite3"
    open_library(empty).close()
    t_full, t_empty = open_time(db), open_time(empty)
    print(f"opening the library file (fresh process: import, open with its integrity check, count): "
          f"{len(texts)} reports {t_full * 1e3:.0f} ms, empty {t_empty * 1e3:.0f} ms = {t_full / t_empty:.2f}x "
          f"(the app opens it only when the library is first used: bench/library_startup.py)")


if __name__ == "__main__":
    sys.exit(main())
