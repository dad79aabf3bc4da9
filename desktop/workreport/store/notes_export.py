"""A report's notes for export, read without writing anything to the store.

Unlike `open_document` (which registers the document and saves re-anchored
positions), this only reads: notes are placed on the current text in memory.
Highlights are streamed so a store with many notes is never held whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import NamedTuple

from ..core.anchors import EXACT, FUZZY, Anchorer, Placement, anchor_to
from ..core.kinds import BookmarkKind
from ..core.model import Report
from .document_notes import source_path
from .notes_store import Store
from .records import Bookmark, Document, Highlight


class Placed(NamedTuple):
    record: Highlight | Bookmark
    placement: Placement | None  # None: a target bookmark without a quote


def find_notes_document(store: Store, report: Report) -> Document | None:
    """The report's document; else the one last opened from the same path (an edited file)."""
    doc = store.find_document(report.digest)
    if doc is None and report.source:
        earlier = store.documents_at(source_path(report))
        doc = earlier[0] if earlier else None
    return doc


def _moved(report: Report, record, placement: Placement):
    """The record with its anchor at `placement` when re-anchoring moved it."""
    if placement.method not in (EXACT, FUZZY):
        return record
    a = anchor_to(report.text, placement, record.anchor)
    fields = dict(start=a.start, exact=a.exact, prefix=a.prefix, suffix=a.suffix)
    if isinstance(record, Highlight):
        fields["end"] = a.end
    elif record.kind != BookmarkKind.TARGET:
        block = report.block_at(a.start)
        fields["ref"] = block.ref if block is not None else record.ref
    return dataclasses.replace(record, **fields)


def iter_placed_highlights(store: Store, report: Report, doc: Document | None,
                           anchorer: Anchorer | None = None) -> Iterator[Placed]:
    if doc is None:
        return
    anchorer = anchorer or Anchorer(report.text)
    for h in store.iter_highlights(doc.id):
        p = anchorer.reanchor(h.anchor)
        yield Placed(_moved(report, h, p), p)


def placed_bookmarks(store: Store, report: Report, doc: Document | None,
                     anchorer: Anchorer | None = None) -> list[Placed]:
    if doc is None:
        return []
    anchorer = anchorer or Anchorer(report.text)
    out = []
    for b in store.bookmarks(doc.id):
        anchor = b.anchor
        if anchor is None:
            out.append(Placed(b, None))
            continue
        p = anchorer.reanchor(anchor)
        out.append(Placed(_moved(report, b, p), p))
    return out
