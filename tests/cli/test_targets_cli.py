"""`python -m workreport targets FILE [--json|--csv|--xlsx]`."""

import csv
import io
import json
import subprocess
import sys

import openpyxl

from workreport import resources
from workreport.cli import main

FIELDS = {"indicator", "value", "value_max", "unit", "base_value", "comparator", "measure", "kind", "year",
          "stretch", "sentence", "paragraph", "section", "start", "end"}


def test_json(capsys):
    assert main(["targets", str(resources.default_report()), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) > 100 and FIELDS <= set(rows[0])
    gdp = next(r for r in rows if r["kind"] == "target" and r["indicator"] == "地区生产总值")
    assert (gdp["value"], gdp["unit"], gdp["comparator"], gdp["year"]) == (6.6, "%", "exact", 2021)
    assert "地区生产总值增长6.6%" in gdp["sentence"] and gdp["paragraph"].startswith("§3")


def test_csv_to_stdout_and_kind_filter(capsys):
    assert main(["targets", str(resources.default_report()), "--csv", "--kind", "result"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["kind"] for r in rows} == {"result"}


def test_csv_and_xlsx_files(tmp_path):
    out_csv, out_xlsx = tmp_path / "t.csv", tmp_path / "t.xlsx"
    assert main(["targets", str(resources.default_report()), "--csv", "-o", str(out_csv)]) == 0
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["targets", str(resources.default_report()), "--xlsx", "-o", str(out_xlsx)]) == 0
    ws = openpyxl.load_workbook(out_xlsx).active
    assert ws is not None
    with open(out_csv, encoding="utf-8-sig", newline="") as fh:
        assert ws.max_row == len(list(csv.DictReader(fh))) + 1


def test_module_entry_point_and_errors(tmp_path):
    run = subprocess.run([sys.executable, "-m", "workreport", "targets", str(resources.default_report()), "--json"],
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0 and json.loads(run.stdout)
    run = subprocess.run([sys.executable, "-m", "workreport", "targets", str(tmp_path / "missing.txt")],
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 2 and "No such file" in run.stderr
