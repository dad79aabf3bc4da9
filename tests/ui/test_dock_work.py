"""Side docks do their work only when on screen: a dock tabbed behind another is still isVisible(), so
the Keywords analysis (seconds on a big report) waits until its tab is chosen."""

from PySide6.QtWidgets import QDockWidget


def test_keywords_wait_behind_another_tab_and_fill_when_chosen(qtbot, tmp_path, data_dir):
    from workreport import app
    from workreport.ui.settings import Settings

    window = app.create_main_window(None, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "keywordsDock") is not None)  # made after the paint
    dock = window.findChild(QDockWidget, "keywordsDock")
    assert dock is not None
    others = [d for d in window.findChildren(QDockWidget) if d is not dock]
    qtbot.waitUntil(lambda: any(window.is_dock_in_front(d) for d in others))  # the tab shown before it came
    qtbot.waitUntil(dock.isVisible)  # tabbed behind, and still "visible"
    assert not window.is_dock_in_front(dock)
    top = getattr(window, "keywords").panel.models["top"]  # noqa: B009 - set by keywords.install
    assert top.rowCount() == 0  # not analysed behind the tab in front
    path = sorted((data_dir / "corpus" / "province").glob("*.md"))[0]
    assert window.open_file(str(path))  # another report while the Keywords tab stays behind
    assert top.rowCount() == 0
    dock.raise_()
    qtbot.waitUntil(lambda: top.rowCount() > 0)
