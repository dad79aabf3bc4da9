"""Opening a large report (issue 15): parsed on a worker thread while the window keeps turning, with a
progress dialog whose Cancel keeps the report already shown; a failure in the worker is shown, not fatal."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from test_ui_support import new_window

from workreport.ui import background, report_loading

NUMERALS = "一二三四五六七八九十"


def big_report(path, parts=10, paragraphs=250):
    """A generated report of parts × paragraphs blocks (over report_loading.DETACHED_BLOCKS)."""
    lines = ["某市人民政府工作报告", "", "各位代表："]
    for p in range(parts):
        lines += ["", f"{NUMERALS[p]}、第{p + 1}部分工作"]
        lines += [f"第{i}段：推进城市更新和产业升级，全年地区生产总值增长{i % 9}%左右。" for i in range(paragraphs)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def gate(monkeypatch):
    """Holds the worker until the test lets it go, so what happens meanwhile is certain, not timing."""
    release = threading.Event()
    real = report_loading.prepare

    def held(*args):
        assert release.wait(30), "the test never released the worker"
        return real(*args)

    monkeypatch.setattr(report_loading, "prepare", held)
    yield release
    release.set()
    background.wait_all(30_000)


def wired_window(qtbot, tmp_path):
    """The window as the app builds it (targets table and the other docks wired), shown."""
    from workreport import app
    from workreport.ui.settings import Settings

    window = app.create_main_window(None, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_big_report_opens_while_the_event_loop_turns(qtbot, tmp_path, gate):
    path = big_report(tmp_path / "big.txt")
    window = wired_window(qtbot, tmp_path)
    window.progress_delay_ms = 0  # show the dialog at once
    seen = {"ticks": 0, "progress": False}

    def tick():
        seen["ticks"] += 1
        load = window.loading
        if load is not None and load.progress.isVisible():
            seen["progress"] = True
        if seen["progress"] and seen["ticks"] >= 3:
            gate.set()  # the window turned and showed its progress: let the parse finish

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    try:
        assert window.open_file(str(path)) is True
    finally:
        timer.stop()
    assert seen["progress"] and seen["ticks"] >= 3
    assert window.loading is None
    report = window.report
    assert report.source == str(path) and len(report.blocks) >= report_loading.DETACHED_BLOCKS
    doc = window.reader.document()
    assert doc.toPlainText() == report.text and doc.blockCount() == len(report.blocks)  # the worker's document
    assert window.outline.model.rowCount() == len(report.outline) == 10
    assert window.settings.recent()[0] == str(path.resolve())
    window.reader.scroll_to_offset(report.blocks[-1].start)  # the reader works on the swapped-in document
    assert window.reader.top_offset() <= report.blocks[-1].start
    qtbot.waitUntil(lambda: window.targets_panel.model.rowCount() > 0)  # extracted on a worker as well


def test_cancel_keeps_the_report_shown_and_drops_the_late_result(qtbot, bundled_report, tmp_path, gate):
    path = big_report(tmp_path / "big.txt", parts=3, paragraphs=50)
    window = new_window(qtbot, bundled_report)
    window.progress_delay_ms = 0
    state = {}

    def press_cancel():
        load = window.loading
        if load is not None and load.progress.isVisible():
            state["task"] = load.task
            button = load.progress.findChild(QPushButton)
            assert button is not None
            button.click()  # the dialog's Cancel button
        else:
            QTimer.singleShot(5, press_cancel)

    QTimer.singleShot(0, press_cancel)
    assert window.open_file(str(path)) is False
    assert window.report is bundled_report
    assert window.reader.document().toPlainText() == bundled_report.text
    assert window.settings.recent() == []
    gate.set()  # the abandoned parse now finishes: its result must not replace the report
    qtbot.waitUntil(lambda: state["task"].finished)
    assert window.report is bundled_report
    assert window.open_file(str(path)) is True  # and the window opens files again
    assert window.report.source == str(path)


def test_a_failure_in_the_worker_is_shown_and_the_window_keeps_running(qtbot, bundled_report, tmp_path,
                                                                        monkeypatch):
    path = big_report(tmp_path / "fine.txt", parts=2, paragraphs=5)

    def broken(*_args):
        raise RuntimeError("worker blew up")

    monkeypatch.setattr(report_loading, "prepare", broken)
    window = new_window(qtbot, bundled_report)
    with qtbot.waitSignal(window.errorShown) as shown:
        assert window.open_file(str(path)) is False
    assert shown.args[0]
    assert window.error_box is not None and window.error_box.isVisible()
    assert window.report is bundled_report and window.loading is None
    window.error_box.close()
    monkeypatch.undo()
    assert window.open_file(str(path)) is True  # the app carries on
    assert window.report.source == str(path)


def test_a_bad_file_from_the_worker_goes_to_the_error_dialog(qtbot, bundled_report, tmp_path):
    bad = tmp_path / "list.txt"
    bad.write_text("eggs, milk, bread\n" * 30, encoding="utf-8")
    window = new_window(qtbot, bundled_report)
    with qtbot.waitSignal(window.errorShown):
        assert window.open_file(str(bad)) is False
    assert window.report is bundled_report


def test_a_document_built_for_the_old_theme_is_rebuilt(qtbot, bundled_report, tmp_path, gate):
    path = big_report(tmp_path / "big.txt")
    window = new_window(qtbot, bundled_report)
    window.apply_theme("light")

    def switch():
        if window.loading is None:
            QTimer.singleShot(5, switch)
            return
        window.apply_theme("dark")  # while the worker builds a light document
        gate.set()

    QTimer.singleShot(0, switch)
    assert window.open_file(str(path)) is True
    reader = window.reader
    assert reader.theme.name == "dark"
    block = reader.document().findBlock(reader.doc_position(window.report.blocks[-1].start))
    colour = block.begin().fragment().charFormat().foreground().color().name()
    assert colour == reader.theme.text.lower()
