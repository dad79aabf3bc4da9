"""Main window: open (menu, drop, recent), errors keep the document, title, About, side docks."""

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QLabel, QTextEdit
from test_ui_support import new_window

from workreport.core import model


def write_report(path, title="某区政府工作报告", body="推进城市大脑建设，深化改革开放。"):
    path.write_text(f"{title}\n各位代表：\n一、过去一年工作回顾\n{body}\n二、今年工作安排\n今年继续深化改革。\n",
                    encoding="utf-8")
    return path


def test_title_shows_report_title_issuer_and_date(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    md = bundled_report.metadata
    for part in (md.title, md.issuer, md.date):
        assert part and part in window.windowTitle()


def test_ctrl_o_opens_the_chosen_file_and_adds_it_to_recent(qtbot, bundled_report, tmp_path, monkeypatch):
    path = write_report(tmp_path / "other.txt")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window = new_window(qtbot, bundled_report)
    with qtbot.waitSignal(window.reportChanged):
        qtbot.keyClick(window.reader, Qt.Key.Key_O, modifier=Qt.KeyboardModifier.ControlModifier)
    assert window.report.source == str(path)
    assert "城市大脑" in window.reader.document().toPlainText()
    actions = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == [str(path.resolve())]


def test_recent_menu_reopens_a_file(qtbot, bundled_report, tmp_path):
    path = write_report(tmp_path / "again.txt", body="推进河长制工作，建设美丽河湖。")
    window = new_window(qtbot, bundled_report)
    assert window.open_file(str(path))
    window.set_report(bundled_report)
    action = next(a for a in window.recent_menu.actions() if a.data() == str(path.resolve()))
    action.trigger()
    assert "河长制" in window.report.text


def test_bad_file_shows_an_error_and_keeps_the_document(qtbot, bundled_report, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("This is a shopping list, not a government work report.\n" * 20, encoding="utf-8")
    window = new_window(qtbot, bundled_report)
    with qtbot.waitSignal(window.errorShown) as signal:
        assert window.open_file(str(bad)) is False
    assert signal.args[0]
    assert window.report is bundled_report
    assert window.reader.document().toPlainText() == bundled_report.text
    box = window.error_box
    assert box is not None and box.isVisible() and signal.args[0] in box.text()
    box.close()
    assert window.open_file(str(tmp_path / "missing.txt")) is False
    assert window.report is bundled_report
    assert window.settings.recent() == []  # failures are not remembered


def test_dropping_a_file_opens_it(qtbot, bundled_report, tmp_path):
    path = write_report(tmp_path / "dropped.md", body="推进“城市大脑”建设。")
    window = new_window(qtbot, bundled_report)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(400, 300).toPointF(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(400, 300).toPointF(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)  # QApplication only routes drops that come from a real drag
    assert window.report.source == str(path)


def test_about_shows_report_metadata(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    before = set(QApplication.topLevelWidgets())
    about = window.findChild(type(window.menuBar().actions()[0]), "actionAbout")
    assert about is not None
    about.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert dialogs
    text = " ".join([w.toPlainText() for d in dialogs for w in d.findChildren(QTextEdit)]
                    + [label.text() for d in dialogs for label in d.findChildren(QLabel)])
    md = bundled_report.metadata
    assert md.issuer in text and md.date in text
    for d in dialogs:
        d.close()


def test_side_docks_tab_together_and_are_listed_in_the_panels_menu(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    extra = QLabel("targets")
    extra.setObjectName("targetsPanel")
    dock = window.add_side_dock(extra, "目标 Targets")
    assert isinstance(dock, QDockWidget) and dock.objectName() == "targetsPanelDock"
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    qtbot.waitUntil(lambda: dock in window.tabifiedDockWidgets(window.glossary_dock))  # tabs form lazily
    assert dock.toggleViewAction() in window.panels_menu.actions()


def test_dock_added_after_restore_gets_its_saved_place(qtbot, bundled_report):
    first = new_window(qtbot, bundled_report)
    first.add_side_dock(QLabel("notes"), "Notes", "notesDock")
    first.removeDockWidget(first.glossary_dock)
    notes = first.findChild(QDockWidget, "notesDock")
    assert notes is not None
    first.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, notes)
    first.close()
    second = new_window(qtbot, bundled_report)  # restored on show, before the notes dock exists
    dock = second.add_side_dock(QLabel("notes"), "Notes", "notesDock")
    assert second.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea


def test_outline_and_reader_share_the_window(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    assert window.splitter.widget(0) is window.outline
    assert window.outline.model.rowCount() == len(bundled_report.outline)
    heading = next(b for b in bundled_report.blocks if b.kind == model.HEADING)
    window.go_to_node(heading.node)
    assert window.position_label.text() == heading.ref


def test_recent_menu_tooltip_shows_the_path_as_text(qtbot, bundled_report, tmp_path):
    from PySide6.QtGui import QTextDocument

    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n")
    folder = tmp_path / "<img src=secret.png>"
    folder.mkdir()
    path = write_report(folder / "a&b <b>.txt")
    window = new_window(qtbot, bundled_report)
    assert window.open_file(str(path))
    action = next(a for a in window.recent_menu.actions() if a.data() == str(path.resolve()))
    tip = action.toolTip()
    assert "<img" not in tip and "<b>" not in tip and "&b " not in tip  # no markup of the file name reaches Qt
    shown = QTextDocument()
    shown.setHtml(tip)  # what a rich-text tooltip displays
    assert shown.toPlainText() == str(path.resolve())


def test_a_dock_added_after_the_first_paint_leaves_the_front_tab_in_front(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    front = window.add_side_dock(QLabel("front"), "Front", "frontDock")
    qtbot.waitUntil(lambda: front in window.tabifiedDockWidgets(window.glossary_dock))  # tabs form lazily
    front.raise_()
    qtbot.waitUntil(lambda: window.is_dock_in_front(front))
    assert not window.is_dock_in_front(window.glossary_dock)  # tabbed behind, although isVisible()
    late = window.add_side_dock(QLabel("late"), "Late", "lateDock")  # like the Keywords dock, made late
    qtbot.waitUntil(lambda: late in window.tabifiedDockWidgets(front))
    assert window.is_dock_in_front(front) and not window.is_dock_in_front(late)
