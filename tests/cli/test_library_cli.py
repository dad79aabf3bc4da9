"""`workreport library add|list|remove` and `workreport search`."""

import json
import subprocess
import sys

import pytest
from conftest import DATA, ROOT

from workreport import cli

LIB = DATA / "library"


def run(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def lib_dir(tmp_path, capsys):
    d = tmp_path / "data"
    code, out, _ = run(capsys, "library", "add", str(LIB), "--json", "--data-dir", str(d), "--workers", "2")
    assert code == 0 and json.loads(out)["added"] == 12
    return d


def test_add_list_remove(lib_dir, capsys, tmp_path):
    code, out, _ = run(capsys, "library", "list", "--json", "--data-dir", str(lib_dir))
    rows = json.loads(out)
    assert code == 0 and len(rows) == 12
    assert {"path", "title", "region", "level", "year", "length", "targets"} <= set(rows[0])
    code, out, _ = run(capsys, "library", "list", "--json", "--level", "province", "--data-dir", str(lib_dir))
    assert sorted(r["region"] for r in json.loads(out)) == ["内蒙古自治区", "广西壮族自治区", "江西省"]
    code, out, _ = run(capsys, "library", "list", "--json", "--year", "2021-2022", "--data-dir", str(lib_dir))
    assert {r["year"] for r in json.loads(out)} == {2021, 2022}
    # adding again adds nothing
    code, out, _ = run(capsys, "library", "add", str(LIB), "--data-dir", str(lib_dir))
    assert code == 0 and "added 0" in out
    first = rows[0]
    code, out, _ = run(capsys, "library", "remove", str(first["id"]), first["path"], "/not/there.md", "--json",
                       "--data-dir", str(lib_dir))
    assert code == 1 and json.loads(out) == {"removed": 1, "not_found": ["/not/there.md"]}
    code, out, _ = run(capsys, "library", "list", "--json", "--data-dir", str(lib_dir))
    assert len(json.loads(out)) == 11


def test_update_reparses_reports_of_an_older_parser(lib_dir, capsys, monkeypatch):
    from workreport.core import library_entry, version

    code, out, _ = run(capsys, "library", "update", "--json", "--data-dir", str(lib_dir))
    assert code == 0 and json.loads(out)["updated"] == 0
    monkeypatch.setattr(library_entry, "PARSER_VERSION", version.PARSER_VERSION + 1)
    monkeypatch.setattr("workreport.store.library.PARSER_VERSION", version.PARSER_VERSION + 1)
    # one process: the patched version does not reach spawned workers
    code, out, _ = run(capsys, "library", "update", "--json", "--workers", "1", "--data-dir", str(lib_dir))
    assert code == 0 and json.loads(out)["updated"] == 12


def test_add_reports_failures_with_reasons(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("hello world, no report here at all " * 10)
    code, out, _ = run(capsys, "library", "add", str(bad), str(LIB / "1975.md"), "--data-dir", str(tmp_path / "d"))
    assert code == 1 and "added 1" in out and "skipped" in out and "bad.txt" in out


@pytest.mark.parametrize("query", ["碳", "双碳", "RCEP", "5G", "AI", "经济发展"])
def test_search_json_equals_a_substring_scan(lib_dir, capsys, query):
    code, out, _ = run(capsys, "search", query, "--json", "--data-dir", str(lib_dir))
    assert code == 0
    results = json.loads(out)
    expected = {}
    for f in LIB.glob("*.md"):
        from workreport.core.parser import parse_file

        text = parse_file(f).text
        if query in text:
            expected[str(f.resolve())] = text.count(query)
    assert {r["path"]: r["hits"] for r in results} == {p: n for p, n in expected.items()}
    for r in results:
        assert set(r) == {"path", "title", "region", "level", "year", "hits", "snippets"}
        for s in r["snippets"]:
            assert s["text"][s["start"]:s["end"]] == query and s["ref"]
    years = [r["year"] for r in results]
    assert years == sorted(years, reverse=True)


def test_search_filters(lib_dir, capsys):
    code, out, _ = run(capsys, "search", "发展", "--json", "--region", "天水市", "--data-dir", str(lib_dir))
    assert [r["region"] for r in json.loads(out)] == ["天水市"]
    code, out, _ = run(capsys, "search", "发展", "--json", "--level", "province", "--year", "2020-2025",
                       "--data-dir", str(lib_dir))
    found = sorted((r["region"], r["year"]) for r in json.loads(out))
    assert found == [("内蒙古自治区", 2020), ("广西壮族自治区", 2025)]
    with pytest.raises(SystemExit) as exc:
        cli.main(["search", "发展", "--year", "20x", "--data-dir", str(lib_dir)])
    assert exc.value.code == 2 and "not a year" in capsys.readouterr().err


def test_plain_output_marks_hits(lib_dir, capsys):
    code, out, _ = run(capsys, "search", "双碳", "--data-dir", str(lib_dir))
    assert code == 0 and "【双碳】" in out


def test_entry_point_knows_the_commands(tmp_path):
    r = subprocess.run([sys.executable, "-m", "workreport", "search", "碳", "--json", "--data-dir", str(tmp_path)],
                       capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "desktop"),
                                                                       "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []
