"""`workreport scorecard FILE...` and `workreport panel DIR... | --library`."""

import csv
import io
import json

import openpyxl
import pytest

from workreport.cli import main
from workreport.commands_scorecard import library_inputs, load_inputs, report_files
from workreport.core.pairing import PANEL_COLUMNS

NATIONAL = __import__("conftest").DATA / "corpus-full" / "national"
PAIR_KEYS = {"indicator", "name", "name_en", "year", "target", "actual", "status"}


def synthetic_report(year: int, gdp_actual: float, jobs_actual: float, gdp_target: float = 6) -> str:
    return (f"政府工作报告\n\n——{year}年1月20日在市第十六届人民代表大会第{year - 2015}次会议上\n\n"
            f"一、{year - 1}年工作回顾\n\n{year - 1}年，全市地区生产总值增长{gdp_actual}%，"
            f"城镇新增就业{jobs_actual}万人。\n\n"
            f"二、{year}年主要目标任务\n\n今年经济社会发展的主要预期目标是：地区生产总值增长{gdp_target}%左右，"
            "城镇新增就业10万人以上。\n")


@pytest.fixture
def region_dir(tmp_path):
    """A region whose folder name a spreadsheet would run as a formula; no 2023 report."""
    folder = tmp_path / "=HYPERLINK(1)"
    folder.mkdir()
    for year, gdp, jobs in ((2021, 6.1, 9), (2022, 6.5, 11), (2024, 5.0, 12)):
        (folder / f"{year}.md").write_text(synthetic_report(year, gdp, jobs), encoding="utf-8")
    return folder


def test_scorecard_json_has_the_documented_shape(capsys):
    files = [str(NATIONAL / f"{y}.md") for y in (2021, 2019, 2020)]  # any order
    assert main(["scorecard", *files, "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert pairs and all(PAIR_KEYS <= set(p) for p in pairs)
    by = {(p["indicator"], p["year"]): p for p in pairs}
    gdp19 = by[("gdp", 2019)]
    assert gdp19["status"] == "met" and gdp19["name_en"] == "GDP"
    assert set(gdp19["target"]) >= {"value", "value_max", "unit", "comparator", "ref"}
    assert (gdp19["target"]["value"], gdp19["target"]["value_max"], gdp19["target"]["comparator"]) == (6, 6.5, "range")
    assert gdp19["target"]["ref"].startswith(str(NATIONAL / "2019.md") + "#§")
    assert gdp19["actual"]["ref"].startswith(str(NATIONAL / "2020.md") + "#§") and gdp19["actual"]["value"] == 6.1
    assert by[("gdp", 2020)]["status"] == "no_target"  # 没有提出全年经济增速具体目标
    assert by[("gdp", 2021)]["status"] == "not_comparable"  # no 2022 report given


def test_scorecard_gap_warns_and_is_not_comparable(region_dir, capsys):
    assert main(["scorecard", *sorted(str(f) for f in region_dir.iterdir()), "--json"]) == 0
    out = capsys.readouterr()
    assert "2023" in out.err
    by = {(p["indicator"], p["year"]): p for p in json.loads(out.out)}
    assert by[("gdp", 2021)]["status"] == "met"  # 6 about, 6.5
    assert by[("urban_jobs_new", 2021)]["status"] == "met"  # 10万 at least, 11万
    assert by[("gdp", 2022)]["status"] == "not_comparable" and by[("gdp", 2022)]["reason"] == "no_next_report"


def test_scorecard_text_and_csv(region_dir, capsys):
    files = sorted(str(f) for f in region_dir.iterdir())
    assert main(["scorecard", *files]) == 0
    text = capsys.readouterr().out
    assert "2021\t地区生产总值\tgrowth\t6% about\t6.5%\tmet" in text
    assert main(["scorecard", *files, "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and list(rows[0]) == PANEL_COLUMNS
    assert all(r["region"] == "'=HYPERLINK(1)" for r in rows)  # formula neutralised


def test_panel_csv_xlsx_json_and_indicator_filter(region_dir, tmp_path, capsys):
    out_csv, out_xlsx = tmp_path / "p.csv", tmp_path / "p.xlsx"
    assert main(["panel", str(region_dir), "--csv", "-o", str(out_csv)]) == 0
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out_csv, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["indicator"] for r in rows} == {"gdp", "urban_jobs_new"}
    assert {r["region"] for r in rows} == {"'=HYPERLINK(1)"}
    assert main(["panel", str(region_dir), "--xlsx", "-o", str(out_xlsx)]) == 0
    ws = openpyxl.load_workbook(out_xlsx).active
    assert ws is not None
    assert [c.value for c in ws[1]] == PANEL_COLUMNS and ws.max_row == len(rows) + 1
    region_cell = ws.cell(row=2, column=1)
    assert region_cell.value == "=HYPERLINK(1)" and region_cell.data_type == "s"  # text, not a formula
    assert main(["panel", str(region_dir), "--json", "--indicator", "gdp"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got and {r["indicator"] for r in got} == {"gdp"}
    assert got[0]["target_ref"].endswith("2021.md#§2¶1")


def test_panel_needs_a_source_and_xlsx_a_file(region_dir, capsys):
    with pytest.raises(SystemExit):
        main(["panel", "--csv"])
    with pytest.raises(SystemExit):
        main(["panel", str(region_dir), "--xlsx"])
    assert main(["panel", str(region_dir / "2021.md"), "--csv"]) == 2  # a file is not a folder
    assert "not a folder" in capsys.readouterr().err


def test_pool_and_serial_parse_agree(region_dir):
    files = report_files([str(region_dir)]) * 2  # enough files for the pool
    serial, _ = load_inputs(files, jobs=1)
    pooled, failures = load_inputs(files, jobs=2)
    assert not failures
    assert [(r.path, r.year, r.records) for r in serial] == [(r.path, r.year, r.records) for r in pooled]


def test_unreadable_files_are_skipped(region_dir, tmp_path, capsys):
    bad = tmp_path / "empty.md"
    bad.write_bytes(b"")
    assert main(["scorecard", str(bad), *sorted(str(f) for f in region_dir.iterdir()), "--json"]) == 0
    assert "skipped" in capsys.readouterr().err
    assert main(["scorecard", str(bad)]) == 2


class _Row:
    def __init__(self, id, region, level, year, path):
        self.id, self.region, self.level, self.year, self.path = id, region, level, year, path


class _FakeLibrary:
    """The library's reading side as the scorecard uses it."""

    def __init__(self, reports):
        self._reports = reports  # id → (row, records, text)

    def regions(self):
        return sorted({(r.region, r.level, 1) for r, _t, _x in self._reports.values()})

    def region_reports(self, region, level=""):
        return [(r, t) for r, t, _x in self._reports.values() if r.region == region and r.level == level]

    def text(self, report_id):
        return self._reports[report_id][2]

    def blocks(self, report_id):
        return [[0, "§1¶1"]]


def test_library_inputs_use_stored_records(region_dir):
    inputs, _ = load_inputs(report_files([str(region_dir)]), jobs=1)
    lib = _FakeLibrary({i: (_Row(i, "某市", "city", ri.year, ri.path), ri.records,
                            "我们没有提出全年经济增速具体目标。" if ri.year == 2022 else "")
                        for i, ri in enumerate(inputs)})
    got = library_inputs(lib)
    assert [(r.region, r.year) for r in got] == [("某市", 2021), ("某市", 2022), ("某市", 2024)]
    assert got[1].absent and got[1].absent[0]["canonical"] == "gdp" and got[1].absent[0]["ref"] == "§1¶1"
