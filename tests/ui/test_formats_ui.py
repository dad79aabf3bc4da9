"""The window opens PDF and Word reports: the open dialog offers them, dropping one opens it."""

from conftest import DATA
from format_docs import make_docx, make_ole_doc, make_pdf
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from test_ui_support import new_window

REPORT = DATA / "corpus" / "city" / "北京市-2014.md"


def test_open_dialog_offers_pdf_and_word(qtbot, bundled_report, monkeypatch, tmp_path):
    seen = {}
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx(REPORT))

    def fake_dialog(parent, caption, start, file_filter):
        seen["filter"] = file_filter
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    window = new_window(qtbot, bundled_report)
    with qtbot.waitSignal(window.reportChanged):
        window.open_dialog()
    patterns = seen["filter"].split(";;")[0]
    assert all(p in patterns for p in ("*.txt", "*.md", "*.pdf", "*.docx", "*.doc", "*.wps"))
    assert window.report.source == str(path) and len(window.report.glossary) == 8


def test_dropping_a_pdf_opens_it(qtbot, bundled_report, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(REPORT))
    window = new_window(qtbot, bundled_report)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPoint(400, 300).toPointF(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.reportChanged):
        window.dropEvent(drop)
    assert window.report.source == str(path)
    assert "名词解释" in window.reader.document().toPlainText()


def test_an_old_doc_shows_how_to_convert_and_keeps_the_document(qtbot, bundled_report, tmp_path):
    path = tmp_path / "report.doc"
    path.write_bytes(make_ole_doc())
    window = new_window(qtbot, bundled_report)
    with qtbot.waitSignal(window.errorShown) as signal:
        assert window.open_file(str(path)) is False
    assert "soffice --headless --convert-to docx" in signal.args[0]
    assert window.report is bundled_report
