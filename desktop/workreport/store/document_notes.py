"""Opening a report's notes: find its document, re-anchor, report what moved.

Documents are keyed by Report.digest, so notes follow a moved or renamed
file. When the text at a known path changed (edited, or normalised
differently by a newer parser), the notes are adopted by the new text and
re-anchored; those that cannot be placed come back as orphans, never dropped.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from functools import partial
from itertools import repeat
from operator import add, itemgetter
from pathlib import Path
from typing import NamedTuple

from ..core.anchors import EXACT, FUZZY, ORPHAN, POSITION, Anchorer, Placement, anchor_to, make_anchor
from ..core.kinds import BookmarkKind, NoteKind
from ..core.model import Report
from . import placement_cache
from .notes_store import Store
from .records import Bookmark, Document, Highlight

BOOKMARK_QUOTE = 32  # characters of a block kept as a bookmark's quote
HIGHLIGHT_KEY = "h"  # first part of a highlight row's key: (HIGHLIGHT_KEY, id)
MAX_UNCHECKED = 200  # more highlights added since the last check: re-anchor them all in one pass


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


class HighlightSpan(NamedTuple):
    """What opening a document needs of a highlight: where it is, without its quote, note or tags.

    It is also a partial row of the notes panel (key, kind, orphan; partial): thousands are
    listed and painted without building a row each; the row is read whole when it is shown.
    """

    id: int
    start: int
    end: int
    colour: str
    target: str
    status: str | None
    kind: str  # NoteKind.NOTE when it has note text; read from the cache: HIGHLIGHT until read whole
    orphan: bool
    method: str  # its Placement.method on this text

    partial = True  # not a field: quote, note, tags, ref and the group are read with the whole row

    @property
    def key(self) -> tuple:
        return HIGHLIGHT_KEY, self.id


@dataclass
class QuickOpened:
    """A document opened for display: highlights as spans, placed from the cache when it can."""

    document: Document
    spans: list[HighlightSpan]
    bookmarks: list[PlacedBookmark]
    adopted_from: str = ""
    counts: dict = field(default_factory=dict)
    cached: bool = False  # the placements came from the cache: no highlight was re-anchored
    highlights: list[Highlight] | None = None  # the full rows, when re-anchoring had to load them
    # more than open_quick's `lazy_above` highlights: `spans` holds only those not at their stored
    # place (orphans, moved) and `total` counts them all; the rest are read by place when needed
    lazy: bool = False
    total: int = 0


def open_document(store: Store, report: Report) -> OpenedDocument:
    doc, adopted = _resolve_document(store, report)
    highlights, counts = place_highlights(store, report, store.highlights(doc.id))
    bookmarks = place_bookmarks(store, report, store.bookmarks(doc.id))
    _remember(store, doc.id, report.digest, [(p.highlight.id, p.placement) for p in highlights])
    return OpenedDocument(doc, highlights, bookmarks, adopted, counts)


def open_quick(store: Store, report: Report, lazy_above: int | None = None) -> QuickOpened:
    """open_document for display: when this text was checked before (placement_cache), the
    highlights are read as spans and only those added since are placed; else all are re-anchored.
    With more than `lazy_above` checked highlights none is read at all (QuickOpened.lazy)."""
    doc, adopted = _resolve_document(store, report)
    bookmarks = place_bookmarks(store, report, store.bookmarks(doc.id))
    checked = placement_cache.load(store, doc.id, report.digest)
    if checked is not None and lazy_above is not None:
        lazy = _lazy(store, report, doc.id, checked, lazy_above)
        if lazy is not None:
            spans, total, counts = lazy
            return QuickOpened(doc, spans, bookmarks, adopted, counts, cached=True, lazy=True, total=total)
    if checked is not None:
        spans = _cached_spans(store, report, doc.id, checked)
        if spans is not None:
            counts = {POSITION: 0, EXACT: 0, FUZZY: 0, ORPHAN: 0}
            for s in spans:
                counts[s.method] += 1
            return QuickOpened(doc, spans, bookmarks, adopted, counts, cached=True)
    placed, counts = place_highlights(store, report, store.highlights(doc.id))
    _remember(store, doc.id, report.digest, [(p.highlight.id, p.placement) for p in placed])
    spans = [_span(p.highlight, p.placement.method) for p in placed]
    return QuickOpened(doc, spans, bookmarks, adopted, counts, highlights=[p.highlight for p in placed])


_ID = itemgetter(0)
_MAKE_SPAN = partial(tuple.__new__, HighlightSpan)


def _span(h: Highlight, method: str) -> HighlightSpan:
    kind = NoteKind.NOTE if h.note.strip() else NoteKind.HIGHLIGHT
    return HighlightSpan(h.id, h.start, h.end, h.colour, h.target, h.status, kind, method == ORPHAN, method)


def _cached_spans(store: Store, report: Report, document_id: int,
                  checked: placement_cache.Checked) -> list[HighlightSpan] | None:
    """Spans placed from the cache; those added since are placed now. None: too many are new."""
    rows = store.highlight_spans(document_id)
    upto = checked.checked_upto
    new = [r[0] for r in rows if r[0] > upto] if rows and max(map(_ID, rows)) > upto else []
    if len(new) > MAX_UNCHECKED:
        return None
    if new:
        rows = [r for r in rows if r[0] <= upto]
    # HighlightSpan(*row, HIGHLIGHT, False, POSITION) for each row, without a Python step per row
    spans = list(map(_MAKE_SPAN, map(add, rows, repeat((NoteKind.HIGHLIGHT.value, False, POSITION)))))
    if checked.orphans:
        orphaned = checked.is_orphan
        spans = [s._replace(orphan=True, method=ORPHAN) if orphaned(s.id, s.start, s.end) else s for s in spans]
    if new:
        fresh = [h for h in (store.highlight(i) for i in new) if h is not None]
        moved, _ = place_highlights(store, report, fresh)
        spans += [_span(p.highlight, p.placement.method) for p in moved]
        orphans = {s.id: (s.start, s.end) for s in spans if s.method == ORPHAN}
        placement_cache.save(store, document_id, placement_cache.Checked(report.digest, max(new), orphans))
    return spans


def _lazy(store: Store, report: Report, document_id: int, checked: placement_cache.Checked,
          lazy_above: int) -> tuple[list[HighlightSpan], int, dict] | None:
    """(the spans not at their stored place, how many highlights, placement counts) without reading
    the others; those added since the check are placed now. None: too few, or too many are new."""
    total = store.count_highlights(document_id)
    new = store.highlight_ids_after(document_id, checked.checked_upto)
    if total <= lazy_above or len(new) > MAX_UNCHECKED:
        return None
    orphans = []
    for ident in checked.orphans:
        h = store.highlight(ident)
        if h is not None and not h.deleted and checked.is_orphan(h.id, h.start, h.end):
            orphans.append(_span(h, ORPHAN))
    counts = {POSITION: total - len(orphans) - len(new), EXACT: 0, FUZZY: 0, ORPHAN: len(orphans)}
    spans = orphans
    if new:
        fresh = [h for h in (store.highlight(i) for i in new) if h is not None]
        placed, new_counts = place_highlights(store, report, fresh)
        for method, n in new_counts.items():
            counts[method] += n
        spans += [_span(p.highlight, p.placement.method) for p in placed]
        known = {s.id: (s.start, s.end) for s in spans if s.method == ORPHAN}
        placement_cache.save(store, document_id, placement_cache.Checked(report.digest, max(new), known))
    return [s for s in spans if s.method != POSITION], total, counts


def _remember(store: Store, document_id: int, digest: str, placements) -> None:
    """Cache a full placement: (highlight id, Placement) for every live highlight of the document."""
    if not placements:
        return
    orphans = {hid: (p.start, p.end) for hid, p in placements if p.orphan}
    upto = max(hid for hid, _ in placements)
    placement_cache.save(store, document_id, placement_cache.Checked(digest, upto, orphans))


def _resolve_document(store: Store, report: Report) -> tuple[Document, str]:
    """The report's document (adopting the notes of an earlier text at the same path) and the
    digest it was adopted from ('' if none)."""
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
    return store.document(report.digest, source, report.metadata.title), adopted


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
        if len(moves) <= MAX_UNCHECKED:  # a few: read them back one by one
            fresh = {h.id: h for h in (store.highlight(hid) for hid, _ in moves) if h is not None}
        else:
            fresh = {h.id: h for h in store.highlights(highlights[0].document_id)}
        placed = [PlacedHighlight(fresh.get(x.highlight.id) or x.highlight, x.placement) for x in placed]
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
            ref = block.ref if block is not None and b.kind != BookmarkKind.TARGET else b.ref
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
                   kind: str = BookmarkKind.PARAGRAPH, label: str = "") -> Bookmark:
    """Bookmark a paragraph, or with kind=OUTLINE the heading block of an outline entry."""
    a = block_anchor(report, block_index)
    return store.add_bookmark(document_id, kind, report.blocks[block_index].ref, label,
                              start=a.start, exact=a.exact, prefix=a.prefix, suffix=a.suffix)


def highlight_span(store: Store, document_id: int, report: Report, start: int, end: int, **kw) -> Highlight:
    """Highlight report.text[start:end] (kw: colour, note, note_format, tags, target, status)."""
    a = make_anchor(report.text, start, end)
    return store.add_highlight(document_id, a.start, a.end, a.exact, a.prefix, a.suffix, **kw)
