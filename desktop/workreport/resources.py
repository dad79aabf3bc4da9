"""The one accessor for bundled files (reports, icons, later data files).

Looks, in order, in: a PyInstaller bundle (sys._MEIPASS), the package's own
`_resources` folder (an installed wheel carries resources/ there), and the
source checkout's top-level `resources/`.
"""

from __future__ import annotations

import sys
from pathlib import Path

DEFAULT_REPORT = "reports/nankai-2021.txt"


def _roots():
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        yield Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    yield here / "_resources"
    yield here.parents[1] / "resources"


def path(name: str) -> Path:
    """Absolute path of a bundled resource; FileNotFoundError if no root has it."""
    for root in _roots():
        candidate = root / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"bundled resource not found: {name}")


def default_report() -> Path:
    return path(DEFAULT_REPORT)
