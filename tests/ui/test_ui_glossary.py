"""Glossary panel: model contract, counts, click an entry -> next occurrence, click a term -> entry."""

from PySide6.QtCore import Qt
from test_ui_support import make_report, new_window, point_of

from workreport.ui.glossary_panel import COUNT, TERM, GlossaryModel


def test_glossary_model_passes_modeltester(qtmodeltester, bundled_report):
    m = GlossaryModel()
    m.set_entries(bundled_report.glossary, list(range(len(bundled_report.glossary))))
    qtmodeltester.check(m)
    qtmodeltester.check(GlossaryModel())


def test_panel_lists_every_term_with_its_count(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    m = window.glossary_panel.model
    assert m.rowCount() == 22
    counts = window.glossary_source.counts()
    for row, entry in enumerate(bundled_report.glossary):
        assert m.data(m.index(row, TERM)) == entry.term
        assert m.data(m.index(row, COUNT)) == str(counts[row])
        assert counts[row] >= 1
    assert sum(counts) == len(window.glossary_source.occurrences)


def test_clicking_an_entry_jumps_to_its_occurrences_in_turn(qtbot):
    r = make_report("推进城市大脑建设，城市大脑初见成效。", "深化城市大脑应用。", [("城市大脑", "数据中枢。")])
    window = new_window(qtbot, r)
    panel, reader = window.glossary_panel, window.reader
    occs = window.glossary_source.of_entry(0)
    assert len(occs) == 3
    rect = panel.view.visualRect(panel.model.index(0, TERM))
    shown = []
    for _ in range(4):
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        sel = reader.layer("range")
        assert len(sel) == 1
        shown.append(reader.text_offset(sel[0].cursor.selectionStart()))
    assert shown == [o.start for o in occs] + [occs[0].start]  # next on each click, then round again
    assert "数据中枢。" in panel.detail.toPlainText()


def test_clicking_a_term_in_the_text_shows_its_entry(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    occ = window.glossary_source.occurrences[len(window.glossary_source.occurrences) // 2]
    span = bundled_report.text[occ.start:occ.end]
    pos = point_of(window.reader, occ.start + len(span) // 2)
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    entry = bundled_report.glossary[occ.entry]
    assert window.glossary_panel.current_row() == occ.entry
    assert entry.definition[:20] in window.glossary_panel.detail.toPlainText()
    assert window.glossary_dock.isVisible()


def test_entry_without_occurrences_says_so(qtbot):
    r = make_report("推进改革工作。", "今年继续深化改革。", [("城市大脑", "数据中枢。")])
    window = new_window(qtbot, r)
    assert window.glossary_panel.model.counts == [0]
    window.jump_to_entry(0)
    assert window.reader.layer("range") == []
    assert "Not found" in window.statusBar().currentMessage()
