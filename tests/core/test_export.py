"""CSV (UTF-8 BOM, formula cells neutralised) and XLSX export of table rows."""

import csv

import openpyxl
import pytest

from workreport.core.export import TARGET_COLUMNS, csv_text, neutralise, write_csv, write_xlsx

ROWS = [
    {"indicator": "地区生产总值", "value": 6.6, "value_max": None, "unit": "%", "comparator": "exact",
     "kind": "target", "year": 2021, "stretch": False, "sentence": "地区生产总值增长6.6%，“引号”,逗号"},
    {"indicator": "=HYPERLINK(\"http://x\")", "value": 400.0, "value_max": 450.0, "unit": "家",
     "comparator": "range", "kind": "target", "year": 2021, "stretch": True, "sentence": "+1 -2 @SUM(A1)"},
]


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1:A2)", "\t=1", "\r=1"])
def test_formula_cells_are_neutralised(cell):
    assert neutralise(cell) == "'" + cell


def test_plain_cells_are_left_alone():
    assert neutralise("地区生产总值") == "地区生产总值" and neutralise(6.6) == 6.6 and neutralise("") == ""


def test_csv_has_bom_and_round_trips(tmp_path):
    path = tmp_path / "t.csv"
    write_csv(ROWS, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == TARGET_COLUMNS
    assert rows[0]["indicator"] == "地区生产总值" and rows[0]["value"] == "6.6" and rows[0]["value_max"] == ""
    assert rows[0]["sentence"] == ROWS[0]["sentence"]
    assert rows[1]["indicator"] == "'" + ROWS[1]["indicator"]  # would be a live link in Excel
    assert rows[1]["sentence"] == "'+1 -2 @SUM(A1)"
    assert rows[1]["value"] == "400" and rows[1]["value_max"] == "450" and rows[1]["stretch"] == "true"


def test_csv_text_without_bom():
    assert not csv_text(ROWS).startswith("\ufeff")


def test_xlsx_round_trips_and_never_stores_formulas(tmp_path):
    path = tmp_path / "t.xlsx"
    write_xlsx(ROWS + [{"indicator": "控制\x01字符", "value": None}], path)
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == TARGET_COLUMNS
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["indicator"] == "地区生产总值" and first["value"] == 6.6 and first["year"] == 2021
    second_cells = dict(zip(rows[0], ws[3], strict=True))
    assert second_cells["indicator"].value == ROWS[1]["indicator"]
    assert second_cells["indicator"].data_type == "s"  # text, not a formula
    assert second_cells["sentence"].data_type == "s"
    assert dict(zip(rows[0], rows[3], strict=True))["indicator"] == "控制字符"
