"""The library database's schema as a list of forward migrations (see schema.py for the rules).

Never edit a migration that has shipped: append one. `PRAGMA user_version` is
the number applied.
"""

from __future__ import annotations

from enum import StrEnum

from .schema import _statements

LEVELS = ("national", "province", "city", "county")
EDITABLE = ("title", "region", "level", "year", "date")


class JournalState(StrEnum):
    """Where a file of an import stands (import_journal.state; its CHECK lists the same values)."""

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"
    DUPLICATE = "duplicate"

_V1 = """
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE,              -- sha256 of Report.text: one row per text
    path TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '' CHECK (level IN ('', 'national', 'province', 'city', 'county')),
    year INTEGER,
    date TEXT NOT NULL DEFAULT '',
    detected TEXT NOT NULL DEFAULT '{}',      -- JSON: what detection found, kept beside user edits
    edited TEXT NOT NULL DEFAULT '',          -- comma list of fields the user set (re-parse keeps them)
    length INTEGER NOT NULL DEFAULT 0,
    n_targets INTEGER NOT NULL DEFAULT 0,
    targets BLOB,                             -- zlib(JSON): [TargetRecord.to_dict(), …]
    blocks TEXT NOT NULL DEFAULT '',          -- paragraph refs of the blocks, one a line
    parser_version INTEGER NOT NULL DEFAULT 0,
    file_size INTEGER NOT NULL DEFAULT 0,
    file_mtime REAL NOT NULL DEFAULT 0,
    added TEXT NOT NULL,
    parsed TEXT NOT NULL
);
CREATE TABLE report_text (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE VIRTUAL TABLE text_grams USING fts5(grams, content='', detail='none');
CREATE INDEX reports_region_year ON reports(region, year);
CREATE INDEX reports_path ON reports(path);
"""

# v2: the import journal, so an import killed midway resumes where it stopped.
_V2 = """
CREATE TABLE import_journal (
    path TEXT PRIMARY KEY,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed', 'duplicate')),
    reason TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX reports_year ON reports(year);
"""

MIGRATIONS = (_V1, _V2)
VERSION = len(MIGRATIONS)


def migrate(conn, current: int, target: int = VERSION) -> None:
    """Apply migrations current+1 … target; the caller holds a write transaction."""
    for version in range(current + 1, target + 1):
        for statement in _statements(MIGRATIONS[version - 1]):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {int(target)}")
