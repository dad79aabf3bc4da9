"""Many notes (issue 16): highlights built only near the view, groups closed when the list is long."""

from dataclasses import dataclass
from itertools import groupby

import pytest

pytest.importorskip("PySide6")

import workreport.ui  # noqa: E402,F401 - the PySide6 compatibility fix
from workreport.ui import reader as reader_module  # noqa: E402
from workreport.ui.notes_model import highlight_layers  # noqa: E402
from workreport.ui.notes_panel import EXPAND_MAX, NotesPanel  # noqa: E402
from workreport.ui.reader import Reader  # noqa: E402


def _shown_reader(qtbot, report):
    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(700, 500)
    reader.set_report(report, [])
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def _ranges(report, n):
    """n short ranges spread from the first character to the last."""
    last = len(report.text) - 3
    return [(i * last // (n - 1), i * last // (n - 1) + 3) for i in range(n)]


def test_a_big_layer_is_built_near_the_view_and_follows_it(qtbot, bundled_report):
    reader = _shown_reader(qtbot, bundled_report)
    ranges = _ranges(bundled_report, reader_module.WINDOWED * 4)
    reader.set_layer("notes-yellow", ranges, "#fff1a1")
    shown = reader.extraSelections()
    assert 0 < len(shown) < len(ranges)
    starts = [reader.text_offset(s.cursor.selectionStart()) for s in shown]
    assert min(starts) == 0  # the top of the report is on screen
    assert len(reader.layer("notes-yellow")) == len(ranges)  # asked for, every one
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    starts = [reader.text_offset(s.cursor.selectionStart()) for s in reader.extraSelections()]
    assert max(starts) == ranges[-1][0] and min(starts) > 0
    # a small layer beside it is always whole
    reader.set_layer("find", ranges[:3], "#ffff00")
    assert len(reader.layer("find")) == 3
    assert sum(1 for s in reader.extraSelections() if s.format.background().color().name() == "#ffff00") == 3


def test_a_big_layer_set_before_showing_appears_on_show(qtbot, bundled_report):
    reader = Reader()
    qtbot.addWidget(reader)
    reader.set_report(bundled_report, [])
    reader.set_layer("notes-yellow", _ranges(bundled_report, reader_module.WINDOWED * 2), "#fff1a1")
    assert reader.extraSelections() == []  # nothing on screen, nothing built
    reader.resize(700, 500)
    reader.show()
    qtbot.waitExposed(reader)
    assert reader.extraSelections()


@dataclass(frozen=True)
class Row:
    key: tuple
    start: int
    end: int
    section: str
    section_order: int
    kind: str = "highlight"
    orphan: bool = False
    quote: str = "引文"
    note: str = ""
    note_format: str = "text"
    colour: str = "yellow"
    tags: tuple = ()
    status: str | None = None
    target: str = ""
    label: str = ""
    ref: str = "§1"
    bookmark_kind: str = ""
    placement: str = "position"
    updated: str = ""
    partial: bool = False


class Backend:
    def __init__(self, n):
        self.rows = [Row(("h", i), i * 10, i * 10 + 5, f"第{i % 20}节", i % 20, quote=f"引文{i}") for i in range(n)]

    def items(self):
        return self.rows

    def quick_groups(self):
        groups = {}
        for row in self.rows:
            groups.setdefault((row.section_order, row.section), []).append(row)
        return [(title, order, rows) for (order, title), rows in sorted(groups.items())]

    def tags(self):
        return []


@pytest.mark.parametrize("n, expanded", [(50, True), (EXPAND_MAX + 500, False)])
def test_groups_open_only_when_the_list_is_short(qtbot, n, expanded):
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.set_backend(Backend(n))
    groups = [panel.model.index(r, 0) for r in range(panel.model.rowCount())]
    assert len(groups) == 20
    assert all(panel.view.isExpanded(g) is expanded for g in groups)
    if not expanded:  # a search narrows the list: its groups open
        panel._filter(text="引文7")
        assert 0 < len(panel.model.visible_items()) <= EXPAND_MAX
        assert all(panel.view.isExpanded(panel.model.index(r, 0)) for r in range(panel.model.rowCount()))


# -- opening a document with many notes: placements cached, rows read whole on demand ------------------

def _fill(store, report, n):
    from workreport.core.anchors import make_anchor
    from workreport.store import open_document

    doc = open_document(store, report).document
    paragraphs = [b for b in report.blocks if len(b.text) > 40]
    items = []
    for i in range(n):
        b = paragraphs[i % len(paragraphs)]
        s = b.start + (i * 7) % (len(b.text) - 30)
        a = make_anchor(report.text, s, s + 6)
        items.append(dict(start=a.start, end=a.end, exact=a.exact, prefix=a.prefix, suffix=a.suffix,
                          note=f"笔记{i}" if i % 2 else "", tags=[f"标签{i % 3}"] if i % 4 == 0 else []))
    store.add_highlights(doc.id, items)
    return doc


def _count_anchoring(monkeypatch):
    """Every highlight re-anchored from here on, counted."""
    from workreport.store import document_notes

    seen = []
    original = document_notes.place_highlights

    def counting(store, report, highlights):
        seen.extend(h.id for h in highlights)
        return original(store, report, highlights)

    monkeypatch.setattr(document_notes, "place_highlights", counting)
    return seen


def test_an_unchanged_document_is_not_re_anchored(tmp_path, bundled_report, monkeypatch):
    from workreport.store import open_store
    from workreport.store.notes_adapter import NotesAdapter

    with open_store(tmp_path / "notes.sqlite3") as store:
        _fill(store, bundled_report, 30)
        first = NotesAdapter(store, bundled_report)  # checks every highlight once, remembers it
        assert not first.opened.cached and first.opened.counts["position"] == 30
        seen = _count_anchoring(monkeypatch)
        again = NotesAdapter(store, bundled_report)
        assert again.opened.cached and seen == []
        assert len(again.opened.spans) == 30 and all(s.method == "position" for s in again.opened.spans)
        # a highlight added since: only it is placed, then remembered too
        p = next(b for b in bundled_report.blocks if len(b.text) > 40)
        added = again.add_highlight(p.start, p.start + 5)
        third = NotesAdapter(store, bundled_report)
        assert third.opened.cached and seen == [added.key[1]]
        assert NotesAdapter(store, bundled_report).opened.cached and seen == [added.key[1]]
        assert (tmp_path / "notes.sqlite3.placements").stat().st_mode & 0o777 == 0o600


def test_an_orphan_stays_an_orphan_and_an_edited_text_is_re_anchored(tmp_path, bundled_report):
    from workreport.core.parser import parse_file
    from workreport.store import highlight_span, open_store
    from workreport.store.notes_adapter import NotesAdapter

    path = tmp_path / "report.txt"
    path.write_text(bundled_report.text, encoding="utf-8")
    report = parse_file(path)
    p = next(b for b in report.blocks if len(b.text) > 80)
    with open_store(tmp_path / "notes.sqlite3") as store:
        doc = NotesAdapter(store, report).opened.document
        kept = highlight_span(store, doc.id, report, p.start + 10, p.start + 40)
        # a note from elsewhere whose quote this text does not have
        lost = store.add_highlight(doc.id, p.start, p.start + 12, "甲乙丙丁戊己庚辛壬癸子丑")
        first = NotesAdapter(store, report)
        assert not first.opened.cached  # two unchecked highlights: placed now
        again = NotesAdapter(store, report)
        assert again.opened.cached
        methods = {s.id: s.method for s in again.opened.spans}
        assert methods == {kept.id: "position", lost.id: "orphan"}
        rows = {v.key[1]: v for v in again.items()}
        assert rows[lost.id].orphan and not rows[kept.id].orphan
        # the file is edited: a new text, so everything is re-anchored once
        path.write_text("新的开头。\n" + report.text, encoding="utf-8")
        edited = parse_file(path)
        moved = NotesAdapter(store, edited)
        assert not moved.opened.cached
        assert {s.id: s.method for s in moved.opened.spans} == {kept.id: "exact", lost.id: "orphan"}
        assert NotesAdapter(store, edited).opened.cached


def test_many_notes_list_partial_rows_and_read_them_whole_when_a_group_opens(qtbot, qtmodeltester, tmp_path,
                                                                               bundled_report):
    from workreport.store import open_store
    from workreport.store.notes_adapter import NotesAdapter

    n = EXPAND_MAX + 200
    with open_store(tmp_path / "notes.sqlite3") as store:
        _fill(store, bundled_report, n)
        first = NotesAdapter(store, bundled_report)  # checks and remembers the placements
        heading = next(b for b in bundled_report.blocks if b.kind == "heading")
        bookmark = first.toggle_bookmark(heading.index)
        paragraph = next(b for b in bundled_report.blocks if len(b.text) > 40)
        on_target = first.add_highlight(paragraph.start, paragraph.start + 8, note="目标的笔记", target="t1")
        whole = NotesAdapter(store, bundled_report).items()
        panel = NotesPanel()
        qtbot.addWidget(panel)
        panel.set_backend(NotesAdapter(store, bundled_report))
        model = panel.model
        rows = panel.paint_items()
        assert len(rows) == n + 2 and sum(r.partial for r in rows) == n  # no quote or note read yet
        # the same rows in the same groups and order as when read whole; bookmark and target note whole
        assert [r.key for r in rows] == [r.key for r in whole]
        assert [(g.title, len(g.items)) for g in model.groups] == [
            (title, len(list(rs))) for title, rs in groupby(whole, key=lambda r: r.section)]
        by_key = {r.key: r for r in rows}
        assert bookmark is not None and by_key[bookmark.key] == bookmark and by_key[on_target.key].note == "目标的笔记"
        n += 2
        assert all(model.rowCount(model.index(g, 0)) == 0 for g in range(model.rowCount()))
        assert panel.tag_filter.count() == 1  # the tags are read when the box is opened
        panel.tag_filter.ensure_filled()
        assert panel.tag_filter.findData("标签0") > 0
        # painting needs no quote: every highlight is in a layer
        assert sum(len(r) for r, _ in highlight_layers(rows).values()) == n - 1  # not the bookmark
        first = model.index(0, 0)
        assert model.hasChildren(first) and model.canFetchMore(first)
        panel.view.expand(first)
        model.fetchMore(first)
        assert model.rowCount(first) == len(model.groups[0].items)
        item = model.item_at(model.index(0, 0, first))
        assert item is not None and not item.partial and item.quote
        assert not any(r.partial for r in panel.paint_items())  # read whole once, for every group
        assert panel.paint_items() == whole
        qtmodeltester.check(model)  # fetches the other groups too
        assert all(model.rowCount(model.index(g, 0)) == len(model.groups[g].items)
                   for g in range(model.rowCount()))


def test_a_partial_row_is_read_whole_for_a_tooltip_and_a_filter(qtbot, tmp_path, bundled_report):
    from workreport.store import open_store
    from workreport.store.notes_adapter import NotesAdapter
    from workreport.ui.notes_model import NotesLookupSource

    n = EXPAND_MAX + 10
    with open_store(tmp_path / "notes.sqlite3") as store:
        _fill(store, bundled_report, n)
        NotesAdapter(store, bundled_report)
        panel = NotesPanel()
        qtbot.addWidget(panel)
        panel.set_backend(NotesAdapter(store, bundled_report))
        source = NotesLookupSource(bundled_report, panel.paint_items(), resolve=panel.resolve)
        noted = next(r for r in NotesAdapter(store, bundled_report).items() if r.kind == "note")
        assert any(r.partial and r.key == noted.key for r in panel.paint_items())
        tips = source.lookup(bundled_report, noted.start)
        assert any("笔记" in body for _, body in tips)
        panel._filter(text="笔记1")
        shown = panel.model.visible_items()
        assert shown and all("笔记1" in r.note for r in shown)


def test_a_row_deleted_elsewhere_before_its_group_opens_is_left_out(qtbot, qtmodeltester, tmp_path, bundled_report):
    from workreport.store import open_store
    from workreport.store.notes_adapter import NotesAdapter

    with open_store(tmp_path / "notes.sqlite3") as store:
        _fill(store, bundled_report, EXPAND_MAX + 5)
        NotesAdapter(store, bundled_report)
        panel = NotesPanel()
        qtbot.addWidget(panel)
        panel.set_backend(NotesAdapter(store, bundled_report))
        model = panel.model
        gone = model.groups[0].items[0]
        store.delete_highlight(gone.key[1])  # another window deletes it
        titles = [model.index(g, 0).data() for g in range(model.rowCount())]
        with qtbot.waitSignal(model.dataChanged):
            model.fetchMore(model.index(0, 0))
        assert gone.key not in {r.key for r in panel.paint_items()}
        assert not any(getattr(r, "partial", False) for r in panel.paint_items())
        assert model.index(0, 0).data() != titles[0]  # its group's count went down
        qtmodeltester.check(model)
