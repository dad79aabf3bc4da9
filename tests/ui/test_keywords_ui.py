"""Keywords panel: model contract, a click marks and steps through occurrences, comparison, CSV, trend chart."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_ui_support import new_window

from workreport.core.parser import parse_file
from workreport.ui.keywords.install import install
from workreport.ui.keywords.model import TERM_ROLE, TermTableModel

NATIONAL = Path(__file__).resolve().parents[1] / "data" / "corpus-full" / "national"


@pytest.fixture
def window(qtbot):
    w: Any = new_window(qtbot, parse_file(NATIONAL / "2020.md"))  # Any: the test adds trend_calls
    trends = {"六保": {"first_year": 2020, "points": [{"year": 2019, "count": 0, "per10k": 0.0},
                                                     {"year": 2020, "count": 5, "per10k": 1.5}]}}
    w.trend_calls = []

    def source(terms):
        w.trend_calls.append(terms)
        return {t: trends.get(t, {"first_year": None, "points": []}) for t in terms}

    install(w, trend_source=source)
    dock = w.findChild(type(w.glossary_dock), "keywordsDock")
    assert dock is not None
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: w.keywords.panel.models["top"].rowCount() > 0)
    return w


def test_model_contract(qtmodeltester):
    model = TermTableModel("top")
    model.set_rows([{"term": "六保", "count": 5, "per10k": 1.5}, {"term": "六稳", "count": 3, "per10k": 0.9}])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "1.50"
    # a custom role is an int above UserRole; the stubs only know the enum's members
    assert model.data(model.index(1, 0), TERM_ROLE) == "六稳"  # pyright: ignore[reportArgumentType]


def test_click_marks_and_steps_through_occurrences(qtbot, window):
    panel = window.keywords.panel
    model = panel.models["slogans"]
    row = next(r for r in range(model.rowCount()) if model.term(r) == "六保")
    panel.tabs.setCurrentWidget(panel.views["slogans"])
    view = panel.views["slogans"]
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    spans = window.keywords.spans  # the ranges handed to the reader
    assert window.reader.layer("keywords")  # and drawn
    text = window.report.text
    assert spans and all(text[s:e] == "六保" for s, e in spans)
    assert "1 of" in panel.occurrence_label.text()
    first = window.keywords.current
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert window.keywords.current == first + 1
    assert "2 of" in panel.occurrence_label.text()
    qtbot.mouseClick(panel.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.prev_button, Qt.MouseButton.LeftButton)
    assert window.keywords.current == len(spans) - 1  # wraps round


def test_compare_export_and_trend(qtbot, window, tmp_path):
    window.keywords.compare_with(str(NATIONAL / "2019.md"))
    panel = window.keywords.panel
    qtbot.waitUntil(lambda: "2019.md" in panel.against_label.text())  # analysed on a worker thread
    new_terms = [panel.models["new"].term(r) for r in range(panel.models["new"].rowCount())]
    assert "六保" in new_terms[:30] and "2019.md" in panel.against_label.text()
    out = tmp_path / "kw.csv"
    rows = window.keywords.export_csv(str(out))
    with open(out, encoding="utf-8-sig", newline="") as f:
        read = list(csv.DictReader(f))
    assert len(read) == rows and {r["list"] for r in read} >= {"top", "new", "dropped"}
    window.keywords.mark("六保")
    qtbot.mouseClick(panel.trend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.trend_button.isEnabled())  # the count runs off the GUI thread
    assert window.trend_calls[-1] == ["六保"]
    chart = window.keywords.chart
    assert chart.lines["六保"] == ([2019, 2020], [0.0, 1.5])
    assert "2020" in chart.first_years.text()


def test_trend_chart_without_pyqtgraph(qtbot, monkeypatch):
    """The lean frozen build has no pyqtgraph: the chart draws with QPainter."""
    import builtins

    from workreport.ui.keywords import trend_chart

    real_import = builtins.__import__

    def no_pyqtgraph(name, *args, **kwargs):
        if name.startswith("pyqtgraph"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyqtgraph)
    chart = trend_chart.TrendChart()
    qtbot.addWidget(chart)
    assert isinstance(chart.plot, trend_chart.PainterPlot)
    chart.set_trends({"碳中和": {"first_year": 2021, "points": [{"year": 2020, "per10k": 0.0},
                                                              {"year": 2021, "per10k": 2.0}]}})
    chart.resize(400, 250)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.plot.lines["碳中和"] == ([2020, 2021], [0.0, 2.0])
    assert not chart.grab().isNull()
