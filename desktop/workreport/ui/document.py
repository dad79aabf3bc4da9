"""Build the reader's QTextDocument from a Report with QTextCursor insertions.

One QTextBlock per report Block, in order, so a document position is the
report.text offset (QTextDocument counts UTF-16 units: PositionMap corrects
for the rare character outside the BMP). Text is inserted as text: nothing in
a report is ever interpreted as HTML.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from workreport.core import model as m

from .theme import LINE_HEIGHT, Theme, reader_font

# Relative sizes per block kind / heading level.
_HEADING_SCALE = {1: 1.45, 2: 1.2, 3: 1.08}
_TITLE_SCALE = 1.9


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class PositionMap:
    """report.text offsets <-> QTextDocument positions (identity unless astral chars exist)."""

    def __init__(self, text: str):
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def to_doc(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)

    def to_text(self, position: int) -> int:
        if not self._astral:
            return position
        # each astral char before `position` adds one extra unit
        lo, hi = 0, len(self._astral)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < position:
                lo = mid + 1
            else:
                hi = mid
        return position - lo


def _char(theme: Theme, size: float, *, color: str | None = None, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size)
    fmt.setForeground(QColor(color or theme.text))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def _block_format(block: m.Block, size: float) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    px = size * 96 / 72  # a point size in pixels, for em-based spacing
    fmt.setBottomMargin(px * 0.7)
    if block.kind == m.TITLE:
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        fmt.setTopMargin(px * 0.6)
        fmt.setBottomMargin(px * 1.2)
    elif block.kind in (m.HEADING, m.GLOSSARY_HEADING):
        fmt.setTopMargin(px * (1.2 if block.level <= 1 else 0.6))
        fmt.setBottomMargin(px * 0.5)
        if block.kind == m.GLOSSARY_HEADING or block.level == 1:
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    elif block.kind in (m.PARAGRAPH, m.GLOSSARY_ENTRY):
        fmt.setTextIndent(px * 2)  # Chinese paragraphs start indented by two characters
    elif block.kind == m.CLOSING:
        fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
    fmt.setProperty(QTextFormat.Property.UserProperty, block.index)
    return fmt


def _base_format(block: m.Block, theme: Theme, size: float) -> QTextCharFormat:
    if block.kind == m.TITLE:
        return _char(theme, size * _TITLE_SCALE, color=theme.heading, bold=True)
    if block.kind == m.HEADING:
        scale = _HEADING_SCALE.get(block.level, 1.0)
        return _char(theme, size * scale, color=theme.heading if block.level <= 2 else theme.text, bold=True)
    if block.kind == m.GLOSSARY_HEADING:
        return _char(theme, size * _HEADING_SCALE[1], color=theme.heading, bold=True)
    if block.kind in (m.FRONT, m.CLOSING):
        return _char(theme, size * 0.9, color=theme.muted)
    if block.kind == m.GLOSSARY_ENTRY:
        return _char(theme, size * 0.92)
    return _char(theme, size)


def glossary_format(theme: Theme) -> QTextCharFormat:
    """What a marked term adds to its base format: a dotted underline."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor(theme.accent))
    return fmt


def _cuts(block: m.Block, occs) -> list[int]:
    cuts = {block.start, block.end}
    if block.lead:
        cuts.add(block.start + min(block.lead, len(block.text)))
    for o in occs:
        cuts.add(max(o.start, block.start))
        cuts.add(min(o.end, block.end))
    return sorted(c for c in cuts if block.start <= c <= block.end)


def build_document(doc: QTextDocument, report: m.Report, occurrences, theme: Theme, size: float) -> None:
    """Fill `doc` (cleared first) with the report; `occurrences` sorted by start."""
    doc.clear()
    doc.setDefaultFont(reader_font(size))
    doc.setUndoRedoEnabled(False)
    mark = glossary_format(theme)
    starts = [o.start for o in occurrences]
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for block in report.blocks:
        bfmt = _block_format(block, size)
        base = _base_format(block, theme, size)
        if block.index == 0:
            cursor.setBlockFormat(bfmt)
            cursor.setBlockCharFormat(base)
        else:
            cursor.insertBlock(bfmt, base)
        lo = bisect.bisect_left(starts, block.start - 200)  # occurrences never span 200 chars
        occs = [o for o in occurrences[lo:bisect.bisect_left(starts, block.end)]
                if o.end > block.start and o.start < block.end]
        cuts = _cuts(block, occs)
        lead_end = block.start + block.lead
        for a, b in pairwise(cuts):
            if a == b:
                continue
            fmt = QTextCharFormat(base)
            if a < lead_end:
                fmt.setFontWeight(QFont.Weight.Bold)
            if any(o.start <= a and b <= o.end for o in occs):
                fmt.merge(mark)
            cursor.insertText(report.text[a:b], fmt)
    cursor.endEditBlock()
