"""The store's schema as a list of forward migrations.

`PRAGMA user_version` is the number of migrations applied. Never edit a
migration that has shipped: append a new one. Each runs inside the same
transaction as the user_version bump, so a crash leaves the old version.
"""

from __future__ import annotations

from ..core.kinds import BookmarkKind, NoteStatus

COLOURS = ("yellow", "green", "blue", "pink", "purple")
STATUSES = tuple(NoteStatus)
BOOKMARK_KINDS = tuple(BookmarkKind)  # the bookmarks.kind CHECK constraint spells the same values

_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE,          -- sha256 of Report.text
    path TEXT NOT NULL DEFAULT '',        -- where it was last opened from
    title TEXT NOT NULL DEFAULT '',
    opened_at TEXT NOT NULL
);
CREATE TABLE bookmarks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('outline', 'paragraph', 'target')),
    ref TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT 'yellow',
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
"""

# v2: tags, Markdown notes, notes on targets with a tracking status.
_V2 = """
ALTER TABLE highlights ADD COLUMN note_format TEXT NOT NULL DEFAULT 'text'
    CHECK (note_format IN ('text', 'markdown'));
ALTER TABLE highlights ADD COLUMN target TEXT NOT NULL DEFAULT '';
ALTER TABLE highlights ADD COLUMN status TEXT
    CHECK (status IS NULL OR status IN ('not_started', 'on_track', 'achieved', 'missed', 'unknown'));
CREATE TABLE tags (
    highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (highlight_id, tag)
) WITHOUT ROWID;
ALTER TABLE bookmarks ADD COLUMN updated TEXT NOT NULL DEFAULT '';
UPDATE bookmarks SET updated = created;
"""

# v3: stable ids (W3C annotation ids, idempotent import), soft delete for
# undo, and a quote anchor on bookmarks so they survive an edited document.
_V3 = """
ALTER TABLE highlights ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
UPDATE highlights SET uuid = lower(hex(randomblob(16)));
ALTER TABLE highlights ADD COLUMN deleted_at TEXT;
ALTER TABLE bookmarks ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
UPDATE bookmarks SET uuid = lower(hex(randomblob(16)));
ALTER TABLE bookmarks ADD COLUMN deleted_at TEXT;
ALTER TABLE bookmarks ADD COLUMN start INTEGER NOT NULL DEFAULT -1;
ALTER TABLE bookmarks ADD COLUMN exact TEXT NOT NULL DEFAULT '';
ALTER TABLE bookmarks ADD COLUMN prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE bookmarks ADD COLUMN suffix TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX highlights_uuid ON highlights(document_id, uuid);
CREATE UNIQUE INDEX bookmarks_uuid ON bookmarks(document_id, uuid);
CREATE INDEX highlights_document ON highlights(document_id, start);
CREATE INDEX bookmarks_document ON bookmarks(document_id);
CREATE INDEX documents_path ON documents(path);
"""

# v4: opening a document with thousands of notes reads their places from one index alone (the
# rows, with quotes and notes, are several times bigger); partial: deleted rows are left out.
_V4 = """
CREATE INDEX highlights_live ON highlights(document_id, start, id, "end", colour, target, status)
    WHERE deleted_at IS NULL;
"""

MIGRATIONS = (_V1, _V2, _V3, _V4)
VERSION = len(MIGRATIONS)


def migrate(conn, current: int, target: int = VERSION) -> None:
    """Apply migrations current+1 … target; the caller holds a write transaction."""
    for version in range(current + 1, target + 1):
        for statement in _statements(MIGRATIONS[version - 1]):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {int(target)}")


def _statements(script: str):
    """Split a migration script on ';' line ends (no triggers with inner ';' here)."""
    buf = []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        buf.append(line)
        if line.rstrip().endswith(";"):
            yield "\n".join(buf)
            buf = []
    if any(x.strip() for x in buf):
        yield "\n".join(buf)
