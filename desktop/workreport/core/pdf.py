"""PDF front end: the text layer of a PDF (pypdfium2) as the Markdown the parser reads.

Reading happens here: characters with their position, size and weight,
grouped into lines per page. What the lines mean (running headers and
footers, paragraphs, headings, footnotes) is decided in pdf_layout from
geometry alone, so the same file always gives the same text and notes
anchored to it survive re-opening.

Refused with a sentence: encrypted files, damaged or cut-off files, and
scanned PDFs without a text layer (OCR is out of scope).
"""

from __future__ import annotations

import ctypes
import logging

from .errors import DamagedFileError, EncryptedFileError, ScannedDocumentError, TooLargeError
from .pdf_layout import Char, Line, Page, layout_markdown

log = logging.getLogger(__name__)

MAX_PAGES = 3000  # a work report has 10-60 pages; thousands of pages is not a report
MIN_TEXT_CHARS = 20  # fewer characters in the whole text layer: the pages are images
MIN_CHARS_PER_PAGE = 40  # a page of report text has 500 or more; page numbers or a stamp alone are far fewer
_END_MARKER_WINDOW = 2048  # a complete PDF ends with %%EOF (and maybe a little padding)
_PDFIUM_LINE_END_HYPHEN = 2  # pdfium's code for a "-" at the end of a line
_IDEOGRAPHIC_SPACE_GAP = 0.75  # share of the font size
_FPDF_ERR_PASSWORD = 4
_FPDF_ERR_SECURITY = 5
_RENDER_STROKES = (1, 2, 5, 6)  # stroke, fill+stroke (and with clipping): how Word draws bold for CJK fonts
_BOLD_WEIGHT = 600
_FORCE_BOLD_FLAG = 1 << 18
_BOLD_NAME_MARKS = ("bold", "heavy", "black", "semibold", "demibold")
# Gothic (黑体) faces: Chinese documents set lead sentences and headings in 黑体 within a 宋体/仿宋 body, so
# a gothic face in a non-gothic body stands out like bold (SimHei, STHeiti, YaHei, Source Han Sans, …)
_GOTHIC_NAME_MARKS = ("hei", "hansans", "sanscjk", "gothic")


def pdf_markdown(data: bytes, name: str) -> tuple[str, list[str]]:
    """(Markdown text, warnings) from the bytes of a PDF; ReportError when it cannot be read."""
    import pypdfium2 as pdfium

    warnings: list[str] = []
    tail = data[-_END_MARKER_WINDOW:]
    if b"%%EOF" not in tail:
        raise DamagedFileError(f"{name} is incomplete: the PDF ends before its end marker, so it was probably "
                               f"cut off while downloading or copying. Download or copy it again.")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (_FPDF_ERR_PASSWORD, _FPDF_ERR_SECURITY):
            raise EncryptedFileError(f"{name} is protected by a password. Open it in a PDF reader, enter the "
                                     f"password and save or print it as a PDF without a password, then open "
                                     f"that copy.") from None
        raise DamagedFileError(f"{name} is damaged and cannot be read as a PDF ({exc}). Download or copy it "
                               f"again, or save it again from the program that made it.") from None
    try:
        if len(doc) > MAX_PAGES:
            raise TooLargeError(f"{name} has {len(doc)} pages; a work report has far fewer "
                                f"(limit {MAX_PAGES}).")
        pages = [_read_page(doc, i) for i in range(len(doc))]
    finally:
        doc.close()
    text_chars = sum(1 for p in pages for line in p.lines for c in line.chars if not c.ch.isspace())
    if text_chars < max(MIN_TEXT_CHARS, MIN_CHARS_PER_PAGE * len(pages)):
        raise ScannedDocumentError(f"{name} has no text layer: its pages are images (a scanned document). "
                                   f"This app reads text only; run it through OCR first (for example "
                                   f"ocrmypdf) or find a text version of the report.")
    unmapped = sum(p.unmapped for p in pages)
    if unmapped > text_chars * 0.05:
        warnings.append(f"{name}: {unmapped} characters have no Unicode mapping in the PDF's fonts and may "
                        f"show as wrong characters.")
    return layout_markdown(pages), warnings


class _Styles:
    """Whether a character is drawn heavy: by its text object's render mode and its font.

    Looked up once per text object (by address) and once per font.
    """

    def __init__(self, raw):
        self.raw = raw
        self.objects: dict[int, tuple[float, float, bool, bool]] = {}
        self.fonts: dict[int, tuple[bool, bool]] = {}
        self.buf = ctypes.create_string_buffer(256)
        # the same C functions taking and returning plain addresses: no ctypes cast per character or object
        self.object_address = _twin(raw.FPDFText_GetTextObject, ctypes.c_void_p)
        self.font_address = _twin(raw.FPDFTextObj_GetFont, ctypes.c_void_p, by_address=True)
        self.get_matrix = _twin(raw.FPDFPageObj_GetMatrix, raw.FPDFPageObj_GetMatrix.restype, by_address=True)
        self.get_size = _twin(raw.FPDFTextObj_GetFontSize, raw.FPDFTextObj_GetFontSize.restype, by_address=True)
        self.render_mode = _twin(raw.FPDFTextObj_GetTextRenderMode, raw.FPDFTextObj_GetTextRenderMode.restype,
                                 by_address=True)
        self.matrix = raw.FS_MATRIX()
        self.size = ctypes.c_float()

    def of(self, tp, index: int) -> tuple[float, float, bool, bool] | None:
        """(size, baseline, bold, gothic) of the character's text object; None for characters without one."""
        address = self.object_address(tp, index)
        if not address:
            return None
        found = self.objects.get(address)
        if found is None:
            found = self.objects[address] = self._object_style(address)
        return found

    def _object_style(self, address: int) -> tuple[float, float, bool, bool]:
        # all characters of one text object share its matrix: size and baseline per object, not per character
        matrix, size = self.matrix, self.size
        self.get_matrix(address, matrix)
        self.get_size(address, size)
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
        stroked = self.render_mode(address) in _RENDER_STROKES
        heavy, gothic = self._font(address)
        return round(size.value * scale, 2), matrix.f, stroked or heavy, gothic

    def _font(self, obj) -> tuple[bool, bool]:
        """(heavy, gothic) of the object's font, cached per font."""
        font = self.font_address(obj)
        if not font:
            return False, False
        found = self.fonts.get(font)
        if found is None:
            found = self.fonts[font] = self._font_facts(ctypes.cast(font, self.raw.FPDF_FONT))
        return found

    def _font_facts(self, font) -> tuple[bool, bool]:
        raw = self.raw
        n = raw.FPDFFont_GetBaseFontName(font, self.buf, len(self.buf))
        name = self.buf.raw[:max(0, n - 1)].decode("latin-1", "replace").split("+", 1)[-1].lower()
        heavy = (raw.FPDFFont_GetWeight(font) >= _BOLD_WEIGHT or bool(raw.FPDFFont_GetFlags(font) & _FORCE_BOLD_FLAG)
                 or any(mark in name for mark in _BOLD_NAME_MARKS))
        return heavy, any(mark in name for mark in _GOTHIC_NAME_MARKS)


def _twin(fn, restype, by_address: bool = False):
    """The same C function with another result type, and (by_address) taking its first argument as an address."""
    twin = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
    twin.argtypes = ([ctypes.c_void_p] + list(fn.argtypes[1:])) if by_address else fn.argtypes
    twin.restype = restype
    return twin


def _read_page(doc, index: int) -> Page:
    import pypdfium2.raw as raw

    page = doc[index]
    try:
        width, height = page.get_size()
        left, bottom, right, top = page.get_bbox()  # the visible area (crop box) in page space
        textpage = page.get_textpage()
        try:
            chars, unmapped = _page_chars(raw, textpage.raw)
        finally:
            textpage.close()
    finally:
        page.close()
    # text drawn outside the visible area (clipped remains of the previous page, hidden stamps) is not read
    chars = [c for c in chars if left - 1 <= c.x0 <= right + 1 and bottom - 1 <= c.y <= top + 1]
    return Page(index, width, height, _lines(chars), unmapped)


def _page_chars(raw, tp) -> tuple[list[Char], int]:
    n = raw.FPDFText_CountChars(tp)
    styles = _Styles(raw)
    box = raw.FS_RECTF()
    out: list[Char] = []
    unmapped = 0
    for i in range(max(n, 0)):
        code = raw.FPDFText_GetUnicode(tp, i)
        if code == _PDFIUM_LINE_END_HYPHEN:
            code = ord("-")
        if code in (0, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
            unmapped += 1
            continue
        ch = chr(code)
        if ch in "\r\n" or (ch < " " and ch != "\t"):
            continue
        style = styles.of(tp, i)
        if style is None:
            if ch == " ":
                # pdfium writes the document's own spaces as generated ones (and adds some for wide gaps)
                if out and out[-1].ch != " ":
                    prev = out[-1]
                    out.append(Char(" ", prev.x1, prev.x1, prev.y, prev.size, prev.bold, prev.gothic))
                continue
            style = _char_style(raw, tp, i)  # a character without a text object: ask for it alone
        size, baseline, bold, gothic = style
        if raw.FPDFText_HasUnicodeMapError(tp, i) == 1:
            unmapped += 1
        raw.FPDFText_GetLooseCharBox(tp, i, box)  # x extent by the glyph's advance, not its ink
        x0, x1 = box.left, box.right
        if x1 < x0:
            x0, x1 = x1, x0
        if out and out[-1].ch == " " and len(out) > 1 and x0 - out[-2].x1 >= _IDEOGRAPHIC_SPACE_GAP * size:
            out[-1].ch = "\u3000"  # a gap of a full character: the full-width space of Chinese text
        out.append(Char(ch, x0, x1, baseline, size, bold, gothic))
    return out, unmapped


def _char_style(raw, tp, i: int) -> tuple[float, float, bool, bool]:
    x, y = ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharOrigin(tp, i, ctypes.byref(x), ctypes.byref(y))
    return round(raw.FPDFText_GetFontSize(tp, i), 2), y.value, False, False


def _lines(chars: list[Char]) -> list[Line]:
    """Characters in content order grouped into lines, then ordered top to bottom."""
    lines: list[Line] = []
    cur: list[Char] = []
    base = size = 0.0
    for c in chars:
        if cur:
            rise = c.y - base
            back = c.x0 < cur[-1].x0 - 2 * size
            if not back and c.size > 1.2 * size and -0.6 * c.size < rise < 0.3 * c.size:
                base, size = c.y, c.size  # the line began with a superscript (a footnote's number)
            elif rise > 0.7 * size or rise < -0.3 * size or back:
                lines.append(Line(cur))
                cur = []
        if not cur:
            base, size = c.y, max(c.size, 1.0)
        elif c.size >= size * 0.9 and abs(c.y - base) < 0.1 * size:
            size = max(size, c.size)
        cur.append(c)
    if cur:
        lines.append(Line(cur))
    return _merge_same_baseline(sorted(lines, key=lambda ln: (-round(ln.baseline, 1), ln.x0)))


def _merge_same_baseline(lines: list[Line]) -> list[Line]:
    """Pieces drawn separately on one baseline (table cells, a header's left and right part) are one line."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and abs(prev.baseline - line.baseline) < 0.25 * max(prev.size, line.size) \
                and line.x0 >= prev.x1 - 0.5:
            out[-1] = Line(prev.chars + line.chars)
        else:
            out.append(line)
    return out
