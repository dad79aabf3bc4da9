"""Many notes (issue 16): highlights built only near the view, groups closed when the list is long."""

from dataclasses import dataclass

import pytest

pytest.importorskip("PySide6")

import workreport.ui  # noqa: E402,F401 - the PySide6 compatibility fix
from workreport.ui import reader as reader_module  # noqa: E402
from workreport.ui.notes_panel import EXPAND_MAX, NotesPanel  # noqa: E402
from workreport.ui.reader import Reader  # noqa: E402


def _shown_reader(qtbot, report):
    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(700, 500)
    reader.set_report(report, [])
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def _ranges(report, n):
    """n short ranges spread from the first character to the last."""
    last = len(report.text) - 3
    return [(i * last // (n - 1), i * last // (n - 1) + 3) for i in range(n)]


def test_a_big_layer_is_built_near_the_view_and_follows_it(qtbot, bundled_report):
    reader = _shown_reader(qtbot, bundled_report)
    ranges = _ranges(bundled_report, reader_module.WINDOWED * 4)
    reader.set_layer("notes-yellow", ranges, "#fff1a1")
    shown = reader.extraSelections()
    assert 0 < len(shown) < len(ranges)
    starts = [reader.text_offset(s.cursor.selectionStart()) for s in shown]
    assert min(starts) == 0  # the top of the report is on screen
    assert len(reader.layer("notes-yellow")) == len(ranges)  # asked for, every one
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    starts = [reader.text_offset(s.cursor.selectionStart()) for s in reader.extraSelections()]
    assert max(starts) == ranges[-1][0] and min(starts) > 0
    # a small layer beside it is always whole
    reader.set_layer("find", ranges[:3], "#ffff00")
    assert len(reader.layer("find")) == 3
    assert sum(1 for s in reader.extraSelections() if s.format.background().color().name() == "#ffff00") == 3


def test_a_big_layer_set_before_showing_appears_on_show(qtbot, bundled_report):
    reader = Reader()
    qtbot.addWidget(reader)
    reader.set_report(bundled_report, [])
    reader.set_layer("notes-yellow", _ranges(bundled_report, reader_module.WINDOWED * 2), "#fff1a1")
    assert reader.extraSelections() == []  # nothing on screen, nothing built
    reader.resize(700, 500)
    reader.show()
    qtbot.waitExposed(reader)
    assert reader.extraSelections()


@dataclass(frozen=True)
class Row:
    key: tuple
    start: int
    end: int
    section: str
    section_order: int
    kind: str = "highlight"
    orphan: bool = False
    quote: str = "引文"
    note: str = ""
    note_format: str = "text"
    colour: str = "yellow"
    tags: tuple = ()
    status: str | None = None
    target: str = ""
    label: str = ""
    ref: str = "§1"
    bookmark_kind: str = ""
    placement: str = "position"
    updated: str = ""


class Backend:
    def __init__(self, n):
        self.rows = [Row(("h", i), i * 10, i * 10 + 5, f"第{i % 20}节", i % 20, quote=f"引文{i}") for i in range(n)]

    def items(self):
        return self.rows

    quick_items = items

    def tags(self):
        return []


@pytest.mark.parametrize("n, expanded", [(50, True), (EXPAND_MAX + 500, False)])
def test_groups_open_only_when_the_list_is_short(qtbot, n, expanded):
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.set_backend(Backend(n))
    groups = [panel.model.index(r, 0) for r in range(panel.model.rowCount())]
    assert len(groups) == 20
    assert all(panel.view.isExpanded(g) is expanded for g in groups)
    if not expanded:  # a search narrows the list: its groups open
        panel._filter(text="引文7")
        assert 0 < len(panel.model.visible_items()) <= EXPAND_MAX
        assert all(panel.view.isExpanded(panel.model.index(r, 0)) for r in range(panel.model.rowCount()))
