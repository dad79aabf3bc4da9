"""The library: many reports in one SQLite file (library.sqlite3), searchable together.

Separate from the notes store. One row per distinct text (keyed by its sha256),
with detected metadata (which the user may edit: edited fields survive a
re-parse), length, the target records (zlib JSON), paragraph refs and the text.

For the scorecard: `region_reports(region)` gives every report of a region,
oldest first, with its year and its target records (TargetRecord.to_dict()).

Search index (chosen by measuring three candidates side by side, bench/search_index.py):
one contentless FTS5 table, `text_grams` (detail=none), holding each report's
distinct 1- and 2-character grams (core/search_grams.py). A 1- or 2-character
query (碳, 双碳, 5G, AI) is one gram; a longer one is the AND of its bigrams.
The index proposes candidate reports; each is checked by a substring count over
its text, so the result set is exactly a plain substring scan's (a query of
only characters the tokenizer drops, such as punctuation, is answered by the
scan itself). Results come newest first, so a page of them needs only that
page's texts checked (`limit`).
Why this one (bench/search_index.py on corpus-full, 3,045 texts, 152.5 MB):
  * every candidate answers the 30 test queries in about the same time (p50 330-370 ms, p95
    1.1-1.3 s for the whole result set): the substring check of the candidates dominates, so the
    index only has to narrow well, and the library shows results a page at a time, newest first;
  * FTS5 trigram + this gram table for 1-2 characters: no faster, 85 MB more (1.50x the text
    against 0.95x, text table included) and 60% longer to build (188 s against 117 s);
  * tantivy (MIT) with an n-gram tokenizer: the smallest index (30 MB) and the fastest build
    (56 s, multi-threaded), but a 5 MB wheel (17.5 MB installed) of native code and a second store
    beside SQLite: its commits are not the report's transaction, so an import killed midway could
    leave the two disagreeing and recovery would have to reconcile them. FTS5 ships with Python
    and commits each report, its text, its index rows and its journal row together.
The file is UTF-16 (texts are mostly CJK: 2 bytes a character, not 3).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from .. import paths
from ..core.library_entry import PreparedReport
from ..core.search_grams import grams_document, grams_query
from ..core.version import PARSER_VERSION
from . import library_schema
from .connection import StoreFile, connect, transaction
from .library_schema import JournalState

log = logging.getLogger(__name__)

LIBRARY_FILE = "library.sqlite3"
SNIPPETS_PER_REPORT = 3
SNIPPET_REPORTS = 50  # reports that get their snippets at once (the rest: Library.fill_snippets)
SNIPPET_CONTEXT = 30

_COLS = ("id, digest, path, title, region, level, year, date, length, n_targets, parser_version, edited, "
         "added, parsed")


def library_file() -> Path:
    return paths.data_dir() / LIBRARY_FILE


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class AddOutcome(StrEnum):
    ADDED = "added"
    DUPLICATE = "duplicate"  # same text already in the library
    UPDATED = "updated"  # same text, re-parsed (newer parser) or moved


@dataclass(frozen=True)
class ReportRow:
    id: int
    digest: str
    path: str
    title: str
    region: str
    level: str
    year: int | None
    date: str
    length: int
    n_targets: int
    parser_version: int
    edited: str
    added: str
    parsed: str

    @property
    def edited_fields(self) -> set[str]:
        return {f for f in self.edited.split(",") if f}

    def to_dict(self) -> dict:
        return {"id": self.id, "path": self.path, "title": self.title, "region": self.region,
                "level": self.level, "year": self.year, "date": self.date, "length": self.length,
                "targets": self.n_targets, "digest": self.digest}


@dataclass(frozen=True)
class Hit:
    offset: int  # in the report's text
    ref: str  # paragraph reference (§3(1)¶2) to open the report there


@dataclass(frozen=True)
class Snippet:
    ref: str
    offset: int  # of the hit in the report's text
    text: str  # a window of the paragraph around the hit
    start: int  # the hit within `text`
    end: int

    def to_dict(self) -> dict:
        return {"ref": self.ref, "offset": self.offset, "text": self.text, "start": self.start, "end": self.end}


@dataclass
class SearchResult:
    report: ReportRow
    hits: int
    hit_list: list[Hit] = field(default_factory=list)  # the first few (Library.hits gives them all)
    snippets: list[Snippet] = field(default_factory=list)

    def to_dict(self) -> dict:
        r = self.report
        return {"path": r.path, "title": r.title, "region": r.region, "level": r.level, "year": r.year,
                "hits": self.hits, "snippets": [s.to_dict() for s in self.snippets]}


@dataclass(frozen=True)
class Filters:
    region: str = ""
    level: str = ""
    year_from: int | None = None
    year_to: int | None = None

    def sql(self) -> tuple[str, list]:
        where, args = [], []
        if self.region:
            where.append("r.region = ?")
            args.append(self.region)
        if self.level:
            where.append("r.level = ?")
            args.append(self.level)
        if self.year_from is not None:
            where.append("r.year >= ?")
            args.append(self.year_from)
        if self.year_to is not None:
            where.append("r.year <= ?")
            args.append(self.year_to)
        return (" AND ".join(where) or "1"), args


def open_library(path: str | Path | None = None) -> Library:
    """Open (creating or migrating) the library; `library.recovery` says if a bad file was moved aside."""
    return Library(Path(path) if path else library_file())


class Library(StoreFile):
    def __init__(self, path: Path):
        self.path = Path(path)
        # NORMAL in WAL mode: a power cut may lose the last commits, never corrupt; the
        # import journal re-does lost files, so imports need not pay an fsync per file.
        self._conn, self.recovery = connect(self.path, library_schema, "library", synchronous="NORMAL",
                                            encoding="UTF-16le")

    # -- life cycle --------------------------------------------------------------------------


    def _write(self):
        return transaction(self._conn)

    # -- adding --------------------------------------------------------------------------------

    def add(self, prepared: PreparedReport) -> tuple[AddOutcome, int]:
        """Store one prepared report (one transaction). A known text is not added twice."""
        with self._write() as c:
            return self._add(c, prepared)

    def add_in(self, c: sqlite3.Connection, prepared: PreparedReport) -> tuple[AddOutcome, int]:
        """As `add`, inside the caller's transaction (import commits the journal with it)."""
        return self._add(c, prepared)

    def _add(self, c, p: PreparedReport) -> tuple[AddOutcome, int]:
        row = c.execute("SELECT id, parser_version, edited, path FROM reports WHERE digest = ?",
                        (p.digest,)).fetchone()
        if row is None:
            # one report per file: a file whose text changed (edited, or a new parser reads it
            # differently) replaces its old row, keeping the id and the user's edits
            same_file = c.execute("SELECT id, edited FROM reports WHERE path = ? ORDER BY id LIMIT 1",
                                  (p.path,)).fetchone()
            if same_file is not None:
                self._replace_text(c, same_file[0], p)
                self._refresh(c, same_file[0], same_file[1], p)
                return AddOutcome.UPDATED, same_file[0]
            return AddOutcome.ADDED, self._insert(c, p)
        rid, version, edited, old_path = row
        if version == p.parser_version and Path(old_path).exists():
            return AddOutcome.DUPLICATE, rid
        # a newer parser (or the file moved): refresh what parsing gives, keep the user's edits
        self._refresh(c, rid, edited, p)
        return AddOutcome.UPDATED, rid

    def _insert(self, c, p: PreparedReport) -> int:
        ident = p.identity
        stamp = now()
        cur = c.execute(
            "INSERT INTO reports (digest, path, title, region, level, year, date, detected, length, n_targets, "
            "targets, blocks, parser_version, file_size, file_mtime, added, parsed) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (p.digest, p.path, ident["title"], ident["region"], ident["level"], ident["year"], ident["date"],
             json.dumps(ident, ensure_ascii=False), len(p.text), len(p.targets),
             _pack(p.targets), p.blocks,
             p.parser_version, p.file_size, p.file_mtime, stamp, stamp))
        rid = cur.lastrowid
        c.execute("INSERT INTO report_text (report_id, text) VALUES (?, ?)", (rid, p.text))
        c.execute("INSERT INTO text_grams (rowid, grams) VALUES (?, ?)", (rid, p.grams))
        return rid

    def _replace_text(self, c, rid: int, p: PreparedReport) -> None:
        old = c.execute("SELECT text FROM report_text WHERE report_id = ?", (rid,)).fetchone()
        if old is not None:  # contentless FTS5: a delete names the indexed values
            c.execute("INSERT INTO text_grams (text_grams, rowid, grams) VALUES ('delete', ?, ?)",
                      (rid, grams_document(old[0])))
        c.execute("INSERT OR REPLACE INTO report_text (report_id, text) VALUES (?, ?)", (rid, p.text))
        c.execute("INSERT INTO text_grams (rowid, grams) VALUES (?, ?)", (rid, p.grams))
        c.execute("UPDATE reports SET digest = ?, length = ? WHERE id = ?", (p.digest, len(p.text), rid))

    def _refresh(self, c, rid: int, edited: str, p: PreparedReport) -> None:
        ident = p.identity
        keep = {f for f in edited.split(",") if f}
        fields = {k: ident[k] for k in library_schema.EDITABLE if k not in keep}
        sets = ", ".join(f"{k} = ?" for k in fields)
        c.execute(f"UPDATE reports SET {sets}{', ' if sets else ''}path = ?, detected = ?, n_targets = ?, "
                  "targets = ?, blocks = ?, parser_version = ?, file_size = ?, file_mtime = ?, parsed = ? "
                  "WHERE id = ?",
                  (*fields.values(), p.path, json.dumps(ident, ensure_ascii=False), len(p.targets),
                   _pack(p.targets), p.blocks,
                   p.parser_version, p.file_size, p.file_mtime, now(), rid))

    def stale_paths(self) -> list[str]:
        """Files of reports parsed by an older parser that still exist (to re-parse them)."""
        return [r.path for r in self.stale() if r.path and Path(r.path).exists()]

    # -- reading ----------------------------------------------------------------------------------

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM reports").fetchone()[0]

    def reports(self, filters: Filters = Filters()) -> list[ReportRow]:
        """Reports in region, year order (plain rows: the UI groups them)."""
        where, args = filters.sql()
        rows = self._conn.execute(f"SELECT {_prefixed('r')} FROM reports r WHERE {where} "
                                  "ORDER BY r.region, r.year, r.id", args)
        return [ReportRow(*r) for r in rows]

    def report(self, report_id: int) -> ReportRow | None:
        row = self._conn.execute(f"SELECT {_COLS} FROM reports WHERE id = ?", (report_id,)).fetchone()
        return ReportRow(*row) if row else None

    def find(self, digest: str = "", path: str = "") -> ReportRow | None:
        if digest:
            row = self._conn.execute(f"SELECT {_COLS} FROM reports WHERE digest = ?", (digest,)).fetchone()
        else:
            row = self._conn.execute(f"SELECT {_COLS} FROM reports WHERE path = ? ORDER BY id DESC LIMIT 1",
                                     (str(path),)).fetchone()
        return ReportRow(*row) if row else None

    def text(self, report_id: int) -> str:
        row = self._conn.execute("SELECT text FROM report_text WHERE report_id = ?", (report_id,)).fetchone()
        return row[0] if row else ""

    def targets(self, report_id: int) -> list[dict]:
        row = self._conn.execute("SELECT targets FROM reports WHERE id = ?", (report_id,)).fetchone()
        return _unpack(row[0]) if row else []

    def detected(self, report_id: int) -> dict:
        row = self._conn.execute("SELECT detected FROM reports WHERE id = ?", (report_id,)).fetchone()
        return json.loads(row[0]) if row else {}

    def region_reports(self, region: str, level: str = "") -> list[tuple[ReportRow, list[dict]]]:
        """All reports of a region, oldest first, each with its target records (for the scorecard)."""
        rows = self.reports(Filters(region=region, level=level))
        return [(r, self.targets(r.id)) for r in sorted(rows, key=lambda r: (r.year or 0, r.id))]

    def regions(self) -> list[tuple[str, str, int]]:
        """(region, level, number of reports)."""
        return list(self._conn.execute(
            "SELECT region, level, count(*) FROM reports GROUP BY region, level ORDER BY region, level"))

    def stale(self) -> list[ReportRow]:
        """Reports parsed by an older parser: import re-parses them from their files."""
        rows = self._conn.execute(f"SELECT {_COLS} FROM reports WHERE parser_version != ? ORDER BY id",
                                  (PARSER_VERSION,))
        return [ReportRow(*r) for r in rows]

    def is_unchanged(self, path: str, size: int, mtime: float) -> bool:
        """The file at `path` is already in the library, as it is now, parsed by this parser."""
        row = self._conn.execute("SELECT 1 FROM reports WHERE path = ? AND file_size = ? AND file_mtime = ? "
                                 "AND parser_version = ?", (str(path), size, mtime, PARSER_VERSION)).fetchone()
        return row is not None

    # -- editing ---------------------------------------------------------------------------------

    def update_metadata(self, report_id: int, **fields) -> ReportRow:
        """A user's edit of title/region/level/year/date; later re-parses keep it."""
        bad = set(fields) - set(library_schema.EDITABLE)
        if bad:
            raise ValueError(f"not editable: {', '.join(sorted(bad))}")
        if "level" in fields and fields["level"] not in ("",) + library_schema.LEVELS:
            raise ValueError(f"unknown level: {fields['level']}")
        with self._write() as c:
            row = c.execute("SELECT edited FROM reports WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise KeyError(report_id)
            edited = sorted({f for f in row[0].split(",") if f} | set(fields))
            sets = ", ".join(f"{k} = ?" for k in fields)
            c.execute(f"UPDATE reports SET {sets}, edited = ? WHERE id = ?",
                      (*fields.values(), ",".join(edited), report_id))
        updated = self.report(report_id)
        assert updated is not None  # it was there inside the write, and nothing deletes in between
        return updated

    def remove(self, report_ids) -> int:
        n = 0
        with self._write() as c:
            for rid in report_ids:
                row = c.execute("SELECT text FROM report_text WHERE report_id = ?", (rid,)).fetchone()
                if row is None:
                    continue
                # contentless FTS5: a delete names the indexed values
                c.execute("INSERT INTO text_grams (text_grams, rowid, grams) VALUES ('delete', ?, ?)",
                          (rid, grams_document(row[0])))
                c.execute("DELETE FROM reports WHERE id = ?", (rid,))
                n += 1
        return n

    # -- search --------------------------------------------------------------------------------

    def search(self, query: str, filters: Filters = Filters(), limit: int | None = None,
               snippets: int = SNIPPETS_PER_REPORT, snippet_reports: int | None = SNIPPET_REPORTS
               ) -> list[SearchResult]:
        """Reports whose text contains `query` (exact substring), newest first; at most `limit`.

        Every result has its full hit count; the first `snippet_reports` (None: all) also have
        their first hits and snippets (`fill_snippets` adds them to others when shown).
        """
        query = query.replace("\n", "")
        if not query:
            return []
        where, args = filters.sql()
        match = grams_query(query)
        order = "ORDER BY r.year IS NULL, r.year DESC, r.region, r.id"
        if match:
            ids = self._conn.execute(
                f"SELECT r.id FROM reports r WHERE r.id IN (SELECT rowid FROM text_grams WHERE text_grams MATCH ?) "
                f"AND {where} {order}", [match, *args])
        else:
            ids = self._conn.execute(f"SELECT r.id FROM reports r WHERE {where} {order}", args)
        results = []
        for (rid,) in ids.fetchall():
            if limit is not None and len(results) >= limit:
                break
            row = self._conn.execute(f"SELECT {_COLS}, (SELECT text FROM report_text WHERE report_id = id) "
                                     "FROM reports WHERE id = ?", (rid,)).fetchone()
            text = row[-1]
            n = text.count(query)
            if not n:
                continue
            result = SearchResult(ReportRow(*row[:-1]), n)
            if snippet_reports is None or len(results) < snippet_reports:
                self._fill(result, query, text, snippets)
            results.append(result)
        return results

    def fill_snippets(self, result: SearchResult, query: str, snippets: int = SNIPPETS_PER_REPORT) -> SearchResult:
        """Give a result its first hits and snippets (search leaves them out past `snippet_reports`)."""
        if not result.snippets:
            self._fill(result, query, self.text(result.report.id), snippets)
        return result

    def _fill(self, result: SearchResult, query: str, text: str, snippets: int) -> None:
        row = self._conn.execute("SELECT blocks FROM reports WHERE id = ?", (result.report.id,)).fetchone()
        refs = str(row[0] if row else "").split("\n")
        result.hit_list = _hits(text, query, refs, snippets)
        result.snippets = [_snippet(text, h, len(query)) for h in result.hit_list]

    def hits(self, report_id: int, query: str) -> list[Hit]:
        """Every hit of `query` in one report, with its paragraph: to mark them when it is opened."""
        row = self._conn.execute("SELECT blocks, (SELECT text FROM report_text WHERE report_id = id) "
                                 "FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None or not query:
            return []
        return _hits(row[1], query, row[0].split("\n"), None)

    def scan(self, query: str, filters: Filters = Filters()) -> dict[int, int]:
        """Brute force: report id → hit count by reading every text (the search's reference)."""
        where, args = filters.sql()
        out = {}
        for rid, text in self._conn.execute(f"SELECT r.id, t.text FROM reports r JOIN report_text t "
                                            f"ON t.report_id = r.id WHERE {where}", args):
            n = text.count(query) if query else 0
            if n:
                out[rid] = n
        return out

    # -- import journal (used by library_import) ---------------------------------------------------

    def journal_add(self, paths_) -> None:
        with self._write() as c:
            c.executemany("INSERT INTO import_journal (path, state, updated) VALUES (?, ?, ?) "
                          "ON CONFLICT(path) DO UPDATE SET state = excluded.state, reason = '', "
                          "updated = excluded.updated",
                          [(str(p), JournalState.PENDING, now()) for p in paths_])

    def journal_pending(self) -> list[str]:
        return [r[0] for r in self._conn.execute(
            "SELECT path FROM import_journal WHERE state = ? ORDER BY path", (JournalState.PENDING,))]

    def journal_entries(self) -> list[tuple[str, str, str]]:
        return list(self._conn.execute("SELECT path, state, reason FROM import_journal ORDER BY path"))

    def journal_mark(self, c, path: str, state: JournalState, reason: str = "") -> None:
        c.execute("UPDATE import_journal SET state = ?, reason = ?, updated = ? WHERE path = ?",
                  (state, reason, now(), str(path)))

    def journal_clear(self) -> None:
        with self._write() as c:
            c.execute("DELETE FROM import_journal WHERE state != ?", (JournalState.PENDING,))

    def journal_drop_pending(self) -> None:
        with self._write() as c:
            c.execute("DELETE FROM import_journal WHERE state = ?", (JournalState.PENDING,))

    def write(self):
        """A write transaction on the library (BEGIN IMMEDIATE … COMMIT)."""
        return self._write()


def _prefixed(alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in _COLS.split(","))


def _pack(records: list[dict]) -> bytes:
    return zlib.compress(json.dumps(records, ensure_ascii=False).encode("utf-8"), 6)


def _unpack(blob) -> list[dict]:
    return json.loads(zlib.decompress(blob).decode("utf-8")) if blob else []


def _hits(text: str, query: str, refs: list[str], limit: int | None) -> list[Hit]:
    """Hits left to right; block k of the text follows its k-th newline (blocks are joined by "\n")."""
    out = []
    i = text.find(query)
    line, counted = 0, 0
    while i >= 0 and (limit is None or len(out) < limit):
        line += text.count("\n", counted, i)
        counted = i
        out.append(Hit(i, refs[line] if line < len(refs) else ""))
        i = text.find(query, i + len(query))
    return out


def _snippet(text: str, hit: Hit, qlen: int) -> Snippet:
    para_start = text.rfind("\n", 0, hit.offset) + 1
    para_end = text.find("\n", hit.offset + qlen)
    para_end = len(text) if para_end < 0 else para_end
    lo = max(para_start, hit.offset - SNIPPET_CONTEXT)
    hi = min(para_end, hit.offset + qlen + SNIPPET_CONTEXT)
    return Snippet(hit.ref, hit.offset, text[lo:hi], hit.offset - lo, hit.offset - lo + qlen)
