"""Start-up of the frozen app against the same self-test from source, and the build sizes.

    python bench/frozen_startup.py [--runs N] [--no-build]

Builds (only if stale) the one-folder and one-file apps with `python -m build_spec`
into dist/, then times `--self-test` (load the bundled report, build the main window
offscreen, check it, exit) for:
  source   python -m workreport --self-test   (the baseline, same run)
  onedir   dist/workreport/workreport --self-test
  onefile  dist/workreport-onefile --self-test (unpacks itself to a temp dir first)
and prints median wall times, ratios to the baseline and output sizes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
MB = 1024 * 1024


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / MB
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / MB


def timed(cmd, env, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
        if r.returncode != 0:
            raise SystemExit(f"{cmd[0]} --self-test failed:\n{r.stdout}{r.stderr}")
    return times


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--no-build", action="store_true", help="use what is in dist/ as it is")
    ns = p.parse_args()
    if not ns.no_build:
        for mode in ("--onedir", "--onefile"):
            r = subprocess.run([sys.executable, "-m", "build_spec", mode, "--if-stale"], cwd=ROOT,
                               capture_output=True, text=True)
            if r.returncode != 0:
                raise SystemExit(f"build failed ({mode}):\n{r.stdout[-3000:]}{r.stderr[-3000:]}")
    with tempfile.TemporaryDirectory(prefix="wr-bench-") as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKREPORT_DATA_DIR=data,
                   PYTHONPATH=str(ROOT / "desktop"))
        candidates = {
            "source": ([sys.executable, "-m", "workreport", "--self-test"], None),
            "onedir": ([str(DIST / "workreport" / "workreport"), "--self-test"], DIST / "workreport"),
            "onefile": ([str(DIST / "workreport-onefile"), "--self-test"], DIST / "workreport-onefile"),
        }
        results = {}
        for name, (cmd, output) in candidates.items():
            if output is not None and not output.exists():
                print(f"{name:8s} not built ({output})")
                continue
            timed(cmd, env, 1)  # warm the page cache
            results[name] = (statistics.median(timed(cmd, env, ns.runs)), output)
    base = results["source"][0]
    print(f"--self-test wall time, median of {ns.runs} runs (baseline: from source, same run)")
    for name, (t, output) in results.items():
        size = f"{size_mb(output):7.1f} MB" if output else "      —   "
        print(f"{name:8s} {t * 1000:7.0f} ms   ×{t / base:4.2f} of source   size {size}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
