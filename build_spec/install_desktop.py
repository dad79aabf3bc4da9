"""Install the Linux desktop entry and icons for the current user (XDG data home).

    python build_spec/install_desktop.py                        # Exec=workreport (pip-installed command)
    python build_spec/install_desktop.py --exec dist/workreport/workreport   # the frozen app
    python build_spec/install_desktop.py --uninstall

Writes ~/.local/share/applications/workreport.desktop and the icon as
~/.local/share/icons/hicolor/<size>/apps/workreport.(png|svg), so menus and
docks show it; no root needed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def targets(base: Path) -> dict[Path, Path]:
    """installed path -> source path"""
    icons = base / "icons" / "hicolor"
    out = {icons / "scalable" / "apps" / "workreport.svg": RESOURCES / "icons" / "workreport.svg"}
    for s in SIZES:
        out[icons / f"{s}x{s}" / "apps" / "workreport.png"] = RESOURCES / "icons" / f"workreport-{s}.png"
    return out


def desktop_text(executable: str) -> str:
    text = (RESOURCES / "workreport.desktop").read_text(encoding="utf-8")
    if executable == "workreport":
        return text
    quoted = '"' + executable.replace("\\", "\\\\").replace('"', '\\"') + '"' if " " in executable else executable
    text = re.sub(r"^Exec=workreport\b", lambda _m: f"Exec={quoted}", text, flags=re.M)
    return re.sub(r"^TryExec=.*$", lambda _m: f"TryExec={executable}", text, flags=re.M)


def install(executable: str, base: Path) -> list[Path]:
    written = []
    for dest, src in targets(base).items():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        written.append(dest)
    entry = base / "applications" / "workreport.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_text(executable), encoding="utf-8")
    return written + [entry]


def uninstall(base: Path) -> list[Path]:
    removed = []
    for dest in [*targets(base), base / "applications" / "workreport.desktop"]:
        if dest.exists():
            dest.unlink()
            removed.append(dest)
    return removed


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--exec", dest="executable", default="workreport",
                   help="command the menu entry runs (default: workreport on PATH)")
    p.add_argument("--uninstall", action="store_true")
    ns = p.parse_args(argv)
    base = data_home()
    if ns.uninstall:
        paths = uninstall(base)
    else:
        exe = ns.executable if ns.executable == "workreport" else str(Path(ns.executable).resolve())
        paths = install(exe, base)
    for path in paths:
        print(("removed " if ns.uninstall else "installed ") + str(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
