"""NotesAdapter: the plain rows the notes UI shows, grouped by section, orphans last."""

from workreport import resources
from workreport.core.parser import parse_file
from workreport.store import open_store
from workreport.store.notes_adapter import BOOKMARK, FRONT_SECTION, HIGHLIGHT, ORPHAN_SECTION, NotesAdapter


def _copy(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(resources.default_report().read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_rows_are_grouped_by_section_in_reading_order(bundled_report):
    r = bundled_report
    paras = [b for b in r.blocks if b.kind == "paragraph" and b.node is not None and len(b.text) > 40]
    late, early = paras[-1], paras[0]
    with open_store() as store:
        a = NotesAdapter(store, r)
        n1 = a.add_highlight(late.start + 2, late.start + 9, note="后面")
        n2 = a.add_highlight(early.start + 2, early.start + 9, colour="blue")
        heading = next(b for b in r.blocks if b.kind == "heading" and b.index > early.index)
        bm = a.toggle_bookmark(heading.index)
        rows = a.items()
        assert [x.key for x in rows] == [n2.key, bm.key, n1.key]
        assert [x.kind for x in rows] == ["highlight", "bookmark", "note"]
        assert rows[0].ref == early.ref and rows[2].ref == late.ref
        assert rows[0].section_order <= rows[1].section_order <= rows[2].section_order
        assert heading.node.title in rows[1].section
        assert rows[1].ref == heading.ref and rows[1].quote == heading.text[:32]


def test_update_delete_restore_and_bookmark_toggle(bundled_report):
    r = bundled_report
    b = next(x for x in r.blocks if x.kind == "paragraph" and len(x.text) > 40)
    with open_store() as store:
        a = NotesAdapter(store, r)
        n = a.add_highlight(b.start, b.start + 5)
        assert a.update(n.key, note="想法", tags=["甲"], status="missed").kind == "note"
        assert a.tags() == ["甲"]
        a.delete(n.key)
        assert a.items() == [] and a.item(n.key) is None
        assert a.restore(n.key).note == "想法"
        heading = next(x for x in r.blocks if x.kind == "heading")
        assert a.toggle_bookmark(heading.index).key[0] == BOOKMARK
        assert a.bookmark_at(heading.index) is not None
        assert a.toggle_bookmark(heading.index) is None
        assert a.bookmark_at(heading.index) is None
        t = a.bookmark_target("target-1", "增长目标")
        assert t.section == FRONT_SECTION and t.target == "target-1"
        assert [x.key for x in a.notes_for_target("t9")] == []
        a.update(n.key, target="t9")
        assert [x.key[0] for x in a.notes_for_target("t9")] == [HIGHLIGHT]


def test_orphans_are_listed_last_with_their_quote(tmp_path):
    path = _copy(tmp_path)
    first = parse_file(path)
    block = next(x for x in first.blocks if x.kind == "paragraph" and len(x.text) > 100)
    with open_store() as store:
        a = NotesAdapter(store, first)
        n = a.add_highlight(block.start + 10, block.start + 40, note="会变成孤儿")
        keep = a.add_highlight(first.blocks[-3].start, first.blocks[-3].start + 6)
        path.write_text(path.read_text(encoding="utf-8").replace(block.text + "\n", ""), encoding="utf-8")
        b = NotesAdapter(store, parse_file(path))
        rows = b.items()
        assert [x.key for x in rows] == [keep.key, n.key]
        assert rows[-1].orphan and rows[-1].section == ORPHAN_SECTION and rows[-1].quote == n.quote
        assert rows[-1].ref == ""
