"""Translations: every user-visible string in English and in Chinese, never both at once.

- the .ts catalogues: every zh_CN entry finished, placeholders kept, and no string in the code that
  the catalogues miss (lupdate is run on the current sources);
- no bilingual "中文 English" literal left in ui/ or app.py;
- the window walked under en and zh_CN: menus, dock titles, table headers, placeholders, buttons,
  tooltips and dialogs each show one language (Han under English only where the document put it);
- Qt's own strings (qtbase) follow; the Language menu saves the choice and prompts in the new language.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QLineEdit, QMenu, QWidget  # noqa: E402

import workreport.ui  # noqa: E402,F401 - the PySide6 compatibility fix
from workreport import app  # noqa: E402
from workreport.store import open_store  # noqa: E402
from workreport.ui import about, crash, i18n, script_menu, target_note_dialog  # noqa: E402
from workreport.ui.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
HAN = re.compile(r"[\u3400-\u9fff]")
# Latin words allowed inside Chinese strings: key names, file formats, product and licence names.
LATIN_OK = {"Ctrl", "Shift", "Enter", "Esc", "CSV", "XLSX", "UTF", "Excel", "txt", "md", "markdown", "html", "htm",
            "MIT", "Qt", "PySide", "LGPLv", "GB", "T", "Markdown", "PNG", "SVG", "PDF", "W3C", "JSON", "json", "pdf",
            "CC", "BY", "SA", "CEDICT", "OpenCC", "MDBG"}
PLACEHOLDER = re.compile(r"\{\w+\}|%n|%\d")


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text or ""
        for message in context.iter("message"):
            yield name, message


def test_every_chinese_entry_is_translated_and_keeps_its_placeholders():
    entries = list(_messages(I18N / "workreport_zh_CN.ts"))
    assert len(entries) > 100
    for context, message in entries:
        source = message.find("source").text or ""
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        where = f"{context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), where
        assert all(t.strip() for t in texts), where
        assert all(sorted(PLACEHOLDER.findall(t)) == sorted(PLACEHOLDER.findall(source)) for t in texts), where
        if _latin_words(source):
            assert all(HAN.search(t) for t in texts), f"{where} is not in Chinese"


def test_english_catalogue_is_finished():
    for context, message in _messages(I18N / "workreport_en.ts"):
        translation = message.find("translation")
        assert translation.get("type") != "unfinished", (context, message.find("source").text)


def test_catalogues_cover_every_string_in_the_code(tmp_path):
    """lupdate on today's sources: any new tr() string missing from the committed .ts fails here."""
    lupdate = shutil.which("pyside6-lupdate") or shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop" / "workreport").rglob("*.py") if "__pycache__" not in p.parts)
    subprocess.run([lupdate, *sources, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    have = {(c, m.find("source").text) for c, m in _messages(I18N / "workreport_zh_CN.ts")
            if m.find("translation").get("type") is None}
    need = {(c, m.find("source").text) for c, m in _messages(fresh)}
    assert need - have == set(), "run build_spec/build_translations.py update and translate the new entries"


def _string_constants(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def test_no_bilingual_labels_in_the_ui_code():
    bilingual = re.compile(r"\p{Han}[^\"]* [A-Z][a-z]+".replace(r"\p{Han}", HAN.pattern))
    files = [*(ROOT / "desktop" / "workreport" / "ui").rglob("*.py"), ROOT / "desktop" / "workreport" / "app.py"]
    found = [f"{p.name}:{line}: {text!r}" for p in files for line, text in _string_constants(p)
             if bilingual.search(text)]
    assert found == []


# ---- the window, walked in each language ----------------------------------------------------------

def _menu_strings(menu: QMenu, skip: set):
    yield menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            if action.menu() not in skip:
                yield from _menu_strings(action.menu(), skip)
        elif not action.isSeparator():
            yield action.text()
            if action.toolTip() != action.text().replace("&", ""):
                yield action.toolTip()


def _headers(view: QAbstractItemView):
    model = view.model()
    if model is None:
        return
    from PySide6.QtCore import Qt

    for section in range(model.columnCount()):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if value:
            yield str(value)


def _chrome(window) -> list[str]:
    """Strings the app itself puts on screen (document text and user data left out)."""
    skip = {window.recent_menu, getattr(window, "bookmarks_menu", None)}
    strings = []
    for action in window.menuBar().actions():
        strings += list(_menu_strings(action.menu(), skip))
    strings += [d.windowTitle() for d in window.findChildren(QDockWidget)]
    for view in window.findChildren(QAbstractItemView):
        strings += list(_headers(view))
    for widget in window.findChildren(QWidget):
        if widget.toolTip() and isinstance(widget, (QAbstractButton, QLineEdit, QComboBox)):
            strings.append(widget.toolTip())
        if isinstance(widget, QLineEdit):
            strings.append(widget.placeholderText())
        elif isinstance(widget, QAbstractButton):
            strings.append(widget.text())
    for combo in (window.notes_panel.colour_filter, window.notes_panel.status_filter, window.targets_panel.kind
                  if hasattr(window.targets_panel, "kind") else None):
        if combo is not None:
            strings += [combo.itemText(i) for i in range(combo.count())]
    return [s for s in strings if s and s.strip()]


def _dialog_strings(window) -> list[str]:
    note = target_note_dialog.TargetNoteDialog("GDP", "", "", window)
    strings = [note.windowTitle(), *[note.status.itemText(i) for i in range(note.status.count())]]
    note.deleteLater()
    box = about.AboutDialog(window, None)
    html = re.sub(r"<ul>.*?</ul>", "", about.about_html(None), flags=re.S)  # third-party names stay as they are
    strings += [box.windowTitle(), re.sub(r"<[^>]+>", " ", html)]
    box.deleteLater()
    strings += [crash._tr(s) for s in ("Unexpected error", "Copy details")]
    item = window.notes_panel.add_highlight(window.report.blocks[-1].start, window.report.blocks[-1].end)
    menu = window.notes_panel.build_menu(item)
    strings += list(_menu_strings(menu, set()))
    strings.append(window.notes_panel.count_label.text())
    return strings


def _latin_words(text: str) -> set[str]:
    text = re.sub(r"https?://\S+|\S+\.(?:txt|qm|ts)\b|\*\.\w+", " ", text)
    return {w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in LATIN_OK}


@pytest.fixture
def window_in(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKREPORT_CACHE_DIR", str(tmp_path / "cache"))
    opened = []

    def open_in(language: str):
        i18n.install(language)
        store = open_store(tmp_path / f"notes-{language}.sqlite3")
        window = app.create_main_window(None, Settings(str(tmp_path / f"settings-{language}.ini")), store=store)
        qtbot.addWidget(window)
        opened.append(store)
        return window

    yield open_in
    i18n.install("en")
    for store in opened:
        store.close()


def test_window_walk_in_english_has_no_chinese_chrome(window_in):
    window = window_in("en")
    strings = _chrome(window) + _dialog_strings(window)
    assert len(strings) > 60
    own_names = {*i18n.NATIVE_NAMES.values(), *script_menu.NATIVE_NAMES.values()}  # each in its own script
    assert [s for s in strings if HAN.search(s) and s not in own_names] == []
    assert "Notes" in strings and "Glossary" in strings and "Targets" in strings


def test_window_walk_in_chinese_has_no_english_chrome(window_in):
    window = window_in("zh_CN")
    strings = _chrome(window) + _dialog_strings(window)
    assert len(strings) > 60
    english = {s: sorted(_latin_words(s)) for s in strings if _latin_words(s) and s not in i18n.NATIVE_NAMES.values()}
    assert english == {}
    assert "笔记" in strings and "名词解释" in strings and "目标" in strings


def test_qt_own_strings_follow_the_language(window_in):
    window_in("zh_CN")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    i18n.install("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_statuses_are_one_table_across_panels(window_in):
    window = window_in("zh_CN")
    notes = [window.notes_panel.status_filter.itemText(i) for i in range(1, window.notes_panel.status_filter.count())]
    dialog = target_note_dialog.TargetNoteDialog("GDP", "", "", window)
    targets = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert notes == targets and "不明" in notes and "未知" not in notes


def test_language_follows_the_system_locale_unless_chosen():
    from PySide6.QtCore import QLocale

    assert i18n.resolve(i18n.Language.SYSTEM, QLocale("zh_TW")) is i18n.Language.CHINESE
    assert i18n.resolve(i18n.Language.SYSTEM, QLocale("de_DE")) is i18n.Language.ENGLISH
    assert i18n.resolve(i18n.Language.ENGLISH, QLocale("zh_CN")) is i18n.Language.ENGLISH
    assert i18n.parse_choice("klingon") is i18n.Language.SYSTEM


def test_language_menu_saves_the_choice_and_prompts_in_the_new_language(window_in, tmp_path):
    window = window_in("en")
    menu = window.language_menu
    assert [a.text() for a in menu.actions()] == ["System default", "English", "简体中文"]
    menu.choice_actions[i18n.Language.CHINESE].trigger()
    assert window.settings.qs.value(i18n.SETTINGS_KEY) == "zh_CN"
    assert menu.prompt is not None and menu.prompt.text() == "重新启动后将使用新的界面语言。"
    assert {b.text() for b in menu.prompt.buttons()} == {"立即重启", "稍后"}
    menu.prompt.reject()
    assert i18n.stored_choice(window.settings.qs) is i18n.Language.CHINESE


def test_missing_catalogue_is_compiled_into_the_cache(tmp_path, monkeypatch):
    if i18n.lrelease_command() is None:
        pytest.skip("pyside6-lrelease not installed")
    qm = tmp_path / "out" / "workreport_zh_CN.qm"
    assert i18n.compile_ts(I18N / "workreport_zh_CN.ts", qm) and qm.stat().st_size > 1000
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm)) and translator.translate("MainWindow", "&File") == "文件(&F)"



@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_self_test_runs_in_each_language(language, tmp_path):
    import json
    import os

    env = dict(os.environ, WORKREPORT_LANGUAGE=language, WORKREPORT_DATA_DIR=str(tmp_path / "data"),
               WORKREPORT_CACHE_DIR=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT / "desktop"))
    done = subprocess.run([sys.executable, "-m", "workreport", "--self-test"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.stdout.strip(), f"exit {done.returncode}: {done.stderr[-3000:]}"
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert done.returncode == 0 and summary["ok"] and summary["language"] == language


def test_error_dialog_speaks_the_interface_language(window_in, tmp_path):
    empty = tmp_path / "空.txt"
    empty.write_text("", encoding="utf-8")
    window = window_in("zh_CN")
    assert not window.open_file(str(empty))
    box = window.error_box
    assert box.windowTitle() == "无法打开 空.txt" and box.text() == "空.txt 是空文件。"
    assert "empty" in box.detailedText()  # the precise English sentence stays available
    english = window_in("en")
    assert not english.open_file(str(empty))
    assert "empty" in english.error_box.text() and not english.error_box.detailedText()
