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

@pytest.fixture
def rows_read(monkeypatch):
    """Opening reads every highlight's place (partial rows), as when there are fewer than LAZY_ABOVE."""
    from workreport.store import notes_adapter

    monkeypatch.setattr(notes_adapter, "LAZY_ABOVE", 10**9)


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


@pytest.mark.usefixtures("rows_read")
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


@pytest.mark.usefixtures("rows_read")
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


@pytest.mark.usefixtures("rows_read")
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


# -- thousands of notes: nothing read on opening but counts; highlights read by place -------------------

def test_thousands_of_notes_open_counted_and_read_whole_when_a_group_opens(qtbot, qtmodeltester, tmp_path,
                                                                          bundled_report):
    from workreport.store import open_store
    from workreport.store.notes_adapter import LAZY_ABOVE, NotesAdapter

    n = LAZY_ABOVE + 50
    with open_store(tmp_path / "notes.sqlite3") as store:
        doc = _fill(store, bundled_report, n)
        first = NotesAdapter(store, bundled_report)  # checks and remembers the placements
        assert not first.opened.lazy
        heading = next(b for b in bundled_report.blocks if b.kind == "heading")
        bookmark = first.toggle_bookmark(heading.index)
        assert bookmark is not None
        paragraph = next(b for b in bundled_report.blocks if len(b.text) > 40)
        on_target = first.add_highlight(paragraph.start, paragraph.start + 8, note="目标的笔记", target="t1")
        lost = store.add_highlight(doc.id, paragraph.start, paragraph.start + 12, "甲乙丙丁戊己庚辛壬癸子丑")
        NotesAdapter(store, bundled_report)  # places the two added since: `lost` is an orphan
        whole = NotesAdapter(store, bundled_report).items()
        assert whole[-1].key == ("h", lost.id) and whole[-1].orphan
        adapter = NotesAdapter(store, bundled_report)
        assert adapter.opened.lazy and adapter.opened.total == n + 2 and adapter.opened.counts["orphan"] == 1
        panel = NotesPanel()
        qtbot.addWidget(panel)
        panel.set_backend(adapter)
        model = panel.model
        assert panel.counted and model.total_count() == n + 3
        assert panel.count_label.text() == panel.tr("%n item(s)", "", n + 3)
        # only the bookmark and the note on a target are read, whole
        assert [r.key for r in panel.paint_items()] == [r.key for r in whole if r.key in (bookmark.key, on_target.key)]
        assert all(not getattr(r, "partial", False) for r in panel.paint_items())
        # the groups as when read whole, counted: the orphan apart, last
        assert [(g.title, g.size) for g in model.groups] == [
            (title, len(list(rs))) for title, rs in groupby(whole, key=lambda r: r.section)]
        assert all(model.rowCount(model.index(g, 0)) == 0 for g in range(model.rowCount()))
        assert model.index(0, 0).data().endswith(f"({model.groups[0].size})")
        # highlights are read by place: painting and tooltips
        spans = panel.spans_between(paragraph.start, paragraph.end)
        placed = [r for r in whole if not r.orphan and r.kind != "bookmark"
                  and r.start < paragraph.end and r.end > paragraph.start]
        assert [s.key for s in spans] == [r.key for r in placed] and ("h", lost.id) not in {s.key for s in spans}
        assert [r.key for r in panel.notes_at(paragraph.start)] == [
            r.key for r in placed if r.start <= paragraph.start < r.end]
        # a group opened: every row read whole, in its group
        first_group = model.index(0, 0)
        assert model.hasChildren(first_group) and model.canFetchMore(first_group)
        model.fetchMore(first_group)
        assert not panel.counted and model.rowCount(first_group) == model.groups[0].size
        assert panel.paint_items() == whole
        qtmodeltester.check(model)


def test_counted_groups_read_whole_for_a_filter_and_after_a_deletion_elsewhere(qtbot, qtmodeltester, tmp_path,
                                                                               bundled_report):
    from workreport.store import open_store
    from workreport.store.notes_adapter import LAZY_ABOVE, NotesAdapter

    with open_store(tmp_path / "notes.sqlite3") as store:
        _fill(store, bundled_report, LAZY_ABOVE + 5)
        NotesAdapter(store, bundled_report)
        panel = NotesPanel()
        qtbot.addWidget(panel)
        panel.set_backend(NotesAdapter(store, bundled_report))
        model = panel.model
        assert panel.counted
        gone = NotesAdapter(store, bundled_report).items()[0]
        store.delete_highlight(gone.key[1])  # another window deletes it
        size = model.groups[0].size
        with qtbot.waitSignal(model.dataChanged):
            model.fetchMore(model.index(0, 0))
        assert model.groups[0].size == size - 1 and gone.key not in {r.key for r in panel.paint_items()}
        qtmodeltester.check(model)
        other = NotesPanel()
        qtbot.addWidget(other)
        other.set_backend(NotesAdapter(store, bundled_report))
        assert other.counted
        other._filter(text="笔记1")
        shown = other.model.visible_items()
        assert shown and all("笔记1" in r.note for r in shown) and not other.counted


def test_a_layer_provider_paints_around_the_view_and_follows_it(qtbot, bundled_report):
    reader = _shown_reader(qtbot, bundled_report)
    ranges = _ranges(bundled_report, 2000)
    asked = []

    def provider(start, end):
        asked.append((start, end))
        return {"notes-yellow": ([r for r in ranges if r[1] > start and r[0] < end], "#fff1a1")}

    reader.set_layer_provider(provider)
    assert len(asked) == 1 and asked[0][0] == 0
    painted = reader.layer("notes-yellow")
    assert 0 < len(painted) < len(ranges)
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum())
    assert len(asked) == 2 and asked[1][1] >= len(bundled_report.text)
    last = [reader.text_offset(s.cursor.selectionEnd()) for s in reader.layer("notes-yellow")]
    assert max(last) == ranges[-1][1]
    reader.set_layer_provider(None)
    assert reader.layer("notes-yellow") == [] and reader.extraSelections() == []
    assert reader.visible_span() is not None
