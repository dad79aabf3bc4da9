"""Opening the SQLite file: pragmas, migrations, and recovery from a bad file.

A store that cannot be read (not SQLite, or damaged) must not stop the app:
it is moved aside — never overwritten, never deleted — and a fresh store is
started; the caller learns about it through `Recovery` and tells the user.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import schema

BUSY_TIMEOUT_MS = 10_000  # a second app instance waits this long for a write lock
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


class StoreError(Exception):
    """The store cannot be used (and it is not a damage we can recover from)."""


class _Damaged(Exception):
    pass


@dataclass(frozen=True)
class Recovery:
    """A damaged store file that was moved aside when the store was opened."""

    moved_to: Path
    reason: str

    def message(self) -> str:
        return (f"The notes file could not be read ({self.reason}). It was kept as "
                f"{self.moved_to} and a new, empty notes file was started.")


def connect(path: Path) -> tuple[sqlite3.Connection, Recovery | None]:
    """An open, migrated connection; moves a damaged file aside first if needed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _open(path), None
    except _Damaged as exc:
        reason = str(exc)
    try:
        moved = _move_aside(path)
    except OSError as exc:
        raise StoreError(f"the notes file {path} is damaged ({reason}) and could not be moved aside: {exc}") from exc
    return _open(path), Recovery(moved, reason)


def _open(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the notes file {path}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _refuse_newer(conn)  # before anything writes to the file
        _configure(conn)
        _check(conn)
        _migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", None) in _CORRUPT_CODES:
            raise _Damaged(str(exc)) from exc
        raise StoreError(f"cannot use the notes file {path}: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _refuse_newer(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.VERSION:
        raise StoreError(f"the notes file was written by a newer version of the app "
                         f"(schema {version}, this app knows up to {schema.VERSION})")


def _configure(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise StoreError(f"the notes file cannot use write-ahead logging (journal mode {mode})")
    # FULL: a commit is on disk before we report it, even across a power cut.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _check(conn: sqlite3.Connection) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    if rows != ["ok"]:
        raise _Damaged("; ".join(rows[:3]))


def _migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version >= schema.VERSION:
        return
    with transaction(conn):
        # Another instance may have migrated while we waited for the lock.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < schema.VERSION:
            schema.migrate(conn, version)


@contextmanager
def transaction(conn: sqlite3.Connection):
    """BEGIN IMMEDIATE … COMMIT: take the write lock up front (no upgrade deadlock)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _move_aside(path: Path) -> Path:
    """Rename the file (and its -wal/-shm) to a name that does not exist yet."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while any(Path(str(target) + s).exists() for s in ("", "-wal", "-shm")):
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    for suffix in ("-wal", "-shm", ""):  # the main file last: a crash leaves it in place
        src = Path(str(path) + suffix)
        if src.exists():
            os.rename(src, str(target) + suffix)
    return target
