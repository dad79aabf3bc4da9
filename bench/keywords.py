"""Keywords speed: dictionary load, one report's keywords, a trend over the library; what the bundle grows by.

- load: a fresh process importing core.keywords and building the segmenter with the policy dictionary,
  against a fresh process that only imports rjieba (the segmenter without the dictionary) and one that
  does nothing (Python start-up);
- one report (budget 200 ms, dictionary loaded): `keywords_result` of the largest national report of
  tests/data against the year before, against a bare `cut` of the same two texts (baseline);
- trend (budget 1 s): `library_trends` of three terms over every report of a library built from
  CORPUS (default ../shared/corpus-full) in a temporary data dir, or an existing one (--data-dir);
  the one-off counting of terms at import is timed separately;
- bundle: the stripped rjieba extension plus resources/keywords/.

Usage: python bench/keywords.py [--corpus DIR] [--data-dir DIR] [--skip-trend]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))

from segmenter import package_size  # noqa: E402

NATIONAL = ROOT / "tests" / "data" / "corpus-full" / "national"
TERMS = ["新质生产力", "高质量发展", "碳中和"]


def child(code: str, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT / "desktop")
        times.append(time.perf_counter() - t)
    return min(times)


def median(fn, rounds: int = 9) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_load() -> None:
    base = child("pass")
    bare = child("import rjieba; rjieba.Jieba().cut('推动高质量发展')")
    full = child("from workreport.core.keywords import default_segmenter; default_segmenter().cut('推动高质量发展')")
    print("== dictionary load (fresh process, best of 3)")
    print(f"  python start-up (baseline)      {base * 1000:7.0f} ms")
    print(f"  rjieba, its own dictionary      {bare * 1000:7.0f} ms  (+{(bare - base) * 1000:.0f} ms)")
    print(f"  + policy dictionary & lexicon   {full * 1000:7.0f} ms  (+{(full - bare) * 1000:.0f} ms over bare rjieba)")


def bench_report() -> None:
    from workreport.commands_keywords import keywords_result
    from workreport.core.keywords import default_segmenter
    from workreport.core.parser import parse_file

    seg = default_segmenter()
    files = sorted(NATIONAL.glob("*.md"), key=lambda f: f.stat().st_size)
    new = files[-1]
    old = NATIONAL / f"{int(new.stem) - 1}.md"
    text, old_text = parse_file(new).text, parse_file(old).text
    base = median(lambda: (seg.cut(text), seg.cut(old_text)))
    full = median(lambda: keywords_result(text, old_text, 30, int(new.stem)))
    alone = median(lambda: keywords_result(text, None, 30))
    print(f"\n== keywords of one report (national {new.stem}, {len(text)} chars, against {old.stem}); median of 9")
    print(f"  cut both texts (baseline)       {base * 1000:7.1f} ms")
    print(f"  top + slogans, one report       {alone * 1000:7.1f} ms")
    print(f"  top + slogans + new/dropped     {full * 1000:7.1f} ms  = {full / base:.2f}x baseline "
          f"({'within' if full <= 0.2 else 'OVER'} the 200 ms budget)")


def bench_trend(corpus: Path, data_dir: Path | None) -> None:
    from workreport import paths
    from workreport.commands_keywords import library_trends
    from workreport.store.library import open_library
    from workreport.store.library_import import import_paths

    tmp = None
    if data_dir is None:
        tmp = tempfile.mkdtemp(prefix="kw-bench-")
        data_dir = Path(tmp)
    paths.set_data_dir(str(data_dir))
    try:
        with open_library() as lib:
            if lib.count() == 0:
                t = time.perf_counter()
                summary = import_paths(lib, [str(corpus)])
                print(f"\n(library import of {summary.total} files: {time.perf_counter() - t:.0f} s)")
            n = lib.count()
        t = time.perf_counter()
        library_trends(TERMS[:1])  # counts every report once (what the import would do)
        counting = time.perf_counter() - t
        runs = [median(lambda: library_trends(TERMS), 5),
                median(lambda: library_trends(TERMS, level="national"), 5)]
        one = median(lambda: library_trends(TERMS[:1]), 5)
        print(f"\n== trend over the library ({n} reports in {data_dir})")
        print(f"  counting terms of every report (once)   {counting:7.1f} s")
        print(f"  trend of 1 term, all reports            {one * 1000:7.0f} ms")
        print(f"  trend of {len(TERMS)} terms, all reports           {runs[0] * 1000:7.0f} ms "
              f"({'within' if runs[0] <= 1 else 'OVER'} the 1 s budget)")
        print(f"  trend of {len(TERMS)} terms, national level        {runs[1] * 1000:7.0f} ms")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def bench_bundle() -> None:
    mods, _data = package_size("rjieba")
    res = sum(f.stat().st_size for f in (ROOT / "resources" / "keywords").iterdir())
    print("\n== bundle growth")
    print(f"  rjieba (stripped extension)     {mods / 1e6:5.1f} MB")
    print(f"  resources/keywords/             {res / 1e6:5.1f} MB")
    print(f"  total                           {(mods + res) / 1e6:5.1f} MB")


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus-full"))
    p.add_argument("--data-dir")
    p.add_argument("--skip-trend", action="store_true")
    ns = p.parse_args(argv)
    bench_load()
    bench_report()
    if not ns.skip_trend:
        bench_trend(Path(ns.corpus), Path(ns.data_dir) if ns.data_dir else None)
    bench_bundle()


if __name__ == "__main__":
    main()
