"""User data and settings locations; overridable for tests and portable use.

WORKREPORT_DATA_DIR (or --data-dir) replaces the platform data dir; settings and
the notes store both live below it then, so tests never touch the real ones.

Notes are private: the data directory is created 0700 and the files in it 0600
(`private_file`), whatever the umask.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600

_override: Path | None = None


def set_data_dir(path: str | os.PathLike | None) -> None:
    global _override
    _override = Path(path) if path else None


def data_dir_path() -> Path:
    """Where the data directory is (nothing is created: read-only callers use this)."""
    if _override is not None:
        return _override
    if os.environ.get("WORKREPORT_DATA_DIR"):
        return Path(os.environ["WORKREPORT_DATA_DIR"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("WorkReportReader", "WorkReportReader"))


def data_dir() -> Path:
    """The data directory, created private (0700) if it does not exist yet."""
    base = data_dir_path()
    private_dir(base, tighten=_override is None and not os.environ.get("WORKREPORT_DATA_DIR"))
    return base


def private_dir(path: Path, *, tighten: bool = False) -> None:
    """Create `path` with mode 0700 (parents as usual). `tighten`: also restrict one that exists.

    A folder the user named (--data-dir) may be shared with other things, so it is
    only tightened when we created it; the platform data dir is always ours.
    """
    path = Path(path)
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            path.mkdir(mode=DIR_MODE)
        except FileExistsError:
            pass
        tighten = True
    if tighten and os.name == "posix":
        _restrict(path, DIR_MODE)


def private_file(path: Path) -> Path:
    """Make sure `path` exists with mode 0600 (created empty if missing; an existing one is restricted)."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        os.close(fd)
    except FileExistsError:
        pass
    if os.name == "posix":
        _restrict(path, FILE_MODE)
    return path


def _restrict(path: Path, mode: int) -> None:
    try:
        current = stat.S_IMODE(path.stat().st_mode)
        if current & ~mode:
            os.chmod(path, current & mode)
    except OSError as exc:  # a file we do not own: keep working, say so in the log
        log.warning("cannot restrict permissions of %s: %s", path, exc)


def settings_file() -> Path:
    """Where the settings live (not created here; the folder is private). QSettings keeps the mode
    of an existing file, so `private_file(settings_file())` before the first write makes it 0600."""
    return data_dir() / "settings.ini"


STORE_NAME = "notes.sqlite3"


def store_file() -> Path:
    return data_dir() / STORE_NAME


def log_file() -> Path:
    return data_dir() / "workreport.log"


def cache_dir() -> Path:
    """Rebuildable data (a compiled translation, the dictionary database when none is bundled):
    WORKREPORT_CACHE_DIR, else the platform cache dir. Not created here."""
    if os.environ.get("WORKREPORT_CACHE_DIR"):
        return Path(os.environ["WORKREPORT_CACHE_DIR"])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("WorkReportReader", "WorkReportReader"))
