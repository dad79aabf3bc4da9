"""Build the Work Report Reader executable with this interpreter's PyInstaller.

    python -m build_spec             # one-folder app: dist/workreport/workreport
    python -m build_spec --onefile   # single file:    dist/workreport-onefile
    python -m build_spec --clean     # drop PyInstaller's cache first
    python -m build_spec --if-stale  # skip when the sources did not change since the last build

Run from the checkout with the project's environment (PyInstaller comes with
the `build` extra: pip install -e '.[build]'). Prints the output size and
fails when a Linux build is over its size budget.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_spec" / "workreport.spec"
MB = 1024 * 1024
# Linux budgets: one-file ≤ 70 MB for the library wave (PDF, Word, dictionary, OpenCC added 64.2 MB
# measured); one-folder follows at 147 MB measured, with room for the keyword segmenter.
BUDGET_MB = {"onedir": 165, "onefile": 70}
# Inputs that change what goes into the bundle.
INPUTS = ("desktop/workreport", "resources", "build_spec/workreport.spec", "build_spec/lean.py",
          "build_spec/entry.py", "pyproject.toml")


def output_path(mode: str, dist: Path) -> Path:
    return dist / ("workreport" if mode == "onedir" else "workreport-onefile")


def executable(mode: str, dist: Path) -> Path:
    out = output_path(mode, dist)
    exe = out / "workreport" if mode == "onedir" else out
    return exe.with_suffix(".exe") if sys.platform == "win32" else exe


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def source_digest(mode: str, dist: Path) -> str:
    h = hashlib.sha256(f"{mode}\0{dist.resolve()}\0{sys.executable}\0".encode())
    for name in INPUTS:
        base = ROOT / name
        files = [base] if base.is_file() else sorted(
            p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            and not p.is_symlink() and p.parent.name != "_resources")
        for f in files:
            h.update(str(f.relative_to(ROOT)).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def build(mode: str, dist: Path, work: Path, clean: bool, if_stale: bool) -> Path:
    stamp = work / f"{mode}.stamp"
    digest = source_digest(mode, dist)
    exe = executable(mode, dist)
    if if_stale and exe.exists() and stamp.exists() and stamp.read_text() == digest:
        print(f"[build_spec] {mode} is up to date: {output_path(mode, dist)}", flush=True)
        return output_path(mode, dist)
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
           "--distpath", str(dist), "--workpath", str(work / mode)]
    if clean:
        cmd.append("--clean")
    if mode == "onefile":
        cmd += ["--", "--onefile"]
    print("[build_spec] " + " ".join(cmd), flush=True)
    stamp.unlink(missing_ok=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    work.mkdir(parents=True, exist_ok=True)
    stamp.write_text(digest)
    return output_path(mode, dist)


def report_size(mode: str, out: Path) -> bool:
    size = size_of(out) / MB
    budget = BUDGET_MB[mode]
    within = size <= budget or not sys.platform.startswith("linux")
    verdict = "within" if size <= budget else "OVER"
    print(f"[build_spec] {mode}: {out} — {size:.1f} MB ({verdict} the {budget} MB Linux budget)", flush=True)
    return within


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m build_spec", description=__doc__.split("\n\n")[0])
    group = p.add_mutually_exclusive_group()
    group.add_argument("--onedir", dest="mode", action="store_const", const="onedir",
                       help="one-folder app (default)")
    group.add_argument("--onefile", dest="mode", action="store_const", const="onefile",
                       help="single-file executable")
    p.add_argument("--clean", action="store_true", help="clear PyInstaller's cache and old output first")
    p.add_argument("--if-stale", action="store_true", help="do nothing if the last build is up to date")
    p.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                   help="PyInstaller's work folder (default: build/pyinstaller/)")
    ns = p.parse_args(argv)
    mode = ns.mode or "onedir"
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(f"[build_spec] PyInstaller is not installed for {sys.executable}; "
              "install it with: pip install -e '.[build]'", file=sys.stderr)
        return 2
    if ns.clean:
        old = output_path(mode, ns.dist)
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink(missing_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # PyInstaller's Qt hooks start Qt
    subprocess.run([sys.executable, str(ROOT / "build_spec" / "build_resources.py")], check=True)  # .qm, dictionary
    out = build(mode, ns.dist.resolve(), ns.work.resolve(), ns.clean, ns.if_stale)
    return 0 if report_size(mode, out) else 3


if __name__ == "__main__":
    sys.exit(main())
