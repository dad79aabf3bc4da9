"""A pathological outline (tens of thousands of parts) costs what a normal one does until it is used:
parts are handed to the tree in steps (fetchMore), and only a manageable outline is opened by default."""

from types import SimpleNamespace

from workreport.core.kinds import NodeKind
from workreport.core.model import OutlineNode
from workreport.ui import outline


def many_parts(n):
    roots = []
    for i in range(n):
        part = OutlineNode(NodeKind.PART, str(i + 1), f"第{i + 1}项工作", 2 * i)
        part.children = [OutlineNode(NodeKind.SECTION, "（一）", f"小节{i + 1}", 2 * i + 1, parent=part)]
        roots.append(part)

    def nodes():
        for part in roots:
            yield part
            yield from part.children

    return SimpleNamespace(outline=roots, nodes=nodes, blocks=[])


def test_parts_are_fetched_in_steps(qtmodeltester):
    report = many_parts(outline.FETCH_STEP * 2 + 10)
    model = outline.OutlineModel(report)
    assert model.rowCount() == outline.FETCH_STEP and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == outline.FETCH_STEP * 2
    model.fetchMore()
    assert model.rowCount() == len(report.outline) and not model.canFetchMore()
    qtmodeltester.check(outline.OutlineModel(report))  # the model contract, fetching as a view does


def test_a_huge_outline_stays_folded_and_still_reaches_every_part(qtbot):
    report = many_parts(outline.FETCH_STEP * 3)
    panel = outline.OutlinePanel()
    qtbot.addWidget(panel)
    panel.resize(280, 600)
    panel.show()
    panel.set_report(report)
    first = panel.proxy.index(0, 0)
    assert not panel.tree.isExpanded(first)  # over EXPAND_LIMIT parts: nothing opened for the user
    last = report.outline[-1].children[0]
    panel.select_node(last)  # the reader scrolled to the last section: its part is fetched on the way
    assert panel.selected_node() is last
    panel.filter.setText(f"小节{len(report.outline) - 1}")  # a filter searches parts not fetched before
    assert panel.proxy.rowCount() == 1


def test_a_normal_outline_opens_its_parts(qtbot, bundled_report):
    panel = outline.OutlinePanel()
    qtbot.addWidget(panel)
    panel.set_report(bundled_report)
    assert not panel.model.canFetchMore()
    assert all(panel.tree.isExpanded(panel.proxy.index(r, 0)) for r in range(panel.proxy.rowCount()))
