"""Composition root: self-test summary, the window on the bundled report, settings untouched."""

import json

from workreport import app, paths


def test_self_test_on_the_bundled_report(capsys, qapp):
    assert app.self_test(None) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["ok"] is True
    assert summary["parts"] == 4 and summary["glossary"] == 22 and summary["glossary_marked"] == 22
    assert summary["outline_nodes"] > 4 and summary["blocks"] > 50
    assert not paths.settings_file().exists()  # a self-test never writes the user's settings


def test_self_test_on_a_bad_file_reports_failure(capsys, qapp, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("just a shopping list\n" * 10, encoding="utf-8")
    assert app.self_test(str(bad)) == 1
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["ok"] is False and summary["error"]


def test_self_test_on_a_corpus_report(capsys, qapp, data_dir):
    path = sorted((data_dir / "corpus" / "province").glob("*.md"))[0]
    assert app.self_test(str(path)) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["source"] == path.name


def test_create_main_window_opens_the_bundled_report_by_default(qtbot, bundled_report):
    window = app.create_main_window(None)
    qtbot.addWidget(window)
    assert window.report.digest == bundled_report.digest
    assert window.reader.document().toPlainText() == bundled_report.text


def test_entry_point_self_test(capsys, qapp):
    from workreport import app

    assert app.main(["--self-test"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["ok"] is True


def test_screenshot_staging_shows_terms_entry_and_tooltip(qtbot):
    from PySide6.QtWidgets import QToolTip

    window = app.create_main_window(None)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    app.stage_screenshot(window)
    row = window.glossary_panel.current_row()
    assert row >= 0
    assert QToolTip.isVisible() and window.report.glossary[row].term in QToolTip.text()
    image = window.grab().toImage()
    assert not image.isNull() and image.width() == window.width()
