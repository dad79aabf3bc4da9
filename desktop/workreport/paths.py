"""User data and settings locations; overridable for tests and portable use.

WORKREPORT_DATA_DIR (or --data-dir) replaces the platform data dir; settings and
the notes store both live below it then, so tests never touch the real ones.
"""

from __future__ import annotations

import os
from pathlib import Path

_override: Path | None = None


def set_data_dir(path: str | os.PathLike | None) -> None:
    global _override
    _override = Path(path) if path else None


def data_dir() -> Path:
    if _override is not None:
        base = _override
    elif os.environ.get("WORKREPORT_DATA_DIR"):
        base = Path(os.environ["WORKREPORT_DATA_DIR"])
    else:
        from platformdirs import user_data_dir

        base = Path(user_data_dir("WorkReportReader", "WorkReportReader"))
    base.mkdir(parents=True, exist_ok=True)
    return base


def settings_file() -> Path:
    return data_dir() / "settings.ini"


def store_file() -> Path:
    return data_dir() / "notes.sqlite3"
