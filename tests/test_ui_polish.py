"""What a new user hit (issue 16): theme switch, a bad file, title, recent titles, panels, glossary, keys."""

import io

import pytest

pytest.importorskip("PySide6")

import workreport.ui  # noqa: E402,F401 - the PySide6 compatibility fix
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from workreport import app  # noqa: E402
from workreport.core.parser import parse_text  # noqa: E402
from workreport.store import open_store  # noqa: E402
from workreport.ui.lookup import GlossarySource  # noqa: E402
from workreport.ui.main_window import MainWindow, app_name  # noqa: E402
from workreport.ui.occurrences import occurrences_for  # noqa: E402
from workreport.ui.settings import Settings  # noqa: E402


SMALL_REPORT = ("# 某区2021年政府工作报告\n\n各位代表：\n\n一、过去一年工作回顾\n\n"
                + "全区经济运行稳中向好，地区生产总值增长百分之六，居民收入持续增加，民生保障不断加强。" * 4 + "\n")


def _window(qtbot, tmp_path, store=None, **kw):
    window = app.create_main_window(kw.pop("path", None), Settings(str(tmp_path / "settings.ini")), store=store, **kw)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _report(body: str, entries=()):
    lines = ["# 某区政府工作报告", "", "各位代表：", "", "一、过去一年工作回顾", "", body, ""]
    if entries:
        lines += ["名词解释", ""] + [f"{i}.{t}：{d}\n" for i, (t, d) in enumerate(entries, 1)]
    return parse_text("\n".join(lines), ".md")


def test_theme_switch_keeps_highlights_and_recolours_notes(qtbot, tmp_path):
    store = open_store(tmp_path / "notes.sqlite3")
    window = _window(qtbot, tmp_path, store)
    block = window.report.blocks[5]
    window.notes_panel.add_highlight(block.start, block.start + 6)
    before = [s.format.background().color().name() for s in window.reader.extraSelections()]
    assert before
    window.apply_theme("dark")
    after = window.reader.extraSelections()
    assert len(after) == len(before)
    sel = after[0]
    assert (sel.cursor.selectionStart(), sel.cursor.selectionEnd()) == (
        window.reader.doc_position(block.start), window.reader.doc_position(block.start + 6))
    assert sel.format.background().color().name() != before[0]  # the dark palette's yellow
    window.apply_theme("light")
    assert [s.format.background().color().name() for s in window.reader.extraSelections()] == before
    window.close()
    store.close()


def test_find_layer_survives_theme_switch(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.show_range(100, 110)
    window.apply_theme("dark")
    window.apply_theme("light")
    (sel,) = window.reader.layer("range")
    assert sel.cursor.selectionEnd() - sel.cursor.selectionStart() == 10
    window.close()


def test_ctrl_home_and_ctrl_end(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    bar = window.reader.verticalScrollBar()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum() > 0
    qtbot.keyClick(window.reader, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.minimum()
    assert window.reader.top_offset() < 50
    window.close()


def test_failed_file_shows_welcome_page_not_another_report(qtbot, tmp_path):
    recent = tmp_path / "recent.md"
    recent.write_text(SMALL_REPORT, encoding="utf-8")
    settings = Settings(str(tmp_path / "settings.ini"))
    settings.add_recent(str(recent), "某区政府工作报告")
    window = _window(qtbot, tmp_path, empty=True)
    window.show_welcome("Cannot open missing.txt: no such file")
    assert window.report is None
    assert window.welcome.isVisible() and not window.reader.isVisible()
    assert window.welcome.error_label.text() == "Cannot open missing.txt: no such file"
    assert [b.text() for b in window.welcome.recent_buttons] == ["某区政府工作报告"]
    assert window.windowTitle() == app_name()
    window.welcome.bundled_button.click()
    assert window.report is not None
    assert window.reader.isVisible() and not window.welcome.isVisible()
    window.close()


def test_welcome_recent_opens_the_file(qtbot, tmp_path):
    recent = tmp_path / "recent.md"
    recent.write_text(SMALL_REPORT, encoding="utf-8")
    Settings(str(tmp_path / "settings.ini")).add_recent(str(recent), "某区")
    window = _window(qtbot, tmp_path, empty=True)
    window.welcome.recent_buttons[0].click()
    assert window.report is not None and window.report.source.endswith("recent.md")
    window.close()


def test_error_line_on_stderr_only_on_a_terminal(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty, pipe = Tty(), io.StringIO()
    monkeypatch.setattr("sys.stderr", tty)
    app._print_error("missing.txt", "No such file: missing.txt")
    monkeypatch.setattr("sys.stderr", pipe)
    app._print_error("missing.txt", "No such file: missing.txt")
    assert tty.getvalue() == "workreport: missing.txt: No such file: missing.txt\n"
    assert pipe.getvalue() == ""


def test_title_names_the_report_once(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    assert app_name() not in window.windowTitle()
    assert window.report.metadata.title in window.windowTitle()
    window.close()


def test_recent_menu_shows_titles(qtbot, tmp_path):
    path = tmp_path / "x.md"
    path.write_text(SMALL_REPORT, encoding="utf-8")
    window = _window(qtbot, tmp_path)
    assert window.open_file(str(path))
    texts = [a.text() for a in window.recent_menu.actions() if a.data()]
    assert texts and texts[0].startswith(window.report.metadata.title or "某区") and texts[0] != "x.md"
    window.close()


def test_every_panel_in_view_panels_with_a_shortcut(qtbot, tmp_path):
    store = open_store(tmp_path / "notes.sqlite3")
    window = _window(qtbot, tmp_path, store)
    actions = window.panels_menu.actions()
    names = {a.text() for a in actions}
    assert {"Outline", "Glossary", "Notes", "Targets"} <= names or len(actions) >= 5
    keys = [a.shortcut().toString() for a in actions]
    assert all(keys) and len(set(keys)) == len(keys)
    outline = window.outline_action
    outline.trigger()
    assert not window.outline.isVisible()
    outline.trigger()
    assert window.outline.isVisible()
    glossary = window.glossary_dock.toggleViewAction()
    assert glossary in actions
    window.glossary_dock.close()
    assert not window.glossary_dock.isVisible()
    glossary.trigger()
    assert window.glossary_dock.isVisible()
    window.close()
    store.close()


def test_outline_visibility_is_remembered(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.outline_action.setChecked(False)
    window.close()
    again = _window(qtbot, tmp_path)
    assert not again.outline.isVisible() and not again.outline_action.isChecked()
    again.close()


def test_glossary_panel_says_when_there_is_no_glossary(qtbot, tmp_path):
    window = MainWindow(Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.set_report(_report("正文没有名词解释。"))
    window.show()
    window.glossary_dock.show()
    label = window.glossary_panel.findChild(QLabel, "glossaryEmpty")
    assert label.isVisible() and label.text()
    window.set_report(_report("推进“证照分离”改革。", [("“证照分离”", "改革。")]))
    assert not label.isVisible()
    window.close()


def test_glossary_count_ignores_the_footnote_marker_of_the_same_occurrence():
    report = _report("海关AEO[1]认证企业增加，海关AEO认证。推进改革[2]。",
                     [("海关AEO", "经认证的经营者。"), ("改革措施", "说明。")])
    occs = occurrences_for(report)
    assert any(o.marker for o in occs)
    counts = GlossarySource(report, occs).counts()
    assert counts[0] == 2  # two mentions; the [1] after the first is not a third
    assert counts[1] == 1  # a marker on its own still counts as a mention
