"""Document text in tooltips is shown as text: a .txt report with an <img src="file:///…"> tag never
makes an outline, notes or glossary tooltip render (or load) that image."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtGui import Qt as QtGuiNs

from workreport.core.parser import parse_file
from workreport.ui.glossary_panel import GlossaryModel
from workreport.ui.notes_model import NotesModel, tooltip_body
from workreport.ui.outline import OutlineModel


@pytest.fixture
def hostile(tmp_path):
    image = tmp_path / "secret.png"
    img = QImage(8, 8, QImage.Format.Format_RGB32)
    img.fill(0xFF0000)
    assert img.save(str(image))
    tag = f'<img src="{image.as_uri()}">'
    short = '<img src="file:///x.png">'  # a heading stays short; an image format shows even if loading fails
    text = (f"政府工作报告\n\n各位代表：\n\n一、{short}过去一年工作回顾\n\n"
            f"{tag}经济运行稳中有进。全年地区生产总值增长百分之五，城乡居民收入稳步提高，就业形势保持稳定。\n\n"
            f"二、今年工作<b>安排</b>\n\n推动高质量发展，加快建设现代化产业体系，扩大有效投资，培育瞪羚企业。\n\n"
            f"名词解释\n\n1.瞪羚企业：{tag}创业后跨过死亡谷进入高成长期的企业。\n")
    f = tmp_path / "hostile.txt"
    f.write_text(text, encoding="utf-8")
    return parse_file(f), tag, short


def _shown_literally(tip: str, literal: str) -> None:
    """Rendered as Qt renders a rich tooltip: the tag appears as characters and no image is in it."""
    assert "<img" not in tip
    doc = QTextDocument()
    doc.setHtml(tip) if QtGuiNs.mightBeRichText(tip) else doc.setPlainText(tip)
    assert literal in doc.toPlainText(), doc.toPlainText()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            assert not it.fragment().charFormat().isImageFormat()
            it += 1
        block = block.next()


def _walk(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        for col in range(model.columnCount(parent)):
            index = model.index(row, col, parent)
            yield index
            yield from _walk(model, index)


def test_outline_tooltips_show_headings_as_text(qtbot, hostile):
    report, tag, short = hostile
    model = OutlineModel(report)
    tips = [model.data(i, Qt.ItemDataRole.ToolTipRole) for i in _walk(model)]
    assert len(tips) >= 2
    _shown_literally(tips[0], short)
    _shown_literally(tips[1], "今年工作<b>安排</b>")
    for tip in tips:
        _shown_literally(tip, "")


def test_glossary_tooltips_show_definitions_as_text(qtbot, hostile):
    report, tag, _ = hostile
    assert report.glossary
    model = GlossaryModel()
    model.set_entries(report.glossary, [1] * len(report.glossary))
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    _shown_literally(tip, tag)


def _note(**kw):
    base = dict(key=("highlight", 1), kind="highlight", start=0, end=4, orphan=False, quote="", note="",
                note_format="text", colour="yellow", tags=(), status=None, target="", label="", ref="§1¶1",
                section="", section_order=0)
    return SimpleNamespace(**(base | kw))


@pytest.mark.parametrize("field", ["quote", "note", "label", "tags", "section"])
def test_notes_tooltips_show_document_text_as_text(qtbot, hostile, field):
    report, tag, _ = hostile
    value = (tag,) if field == "tags" else tag
    item = _note(**{field: value, "kind": "bookmark" if field == "label" else "highlight"})
    model = NotesModel()
    model.set_items([item])
    group = model.index(0, 0)
    item_tip = model.data(model.index(0, 0, group), Qt.ItemDataRole.ToolTipRole)
    assert item_tip == tooltip_body(item)
    _shown_literally(item_tip if field != "section" else model.data(group, Qt.ItemDataRole.ToolTipRole), tag)


def test_a_plain_note_with_markup_like_text_is_shown_as_typed(qtbot):
    tip = tooltip_body(_note(note="a &amp; b < c"))
    _shown_literally(tip, "a &amp; b < c")
