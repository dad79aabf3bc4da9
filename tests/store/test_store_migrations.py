"""Forward migrations from every earlier schema version keep the user's data."""

import sqlite3
from contextlib import closing

import pytest

from workreport.store import StoreError, open_store, schema


def _make_old_store(path, version):
    """A file exactly as a release with `version` migrations left it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.migrate(conn, 0, version)
    conn.execute("COMMIT")
    return conn


def _columns(conn):
    out = {}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        out[table] = [tuple(r) for r in conn.execute(f"PRAGMA table_info({table})")]
    indexes = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                                "AND name NOT LIKE 'sqlite_%'"))
    return out, indexes


def _fill_v1(conn):
    conn.execute("INSERT INTO documents (digest, path, title, opened_at) VALUES ('d1', '/r.txt', '报告', '2021')")
    conn.execute("INSERT INTO highlights (document_id, start, \"end\", exact, prefix, suffix, colour, note, created, "
                 "updated) VALUES (1, 5, 9, '稳中求进', '坚持', '总基调', 'green', '旧笔记', "
                 "'2021-01-01', '2021-01-02')")
    conn.execute("INSERT INTO highlights (document_id, start, \"end\", exact, created, updated) "
                 "VALUES (1, 20, 22, '就业', '2021-01-03', '2021-01-03')")
    conn.execute("INSERT INTO bookmarks (document_id, kind, ref, label, created) "
                 "VALUES (1, 'outline', '§2(1)', '重点', '2021-01-04')")


def test_fresh_store_is_at_the_current_version(tmp_path):
    open_store(tmp_path / "n.sqlite3").close()
    with closing(sqlite3.connect(tmp_path / "n.sqlite3")) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION == len(schema.MIGRATIONS)


@pytest.mark.parametrize("version", range(0, schema.VERSION))
def test_migrating_from_every_earlier_version_gives_the_current_schema(tmp_path, version):
    _make_old_store(tmp_path / "old.sqlite3", version).close()
    for name in ("old.sqlite3", "fresh.sqlite3"):
        open_store(tmp_path / name).close()
    with closing(sqlite3.connect(tmp_path / "old.sqlite3")) as old, \
            closing(sqlite3.connect(tmp_path / "fresh.sqlite3")) as fresh:
        assert _columns(old) == _columns(fresh)


@pytest.mark.parametrize("version", range(1, schema.VERSION))
def test_v1_data_survives_migration(tmp_path, version):
    conn = _make_old_store(tmp_path / "old.sqlite3", 1)
    _fill_v1(conn)
    if version >= 2:  # data written by the v2 release, then migrated on
        conn.execute("BEGIN")
        schema.migrate(conn, 1, version)
        conn.execute("COMMIT")
        conn.execute("INSERT INTO tags (highlight_id, tag) VALUES (1, '总基调')")
        conn.execute("UPDATE highlights SET status = 'on_track', target = 't1' WHERE id = 2")
    conn.close()

    with open_store(tmp_path / "old.sqlite3") as s:
        doc = s.find_document("d1")
        assert doc.path == "/r.txt" and doc.title == "报告"
        first, second = s.highlights(doc.id)
        assert (first.start, first.end, first.exact, first.prefix, first.suffix) == (5, 9, "稳中求进", "坚持", "总基调")
        assert (first.colour, first.note) == ("green", "旧笔记")
        assert (first.created, first.updated) == ("2021-01-01", "2021-01-02")
        assert first.note_format == "text" and not first.deleted
        assert second.exact == "就业"
        assert first.uuid and second.uuid and first.uuid != second.uuid
        if version >= 2:
            assert first.tags == ("总基调",)
            assert (second.status, second.target) == ("on_track", "t1")
        else:
            assert first.tags == () and second.status is None
        (bm,) = s.bookmarks(doc.id)
        assert (bm.kind, bm.ref, bm.label, bm.created, bm.updated) == ("outline", "§2(1)", "重点", "2021-01-04",
                                                                        "2021-01-04")
        # the migrated store is fully usable
        h = s.add_highlight(doc.id, 0, 2, "目标", tags=["新"], status="achieved")
        assert s.search(doc.id, "旧") == [first]
        assert s.delete_highlight(h.id).deleted
        assert s.integrity_check() == ["ok"]


def test_store_from_a_newer_app_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "n.sqlite3"
    conn = _make_old_store(path, schema.VERSION)
    conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        open_store(path)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*.corrupt-*")) == []


def test_a_failed_migration_rolls_back(tmp_path, monkeypatch):
    path = tmp_path / "n.sqlite3"
    _make_old_store(path, 1).close()
    broken = (*schema.MIGRATIONS[:2], schema.MIGRATIONS[2] + "\nTHIS IS NOT SQL;")
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(StoreError):
        open_store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "uuid" not in [r[1] for r in conn.execute("PRAGMA table_info(highlights)")]
    conn.close()
