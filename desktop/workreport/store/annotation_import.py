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

from ..core.anchors import EXACT, FUZZY, POSITION, Anchor, Anchorer, Placement, anchor_to
from ..core.annotation_io import Incoming, Skipped
from ..core.kinds import BookmarkKind, NoteKind
from ..core.model import Report
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
    with store.batch():
        for item in items:
            counts = dict(vars(result))
            try:
                with store.batch():  # a savepoint: a refusal undoes only this annotation; the others stay
                    _import_one(store, doc.id, report, anchorer, item, result)
            except (sqlite3.IntegrityError, ValueError, TypeError) as exc:
                vars(result).update(counts, skipped=result.skipped)  # it counts as skipped, nothing else
                log.warning("annotation %s not imported: %s", item.index, exc)
                result.skipped.append(Skipped(item.index, item.uuid, f"the notes store refused it ({exc})"))
    return result


def _import_one(store: Store, doc_id: int, report: Report, anchorer: Anchorer, item: Incoming,
                result: ImportResult) -> None:
    placement = anchorer.reanchor(item.anchor) if item.anchor is not None else None
    anchor = anchor_to(report.text, placement, item.anchor) if placement and item.anchor is not None else None
    if item.kind == NoteKind.BOOKMARK:
        _import_bookmark(store, doc_id, report, item, placement, anchor, result)
        return
    colour = item.colour if item.colour in COLOURS else COLOURS[0]
    status = item.status if item.status in STATUSES else None
    existing = store.highlight_by_uuid(doc_id, item.uuid)
    if existing:
        result.already_present += 1
        if item.modified and item.modified > existing.updated:
            store.update_highlight(existing.id, colour=colour, note=item.note, note_format=item.note_format,
                                   target=item.target, status=status, tags=item.tags, updated=item.modified)
            result.updated += 1
        return
    if anchor is None or placement is None:
        raise ValueError("a highlight needs a quote to place")
    stamp = now()
    store.add_highlight(doc_id, anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix,
                        colour=colour, note=item.note, note_format=item.note_format, tags=item.tags,
                        target=item.target, status=status, uuid=item.uuid, created=item.created or stamp,
                        updated=item.modified or item.created or stamp)
    _count(result, placement)


def _import_bookmark(store: Store, doc_id: int, report: Report, item: Incoming, placement: Placement | None,
                     anchor: Anchor | None, result: ImportResult) -> None:
    existing = store.bookmark_by_uuid(doc_id, item.uuid)
    if existing:
        result.already_present += 1
        if item.modified and item.modified > existing.updated:
            store.update_bookmark(existing.id, label=item.label, updated=item.modified)
            result.updated += 1
        return
    kind = BookmarkKind(item.bookmark_kind) if item.bookmark_kind in BOOKMARK_KINDS else BookmarkKind.PARAGRAPH
    ref = item.ref
    if placement is not None and not placement.orphan and kind != BookmarkKind.TARGET:
        block = report.block_at(placement.start)
        ref = block.ref if block else ref
    stamp = now()
    store.add_bookmark(doc_id, kind, ref, item.label, start=anchor.start if anchor else -1,
                       exact=anchor.exact if anchor else "", prefix=anchor.prefix if anchor else "",
                       suffix=anchor.suffix if anchor else "", uuid=item.uuid, created=item.created or stamp,
                       updated=item.modified or stamp)
    if placement is None:  # a target bookmark without a quote: nothing to place
        result.anchored += 1
    else:
        _count(result, placement)


def _count(result: ImportResult, placement: Placement) -> None:
    method = placement.method
    if method in (POSITION, EXACT):
        result.anchored += 1
    elif method == FUZZY:
        result.fuzzy += 1
    else:
        result.orphaned += 1
