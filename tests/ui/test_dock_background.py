"""Side docks never hold the window up: a long report's targets wait for their tab (or a request), the
Keywords analysis runs on a worker thread, and a large targets table is fitted to a sample of its rows."""

import threading

from PySide6.QtCore import QTimer

from workreport import app
from workreport.ui import background
from workreport.ui.settings import Settings


def _window(qtbot, tmp_path):
    window = app.create_main_window(None, Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: window.first_paint.done)  # the docks made after the first paint
    return window


def test_a_long_reports_targets_wait_for_their_tab(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(app, "EAGER_TARGETS_CHARS", 0)  # every report counts as long
    window = _window(qtbot, tmp_path)
    panel, dock = window.targets_panel, window.targets_dock
    qtbot.waitUntil(lambda: not window.is_dock_in_front(dock) and dock.isVisible())  # behind the Glossary
    background.wait_all()
    qtbot.wait(1)  # anything delivered would arrive through the event loop
    assert window.targets_task is None and panel.model.rowCount() == 0
    assert panel.count.text() != "0 / 0"  # says they are on their way
    dock.raise_()  # the tab chosen: extracted now
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert panel.report is window.report


def test_a_long_reports_targets_come_when_asked(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(app, "EAGER_TARGETS_CHARS", 0)
    window = _window(qtbot, tmp_path)
    assert window.targets_panel.model.rowCount() == 0
    window.extract_targets()
    qtbot.waitUntil(lambda: window.targets_panel.model.rowCount() > 0)


def test_keywords_are_analysed_on_a_worker_while_the_window_turns(qtbot, tmp_path, monkeypatch):
    from workreport.ui.keywords import controller

    release = threading.Event()
    real = controller.kw.analyse

    def slow(*args, **kwargs):
        release.wait(10)  # until the test has seen the event loop turn
        return real(*args, **kwargs)

    monkeypatch.setattr(controller.kw, "analyse", slow)
    window = _window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: hasattr(window, "keywords"))  # made after the first paint
    keywords = window.keywords
    qtbot.waitUntil(keywords.dock.isVisible)  # tabbed behind the Glossary, laid out
    keywords.dock.raise_()
    qtbot.waitUntil(lambda: keywords._task is not None)  # noqa: SLF001 - the analysis is running
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the GUI thread is free while the worker analyses
    assert keywords.panel.models["top"].rowCount() == 0
    release.set()
    qtbot.waitUntil(lambda: keywords.panel.models["top"].rowCount() > 0)
    timer.stop()


def test_a_large_targets_table_is_fitted_to_a_sample_of_rows(qtbot, bundled_report):
    from workreport.core.targets import extract_targets
    from workreport.ui import targets_panel as tp

    panel = tp.TargetsPanel()
    qtbot.addWidget(panel)
    targets = extract_targets(bundled_report)
    panel.set_report(bundled_report, targets)
    assert panel.view.horizontalHeader().resizeContentsPrecision() == tp._FITTED_ROWS  # noqa: SLF001
    many = targets * (tp._LARGE_TABLE // len(targets) + 1)  # noqa: SLF001
    panel.set_report(bundled_report, many)
    assert panel.model.rowCount() == len(many)
    assert panel.view.horizontalHeader().resizeContentsPrecision() == tp._SAMPLED_ROWS  # noqa: SLF001
    assert 0 < panel.view.columnWidth(tp.INDICATOR) <= tp._INDICATOR_MAX_WIDTH  # noqa: SLF001
