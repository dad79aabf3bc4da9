"""Opening the SQLite file: pragmas, migrations, and recovery from a bad file.

A store that cannot be read (not SQLite, or damaged) must not stop the app:
it is moved aside — never overwritten, never deleted — and a fresh store is
started; the caller learns about it through `Recovery` and tells the user.

Read-only callers (`connect_read_only`, for exports) never move, create or
repair anything: a missing store reads as an empty one (in memory), a damaged
one is a StoreError with a sentence for the user.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from . import schema

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000  # a second app instance waits this long for a write lock
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


class StoreError(Exception):
    """The store cannot be used (and it is not a damage we can recover from)."""


class StoreFile:
    """The life cycle the stores share: one connection, closed once, usable in a `with` block."""

    _conn: sqlite3.Connection  # set by the subclass; a closed one raises sqlite3.ProgrammingError
    recovery: Recovery | None = None

    def close(self) -> None:
        conn = getattr(self, "_conn", None)  # None when __init__ failed before connecting
        if conn is not None:
            conn.close()  # closing twice is harmless

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def recovery_message(self) -> str:
        return self.recovery.message() if self.recovery else ""


class _Damaged(Exception):
    pass


@dataclass(frozen=True)
class Recovery:
    """A damaged store file that was moved aside when the store was opened."""

    moved_to: Path
    reason: str
    what: str = "notes"  # which file: "notes", "library"

    def message(self) -> str:
        return (f"The {self.what} file could not be read ({self.reason}). It was kept as "
                f"{self.moved_to} and a new, empty {self.what} file was started.")


def connect(path: Path, schema_module=schema, what: str = "notes", synchronous: str = "FULL",
            encoding: str = "") -> tuple[sqlite3.Connection, Recovery | None]:
    """An open, migrated connection; moves a damaged file aside first if needed.

    `schema_module` has MIGRATIONS, VERSION and migrate(conn, current); `what` names the
    file in messages; `encoding` (e.g. "UTF-16le") applies to a new file. Files are private (0600).
    """
    path = Path(path)
    paths.private_dir(path.parent)
    try:
        return _open(path, schema_module, what, synchronous, encoding), None
    except _Damaged as exc:
        reason = str(exc)
    try:
        moved = _move_aside(path)
    except OSError as exc:
        raise StoreError(f"the {what} file {path} is damaged ({reason}) and could not be moved aside: {exc}") from exc
    log.warning("damaged %s file moved aside to %s (%s)", what, moved, reason)
    return _open(path, schema_module, what, synchronous, encoding), Recovery(moved, reason, what)


def connect_read_only(path: Path, schema_module=schema, what: str = "notes") -> sqlite3.Connection:
    """A connection that cannot write: nothing is created, moved or repaired.

    No file yet: an empty in-memory store. An older schema is migrated first
    (that keeps the notes, and the next start would do it anyway).
    """
    path = Path(path)
    if not path.exists():
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _migrate(conn, schema_module)
        return conn
    if not path.is_file():
        raise StoreError(f"the {what} file {path} is not a file")
    conn = _open_read_only(path, schema_module, what)
    if conn.execute("PRAGMA user_version").fetchone()[0] < schema_module.VERSION:
        conn.close()
        try:
            _open(path, schema_module, what).close()
        except _Damaged as exc:
            raise _damaged_error(path, str(exc), what) from None
        conn = _open_read_only(path, schema_module, what)
    return conn


def _open_read_only(path: Path, schema_module=schema, what: str = "notes") -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the {what} file {path}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _refuse_newer(conn, schema_module, what)
        _check(conn)
        conn.execute("PRAGMA query_only = ON")
    except _Damaged as exc:
        conn.close()
        raise _damaged_error(path, str(exc), what) from None
    except sqlite3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", None) in _CORRUPT_CODES:
            raise _damaged_error(path, str(exc), what) from None
        raise StoreError(f"cannot read the {what} file {path}: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _damaged_error(path: Path, reason: str, what: str = "notes") -> StoreError:
    return StoreError(f"the {what} file {path} is damaged ({reason}); nothing was changed. "
                      f"Opening the app keeps a copy of it and starts a new {what} file.")


def _open(path: Path, schema_module=schema, what: str = "notes", synchronous: str = "FULL",
          encoding: str = "") -> sqlite3.Connection:
    try:
        paths.private_file(path)  # created 0600 before SQLite opens it: -wal and -shm get its mode
    except OSError as exc:
        raise StoreError(f"cannot create the {what} file {path}: {exc}") from exc
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the {what} file {path}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if encoding:
            _set_encoding(conn, encoding)
        _refuse_newer(conn, schema_module, what)  # before anything writes to the file
        _configure(conn, what, synchronous)
        _check(conn)
        _migrate(conn, schema_module)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", None) in _CORRUPT_CODES:
            raise _Damaged(str(exc)) from exc
        raise StoreError(f"cannot use the {what} file {path}: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    _make_private(path)
    return conn


def _set_encoding(conn: sqlite3.Connection, encoding: str) -> None:
    """A new, empty file only: the encoding is fixed once the first table exists."""
    if conn.execute("PRAGMA page_count").fetchone()[0] == 0 and encoding in ("UTF-8", "UTF-16le", "UTF-16be"):
        conn.execute(f"PRAGMA encoding = '{encoding}'")
        conn.execute("CREATE TABLE IF NOT EXISTS _create (x)")
        conn.execute("DROP TABLE _create")


def _make_private(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            os.chmod(str(path) + suffix, 0o600)
        except OSError:
            pass


def _refuse_newer(conn: sqlite3.Connection, schema_module=schema, what: str = "notes") -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema_module.VERSION:
        raise StoreError(f"the {what} file was written by a newer version of the app "
                         f"(schema {version}, this app knows up to {schema_module.VERSION})")


def _configure(conn: sqlite3.Connection, what: str = "notes", synchronous: str = "FULL") -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise StoreError(f"the {what} file cannot use write-ahead logging (journal mode {mode})")
    # FULL: a commit is on disk before we report it, even across a power cut.
    conn.execute(f"PRAGMA synchronous = {'NORMAL' if synchronous == 'NORMAL' else 'FULL'}")
    conn.execute("PRAGMA foreign_keys = ON")


def _check(conn: sqlite3.Connection) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    if rows != ["ok"]:
        raise _Damaged("; ".join(rows[:3]))


def _migrate(conn: sqlite3.Connection, schema_module=schema) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version >= schema_module.VERSION:
        return
    with transaction(conn):
        # Another instance may have migrated while we waited for the lock.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < schema_module.VERSION:
            schema_module.migrate(conn, version)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT: take the write lock up front (no upgrade deadlock)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def savepoint(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A step inside an open transaction that can fail on its own: an error undoes only this step."""
    conn.execute("SAVEPOINT step")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK TO step")
        conn.execute("RELEASE step")
        raise
    conn.execute("RELEASE step")


def write(conn: sqlite3.Connection):
    """A transaction, or a savepoint when one is already open (so store methods nest in a batch)."""
    return savepoint(conn) if conn.in_transaction else transaction(conn)


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
