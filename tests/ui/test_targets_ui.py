"""Targets table: model contract, row -> source span, numeric sort, filters, tooltip, exports."""

import csv

import openpyxl
import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QInputMethodEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip
from test_ui_support import new_window

from workreport.core.parser import parse_text
from workreport.core.targets import extract_targets
from workreport.ui.targets_model import SORT_ROLE, TARGET_ROLE, VALUE, TargetsFilterProxy, TargetsModel
from workreport.ui.targets_panel import TargetsPanel


@pytest.fixture(scope="module")
def bundled_targets(bundled_report):
    return extract_targets(bundled_report)


@pytest.fixture
def panel(qtbot, bundled_report, bundled_targets):
    p = TargetsPanel()
    qtbot.addWidget(p)
    p.set_report(bundled_report, bundled_targets)
    p.resize(700, 500)
    p.show()
    qtbot.waitExposed(p)
    return p


def row_of(panel, predicate):
    for r, t in enumerate(panel.visible_targets()):
        if predicate(t):
            return r
    raise AssertionError("no such row")


def type_chinese(widget, text):
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_model_and_proxy_pass_modeltester(qtmodeltester, bundled_targets):
    model = TargetsModel()
    model.set_targets(bundled_targets)
    qtmodeltester.check(model)
    proxy = TargetsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_kind("target")
    proxy.sort(VALUE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    qtmodeltester.check(TargetsModel())


def test_selecting_a_row_emits_the_span_of_its_sentence(qtbot, panel, bundled_report):
    row = row_of(panel, lambda t: t.indicator == "国家科技型中小企业" and t.kind == "target")
    with qtbot.waitSignal(panel.targetActivated) as blocker:
        panel.view.selectRow(row)
    start, end = blocker.args
    sentence = bundled_report.text[start:end]
    assert "国家高新技术企业、国家科技型中小企业分别达到400家、350家" in sentence
    assert sentence.endswith("。") and "\n" not in sentence


def test_selecting_a_row_scrolls_the_reader_and_highlights_the_source(qtbot, bundled_report, bundled_targets):
    window = new_window(qtbot, bundled_report)
    panel = TargetsPanel()
    panel.set_report(bundled_report, bundled_targets)
    window.add_side_dock(panel, "目标 Targets", "targetsTestDock")
    panel.targetActivated.connect(window.show_range)
    reader = window.reader
    reader.verticalScrollBar().setValue(0)
    row = row_of(panel, lambda t: t.indicator == "增加中小学学位")
    target = panel.visible_targets()[row]
    panel.view.selectRow(row)
    (sel,) = reader.layer("range")
    assert (sel.cursor.selectionStart(), sel.cursor.selectionEnd()) == (
        reader.doc_position(target.start), reader.doc_position(target.end))
    top = reader.verticalScrollBar().value()
    assert top > 0 and top <= reader.y_of(target.start) <= top + reader.viewport().height()


def test_sorting_by_value_is_numeric(panel):
    panel.proxy.set_kind("target")
    panel.view.sortByColumn(VALUE, Qt.SortOrder.AscendingOrder)
    shown = [t for t in panel.visible_targets() if t.value is not None]
    keys = [t.base_value for t in shown]
    assert keys == sorted(keys)
    texts = [panel.proxy.data(panel.proxy.index(r, VALUE)) for r in range(panel.proxy.rowCount())]
    assert texts != sorted(texts)  # a text sort would put "10000" before "361"
    panel.view.sortByColumn(VALUE, Qt.SortOrder.DescendingOrder)
    assert panel.visible_targets()[0].base_value == max(keys)


def test_qualitative_rows_sort_before_numbers(bundled_targets):
    model = TargetsModel()
    model.set_targets(bundled_targets)
    proxy = TargetsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(VALUE, Qt.SortOrder.AscendingOrder)
    assert proxy.data(proxy.index(0, 0), TARGET_ROLE).value is None
    assert proxy.data(proxy.index(0, VALUE), SORT_ROLE) == float("-inf")


def test_row_tooltip_is_the_whole_sentence(qtbot, panel):
    row = row_of(panel, lambda t: t.indicator == "新增养老床位")
    index = panel.proxy.index(row, 0)
    panel.view.scrollTo(index)
    pos = panel.view.visualRect(index).center()
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, panel.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(panel.view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    doc = QTextDocument()
    doc.setHtml(QToolTip.text())
    assert doc.toPlainText() == panel.visible_targets()[row].sentence


def test_row_tooltip_escapes_markup_in_the_report(tmp_path):
    image = tmp_path / "x.png"
    image.write_bytes(b"not an image")
    sentence = f'<img src="file://{image}">新建学校5所<b>加粗</b>。'
    report = parse_text("政府工作报告\n各位代表：\n一、2020年工作回顾\n"
                        "过去一年，全区经济运行总体平稳，各项工作取得积极进展。\n"
                        "二、2021年重点工作\n" + sentence + "\n")
    model = TargetsModel()
    model.set_targets(extract_targets(report))
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "<b>" not in tip and "&lt;img" in tip
    doc = QTextDocument()
    doc.setHtml(tip)
    assert doc.toPlainText() == model.targets[0].sentence


def test_filters_by_kind_section_and_text(qtbot, panel, bundled_report):
    total = panel.proxy.rowCount()
    panel.kind.setCurrentIndex(panel.kind.findData("result"))
    assert panel.proxy.rowCount() < total and {t.kind for t in panel.visible_targets()} == {"result"}
    panel.kind.setCurrentIndex(panel.kind.findData(""))
    title = bundled_report.outline[2].children[4].title  # (五)努力提高群众生活品质
    panel.section.setCurrentIndex(panel.section.findData(title))
    assert {t.section for t in panel.visible_targets()} == {title}
    panel.section.setCurrentIndex(0)
    panel.search.setFocus()
    type_chinese(panel.search, "养老")
    assert panel.search.text() == "养老"
    shown = panel.visible_targets()
    assert shown and all("养老" in t.indicator + t.sentence for t in shown)
    assert panel.count.text() == f"{len(shown)} / {total}"


def test_only_this_section_follows_the_outline(panel, bundled_report):
    part3 = bundled_report.outline[2]
    panel.set_current_section(part3.children[4])  # (五)
    assert panel.proxy.rowCount() == len(panel.model.targets)  # toggle off: no effect
    panel.only_section.setChecked(True)
    shown = panel.visible_targets()
    assert shown and {t.section for t in shown} == {part3.children[4].title}
    panel.set_current_section(part3)  # a part covers its sections
    assert {t.section for t in panel.visible_targets()} > {part3.children[4].title}
    panel.set_current_section(None)
    assert panel.proxy.rowCount() == 0


def test_export_filtered_rows_round_trip(tmp_path, panel):
    panel.kind.setCurrentIndex(panel.kind.findData("target"))
    panel.view.sortByColumn(VALUE, Qt.SortOrder.DescendingOrder)
    shown = panel.visible_targets()
    assert panel.export_csv(tmp_path / "t.csv") == len(shown)
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["indicator"] for r in rows] == [t.indicator for t in shown]
    assert [r["sentence"] for r in rows] == [t.sentence for t in shown]
    assert panel.export_xlsx(tmp_path / "t.xlsx") == len(shown)
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    header = [c.value for c in ws[1]]
    assert {"direction", "period", "scope", "canonical"} <= set(header)
    rows_x = [dict(zip(header, row, strict=True)) for row in ws.iter_rows(min_row=2, values_only=True)]
    assert [r["value"] for r in rows_x] == [t.value for t in shown]
    assert [r["direction"] or None for r in rows_x] == [t.direction for t in shown]
    assert [r["period"] or "" for r in rows_x] == [t.period for t in shown]
    assert [r["canonical"] or "" for r in rows_x] == [t.canonical for t in shown]
    assert [r["direction"] for r in rows] == [t.direction or "" for t in shown]


def test_empty_panel(qtbot):
    p = TargetsPanel()
    qtbot.addWidget(p)
    p.set_report(None)
    assert p.model.rowCount(QModelIndex()) == 0 and p.count.text() == "0 / 0"


def test_text_filter_matches_names_first_and_sentences_on_request(qtbot, panel):
    gdp = [t for t in panel.model.targets if t.canonical == "gdp"]
    assert gdp, "the bundled report states GDP figures"
    panel.search.clear()
    panel.proxy.set_text("GDP", False)  # the English canonical name finds 地区生产总值
    assert panel.proxy.rowCount() >= len(gdp)
    from workreport.core.indicators import load_vocabulary

    def names(t):
        ind = load_vocabulary().by_id(t.canonical) if t.canonical else None
        return f"{t.indicator} {t.canonical} {ind.zh if ind else ''} {ind.en if ind else ''}".casefold()

    assert all("gdp" in names(t) for t in panel.visible_targets())
    word = "养老机构"  # in a sentence, not in any indicator name
    panel.proxy.set_text(word, False)
    by_name = panel.proxy.rowCount()
    panel.proxy.set_text(word, True)
    assert panel.proxy.rowCount() > by_name
    assert all(word in t.sentence or word in t.indicator for t in panel.visible_targets())
    panel.proxy.set_text("", False)


def test_direction_and_canonical_columns(panel):
    from workreport.ui.targets_model import CANONICAL, DIRECTION, header_label

    assert header_label(DIRECTION) and header_label(CANONICAL)
    rows = {t.direction for t in panel.model.targets if t.value is not None}
    assert {"up", "level"} <= rows
    r = next(i for i, t in enumerate(panel.model.targets) if t.direction == "up")
    assert panel.model.data(panel.model.index(r, DIRECTION)).startswith("↑")
    r = next(i for i, t in enumerate(panel.model.targets) if t.canonical)
    assert panel.model.data(panel.model.index(r, CANONICAL))
