"""Translation catalogues: refresh the .ts sources from the code, compile them to .qm.

    python build_spec/build_translations.py update    # pyside6-lupdate over desktop/workreport
    python build_spec/build_translations.py release   # pyside6-lrelease: resources/i18n/*.ts -> *.qm

`update` runs after strings change in the code; translators then fill the new zh_CN entries
(Qt Linguist, or by hand) and the .ts files are committed. `release` runs at build time (quick start
set-up, `python -m build_spec`); the .qm files are build output and not committed. Without them the
app compiles the catalogue into its cache dir on first use (ui/i18n.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop" / "workreport"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
CATALOGUE = "workreport"


def tool(name: str) -> str:
    exe = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if exe is None:
        raise SystemExit(f"[build_translations] {name} not found (it comes with PySide6)")
    return exe


def ts_files() -> list[Path]:
    return [I18N / f"{CATALOGUE}_{lang}.ts" for lang in LANGUAGES]


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for ts in ts_files():
        lang = ts.stem[len(CATALOGUE) + 1:]
        cmd = [tool("pyside6-lupdate"), *python_sources(), "-locations", "none", "-no-obsolete",
               "-source-language", "en", "-target-language", lang, "-ts", str(ts.relative_to(ROOT))]
        subprocess.run(cmd, check=True, cwd=ROOT)
    return 0


def release(out: Path = I18N) -> list[Path]:
    """Compile every .ts to a .qm next to it (or into `out`); returns the .qm files."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in ts_files():
        qm = out / (ts.stem + ".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main(argv) -> int:
    if argv[:1] == ["update"]:
        return update()
    if argv[:1] == ["release"]:
        for qm in release():
            print(f"[build_translations] {qm.relative_to(ROOT)} {qm.stat().st_size} bytes")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
