"""Reader pane: position == offset, escaping, formats, zoom, copy with reference, themes."""

from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QApplication
from test_ui_support import make_report, new_window

from workreport.core import model
from workreport.ui import theme as th
from workreport.ui.document import PositionMap


def char_format(reader, offset):
    """The character format of the character at a report offset."""
    doc = reader.document()
    pos = reader.doc_position(offset)
    block = doc.findBlock(pos)
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.position() <= pos < frag.position() + frag.length():
            return frag.charFormat()
        it += 1
    raise AssertionError(f"no fragment at {offset}")


def test_one_text_block_per_report_block_and_position_equals_offset(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    doc = window.reader.document()
    assert doc.blockCount() == len(bundled_report.blocks)
    block = doc.begin()
    for b in bundled_report.blocks:
        assert block.position() == b.start
        assert block.text() == b.text
        block = block.next()
    assert doc.toPlainText() == bundled_report.text
    assert doc.characterCount() - 1 == len(bundled_report.text)


def test_position_map_handles_characters_outside_the_bmp(qtbot):
    r = make_report("𠀀字在前，𪚥在后。推进改革工作。", "今年继续深化改革。")
    window = new_window(qtbot, r)
    reader = window.reader
    assert reader.document().toPlainText() == r.text
    i = r.text.index("在后")
    pos = reader.doc_position(i)
    assert pos == i + 2  # two astral characters before it, two UTF-16 units each
    assert reader.text_offset(pos) == i
    assert reader.document().characterAt(pos) == "在"
    pm = PositionMap(r.text)
    assert all(pm.to_text(pm.to_doc(k)) == k for k in range(len(r.text) + 1))


def test_document_text_is_never_html(qtbot):
    body = "推进<b>改革</b>，<img src=http://example.com/x.png>见<a href='http://e.com'>链接</a>&amp;图。"
    r = make_report(body, "今年继续深化改革。", suffix=".txt")
    window = new_window(qtbot, r)
    doc = window.reader.document()
    assert body in r.text
    assert doc.toPlainText() == r.text
    assert "<img src=http://example.com/x.png>" in doc.toPlainText()
    start = r.text.index("<b>")
    fmt = char_format(window.reader, start + 3)
    assert not fmt.isImageFormat() and not fmt.isAnchor()
    # no image object, no anchor anywhere in the document
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment().charFormat()
            assert not f.isImageFormat() and not f.isAnchor() and f.objectType() == 0
            it += 1
        block = block.next()


def test_reader_never_loads_resources(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    assert window.reader.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                      QUrl("http://example.com/x.png")) is None


def test_headings_leads_and_title_formats(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    reader = window.reader
    title = next(b for b in bundled_report.blocks if b.kind == model.TITLE)
    para = next(b for b in bundled_report.blocks if b.kind == model.PARAGRAPH and b.lead and b.lead < len(b.text) - 5)
    heading = next(b for b in bundled_report.blocks if b.kind == model.HEADING and b.level == 1)
    body_size = char_format(reader, para.end - 2).fontPointSize()
    heading_size = char_format(reader, heading.start).fontPointSize()
    assert char_format(reader, title.start).fontPointSize() > heading_size > body_size
    assert char_format(reader, heading.start).fontWeight() == QFont.Weight.Bold
    assert char_format(reader, para.start).fontWeight() == QFont.Weight.Bold  # the lead sentence
    assert char_format(reader, para.start + para.lead).fontWeight() != QFont.Weight.Bold
    fmt = reader.document().findBlock(para.start).blockFormat()
    assert fmt.lineHeight() == th.LINE_HEIGHT and fmt.bottomMargin() > 0


def test_glossary_occurrences_have_dotted_underline(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    occs = window.glossary_source.occurrences
    assert occs
    for occ in occs:
        assert char_format(window.reader, occ.start).underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    marked = {i for o in occs for i in range(o.start, o.end)}
    plain = next(i for i in range(len(bundled_report.text)) if i not in marked and bundled_report.text[i] != "\n")
    assert char_format(window.reader, plain).underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline


def test_cjk_font_stack_and_max_line_width(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    reader = window.reader
    assert "WenQuanYi Micro Hei" in reader.document().defaultFont().families()
    window.resize(1900, 900)
    qtbot.waitUntil(lambda: reader.viewport().width() > 1000)
    margin = reader.document().rootFrame().frameFormat().leftMargin()
    text_width = reader.viewport().width() - 2 * margin
    em = reader.document().defaultFont().pointSizeF() * 96 / 72
    assert margin > 24 and text_width < em * (th.MAX_TEXT_WIDTH_EM + 8)


def test_zoom_shortcuts_change_size_and_keep_position(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    reader = window.reader
    para = next(b for b in bundled_report.blocks if b.kind == model.PARAGRAPH and b.index > 60)
    reader.scroll_to_offset(para.start)
    size0 = char_format(reader, para.start + para.lead + 1).fontPointSize()
    qtbot.keyClick(reader, "=", modifier=qtbot_ctrl())
    assert reader.zoom == 1
    assert char_format(reader, para.start + para.lead + 1).fontPointSize() > size0
    assert reader.document().findBlock(reader.top_offset()).position() == para.start
    qtbot.keyClick(reader, "-", modifier=qtbot_ctrl())
    qtbot.keyClick(reader, "-", modifier=qtbot_ctrl())
    assert reader.zoom == -1
    qtbot.keyClick(reader, "0", modifier=qtbot_ctrl())
    assert reader.zoom == 0
    assert char_format(reader, para.start + para.lead + 1).fontPointSize() == size0


def qtbot_ctrl():
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ControlModifier


def test_copy_appends_paragraph_reference(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    para = next(b for b in bundled_report.blocks if b.kind == model.PARAGRAPH and b.ref.count("¶") and b.index > 30)
    window.reader.select_range(para.start + 2, para.start + 12)
    window.reader.copy()
    assert QApplication.clipboard().text() == f"{para.text[2:12]} — {para.ref}"
    nxt = bundled_report.blocks[para.index + 1]
    window.reader.select_range(para.end - 3, nxt.start + 3)
    window.reader.copy()
    quote = bundled_report.text[para.end - 3:nxt.start + 3]
    assert QApplication.clipboard().text() == f"{quote} — {para.ref}–{nxt.ref}"


def test_theme_switch_changes_reader_colours(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    window.apply_theme("dark")
    assert window.reader.theme is th.DARK
    assert window.reader.palette().color(window.reader.palette().ColorRole.Base).name() == th.DARK.background
    para = next(b for b in bundled_report.blocks if b.kind == model.PARAGRAPH)
    assert char_format(window.reader, para.end - 1).foreground().color().name() == th.DARK.text
    window.apply_theme("light")
    assert char_format(window.reader, para.end - 1).foreground().color().name() == th.LIGHT.text
    assert window.theme_actions["light"].isChecked()
    window.apply_theme("system")
    assert window.reader.theme in (th.LIGHT, th.DARK)


def test_show_range_highlights_and_scrolls(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    reader = window.reader
    last = [b for b in bundled_report.blocks if b.kind == model.PARAGRAPH][-1]
    reader.scroll_to_offset(0)
    window.show_range(last.start + 1, last.start + 5)
    assert reader.is_offset_visible(last.start + 1)
    sel = reader.layer("range")
    assert len(sel) == 1
    assert sel[0].cursor.selectedText() == last.text[1:5]


def test_large_report_scrolls_to_its_last_paragraph_at_once(qtbot, data_dir):
    from workreport.core.parser import parse_file

    largest = max((data_dir / "corpus").glob("*/*.md"), key=lambda p: p.stat().st_size)
    report = parse_file(largest)
    window = new_window(qtbot, report)
    reader = window.reader
    assert reader.document().toPlainText() == report.text
    last = [b for b in report.blocks if b.kind == model.PARAGRAPH][-1]
    reader.scroll_to_offset(last.start)
    assert reader.is_offset_visible(last.start)
    reader.scroll_to_offset(0)
    assert reader.top_offset() == 0
