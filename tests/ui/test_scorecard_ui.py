"""The scorecard view (pytest-qt): the table fills, tooltips escape report text, a cell opens
its reports, the chart renders and exports PNG/SVG at the requested size."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from workreport.core.pairing import Pair, Side
from workreport.core.pairing_rules import Status
from workreport.ui.scorecard.model import PAIR_ROLE, STATUS_ROLE, ScorecardModel, cell_text
from workreport.ui.scorecard.series import series
from workreport.ui.scorecard.widget import ScorecardWidget


def side(value, unit="%", comparator="exact", direction="up", value_max=None, report="甲市/2020.md",
         ref="§2¶1", sentence="地区生产总值增长6%左右。", start=10, measure="growth"):
    return Side(value, value_max, unit, comparator, measure, direction, "地区生产总值", report, ref, sentence,
                start, start + len(sentence))


def pair(year, target, actual, status, indicator="gdp", measure="growth", name="地区生产总值", absent=None):
    return Pair("甲市", "city", year, indicator, name, "GDP", measure, "higher", target, actual, status,
                absent=absent)


@pytest.fixture
def pairs():
    return [
        pair(2019, side(6, comparator="about"), side(6.5, report="甲市/2020.md", ref="§1¶1",
                                                     sentence="增长6.5%<b>加粗</b>"), Status.MET),
        pair(2020, None, side(2.3), Status.NO_TARGET,
             absent=side(None, sentence="没有提出全年经济增速具体目标。", ref="§2¶4")),
        pair(2021, side(6, value_max=6.5, comparator="range"), side(5.5), Status.MISSED),
        pair(2023, side(5, comparator="at_least"), None, Status.NOT_COMPARABLE),  # no 2022 column data
        pair(2019, side(10, "万人", "at_least", "level", measure="count"), side(112000, "人", direction="level",
                                                                              measure="count"),
             Status.MET, indicator="urban_jobs_new", measure="amount", name="城镇新增就业"),
    ]


def test_model_passes_the_model_tester(qtmodeltester, pairs):
    model = ScorecardModel()
    model.set_pairs(pairs)
    qtmodeltester.check(model)


def test_table_rows_are_indicators_and_columns_years(pairs):
    model = ScorecardModel()
    model.set_pairs(pairs)
    assert model.rowCount() == 2 and model.columnCount() == 5  # 2019-2023, 2022 kept as a gap
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == ["2019", "2020", "2021", "2022",
                                                                                  "2023"]
    assert model.rows[0] == ("gdp", "growth")  # the vocabulary's order: GDP first
    met = model.index(0, 0)
    assert model.data(met) == "≈6% → 6.5% ✓" and model.data(met, STATUS_ROLE) == "met"
    assert model.data(model.index(0, 2)) == "6–6.5% → 5.5% ✗"
    assert model.data(model.index(0, 3)) is None and model.data(model.index(0, 3), PAIR_ROLE) is None
    assert "→ 2.3% ∅" in model.data(model.index(0, 1))
    assert model.data(model.index(1, 0)) == "≥10万人 → 112000人 ✓"


def test_tooltip_shows_both_sentences_escaped(pairs):
    model = ScorecardModel()
    model.set_pairs(pairs)
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "地区生产总值增长6%左右。" in tip and "增长6.5%&lt;b&gt;加粗&lt;/b&gt;" in tip
    assert "<b>加粗</b>" not in tip
    assert "甲市/2020.md §2¶1" in tip and "甲市/2020.md §1¶1" in tip
    absent_tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "没有提出全年经济增速具体目标。" in absent_tip


def test_view_fills_and_a_cell_opens_its_reports(qtbot, pairs):
    w = ScorecardWidget()
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.set_pairs(pairs, "甲市")
    w.show()
    qtbot.waitExposed(w)
    assert w.table.model().rowCount() == 2 and w.title.text() == "甲市"
    index = w.model.index(0, 0)
    with qtbot.waitSignal(w.openRequested) as sig:
        centre = w.table.visualRect(index).center()
        qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double click follows a press
        qtbot.mouseDClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert sig.args == ["甲市/2020.md", "§2¶1", 10]
    with qtbot.waitSignal(w.openRequested) as sig:
        assert w.open_side(index, "actual")
    assert sig.args[:2] == ["甲市/2020.md", "§1¶1"]
    assert not w.open_side(w.model.index(0, 3), "actual")  # an empty cell opens nothing


def test_chart_renders_the_selected_indicator(qtbot, pairs):
    w = ScorecardWidget()
    qtbot.addWidget(w)
    w.set_pairs(pairs)
    s = w.chart.series
    assert [t.year for t in s.targets] == [2019, 2021, 2023] and [a.year for a in s.actuals] == [2019, 2020, 2021]
    assert len(w.chart.plot.getPlotItem().listDataItems()) >= 3  # target marks and the actual line
    w.show_row(1)
    assert w.chart.series.unit == "万人" and w.chart.series.actuals[0].value == pytest.approx(11.2)


def test_png_and_svg_export_have_the_requested_size(qtbot, pairs, tmp_path):
    w = ScorecardWidget()
    qtbot.addWidget(w)
    w.set_pairs(pairs)
    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    assert w.export_chart(str(png), QSize(640, 360))
    image = QImage(str(png))
    assert (image.width(), image.height()) == (640, 360)
    # something was drawn: not a blank white image
    colours = {image.pixel(x, y) for x in range(0, 640, 16) for y in range(0, 360, 12)}
    assert len(colours) > 3
    assert w.export_chart(str(svg), QSize(800, 450))
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and 'viewBox="0 0 800 450"' in text


def test_series_converts_units_and_reductions():
    jobs = [pair(2019, side(10, "万人", "at_least", "level", measure="count"),
                 side(0.12, "亿人", direction="level", measure="count"), Status.MET, measure="amount")]
    assert series(jobs).actuals[0].value == pytest.approx(1200)  # 0.12亿 = 1200万
    energy = [pair(2019, side(3, direction="down"), side(3.5, direction="down"), Status.MET),
              pair(2020, side(3, direction="down"), side(1, direction="up"), Status.MISSED)]
    s = series(energy)
    assert s.reduction and [a.value for a in s.actuals] == [3.5, -1]
    about = series([pair(2019, side(6, comparator="about"), None, Status.NOT_COMPARABLE)])
    assert (about.targets[0].low, about.targets[0].high) == pytest.approx((5.7, 6.3))


def test_cell_text_of_a_reduction():
    p = pair(2019, side(3, direction="down", comparator="at_least"), side(3.5, direction="down"), Status.MET)
    assert cell_text(p) == "↓≥3% → ↓3.5% ✓"


def test_without_pyqtgraph_the_chart_is_painted_and_exports(qtbot, pairs, tmp_path, monkeypatch):
    import sys

    from workreport.ui.scorecard.painted import PaintedChart
    from workreport.ui.scorecard.widget import make_chart

    monkeypatch.setitem(sys.modules, "pyqtgraph", None)  # as in the frozen app: import fails
    monkeypatch.delitem(sys.modules, "workreport.ui.scorecard.chart", raising=False)
    chart = make_chart()
    qtbot.addWidget(chart)
    assert isinstance(chart, PaintedChart)
    s = chart.set_pairs(pairs[:4], "GDP")
    assert [t.year for t in s.targets] == [2019, 2021, 2023]
    png, svg = tmp_path / "p.png", tmp_path / "p.svg"
    assert chart.export_png(str(png), QSize(500, 300))
    image = QImage(str(png))
    assert (image.width(), image.height()) == (500, 300)
    assert len({image.pixel(x, y) for x in range(0, 500, 10) for y in range(0, 300, 10)}) > 3
    assert chart.export_svg(str(svg), QSize(500, 300)) and "<svg" in svg.read_text(encoding="utf-8")
    chart.resize(400, 250)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.grab().size() == QSize(400, 250)  # paints on screen too
