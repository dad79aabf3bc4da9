"""Opening a report's notes: find its document, re-anchor, report what moved.

Documents are keyed by Report.digest, so notes follow a moved or renamed
file. When the text at a known path changed (edited, or normalised
differently by a newer parser), the notes are adopted by the new text and
re-anchored; those that cannot be placed come back as orphans, never dropped.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..core.anchors import EXACT, FUZZY, ORPHAN, POSITION, Anchorer, Placement, anchor_to, make_anchor
from ..core.model import Report
from .notes_store import Store
from .records import Bookmark, Document, Highlight

BOOKMARK_QUOTE = 32  # characters of a block kept as a bookmark's quote


@dataclass(frozen=True)
class PlacedHighlight:
    highlight: Highlight
    placement: Placement


@dataclass(frozen=True)
class PlacedBookmark:
    bookmark: Bookmark
    placement: Placement | None  # None: a target bookmark without a quote


@dataclass
class OpenedDocument:
    document: Document
    highlights: list[PlacedHighlight]
    bookmarks: list[PlacedBookmark]
    adopted_from: str = ""  # digest of the older text whose notes were carried over
    counts: dict = field(default_factory=dict)  # placement method -> number of highlights

    @property
    def orphans(self) -> list[PlacedHighlight]:
        return [p for p in self.highlights if p.placement.orphan]


def source_path(report: Report) -> str:
    """The absolute path a report was read from ('' if it was not read from a file)."""
    return str(Path(report.source).resolve()) if report.source else ""


def open_document(store: Store, report: Report) -> OpenedDocument:
    doc = store.find_document(report.digest)
    adopted = ""
    source = source_path(report)
    if doc is None and source:
        earlier = store.documents_at(source)
        if earlier:
            try:
                store.rekey_document(earlier[0].id, report.digest)
                adopted = earlier[0].digest
            except sqlite3.IntegrityError:
                pass  # another instance registered this text meanwhile: use that document
    doc = store.document(report.digest, source, report.metadata.title)
    highlights, counts = place_highlights(store, report, store.highlights(doc.id))
    bookmarks = place_bookmarks(store, report, store.bookmarks(doc.id))
    return OpenedDocument(doc, highlights, bookmarks, adopted, counts)


def place_highlights(store: Store, report: Report, highlights) -> tuple[list[PlacedHighlight], dict]:
    """Re-anchor highlights on report.text; moved ones are saved at their new place."""
    anchorer = Anchorer(report.text)
    placed, moves = [], []
    counts = {POSITION: 0, EXACT: 0, FUZZY: 0, ORPHAN: 0}
    text = report.text
    for h in highlights:
        if h.exact and 0 <= h.start and text[h.start:h.start + len(h.exact)] == h.exact:
            p = Placement(h.start, h.start + len(h.exact), POSITION)  # on the text it was made on: no anchor work
        else:
            p = anchorer.reanchor(h.anchor)
        counts[p.method] += 1
        if p.method in (EXACT, FUZZY):
            moves.append((h.id, anchor_to(report.text, p, h.anchor)))
        placed.append(PlacedHighlight(h, p))
    if moves:
        store.move_highlights(moves)
        fresh = {h.id: h for h in store.highlights(highlights[0].document_id)}
        placed = [PlacedHighlight(fresh.get(x.highlight.id, x.highlight), x.placement) for x in placed]
    placed.sort(key=lambda x: (x.placement.orphan, x.placement.start, x.highlight.id))
    return placed, counts


def place_bookmarks(store: Store, report: Report, bookmarks) -> list[PlacedBookmark]:
    anchorer = Anchorer(report.text)
    out = []
    for b in bookmarks:
        anchor = b.anchor
        if anchor is None:
            out.append(PlacedBookmark(b, None))
            continue
        p = anchorer.reanchor(anchor)
        if p.method in (EXACT, FUZZY):
            new = anchor_to(report.text, p, anchor)
            block = report.block_at(p.start)
            ref = block.ref if block is not None and b.kind != "target" else b.ref
            b = store.update_bookmark(b.id, ref=ref, start=new.start, exact=new.exact,
                                      prefix=new.prefix, suffix=new.suffix)
        out.append(PlacedBookmark(b, p))
    out.sort(key=lambda x: (x.placement is None or x.placement.orphan, x.placement.start if x.placement else 0))
    return out


def block_anchor(report: Report, block_index: int):
    """The quote anchor a bookmark on a block keeps: the start of the block's text."""
    block = report.blocks[block_index]
    end = min(block.end, block.start + BOOKMARK_QUOTE)
    return make_anchor(report.text, block.start, end)


def bookmark_block(store: Store, document_id: int, report: Report, block_index: int, *,
                   kind: str = "paragraph", label: str = "") -> Bookmark:
    """Bookmark a paragraph, or with kind="outline" the heading block of an outline entry."""
    a = block_anchor(report, block_index)
    return store.add_bookmark(document_id, kind, report.blocks[block_index].ref, label,
                              start=a.start, exact=a.exact, prefix=a.prefix, suffix=a.suffix)


def highlight_span(store: Store, document_id: int, report: Report, start: int, end: int, **kw) -> Highlight:
    """Highlight report.text[start:end] (kw: colour, note, note_format, tags, target, status)."""
    a = make_anchor(report.text, start, end)
    return store.add_highlight(document_id, a.start, a.end, a.exact, a.prefix, a.suffix, **kw)
