"""Import W3C annotations into a document's notes, placing each on the current text.

Idempotent: an annotation whose id the document already has is not added
again (it is updated if the incoming copy was modified later).
Each annotation is stored on its own (a savepoint inside one transaction):
one that the store refuses is listed in `skipped` and the others are kept.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field

from ..core.anchors import EXACT, FUZZY, POSITION, Anchorer, anchor_to
from ..core.annotation_io import Incoming, Skipped
from ..core.model import Report
from .connection import transaction
from .document_notes import open_document
from .notes_store import Store, now
from .schema import BOOKMARK_KINDS, COLOURS, STATUSES

log = logging.getLogger(__name__)


@dataclass
class ImportResult:
    anchored: int = 0  # placed where the selectors said, or found verbatim elsewhere
    fuzzy: int = 0  # placed by approximate matching
    orphaned: int = 0  # kept with their quote, not placed
    already_present: int = 0
    updated: int = 0
    skipped: list[Skipped] = field(default_factory=list)  # not imported, with the reason

    def summary(self) -> str:
        text = (f"{self.anchored} anchored, {self.fuzzy} re-anchored fuzzily, {self.orphaned} orphaned"
                f" ({self.already_present} already present, {self.updated} of them updated)")
        return text + (f"; {len(self.skipped)} skipped" if self.skipped else "")


def import_annotations(store: Store, report: Report, items: list[Incoming]) -> ImportResult:
    doc = open_document(store, report).document  # adopts notes of an earlier text at the same path
    anchorer = Anchorer(report.text)
    result = ImportResult()
    conn = store._conn
    with transaction(conn):
        for item in items:
            conn.execute("SAVEPOINT one")
            counts = dict(vars(result))
            try:
                _import_one(store, doc.id, report, anchorer, item, result)
            except (sqlite3.IntegrityError, ValueError, TypeError) as exc:
                conn.execute("ROLLBACK TO one")  # only this annotation; the others stay
                vars(result).update(counts, skipped=result.skipped)  # it counts as skipped, nothing else
                log.warning("annotation %s not imported: %s", item.index, exc)
                result.skipped.append(Skipped(item.index, item.uuid, f"the notes store refused it ({exc})"))
            conn.execute("RELEASE one")
    return result


def _import_one(store, doc_id, report, anchorer, item: Incoming, result: ImportResult) -> None:
    placement = anchorer.reanchor(item.anchor) if item.anchor is not None else None
    anchor = anchor_to(report.text, placement, item.anchor) if placement else None
    c = store._conn
    if item.kind == "bookmark":
        existing = c.execute("SELECT id, updated FROM bookmarks WHERE document_id = ? AND uuid = ?",
                             (doc_id, item.uuid)).fetchone()
        if existing:
            result.already_present += 1
            if item.modified and item.modified > existing[1]:
                c.execute("UPDATE bookmarks SET label = ?, updated = ? WHERE id = ?",
                          (item.label, item.modified, existing[0]))
                result.updated += 1
            return
        kind = item.bookmark_kind if item.bookmark_kind in BOOKMARK_KINDS else "paragraph"
        ref = item.ref
        if placement is not None and not placement.orphan and kind != "target":
            block = report.block_at(placement.start)
            ref = block.ref if block else ref
        a = anchor
        c.execute("INSERT INTO bookmarks (uuid, document_id, kind, ref, label, start, exact, prefix, suffix, created, "
                  "updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                  (item.uuid, doc_id, kind, ref, item.label, a.start if a else -1, a.exact if a else "",
                   a.prefix if a else "", a.suffix if a else "", item.created or now(), item.modified or now()))
        if placement is None:  # a target bookmark without a quote: nothing to place
            result.anchored += 1
        else:
            _count(result, placement)
        return
    existing = c.execute("SELECT id, updated FROM highlights WHERE document_id = ? AND uuid = ?",
                         (doc_id, item.uuid)).fetchone()
    colour = item.colour if item.colour in COLOURS else "yellow"
    status = item.status if item.status in STATUSES else None
    if existing:
        result.already_present += 1
        if item.modified and item.modified > existing[1]:
            c.execute("UPDATE highlights SET colour = ?, note = ?, note_format = ?, target = ?, status = ?, "
                      "updated = ? WHERE id = ?",
                      (colour, item.note, item.note_format, item.target, status, item.modified, existing[0]))
            c.execute("DELETE FROM tags WHERE highlight_id = ?", (existing[0],))
            _tags(c, existing[0], item.tags)
            result.updated += 1
        return
    stamp = now()
    cur = c.execute('INSERT INTO highlights (uuid, document_id, start, "end", exact, prefix, suffix, colour, note, '
                    "note_format, target, status, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (item.uuid, doc_id, anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix,
                     colour, item.note, item.note_format, item.target, status, item.created or stamp,
                     item.modified or item.created or stamp))
    _tags(c, cur.lastrowid, item.tags)
    _count(result, placement)


def _tags(c, highlight_id, tags) -> None:
    c.executemany("INSERT OR IGNORE INTO tags (highlight_id, tag) VALUES (?, ?)",
                  [(highlight_id, t.strip()) for t in tags if t.strip()])


def _count(result: ImportResult, placement) -> None:
    method = placement.method
    if method in (POSITION, EXACT):
        result.anchored += 1
    elif method == FUZZY:
        result.fuzzy += 1
    else:
        result.orphaned += 1
