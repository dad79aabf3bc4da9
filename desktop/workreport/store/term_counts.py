"""Term counts of the library's reports (terms.sqlite3 beside library.sqlite3), for trends across years.

Each report's counts are stored once, keyed by its text digest, and recounted only when the keyword
dictionary changes; a trend is then one indexed read per term, with no segmentation.
`sync` counts the library reports that have no counts yet (the library's import can call `record`
for each new report instead).
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from .. import paths
from ..core.keywords import TermStats, TrendPoint
from . import term_counts_schema
from .connection import Recovery, StoreFile, transaction

log = logging.getLogger(__name__)

TERMS_FILE = "terms.sqlite3"


def _open_derived(path: Path) -> sqlite3.Connection:
    """Open (creating) the store. Its content is derived from the library and recounted at will, so
    it is not integrity-checked on open (a quick_check of a large file costs a second per trend);
    a file SQLite cannot use is removed and started again."""
    paths.private_dir(path.parent)
    for attempt in (1, 2):
        try:
            paths.private_file(path)
            conn = sqlite3.connect(str(path), timeout=10, isolation_level=None)
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > term_counts_schema.VERSION:
                raise sqlite3.DatabaseError("written by a newer version")
            if version < term_counts_schema.VERSION:
                with transaction(conn):
                    term_counts_schema.migrate(conn, version)
            return conn
        except sqlite3.DatabaseError as exc:
            if attempt == 2:
                raise
            log.warning("term counts file %s unusable (%s): starting it again", path, exc)
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
    raise AssertionError("unreachable")


def terms_file() -> Path:
    return paths.data_dir() / TERMS_FILE


class TermStore(StoreFile):
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else terms_file()
        self.recovery = None
        self._conn = _open_derived(self.path)
        self._ids: dict[str, int] = {}


    @property
    def recovery_info(self) -> Recovery | None:
        return self.recovery

    def counted(self, lexicon_version: str) -> set[str]:
        """Digests counted with this dictionary; counts made with another one are dropped first."""
        stale = self._conn.execute("SELECT 1 FROM counted WHERE lexicon <> ? LIMIT 1", (lexicon_version,)).fetchone()
        if stale:
            with transaction(self._conn) as c:  # a new dictionary cuts differently: recount everything
                c.execute("DELETE FROM report_terms")
                c.execute("DELETE FROM counted")
            return set()
        return {d for (d,) in self._conn.execute("SELECT digest FROM counted")}

    def record(self, digest: str, stats: TermStats, lexicon_version: str) -> None:
        self.record_many([(digest, stats)], lexicon_version)

    def record_many(self, items: Iterable[tuple[str, TermStats]], lexicon_version: str) -> None:
        """Store the counts of reports not counted yet, in one transaction."""
        with transaction(self._conn) as c:
            for digest, stats in items:
                if c.execute("SELECT 1 FROM counted WHERE digest = ?", (digest,)).fetchone():
                    continue
                rid = c.execute("INSERT INTO counted (digest, chars, lexicon) VALUES (?, ?, ?)",
                                (digest, stats.chars, lexicon_version)).lastrowid
                c.executemany("INSERT INTO report_terms (term_id, report, count) VALUES (?, ?, ?)",
                              [(self._term_id(c, t), rid, n) for t, n in stats.counts.items()])

    def _term_id(self, c, term: str) -> int:
        tid = self._ids.get(term)
        if tid is None:
            row = c.execute("SELECT id FROM terms WHERE term = ?", (term,)).fetchone()
            tid = row[0] if row else c.execute("INSERT INTO terms (term) VALUES (?)", (term,)).lastrowid
            self._ids[term] = tid
        return tid

    def forget(self, keep: set[str]) -> int:
        """Drop the counts of reports no longer in the library; returns how many."""
        gone = [(i,) for i, d in self._conn.execute("SELECT id, digest FROM counted") if d not in keep]
        if gone:
            with transaction(self._conn) as c:
                c.executemany("DELETE FROM report_terms WHERE report = ?", gone)
                c.executemany("DELETE FROM counted WHERE id = ?", gone)
        return len(gone)

    def chars(self) -> dict[str, int]:
        return dict(self._conn.execute("SELECT digest, chars FROM counted"))

    def counts(self, term: str) -> dict[str, int]:
        """digest -> occurrences of `term`, for the reports that use it.

        A longer term that holds it counts too (碳中和 inside 碳达峰碳中和): the trend of a term is how
        often reports say it, whatever the segmenter made of its neighbours."""
        ids = [i for (i,) in self._conn.execute("SELECT id FROM terms WHERE instr(term, ?) > 0", (term,))]
        digests = dict(self._conn.execute("SELECT id, digest FROM counted"))
        out: dict[str, int] = defaultdict(int)
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            for report, n in self._conn.execute(
                    f"SELECT report, count FROM report_terms WHERE term_id IN ({marks})", part):
                out[digests[report]] += n
        return dict(out)

    def trend(self, term: str, years: dict[str, int]) -> list[TrendPoint]:
        """Per year over the reports `years` names (digest -> year): occurrences, characters, reports."""
        chars = self.chars()
        counts = self.counts(term)
        acc: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for digest, year in years.items():
            if digest not in chars:
                continue
            a = acc[year]
            n = counts.get(digest, 0)
            a[0] += n
            a[1] += chars[digest]
            a[2] += 1
            a[3] += n > 0
        return [TrendPoint(y, *acc[y]) for y in sorted(acc)]


def sync(store: TermStore, reports: Iterable[tuple[str, Callable[[], str]]], lexicon_version: str,
         count: Callable[[str], TermStats], progress: Callable[[int, int], None] | None = None,
         batch: int = 50) -> int:
    """Count the reports (digest, text getter) not yet counted with this dictionary; returns how many."""
    done = store.counted(lexicon_version)
    todo = [(d, get) for d, get in reports if d not in done]
    pending = []
    for i, (digest, get_text) in enumerate(todo, 1):
        pending.append((digest, count(get_text())))
        if len(pending) >= batch or i == len(todo):
            store.record_many(pending, lexicon_version)
            pending = []
        if progress:
            progress(i, len(todo))
    if todo:
        log.info("counted terms of %d reports", len(todo))
    return len(todo)


def trends(library, store: TermStore, terms: list[str], region: str = "", level: str = "",
           progress: Callable[[int, int], None] | None = None) -> dict:
    """{term: {"first_year", "points": [TrendPoint.to_dict()]}} over the library's reports of a region or
    level (all when neither). Counts the reports not counted yet first (once per report and dictionary)."""
    from ..core.keywords import default_segmenter, first_year, term_stats
    from .library import Filters

    seg = default_segmenter()
    sync(store, [(r.digest, (lambda rid=r.id: library.text(rid))) for r in library.reports()],
         seg.lexicon.version, lambda text: term_stats(text, seg), progress)
    years = {r.digest: r.year for r in library.reports(Filters(region=region, level=level)) if r.year}
    out = {}
    for term in terms:
        points = store.trend(term, years)
        out[term] = {"first_year": first_year(points), "points": [p.to_dict() for p in points]}
    return out
