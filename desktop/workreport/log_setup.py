"""Logging for the app: one rotating, private log file in the data directory.

Every module logs through its own `logging.getLogger(__name__)`; this sets up
where those records go. The frozen Windows and macOS builds have no console,
so the file is where a crash's traceback can be found afterwards.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from . import paths

MAX_BYTES = 1024 * 1024  # per file; with BACKUPS older files, the log never exceeds ~4 MB
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 (a log may quote report or note text)."""

    def _open(self):
        paths.private_file(Path(self.baseFilename))
        return super()._open()


def configure(level: int = logging.INFO, file: Path | None = None) -> Path | None:
    """Send the package's log records to the rotating log file; returns its path (None if it cannot be opened).

    Idempotent: a second call does not add a second handler.
    """
    target = Path(file) if file else paths.log_file()
    root = logging.getLogger("workreport")
    for handler in root.handlers:
        if isinstance(handler, PrivateRotatingFileHandler) and Path(handler.baseFilename) == target.resolve():
            return target
    try:
        handler = PrivateRotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:  # a read-only data dir must not stop the app
        logging.getLogger(__name__).warning("cannot open the log file %s: %s", target, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.level else level)
    log.info("workreport started (pid %s), logging to %s", os.getpid(), target)
    return target


def remove(file: Path) -> None:
    """Detach and close the handler writing `file` (tests, and a data dir that changes)."""
    root = logging.getLogger("workreport")
    for handler in list(root.handlers):
        if isinstance(handler, PrivateRotatingFileHandler) and Path(handler.baseFilename) == Path(file).resolve():
            root.removeHandler(handler)
            handler.close()
