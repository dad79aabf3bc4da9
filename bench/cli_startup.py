"""Command-line start-up: what the sub-command parser costs before any command runs.

Usage: python bench/cli_startup.py [--rounds N]

Each sample is a fresh interpreter (so imports are not cached); the kinds alternate so all see the
same machine state. Printed as medians and as ratios against a bare interpreter measured in the
same run:
  bare     `python -c pass`
  argparse `import argparse` (the floor of any argparse command line)
  cli      `import workreport.cli` (every command module, no command run: the app pays this too)
  help     `python -m workreport --help` (the whole parser built and printed)
  route    the app's own route: cli.is_subcommand + cli.gui_args on `FILE --data-dir D`
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

KINDS = {
    "bare": ["-c", "pass"],
    "argparse": ["-c", "import argparse"],
    "cli": ["-c", "import workreport.cli"],
    "help": ["-m", "workreport", "--help"],
    "route": ["-c", "import sys; from workreport import cli; argv = ['r.txt', '--data-dir', sys.argv[1]]; "
                    "assert not cli.is_subcommand(argv); cli.gui_args(argv)"],
}


def _sample(args: list[str], env: dict[str, str], scratch: str) -> float:
    extra = [scratch] if args[0] == "-c" and "sys.argv[1]" in args[1] else []
    t0 = time.perf_counter()
    subprocess.run([sys.executable, *args, *extra], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description="Command-line start-up against a bare interpreter.")
    ap.add_argument("--rounds", type=int, default=15)
    ns = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    times: dict[str, list[float]] = {k: [] for k in KINDS}
    with tempfile.TemporaryDirectory() as scratch:
        for args in KINDS.values():  # warm the byte-code caches once
            _sample(args, env, scratch)
        for _ in range(ns.rounds):
            for kind, args in KINDS.items():
                times[kind].append(_sample(args, env, scratch))
    bare = statistics.median(times["bare"])
    print(f"{'kind':<9} {'median ms':>9} {'x bare':>7} {'over bare ms':>12}")
    for kind, ts in times.items():
        med = statistics.median(ts)
        print(f"{kind:<9} {med * 1000:9.1f} {med / bare:7.2f} {(med - bare) * 1000:12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
