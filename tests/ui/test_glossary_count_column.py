"""The glossary's count column fits its header and the largest count without reading every row."""

from workreport.ui.glossary_panel import COUNT, GlossaryPanel


def test_count_column_fits_the_largest_count_and_the_header(qtbot, bundled_report):
    panel = GlossaryPanel()
    qtbot.addWidget(panel)
    entries = bundled_report.glossary
    counts = [7] * len(entries)
    counts[-1] = 123456789  # the most digits, last: found without reading the rows
    panel.set_entries(entries, counts)
    panel.resize(340, 600)
    panel.show()
    qtbot.waitExposed(panel)
    header, metrics = panel.view.header(), panel.view.fontMetrics()
    width = header.sectionSize(COUNT)
    assert width > metrics.horizontalAdvance("123456789")
    assert width >= header.sectionSizeHint(COUNT)
    # a shorter glossary with small counts: the column narrows again
    panel.set_entries(entries[:2], [1, 2])
    assert header.sectionSize(COUNT) < width
