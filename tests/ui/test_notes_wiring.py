"""The app wiring of notes: bookmarks in the outline and the Bookmarks menu, target notes from the targets table."""

from typing import Any

import pytest

pytest.importorskip("PySide6")

import workreport.ui  # noqa: E402,F401 - the PySide6 compatibility fix
from workreport import app  # noqa: E402
from workreport.store import open_store  # noqa: E402
from workreport.ui import target_note_dialog  # noqa: E402
from workreport.ui.outline import NODE_ROLE  # noqa: E402
from workreport.ui.settings import Settings  # noqa: E402
from workreport.ui.targets_model import STATUS_ROLE  # noqa: E402


def _open(qtbot, tmp_path):
    store = open_store(tmp_path / "notes.sqlite3")
    # Any: the notes wiring adds bookmarks_menu, notes_actions and notes_panel to the window
    window: Any = app.create_main_window(None, Settings(str(tmp_path / "settings.ini")), store=store)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.targets_panel.report is window.report)  # filled after the first paint
    return window, store


def _outline_rows(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _outline_rows(model, index)


def test_ctrl_d_marks_outline_and_fills_bookmarks_menu(qtbot, tmp_path, qtmodeltester):
    window, store = _open(qtbot, tmp_path)
    model = window.outline.model
    assert not window.bookmarks_menu.actions()
    node = next(n for n in window.report.nodes() if n.children)
    window.go_to_node(node)
    target = window.node_at(window.reader.top_offset())
    bookmark = next(a for a in window.notes_actions if a.shortcut().toString() == "Ctrl+D")
    bookmark.trigger()
    starred = [model.data(i, NODE_ROLE) for i in _outline_rows(model) if model.data(i).startswith("★ ")]
    assert starred == [target]
    qtmodeltester.check(model)
    actions = window.bookmarks_menu.actions()
    assert len(actions) == 1 and window.report.blocks[target.block].ref in actions[0].text()
    # the menu entry jumps back to the bookmarked heading
    heading = window.report.blocks[target.block].start
    window.go_to_node(window.report.outline[-1])
    assert not window.reader.is_offset_visible(heading)
    actions[0].trigger()
    assert window.reader.is_offset_visible(heading)
    window.go_to_node(node)
    bookmark.trigger()  # Ctrl+D again removes it: star and menu entry go
    assert not any(model.data(i).startswith("★ ") for i in _outline_rows(model))
    assert not window.bookmarks_menu.actions()
    window.close()
    store.close()


def test_target_status_and_note_persist_across_restart(qtbot, tmp_path, monkeypatch):
    window, store = _open(qtbot, tmp_path)
    panel = window.targets_panel
    assert panel.proxy.rowCount() > 0
    t = panel.target_at(0)
    asked = []
    monkeypatch.setattr(target_note_dialog, "ask_target_note",
                        lambda parent, indicator, status, note: asked.append((status, note)) or ("on_track", "按计划"))
    menu = panel.build_menu(0)
    menu.actions()[0].trigger()
    assert asked == [("", "")]
    assert panel.proxy.data(panel.proxy.index(0, 0), STATUS_ROLE) == "on_track"
    assert "按计划" in panel.proxy.data(panel.proxy.index(0, 0), 3)  # ToolTipRole
    window.close()
    store.close()

    window, store = _open(qtbot, tmp_path)
    panel = window.targets_panel
    row = next(r for r in range(panel.proxy.rowCount()) if panel.target_at(r) == t)
    assert panel.proxy.data(panel.proxy.index(row, 0), STATUS_ROLE) == "on_track"
    # editing again updates the same note (the dialog is given the stored values)
    monkeypatch.setattr(target_note_dialog, "ask_target_note",
                        lambda parent, indicator, status, note: asked.append((status, note)) or ("achieved", "完成"))
    panel.request_note(row)
    assert asked[-1] == ("on_track", "按计划")
    notes = [i for i in window.notes_panel.items() if i.target]
    assert [(i.status, i.note) for i in notes] == [("achieved", "完成")]
    window.close()
    store.close()


def test_thousands_of_notes_are_painted_and_shown_in_tooltips_around_the_view(qtbot, tmp_path):
    from workreport.core.anchors import make_anchor
    from workreport.store import open_document
    from workreport.store.notes_adapter import LAZY_ABOVE, NotesAdapter

    window, store = _open(qtbot, tmp_path)
    report = window.report
    doc = open_document(store, report).document
    paragraphs = [b for b in report.blocks if len(b.text) > 40]
    items = []
    for i in range(LAZY_ABOVE + 100):
        b = paragraphs[i % len(paragraphs)]
        a = make_anchor(report.text, b.start + i % 20, b.start + i % 20 + 6)
        items.append(dict(start=a.start, end=a.end, exact=a.exact, prefix=a.prefix, suffix=a.suffix,
                          colour="green", note=f"笔记{i}"))
    store.add_highlights(doc.id, items)
    NotesAdapter(store, report)  # the placements checked once, as on an earlier opening
    window.reportChanged.emit(report)  # opened again: counted, painted around the view
    panel = window.notes_panel
    assert panel.counted and panel.model.total_count() == len(items)
    painted = window.reader.layer("notes-green")
    assert 0 < len(painted) < len(items)
    start = window.reader.text_offset(painted[0].cursor.selectionStart())
    tips = window.reader.lookup(start)
    assert any("笔记" in body for _, body in tips)
    window.close()
    store.close()
