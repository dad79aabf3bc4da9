"""The notes store is reached only through its API (issue 16, "Store access").

One function writes a highlight row, one writes tags, one writes a bookmark; the W3C import and the
UI's adapter both go through them, and nothing outside store/ touches a store's connection.
"""

import re
from pathlib import Path

import pytest

from workreport.core.annotation_io import read_annotations, to_collection
from workreport.core.kinds import BookmarkKind, NoteKind
from workreport.store import notes_store, open_store
from workreport.store.annotation_import import import_annotations
from workreport.store.notes_adapter import NotesAdapter

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "workreport"
_INSERT = r"INSERT\s+(?:OR\s+\w+\s+)?INTO\s+\"?{table}\b"


def _sources():
    return {p.relative_to(PACKAGE).as_posix(): p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")}


@pytest.mark.parametrize("table", ["highlights", "tags", "bookmarks"])
def test_one_statement_in_the_package_inserts_into(table):
    pattern = re.compile(_INSERT.format(table=table), re.IGNORECASE)
    found = [(name, len(pattern.findall(text))) for name, text in _sources().items() if pattern.search(text)]
    assert found == [("store/notes_store.py", 1)]


def test_nothing_outside_the_store_touches_its_connection():
    users = [name for name, text in _sources().items()
             if not name.startswith("store/") and re.search(r"\._conn\b", text)]
    assert users == []


@pytest.fixture
def calls(monkeypatch):
    """Every highlight and tag write, as (function, document or highlight id)."""
    seen: list[tuple[str, int]] = []
    insert_highlight, insert_tags = notes_store._insert_highlight, notes_store._insert_tags

    def spy_highlight(conn, document_id, *args, **kw):
        seen.append(("highlight", document_id))
        return insert_highlight(conn, document_id, *args, **kw)

    def spy_tags(conn, highlight_id, tags):
        seen.append(("tags", highlight_id))
        insert_tags(conn, highlight_id, tags)

    monkeypatch.setattr(notes_store, "_insert_highlight", spy_highlight)
    monkeypatch.setattr(notes_store, "_insert_tags", spy_tags)
    return seen


def test_the_adapter_and_the_import_write_through_the_same_store_functions(bundled_report, calls, tmp_path):
    report = bundled_report
    block = next(b for b in report.blocks if len(b.text) > 40)
    with open_store() as store:
        adapter = NotesAdapter(store, report)
        made = adapter.add_highlight(block.start + 1, block.start + 9, note="界面")
        adapter.update(made.key, tags=["甲"])
        assert [c[0] for c in calls] == ["highlight", "tags", "tags"]
        exported = to_collection(report, store.highlights(adapter.document_id), store.bookmarks(adapter.document_id))

    calls.clear()
    items, skipped = read_annotations(exported)
    assert skipped == [] and [i.kind for i in items] == [NoteKind.HIGHLIGHT]
    with open_store(tmp_path / "other.sqlite") as other:
        result = import_annotations(other, report, items)
        assert result.anchored == 1 and not result.skipped
        assert [c[0] for c in calls] == ["highlight", "tags"]
        (copy,) = other.highlights(calls[0][1])
        assert (copy.exact, copy.note, copy.tags) == (made.quote, "界面", ("甲",))


def test_an_import_is_one_transaction_of_savepoints(bundled_report):
    """A store method called inside `batch()` joins it; a failing step leaves the others."""
    report = bundled_report
    with open_store() as store:
        doc = store.document(report.digest, "", "")
        with store.batch():
            kept = store.add_bookmark(doc.id, BookmarkKind.OUTLINE, "§1")
            with pytest.raises(ValueError), store.batch():
                store.add_highlight(doc.id, 0, 2, report.text[:2])
                store.add_highlight(doc.id, 3, 5, report.text[3:5], colour="no such colour")
            assert store.highlights(doc.id) == []
        assert [b.id for b in store.bookmarks(doc.id)] == [kept.id]
        assert store.bookmarks(doc.id)[0].kind == BookmarkKind.OUTLINE == "outline"


def test_the_enums_and_the_schema_checks_agree(tmp_path):
    """Each member is accepted by the column's CHECK constraint, so the enum and the schema list the same set."""
    from workreport.core.kinds import NoteStatus
    from workreport.store.library import open_library
    from workreport.store.library_schema import JournalState

    with open_store(tmp_path / "notes.sqlite3") as store:
        doc = store.document("d" * 64)
        for kind in BookmarkKind:
            assert store.add_bookmark(doc.id, kind, "§1").kind == kind
        h = store.add_highlight(doc.id, 0, 2, "目标")
        for status in NoteStatus:
            assert store.update_highlight(h.id, status=status).status == status
    with open_library(tmp_path / "library.sqlite3") as lib:
        lib.journal_add(["/a.md"])
        for state in JournalState:
            with lib.write() as c:
                lib.journal_mark(c, "/a.md", state)
            assert lib.journal_entries() == [("/a.md", state, "")]
