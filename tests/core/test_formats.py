"""PDF and Word reports: parse parity with the text file, layout recovery, bad files, notes that survive.

Every PDF and .docx here is made by the suite from a corpus report (tests/format_docs.py).
"""

import functools
import io
import re
import subprocess
import sys
import zipfile

import pytest
from conftest import DATA, ROOT
from format_docs import make_docx, make_encrypted_pdf, make_junk_docx, make_ole_doc, make_pdf, make_scanned_pdf

from workreport.core import documents, errors
from workreport.core.docx import docx_markdown
from workreport.core.docx_numbering import Numbering, chinese_number, format_number
from workreport.core.parser import parse_file, parse_text
from workreport.core.pdf import pdf_markdown
from workreport.core.targets import extract_targets

CORPUS = DATA / "corpus"
# national, province, city and prefecture; with a glossary (名词解释 section or footnotes) and without
PARITY = [
    "national/national-2024.md",  # Markdown headings
    "national/national-2019.md",
    "province/四川省-2021.md",  # glossary
    "province/浙江省-2019.md",  # bold lead sentences
    "city/北京市-2014.md",  # glossary
    "city/沈阳市-2014.md",
    "city/海口市-2023.md",  # glossary, bold topic leads
    "prefecture/乌海市-2021.md",  # glossary as footnotes
    "prefecture/通化市-2023.md",
    "prefecture/凉山彝族自治州-2025.md",  # glossary
]
DOCX_ONLY = ["city/广州市-2017.md"]  # tables (the PDF typesetter collapses runs of spaces in its cells)


@functools.cache
def pdf_of(rel: str) -> bytes:
    return make_pdf(CORPUS / rel)


@functools.cache
def docx_of(rel: str) -> bytes:
    return make_docx(CORPUS / rel)


def parse_bytes(tmp_path, data: bytes, name: str):
    path = tmp_path / name
    path.write_bytes(data)
    return parse_file(path)


def signature(report):
    return ([n.to_dict() for n in report.outline], [e.to_dict() for e in report.glossary],
            [t.to_dict() for t in extract_targets(report)])


@functools.cache
def text_signature(rel: str):
    report = parse_file(CORPUS / rel)
    return report.text, signature(report)


def assert_parity(rel, report):
    text, (outline, glossary, targets) = text_signature(rel)
    got_outline, got_glossary, got_targets = signature(report)
    assert got_outline == outline
    assert got_glossary == glossary
    assert got_targets == targets
    assert report.text == text  # so anchors made on the text file fit the PDF too
    assert outline and (glossary or "glossary" not in rel)


# ---- parity ------------------------------------------------------------------------------------

def test_parity_set_covers_every_level_with_and_without_glossary():
    levels = {rel.split("/")[0] for rel in PARITY}
    assert levels == {"national", "province", "city", "prefecture"} and len(PARITY) >= 8
    with_glossary = [rel for rel in PARITY if text_signature(rel)[1][1]]
    assert 3 <= len(with_glossary) < len(PARITY)


@pytest.mark.parametrize("rel", PARITY)
def test_pdf_parses_like_the_text_file(rel, tmp_path):
    assert_parity(rel, parse_bytes(tmp_path, pdf_of(rel), "report.pdf"))


@pytest.mark.parametrize("rel", PARITY + DOCX_ONLY)
def test_docx_parses_like_the_text_file(rel, tmp_path):
    assert_parity(rel, parse_bytes(tmp_path, docx_of(rel), "report.docx"))


# ---- PDF layout ----------------------------------------------------------------------------------

def test_pdf_running_header_and_page_numbers_are_removed():
    rel = "national/national-2024.md"
    md, warnings = pdf_markdown(pdf_of(rel), "r.pdf")
    assert not warnings
    source = (CORPUS / rel).read_text(encoding="utf-8")
    # the header repeats the title on every page: only the report's own title line is left
    assert md.count("政府工作报告") == source.count("政府工作报告")
    assert "— 2 —" not in md and "—\u00a02\u00a0—" not in md
    assert not any(line.strip().strip("—- ").isdigit() for line in md.splitlines())


def test_pdf_paragraphs_broken_over_a_page_are_joined(tmp_path):
    rel = "province/四川省-2021.md"
    info = {}
    data = make_pdf(CORPUS / rel, info=info)
    assert info["pages"] > 10 and len(info["broken"]) >= 5
    report = parse_bytes(tmp_path, data, "r.pdf")
    blocks = {b.text for b in report.blocks}
    source_blocks = {b.text for b in parse_file(CORPUS / rel).blocks}
    for text in info["broken"]:
        whole = [b for b in source_blocks if text in b or b in text]
        assert whole and all(b in blocks for b in whole)


def test_pdf_headings_by_size_and_bold_leads_by_weight():
    md, _ = pdf_markdown(pdf_of("national/national-2024.md"), "r.pdf")
    assert re.search(r"\n#{1,3} 一、2023年工作回顾\n", md)  # larger than the body text: a Markdown heading
    md, _ = pdf_markdown(pdf_of("city/海口市-2023.md"), "r.pdf")
    assert md.count("**") >= 100  # bold (fill+stroke) spans of the topic sentences


def test_pdf_footnotes_are_kept_apart_and_become_the_glossary(tmp_path):
    rel = "prefecture/乌海市-2021.md"
    md, _ = pdf_markdown(pdf_of(rel), "r.pdf")
    body, _, notes = md.partition("\n[^1]: ")
    assert "河湖“清四乱”[^1]" in body  # the superscript reference stays in its sentence
    assert "是指在全国范围内" not in body  # the footnote text is not mixed into the page's paragraphs
    assert notes.count("[^") == 4
    report = parse_bytes(tmp_path, pdf_of(rel), "r.pdf")
    assert [e.term for e in report.glossary][:2] == ["河湖“清四乱”", "“八个一样”"]


def test_pdf_text_is_the_same_every_time():
    data = pdf_of("city/北京市-2014.md")
    assert pdf_markdown(data, "a.pdf")[0] == pdf_markdown(bytes(data), "b.pdf")[0]


def test_pdf_sniffed_by_content_not_name(tmp_path):
    report = parse_bytes(tmp_path, pdf_of("prefecture/通化市-2023.md"), "saved-as.txt")
    assert report.outline and report.text == text_signature("prefecture/通化市-2023.md")[0]


# ---- Word ----------------------------------------------------------------------------------------

def test_docx_numbering_is_drawn_from_numbering_xml():
    data = docx_of("national/national-2024.md")
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "一、2023年工作回顾" not in xml and "2023年工作回顾" in xml  # Word stores only the title
    md, _ = docx_markdown(data, "r.docx")
    assert "\n## 一、2023年工作回顾\n" in md and "\n## 三、" in md


def test_docx_footnotes_feed_the_glossary(tmp_path):
    report = parse_bytes(tmp_path, docx_of("prefecture/乌海市-2021.md"), "r.docx")
    assert len(report.glossary) == 5
    assert report.glossary[0].definition.startswith("是指在全国范围内")


def test_docx_tables_become_rows_of_text(tmp_path):
    report = parse_bytes(tmp_path, docx_of("city/广州市-2017.md"), "r.docx")
    assert "序号\u3000民生领域\u3000具体内容" in report.text.split("\n")


def test_number_formats():
    assert [chinese_number(n) for n in (1, 10, 11, 20, 23, 100, 105, 110)] == \
        ["一", "十", "十一", "二十", "二十三", "一百", "一百零五", "一百一十"]
    assert format_number(3, "decimalEnclosedCircle") == "③"
    assert format_number(2, "ideographTraditional") == "乙"
    assert format_number(4, "upperRoman") == "IV" and format_number(28, "lowerLetter") == "bb"
    assert format_number(5, "bullet") == ""


def test_numbering_levels_restart_under_a_new_parent():
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    root = parse_xml(
        f'<w:numbering xmlns:w="{w}"><w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    n = Numbering(root)
    got = [n.label("7", lv) for lv in (0, 1, 1, 2, 2, 0, 1, 2)]
    assert got == ["一、", "（一）", "（二）", "1.", "2.", "二、", "（一）", "1."]
    assert n.label("99", 0) == "" and n.label("0", 0) == ""


def _docx_with(body_xml: str, footnotes: dict | None = None, styles=(), endnotes: dict | None = None) -> bytes:
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    from docx.enum.style import WD_STYLE_TYPE

    doc = docx.Document()
    for name in styles:
        doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    body = doc.element.body
    for el in parse_xml(f'<w:body xmlns:w="{w}">{body_xml}</w:body>'):
        body.insert(len(body) - 1, el)  # before sectPr
    if footnotes:
        notes = "".join(f'<w:footnote w:id="{k}"><w:p><w:r><w:t>{v}</w:t></w:r></w:p></w:footnote>'
                        for k, v in footnotes.items())
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    f'<w:footnotes xmlns:w="{w}">{notes}</w:footnotes>'.encode(), doc.part.package)
        doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
    if endnotes:
        notes = "".join(f'<w:endnote w:id="{k}"><w:p><w:r><w:t>{v}</w:t></w:r></w:p></w:endnote>'
                        for k, v in endnotes.items())
        part = Part(PackURI("/word/endnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                    f'<w:endnotes xmlns:w="{w}">{notes}</w:endnotes>'.encode(), doc.part.package)
        doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_docx_notes_that_explain_no_term_stay_out_of_the_glossary():
    data = _docx_with(
        '<w:p><w:r><w:t>推进“放管服”改革</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r>'
        '<w:r><w:t>，地区生产总值增长6%</w:t></w:r><w:r><w:footnoteReference w:id="4"/></w:r>'
        '<w:r><w:t>。</w:t></w:r></w:p>',
        {3: "“放管服”：简政放权、放管结合、优化服务的简称。", 4: "数据来源于市统计局初步核算。"})
    md, _ = docx_markdown(data, "r.docx")
    assert "推进“放管服”改革[^1]，地区生产总值增长6%[^2]。" in md
    assert "[^1]: “放管服”：简政放权" in md  # a term explained: a footnote the glossary reads
    assert "\n[2]数据来源于市统计局初步核算。" in md and "[^2]:" not in md


def test_docx_leaves_out_deleted_and_hidden_text_and_keeps_inserted():
    data = _docx_with(
        '<w:p><w:r><w:t>保持</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>删掉</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>稳定</w:t></w:r></w:ins>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>增长</w:t></w:r></w:p>')
    md, _ = docx_markdown(data, "r.docx")
    assert md.strip() == "保持稳定**增长**"


# ---- bad files -----------------------------------------------------------------------------------

def _truncated_pdf() -> bytes:
    data = pdf_of("city/沈阳市-2014.md")
    return data[:len(data) // 2]


BAD_FILES = {
    "scanned.pdf": (make_scanned_pdf, errors.ScannedDocumentError, "no text layer"),
    "locked.pdf": (lambda: make_encrypted_pdf(CORPUS / "city/沈阳市-2014.md"), errors.EncryptedFileError, "password"),
    "truncated.pdf": (_truncated_pdf, errors.DamagedFileError, "incomplete"),
    "junk.docx": (make_junk_docx, errors.UnsupportedFormatError, "not a Word document"),
    "report.doc": (make_ole_doc, errors.UnsupportedFormatError, "soffice --headless --convert-to docx"),
    "report.wps": (make_ole_doc, errors.UnsupportedFormatError, "WPS"),
    "not-a-zip.docx": (lambda: b"PK\x03\x04" + bytes(range(256)) * 4, errors.DamagedFileError, "damaged"),
    "web-page.pdf": (lambda: b"<html><body>404 Not Found</body></html>", errors.DamagedFileError, "not a PDF"),
    "rich-text.doc": (lambda: b"{\\rtf1\\ansi \\u25919?\\u24220?}", errors.UnsupportedFormatError, "RTF"),
    "web-archive.doc": (lambda: b"MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n",
                        errors.UnsupportedFormatError, "MHT"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_raises_a_documented_error(name, tmp_path):
    make, error, words = BAD_FILES[name]
    with pytest.raises(error, match=words):
        parse_bytes(tmp_path, make(), name)


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_gives_one_clear_line_from_the_cli(name, tmp_path):
    make, _, words = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(make())
    r = subprocess.run([sys.executable, "-m", "workreport", "outline", str(path)], capture_output=True, text=True,
                       env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin",
                            "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workreport: error: ") and words in lines[0]
    assert "Traceback" not in r.stderr


def test_damaged_pdf_body_gives_a_message_not_a_crash(tmp_path):
    data = bytearray(pdf_of("city/沈阳市-2014.md"))
    for i in range(2000, len(data) - 4000, 997):  # scribble over objects and streams, keep the end marker
        data[i:i + 40] = b"\x00" * 40
    try:
        report = parse_bytes(tmp_path, bytes(data), "scribbled.pdf")
    except errors.ReportError as exc:
        assert str(exc)
    else:
        assert report.text


# ---- the suffix list ----------------------------------------------------------------------------

def test_one_list_of_suffixes_for_dialogs_imports_and_the_loader(tmp_path):
    from workreport.core.library_entry import REPORT_SUFFIXES, report_files

    assert REPORT_SUFFIXES == documents.REPORT_SUFFIXES
    assert {".pdf", ".docx", ".doc", ".wps", ".txt"} <= set(REPORT_SUFFIXES)
    for name in ("a.pdf", "b.docx", "c.txt", "d.png"):
        (tmp_path / name).write_bytes(b"x")
    assert sorted(p.rsplit("/", 1)[-1] for p in report_files([tmp_path])) == ["a.pdf", "b.docx", "c.txt"]
    translated = documents.with_report_patterns("报告 (*.txt *.md *.markdown *.html *.htm);;所有文件 (*)")
    assert translated.startswith("报告 (*.txt") and "*.pdf *.docx *.doc *.wps)" in translated


def test_library_prepares_pdf_and_docx(tmp_path):
    from workreport.core.library_entry import PreparedReport, prepare

    rel = "city/北京市-2014.md"
    for name, data in (("bj.pdf", pdf_of(rel)), ("bj.docx", docx_of(rel))):
        (tmp_path / name).write_bytes(data)
        got = prepare(str(tmp_path / name))
        assert isinstance(got, PreparedReport) and got.text == text_signature(rel)[0]
    (tmp_path / "old.doc").write_bytes(make_ole_doc())
    failure = prepare(str(tmp_path / "old.doc"))
    assert "convert" in failure.reason


# ---- notes ---------------------------------------------------------------------------------------

def test_a_note_on_a_pdf_survives_reopening_the_file(tmp_path):
    from workreport.store import open_store
    from workreport.store.notes_adapter import NotesAdapter

    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_of("prefecture/乌海市-2021.md"))
    first = parse_file(path)
    block = next(b for b in first.blocks[40:] if b.kind == "paragraph" and len(b.text) > 80)
    start, end = block.start + 10, block.start + 40
    with open_store() as store:
        note = NotesAdapter(store, first).add_highlight(start, end, note="PDF上的批注")
    again = parse_file(path)
    assert again.digest == first.digest
    with open_store() as store:
        views = NotesAdapter(store, again).items()
    (view,) = [v for v in views if v.key == note.key]
    assert not view.orphan and view.placement == "position"
    assert (view.start, view.end) == (start, end) and again.text[start:end] == first.text[start:end]
    assert view.note == "PDF上的批注"


def test_parse_text_of_front_end_output_is_markdown():
    md, _ = docx_markdown(docx_of("national/national-2019.md"), "r.docx")
    assert parse_text(md, documents.MARKDOWN_SUFFIX).fmt == "markdown"


# ---- headings without numbers ------------------------------------------------------------------

_PARAGRAPH = ("我们坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险、保稳定各项工作，"
              "经济社会发展取得新的成绩，地区生产总值增长百分之六，城乡居民收入稳步提高。")


@pytest.mark.parametrize("mark", ["## {}", "**{}**"])
def test_pdf_unnumbered_headings_by_size_or_weight_reach_the_outline(mark, tmp_path):
    titles = ["过去一年的工作回顾", "今年的主要目标任务", "全面加强政府自身建设"]
    lines = ["**某市政府工作报告**", "各位代表："]
    for title in titles:
        lines += [mark.format(title)] + [_PARAGRAPH] * 6
    md = tmp_path / "report.md"
    md.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    want = parse_file(md)
    assert [n.title for n in want.outline] == titles
    got = parse_bytes(tmp_path, make_pdf(md), "report.pdf")
    assert [n.to_dict() for n in got.outline] == [n.to_dict() for n in want.outline]
    assert got.text == want.text


def test_frozen_build_keeps_the_pdfium_library():
    sys.path.insert(0, str(ROOT / "build_spec"))
    import lean

    binaries = [("pypdfium2_raw/libpdfium.so", "/site/pypdfium2_raw/libpdfium.so", "BINARY"),
                ("libunused.so.1", "/usr/lib/libunused.so.1", "BINARY")]
    kept, dropped = lean.prune_unreferenced(binaries, lambda src: [])
    assert [d for d, _, _ in kept] == ["pypdfium2_raw/libpdfium.so"]
    assert "lxml.objectify" in lean.EXCLUDED_MODULES and "lxml" not in lean.EXCLUDED_MODULES
    assert not lean.keep_data("docx/templates/default-docx-template/word/styles.xml")
    assert lean.keep_data("docx/templates/default-styles.xml")


def test_docx_table_of_contents_is_left_out():
    data = _docx_with(
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        '<w:sdtContent><w:p><w:r><w:t>一、过去一年工作回顾……3</w:t></w:r></w:p></w:sdtContent></w:sdt>'
        '<w:p><w:pPr><w:pStyle w:val="toc1"/></w:pPr><w:r><w:t>二、今年工作安排……9</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>各位代表：</w:t></w:r></w:p>', styles=("toc 1",))
    md, _ = docx_markdown(data, "r.docx")
    assert md.strip() == "各位代表："


def test_pdf_table_of_contents_entries_are_left_out(tmp_path):
    src = CORPUS / "national/national-2024.md"
    lines = src.read_text(encoding="utf-8").split("\n")
    toc = ["目　录", "一、2023年工作回顾…………………………………1", "二、2024年经济社会发展总体要求和政策取向……6",
           "三、2024年政府工作任务………………………………………9"]
    md = tmp_path / "with-toc.md"
    md.write_text("\n\n".join(toc) + "\n\n" + "\n".join(lines), encoding="utf-8")
    report = parse_bytes(tmp_path, make_pdf(md), "with-toc.pdf")
    want = parse_file(src)
    assert [n.to_dict() for n in report.outline] == [n.to_dict() for n in want.outline]


@pytest.mark.parametrize("rel", ["city/海口市-2023.md", "province/浙江省-2019.md", "national/national-2024.md"])
def test_pdf_in_song_with_gothic_leads_parses_like_the_text_file(rel, tmp_path):
    # 公文 style: a 宋体 body (a CID font the PDF only names) with bold lead sentences in a regular 黑体 face
    data = make_pdf(CORPUS / rel, gothic_leads=True)
    assert b"STSong-Light" in data
    assert_parity(rel, parse_bytes(tmp_path, data, "report.pdf"))


@pytest.mark.parametrize("rel", ["city/北京市-2014.md", "prefecture/乌海市-2021.md", "province/四川省-2021.md"])
def test_pdf_with_hanging_paragraphs_parses_like_the_text_file(rel, tmp_path):
    # first lines at the margin and the rest indented (how Word sets numbered lists and some glossaries)
    assert_parity(rel, parse_bytes(tmp_path, make_pdf(CORPUS / rel, hanging=True), "report.pdf"))


def test_docx_endnotes_feed_the_glossary_too(tmp_path):
    body = "".join(f'<w:p><w:r><w:t>{i}、第{i}部分</w:t></w:r></w:p><w:p><w:r><w:t>推进{term}建设</w:t></w:r>'
                   f'<w:r><w:endnoteReference w:id="{k + 2}"/></w:r>'
                   '<w:r><w:t>，取得新进展，各项工作稳步推进。</w:t></w:r></w:p>'
                   for k, (i, term) in enumerate(zip("一二三", ("数字政府", "海绵城市", "智慧社区"), strict=True)))
    data = _docx_with(body, endnotes={2: "数字政府：以数据驱动的政府治理方式。",
                                      3: "海绵城市：雨水能吸纳、蓄渗和缓释的城市。",
                                      4: "智慧社区：以信息技术服务居民的社区。"})
    path = tmp_path / "endnotes.docx"
    path.write_bytes(data)
    report = parse_file(path)
    assert [(e.term, e.number) for e in report.glossary] == [("数字政府", "1"), ("海绵城市", "2"), ("智慧社区", "3")]
    assert "推进数字政府建设[1]，" in report.text


def _line(text: str, y: float, x0: float = 72.0, size: float = 12.0, width: float = 451.0):
    from workreport.core.pdf_layout import Char, Line

    step = width / max(len(text), 1) if x0 == 72.0 else size * 0.6
    return Line([Char(ch, x0 + k * step, x0 + (k + 1) * step, y, size) for k, ch in enumerate(text)])


def test_pdf_layout_joins_a_hyphenated_english_word_but_keeps_real_hyphens():
    from workreport.core.pdf_layout import Page, layout_markdown

    lines = [_line("各位代表：这是一段很长的中文报告正文，用来确定版心的左右边界和行距。", 700 - 20 * k)
             for k in range(6)]
    lines += [_line("The digital economy keeps growing and the informa-", 580),
              _line("tion industry grew by COVID-", 560), _line("19 standards。", 540, width=80)]
    md = layout_markdown([Page(0, 595, 842, lines)])
    assert "the information industry grew by COVID-19 standards。" in md


def test_a_doc_that_is_really_a_web_page_is_read_as_html(tmp_path):
    source = (CORPUS / "city/沈阳市-2014.md").read_text(encoding="utf-8")
    body = "".join(f"<p>{line}</p>" for line in source.splitlines() if line.strip())
    path = tmp_path / "saved-from-word.doc"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    report = parse_file(path)
    assert report.fmt == "html" and [n.title for n in report.outline] == \
        [n.title for n in parse_file(CORPUS / "city/沈阳市-2014.md").outline]
