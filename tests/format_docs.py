"""Make PDF and Word documents from corpus reports, the way governments publish them.

The test suite makes every binary it reads: nothing here is committed as a file.

PDF (reportlab, the system CJK TrueType font): A4 pages, justified paragraphs with
a first-line indent, larger bold headings, bold lead sentences (fill+stroke, as Word
draws bold for CJK fonts without a bold face), a running header that alternates
between odd and even pages, a page number footer, footnotes at the bottom of the
page where they are referenced, and paragraphs that flow across pages. Variants: a 宋体
body with bold text in a regular 黑体 face (gothic_leads), hanging paragraphs (hanging).

Word (python-docx): heading styles, parts numbered by Word's own list numbering
(the number is not in the text), bold runs, real footnotes in word/footnotes.xml,
tables.
"""

from __future__ import annotations

import copy
import io
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from workreport.core.markup import _HTML_COMMENT, _MD_FRONT, _MD_UNCLOSED_COMMENT, _split_bold, parse_markdown
from workreport.core.textnorm import normalise_newlines, strip_zero_width

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
_LABEL = re.compile(r"^\[([^\]]+)\]\s*")
_CN_PART = re.compile(r"^([一二三四五六七八九十]{1,3})、")


@dataclass
class Para:
    text: str
    bold: list = field(default_factory=list)
    heading: int = 0
    refs: list = field(default_factory=list)  # [(start, end, label)]: "[label]" spans that are footnote refs
    table: list | None = None  # rows of cells, for a Markdown table


@dataclass
class Source:
    paras: list[Para]
    notes: dict  # label -> text (insertion order = order of definition)


def read_source(md_path: Path) -> Source:
    """The report as paragraphs with bold spans, headings and footnote refs (via the app's Markdown reader)."""
    text = strip_zero_width(normalise_newlines(Path(md_path).read_text(encoding="utf-8")))
    # what parse_markdown removes before it splits lines, so source lines and RawLines stay paired
    text = _MD_FRONT.sub("", text, count=1)
    text = _MD_UNCLOSED_COMMENT.sub("", _HTML_COMMENT.sub("", text))
    notes, paras = {}, []
    table_rows: list = []
    raw_lines = text.split("\n")
    for raw, line in zip(_logical_lines(raw_lines), parse_markdown(text), strict=False):
        if raw.strip().startswith("|") and "|" in raw.strip()[1:]:
            cells = [c.strip() for c in raw.strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", c or "-") for c in cells):
                table_rows.append([_split_bold(c)[0] for c in cells])
            continue
        if table_rows:
            paras.append(Para("", table=table_rows))
            table_rows = []
        if not line.text.strip():
            continue
        if line.footnote:
            m = _LABEL.match(line.text)
            notes[m.group(1)] = line.text[m.end():]
            continue
        paras.append(Para(line.text, list(line.bold), line.heading))
    if table_rows:
        paras.append(Para("", table=table_rows))
    for p in paras:
        for m in re.finditer(r"\[([^\]]+)\]", p.text):
            if m.group(1) in notes:
                p.refs.append((m.start(), m.end(), m.group(1)))
    return Source(paras, notes)


def _logical_lines(raw_lines):
    # parse_markdown keeps one RawLine per source line, except separator rows of tables, which it drops
    for raw in raw_lines:
        body = raw.strip()
        if body.startswith("|") and re.fullmatch(r"\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*", body):
            continue
        yield raw


# ---- PDF --------------------------------------------------------------------------------------

PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT = 72.0, 72.0
TOP_Y, BOTTOM_Y = PAGE_H - 92, 78.0
BODY, HEAD, NOTE = 12.0, 15.0, 9.0
LEAD_BODY, LEAD_HEAD, LEAD_NOTE = 20.0, 26.0, 13.0
_FONT = "WRCJK"
_SONG = "STSong-Light"  # Adobe's standard Chinese 宋体, referenced (not embedded) as a CID font


def _register_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT, str(CJK_FONT), subfontIndex=0))
        pdfmetrics.registerFont(UnicodeCIDFont(_SONG))


@dataclass
class _Glyph:
    ch: str
    bold: bool = False
    sup: bool = False


def _glyphs(p: Para) -> list[_Glyph]:
    bold = [False] * len(p.text)
    for s, e in p.bold:
        for i in range(s, min(e, len(p.text))):
            bold[i] = True
    out, i = [], 0
    refs = {s: (e, label) for s, e, label in p.refs}
    while i < len(p.text):
        if i in refs:
            e, label = refs[i]
            out.extend(_Glyph(c, False, True) for c in label)
            i = e
            continue
        out.append(_Glyph(p.text[i], bold[i] or p.heading > 0))
        i += 1
    return out


class _Typesetter:
    def __init__(self, header: str, gothic_leads: bool = False, hanging: bool = False):
        from reportlab.pdfbase import pdfmetrics

        self.width = pdfmetrics.stringWidth
        self.header = header
        # 公文 style: a 宋体 body with bold text set in a regular 黑体 face (no stroke); else one face, bold stroked
        self.body_font = _SONG if gothic_leads else _FONT
        self.gothic_leads = gothic_leads
        self.hanging = hanging  # first lines at the margin, the rest indented (Word's numbered lists)
        self.pages: list[dict] = []
        self.broken: list[str] = []  # paragraphs that run on over a page break
        self._widths: dict = {}
        self._new_page()

    def _w(self, ch: str, size: float, bold: bool = False) -> float:
        font = self._font(bold)
        key = (ch, size, font)
        if key not in self._widths:
            self._widths[key] = self.width(ch, font, size)
        return self._widths[key]

    def _font(self, bold: bool) -> str:
        return _FONT if bold and self.gothic_leads else self.body_font

    def _new_page(self):
        self.page = {"lines": [], "notes": []}
        self.pages.append(self.page)
        self.y = TOP_Y

    def _notes_height(self, notes) -> float:
        if not notes:
            return 0.0
        return 14 + sum(len(self._wrap([_Glyph(c) for c in t], NOTE, NOTE * 1.2)) for _, t in notes) * LEAD_NOTE

    def _wrap(self, glyphs, size, indent, rest_indent=0.0) -> list[list[_Glyph]]:
        avail = PAGE_W - LEFT - RIGHT
        lines, cur, width = [], [], indent
        for g in glyphs:
            w = self._w(g.ch, size * (0.6 if g.sup else 1), g.bold)
            if cur and width + w > avail:
                lines.append(cur)
                cur, width = [], rest_indent
            cur.append(g)
            width += w
        if cur:
            lines.append(cur)
        return lines

    def add(self, p: Para, notes: dict):
        size, lead = (HEAD, LEAD_HEAD) if p.heading else (BODY, LEAD_BODY)
        indent = 0.0 if p.heading or self.hanging else 2 * size
        rest = 2 * size if self.hanging and not p.heading else 0.0
        if p.heading:
            self.y -= 8
        lines = self._wrap(_glyphs(p), size, indent, rest)
        for k, line in enumerate(lines):
            labels = [g.ch for g in line if g.sup]
            new = [(lab, notes[lab]) for lab in _labels("".join(labels), notes)
                   if (lab, notes[lab]) not in self.page["notes"]]
            need = self._notes_height(self.page["notes"] + new)
            if self.y - lead < BOTTOM_Y + need and self.page["lines"]:
                self._new_page()
                need = self._notes_height(new)
                if k > 0:
                    self.broken.append(p.text)
            self.y -= lead
            last = k == len(lines) - 1
            self.page["lines"].append((self.y, indent if k == 0 else rest, size, line, not last))
            self.page["notes"].extend(new)

    def add_table(self, rows):
        for row in rows:
            self.add(Para("　".join(c for c in row if c)), {})

    def add_trailing_notes(self, notes: dict, used: set):
        for label, text in notes.items():
            if label not in used:
                if self.y - LEAD_BODY < BOTTOM_Y + self._notes_height(self.page["notes"] + [(label, text)]):
                    self._new_page()
                self.page["notes"].append((label, text))

    def render(self) -> bytes:
        from reportlab.pdfgen import canvas

        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
        total = len(self.pages)
        for n, page in enumerate(self.pages, start=1):
            self._draw_running(c, n, total)
            for y, indent, size, line, justify in page["lines"]:
                self._draw_line(c, LEFT + indent, y, size, line, justify, indent)
            self._draw_notes(c, page["notes"])
            c.showPage()
        c.save()
        return buf.getvalue()

    def _draw_running(self, c, n, total):
        c.setFont(_FONT, 9)
        if n % 2:
            c.drawRightString(PAGE_W - RIGHT, PAGE_H - 52, self.header)
        else:
            c.drawString(LEFT, PAGE_H - 52, self.header)
        c.setLineWidth(0.5)
        c.line(LEFT, PAGE_H - 56, PAGE_W - RIGHT, PAGE_H - 56)
        c.setFont(_FONT, 10)
        c.drawCentredString(PAGE_W / 2, 40, f"— {n} —")

    def _draw_line(self, c, x, y, size, line, justify, indent):
        natural = sum(self._w(g.ch, size * (0.6 if g.sup else 1), g.bold) for g in line)
        avail = PAGE_W - LEFT - RIGHT - indent
        space = (avail - natural) / (len(line) - 1) if justify and len(line) > 1 and avail > natural else 0.0
        c.saveState()  # the text render mode (bold) is graphics state: it must not leak into the next line
        t = c.beginText(x, y)
        t.setCharSpace(space)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.35)
        run: list[_Glyph] = []
        for g in line + [None]:
            if run and (g is None or (g.bold, g.sup) != (run[0].bold, run[0].sup)):
                first = run[0]
                t.setFont(self._font(first.bold), size * (0.6 if first.sup else 1))
                t.setRise(size * 0.38 if first.sup else 0)
                t.setTextRenderMode(2 if first.bold and not self.gothic_leads else 0)
                t.textOut("".join(x.ch for x in run))
                run = []
            if g is not None:
                run.append(g)
        c.drawText(t)
        c.restoreState()

    def _draw_notes(self, c, notes):
        if not notes:
            return
        lines = []
        for label, text in notes:
            wrapped = self._wrap([_Glyph(ch) for ch in text], NOTE, NOTE * 1.2)
            for k, w in enumerate(wrapped):
                lines.append((label if k == 0 else "", w))
        y = BOTTOM_Y + len(lines) * LEAD_NOTE
        c.setLineWidth(0.5)
        c.line(LEFT, y + 8, LEFT + 150, y + 8)
        for label, w in lines:
            t = c.beginText(LEFT, y)
            if label:
                t.setFont(_FONT, NOTE * 0.6)
                t.setRise(NOTE * 0.38)
                t.textOut(label)
                t.setRise(0)
            else:
                t.setXPos(NOTE * 1.2)
            t.setFont(_FONT, NOTE)
            t.textOut("".join(g.ch for g in w))
            c.drawText(t)
            y -= LEAD_NOTE


def _labels(sup: str, notes: dict) -> list[str]:
    out, i = [], 0
    while i < len(sup):
        for j in range(len(sup), i, -1):
            if sup[i:j] in notes:
                out.append(sup[i:j])
                i = j
                break
        else:
            i += 1
    return out


def make_pdf(md_path: Path, header: str = "政府工作报告", info: dict | None = None,
             gothic_leads: bool = False, hanging: bool = False) -> bytes:
    """The report as a PDF; `info` receives "broken": paragraphs that run over a page break, "pages".

    gothic_leads: a 宋体 body whose bold text is a regular 黑体 face (how 公文 set it) instead of stroked.
    """
    _register_font()
    src = read_source(md_path)
    ts = _Typesetter(header, gothic_leads, hanging)
    used = set()
    for p in src.paras:
        if p.table is not None:
            ts.add_table(p.table)
            continue
        ts.add(p, src.notes)
        used.update(label for _, _, label in p.refs)
    ts.add_trailing_notes(src.notes, used)
    if info is not None:
        info.update(broken=list(ts.broken), pages=len(ts.pages))
    return ts.render()


def make_scanned_pdf() -> bytes:
    """An image-only PDF: what a scanner produces (no text layer)."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (600, 800), 255)
    d = ImageDraw.Draw(img)
    for y in range(60, 760, 24):
        d.rectangle((60, y, 540, y + 10), fill=40)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    _register_font()
    for n in range(1, 4):
        c.drawImage(ImageReader(img), 0, 0, PAGE_W, PAGE_H)
        c.setFont(_FONT, 10)  # a scanner's software often stamps page numbers as text
        c.drawCentredString(PAGE_W / 2, 40, f"— {n} —")
        c.showPage()
    c.save()
    return buf.getvalue()


def make_encrypted_pdf(md_path: Path) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H),
                      encrypt=StandardEncryption("user-secret", "owner-secret", strength=128))
    c.setFont(_FONT, 12)
    for k, line in enumerate(Path(md_path).read_text(encoding="utf-8").splitlines()[:40]):
        c.drawString(LEFT, TOP_Y - k * 18, line[:40])
    c.showPage()
    c.save()
    return buf.getvalue()


# ---- Word -------------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def make_docx(md_path: Path, numbered_parts: bool = True) -> bytes:
    """A .docx: headings in heading styles, 一、 parts by Word list numbering, bold runs, real footnotes."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    src = read_source(md_path)
    doc = docx.Document()
    num_id = _add_chinese_numbering(doc) if numbered_parts else None
    note_ids: dict = {}
    for p in src.paras:
        if p.table is not None:
            ncols = max(len(r) for r in p.table)
            table = doc.add_table(rows=len(p.table), cols=ncols)
            for r, row in enumerate(p.table):
                for k, cell in enumerate(row):
                    table.cell(r, k).text = cell
            continue
        text, bold, refs = p.text, p.bold, p.refs
        m = _CN_PART.match(text)
        if p.heading:
            para = doc.add_paragraph(style=f"Heading {min(p.heading, 9)}")
        else:
            para = doc.add_paragraph()
        if num_id is not None and m and (p.heading or (bold and bold[0][0] == 0)):
            # the 一、 label becomes Word numbering: the number is no longer in the text
            cut = m.end()
            text = text[cut:]
            bold = [(max(0, s - cut), e - cut) for s, e in bold if e > cut]
            refs = [(s - cut, e - cut, lab) for s, e, lab in refs]
            ppr = para._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
        _add_runs(para, text, bold, refs, note_ids, parse_xml, qn)
    if note_ids:
        _add_footnotes(doc, src.notes, note_ids)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _add_runs(para, text, bold, refs, note_ids, parse_xml, qn):
    cuts = sorted({0, len(text), *(x for s, e in bold for x in (s, e)), *(x for s, e, _ in refs for x in (s, e))})
    ref_at = {s: lab for s, _, lab in refs}
    for a, b in pairwise(cuts):
        if a in ref_at:
            label = ref_at[a]
            nid = note_ids.setdefault(label, len(note_ids) + 1)
            run = para.add_run()
            run._r.append(parse_xml(f'<w:rPr xmlns:w="{_W}"><w:vertAlign w:val="superscript"/></w:rPr>'))
            run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{_W}" w:id="{nid}"/>'))
            continue
        run = para.add_run(text[a:b])
        if any(s <= a and b <= e for s, e in bold):
            run.bold = True


def _add_chinese_numbering(doc) -> int:
    from docx.oxml import parse_xml

    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(f"{{{_W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def _add_footnotes(doc, notes: dict, note_ids: dict):
    from xml.sax.saxutils import escape

    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = [f'<w:footnotes xmlns:w="{_W}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
            '</w:footnote>']
    for label, nid in note_ids.items():
        body.append(f'<w:footnote w:id="{nid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(notes[label])}</w:t></w:r>'
                    '</w:p></w:footnote>')
    body.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, "".join(body).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, _FOOTNOTES_RT)


def make_junk_docx() -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "not a word document")
        z.writestr("data/blob.bin", bytes(range(256)) * 8)
    return buf.getvalue()


def make_ole_doc() -> bytes:
    """The first bytes of a Word 97-2003 (OLE compound file) document, and filler."""
    return bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + b"\x00" * 4096


def copy_para(p: Para) -> Para:
    return copy.deepcopy(p)
