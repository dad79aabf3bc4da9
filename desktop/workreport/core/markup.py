"""Format front ends: Markdown, HTML and plain text become `RawLine`s.

A RawLine is one source paragraph: its plain text plus the spans that the
source marked bold (bold lead sentences act as topic headings).
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class RawLine:
    text: str
    bold: list = field(default_factory=list)  # [(start, end)] in text
    heading: int = 0  # markup heading level (Markdown #, HTML h1-h6), 0 if none
    footnote: bool = False  # a Markdown footnote definition ([^1]: …): reports use them for 名词解释


_MD_FRONT = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
# An unclosed <!-- (a typo, or a cut-off file) must not hide the rest of the report: it ends
# with its line in Markdown, and at the next tag or line end in HTML.
_MD_UNCLOSED_COMMENT = re.compile(r"<!--[^\n]*")
_HTML_UNCLOSED_COMMENT = re.compile(r"<!--[^<\n]*")

TEXT, MARKDOWN, HTML = "text", "markdown", "html"
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_MD_SUFFIXES = (".md", ".markdown")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_MD_FOOTREF = re.compile(r"\[\^([^\]]+)\](?!:)")
_MD_FOOTDEF = re.compile(r"^\[\^([^\]]+)\]:\s*")
_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
_MD_PREFIX = re.compile(r"^(?:>\s?)+|^\s*[-*+]\s+(?=\S)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_MD_TAG = re.compile(r"</?[a-zA-Z][^>\n]*>")
_MD_HR = re.compile(r"^\s*([-*_])\s*(\1\s*){2,}$")
_EMPH = re.compile(r"(\*\*|__)(.+?)\1")
_MD_HR_CHARS = ("-", "*", "_")  # the first character of a line _MD_HR can match
_MD_PREFIX_CHARS = ("-", "*", "+")  # … and of a list item _MD_PREFIX strips (or ">")


def _split_bold(line: str):
    """Strip ** / __ emphasis, returning plain text and bold spans."""
    out, spans, pos = [], [], 0
    n = 0
    for m in _EMPH.finditer(line):
        out.append(line[pos:m.start()])
        n += m.start() - pos
        inner = m.group(2)
        spans.append((n, n + len(inner)))
        out.append(inner)
        n += len(inner)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "*" in text:  # lone or single-star emphasis: drop the markers, they are never content
        stripped, mapping = [], []
        for i, ch in enumerate(text):
            if ch == "*":
                continue
            mapping.append(i)
            stripped.append(ch)
        remap = {old: new for new, old in enumerate(mapping)}
        remap[len(text)] = len(stripped)

        def _fix(i):
            while i not in remap:
                i += 1
            return remap[i]
        spans = [(_fix(a), _fix(b)) for a, b in spans]
        text = "".join(stripped)
    return text, [(a, b) for a, b in spans if b > a]


def parse_markdown(text: str):
    text = _MD_FRONT.sub("", text, count=1)
    text = _MD_UNCLOSED_COMMENT.sub("", _HTML_COMMENT.sub("", text))
    lines = []
    # Each pattern runs only on lines holding the characters it needs (most report lines hold none):
    # the same result at a fraction of the cost.
    for raw in text.split("\n"):
        first = raw.lstrip()[:1]
        if first in _MD_HR_CHARS and _MD_HR.match(raw):
            lines.append(RawLine(""))
            continue
        level = 0
        m = _MD_HEADING.match(raw) if first == "#" else None
        if m:
            level, raw = len(m.group(1)), m.group(2)
        if raw[:1] == ">" or raw.lstrip()[:1] in _MD_PREFIX_CHARS:
            raw = _MD_PREFIX.sub("", raw)
        if "](" in raw:
            raw = _MD_IMAGE.sub("", raw)
            raw = _MD_LINK.sub(r"\1", raw)
        footnote = False
        if "[^" in raw:
            footnote = bool(_MD_FOOTDEF.match(raw))
            raw = _MD_FOOTDEF.sub(r"[\1]", raw)
            raw = _MD_FOOTREF.sub(r"[\1]", raw)
        if "<" in raw:
            raw = _MD_TAG.sub("", raw)
        if "\\" in raw:
            raw = _MD_ESCAPE.sub(r"\1", raw)
        body, bold = _split_bold(raw) if "*" in raw or "__" in raw else (raw, [])
        if "|" in body and body.strip().startswith("|"):  # table row: cells become one line
            cells = [c.strip() for c in body.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c or "-") for c in cells):
                continue
            body, bold = "　".join(c for c in cells if c), []
        lines.append(RawLine(body, bold, level, footnote))
    return lines


_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
               "article", "table", "ul", "ol", "blockquote", "pre", "hr", "dd", "dt", "td", "th",
               "header", "footer", "title", "center"}
_SKIP_TAGS = {"script", "style", "noscript", "iframe", "svg", "template", "head", "object",
              "embed", "canvas", "select", "button", "form", "nav"}
_BOLD_TAGS = {"b", "strong"}


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[RawLine] = []
        self.buf: list[str] = []
        self.bold: list = []
        self.bold_depth = 0
        self.bold_start = None
        self.skip_depth = 0
        self.heading = 0
        self.len = 0

    def flush(self):
        if self.bold_depth and self.bold_start is not None:
            self.bold.append((self.bold_start, self.len))
            self.bold_start = 0
        text = "".join(self.buf)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        bold = [(max(0, a - lead), min(len(text), b - lead)) for a, b in self.bold]
        self.lines.append(RawLine(text, [s for s in bold if s[1] > s[0]], self.heading))
        self.buf, self.bold, self.len = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            return
        if tag in _BLOCK_TAGS:
            self.flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self.heading = int(tag[1:])
        if tag in _BOLD_TAGS:
            if self.bold_depth == 0:
                self.bold_start = self.len
            self.bold_depth += 1

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in _BOLD_TAGS and self.bold_depth:
            self.bold_depth -= 1
            if self.bold_depth == 0 and self.bold_start is not None:
                self.bold.append((self.bold_start, self.len))
                self.bold_start = None
        if tag in _BLOCK_TAGS:
            self.flush()
            self.heading = 0

    def handle_data(self, data):
        if self.skip_depth:
            return
        data = re.sub(r"[ \t\r\n]+", " ", data)
        self.buf.append(data)
        self.len += len(data)


def _close_last_comment(text: str) -> str:
    start = text.rfind("<!--")
    if start < 0 or text.find("-->", start) >= 0:
        return text
    return text[:start] + _HTML_UNCLOSED_COMMENT.sub("", text[start:], count=1)


def parse_html(text: str):
    text = _close_last_comment(text)
    p = _HTMLText()
    try:
        p.feed(text)
        p.close()
    except Exception:  # html.parser is lenient; anything it still rejects ends the document there
        pass
    p.flush()
    return p.lines


def parse_plain(text: str):
    return [RawLine(line) for line in text.split("\n")]


def looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head or (
        head.count("<p") + head.count("<div") + head.count("<br")) >= 3


def looks_like_markdown(text: str) -> bool:
    sample = text[:20000]
    return bool(re.search(r"^#{1,6}\s", sample, re.M) or sample.count("**") >= 4 or sample.startswith("---\n"))


_MD_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_BOLD_PAIR = re.compile(r"\*\*[^*\n]+?\*\*|__[^_\n]+?__")


def has_markdown_markup(text: str) -> bool:
    """Markdown saved as .txt: enough heading lines or bold pairs that they cannot be report text."""
    sample = text[:50000]
    headings = len(_MD_HEADING_LINE.findall(sample))
    bolds = len(_MD_BOLD_PAIR.findall(sample))
    return headings >= 2 or bolds >= 3 or bool(headings and bolds) or bool(_MD_FRONT.match(sample))


def source_format(text: str, suffix: str = "") -> str:
    """TEXT, MARKDOWN or HTML: by the extension, but a .txt (or unknown) file by its content."""
    suffix = suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return HTML
    if suffix in _MD_SUFFIXES:
        return MARKDOWN
    if suffix == ".txt":
        if looks_like_html(text) and text.lstrip().startswith("<"):
            return HTML
        return MARKDOWN if has_markdown_markup(text) else TEXT
    if looks_like_html(text):
        return HTML
    return MARKDOWN if looks_like_markdown(text) else TEXT


def to_raw_lines(text: str, suffix: str = ""):
    fmt = source_format(text, suffix)
    if fmt == HTML:
        return parse_html(text)
    if fmt == MARKDOWN:
        return parse_markdown(text)
    return parse_plain(text)
