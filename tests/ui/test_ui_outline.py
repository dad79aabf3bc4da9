"""Outline model and panel: model contract, click -> reader, reader scroll -> selection, filter."""

from PySide6.QtCore import QModelIndex, Qt
from test_ui_support import new_window

from workreport.core import model
from workreport.ui.outline import NODE_ROLE, OutlineModel


def all_indexes(m, parent=QModelIndex()):
    for row in range(m.rowCount(parent)):
        index = m.index(row, 0, parent)
        yield index
        yield from all_indexes(m, index)


def test_outline_model_passes_modeltester(qtmodeltester, bundled_report):
    qtmodeltester.check(OutlineModel(bundled_report))


def test_outline_model_mirrors_report_outline(bundled_report):
    m = OutlineModel(bundled_report)
    nodes = [m.data(i, NODE_ROLE) for i in all_indexes(m)]
    assert nodes == list(bundled_report.nodes())
    assert m.rowCount() == len(bundled_report.outline) == 4
    first = m.index(0, 0)
    assert bundled_report.outline[0].title in m.data(first)
    child = m.index(0, 0, first)
    assert m.parent(child) == first
    assert m.index_of(bundled_report.outline[0].children[0]) == child


def test_empty_model_passes_modeltester(qtmodeltester):
    qtmodeltester.check(OutlineModel())


def test_clicking_an_item_scrolls_its_heading_into_view(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    tree, reader = window.outline.tree, window.reader
    for node in [bundled_report.outline[2], bundled_report.outline[1].children[3], bundled_report.outline[0]]:
        index = window.outline.proxy.mapFromSource(window.outline.model.index_of(node))
        tree.scrollTo(index)
        rect = tree.visualRect(index)
        assert rect.isValid()
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        heading = bundled_report.blocks[node.block]
        assert reader.is_offset_visible(heading.start), node.title
        assert reader.document().findBlock(reader.top_offset()).position() == heading.start
        assert window.outline.selected_node() is node


def test_scrolling_the_reader_selects_the_node_being_read(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    reader = window.reader
    activated = []
    window.outline.nodeActivated.connect(activated.append)
    part3 = bundled_report.outline[2]
    section = part3.children[1]
    inner = next(b for b in bundled_report.blocks if b.index > section.block and b.kind == model.PARAGRAPH)
    # a paragraph below the section heading, scrolled to the top by the scroll bar
    reader.verticalScrollBar().setValue(int(reader.y_of(inner.start + 1)) - 12)
    expected = window.node_at(inner.start)
    assert expected is not None and (expected is section or expected.parent is section)
    assert window.outline.selected_node() is expected
    assert window.outline.tree.visualRect(window.outline.tree.currentIndex()).isValid()  # unfolded, visible
    # back to the top: the front matter is before any node
    reader.verticalScrollBar().setValue(0)
    assert window.outline.selected_node() is None
    reader.verticalScrollBar().setValue(int(reader.y_of(bundled_report.blocks[part3.block].start)) - 12)
    assert window.outline.selected_node() is part3
    # selecting from the scroll position never drives the reader back (no feedback loop)
    assert activated == []


def test_keyboard_navigation_moves_the_reader(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    tree = window.outline.tree
    first = window.outline.proxy.index(0, 0)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    tree.setCurrentIndex(first)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    node = window.outline.selected_node()
    assert node is bundled_report.outline[0].children[0]
    assert window.reader.is_offset_visible(bundled_report.blocks[node.block].start)


def test_filter_keeps_matching_nodes_and_their_parents(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    target = bundled_report.outline[1].children[0]
    word = target.title[-4:]
    window.outline.filter.setText(word)
    proxy = window.outline.proxy
    shown = [proxy.data(i, NODE_ROLE) for i in all_indexes(proxy)]
    assert target in shown and target.parent in shown
    assert all(word in n.title or any(word in d.title for d in n.walk()) for n in shown)
    assert len(shown) < sum(1 for _ in bundled_report.nodes())
    window.outline.filter.clear()
    assert proxy.rowCount() == len(bundled_report.outline)
