"""Word .docx front end (python-docx): the document as the Markdown the report parser reads.

- Heading styles (Heading N / 标题 N, or an outline level on the style or the
  paragraph) become Markdown headings; Word's automatic numbering is turned
  into the label Word draws (一、 （一） 1.), so numbered parts reach the outline.
- Bold runs (direct, character style or paragraph style) become **…**, which
  keeps bold lead sentences as topic headings.
- Footnotes and endnotes (read from word/footnotes.xml and word/endnotes.xml,
  which python-docx does not expose) are numbered in order of reference; those
  that explain a term end the document as Markdown footnotes (the glossary).
- Tables become one line per row, cells separated by a full-width space.
- Deleted revisions, hidden text and text boxes are left out.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from typing import Any

from .docx_numbering import Numbering, W
from .errors import DamagedFileError, TooLargeError, UnsupportedFormatError
from .mdout import Paragraph, Span, document_markdown

log = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # the XML of a long report is a few MB; more is a zip bomb
_DOCUMENT_PART = "word/document.xml"
_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
_SKIPPED_CONTAINERS = {W + "del", W + "moveFrom", W + "txbxContent", W + "footnote", W + "endnote"}
_TRUE = {"1", "true", "on", ""}
_CELL_SEPARATOR = "\u3000"
_HEADING_STYLE_PREFIXES = ("heading", "标题")
_TOC_STYLE = re.compile(r"^(toc|目录)\s*\d$")


def docx_markdown(data: bytes, name: str) -> tuple[str, list[str]]:
    """(Markdown text, warnings) from the bytes of a .docx; ReportError when it cannot be read."""
    import docx as python_docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_package(data, name)
    try:
        document = python_docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "content type" not in str(exc):
            raise DamagedFileError(f"{name} is damaged and cannot be read as a Word document ({exc}).") from None
        raise UnsupportedFormatError(f"{name} is not a plain Word document (it is a template or a document "
                                     f"with macros). Save it from Word or WPS as .docx (Word Document) and "
                                     f"open that.") from None
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile) as exc:
        raise DamagedFileError(f"{name} is damaged and cannot be read as a Word document ({exc}).") from None
    except Exception as exc:  # noqa: BLE001 - lxml and python-docx raise many kinds on broken XML
        raise DamagedFileError(f"{name} is damaged and cannot be read as a Word document "
                               f"({type(exc).__name__}: {exc}).") from None
    reader = _Reader(document)
    paragraphs = reader.read()
    return document_markdown(paragraphs, reader.notes()), []


def _check_package(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DamagedFileError(f"{name} is damaged: it is not a complete .docx package ({exc}). "
                               f"Download or copy it again.") from None
    names = {i.filename for i in infos}
    if _DOCUMENT_PART not in names:
        raise UnsupportedFormatError(f"{name} is a zip archive but not a Word document (it has no "
                                     f"{_DOCUMENT_PART}). Save the report from Word or WPS as .docx, PDF "
                                     f"or text and open that.")
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise TooLargeError(f"{name} unpacks to {unpacked / 1048576:.0f} MB; a report's Word file unpacks to "
                            f"a few MB (limit {MAX_UNPACKED_BYTES // 1048576} MB).")


def _on(el) -> bool | None:
    """A w:b / w:vanish style toggle: True, False, or None when absent."""
    if el is None:
        return None
    return el.get(W + "val", "").lower() in _TRUE


class _Styles:
    """Style facts along the basedOn chain, cached per style id."""

    def __init__(self, document):
        self.by_id = {}
        root = document.styles.element
        for st in root.iter(W + "style"):
            self.by_id[st.get(W + "styleId", "")] = st
        self.default_para = next((sid for sid, st in self.by_id.items()
                                  if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true")),
                                 "")
        self._cache: dict[tuple[str, str], Any] = {}  # what each lookup's function returns

    def _chain(self, style_id: str):
        seen = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            st = self.by_id[style_id]
            yield st
            based = st.find(W + "basedOn")
            style_id = based.get(W + "val", "") if based is not None else ""

    def _first(self, style_id: str, what: str, fn):
        key = (style_id, what)
        if key not in self._cache:
            self._cache[key] = next((v for st in self._chain(style_id) if (v := fn(st)) is not None), None)
        return self._cache[key]

    def is_toc(self, style_id: str) -> bool:
        """A table-of-contents entry style (Word's built-in "toc N", localised "目录 N")."""
        st = self.by_id.get(style_id)
        name_el = st.find(W + "name") if st is not None else None
        name = name_el.get(W + "val", "").lower() if name_el is not None else ""
        return bool(_TOC_STYLE.match(name))

    def bold(self, style_id: str) -> bool | None:
        return self._first(style_id, "b", lambda st: _on(st.find(f"{W}rPr/{W}b")))

    def heading_level(self, style_id: str) -> int:
        def level(st):
            name = (st.find(W + "name").get(W + "val", "") if st.find(W + "name") is not None else "").lower()
            for prefix in _HEADING_STYLE_PREFIXES:
                rest = name[len(prefix):].strip() if name.startswith(prefix) else ""
                if rest.isdigit():
                    return int(rest)
            if name == "title":
                return 1
            outline = st.find(f"{W}pPr/{W}outlineLvl")
            if outline is not None and outline.get(W + "val", "9").isdigit():
                value = int(outline.get(W + "val"))
                return value + 1 if value < 9 else 0
            return None
        return self._first(style_id, "heading", level) or 0

    def numbering(self, style_id: str):
        def num(st):
            pr = st.find(f"{W}pPr/{W}numPr")
            if pr is None:
                return None
            nid = pr.find(W + "numId")
            ilvl = pr.find(W + "ilvl")
            return (nid.get(W + "val", "") if nid is not None else "",
                    int(ilvl.get(W + "val", "0")) if ilvl is not None and ilvl.get(W + "val", "0").isdigit() else 0)
        return self._first(style_id, "num", num)


class _Reader:
    def __init__(self, document):
        self.document = document
        self.styles = _Styles(document)
        try:
            numbering_root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering_root = None
        self.numbering = Numbering(numbering_root)
        self.footnotes = self._note_texts(_RT_FOOTNOTES, "footnote")
        self.endnotes = self._note_texts(_RT_ENDNOTES, "endnote")
        self.note_order: list[tuple[str, str]] = []  # (kind, id) in order of first reference
        self.note_labels: dict[tuple[str, str], str] = {}

    # ---- notes ---------------------------------------------------------------------------------
    def _note_texts(self, reltype: str, tag: str) -> dict[str, str]:
        from docx.oxml import parse_xml

        part = next((rel.target_part for rel in self.document.part.rels.values()
                     if rel.reltype == reltype and not rel.is_external), None)
        if part is None:
            return {}
        try:
            root = parse_xml(part.blob)
        except Exception as exc:  # noqa: BLE001 - a broken notes part loses the notes, not the report
            log.warning("unreadable %s part: %s", tag, exc)
            return {}
        out = {}
        for note in root.iter(W + tag):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = "".join(self._plain(p) for p in note.iter(W + "p"))
            out[note.get(W + "id", "")] = text.strip()
        return out

    def _note_label(self, kind: str, note_id: str) -> str:
        key = (kind, note_id)
        if key not in self.note_labels:
            self.note_order.append(key)
            self.note_labels[key] = str(len(self.note_order))  # Word numbers notes in order of reference
        return self.note_labels[key]

    def notes(self) -> list[tuple[str, str]]:
        out = []
        for kind, note_id in self.note_order:
            text = (self.footnotes if kind == "footnote" else self.endnotes).get(note_id, "")
            if text:
                out.append((self.note_labels[(kind, note_id)], text))
        return out

    # ---- body ----------------------------------------------------------------------------------
    def read(self) -> list[Paragraph]:
        out: list[Paragraph] = []
        self._blocks(self.document.element.body, out)
        return out

    def _blocks(self, parent, out: list[Paragraph]) -> None:
        for el in parent:
            if el.tag == W + "p":
                out.extend(self._paragraph(el))
            elif el.tag == W + "tbl":
                self._table(el, out)
            elif el.tag in (W + "sdt", W + "customXml", W + "ins"):
                if _is_table_of_contents(el):
                    continue  # generated from the headings, with page numbers: the outline comes from the text
                content = el.find(W + "sdtContent")
                self._blocks(content if content is not None else el, out)

    def _table(self, tbl, out: list[Paragraph]) -> None:
        for tr in tbl.iter(W + "tr"):
            if _inside(tr, tbl, W + "tbl"):
                continue  # a nested table's rows are read with its cell
            cells = []
            for tc in tr.findall(W + "tc"):
                parts = []
                for p in tc.iter(W + "p"):
                    if not _inside(p, tc, W + "tc"):
                        parts.append("".join(s.text for para in self._paragraph(p) for s in para.spans
                                             if not s.note))
                text = "".join(parts).strip()
                if text:
                    cells.append(text)
            if cells:
                out.append(Paragraph([Span(_CELL_SEPARATOR.join(cells))]))

    def _paragraph(self, p) -> list[Paragraph]:
        ppr = p.find(W + "pPr")
        style_id = _val(ppr, "pStyle") or self.styles.default_para
        if self.styles.is_toc(style_id):
            return []
        level = self.styles.heading_level(style_id)
        outline = ppr.find(W + "outlineLvl") if ppr is not None else None
        if outline is not None and outline.get(W + "val", "9").isdigit():
            value = int(outline.get(W + "val"))
            level = value + 1 if value < 9 else 0
        label = self._label(ppr, style_id)
        para_bold = bool(self.styles.bold(style_id))
        mark = _on(ppr.find(f"{W}rPr/{W}b")) if ppr is not None else None
        label_span = Span(label, para_bold if mark is None else mark)
        paras = [Paragraph([label_span] if label else [], level)]
        first_text = True
        for run in p.iter(W + "r"):
            if _skipped(run, p):
                continue
            rpr = run.find(W + "rPr")
            if _on(rpr.find(W + "vanish") if rpr is not None else None):
                continue
            bold = self._run_bold(rpr, para_bold)
            for child in run:
                tag = child.tag
                if tag == W + "t":
                    if first_text and mark is None:
                        label_span.bold = bold  # the number looks like the text it numbers
                    first_text = False
                    paras[-1].spans.append(Span(child.text or "", bold))
                elif tag == W + "tab":
                    paras[-1].spans.append(Span(" ", bold))
                elif tag in (W + "br", W + "cr"):
                    if child.get(W + "type") in (None, "textWrapping"):
                        paras.append(Paragraph([], 0))  # a manual line break: the next line is its own paragraph
                elif tag == W + "noBreakHyphen":
                    paras[-1].spans.append(Span("-", bold))
                elif tag == W + "footnoteReference":
                    paras[-1].spans.append(Span("", note=self._note_label("footnote", child.get(W + "id", ""))))
                elif tag == W + "endnoteReference":
                    paras[-1].spans.append(Span("", note=self._note_label("endnote", child.get(W + "id", ""))))
        return paras

    def _label(self, ppr, style_id: str) -> str:
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        if num_pr is not None:
            num_id = _val(num_pr, "numId")
            ilvl_text = _val(num_pr, "ilvl", "0")
            ilvl = int(ilvl_text) if ilvl_text.isdigit() else 0
        else:
            found = self.styles.numbering(style_id)
            if not found:
                return ""
            num_id, ilvl = found
        return self.numbering.label(num_id, ilvl)

    def _run_bold(self, rpr, para_bold: bool) -> bool:
        direct = _on(rpr.find(W + "b")) if rpr is not None else None
        if direct is not None:
            return direct
        run_style = _val(rpr, "rStyle") if rpr is not None else ""
        styled = self.styles.bold(run_style) if run_style else None
        return para_bold if styled is None else styled

    @staticmethod
    def _plain(p) -> str:
        return "".join(t.text or "" for r in p.iter(W + "r") if not _skipped(r, p) for t in r.iter(W + "t"))


def _val(el, name: str, default: str = "") -> str:
    child = el.find(W + name) if el is not None else None
    return child.get(W + "val", default) if child is not None else default


def _inside(el, stop, tag: str) -> bool:
    """Whether el sits in another `tag` element below `stop` (a nested table or cell)."""
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


def _is_table_of_contents(sdt) -> bool:
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and "contents" in gallery.get(W + "val", "").lower()


def _skipped(run, p) -> bool:
    parent = run.getparent()
    while parent is not None and parent is not p:
        if parent.tag in _SKIPPED_CONTAINERS or parent.tag == W + "p":
            return True
        parent = parent.getparent()
    return False


def legacy_word_message(name: str, kind: str) -> str:
    """The sentence for an old binary Word (.doc) or WPS (.wps) file: how to convert it."""
    return (f"{name} is an old {kind} file, which this app cannot read. Save it as .docx (Word or WPS: "
            f"File > Save As > Word Document), or convert it with LibreOffice: "
            f"soffice --headless --convert-to docx \"{name}\"; then open the .docx.")


__all__ = ["docx_markdown", "legacy_word_message", "UnsupportedFormatError"]
