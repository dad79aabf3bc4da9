"""jieba vs rjieba: load time, segmentation speed on corpus text, what each adds to the frozen bundle.

Each segmenter is loaded in a fresh child process (import + dictionary + first cut), so one's
cache or warm-up does not help the other; the baseline is a child that starts Python and does
nothing. Speed is measured on the national reports of corpus-full (or CORPUS_DIR), precise mode
with HMM, best of ROUNDS, and printed as a ratio against a plain `list(text)` pass over the same
text (the cheapest tokenisation that could possibly work).

Bundle growth is what PyInstaller would collect: the package's modules (as .pyc, about the size of
the sources) plus its data files (`collect_data_files`, which is what hooks-contrib's hook-jieba
does) or its extension (stripped, as the spec strips binaries).

Only rjieba is a dependency of the app; for the comparison `pip install jieba` into the venv.

Usage: python bench/segmenter.py [CORPUS_DIR] [ROUNDS]
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

_LOAD = {
    "baseline": "pass",
    "jieba (cold, no cache)": "import jieba, logging; jieba.setLogLevel(logging.ERROR); "
                              "jieba.dt.tmp_dir = {tmp!r}; jieba.lcut('推动高质量发展')",
    "jieba (warm cache)": "import jieba, logging; jieba.setLogLevel(logging.ERROR); "
                          "jieba.dt.tmp_dir = {tmp!r}; jieba.lcut('推动高质量发展')",
    "rjieba": "import rjieba; rjieba.cut('推动高质量发展')",
}


def child_time(code: str, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - t)
    return min(times)


def best(fn, rounds: int) -> float:
    out = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        out = min(out, time.perf_counter() - t)
    return out


def package_size(name: str) -> tuple[int, int]:
    """(modules, data) bytes PyInstaller would take for a package; extensions measured stripped."""
    spec = importlib.util.find_spec(name)
    folder = Path(spec.origin).parent
    modules = data = 0
    for f in folder.rglob("*"):
        if not f.is_file() or "__pycache__" in f.parts:
            continue
        if f.suffix == ".py":
            modules += f.stat().st_size
        elif f.suffix in (".so", ".pyd"):
            modules += stripped_size(f)
        elif f.suffix not in (".pyi",) and f.name != "py.typed":
            data += f.stat().st_size
    return modules, data


def stripped_size(f: Path) -> int:
    strip = shutil.which("strip")
    if not strip:
        return f.stat().st_size
    with tempfile.TemporaryDirectory() as d:
        copy = Path(d) / f.name
        shutil.copy(f, copy)
        subprocess.run([strip, str(copy)], check=False)
        return copy.stat().st_size


def corpus_text(root: Path) -> str:
    files = sorted((root / "national").glob("*.md")) if (root / "national").is_dir() else sorted(root.rglob("*.md"))
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def main(argv):
    if importlib.util.find_spec("jieba") is None:
        sys.exit("jieba is not installed: `.venv/bin/python -m pip install jieba` to compare")
    root = Path(argv[1]) if len(argv) > 1 else SHARED / "corpus-full"
    rounds = int(argv[2]) if len(argv) > 2 else 3
    print("== load (fresh process: import + dictionary + first cut), best of 3")
    with tempfile.TemporaryDirectory() as tmp:
        base = child_time(_LOAD["baseline"])
        print(f"  {'python start-up (baseline)':28s} {base * 1000:7.0f} ms")
        for name in ("jieba (cold, no cache)", "jieba (warm cache)", "rjieba"):
            code = _LOAD[name].format(tmp=tmp)
            if name.startswith("jieba (cold"):
                t = child_time(code + "; import os; [os.remove(os.path.join(jieba.dt.tmp_dir, f)) "
                                      "for f in os.listdir(jieba.dt.tmp_dir) if f.startswith('jieba')]")
            else:
                t = child_time(code)
            print(f"  {name:28s} {t * 1000:7.0f} ms  (+{(t - base) * 1000:.0f} ms over baseline)")

    text = corpus_text(root)
    print(f"\n== speed on {len(text) / 1e6:.2f} M characters of {root.name}, best of {rounds}")
    import logging

    import jieba
    import rjieba

    jieba.setLogLevel(logging.ERROR)
    jieba.lcut("预热")
    rjieba.cut("预热")
    t_base = best(lambda: list(text), rounds)
    t_jieba = best(lambda: jieba.lcut(text), rounds)
    t_rjieba = best(lambda: rjieba.cut(text), rounds)
    mchars = len(text) / 1e6
    print(f"  {'list(text) (baseline)':22s} {t_base * 1000:8.0f} ms")
    for name, t in (("jieba.lcut", t_jieba), ("rjieba.cut", t_rjieba)):
        print(f"  {name:22s} {t * 1000:8.0f} ms  {mchars / t:5.2f} Mchar/s  = {t / t_base:6.1f}x baseline")
    print(f"  rjieba is {t_jieba / t_rjieba:.1f}x faster than jieba")
    same = sum(a == b for a, b in zip(jieba.lcut(text[:200_000]), rjieba.cut(text[:200_000]), strict=False))
    print(f"  agreement on the first 200k characters: {same} tokens in the same place "
          f"of {len(jieba.lcut(text[:200_000]))}")

    print("\n== bundle growth (what PyInstaller collects; extensions stripped)")
    for name in ("jieba", "rjieba"):
        mods, data = package_size(name)
        print(f"  {name:8s} modules {mods / 1e6:5.1f} MB + data {data / 1e6:5.1f} MB = {(mods + data) / 1e6:5.1f} MB")
    print("  licences: jieba MIT, rjieba MIT (jieba-rs MIT)")


if __name__ == "__main__":
    main(sys.argv)
