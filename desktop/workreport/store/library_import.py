"""Adding files and folders to the library: parallel parsing, progress, cancel, resume.

Files are parsed in a process pool (`core.library_entry.prepare`); this process
writes each result in its own transaction together with its import-journal
row. The journal lists every file of an import before parsing starts, so an
import killed midway leaves the rest 'pending' and the next import (or
`resume`) finishes them: a file is either in the library or still pending,
never half there, and a text already in the library is never added twice.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

from ..core.library_entry import Failure, PreparedReport, prepare, report_files
from .library import AddOutcome, Library
from .library_schema import JournalState

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, path)


@dataclass
class ImportSummary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    cancelled: bool = False
    remaining: int = 0  # files not reached (cancelled)
    seconds: float = 0.0
    bytes: int = 0
    # worker seconds (parse, extract, index) and this process's seconds writing to the database (write)
    timings: dict = field(default_factory=lambda: {"parse": 0.0, "extract": 0.0, "index": 0.0, "write": 0.0})

    @property
    def total(self) -> int:
        return (len(self.added) + len(self.updated) + len(self.duplicates) + len(self.unchanged)
                + len(self.failed))

    def to_dict(self) -> dict:
        return {"added": len(self.added), "updated": len(self.updated), "duplicates": len(self.duplicates),
                "unchanged": len(self.unchanged), "failed": [{"path": p, "reason": r} for p, r in self.failed],
                "cancelled": self.cancelled, "remaining": self.remaining, "seconds": round(self.seconds, 2)}


def import_paths(library: Library, paths, *, workers: int | None = None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, mp_context: str = "spawn") -> ImportSummary:
    """Add report files (folders are searched) and finish any import left pending."""
    files = report_files(paths)
    library.journal_add(files)
    return resume(library, workers=workers, progress=progress, cancelled=cancelled, mp_context=mp_context)


def reparse_stale(library: Library, **kwargs) -> ImportSummary:
    """Re-parse reports stamped by an older parser (from their files, where they still exist)."""
    stale = [r.path for r in library.stale() if r.path and os.path.exists(r.path)]
    library.journal_add(stale)
    return resume(library, **kwargs)


def resume(library: Library, *, workers: int | None = None, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None, mp_context: str = "spawn") -> ImportSummary:
    """Import every file the journal still lists as pending."""
    summary = ImportSummary()
    t0 = time.perf_counter()
    pending = library.journal_pending()
    todo = []
    for path in pending:
        try:
            st = os.stat(path)
        except OSError as exc:
            _record(library, summary, Failure(path, f"cannot read the file: {exc.strerror or exc}"))
            continue
        if library.is_unchanged(path, st.st_size, st.st_mtime):
            with library.write() as c:
                library.journal_mark(c, path, JournalState.DONE)
            summary.unchanged.append(path)
        else:
            todo.append(path)
    total = len(pending)
    done = total - len(todo)
    if progress:
        progress(done, total, "")
    stop = cancelled or (lambda: False)
    if todo:
        done = _run(library, todo, summary, workers, progress, stop, done, total, mp_context)
    summary.remaining = total - done
    summary.cancelled = summary.remaining > 0
    if summary.cancelled:
        library.journal_drop_pending()  # a cancel is the user's choice: nothing left to resume
    library.journal_clear()
    summary.seconds = time.perf_counter() - t0
    return summary


def _run(library, todo, summary, workers, progress, stop, done, total, mp_context) -> int:
    workers = max(1, workers or os.cpu_count() or 1)
    if workers == 1 or len(todo) == 1:
        for path in todo:
            if stop():
                break
            _record(library, summary, prepare(path))
            done += 1
            if progress:
                progress(done, total, path)
        return done
    ctx = multiprocessing.get_context(mp_context)
    window = workers * 4  # bounded in flight: a cancel takes effect quickly
    with ProcessPoolExecutor(workers, mp_context=ctx) as pool:
        queue = iter(todo)
        running = set()
        try:
            while True:
                while len(running) < window and not stop():
                    path = next(queue, None)
                    if path is None:
                        break
                    running.add(pool.submit(prepare, path))
                if not running:
                    break
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                for fut in finished:
                    result = fut.result()
                    _record(library, summary, result)
                    done += 1
                    if progress:
                        progress(done, total, result.path)
                if stop():
                    for fut in running:
                        fut.cancel()
                    # results already parsed are still worth keeping
                    for fut in running:
                        if not fut.cancelled():
                            _record(library, summary, fut.result())
                            done += 1
                    running = set()
                    break
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return done


def _record(library: Library, summary: ImportSummary, result) -> None:
    """Write one file's outcome and its journal row in one transaction (commit per file)."""
    t0 = time.perf_counter()
    try:
        _write(library, summary, result)
    finally:
        summary.timings["write"] += time.perf_counter() - t0


def _write(library: Library, summary: ImportSummary, result) -> None:
    with library.write() as c:
        if isinstance(result, Failure):
            library.journal_mark(c, result.path, JournalState.FAILED, result.reason)
            summary.failed.append((result.path, result.reason))
            return
        assert isinstance(result, PreparedReport)
        outcome, _rid = library.add_in(c, result)
        library.journal_mark(c, result.path,
                             JournalState.DUPLICATE if outcome == AddOutcome.DUPLICATE else JournalState.DONE)
    {AddOutcome.ADDED: summary.added, AddOutcome.UPDATED: summary.updated,
     AddOutcome.DUPLICATE: summary.duplicates}[outcome].append(result.path)
    summary.bytes += result.file_size
    for k, v in result.timings.items():
        summary.timings[k] = summary.timings.get(k, 0.0) + v
