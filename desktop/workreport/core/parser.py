"""Lines to a Report: outline, blocks with stable references, glossary, metadata."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from . import documents
from . import model as m
from .cleanup import clean_lines
from .decode import MAX_BYTES, _too_large, decode_report, read_report_bytes
from .errors import NotAReportError
from .glossary import glossary_heading_split, is_glossary_heading, parse_entries
from .markup import RawLine, source_format, to_raw_lines
from .metadata import extract_metadata
from .numerals import CIRCLED_1_20_CLASS, CN_ONE_TO_TEN, circled_value, cn_to_int
from .textnorm import fold, is_cjk, normalise_newlines, strip_zero_width

log = logging.getLogger(__name__)

_CN = CN_ONE_TO_TEN
# Patterns run on folded text (、→, （→( ．→. ), so one pattern covers both widths.
_MARKERS = [
    (m.PART, re.compile(rf"^\s*(?:第([{_CN}]+)部分\s*[,.:]?|([{_CN}]{{1,3}})\s*[,.])\s*")),
    (m.SECTION, re.compile(rf"^\s*(?:\(\s*([{_CN}]{{1,3}})\s*\)\s*[,.]?|第([{_CN}]{{1,3}})\s*,)\s*")),
    (m.ITEM, re.compile(r"^\s*(\d{1,2})\s*[,.](?!\d)\s*")),
    (m.SUBITEM, re.compile(r"^\s*\(\s*(\d{1,2})\s*\)\s*")),
    (m.CIRCLED, re.compile(rf"^\s*({CIRCLED_1_20_CLASS})\s*")),
]
# What the first non-space character of a line must be for any marker to match (or a digit: \d)
_MARKER_FIRST = frozenset(_CN + "第(" + "".join(chr(c) for c in range(0x2460, 0x2474)))
# how a node's number is written in its path (§3(1).2[1]-1)
_PATH_FORMAT: dict[str, str] = {m.PART: "{}", m.SECTION: "({})", m.ITEM: ".{}", m.SUBITEM: "[{}]", m.CIRCLED: "-{}"}
_RANK: dict[str, int] = {m.PART: 1, m.SECTION: 2, m.ITEM: 3, m.SUBITEM: 4, m.CIRCLED: 5, m.TOPIC: 6}
_CLOSING_LEADS = ("抄送", "主题词", "关键词", "主送")
_CLOSING = re.compile(rf"^({'|'.join(_CLOSING_LEADS)})\s*[:：]|印发\s*$|印发日期")
_SENTENCE_END = "。！？!?"
_MAX_COMMA_TITLE = 30
_MAX_BROKEN_TITLE = 80  # a title broken over lines is joined up to this length (not a run of headings)
_ORDINAL_LEAD = re.compile(rf"^[{_CN}]{{1,2}}是")
_PERORATION = re.compile(r"^(各位代表|同志们|各位委员)")
APPENDIX_PATH = "A"  # path prefix of appendix entries in the outline
RUN_ON_TITLE = 40  # a section heading runs on when no 。； comes within this many characters
_TIED_AFTER = "的之和与及、，,地得"  # a title never ends right before these
_CN_DIGIT = f"0-9{_CN}〇○零"  # ○ (a white circle) is written for 〇
# Short standalone lines that are never part titles: an issuer (…秘书处, …人民政府), a dateline
# (——2023年1月30日在…会议上) or a date.
_NOT_A_TITLE = re.compile(rf"(秘书处|办公厅|办公室|人民政府|委员会|代表大会|会议|会议上)$|^——"
                          rf"|^[{_CN_DIGIT}]{{2,4}}年[{_CN_DIGIT}]{{1,2}}月([{_CN_DIGIT}]{{1,3}}日)?$")
# An appendix after the report (附件 / 附件1： / 《政府工作报告》附件2 / 附录 / 附页): its numbered
# lists (为民办实事 …) are not parts of the report.
APPENDIX = re.compile(rf"^(《[^》]{{1,20}}》)?\s*附\s*[件录页表]\s*[0-9０-９{_CN}]{{0,2}}\s*([:：].{{0,30}})?$")


_MIN_CJK = 20  # fewer Chinese characters than this: not a report
_CJK_CHAR = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")  # the characters textnorm.is_cjk accepts


def _has_cjk(lines: list[RawLine], count: int) -> bool:
    """At least `count` Chinese characters in the lines; stops reading once there are."""
    found = 0
    for line in lines:
        for _ in _CJK_CHAR.finditer(line.text):
            found += 1
            if found >= count:
                return True
    return False


def _fold_each(texts: list[str]) -> list[str]:
    """fold() of each text, done in one pass over all of them (fold keeps lengths: slice it back)."""
    folded = fold("\n".join(texts))
    out, pos = [], 0
    for t in texts:
        out.append(folded[pos:pos + len(t)])
        pos += len(t) + 1
    return out


def _number(kind: str, match) -> int:
    g = next((x for x in match.groups() if x), "")
    if kind == m.CIRCLED:
        return circled_value(g) or 0
    return cn_to_int(g) or 0


def _label(text: str, match) -> str:
    return text[:match.end()].strip().rstrip("、.．,，:：").strip()


def load_text(path: str | Path) -> tuple[str, str]:
    text, suffix, _ = load(path)
    return text, suffix


def load(path: str | Path) -> tuple[str, str, list[str]]:
    """(text, suffix, warnings): refuses non-files and oversize files before reading (see decode)."""
    path = Path(path)
    data = read_report_bytes(path, documents.size_limit(path, MAX_BYTES))
    converted = documents.convert(data, path.name)  # PDF and Word: Markdown from their front ends
    if converted is not None:
        return converted.text, documents.MARKDOWN_SUFFIX, converted.warnings
    if len(data) > MAX_BYTES:
        raise _too_large(path.name, len(data), MAX_BYTES)
    decoded = decode_report(data, path.name)
    return decoded.text, path.suffix, decoded.warnings


def parse_file(path: str | Path) -> m.Report:
    text, suffix, warnings = load(path)
    report = parse_text(text, suffix)
    report.source = str(path)
    report.warnings = warnings  # pyright: ignore[reportAttributeAccessIssue] - not a model field (yet)
    # (what loading repaired: bad bytes, NULs, for the user)
    log.info("parsed %s: %d characters, %d parts, %d blocks, %d glossary entries", path, len(report.text),
             len(report.outline), len(report.blocks), len(report.glossary))
    return report


def parse_text(text: str, suffix: str = ".txt") -> m.Report:
    text = strip_zero_width(normalise_newlines(text))
    fmt = source_format(text, suffix)
    lines = clean_lines(to_raw_lines(text, suffix))
    if not _has_cjk(lines, _MIN_CJK):
        raise NotAReportError("This file has almost no Chinese text: it does not look like a government work report.")
    return _Builder(lines, fmt).build()


class _Builder:
    def __init__(self, lines: list[RawLine], fmt: str):
        self.lines = lines
        self.fmt = fmt
        self.folded = _fold_each([line.text for line in lines])
        self.blocks: list[m.Block] = []
        self.outline: list[m.OutlineNode] = []

    # ---- regions ---------------------------------------------------------------------------
    def _first_part(self) -> int:
        """Index of the first part heading (一、); sets first_part_number.

        When no 一、 heading exists (the first part's heading was lost, or never written), a 二、
        heading followed later by a 三、 heading starts the parts instead.
        """
        self.first_part_number = 1
        candidates = {1: -1, 2: -1, 3: -1}
        for i, f in enumerate(self.folded):
            mt = _MARKERS[0][1].match(f)
            if (mt and _heading_length(self.lines[i], len(f)) < 60 + mt.end() and not is_glossary_heading(f)):
                num = _number(m.PART, mt)
                if num == 1:
                    return i
                if num in candidates and candidates[num] < 0 and (num == 2 or candidates[2] >= 0):
                    candidates[num] = i
        if candidates[2] >= 0 and candidates[3] > candidates[2]:
            self.first_part_number = 2
            return candidates[2]
        return -1

    def _glossary_start(self, body_start: int) -> int:
        for i in range(max(body_start, 0), len(self.lines)):
            if is_glossary_heading(self.lines[i].text):
                return i
        # No heading: a trailing run of Markdown footnote definitions is the glossary.
        notes = [i for i in range(max(body_start, 0), len(self.lines)) if self.lines[i].footnote]
        if len(notes) >= 2 and notes[-1] >= len(self.lines) - 3:
            return notes[0]
        return -1

    def _closing_start(self, body_start: int) -> int:
        lo = max(body_start + 1, int(len(self.lines) * 0.6))
        for i in range(lo, len(self.lines)):
            text = self.lines[i].text.strip()
            # (what _CLOSING needs, asked at C speed first: most lines have neither)
            if ("印发" in text or text.startswith(_CLOSING_LEADS)) and _CLOSING.search(text):
                return i
        return -1

    def _appendix_start(self, body_start: int, end: int, numbered: bool) -> int:
        """The first appendix after the body starts, before `end`; -1 if none.

        An appendix is a heading such as 附件1, or — in a report whose parts are numbered — a list
        whose numbering starts again at 一、 after the parts (为民办实事 lists), from its title line.
        """
        second_part = False
        for i in range(body_start + 1, end):
            if APPENDIX.match(self.lines[i].text.strip()):
                return i
            mt = _MARKERS[0][1].match(self.folded[i]) if numbered else None
            if mt and not mt.group(1):
                num = _number(m.PART, mt)
                if num == 1 and second_part and self._after_peroration(i):
                    title = self.lines[i - 1].text
                    return i - 1 if len(title) <= 40 and not title.endswith(("。", "！", "!")) else i
                second_part = second_part or num == 2
        return -1

    def _after_peroration(self, i: int) -> bool:
        """The report's closing appeal (各位代表！让我们…) comes just before line i: what follows is
        not the report any more. (A list numbered again inside a part has no such appeal before it.)"""
        return any(_PERORATION.match(self.lines[j].text) for j in range(max(0, i - 3), i))

    def _bare_heading_before(self, first: int) -> bool:
        """Unnumbered part titles between the salutation and the first 一、 (then 一、 marks sections)."""
        if self.first_part_number != 1:
            return False
        front_end = self._front_end(first)
        return bool(front_end) and any(self._is_bare_heading(self.lines[i], self.folded[i])
                                       for i in range(front_end, first))

    def _appendix_line(self, i: int, stack) -> tuple[str, m.OutlineNode | None]:
        """An appendix is one outline entry (附件1 十件民生实事); its numbered list stays its text."""
        text = self.lines[i].text.strip()
        if APPENDIX.match(text) or i == self.appendix_first:
            del stack[:]
            node = m.OutlineNode(m.PART, "", text, -1)
            node.path = APPENDIX_PATH + str(sum(1 for x in self.outline if is_appendix(x)) + 1)  # refs §A1¶2
            self.outline.append(node)
            stack.append(node)
            self.appendix_heading = i
            return m.HEADING, node
        if stack and self.appendix_heading == i - 1 and len(text) <= 40 and not any(
                p.match(self.folded[i]) for _, p in _MARKERS) and not text.endswith("。"):
            stack[0].title += " " + text  # 附件1 / 十件民生实事: the list's title completes the heading
            return m.HEADING, None
        return m.PARAGRAPH, None

    # ---- build -----------------------------------------------------------------------------
    def build(self) -> m.Report:
        n = len(self.lines)
        first = self._first_part()
        body_start = first if first >= 0 else 0
        if self.first_part_number > 1:  # the first part has no heading: its text is body, not front matter
            body_start = self._front_end(first) or first
        gloss = self._glossary_start(body_start)
        close = self._closing_start(body_start)
        numbered = first >= 0 and not self._bare_heading_before(first)
        appendix = self._appendix_start(body_start, close if close >= 0 else n, numbered)
        body_end = min(x for x in (gloss, close, appendix, n) if x >= 0)
        if first < 0:
            body_start = self._front_end(body_end)
        gloss_end = n if gloss < 0 else min(x for x in (close, appendix, n) if x > gloss)
        appendix_end = -1 if appendix < 0 else min(x for x in (gloss, close, n) if x > appendix)
        self.appendix_heading = -2
        self.appendix_first = appendix

        bold_mode = self._bold_mode(body_start, body_end)
        self.unnumbered_parts = first < 0
        if first >= 0 and not numbered:
            # Unnumbered part titles before the first 一、 mean the 一、 lines are sections.
            self.unnumbered_parts = True
            body_start = self._front_end(first)
        stack: list[m.OutlineNode] = []
        counters: dict[int, int] = {}  # id(parent or root) -> paragraph counter
        offset = 0
        self.run_on_cuts = self._run_on_cuts(body_start, body_end)
        self.last_bare_part = -2  # line index of the last unnumbered part title
        # Part titles share one style: lines with commas are titles only in a report with no plain title
        # (elsewhere such lines — 一年来，我们… — are headings inside a part).
        self.comma_titles = self.unnumbered_parts and not any(
            self._is_bare_heading(self.lines[i], self.folded[i]) for i in range(body_start, body_end))
        glossary_lines = []
        front_text, closing_text = [], []
        title_done = False
        for i, line in enumerate(self.lines):
            text = line.text
            kind, lead, node, level = m.PARAGRAPH, 0, None, 0
            if i < body_start:
                kind = m.FRONT
                front_text.append(text)
                if not title_done and "工作报告" in text and len(text) <= 40 and "通知" not in text:
                    kind, title_done = m.TITLE, True
            elif gloss >= 0 and gloss <= i < gloss_end:
                if i == gloss and self.lines[i].footnote:
                    kind = m.GLOSSARY_ENTRY
                    glossary_lines.append((len(self.blocks), text))
                elif i == gloss:
                    head, rest = glossary_heading_split(text)
                    kind = m.GLOSSARY_HEADING
                    if rest:
                        glossary_lines.append((len(self.blocks), rest))
                else:
                    kind = m.GLOSSARY_ENTRY
                    glossary_lines.append((len(self.blocks), text))
            elif appendix >= 0 and appendix <= i < appendix_end:
                kind, node = self._appendix_line(i, stack)
            elif i >= body_end:
                kind = m.CLOSING
                closing_text.append(text)
            else:
                kind, lead, node, level = self._body_line(i, stack, bold_mode)
            owner = node or (stack[-1] if stack and kind in (m.PARAGRAPH, m.HEADING) else None)
            block = m.Block(len(self.blocks), kind, text, offset, lead=lead, node=owner, level=level)
            block.ref = self._ref(block, stack if kind in (m.PARAGRAPH, m.HEADING) else None, counters)
            if node is not None:
                node.block = block.index
            self.blocks.append(block)
            offset += len(text) + 1
        report_text = "\n".join(b.text for b in self.blocks)
        md = extract_metadata(front_text or [b.text for b in self.blocks[:12]], closing_text)
        glossary = parse_entries(glossary_lines)
        return m.Report(md, self.blocks, self.outline, glossary, report_text, fmt=self.fmt)

    def _run_on_cuts(self, lo: int, hi: int) -> dict[int, int]:
        """Section headings that run on into their text with no punctuation between:
        （一）以加快动能转换为路径，推动经济发展高质量围绕构建…

        Sibling headings are written in parallel, so the words they all share near their start
        (…高质量) mark where each heading ends. Used only when every sibling runs on (no 。；
        within RUN_ON_TITLE characters), so ordinary headings are never cut. {line index: end}.
        """
        groups, current = [], []
        for i in range(max(lo, 0), hi):
            f = self.folded[i]
            if _MARKERS[0][1].match(f) and current:
                groups.append(current)
                current = []
            mt = _MARKERS[1][1].match(f)
            if mt:
                current.append((i, mt.end()))
        groups.append(current)
        cuts = {}
        for group in groups:
            heads = [self.lines[i].text[start:start + RUN_ON_TITLE] for i, start in group]
            if len(group) < 3 or any(any(c in h for c in "。；;") for h in heads):
                continue
            if any(len(self.lines[i].text) - start < RUN_ON_TITLE + 20 for i, start in group):
                continue  # a heading on a line of its own: it ends where the line ends
            shared = _shared_phrase(heads, [self.lines[i].text[start:] for i, start in group])
            if shared:
                for (i, start), head in zip(group, heads, strict=True):
                    cuts[i] = start + head.index(shared) + len(shared)
        return cuts

    def _front_end(self, body_end: int) -> int:
        # No numbered parts: the front matter ends after the salutation (各位代表) if there is one.
        for i in range(min(body_end, 30)):
            if self.lines[i].text.startswith("各位代表"):
                return i + 1
        return 0

    def _bold_mode(self, lo: int, hi: int) -> bool:
        leads = sum(1 for line in self.lines[lo:hi] if line.bold and line.bold[0][0] == 0)
        return leads >= 3

    def _body_line(self, i, stack, bold_mode):
        line, f = self.lines[i], self.folded[i]
        first = f.lstrip()[:1]
        may_be_marker = first in _MARKER_FIRST or first.isdecimal()  # (most lines: no regex asked)
        for kind, pattern in _MARKERS if may_be_marker else ():
            mt = pattern.match(f)
            if not mt:
                continue
            if kind == m.PART and self.unnumbered_parts:
                if not stack or mt.group(1):  # 第X部分 stays a part marker; not usable here
                    continue
                kind = m.SECTION
            num = _number(kind, mt)
            parent_idx = self._parent_index(stack, kind)
            siblings = stack[parent_idx].children if parent_idx >= 0 else self.outline
            same = [c for c in siblings if c.kind == kind]
            expected = (_number_of(same[-1]) + 1) if same else (
                self.first_part_number if kind == m.PART and parent_idx < 0 else 1)
            if kind == m.PART and self.outline and num == 1:
                continue
            if num != expected:
                continue
            rest = line.text[mt.end():]
            title, lead = self._split_heading(line, mt.end())
            if i in self.run_on_cuts and not line.bold:
                lead = self.run_on_cuts[i]
                title = line.text[mt.end():lead].strip()
            if not title:
                continue
            del stack[parent_idx + 1:]
            label = _label(line.text, mt)
            node = m.OutlineNode(kind, label, title, -1, parent=stack[-1] if stack else None)
            node.path = self._path(node, num)
            (stack[-1].children if stack else self.outline).append(node)
            stack.append(node)
            runs_on = lead < len(line.text) and rest[len(title):].strip("。.；;：: ")
            block_kind = m.PARAGRAPH if runs_on else m.HEADING
            return block_kind, (0 if block_kind == m.HEADING else lead), node, _RANK[kind]
        if self.unnumbered_parts and self._is_bare_heading(line, f, self.comma_titles):
            if (stack and len(stack) == 1 and self.last_bare_part == i - 1
                    and len(stack[0].title) + len(line.text) <= _MAX_BROKEN_TITLE):
                # a part has text: a title line right after a title line is the same title, broken in two
                stack[0].title += " " + line.text.strip()
                self.last_bare_part = i
                return m.HEADING, 0, None, 1
            del stack[:]
            node = m.OutlineNode(m.PART, "", line.text.strip(), -1)
            node.path = str(len(self.outline) + 1)
            self.outline.append(node)
            stack.append(node)
            self.last_bare_part = i
            return m.HEADING, 0, node, 1
        if not stack:
            return m.PARAGRAPH, 0, None, 0
        lead = self._topic_lead(line, bold_mode)
        if lead:
            title = line.text[:lead].strip().rstrip("。；;：:.!！ ")
            while stack and stack[-1].kind == m.TOPIC:
                stack.pop()
            parent = stack[-1] if stack else None
            node = m.OutlineNode(m.TOPIC, "", title, -1, parent=parent)
            node.path = parent.path if parent else ""
            (parent.children if parent else self.outline).append(node)
            stack.append(node)
            return m.PARAGRAPH, lead, node, 0
        return m.PARAGRAPH, 0, None, 0

    @staticmethod
    def _is_bare_heading(line: RawLine, folded: str, commas: bool = False) -> bool:
        """An unnumbered part title: a short standalone line that is not a sentence.

        commas: also a short title with commas (、 and ， fold to ","), such as
        实干二〇二四，我们攻坚克难、收获满满 — only in reports whose part titles are all of that kind.
        """
        t = folded.strip()
        if not 4 <= len(t) <= 40 or any(c in t for c in ".;:!?") or _NOT_A_TITLE.search(t):
            return False
        if "," in t and (not commas or len(t) > _MAX_COMMA_TITLE or t.endswith(",") or t.startswith("—")):
            return False
        part = _MARKERS[0][1].match(t)
        if (part and not part.group(1)) or any(p.match(t) for _, p in _MARKERS[1:]) or _ORDINAL_LEAD.match(t):
            return False  # a numbered heading (not 第X部分) or an 一是 item, even when its number does not fit
        if line.heading or (line.bold and line.bold[0] == (0, len(line.text))):
            return True
        return not line.bold

    @staticmethod
    def _parent_index(stack, kind) -> int:
        rank = _RANK[kind]
        i = len(stack) - 1
        while i >= 0 and _RANK[stack[i].kind] >= rank:
            i -= 1
        return i

    @staticmethod
    def _path(node: m.OutlineNode, num: int) -> str:
        base = node.parent.path if node.parent else ""
        return base + _PATH_FORMAT[node.kind].format(num)

    @staticmethod
    def _split_heading(line: RawLine, start: int):
        """Heading title and the length of the heading part of the line (run-on headings)."""
        text = line.text
        bold_end = next((e for s, e in line.bold if s <= start + 1 and e > start + 1), 0)
        if bold_end and bold_end < len(text):
            title = text[start:bold_end]
            return title.strip().rstrip("。；;：:.!！ "), bold_end
        rest = text[start:]
        cut = min((rest.find(c) for c in "。；;" if c in rest), default=-1)
        if cut < 0:
            return rest.strip().rstrip("：: "), len(text)
        title = rest[:cut].strip()
        return title, start + cut + 1

    @staticmethod
    def _topic_lead(line: RawLine, bold_mode: bool) -> int:
        text = line.text
        if bold_mode:
            if not line.bold or line.bold[0][0] != 0:
                return 0
            end = line.bold[0][1]
            lead = text[:end].strip()
            if len(lead) > 80 or len(lead) < 2:
                return 0
            if end >= len(text) and (len(lead) > 40 or lead[-1] in "：:！!"):
                return 0
            return end
        cut = text.find("。")
        if _ORDINAL_LEAD.match(text) and 3 <= cut <= RUN_ON_TITLE and len(text) - cut >= 10:
            return cut + 1  # 一是着力稳增长，有效投资全面扩大。… : commas allowed in an ordinal lead
        if cut < 3 or cut > 30 or len(text) - cut < 10:
            return 0
        head = text[:cut]
        if any(c in head for c in "，,：:；;！？!?") or head.startswith("各位代表"):
            return 0
        return cut + 1

    @staticmethod
    def _ref(block: m.Block, stack, counters) -> str:
        if block.kind in (m.FRONT, m.TITLE):
            key, prefix = "front", "§0"
        elif block.kind in (m.GLOSSARY_HEADING, m.GLOSSARY_ENTRY):
            key, prefix = "gloss", "§G"
        elif block.kind == m.CLOSING:
            key, prefix = "closing", "§E"
        else:
            numbered = next((n for n in reversed(stack or []) if n.kind != m.TOPIC), None)
            if numbered is None:
                key, prefix = "body", "§0"
            else:
                key, prefix = id(numbered), "§" + numbered.path
            if block.kind == m.HEADING:
                return prefix
        counters[key] = counters.get(key, 0) + 1
        return f"{prefix}¶{counters[key]}"


def is_appendix(node: m.OutlineNode) -> bool:
    """An outline entry for an appendix (附件1 十件民生实事), not a part of the report itself."""
    return node.path.startswith(APPENDIX_PATH)


def _shared_phrase(heads: list[str], texts: list[str]) -> str:
    """The phrase (2-6 CJK characters) that every head contains, after which the heads diverge
    (the titles end and each text begins differently), ending latest; "" if there is none."""
    first = heads[0]
    best, best_end = "", 0
    for size in range(2, 7):
        for start in range(0, len(first) - size + 1):
            phrase = first[start:start + size]
            if any(not is_cjk(ch) for ch in phrase):
                continue
            ends = [h.find(phrase) + size if phrase in h else -1 for h in heads]
            if min(ends) < 4 + size:
                continue
            following = {t[e:e + 2] for t, e in zip(texts, ends, strict=True)}
            if len(following) == 1:
                continue  # the same words go on after it in every head: shared text, not a title's end
            if any(t[e - size - 1:e - size] in "，、," for t, e in zip(texts, ends, strict=True) if e > size):
                continue  # it opens a clause (…，切实): the title goes on after it
            if any(f[:1] in _TIED_AFTER for f in following):
                continue  # …发展 的主线: the phrase is tied to what follows
            if any(t[:e].count("“") > t[:e].count("”") for t, e in zip(texts, ends, strict=True)):
                continue  # inside a quotation: a title does not end there
            if min(ends) > best_end:
                best, best_end = phrase, min(ends)
    return best


def _heading_length(line: RawLine, length: int) -> int:
    """Length of the heading at the start of a line: a bold lead (`**一、标题** 正文…`) is the heading
    even when the body runs on after it on the same line."""
    if line.bold and line.bold[0][0] == 0 and 0 < line.bold[0][1] < length:
        return line.bold[0][1]
    return length


def _number_of(node: m.OutlineNode) -> int:
    label = fold(node.label).strip("()[] ")
    if node.kind == m.CIRCLED:
        return circled_value(label[0]) or 0 if label else 0
    if label.startswith("第"):
        label = label[1:].replace("部分", "")
    return cn_to_int(label) or 0
