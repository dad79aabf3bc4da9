"""The 名词解释 section: where it starts and how its entries split into term and definition."""

import re

from .model import GlossaryEntry
from .numerals import CIRCLED_1_20_CLASS, circled_value, is_circled
from .textnorm import fold

_HEADING = re.compile(r"(名词解释|名词注释|名词说明|词语解释|术语解释)")
_MAX_HEADING = 32


def is_glossary_heading(text: str) -> bool:
    """A short line that names the glossary (名词解释, 附件：名词解释, 《政府工作报告》名词解释 …)."""
    if len(text.strip()) > _MAX_HEADING:  # what fold turns into spaces strip() drops too: same length
        return False
    t = fold(text).strip()
    found = _HEADING.search(t)
    if not found:
        return False
    # "名词解释：1.xxx：…" is a heading that runs on into the first entry
    head, _, rest = t.partition(found.group(1))
    return "." not in head and len(head) <= 16 and not re.search(r"[.!?]$", t)


def glossary_heading_split(text: str):
    """(heading, rest) where a heading line carries entries after a colon."""
    m = _HEADING.search(text)
    if not m:
        return text, ""
    after = text[m.end():]
    cm = re.match(r"\s*(?:和[^:：]{0,8})?[:：]?\s*", after)
    cut = m.end() + (cm.end() if cm else 0)
    return text[:cut].rstrip(), text[cut:]


_BRACKET = r"(?:[\[［【〔]\s*(\d{1,3})\s*[\]］】〕]|[（(]\s*(\d{1,3})\s*[）)])"
_PLAIN = r"(\d{1,3})\s*[.、．](?!\d)"
_PLAIN_LOOSE = r"(\d{1,3})\s*[.、．]"
_CIRCLED = f"({CIRCLED_1_20_CLASS})"
_MARK_AT_START = re.compile(r"^\s*(?:" + _BRACKET + "|" + _PLAIN_LOOSE + "|" + _CIRCLED + r")\s*")
_MARK_INSIDE = re.compile(r"(?<=[。；;.!！?？”\"）)])\s*(?:" + _BRACKET + "|" + _PLAIN + "|" + _CIRCLED + r")\s*")
_COLON = re.compile(r"[:：]")
_SPACE_SPLIT = re.compile(r"^([^\s，。；,;]{2,30}?)[ \t\u3000]+([^\s].{4,})$")


def _marker_number(m) -> int:
    for g in m.groups():
        if g:
            if is_circled(g):
                return circled_value(g) or -1
            return int(g)
    return -1


def parse_entries(lines):
    """Entries from glossary lines: [(block_index, text)] -> [GlossaryEntry]."""
    entries: list[GlossaryEntry] = []
    last = 0
    for block, text in lines:
        pieces = []  # (number or None, text)
        m = _MARK_AT_START.match(text)
        pos = 0
        num = None
        # accept the next number, a restart at 1, or a short jump forward (an entry lost in scraping)
        if m and (not entries or _marker_number(m) == 1 or last < _marker_number(m) <= last + 5):
            num = _marker_number(m)
            pos = m.end()
        seg_start = pos
        cur = num
        expect = (num if num is not None else last) + 1
        for mm in _MARK_INSIDE.finditer(text, pos):
            if _marker_number(mm) == expect and _COLON.search(text[mm.end():mm.end() + 40]):
                pieces.append((cur, text[seg_start:mm.start()]))
                cur = expect
                seg_start = mm.end()
                expect += 1
        pieces.append((cur, text[seg_start:]))
        for number, piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            cm = _COLON.search(piece)
            numbered = number is not None
            if cm and cm.start() <= 60 and (numbered or cm.start() <= 30):
                term = piece[:cm.start()].strip()
                definition = piece[cm.end():].strip()
                if term:
                    entries.append(GlossaryEntry(term, definition, str(number) if numbered else "", block))
                    if numbered:
                        last = number
                    continue
            sm = _SPACE_SPLIT.match(piece)
            if sm and (numbered or not entries or len(piece) > 20):
                # "十大产业 指…": some glossaries separate term and definition by a space
                entries.append(GlossaryEntry(sm.group(1), sm.group(2), str(number) if numbered else "", block))
                if numbered:
                    last = number
                continue
            if entries:  # a continuation line of the previous definition
                prev = entries[-1]
                prev.definition = (prev.definition + piece) if prev.definition else piece
    return entries
