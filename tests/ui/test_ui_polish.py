"""What a new user hit (issue 16): theme switch, a bad file, title, recent titles, panels, glossary, keys."""

import io

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

import workreport.ui  # noqa: E402,F401 - the PySide6 compatibility fix
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
    qtbot.waitUntil(lambda: window.first_paint.done)  # the docks behind the first tab come after the paint
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


# ---- notes: editor, export, print ----------------------------------------------------------------

def _with_note(qtbot, tmp_path):
    store = open_store(tmp_path / "notes.sqlite3")
    window = _window(qtbot, tmp_path, store)
    block = window.report.blocks[6]
    window.reader.select_range(block.start, block.start + 8)
    add_note = next(a for a in window.notes_actions if a.shortcut().toString() == "Ctrl+Shift+N")
    add_note.trigger()
    editor = window.notes_panel.note_editor
    assert editor.isVisible()
    assert window.report.text[block.start:block.start + 8] in editor.quote.text()
    return window, store, editor, block


def test_note_editor_multiline_markdown_preview_saved_on_close(qtbot, tmp_path):
    from PySide6.QtGui import QInputMethodEvent

    window, store, editor, block = _with_note(qtbot, tmp_path)
    editor.editor.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("**要点**\n- 第一\n- 第二")
    editor.editor.inputMethodEvent(event)
    editor.tabs.setCurrentIndex(1)
    preview = editor.preview.toHtml()
    assert "要点" in preview and "font-weight" in preview and "<li" in preview
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # closing any way keeps the note
    (item,) = [i for i in window.notes_panel.items() if i.kind != "bookmark"]
    assert item.note == "**要点**\n- 第一\n- 第二" and item.note_format == "markdown"
    window.close()
    store.close()


def test_notes_export_from_file_menu_private(qtbot, tmp_path):
    import json
    import stat

    window, store, editor, block = _with_note(qtbot, tmp_path)
    editor.editor.setPlainText("我的笔记")
    editor.close()
    exporter = window.print_export
    window.file_menu.aboutToShow.emit()
    assert exporter.actions["notes_md"].isEnabled() and exporter.actions["notes_json"] in window.file_menu.actions()
    md = exporter.export_notes("md", str(tmp_path / "notes.md"))
    text = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert md and "我的笔记" in text and window.report.text[block.start:block.start + 8] in text
    exporter.export_notes("json", str(tmp_path / "notes.json"))
    data = json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and "我的笔记" in json.dumps(data, ensure_ascii=False)
    for name in ("notes.md", "notes.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    window.close()
    store.close()


def test_pdf_of_report_with_notes_and_of_notes_alone(qtbot, tmp_path):
    from workreport.ui.print_export import report_document

    window, store, editor, block = _with_note(qtbot, tmp_path)
    editor.editor.setPlainText("纸上的笔记")
    editor.close()
    doc = report_document(window.report, window.notes_panel.items())
    plain = doc.toPlainText()
    assert "[1]" in plain and plain.rstrip().endswith("纸上的笔记")
    cursor = __import__("PySide6.QtGui", fromlist=["QTextCursor"]).QTextCursor(doc)
    cursor.setPosition(block.start + 1)
    assert cursor.charFormat().background().color().name() == "#fff1a1"  # the highlight, light colours
    full = window.print_export.export_pdf(path=str(tmp_path / "report.pdf"))
    notes = window.print_export.export_pdf(notes_only=True, path=str(tmp_path / "notes.pdf"))
    for path in (full, notes):
        data = open(path, "rb").read()
        assert data.startswith(b"%PDF")
    assert (tmp_path / "report.pdf").stat().st_size > (tmp_path / "notes.pdf").stat().st_size
    window.close()
    store.close()


def test_f2_and_double_click_open_the_note_editor_bookmarks_edit_in_place(qtbot, tmp_path):
    from PySide6.QtWidgets import QLineEdit

    window, store, editor, block = _with_note(qtbot, tmp_path)
    editor.close()
    panel = window.notes_panel
    (item,) = panel.items()
    panel.select_key(item.key)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    assert panel.note_editor is not editor and panel.note_editor.isVisible()
    panel.note_editor.close()
    f2_editor = panel.note_editor
    panel.view.doubleClicked.emit(panel.model.index_of(item.key))
    assert panel.note_editor is not f2_editor and panel.note_editor.isVisible()
    panel.note_editor.close()
    bookmark = panel.toggle_bookmark(block.index, "paragraph")
    panel.select_key(bookmark.key)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    assert panel.view.findChild(QLineEdit) is not None and panel.view.findChild(QLineEdit).isVisible()
    window.close()
    store.close()
