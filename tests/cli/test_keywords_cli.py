"""`workreport keywords` and `workreport trend` (over a library in a temporary data dir)."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import DATA

from workreport import cli

NATIONAL = DATA / "corpus-full" / "national"


def run(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_keywords_json_against_an_earlier_report(capsys):
    code, out, _ = run(capsys, "keywords", str(NATIONAL / "2024.md"), "--against", str(NATIONAL / "2023.md"),
                       "--top", "30", "--json")
    assert code == 0
    result = json.loads(out)
    assert {"top", "new", "dropped"} <= set(result)
    assert len(result["top"]) == 30 and {"term", "count", "per10k"} <= set(result["top"][0])
    counts = [t["count"] for t in result["top"]]
    assert counts == sorted(counts, reverse=True)
    top = result["top"][0]
    assert top["per10k"] == pytest.approx(top["count"] * 10_000 / result["chars"], abs=0.01)
    new = [t["term"] for t in result["new"]]
    assert "新质生产力" in new[:10]
    scores = [t["score"] for t in result["new"]]
    assert scores == sorted(scores, reverse=True)
    text_2024 = (NATIONAL / "2024.md").read_text(encoding="utf-8")
    assert all(t["term"] not in text_2024 for t in result["dropped"])


def test_keywords_text_without_against(capsys):
    code, out, _ = run(capsys, "keywords", str(NATIONAL / "2020.md"), "--top", "40")
    assert code == 0
    assert "# top terms" in out and "六保" in out and "# new" not in out


@pytest.fixture
def library_dir(tmp_path, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    for year in range(2019, 2025):
        shutil.copy(NATIONAL / f"{year}.md", folder / f"national-{year}.md")
    data = tmp_path / "data"
    code, out, _ = run(capsys, "library", "add", str(folder), "--json", "--data-dir", str(data), "--workers", "1")
    assert code == 0 and json.loads(out)["added"] == 6
    return data


def test_trend_over_the_library(library_dir, capsys):
    code, out, err = run(capsys, "trend", "新质生产力", "六保", "--level", "national", "--json",
                         "--data-dir", str(library_dir))
    assert code == 0, err
    result = json.loads(out)
    assert result["新质生产力"]["first_year"] == 2024
    assert result["六保"]["first_year"] == 2020
    points = {p["year"]: p for p in result["六保"]["points"]}
    assert sorted(points) == list(range(2019, 2025))
    text_2020 = (NATIONAL / "2020.md").read_text(encoding="utf-8")
    assert points[2020]["count"] == text_2020.count("六保")
    assert points[2019]["count"] == 0 and points[2020]["reports_with"] == 1
    # a second run reads the stored counts; text output names the first year
    code, out, _ = run(capsys, "trend", "六保", "--data-dir", str(library_dir))
    assert code == 0 and "六保 2020" in out


def test_trend_of_an_empty_library(tmp_path, capsys):
    code, _out, err = run(capsys, "trend", "六保", "--data-dir", str(tmp_path / "empty"))
    assert code == 1 and "no reports" in err
