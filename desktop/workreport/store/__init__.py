"""The user's bookmarks, highlights and notes (SQLite, Qt-free).

    from workreport.store import open_store, open_document
    store = open_store()              # paths.store_file(); store.recovery if a bad file was moved aside
    opened = open_document(store, report)
"""

from .connection import Recovery, StoreError
from .document_notes import (
                             OpenedDocument,
                             PlacedBookmark,
                             PlacedHighlight,
                             bookmark_block,
                             highlight_span,
                             open_document,
)
from .notes_store import Store, open_store
from .records import Bookmark, Document, Highlight
from .schema import BOOKMARK_KINDS, COLOURS, STATUSES, VERSION

__all__ = ["BOOKMARK_KINDS", "COLOURS", "STATUSES", "VERSION", "Bookmark", "Document", "Highlight",
           "OpenedDocument", "PlacedBookmark", "PlacedHighlight", "Recovery", "Store", "StoreError",
           "bookmark_block", "highlight_span", "open_document", "open_store"]
