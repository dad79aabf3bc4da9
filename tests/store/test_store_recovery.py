"""A damaged or foreign file at the store path: moved aside, never overwritten; a fresh store starts."""

import sqlite3

import pytest

from workreport import paths
from workreport.store import open_store


def _corrupt_pages(path):
    """A real store whose table pages were overwritten with garbage."""
    with open_store(path) as s:
        d = s.document("d" * 64)
        for i in range(300):
            s.add_highlight(d.id, i, i + 2, "目标" * 20, note="笔记" * 50)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for off in range(page * 2, len(data) - page, page * 3):
        data[off:off + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["text", "html", "truncated_header", "garbage_pages"])
def test_bad_file_is_moved_aside_and_a_fresh_store_starts(damage):
    path = paths.store_file()
    if damage == "text":
        path.write_text("这不是数据库\n" * 100, encoding="utf-8")
    elif damage == "html":
        path.write_bytes(b"<html><body>oops</body></html>" * 200)
    elif damage == "truncated_header":
        path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5)
    else:
        _corrupt_pages(path)
    original = path.read_bytes()

    with open_store() as s:
        assert s.recovery is not None
        moved = s.recovery.moved_to
        assert moved.name.startswith("notes.sqlite3.corrupt-")
        assert moved.read_bytes() == original  # kept byte for byte
        assert str(moved) in s.recovery_message and s.recovery_message
        d = s.document("a" * 64)
        s.add_highlight(d.id, 0, 2, "新的")
        assert s.integrity_check() == ["ok"]
    with open_store() as s:  # the fresh store is healthy: no second recovery
        assert s.recovery is None
        assert len(s.highlights(s.find_document("a" * 64).id)) == 1


def test_an_earlier_corrupt_copy_is_never_overwritten(monkeypatch):
    path = paths.store_file()
    import time

    monkeypatch.setattr(time, "strftime", lambda fmt: "20260101-000000")
    path.write_bytes(b"first bad file" * 100)
    with open_store() as s:
        first = s.recovery.moved_to
    s.close()
    path.unlink()
    path.write_bytes(b"second bad file" * 100)
    with open_store() as s:
        second = s.recovery.moved_to
    assert first != second
    assert first.read_bytes() == b"first bad file" * 100
    assert second.read_bytes() == b"second bad file" * 100


def test_empty_file_is_a_valid_new_store():
    path = paths.store_file()
    path.write_bytes(b"")
    with open_store() as s:
        assert s.recovery is None


def test_a_healthy_store_is_not_touched():
    with open_store() as s:
        s.add_highlight(s.document("d" * 64).id, 0, 1, "x")
    with open_store() as s:
        assert s.recovery is None
    assert list(paths.data_dir().glob("*.corrupt-*")) == []
