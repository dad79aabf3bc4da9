"""Schema of the term-count store (terms.sqlite3) as forward migrations (see schema.py for the rules)."""

from __future__ import annotations

from .schema import _statements

# Keyed by the library's report digest, so the counts follow a report's text, whatever its id. One row
# per (term, report) with integer keys: a trend reads one term's rows through the primary key.
_V1 = """
CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL UNIQUE
);
CREATE TABLE counted (
    id INTEGER PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE,              -- sha256 of Report.text (library reports.digest)
    chars INTEGER NOT NULL,                   -- characters counted (whitespace left out)
    lexicon TEXT NOT NULL                     -- version of the keyword dictionary that cut it
);
CREATE TABLE report_terms (
    term_id INTEGER NOT NULL,
    report INTEGER NOT NULL,                  -- counted.id: small integers keep this table small
    count INTEGER NOT NULL,
    PRIMARY KEY (term_id, report)
) WITHOUT ROWID;
"""

MIGRATIONS = (_V1,)
VERSION = len(MIGRATIONS)


def migrate(conn, current: int, target: int = VERSION) -> None:
    for version in range(current + 1, target + 1):
        for statement in _statements(MIGRATIONS[version - 1]):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {int(target)}")
