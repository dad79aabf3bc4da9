"""简体/繁體 display: the reader shows Traditional characters, everything else keeps the original text."""

from __future__ import annotations

import pytest

from workreport.core import script as sc

pytestmark = pytest.mark.skipif(not sc.available(), reason="OpenCC not installed")


def test_conversion_keeps_every_offset():
    text = "推进绿色发展，实现高质量发展。\n“放管服”改革𠀀继续深化"
    shown = sc.convert(text, sc.Script.TRADITIONAL)
    assert shown.startswith("推進綠色發展，實現高質量發展。") and len(shown) == len(text)
    assert shown.index("𠀀") == text.index("𠀀")  # a character outside the BMP stays where it was
    assert sc.convert(text, sc.Script.SIMPLIFIED) == text


def test_whole_report_converts_offset_for_offset(bundled_report):
    shown = sc.convert(bundled_report.text, "traditional")
    assert len(shown) == len(bundled_report.text) and shown != bundled_report.text


def test_reader_shows_traditional_while_find_notes_and_copy_use_the_original(qtbot, tmp_path):
    from workreport import app
    from workreport.store import open_store
    from workreport.ui.settings import Settings

    store = open_store(tmp_path / "notes.sqlite3")
    settings = Settings(str(tmp_path / "settings.ini"))
    window = app.create_main_window(None, settings, store=store)
    qtbot.addWidget(window)
    report = window.report
    window.script_menu.actions_by_script[sc.Script.TRADITIONAL].trigger()
    shown = window.reader.document().toPlainText()
    assert "發展" in shown and "发展" not in shown
    assert len(shown) == len(report.text)
    assert "发展" in report.text  # the report itself is untouched
    # find works on the original text and lands on the same characters on screen
    window.find_bar.open_bar()
    window.find_bar.search("发展")
    start, end = window.find_bar.hits[window.find_bar.current]
    assert report.text[start:end] == "发展" and shown[start:end] == "發展"
    # a note is anchored in the original text
    item = window.notes_panel.add_highlight(start, end)
    assert item.quote == "发展"
    # copy gives the original characters with their paragraph reference
    window.reader.select_range(start, end)
    assert window.reader.createMimeDataFromSelection().text().startswith("发展")
    # the choice is remembered
    assert settings.qs.value("reader/script") == "traditional"
    again = app.create_main_window(None, Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(again)
    assert "發展" in again.reader.document().toPlainText()
    window.script_menu.actions_by_script[sc.Script.SIMPLIFIED].trigger()
    back = window.reader.document().toPlainText()
    assert "发展" in back and "發展" not in back
    store.close()
