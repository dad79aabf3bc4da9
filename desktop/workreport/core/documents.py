"""Which files are reports, and the front ends for PDF and Word: bytes to the parser's Markdown.

The kind is told by the file's first bytes (a PDF saved as .txt is still a
PDF, and many government ".doc" downloads are really HTML, which the text
loader reads); the suffix only chooses the size limit and the message for
formats the app cannot read.

REPORT_SUFFIXES is the one list of suffixes that the open dialog, drag and
drop, folder imports and the command line accept.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from .errors import DamagedFileError, UnsupportedFormatError

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
DOCUMENT_SUFFIXES = (".pdf", ".docx")
LEGACY_SUFFIXES = (".doc", ".wps")  # accepted so the user gets the sentence that says how to convert them
REPORT_SUFFIXES = TEXT_SUFFIXES + DOCUMENT_SUFFIXES + LEGACY_SUFFIXES
MAX_DOCUMENT_BYTES = 128 * 1024 * 1024  # PDFs and Word files carry fonts and images: larger than text
MARKDOWN_SUFFIX = ".md"  # what the front ends write, for parse_text

_PDF_MAGIC = b"%PDF-"
_PDF_MAGIC_WINDOW = 1024  # the PDF header may follow a little junk
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # Word 97-2003, WPS, Excel 97 …: the compound file format
_RTF_MAGIC = b"{\\rtf"
_MHT_MAGIC = b"mime-version:"  # a web archive (.mht), which Word also saves under .doc


class Kind(Enum):
    PDF = "pdf"
    DOCX = "docx"
    OLE = "ole"
    RTF = "rtf"
    MHT = "mht"
    TEXT = "text"


@dataclass
class Converted:
    text: str  # Markdown for parse_text(text, MARKDOWN_SUFFIX)
    kind: Kind
    warnings: list[str] = field(default_factory=list)


def open_filter_patterns() -> str:
    """"*.txt *.md … *.pdf *.docx *.doc *.wps" for file dialogs."""
    return " ".join("*" + s for s in REPORT_SUFFIXES)


_FIRST_PATTERNS = "*.txt *.md *.markdown *.html *.htm"  # the list translated filter strings carry


def with_report_patterns(file_filter: str) -> str:
    """A (translated) dialog filter with the text-only pattern list widened to every accepted suffix.

    The translations keep the pattern list as written, so the list is widened here
    rather than in each catalogue.
    """
    return file_filter.replace(_FIRST_PATTERNS, open_filter_patterns(), 1)


def is_report_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in REPORT_SUFFIXES


def size_limit(path: str | Path, text_limit: int) -> int:
    return MAX_DOCUMENT_BYTES if Path(path).suffix.lower() in DOCUMENT_SUFFIXES + LEGACY_SUFFIXES else text_limit


def sniff(data: bytes, suffix: str = "") -> Kind:
    head = data[:_PDF_MAGIC_WINDOW]
    if _PDF_MAGIC in head:
        return Kind.PDF
    if data.startswith(_ZIP_MAGIC) and (suffix.lower() in (".docx", ".docm", ".wps") or b"word/" in data[:65536]):
        return Kind.DOCX
    if data.startswith(_OLE_MAGIC):
        return Kind.OLE
    if data.lstrip()[:5] == _RTF_MAGIC:
        return Kind.RTF
    if data.lstrip()[:13].lower() == _MHT_MAGIC:
        return Kind.MHT
    return Kind.TEXT


def convert(data: bytes, name: str) -> Converted | None:
    """Markdown from a PDF or .docx; None for text (the text loader reads it); ReportError otherwise."""
    suffix = Path(name).suffix.lower()
    kind = sniff(data, suffix)
    if kind is Kind.TEXT:
        if suffix == ".pdf":
            raise DamagedFileError(f"{name} is not a PDF file (it does not start like one): it may be a web "
                                   f"page or an error message saved under the report's name. Download it again.")
        if suffix != ".docx":
            return None
        kind = Kind.DOCX  # not even a zip: the Word front end says what is wrong with it
    if kind is Kind.PDF:
        from .pdf import pdf_markdown

        text, warnings = pdf_markdown(data, name)
    elif kind is Kind.DOCX:
        from .docx import docx_markdown

        text, warnings = docx_markdown(data, name)
    elif kind is Kind.OLE:
        from .docx import legacy_word_message

        label = "WPS (.wps)" if suffix == ".wps" else ("Word 97-2003 (.doc)" if suffix in (".doc", "") else
                                                        f"Office binary ({suffix})")
        raise UnsupportedFormatError(legacy_word_message(name, label))
    elif kind is Kind.MHT:
        raise UnsupportedFormatError(f"{name} is a web archive (MHT), which this app cannot read. Open it in "
                                     f"Word or WPS and save it as .docx, or open it in a browser and save the "
                                     f"page as HTML; then open that file.")
    else:
        raise UnsupportedFormatError(f"{name} is a Rich Text (RTF) file, which this app cannot read. Save it "
                                     f"as .docx or text from Word or WPS, or convert it with LibreOffice: "
                                     f"soffice --headless --convert-to docx \"{name}\".")
    log.info("%s read as %s (%d characters)", name, kind.value, len(text))
    return Converted(text, kind, warnings)
