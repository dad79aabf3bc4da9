"""The library as the UI needs it: plain values, opened lazily (start-up never waits for it).

app.py makes one and hands it to ui/library (ui never imports store). The import runs in a
worker thread with its own connection (SQLite connections stay in their thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from .library import Filters, Library, library_file
from .library_import import import_paths

log = logging.getLogger(__name__)


class LibraryBackend:
    def __init__(self, path: str | Path | None = None, notes_store=None):
        self._path = Path(path) if path else None
        self._lib: Library | None = None
        self._lock = threading.Lock()
        self.notes_store = notes_store
        self.recovery_message = ""

    @property
    def path(self) -> Path:
        return self._path or library_file()

    @property
    def lib(self) -> Library:
        with self._lock:
            if self._lib is None:
                self._lib = Library(self.path)
                self.recovery_message = self._lib.recovery_message
            return self._lib

    @property
    def is_open(self) -> bool:
        return self._lib is not None

    def close(self) -> None:
        if self._lib is not None:
            self._lib.close()
            self._lib = None

    # -- reading -------------------------------------------------------------------------------

    def reports(self, level: str = "", year_from: int | None = None, year_to: int | None = None, region: str = ""):
        return self.lib.reports(Filters(region=region, level=level, year_from=year_from, year_to=year_to))

    def search(self, query: str, level: str = "", year_from: int | None = None, year_to: int | None = None,
               region: str = "", limit: int | None = None):
        return self.lib.search(query, Filters(region=region, level=level, year_from=year_from, year_to=year_to),
                               limit=limit, snippet_reports=limit)

    def hits(self, report_id: int, query: str) -> list[tuple[int, str]]:
        return [(h.offset, h.ref) for h in self.lib.hits(report_id, query)]

    def notes_count(self, digest: str) -> int:
        if self.notes_store is None:
            return 0
        doc = self.notes_store.find_document(digest)
        return self.notes_store.count_highlights(doc.id) if doc else 0

    def stale_paths(self) -> list[str]:
        """Files of reports an older parser read: the app re-parses them in the background."""
        return self.lib.stale_paths()

    def update(self, report_id: int, **fields):
        return self.lib.update_metadata(report_id, **fields)

    # -- adding (in a worker thread) -------------------------------------------------------------

    def import_files(self, paths, progress: Callable[[int, int, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None, workers: int | None = None) -> dict:
        """Runs in the caller's thread with its own connection; returns the summary as a dict."""
        with Library(self.path) as lib:
            summary = import_paths(lib, paths, workers=workers, progress=progress, cancelled=cancelled)
        return summary.to_dict()
