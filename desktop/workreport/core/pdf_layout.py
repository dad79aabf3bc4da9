"""Lines of PDF pages to paragraphs, by geometry alone (no words are looked for).

- Running headers, footers and page numbers: lines at the top or bottom of a
  page whose text (digits aside) repeats at the same height on other pages,
  and lone page numbers (digits and dashes only) in the outer band. Table of
  contents entries (a dot leader running to a page number) go too.
- Footnotes: the run of smaller lines at a page bottom that starts with a
  label referenced on that page; a run without a label continues the last
  footnote. They are written after the body as Markdown footnotes.
- Paragraphs: a line starts a paragraph when it is indented, when the line
  before ended short of the right margin (unless it ended on an opening
  mark like ，), after a larger gap, or when the size changes. Otherwise it
  continues the paragraph, across a page break too (a sentence or a word
  broken over two pages is joined again). Pages whose paragraphs hang (first
  line at the margin, the rest indented) are told apart by what follows a
  full indented line, and there a line that steps back left starts a paragraph.
- Headings: lines larger than the body text (levels by size); bold spans
  (heavier than the body text) are kept as **…**.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from .mdout import Paragraph, Span, document_markdown
from .numerals import CIRCLED_1_20_CLASS

HEADING_RATIO = 1.12  # a line this much larger than the body text is a heading
NOTE_RATIO = 0.88  # footnote text is at most this size relative to the body text
SUP_RATIO = 0.8  # a superscript is smaller than its line by at least this ratio …
SUP_RISE = 0.15  # … and raised by this share of the line's size
RUNNING_EDGE_LINES = 2  # running headers/footers are among the first/last lines of a page
RUNNING_MIN_PAGES = 3  # … repeated on this many pages (or on every page of a short document)
RUNNING_Y_TOLERANCE = 3.0  # points
OUTER_BAND = 0.12  # share of the page height where a lone page number may sit
GAP_RATIO = 1.45  # a gap this many times the usual line distance ends a paragraph
_OPEN_END = "，、,（(“‘《【〔［—-"
_PAGE_NUMBER_DECOR = re.compile(r"[\s\-—–·•|/()（）\[\]［］]")
# a table-of-contents entry: a leader of dots (or dashes) running to a page number
_TOC_ENTRY = re.compile(r"(\.{4,}|…{2,}|·{4,}|．{4,}|-{6,}|—{4,})\s*\d{1,4}\s*$")
_ROMAN = re.compile(r"^[ivxlcdm]{1,6}$", re.I)
_PLAIN_LABEL = re.compile(r"^\s*(?:\[(\d{1,3})\]|［(\d{1,3})］|[(（](\d{1,3})[)）]"
                          r"|(\d{1,3})(?![\d年月日.．%％])|(" + CIRCLED_1_20_CLASS + r"))\s*")


@dataclass
class Char:
    ch: str
    x0: float
    x1: float
    y: float  # baseline (origin)
    size: float
    bold: bool = False
    gothic: bool = False  # a 黑体 (sans) face


class Line:
    def __init__(self, chars: list[Char]):
        self.chars = chars
        visible = [c for c in chars if not c.ch.isspace()] or chars
        counts = Counter(c.size for c in visible)
        self.size = max(counts, key=lambda s: (counts[s], s)) if counts else 0.0
        ys = sorted(c.y for c in visible if c.size == self.size) or [chars[0].y]
        self.baseline = ys[len(ys) // 2]
        self.x0 = min(c.x0 for c in visible)
        self.x1 = max(c.x1 for c in visible)
        self.text = "".join(c.ch for c in chars)

    def is_sup(self, c: Char) -> bool:
        return c.size < SUP_RATIO * self.size and c.y > self.baseline + SUP_RISE * self.size


@dataclass
class Page:
    index: int
    width: float
    height: float
    lines: list[Line]
    unmapped: int = 0
    body: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)


# ---- running headers and footers ---------------------------------------------------------------

def _running_key(line: Line) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))


def _is_page_number(line: Line, page: Page) -> bool:
    core = _PAGE_NUMBER_DECOR.sub("", line.text)
    if not (core.isdigit() and len(core) <= 4) and not _ROMAN.match(core):
        return False
    band = page.height * OUTER_BAND
    return line.baseline <= band or line.baseline >= page.height - band


def _edges(page: Page) -> list[tuple[str, Line]]:
    n = min(RUNNING_EDGE_LINES, len(page.lines))
    top = [("top", ln) for ln in page.lines[:n]]
    bottom = [("bottom", ln) for ln in page.lines[-n:] if all(ln is not t for _, t in top)]
    return top + bottom


def remove_running(pages: list[Page]) -> None:
    """Set page.body: the page's lines without running headers, footers and page numbers."""
    seen: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for page in pages:
        for band, line in _edges(page):
            key = (band, _running_key(line))
            if key[1]:
                seen.setdefault(key, []).append((page.index, line.baseline))
    need = min(RUNNING_MIN_PAGES, len(pages)) if len(pages) > 1 else 2
    running: set[tuple[str, str, int]] = set()
    for (band, text), places in seen.items():
        # the same text at the same height on enough pages (odd and even pages may use two heights)
        by_height: dict[int, set[int]] = {}
        for page_index, y in places:
            by_height.setdefault(round(y / RUNNING_Y_TOLERANCE), set()).add(page_index)
        for height, found in by_height.items():
            near = found | by_height.get(height - 1, set()) | by_height.get(height + 1, set())
            if len(near) >= need:
                running.add((band, text, height))
    for page in pages:
        drop = {id(line) for band, line in _edges(page)
                if _is_running(running, band, line) or _is_page_number(line, page)}
        page.body = [line for line in page.lines if id(line) not in drop and not _TOC_ENTRY.search(line.text)]


def _is_running(running, band: str, line: Line) -> bool:
    height = round(line.baseline / RUNNING_Y_TOLERANCE)
    key = _running_key(line)
    return any((band, key, h) in running for h in (height - 1, height, height + 1))


# ---- footnotes ---------------------------------------------------------------------------------

def _sup_runs(line: Line) -> list[str]:
    runs, cur = [], ""
    for c in line.chars:
        if line.is_sup(c) and not c.ch.isspace():
            cur += c.ch
        elif cur:
            runs.append(cur)
            cur = ""
    if cur:
        runs.append(cur)
    return runs


def _note_label(line: Line, page_refs: set[str]) -> tuple[str, int]:
    """(label, characters it takes) when the line starts a footnote, else ("", 0)."""
    i, label = 0, ""
    while i < len(line.chars) and line.chars[i].ch.isspace():
        i += 1
    while i < len(line.chars) and line.is_sup(line.chars[i]):
        label += line.chars[i].ch
        i += 1
    label = label.strip()
    if label:
        return label, i
    m = _PLAIN_LABEL.match(line.text)
    if m:
        found = next(g for g in m.groups() if g)
        if found in page_refs:
            return found, m.end()
    return "", 0


def split_notes(pages: list[Page], body_size: float) -> list[tuple[str, str]]:
    """Move footnote lines out of page.body; the footnotes in page order as (label, text)."""
    notes: list[list[str]] = []
    for page in pages:
        k = len(page.body)
        while k > 0 and page.body[k - 1].size <= NOTE_RATIO * body_size:
            k -= 1
        zone = page.body[k:]
        if not zone:
            continue
        refs = {r for line in page.body[:k] for r in _sup_runs(line)}
        label, _ = _note_label(zone[0], refs)
        if not label and not (notes and k < len(page.body) and page.index > 0):
            continue  # small text that is not a footnote (a caption, a remark): it stays in the body
        page.body = page.body[:k]
        page.notes = zone
        for line in zone:
            label, cut = _note_label(line, refs)
            text = "".join(c.ch for c in line.chars[cut:])
            if label or not notes:
                notes.append([label, text.strip()])
            else:
                notes[-1][1] += text.strip()
    return [(label, text) for label, text in notes if text]


# ---- paragraphs --------------------------------------------------------------------------------

def _mode(values, default: float) -> float:
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], v)) if counts else default


class _Column:
    """Where body lines start and end on a page (its own margins when it has enough lines), and whether
    its paragraphs hang (first line at the margin, the rest indented, as Word sets numbered lists)."""

    def __init__(self, lines: list[Line], body_size: float, fallback: _Column | None = None):
        body = [ln for ln in lines if abs(ln.size - body_size) < 0.5]
        if len(body) < 5 and fallback is not None:
            self.left, self.right, self.hanging = fallback.left, fallback.right, fallback.hanging
            return
        # the left margin is the leftmost start that lines share (indented first lines start later);
        # the right margin is where the many full lines end
        starts = Counter(round(ln.x0) for ln in body)
        common = max(2, len(body) // 100)
        self.left = min((x for x, k in starts.items() if k >= common), default=min(starts, default=0))
        if fallback is not None and fallback.left < self.left and any(abs(x - fallback.left) <= 1 for x in starts):
            self.left = fallback.left  # a page with few paragraph starts (hanging paragraphs): the document's margin
        self.right = _mode((round(ln.x1) for ln in body), 0.0)
        self.hanging = self._hanging(body, body_size, fallback)

    def _hanging(self, body: list[Line], size: float, fallback: _Column | None) -> bool:
        # after a full indented line, the next line returns to the margin (first-line indents)
        # or stays indented (hanging paragraphs): a vote of the page, or the document's when it is silent
        first_line = hanging = 0
        for a, b in pairwise(body):
            if a.x0 > self.left + 0.8 * size and a.x1 >= self.right - 1.5 * size:
                if b.x0 <= self.left + 0.5 * size:
                    first_line += 1
                elif abs(b.x0 - a.x0) < 0.5 * size:
                    hanging += 1
        if first_line + hanging < 3 and fallback is not None:
            return fallback.hanging
        return hanging > first_line


def _leading(pages: list[Page], body_size: float) -> float:
    gaps = []
    for page in pages:
        body = [ln for ln in page.body if abs(ln.size - body_size) < 0.5]
        gaps += [round(a.baseline - b.baseline, 1) for a, b in pairwise(body)]
    return _mode((g for g in gaps if g > 0), body_size * 1.5)


def _body_size(pages: list[Page]) -> float:
    counts: Counter = Counter()
    for page in pages:
        for line in page.body:
            counts[line.size] += sum(1 for c in line.chars if not c.ch.isspace() and c.size == line.size)
    return max(counts, key=lambda s: (counts[s], s)) if counts else 10.0


def _heading_levels(pages: list[Page], body_size: float) -> dict[float, int]:
    sizes = sorted({round(ln.size * 2) / 2 for p in pages for ln in p.body if ln.size >= HEADING_RATIO * body_size},
                   reverse=True)
    return {s: min(i + 1, 6) for i, s in enumerate(sizes)}


class _Builder:
    def __init__(self, pages: list[Page], body_size: float, note_labels: set[str]):
        self.pages = pages
        self.size = body_size
        self.labels = note_labels
        self.levels = _heading_levels(pages, body_size)
        self.leading = _leading(pages, body_size)
        body = [c for p in pages for ln in p.body for c in ln.chars if abs(c.size - body_size) < 0.5]
        # when the body text itself is heavy or gothic, that kind of face does not stand out
        self.body_bold = sum(c.bold for c in body) > len(body) / 2
        self.body_gothic = sum(c.gothic for c in body) > len(body) / 2
        all_lines = [ln for p in pages for ln in p.body]
        self.column = _Column(all_lines, body_size)
        self.columns = {p.index: _Column(p.body, body_size, self.column) for p in pages}

    def level(self, line: Line) -> int:
        if line.size < HEADING_RATIO * self.size:
            return 0
        return self.levels.get(round(line.size * 2) / 2, 1)

    def build(self) -> list[Paragraph]:
        paras: list[Paragraph] = []
        prev: Line | None = None
        prev_page = -1
        for page in self.pages:
            col = self.columns[page.index]
            for line in page.body:
                level = self.level(line)
                if prev is None or self._starts(prev, line, level, col, prev_page == page.index):
                    paras.append(Paragraph([], level))
                else:
                    self._join_hyphen(paras[-1], line)
                paras[-1].spans.extend(self._spans(line))
                prev, prev_page = line, page.index
        return paras

    def _starts(self, prev: Line, line: Line, level: int, col: _Column, same_page: bool) -> bool:
        if level != self.level(prev):
            return True
        size = max(line.size, 1.0)
        if same_page and prev.baseline - line.baseline > GAP_RATIO * max(self.leading, size * 1.2) * (
                line.size / self.size if level else 1.0):
            return True
        prev_ended_short = prev.x1 < col.right - 1.5 * size
        if level:
            return prev_ended_short
        if col.hanging:
            # hanging paragraphs: a line at the margin, or one that steps back left of the line before,
            # begins the next one (a page of continuation lines only has no margin of its own to trust)
            margin = min(col.left, self.column.left)
            if line.x0 <= margin + 0.5 * size and (col.left <= self.column.left + 0.5 * size or not same_page):
                return True
            if same_page and line.x0 < prev.x0 - 0.8 * size:
                return True
        elif line.x0 > col.left + 0.8 * size:
            return True
        if prev_ended_short:
            last = prev.text.rstrip()
            return not (last and last[-1] in _OPEN_END)
        return False

    @staticmethod
    def _join_hyphen(p: Paragraph, line: Line) -> None:
        """An English word hyphenated at a line end (letter-, then a lower-case letter): drop the hyphen."""
        first = next((c.ch for c in line.chars if not c.ch.isspace()), "")
        if not (first.isascii() and first.islower()):
            return  # COVID-19, 2021-2025: the hyphen is part of the text
        text = "".join(s.text for s in p.spans[-2:] if not s.note)
        if len(text) >= 2 and text[-1] == "-" and text[-2].isascii() and text[-2].isalpha():
            p.spans[-1] = Span(p.spans[-1].text[:-1], p.spans[-1].bold)

    def _spans(self, line: Line) -> list[Span]:
        spans: list[Span] = []
        sup = ""
        prev: Char | None = None
        for c in line.chars + [None]:
            if c is not None and line.is_sup(c) and not c.ch.isspace():
                sup += c.ch
                prev = c
                continue
            if sup:
                spans.extend(self._sup_spans(sup))
                sup = ""
            if c is None:
                break
            if prev is not None and not c.ch.isspace() and not prev.ch.isspace() and _needs_space(prev, c):
                spans.append(Span(" ", False))
            # a space takes the look of the text before it, so one bold sentence stays one bold span
            spans.append(Span(c.ch, spans[-1].bold if c.ch.isspace() and spans else self._stands_out(c)))
            prev = c
        return spans

    def _stands_out(self, c: Char) -> bool:
        return (c.bold and not self.body_bold) or (c.gothic and not self.body_gothic)

    def _sup_spans(self, sup: str) -> list[Span]:
        out, i = [], 0
        while i < len(sup):
            for j in range(len(sup), i, -1):
                if sup[i:j] in self.labels:
                    out.append(Span("", note=sup[i:j]))
                    i = j
                    break
            else:
                out.append(Span(sup[i]))
                i += 1
        return out


def _needs_space(a: Char, b: Char) -> bool:
    gap = b.x0 - a.x1
    size = max(a.size, b.size, 1.0)
    if a.ch.isascii() and a.ch.isalnum() and b.ch.isascii() and b.ch.isalnum():
        return gap > 0.25 * size
    return gap > 1.5 * size


def layout_markdown(pages: list[Page]) -> str:
    remove_running(pages)
    body_size = _body_size(pages)
    notes = split_notes(pages, body_size)
    builder = _Builder(pages, body_size, {label for label, _ in notes if label})
    return document_markdown(builder.build(), [(label or str(i + 1), text) for i, (label, text) in enumerate(notes)])
