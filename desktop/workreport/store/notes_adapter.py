"""What the notes UI needs from the store, as plain data (the UI never imports the store).

app.py builds a NotesAdapter for the report on screen and hands it to the
notes panel: `quick_groups()` gives the rows to show first, grouped (highlights as
partial rows), `items()` every NoteView row whole; the other methods change the store
and return fresh rows. Past LAZY_ABOVE highlights (placed before: placement_cache) opening
reads none: `counted_groups()` counts them per group in the store's index, and the view's
part is read by place (`spans_between`, to paint; `notes_at`, for a tooltip).
"""

from __future__ import annotations

import bisect
from operator import attrgetter
from typing import Any, NamedTuple

from ..core.anchors import ORPHAN, POSITION, Placement, make_anchor
from ..core.annotation_io import heading_text
from ..core.kinds import BookmarkKind, NoteKind
from ..core.model import Report
from .document_notes import HIGHLIGHT_KEY, HighlightSpan, block_anchor, highlight_span, open_quick
from .notes_store import Store

HIGHLIGHT, BOOKMARK = HIGHLIGHT_KEY, "b"
LAZY_ABOVE = 1000  # more highlights than this: opening reads none; groups are counted, places read by view
ORPHAN_SECTION = "无法定位的笔记 Orphaned notes"
FRONT_SECTION = "文首 Front matter"


class NoteView(NamedTuple):
    """One row of the notes panel (a NamedTuple: 10,000 of them are built in a blink)."""

    key: tuple  # (HIGHLIGHT, id) or (BOOKMARK, id)
    kind: str  # NoteKind: HIGHLIGHT, NOTE (a highlight with note text) or BOOKMARK
    start: int
    end: int
    orphan: bool
    quote: str
    note: str = ""
    note_format: str = "text"
    colour: str = "yellow"
    tags: tuple = ()
    status: str | None = None
    target: str = ""
    label: str = ""
    bookmark_kind: str = ""
    ref: str = ""
    section: str = ""  # the group it is listed under
    section_order: int = 0  # groups in reading order; orphans last
    placement: str = POSITION
    updated: str = ""
    partial: bool = False  # always whole (partial rows are document_notes.HighlightSpan)


_START, _TARGET = attrgetter("start"), attrgetter("target")


def _place_in_group(v) -> tuple:
    return v.start, v.kind != NoteKind.BOOKMARK, v.key[1]


def group_rows(rows: list[NoteView]) -> list[tuple[str, int, list]]:
    """Whole rows in reading order, grouped as quick_groups() gives them."""
    groups: dict[tuple[int, str], list] = {}
    for row in rows:
        groups.setdefault((row.section_order, row.section), []).append(row)
    return [(title, order, rows) for (order, title), rows in sorted(groups.items())]


def sort_key(v: NoteView) -> tuple:
    """Reading order within the panel: by group, then place; a bookmark before a highlight there."""
    return v.section_order, v.start, v.kind != NoteKind.BOOKMARK, v.key[1]


class NotesAdapter:
    def __init__(self, store: Store, report: Report):
        self.store = store
        self.report = report
        self.opened = open_quick(store, report, lazy_above=LAZY_ABOVE)
        self.document_id = self.opened.document.id
        # placements other than "still at its stored offsets" (moved on opening, orphans)
        self._placements = {(HIGHLIGHT, s.id): Placement(s.start, s.end, s.method)
                            for s in self.opened.spans if s.method != POSITION}
        self._placements.update({(BOOKMARK, p.bookmark.id): p.placement for p in self.opened.bookmarks
                                 if p.placement is not None and p.placement.method != POSITION})
        self._orphan_order = len(report.blocks) + 1
        self._sections: dict[int, tuple[str, int]] = {}  # block index -> group heading, order
        # what opening read serves the first quick_groups() / items() call; a change drops it
        self._spans: list[HighlightSpan] | None = self.opened.spans
        self._loaded = (self.opened.highlights, [p.bookmark for p in self.opened.bookmarks])

    @property
    def recovery_message(self) -> str:
        """Non-empty when a damaged notes file was moved aside on opening: show it to the user."""
        return self.store.recovery_message

    # -- reading ---------------------------------------------------------------------------------

    def quick_groups(self) -> list[tuple[str, int, list]]:
        """The rows to show first, grouped: [(group heading, order, rows in reading order)].

        Right after opening, highlights come as partial rows (store.document_notes.HighlightSpan:
        place, colour, kind; no quote or note), put into their groups by slicing the rows sorted
        by place at the groups' offsets, so thousands cost no Python work each. Rows on a target
        and bookmarks are whole. Later, or when opening read every row anyway: items(), grouped.
        """
        spans, self._spans = self._spans, None
        if spans is None or self._loaded[0] is not None:
            return group_rows(self.items())
        spans = sorted(spans, key=_START)  # stable: ties stay in id order, as the query reads them
        orphans = [s for s in spans if s.method == ORPHAN] if self.opened.counts.get(ORPHAN) else []
        placed = [s for s in spans if s.method != ORPHAN] if orphans else spans
        starts = list(map(_START, placed))
        groups: dict[tuple[int, str], list] = {}
        runs = self._section_runs()
        for i, (offset, title, order) in enumerate(runs):
            lo = bisect.bisect_left(starts, offset)
            hi = bisect.bisect_left(starts, runs[i + 1][0]) if i + 1 < len(runs) else len(placed)
            if hi > lo:
                groups.setdefault((order, title), []).extend(placed[lo:hi])
        if orphans:
            groups[(self._orphan_order, ORPHAN_SECTION)] = orphans
        # rows on a target are whole (the targets table shows their notes); few, so found one by one
        for s in [s for s in spans if s.target] if any(map(_TARGET, spans)) else []:
            whole = self.store.highlight(s.id)
            view = self._highlight_view(whole) if whole is not None and not whole.deleted else None
            for rows in groups.values():
                if s in rows:
                    if view is None:
                        rows.remove(s)  # deleted since opening
                    else:
                        rows[rows.index(s)] = view  # same start, same group
                    break
        for b in self._loaded[1]:
            view = self._bookmark_view(b)
            bisect.insort(groups.setdefault((view.section_order, view.section), []), view, key=_place_in_group)
        return [(title, order, rows) for (order, title), rows in sorted(groups.items()) if rows]

    def counted_groups(self) -> tuple[list[tuple[str, int, int]], list[NoteView]] | None:
        """With many highlights (opened lazily): the groups as [(heading, order, how many rows)] in
        reading order, counted by the store without reading a row, and the rows read whole anyway
        (bookmarks, highlights on a target or with a status). None: use quick_groups()."""
        if not self.opened.lazy:
            return None
        runs = self._section_runs()
        bounds = [r[0] for r in runs]
        counts: dict[tuple[int, str], int] = {}
        for (_, title, order), n in zip(runs, self.store.highlight_counts(self.document_id, bounds), strict=True):
            counts[(order, title)] = counts.get((order, title), 0) + n
        orphaned = (self._orphan_order, ORPHAN_SECTION)
        for key, p in self._placements.items():  # an orphan was counted at its old place: listed apart
            h = self.store.highlight(key[1]) if key[0] == HIGHLIGHT and p.orphan else None
            if h is not None and not h.deleted:
                _, title, order = runs[max(0, bisect.bisect_right(bounds, h.start) - 1)]
                counts[(order, title)] -= 1
                counts[orphaned] = counts.get(orphaned, 0) + 1
        known = [self._bookmark_view(b) for b in self.store.bookmarks(self.document_id)]
        for view in known:
            counts[(view.section_order, view.section)] = counts.get((view.section_order, view.section), 0) + 1
        for ident in self.store.marked_highlight_ids(self.document_id):
            view = self.item((HIGHLIGHT, ident))
            if view is not None:
                known.append(view)
        known.sort(key=sort_key)
        return [(title, order, n) for (order, title), n in sorted(counts.items()) if n > 0], known

    def spans_between(self, start: int, end: int) -> list[HighlightSpan]:
        """Partial rows of the placed highlights overlapping report.text[start:end] (to paint them)."""
        orphans = {k[1] for k, p in self._placements.items() if p.orphan and k[0] == HIGHLIGHT}
        rows = self.store.highlight_spans(self.document_id, start, end)
        return [HighlightSpan(*r, NoteKind.HIGHLIGHT, False, POSITION) for r in rows if r[0] not in orphans]

    def notes_at(self, offset: int) -> list[NoteView]:
        """Whole rows of the placed highlights holding `offset` (a tooltip)."""
        views = (self.item(s.key) for s in self.spans_between(offset, offset + 1))
        return [v for v in views if v is not None and not v.orphan]

    def items(self) -> list[NoteView]:
        """Every row whole, in reading order."""
        highlights, bookmarks = self._loaded
        self._loaded, self._spans = (None, []), None
        if highlights is None:
            highlights, bookmarks = self.store.highlights(self.document_id), self.store.bookmarks(self.document_id)
        views = [self._highlight_view(h) for h in highlights] + [self._bookmark_view(b) for b in bookmarks]
        views.sort(key=sort_key)
        return views

    def item(self, key) -> NoteView | None:
        kind, ident = key
        if kind == HIGHLIGHT:
            h = self.store.highlight(ident)
            return self._highlight_view(h) if h and not h.deleted else None
        b = self.store.bookmark(ident)
        return self._bookmark_view(b) if b and not b.deleted else None

    def tags(self) -> list[str]:
        return self.store.tags(self.document_id)

    def notes_for_target(self, target: str) -> list[NoteView]:
        return [v for v in self.items() if v.target == target and v.kind != NoteKind.BOOKMARK]

    # -- changing -------------------------------------------------------------------------------

    def add_highlight(self, start: int, end: int, colour: str = "yellow", note: str = "", **kw) -> NoteView:
        self._stale()
        h = highlight_span(self.store, self.document_id, self.report, start, end, colour=colour, note=note, **kw)
        self._placements[(HIGHLIGHT, h.id)] = Placement(h.start, h.end, POSITION)
        return self._highlight_view(h)

    def update(self, key, **fields) -> NoteView:
        """Highlights: note, note_format, colour, tags, status, target; bookmarks: label."""
        self._stale()
        kind, ident = key
        if kind == HIGHLIGHT:
            return self._highlight_view(self.store.update_highlight(ident, **fields))
        return self._bookmark_view(self.store.update_bookmark(ident, **fields))

    def export_text(self, fmt: str) -> str:
        """The document's notes as the command line exports them: "md" (Markdown) or "json" (W3C)."""
        import io

        from ..core import annotation_io
        from ..core.anchors import Anchorer
        from .notes_export import find_notes_document, iter_placed_highlights, placed_bookmarks

        doc = find_notes_document(self.store, self.report)
        anchorer = Anchorer(self.report.text)
        bookmarks = placed_bookmarks(self.store, self.report, doc, anchorer)
        highlights = list(iter_placed_highlights(self.store, self.report, doc, anchorer))
        out = io.StringIO()
        if fmt == "md":
            annotation_io.write_markdown(out, self.report, highlights, bookmarks)
        else:
            annotation_io.write_collection(out, self.report, [x.record for x in highlights],
                                           [x.record for x in bookmarks])
        return out.getvalue()

    def delete(self, key) -> None:
        self._stale()
        kind, ident = key
        (self.store.delete_highlight if kind == HIGHLIGHT else self.store.delete_bookmark)(ident)

    def restore(self, key) -> NoteView:
        self._stale()
        kind, ident = key
        if kind == HIGHLIGHT:
            return self._highlight_view(self.store.restore_highlight(ident))
        return self._bookmark_view(self.store.restore_bookmark(ident))

    def bookmark_at(self, block_index: int, kind: str = BookmarkKind.OUTLINE) -> NoteView | None:
        b = self.store.find_bookmark(self.document_id, kind, self.report.blocks[block_index].ref)
        return self._bookmark_view(b) if b else None

    def toggle_bookmark(self, block_index: int, kind: str = BookmarkKind.OUTLINE, label: str = "") -> NoteView | None:
        """Ctrl+D: bookmark the block (a heading for kind=OUTLINE), or remove its bookmark.

        Returns the new bookmark, or None when one was removed.
        """
        self._stale()
        existing = self.store.find_bookmark(self.document_id, kind, self.report.blocks[block_index].ref)
        if existing is not None:
            self.store.delete_bookmark(existing.id)
            return None
        a = block_anchor(self.report, block_index)
        b = self.store.add_bookmark(self.document_id, kind, self.report.blocks[block_index].ref, label,
                                    start=a.start, exact=a.exact, prefix=a.prefix, suffix=a.suffix)
        self._placements[(BOOKMARK, b.id)] = Placement(a.start, a.end, POSITION)
        return self._bookmark_view(b)

    def bookmark_target(self, target: str, label: str = "", start: int = -1, end: int = -1) -> NoteView:
        """Bookmark a target row; with its span the bookmark also follows an edited text."""
        self._stale()
        extra: dict[str, Any] = {}
        if 0 <= start < end:
            a = make_anchor(self.report.text, start, end)
            extra = dict(start=a.start, exact=a.exact, prefix=a.prefix, suffix=a.suffix)
        b = self.store.add_bookmark(self.document_id, BookmarkKind.TARGET, target, label, **extra)
        if extra:
            self._placements[(BOOKMARK, b.id)] = Placement(b.start, b.start + len(b.exact), POSITION)
        return self._bookmark_view(b)

    def _stale(self) -> None:
        """A change: what opening read no longer serves items()."""
        self._loaded, self._spans = (None, []), None

    # -- views ------------------------------------------------------------------------------------

    def _section(self, offset: int) -> tuple[str, int]:
        """The group heading (outline path) of an offset and the block index that orders it."""
        block = self.report.block_at(offset)
        if block is None:
            return FRONT_SECTION, -1
        if block.index not in self._sections:
            node = block.section
            if node is None:
                self._sections[block.index] = FRONT_SECTION, -1
            else:
                self._sections[block.index] = " › ".join(heading_text(n) for n in node.lineage()), node.block
        return self._sections[block.index]

    def _place(self, key, start: int, end: int) -> Placement:
        p = self._placements.get(key)
        if p is None or (not p.orphan and (p.start, p.end) != (start, end)):
            p = Placement(start, end, POSITION)  # changed since opening (another instance): trust the store
        return p

    def _highlight_view(self, h) -> NoteView:
        p = self._place((HIGHLIGHT, h.id), h.start, h.end)
        section, order = (ORPHAN_SECTION, self._orphan_order) if p.orphan else self._section(h.start)
        block = None if p.orphan else self.report.block_at(h.start)
        kind = NoteKind.NOTE if h.note.strip() else NoteKind.HIGHLIGHT
        return NoteView(key=(HIGHLIGHT, h.id), kind=kind, start=h.start, end=h.end, orphan=p.orphan, quote=h.exact,
                        note=h.note, note_format=h.note_format, colour=h.colour, tags=h.tags, status=h.status,
                        target=h.target,
                        ref=block.ref if block is not None else "", section=section, section_order=order,
                        placement=p.method, updated=h.updated)

    def _section_runs(self) -> list[tuple[int, str, int]]:
        """(first offset, group heading, order) of each run of blocks listed under one group."""
        runs: list[tuple[int, str, int]] = [(0, FRONT_SECTION, -1)]
        for block in self.report.blocks:
            title, order = self._section(block.start)
            if (title, order) != runs[-1][1:]:
                runs.append((block.start, title, order))
        return runs

    def _bookmark_view(self, b) -> NoteView:
        if b.exact:
            p = self._place((BOOKMARK, b.id), b.start, b.start + len(b.exact))
        else:
            p = None
        orphan = p is not None and p.orphan
        if p is None:  # a target bookmark without a span: listed with the front matter group
            section, order, start, end = FRONT_SECTION, -1, 0, 0
        elif orphan:
            section, order, start, end = ORPHAN_SECTION, self._orphan_order, b.start, b.start + len(b.exact)
        else:
            start, end = p.start, p.end
            section, order = self._section(start)
        return NoteView(key=(BOOKMARK, b.id), kind=NoteKind.BOOKMARK, start=start, end=end, orphan=orphan,
                        quote=b.exact, label=b.label, bookmark_kind=b.kind, ref=b.ref, section=section,
                        section_order=order,
                        placement=p.method if p else ORPHAN if orphan else POSITION, updated=b.updated,
                        target=b.ref if b.kind == BookmarkKind.TARGET else "")
