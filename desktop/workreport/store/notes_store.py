"""The notes store: documents, bookmarks, highlights and notes in one SQLite file.

Every change runs in its own BEGIN IMMEDIATE transaction and is on disk
when the method returns. Deleting is soft (deleted_at) so the UI can undo;
`purge_deleted` removes such rows for good.
"""

from __future__ import annotations

import bisect
import sqlite3
import uuid as uuidlib
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from itertools import repeat
from operator import add, itemgetter
from pathlib import Path

from .. import paths
from ..core.kinds import BookmarkKind
from .connection import StoreFile, connect, connect_read_only, write
from .records import Bookmark, Document, Highlight
from .schema import BOOKMARK_KINDS, COLOURS, STATUSES

_H_COLS = ('id, uuid, document_id, start, "end", exact, prefix, suffix, colour, note, note_format, '
           'target, status, created, updated, deleted_at')
_B_COLS = ("id, uuid, document_id, kind, ref, label, start, exact, prefix, suffix, created, updated, deleted_at")
_START_ID = itemgetter(1, 0)
_COUNTS_BY_QUERY = 300  # more bounds than this: Store.highlight_counts reads the starts instead
_MARKED = " AND (target != '' OR status IS NOT NULL)"
_EDITABLE = {"colour", "note", "note_format", "target", "status", "start", "end", "exact", "prefix", "suffix"}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_uuid() -> str:
    return uuidlib.uuid4().hex


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (creating or migrating) the store; `store.recovery` says if a bad file was moved aside.

    read_only: for commands that only read (exports): never creates, moves or repairs the
    file; a missing store is empty, a damaged one raises StoreError.
    """
    if path:
        path = Path(path)
    else:
        path = (paths.data_dir_path() / paths.STORE_NAME) if read_only else paths.store_file()
    return Store(path, read_only=read_only)


class Store(StoreFile):
    def __init__(self, path: Path, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        if read_only:
            self._conn, self.recovery = connect_read_only(self.path), None
        else:
            self._conn, self.recovery = connect(self.path)

    # -- life cycle ------------------------------------------------------------


    def integrity_check(self) -> list[str]:
        return [r[0] for r in self._conn.execute("PRAGMA integrity_check")]

    def batch(self) -> AbstractContextManager[sqlite3.Connection]:
        """One transaction around several changes; nested, a savepoint that an error undoes alone.

        Every method that writes opens one too, so calls inside a batch become its steps.
        """
        return write(self._conn)

    _write = batch

    # -- documents ---------------------------------------------------------------

    def document(self, digest: str, path: str = "", title: str = "") -> Document:
        """The document with this digest, created if new; remembers its last path and title."""
        with self._write() as c:
            c.execute("INSERT INTO documents (digest, path, title, opened_at) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT(digest) DO UPDATE SET "
                      "path = CASE WHEN excluded.path != '' THEN excluded.path ELSE path END, "
                      "title = CASE WHEN excluded.title != '' THEN excluded.title ELSE title END, "
                      "opened_at = excluded.opened_at",
                      (digest, str(path or ""), title or "", now()))
        found = self.find_document(digest)
        assert found is not None  # just written
        return found

    def find_document(self, digest: str) -> Document | None:
        row = self._conn.execute("SELECT id, digest, path, title, opened_at FROM documents WHERE digest = ?",
                                 (digest,)).fetchone()
        return Document(*row) if row else None

    def documents_at(self, path: str) -> list[Document]:
        """Documents last opened from `path`, most recent first."""
        rows = self._conn.execute("SELECT id, digest, path, title, opened_at FROM documents WHERE path = ? "
                                  "ORDER BY opened_at DESC, id DESC", (str(path),))
        return [Document(*r) for r in rows]

    def documents(self) -> list[Document]:
        return [Document(*r) for r in self._conn.execute(
            "SELECT id, digest, path, title, opened_at FROM documents ORDER BY id")]

    def rekey_document(self, document_id: int, digest: str) -> None:
        """The file at a known path changed: its notes now belong to the new text."""
        with self._write() as c:
            c.execute("UPDATE documents SET digest = ? WHERE id = ?", (digest, document_id))

    # -- highlights and notes ------------------------------------------------------

    def add_highlight(self, document_id: int, start: int, end: int, exact: str, prefix: str = "",
                      suffix: str = "", *, colour: str = "yellow", note: str = "", note_format: str = "text",
                      tags: Iterable[str] = (), target: str = "", status: str | None = None, uuid: str | None = None,
                      created: str | None = None, updated: str | None = None) -> Highlight:
        with self._write() as c:
            hid = _insert_highlight(c, document_id, start, end, exact, prefix, suffix, colour=colour, note=note,
                                    note_format=note_format, tags=tags, target=target, status=status, uuid=uuid,
                                    created=created, updated=updated)
        return self._existing_highlight(hid)

    def add_highlights(self, document_id: int, items: list[dict]) -> int:
        """Bulk insert (one transaction) of dicts with add_highlight's keyword names."""
        stamp = now()
        with self._write() as c:
            for it in items:
                fields = {"created": stamp, **it}
                _insert_highlight(c, document_id, **fields)
        return len(items)

    def highlight(self, highlight_id: int) -> Highlight | None:
        rows = self._highlights("h.id = ?", (highlight_id,))
        return rows[0] if rows else None

    def _existing_highlight(self, highlight_id: int) -> Highlight:
        found = self.highlight(highlight_id)
        if found is None:
            raise KeyError(highlight_id)
        return found

    def highlight_by_uuid(self, document_id: int, uuid: str) -> Highlight | None:
        rows = self._highlights("h.document_id = ? AND h.uuid = ?", (document_id, uuid))
        return rows[0] if rows else None

    def highlights(self, document_id: int, *, include_deleted: bool = False) -> list[Highlight]:
        """All highlights of a document in reading order."""
        where = "h.document_id = ?" + ("" if include_deleted else " AND h.deleted_at IS NULL")
        return self._highlights(where, (document_id,))

    def search(self, document_id: int, query: str = "", *, colour: str | None = None, tag: str | None = None,
               status: str | None = None) -> list[Highlight]:
        """Highlights whose quote, note or a tag contains `query` (any length, 1 CJK character too).

        instr() rather than FTS5: SQLite 3.40's trigram tokenizer finds nothing under 3 characters.
        """
        where = ["h.document_id = ?", "h.deleted_at IS NULL"]
        args: list[int | str] = [document_id]
        if query:
            q = query.lower()
            where.append("(instr(lower(h.exact), ?) > 0 OR instr(lower(h.note), ?) > 0 OR EXISTS "
                         "(SELECT 1 FROM tags t WHERE t.highlight_id = h.id AND instr(lower(t.tag), ?) > 0))")
            args += [q, q, q]
        if colour:
            where.append("h.colour = ?")
            args.append(colour)
        if status:
            where.append("h.status = ?")
            args.append(status)
        if tag:
            where.append("EXISTS (SELECT 1 FROM tags t WHERE t.highlight_id = h.id AND t.tag = ?)")
            args.append(tag)
        return self._highlights(" AND ".join(where), args)

    def highlight_spans(self, document_id: int, start: int | None = None,
                        end: int | None = None) -> list[tuple[int, int, int, str, str, str | None]]:
        """(id, start, end, colour, target, status) of the live highlights, by start then id; with
        start and end only those overlapping report.text[start:end].

        Read from the index highlights_live alone (no quote, note or tags: those are read when a row
        is shown): every row's place and colour, then target and status of the few that have one."""
        where, args = "", (document_id,)
        if start is not None and end is not None:
            # the index walks the starts below `end` (no row built for those that end before `start`)
            where, args = ' AND start < ? AND "end" > ?', (document_id, end, start)
        rows = self._from_index('id, start, "end", colour', where, args)
        marked = self._from_index("start, id, target, status", where + _MARKED, args) if rows else []
        spans = list(map(add, rows, repeat(("", None))))  # no Python step per row: thousands
        for begin, ident, target, status in marked:  # found by (start, id): the order both are read in
            i = bisect.bisect_left(spans, (begin, ident), key=_START_ID)
            if i < len(spans) and spans[i][0] == ident:  # else added between the two reads: listed next time
                spans[i] = (*spans[i][:4], target, status)
        return spans

    def marked_highlight_ids(self, document_id: int) -> list[int]:
        """Ids of the live highlights on a target or with a status, in reading order."""
        return [r[0] for r in self._from_index("id", _MARKED, (document_id,))]

    def highlight_counts(self, document_id: int, bounds: list[int]) -> list[int]:
        """Live highlights starting in [bounds[i], bounds[i + 1]) for each i (the last: to the end)."""
        if len(bounds) > _COUNTS_BY_QUERY:  # a query per bound would cost more than reading every start
            starts = [r[0] for r in self._from_index("start", "", (document_id,), order=" ORDER BY start")]
            at = [bisect.bisect_left(starts, b) for b in bounds] + [len(starts)]
            return [at[i + 1] - at[i] for i in range(len(bounds))]
        out = []
        for i, lo in enumerate(bounds):
            if i + 1 < len(bounds):
                where, args = " AND start >= ? AND start < ?", (document_id, lo, bounds[i + 1])
            else:
                where, args = " AND start >= ?", (document_id, lo)
            out.append(self._from_index("count(*)", where, args, order="")[0][0])
        return out

    def highlight_ids_after(self, document_id: int, after: int) -> list[int]:
        """Ids above `after` of the document's live highlights (those added since a check)."""
        return [r[0] for r in self._conn.execute(
            "SELECT id FROM highlights WHERE id > ? AND document_id = ? AND deleted_at IS NULL ORDER BY id",
            (after, document_id))]

    def count_highlights(self, document_id: int) -> int:
        return self._from_index("count(*)", "", (document_id,), order="")[0][0]

    def _from_index(self, cols: str, where: str, args: tuple, order: str = " ORDER BY start, id") -> list:
        """A query on a document's live highlights, read from the index highlights_live alone."""
        sql = "SELECT {cols} FROM highlights{index} WHERE document_id = ? AND deleted_at IS NULL{where}{order}"
        try:
            return self._conn.execute(sql.format(cols=cols, index=" INDEXED BY highlights_live", where=where,
                                                 order=order), args).fetchall()
        except sqlite3.OperationalError:  # no such index: a read-only store of an older version
            return self._conn.execute(sql.format(cols=cols, index="", where=where, order=order), args).fetchall()

    def iter_highlights(self, document_id: int) -> Iterator[Highlight]:
        """The document's highlights one by one, in reading order, without holding them all (exports)."""
        rows = self._conn.execute(
            f"SELECT {_H_COLS}, (SELECT group_concat(tag, char(31)) FROM tags t WHERE t.highlight_id = h.id) "
            "FROM highlights h WHERE h.document_id = ? AND h.deleted_at IS NULL ORDER BY h.start, h.id",
            (document_id,))
        for r in rows:
            tags = tuple(sorted(r[16].split("\x1f"))) if r[16] else ()
            yield _highlight(r, tags)

    def tags(self, document_id: int) -> list[str]:
        return [r[0] for r in self._conn.execute(
            "SELECT DISTINCT t.tag FROM tags t JOIN highlights h ON h.id = t.highlight_id "
            "WHERE h.document_id = ? AND h.deleted_at IS NULL ORDER BY t.tag", (document_id,))]

    def update_highlight(self, highlight_id: int, *, tags=None, updated: str | None = None, **fields) -> Highlight:
        unknown = set(fields) - _EDITABLE
        if unknown:
            raise TypeError(f"cannot update {', '.join(sorted(unknown))}")
        if "colour" in fields:
            _check_colour(fields["colour"])
        if "status" in fields:
            _check_status(fields["status"])
        fields["updated"] = updated or now()
        sets = ", ".join(f'"{k}" = ?' for k in fields)
        with self._write() as c:
            cur = c.execute(f"UPDATE highlights SET {sets} WHERE id = ?", [*fields.values(), highlight_id])
            if cur.rowcount == 0:
                raise KeyError(highlight_id)
            if tags is not None:
                c.execute("DELETE FROM tags WHERE highlight_id = ?", (highlight_id,))
                _insert_tags(c, highlight_id, tags)
        return self._existing_highlight(highlight_id)

    def move_highlights(self, moves) -> None:
        """Store re-anchored positions: iterable of (id, Anchor); does not touch `updated`."""
        with self._write() as c:
            c.executemany('UPDATE highlights SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ? WHERE id = ?',
                          [(a.start, a.end, a.exact, a.prefix, a.suffix, hid) for hid, a in moves])

    def delete_highlight(self, highlight_id: int) -> Highlight:
        """Soft delete; returns the row so the caller can offer undo (restore_highlight)."""
        with self._write() as c:
            c.execute("UPDATE highlights SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", (now(), highlight_id))
        return self._existing_highlight(highlight_id)

    def restore_highlight(self, highlight_id: int) -> Highlight:
        with self._write() as c:
            c.execute("UPDATE highlights SET deleted_at = NULL WHERE id = ?", (highlight_id,))
        return self._existing_highlight(highlight_id)

    def purge_deleted(self, before: str | None = None) -> int:
        """Remove soft-deleted rows for good (deleted before `before`, default: all)."""
        cutoff = before or "9999"
        with self._write() as c:
            n = c.execute("DELETE FROM highlights WHERE deleted_at IS NOT NULL AND deleted_at < ?", (cutoff,)).rowcount
            n += c.execute("DELETE FROM bookmarks WHERE deleted_at IS NOT NULL AND deleted_at < ?", (cutoff,)).rowcount
        return n

    def _highlights(self, where: str, args) -> list[Highlight]:
        rows = self._conn.execute(f"SELECT {_H_COLS} FROM highlights h WHERE {where} ORDER BY h.start, h.id",
                                  args).fetchall()
        if not rows:
            return []
        tags: dict[int, list[str]] = {}
        if len(rows) == 1:
            tag_rows = self._conn.execute("SELECT highlight_id, tag FROM tags WHERE highlight_id = ? ORDER BY tag",
                                          (rows[0][0],))
        else:
            tag_rows = self._conn.execute(
                f"SELECT t.highlight_id, t.tag FROM tags t JOIN highlights h ON h.id = t.highlight_id "
                f"WHERE {where} ORDER BY t.tag", args)
        for hid, tag in tag_rows:
            tags.setdefault(hid, []).append(tag)
        return [_highlight(r, tuple(tags.get(r[0], ()))) for r in rows]

    # -- bookmarks -------------------------------------------------------------------

    def add_bookmark(self, document_id: int, kind: BookmarkKind | str, ref: str, label: str = "", *, start: int = -1,
                     exact: str = "", prefix: str = "", suffix: str = "", uuid: str | None = None,
                     created: str | None = None, updated: str | None = None) -> Bookmark:
        if kind not in BOOKMARK_KINDS:
            raise ValueError(f"bookmark kind must be one of {', '.join(BOOKMARK_KINDS)}, not {kind!r}")
        created = created or now()
        with self._write() as c:
            cur = c.execute(
                "INSERT INTO bookmarks (uuid, document_id, kind, ref, label, start, exact, prefix, suffix, created, "
                "updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (uuid or new_uuid(), document_id, kind, ref, label, start, exact, prefix, suffix, created,
                 updated or created))
        return self._existing_bookmark(_row_id(cur))

    def bookmark(self, bookmark_id: int) -> Bookmark | None:
        row = self._conn.execute(f"SELECT {_B_COLS} FROM bookmarks WHERE id = ?", (bookmark_id,)).fetchone()
        return _bookmark(row) if row else None

    def _existing_bookmark(self, bookmark_id: int) -> Bookmark:
        found = self.bookmark(bookmark_id)
        if found is None:
            raise KeyError(bookmark_id)
        return found

    def bookmark_by_uuid(self, document_id: int, uuid: str) -> Bookmark | None:
        row = self._conn.execute(f"SELECT {_B_COLS} FROM bookmarks WHERE document_id = ? AND uuid = ?",
                                 (document_id, uuid)).fetchone()
        return _bookmark(row) if row else None

    def bookmarks(self, document_id: int, *, include_deleted: bool = False) -> list[Bookmark]:
        extra = "" if include_deleted else " AND deleted_at IS NULL"
        rows = self._conn.execute(f"SELECT {_B_COLS} FROM bookmarks WHERE document_id = ?{extra} "
                                  "ORDER BY start, id", (document_id,))
        return [_bookmark(r) for r in rows]

    def find_bookmark(self, document_id: int, kind: str, ref: str) -> Bookmark | None:
        row = self._conn.execute(f"SELECT {_B_COLS} FROM bookmarks WHERE document_id = ? AND kind = ? AND ref = ? "
                                 "AND deleted_at IS NULL ORDER BY id LIMIT 1", (document_id, kind, ref)).fetchone()
        return _bookmark(row) if row else None

    def update_bookmark(self, bookmark_id: int, *, updated: str | None = None, **fields) -> Bookmark:
        unknown = set(fields) - {"label", "ref", "start", "exact", "prefix", "suffix"}
        if unknown:
            raise TypeError(f"cannot update {', '.join(sorted(unknown))}")
        fields["updated"] = updated or now()
        sets = ", ".join(f"{k} = ?" for k in fields)
        with self._write() as c:
            if c.execute(f"UPDATE bookmarks SET {sets} WHERE id = ?", [*fields.values(), bookmark_id]).rowcount == 0:
                raise KeyError(bookmark_id)
        return self._existing_bookmark(bookmark_id)

    def delete_bookmark(self, bookmark_id: int) -> Bookmark:
        with self._write() as c:
            c.execute("UPDATE bookmarks SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", (now(), bookmark_id))
        return self._existing_bookmark(bookmark_id)

    def restore_bookmark(self, bookmark_id: int) -> Bookmark:
        with self._write() as c:
            c.execute("UPDATE bookmarks SET deleted_at = NULL WHERE id = ?", (bookmark_id,))
        return self._existing_bookmark(bookmark_id)


def _highlight(row, tags: tuple[str, ...]) -> Highlight:
    """A row of _H_COLS (deleted_at last) and the highlight's tags."""
    return Highlight(*row[:13], tags=tags, created=row[13], updated=row[14], deleted=row[15] is not None)


def _bookmark(row) -> Bookmark:
    """A row of _B_COLS (deleted_at last)."""
    return Bookmark(*row[:12], deleted=row[12] is not None)


def _row_id(cur: sqlite3.Cursor) -> int:
    assert cur.lastrowid is not None  # after an INSERT
    return cur.lastrowid


def _insert_highlight(conn: sqlite3.Connection, document_id: int, start: int, end: int, exact: str,
                      prefix: str = "", suffix: str = "", *, colour: str = "yellow", note: str = "",
                      note_format: str = "text", tags: Iterable[str] = (), target: str = "",
                      status: str | None = None, uuid: str | None = None, created: str | None = None,
                      updated: str | None = None) -> int:
    """The one place a highlight row is written (add_highlight, add_highlights and imports come here)."""
    _check_colour(colour)
    _check_status(status)
    created = created or now()
    cur = conn.execute(
        'INSERT INTO highlights (uuid, document_id, start, "end", exact, prefix, suffix, colour, note, '
        "note_format, target, status, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (uuid or new_uuid(), document_id, start, end, exact, prefix, suffix, colour, note,
         note_format, target, status, created, updated or created))
    hid = _row_id(cur)
    _insert_tags(conn, hid, tags)
    return hid


def _insert_tags(conn: sqlite3.Connection, highlight_id: int, tags: Iterable[str]) -> None:
    """The one place tags are written."""
    clean = sorted({t.strip() for t in tags if t and t.strip()})
    conn.executemany("INSERT INTO tags (highlight_id, tag) VALUES (?, ?)", [(highlight_id, t) for t in clean])


def _check_colour(colour: str) -> None:
    if colour not in COLOURS:
        raise ValueError(f"colour must be one of {', '.join(COLOURS)}, not {colour!r}")


def _check_status(status: str | None) -> None:
    if status is not None and status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
