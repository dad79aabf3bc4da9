"""The library database: adding, no duplicates, edits that survive a re-parse, migrations, recovery, search."""

import os
import sqlite3
import stat
from contextlib import closing

import pytest
from conftest import DATA

from workreport.core import library_entry, version
from workreport.core.library_entry import prepare
from workreport.store import library_schema
from workreport.store.library import AddOutcome, Filters, Library, library_file, open_library
from workreport.store.library_import import import_paths

LIB = DATA / "library"
CORPUS = DATA / "corpus"


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A library of the test reports (tests/data/library and tests/data/corpus), built once."""
    path = tmp_path_factory.mktemp("lib") / "library.sqlite3"
    lib = open_library(path)
    summary = import_paths(lib, [LIB, CORPUS], workers=2)
    assert not summary.failed
    yield lib
    lib.close()


def test_file_lives_in_the_data_dir_and_is_private(_isolated_data_dir):
    with open_library() as lib:
        assert lib.path == library_file() == _isolated_data_dir / "library.sqlite3"
        assert lib.count() == 0
    assert stat.S_IMODE(os.stat(library_file()).st_mode) == 0o600
    assert not (_isolated_data_dir / "notes.sqlite3").exists()  # separate from the notes store


def test_same_text_is_not_added_twice(tmp_path):
    src = LIB / "佳木斯市-2014.md"
    copy = tmp_path / "copy.md"
    copy.write_bytes(src.read_bytes())
    with open_library(tmp_path / "l.sqlite3") as lib:
        assert lib.add(prepare(str(src)))[0] == AddOutcome.ADDED
        assert lib.add(prepare(str(src)))[0] == AddOutcome.DUPLICATE
        assert lib.add(prepare(str(copy)))[0] == AddOutcome.DUPLICATE
        assert lib.count() == 1


def test_metadata_columns_targets_and_edits_that_survive_a_reparse(tmp_path, monkeypatch):
    src = str(LIB / "天水市-2023.md")
    with open_library(tmp_path / "l.sqlite3") as lib:
        _, rid = lib.add(prepare(src))
        row = lib.report(rid)
        assert (row.region, row.level, row.year) == ("天水市", "city", 2023)
        assert row.length > 10_000 and row.n_targets == len(lib.targets(rid)) > 0
        assert {"indicator", "value", "kind", "year", "paragraph"} <= set(lib.targets(rid)[0])
        lib.update_metadata(rid, region="天水", year=2024)
        # a newer parser re-parses: detected fields refresh, the user's edits stay
        monkeypatch.setattr(library_entry, "PARSER_VERSION", version.PARSER_VERSION + 1)
        monkeypatch.setattr("workreport.store.library.PARSER_VERSION", version.PARSER_VERSION + 1)
        assert [r.id for r in lib.stale()] == [rid]
        outcome, same = lib.add(prepare(src))
        assert (outcome, same) == (AddOutcome.UPDATED, rid)
        row = lib.report(rid)
        assert (row.region, row.year, row.level) == ("天水", 2024, "city")
        assert row.edited_fields == {"region", "year"}
        assert lib.stale() == []
        with pytest.raises(ValueError):
            lib.update_metadata(rid, length=3)


def test_a_changed_file_replaces_its_report(tmp_path):
    f = tmp_path / "report.md"
    f.write_bytes((LIB / "邢台市-2021.md").read_bytes())
    with open_library(tmp_path / "l.sqlite3") as lib:
        _, rid = lib.add(prepare(str(f)))
        lib.update_metadata(rid, title="我的标题")
        f.write_text(f.read_text(encoding="utf-8") + "\n\n附：独一无二的补充说明文字。\n", encoding="utf-8")
        outcome, same = lib.add(prepare(str(f)))
        assert (outcome, same) == (AddOutcome.UPDATED, rid) and lib.count() == 1
        assert [r.report.id for r in lib.search("独一无二")] == [rid]
        assert lib.search("独一无二的补充") and lib.report(rid).title == "我的标题"
        assert lib.scan("独一无二") == {rid: 1}


def test_region_reports_give_years_and_target_records(filled):
    rows = filled.region_reports("天水市")
    assert [r.year for r, _ in rows] == [2023]
    report, records = rows[0]
    assert len(records) == report.n_targets


def test_remove_takes_the_report_out_of_search(tmp_path):
    with open_library(tmp_path / "l.sqlite3") as lib:
        _, a = lib.add(prepare(str(LIB / "天水市-2023.md")))
        _, b = lib.add(prepare(str(LIB / "邢台市-2021.md")))
        assert {r.report.id for r in lib.search("发展")} == {a, b}
        assert lib.remove([a]) == 1
        assert {r.report.id for r in lib.search("发展")} == {b}
        assert {r.report.id for r in lib.search("发")} == {b}
        assert lib.count() == 1


def _old_library(path, version_):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    library_schema.migrate(conn, 0, version_)
    conn.execute("COMMIT")
    return conn


@pytest.mark.parametrize("old", range(0, library_schema.VERSION))
def test_migrates_from_every_earlier_version(tmp_path, old):
    path = tmp_path / "l.sqlite3"
    if old:
        conn = _old_library(path, old)
        conn.execute("INSERT INTO reports (digest, added, parsed, region) VALUES ('x', 'now', 'now', '北京市')")
        conn.close()
    with open_library(path) as lib:
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == library_schema.VERSION
        if old:
            assert [r.region for r in lib.reports()] == ["北京市"]
        lib.journal_add(["/nowhere.md"])  # the v2 table exists
        assert lib.journal_pending() == ["/nowhere.md"]


def test_corrupt_library_is_moved_aside_and_rebuilt_with_a_message(tmp_path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"this is not a database" * 200)
    with Library(path) as lib:
        assert lib.recovery is not None
        assert lib.recovery.moved_to.exists() and lib.recovery.moved_to.read_bytes().startswith(b"this is not")
        assert "library file" in lib.recovery_message
        assert lib.count() == 0
        lib.add(prepare(str(LIB / "天水市-2023.md")))
    with Library(path) as lib:
        assert lib.recovery is None and lib.count() == 1


QUERIES = ["碳", "绿", "氢", "%", "，", "5", "A", "双碳", "芯片", "5G", "AI", "旅游", "“十", "新质生产力", "乡村振兴",
           "营商环境", "人工智能", "粤港澳大湾区", "RCEP", "GDP", "CPTPP", "rcep", "ai", "碳达峰碳中", "发展新质生",
           "无此词语"]


@pytest.mark.parametrize("query", QUERIES)
def test_search_equals_a_plain_substring_scan(filled, query):
    texts = {r.id: filled.text(r.id) for r in filled.reports()}
    expected = {rid: t.count(query) for rid, t in texts.items() if query in t}
    results = filled.search(query, snippet_reports=None)
    assert {r.report.id: r.hits for r in results} == expected
    assert filled.scan(query) == expected
    for res in results:
        text = texts[res.report.id]
        assert all(text[h.offset:h.offset + len(query)] == query for h in res.hit_list)
        assert len(filled.hits(res.report.id, query)) == res.hits
        for s in res.snippets:
            assert s.text[s.start:s.end] == query and s.ref


@pytest.mark.parametrize("length", [1, 2, 5])
def test_search_equals_scan_for_chinese_queries_cut_from_the_texts(filled, length):
    """Queries taken from the texts themselves, of 1, 2 and 5 characters."""
    rows = filled.reports()
    for i, row in enumerate(rows[:10]):
        text = filled.text(row.id)
        pos = (len(text) * (i + 1)) // 13
        query = text[pos:pos + length].replace("\n", "")
        if not query:
            continue
        expected = {r.id: filled.text(r.id).count(query) for r in rows if query in filled.text(r.id)}
        assert {r.report.id: r.hits for r in filled.search(query)} == expected, query


def test_filters_order_and_limit(filled):
    everything = filled.search("发展")
    years = [r.report.year for r in everything]
    assert years == sorted(years, reverse=True)
    assert filled.search("发展", limit=5) == everything[:5]
    cities = filled.search("发展", Filters(level="city", year_from=2020, year_to=2022))
    assert cities and all(r.report.level == "city" and 2020 <= r.report.year <= 2022 for r in cities)
    assert {r.report.region for r in filled.search("发展", Filters(region="天水市"))} == {"天水市"}
    assert filled.search("") == []


def test_snippets_for_the_first_reports_then_on_demand(filled):
    results = filled.search("发展", snippet_reports=2)
    assert all(r.snippets for r in results[:2]) and not any(r.snippets for r in results[2:])
    later = filled.fill_snippets(results[5], "发展")
    assert later.snippets and later.snippets[0].text[later.snippets[0].start:later.snippets[0].end] == "发展"


def test_hits_point_to_the_paragraph(filled):
    res = filled.search("预期目标")[0]
    from workreport.core.parser import parse_file

    report = parse_file(res.report.path)
    for hit in filled.hits(res.report.id, "预期目标"):
        block = report.block_at(hit.offset)
        assert block.ref == hit.ref and "预期目标" in block.text
