"""Notes panel (pytest-qt): highlight, add a note, restart, painted and listed; delete/undo; filters."""

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QHelpEvent, QInputMethodEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolTip  # noqa: E402

import workreport.ui  # noqa: E402,F401 - the PySide6 compatibility fix
from workreport import resources  # noqa: E402
from workreport.core.parser import parse_file  # noqa: E402
from workreport.store import open_store  # noqa: E402
from workreport.store.notes_adapter import NotesAdapter  # noqa: E402
from workreport.ui.notes_model import (  # noqa: E402
    ITEM_ROLE,
    NotesLookupSource,
    NotesModel,
    bookmarked_refs,
    colour_of,
    highlight_layers,
)
from workreport.ui.notes_panel import NotesPanel  # noqa: E402
from workreport.ui.reader import Reader  # noqa: E402


def _type(widget, text):
    """Chinese input the way an input method delivers it (keyClicks with CJK aborts)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


class Session:
    """What app.py wires: store + adapter -> panel; reader painted from the panel's rows."""

    def __init__(self, qtbot, report):
        self.store = open_store()
        self.adapter = NotesAdapter(self.store, report)
        self.reader = Reader()
        qtbot.addWidget(self.reader)
        self.reader.set_report(report, [])
        self.source = NotesLookupSource()
        self.reader.add_lookup_source(self.source)
        self.panel = NotesPanel()
        qtbot.addWidget(self.panel)
        self.jumps = []
        self.panel.jumpRequested.connect(lambda s, e: (self.jumps.append((s, e)), self.reader.show_range(s, e)))
        self.panel.itemsChanged.connect(self.repaint)
        self.panel.set_backend(self.adapter)

    def repaint(self):
        items = self.panel.items()
        for name, (ranges, colour) in highlight_layers(items).items():
            self.reader.set_layer(name, ranges, colour)
        self.source.set_items(self.reader.report, items)

    def close(self):
        for w in (self.panel, self.reader):  # a restart: the old windows are gone
            w.close()
        self.store.close()


def _paragraph(report):
    return next(b for b in report.blocks if b.kind == "paragraph" and len(b.text) > 80)


def _rows(panel):
    return panel.model.visible_items()


def test_highlight_note_restart_delete_undo(qtbot):
    report = parse_file(resources.default_report())
    block = _paragraph(report)
    start, end = block.start + 4, block.start + 16

    s = Session(qtbot, report)
    s.reader.select_range(start, end)
    assert s.reader.selected_range() == (start, end)
    s.panel.show()
    item = s.panel.add_highlight(*s.reader.selected_range(), with_note=True)  # "Add note" on the selection
    assert item is not None
    editor = s.panel.note_editor  # the note editor (ui/note_editor.py), saved on close
    assert editor is not None and editor.isVisible()
    _type(editor.editor, "值得关注的一段")
    editor.close()
    qtbot.waitUntil(lambda: _rows(s.panel)[0].note == "值得关注的一段")
    assert [(r.start, r.end) for r in _rows(s.panel)] == [(start, end)]
    assert len(s.reader.layer("notes-yellow")) == 1
    s.close()

    # restart: a new store connection, adapter, panel and reader on the same data dir
    s2 = Session(qtbot, parse_file(resources.default_report()))
    (row,) = _rows(s2.panel)
    assert (row.key, row.note, row.start, row.end) == (item.key, "值得关注的一段", start, end)
    (sel,) = s2.reader.layer("notes-yellow")
    assert (s2.reader.text_offset(sel.cursor.selectionStart()), s2.reader.text_offset(sel.cursor.selectionEnd())) \
        == (start, end)
    assert sel.format.background().color().name() == colour_of("yellow")
    index = s2.panel.model.index_of(row.key)
    assert "值得关注的一段" in index.data(Qt.ItemDataRole.DisplayRole)

    # hovering the highlight shows its note
    s2.reader.resize(800, 600)
    s2.reader.show()
    s2.reader.ensure_visible(start, end)
    rect = s2.reader.cursorRect(sel.cursor)
    pos = QPoint(rect.left() - 4, rect.center().y())
    offset = s2.reader.offset_at(pos)
    assert start <= offset < end
    viewport = s2.reader.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    assert "值得关注的一段" in QToolTip.text()

    # jump
    s2.panel.view.clicked.emit(index)
    assert s2.jumps == [(start, end)]

    # delete with undo (keyboard)
    s2.panel.show()
    s2.panel.activateWindow()
    s2.panel.select_key(row.key)
    s2.panel.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is s2.panel.view)
    qtbot.keyClick(s2.panel.view, Qt.Key.Key_Delete)
    assert _rows(s2.panel) == [] and s2.reader.layer("notes-yellow") == []
    assert s2.adapter.items() == []
    assert s2.panel.undo_button.isVisibleTo(s2.panel)
    qtbot.keyClick(s2.panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.key for r in _rows(s2.panel)] == [row.key]
    assert [r.key for r in s2.adapter.items()] == [row.key]
    assert len(s2.reader.layer("notes-yellow")) == 1
    assert not s2.panel.undo_button.isVisibleTo(s2.panel)
    s2.close()


@pytest.fixture
def filled(qtbot):
    report = parse_file(resources.default_report())
    s = Session(qtbot, report)
    paras = [b for b in report.blocks if b.kind == "paragraph" and len(b.text) > 80]
    a = s.adapter
    a.add_highlight(paras[0].start, paras[0].start + 6, colour="green", note="就业优先", tags=["民生"])
    a.add_highlight(paras[5].start, paras[5].start + 6, colour="blue", status="on_track", target="t1")
    a.add_highlight(paras[-1].start, paras[-1].start + 6, note="稳", tags=["经济", "民生"])
    heading = next(b for b in report.blocks if b.kind == "heading")
    a.toggle_bookmark(heading.index)
    s.panel.reload()
    yield s
    s.close()


def test_model_passes_qtmodeltester(qtmodeltester, filled):
    qtmodeltester.check(filled.panel.model)
    filled.panel.model.set_filter(text="民")
    qtmodeltester.check(filled.panel.model)
    empty = NotesModel()
    qtmodeltester.check(empty)


def test_groups_follow_reading_order(filled):
    model = filled.panel.model
    starts = [i.start for i in model.visible_items()]
    assert starts == sorted(starts)
    assert model.rowCount() >= 3
    first_group = model.index(0, 0)
    assert model.rowCount(first_group) >= 1
    assert model.index(0, 0, first_group).data(ITEM_ROLE).section in first_group.data()


def test_search_with_one_and_two_chinese_characters(filled, qtbot):
    panel = filled.panel
    _type(panel.search, "稳")
    assert [i.note for i in _rows(panel)] == ["稳"]
    panel.search.clear()
    _type(panel.search, "民生")  # a tag
    assert {i.note for i in _rows(panel)} == {"就业优先", "稳"}
    panel.search.clear()
    _type(panel.search, "就")
    assert [i.note for i in _rows(panel)] == ["就业优先"]
    panel.search.clear()
    assert len(_rows(panel)) == 4


def test_filters_by_colour_tag_status(filled):
    panel = filled.panel
    panel.colour_filter.setCurrentIndex(panel.colour_filter.findData("blue"))
    assert [i.target for i in _rows(panel)] == ["t1"]
    panel.colour_filter.setCurrentIndex(0)
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("经济"))
    assert [i.note for i in _rows(panel)] == ["稳"]
    panel.tag_filter.setCurrentIndex(0)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("on_track"))
    assert [i.status for i in _rows(panel)] == ["on_track"]
    assert panel.count_label.text() == "1 / 4"


def test_context_menu_changes_colour_status_and_tags(filled, monkeypatch):
    panel = filled.panel
    row = next(i for i in _rows(panel) if i.note == "稳")
    menu = panel.build_menu(row)
    colour_menu = next(a.menu() for a in menu.actions() if a.menu() and "Colour" in a.text())
    next(a for a in colour_menu.actions() if "Pink" in a.text()).trigger()
    assert filled.adapter.item(row.key).colour == "pink"
    assert len(filled.reader.layer("notes-pink")) == 1
    status_menu = next(a.menu() for a in menu.actions() if a.menu() and "Status" in a.text())
    next(a for a in status_menu.actions() if "Achieved" in a.text()).trigger()
    assert filled.adapter.item(row.key).status == "achieved"
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("新标签，另一个", True))
    next(a for a in menu.actions() if "Tags" in a.text()).trigger()
    assert filled.adapter.item(row.key).tags == ("另一个", "新标签")
    assert panel.tag_filter.findData("新标签") > 0


def test_bookmark_toggle_and_outline_marks(filled):
    report = filled.reader.report
    heading = [b for b in report.blocks if b.kind == "heading"][2]
    item = filled.panel.toggle_bookmark(heading.index)
    assert item is not None and heading.ref in bookmarked_refs(filled.panel.items())
    assert filled.panel.toggle_bookmark(heading.index) is None
    assert heading.ref not in bookmarked_refs(filled.panel.items())


def test_tooltip_and_list_escape_note_text(filled):
    report = filled.reader.report
    block = _paragraph(report)
    item = filled.panel.add_highlight(block.start + 30, block.start + 35)
    filled.panel.update_item(item.key, note="<img src=x>")
    (title, body), = [x for x in filled.source.lookup(report, block.start + 31) if "img" in x[1]]
    assert "<img" not in body and "&lt;img" in body
    index = filled.panel.model.index_of(item.key)
    assert "<img" not in index.data(Qt.ItemDataRole.ToolTipRole)
