"""The notes store: create, read, update, delete (with undo), search, bookmarks."""

import sqlite3

import pytest

from workreport import paths
from workreport.store import COLOURS, STATUSES, open_store


@pytest.fixture
def store():
    s = open_store()
    yield s
    s.close()


@pytest.fixture
def doc(store):
    return store.document("d" * 64, "/reports/a.txt", "政府工作报告")


def test_store_lives_in_the_data_dir_and_uses_wal(tmp_path):
    paths.set_data_dir(tmp_path / "elsewhere")
    with open_store() as s:
        assert s.path == tmp_path / "elsewhere" / "notes.sqlite3"
        assert s.path.exists()
        conn = sqlite3.connect(s.path)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()
        # per-connection settings: only the store's own connection can tell
        assert s._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s._conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert s.recovery is None


def test_documents_are_keyed_by_digest_and_remember_the_last_path(store):
    a = store.document("a" * 64, "/old/place.txt", "报告")
    b = store.document("a" * 64, "/new/place.txt")
    assert a.id == b.id
    assert b.path == "/new/place.txt" and b.title == "报告"
    assert store.documents_at("/new/place.txt") == [b]
    assert store.documents_at("/old/place.txt") == []
    assert store.document("b" * 64).id != a.id


def test_highlight_crud(store, doc):
    h = store.add_highlight(doc.id, 10, 14, "稳中求进", "坚持", "工作总基调", colour="green",
                            note="**要点**", note_format="markdown", tags=["总基调", "政策", "政策"])
    got = store.highlight(h.id)
    assert got == h
    assert (got.start, got.end, got.exact, got.prefix, got.suffix) == (10, 14, "稳中求进", "坚持", "工作总基调")
    assert got.colour == "green" and got.note_format == "markdown"
    assert got.tags == ("总基调", "政策")
    assert got.created == got.updated and got.uuid

    upd = store.update_highlight(h.id, note="改过的笔记", colour="pink", tags=["新"])
    assert upd.note == "改过的笔记" and upd.colour == "pink" and upd.tags == ("新",)
    assert upd.updated >= h.updated and upd.created == h.created

    deleted = store.delete_highlight(h.id)
    assert deleted.deleted
    assert store.highlights(doc.id) == []
    assert [x.id for x in store.highlights(doc.id, include_deleted=True)] == [h.id]
    restored = store.restore_highlight(h.id)
    assert not restored.deleted and restored.tags == ("新",)
    assert [x.id for x in store.highlights(doc.id)] == [h.id]


def test_target_note_status(store, doc):
    h = store.add_highlight(doc.id, 0, 5, "GDP增长", target="t-12", status="not_started", note="全年目标")
    for status in STATUSES:
        assert store.update_highlight(h.id, status=status).status == status
    with pytest.raises(ValueError):
        store.update_highlight(h.id, status="done")
    with pytest.raises(sqlite3.IntegrityError):  # the schema refuses it too
        store._conn.execute("UPDATE highlights SET status = 'done' WHERE id = ?", (h.id,))
    assert store.highlight(h.id).status == "unknown"


def test_colour_palette_is_enforced(store, doc):
    assert len(COLOURS) >= 4
    with pytest.raises(ValueError):
        store.add_highlight(doc.id, 0, 1, "x", colour="#ff0000")
    with pytest.raises(ValueError):
        store.update_highlight(store.add_highlight(doc.id, 0, 1, "x").id, colour="red")


def test_reading_order_and_purge(store, doc):
    ids = [store.add_highlight(doc.id, s, s + 2, "ab").id for s in (30, 10, 20)]
    assert [h.start for h in store.highlights(doc.id)] == [10, 20, 30]
    store.delete_highlight(ids[0])
    assert store.purge_deleted() == 1
    assert store.highlight(ids[0]) is None
    assert len(store.highlights(doc.id, include_deleted=True)) == 2


@pytest.mark.parametrize("query, expected", [
    ("稳", {"a", "c"}),     # one character, in two quotes
    ("增", {"a"}),          # one character, in one quote
    ("民", {"b"}),          # one character, in a note
    ("就业", {"b", "c"}),   # two characters: quote of c, note of b
    ("乡村", {"c"}),        # two characters, in a tag
    ("优先政策", {"b"}),
    ("GDP", {"a"}),
    ("gdp", {"a"}),         # ASCII case-insensitive
    ("没有", set()),
])
def test_search_short_chinese_queries(store, doc, query, expected):
    made = {
        "a": store.add_highlight(doc.id, 0, 8, "稳住GDP增长", note="经济"),
        "b": store.add_highlight(doc.id, 10, 14, "扩大内需", note="民生，就业优先政策"),
        "c": store.add_highlight(doc.id, 20, 24, "稳定就业", tags=["乡村振兴"], colour="blue"),
    }
    names = {v.id: k for k, v in made.items()}
    assert {names[h.id] for h in store.search(doc.id, query)} == expected


def test_search_filters(store, doc):
    a = store.add_highlight(doc.id, 0, 2, "目标", colour="blue", tags=["目标"], status="on_track", target="t1")
    b = store.add_highlight(doc.id, 5, 7, "目标", colour="yellow", tags=["其他"])
    store.add_highlight(doc.id, 9, 11, "别的")
    assert [h.id for h in store.search(doc.id, "目", colour="blue")] == [a.id]
    assert [h.id for h in store.search(doc.id, tag="其他")] == [b.id]
    assert [h.id for h in store.search(doc.id, status="on_track")] == [a.id]
    assert store.tags(doc.id) == ["其他", "目标"]
    store.delete_highlight(b.id)
    assert store.search(doc.id, "目标") == [store.highlight(a.id)]
    assert store.tags(doc.id) == ["目标"]


def test_bookmark_crud(store, doc):
    b = store.add_bookmark(doc.id, "outline", "§3(1)", "重点", start=100, exact="(一)稳增长")
    p = store.add_bookmark(doc.id, "paragraph", "§3(1)¶2", start=200, exact="坚持")
    t = store.add_bookmark(doc.id, "target", "target-7")
    assert [x.id for x in store.bookmarks(doc.id)] == [t.id, b.id, p.id]  # by position, targets without one first
    assert store.find_bookmark(doc.id, "paragraph", "§3(1)¶2") == p
    assert store.update_bookmark(b.id, label="改名").label == "改名"
    assert store.delete_bookmark(p.id).deleted
    assert store.find_bookmark(doc.id, "paragraph", "§3(1)¶2") is None
    assert store.restore_bookmark(p.id).deleted is False
    with pytest.raises(ValueError):
        store.add_bookmark(doc.id, "chapter", "§1")


def test_foreign_keys_cascade(store, doc):
    h = store.add_highlight(doc.id, 0, 2, "目标", tags=["x"])
    with pytest.raises(sqlite3.IntegrityError):
        store.add_highlight(9999, 0, 1, "x")
    store._conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,))  # no API deletes a document
    assert store.highlight(h.id) is None
    assert store._conn.execute("SELECT count(*) FROM tags").fetchone()[0] == 0


def test_failed_write_leaves_nothing_behind(store, doc):
    with pytest.raises(sqlite3.IntegrityError):  # the tag insert fails after the highlight insert
        store.add_highlight(doc.id, 0, 2, "目标", tags=["ok"], uuid="same")
        store.add_highlight(doc.id, 0, 2, "目标", tags=["ok"], uuid="same")
    assert len(store.highlights(doc.id)) == 1
    assert store._conn.in_transaction is False  # the store's connection is left usable


def test_notes_survive_reopening():
    with open_store() as s:
        d = s.document("e" * 64)
        h = s.add_highlight(d.id, 1, 3, "改革", note="再看", tags=["t"])
    with open_store() as s:
        assert s.highlights(s.find_document("e" * 64).id) == [h]


def test_highlight_spans_read_place_colour_target_and_status_in_reading_order(store, doc):
    a = store.add_highlight(doc.id, 30, 34, "稳中求进", colour="green")
    b = store.add_highlight(doc.id, 10, 12, "就业", target="t1", status="on_track")
    c = store.add_highlight(doc.id, 30, 32, "稳中", status="achieved")
    gone = store.add_highlight(doc.id, 5, 8, "删除的")
    store.delete_highlight(gone.id)
    other = store.document("e" * 64)
    store.add_highlight(other.id, 0, 2, "别的", target="t9")
    assert store.highlight_spans(doc.id) == [
        (b.id, 10, 12, "yellow", "t1", "on_track"),
        (a.id, 30, 34, "green", "", None),  # same start: in id order
        (c.id, 30, 32, "yellow", "", "achieved"),
    ]
    assert store.highlight_spans(other.id)[0][4] == "t9"


def test_highlight_spans_without_the_index_of_schema_v4(store, doc):
    """A read-only store of an older version has no highlights_live index: the table is read."""
    a = store.add_highlight(doc.id, 3, 5, "目标", target="t1")
    store._conn.execute("DROP INDEX highlights_live")
    assert store.highlight_spans(doc.id) == [(a.id, 3, 5, "yellow", "t1", None)]


@pytest.mark.parametrize("many", [False, True])
def test_highlight_counts_between_bounds(store, doc, monkeypatch, many):
    from workreport.store import notes_store

    if many:  # past this many bounds the starts are read and counted in Python: the same answer
        monkeypatch.setattr(notes_store, "_COUNTS_BY_QUERY", 1)
    for start in (0, 4, 5, 9, 30):
        store.add_highlight(doc.id, start, start + 2, "文字")
    store.delete_highlight(store.add_highlight(doc.id, 6, 8, "删除").id)
    assert store.highlight_counts(doc.id, [0, 5, 5, 10]) == [2, 0, 2, 1]
    assert store.count_highlights(doc.id) == 5
