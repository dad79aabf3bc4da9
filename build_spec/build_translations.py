"""Translation catalogues: refresh the .ts sources from the code, compile them to .qm.

    python build_spec/build_translations.py update    # pyside6-lupdate over desktop/workreport
    python build_spec/build_translations.py release   # pyside6-lrelease: resources/i18n/*.ts -> *.qm

`update` runs after strings change in the code; it finishes the English entries (the source
language) and lists the zh_CN entries still to translate, which translators fill
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
        if lang == "en":
            finish_english(ts)
        todo = unfinished(ts)
        if todo:
            print(f"[build_translations] {ts.name}: {len(todo)} to translate:\n  " + "\n  ".join(todo))
    return 0


def finish_english(ts: Path) -> int:
    """English is the source language: every unfinished entry of the en catalogue becomes its source
    (numerus entries get "%n item" / "%n items" from "%n item(s)"). Returns how many were finished."""
    import re
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    done = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.find("source").text or ""
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in (re.sub(r"\((?:s|es)\)", "", source), re.sub(r"\((s|es)\)", r"\1", source)):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        del translation.attrib["type"]
        done += 1
    if done:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done


def unfinished(ts: Path) -> list[str]:
    import xml.etree.ElementTree as ET

    return [f"{c.find('name').text}: {m.find('source').text}" for c in ET.parse(ts).getroot().iter("context")
            for m in c.iter("message") if m.find("translation").get("type") == "unfinished"]


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
