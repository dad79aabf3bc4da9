"""Lines to a Report: outline, blocks with stable references, glossary, metadata."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from . import model as m
from .cleanup import clean_lines
from . import documents
from .decode import MAX_BYTES, _too_large, decode_report, read_report_bytes
from .errors import NotAReportError
from .glossary import glossary_heading_split, is_glossary_heading, parse_entries
from .markup import RawLine, source_format, to_raw_lines
from .metadata import extract_metadata
from .textnorm import cn_to_int, fold, is_cjk, normalise_newlines, strip_zero_width

log = logging.getLogger(__name__)

_CN = "一二三四五六七八九十"
# Patterns run on folded text (、→, （→( ．→. ), so one pattern covers both widths.
_MARKERS = [
    (m.PART, re.compile(rf"^\s*(?:第([{_CN}]+)部分\s*[,.:]?|([{_CN}]{{1,3}})\s*[,.])\s*")),
    (m.SECTION, re.compile(rf"^\s*(?:\(\s*([{_CN}]{{1,3}})\s*\)\s*[,.]?|第([{_CN}]{{1,3}})\s*,)\s*")),
    (m.ITEM, re.compile(r"^\s*(\d{1,2})\s*[,.](?!\d)\s*")),
    (m.SUBITEM, re.compile(r"^\s*\(\s*(\d{1,2})\s*\)\s*")),
    (m.CIRCLED, re.compile(r"^\s*([①-⑳])\s*")),
]
_RANK = {m.PART: 1, m.SECTION: 2, m.ITEM: 3, m.SUBITEM: 4, m.CIRCLED: 5, m.TOPIC: 6}
_CLOSING = re.compile(r"^(抄送|主题词|关键词|主送)\s*[:：]|印发\s*$|印发日期")
_SENTENCE_END = "。！？!?"


def _number(kind: str, match) -> int:
    g = next((x for x in match.groups() if x), "")
    if kind == m.CIRCLED:
        return ord(g) - ord("①") + 1
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
    report.warnings = warnings  # what loading repaired (bad bytes, NULs), for the user
    log.info("parsed %s: %d characters, %d parts, %d blocks, %d glossary entries", path, len(report.text),
             len(report.outline), len(report.blocks), len(report.glossary))
    return report


def parse_text(text: str, suffix: str = ".txt") -> m.Report:
    text = strip_zero_width(normalise_newlines(text))
    fmt = source_format(text, suffix)
    lines = clean_lines(to_raw_lines(text, suffix))
    if sum(1 for line in lines for ch in line.text if is_cjk(ch)) < 20:
        raise NotAReportError("This file has almost no Chinese text: it does not look like a government work report.")
    return _Builder(lines, fmt).build()


class _Builder:
    def __init__(self, lines: list[RawLine], fmt: str):
        self.lines = lines
        self.fmt = fmt
        self.folded = [fold(line.text) for line in lines]
        self.blocks: list[m.Block] = []
        self.outline: list[m.OutlineNode] = []

    # ---- regions ---------------------------------------------------------------------------
    def _first_part(self) -> int:
        for i, f in enumerate(self.folded):
            mt = _MARKERS[0][1].match(f)
            if mt and _number(m.PART, mt) == 1 and len(f) < 60 + mt.end() and not is_glossary_heading(f):
                return i
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
            if _CLOSING.search(self.lines[i].text.strip()):
                return i
        return -1

    # ---- build -----------------------------------------------------------------------------
    def build(self) -> m.Report:
        n = len(self.lines)
        first = self._first_part()
        body_start = first if first >= 0 else 0
        gloss = self._glossary_start(body_start)
        close = self._closing_start(body_start)
        body_end = min(x for x in (gloss, close, n) if x >= 0)
        if first < 0:
            body_start = self._front_end(body_end)
        gloss_end = n if gloss < 0 else (close if close > gloss else n)

        bold_mode = self._bold_mode(body_start, body_end)
        self.unnumbered_parts = first < 0
        if first >= 0:
            # Unnumbered part titles before the first 一、 mean the 一、 lines are sections.
            front_end = self._front_end(first)
            if front_end and any(self._is_bare_heading(self.lines[i], self.folded[i])
                                 for i in range(front_end, first)):
                self.unnumbered_parts = True
                body_start = front_end
        stack: list[m.OutlineNode] = []
        counters: dict[int, int] = {}  # id(parent or root) -> paragraph counter
        offset = 0
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
        for kind, pattern in _MARKERS:
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
            expected = (_number_of(same[-1]) + 1) if same else 1
            if kind == m.PART and self.outline and num == 1:
                continue
            if num != expected:
                continue
            rest = line.text[mt.end():]
            title, lead = self._split_heading(line, mt.end())
            if not title:
                continue
            del stack[parent_idx + 1:]
            label = _label(line.text, mt)
            node = m.OutlineNode(kind, label, title, -1, parent=stack[-1] if stack else None)
            node.path = self._path(node, num)
            (stack[-1].children if stack else self.outline).append(node)
            stack.append(node)
            block_kind = m.HEADING if lead >= len(line.text) or not rest[len(title):].strip("。.；;：: ") else m.PARAGRAPH
            return block_kind, (0 if block_kind == m.HEADING else lead), node, _RANK[kind]
        if self.unnumbered_parts and self._is_bare_heading(line, f):
            del stack[:]
            node = m.OutlineNode(m.PART, "", line.text.strip(), -1)
            node.path = str(len(self.outline) + 1)
            self.outline.append(node)
            stack.append(node)
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
    def _is_bare_heading(line: RawLine, folded: str) -> bool:
        """An unnumbered part title: a short standalone line that is not a sentence."""
        t = folded.strip()
        if not 4 <= len(t) <= 40 or any(c in t for c in ".,;:!?"):
            return False
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
        fmt = {m.PART: "{}", m.SECTION: "({})", m.ITEM: ".{}", m.SUBITEM: "[{}]", m.CIRCLED: "-{}"}
        return base + fmt[node.kind].format(num)

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


def _number_of(node: m.OutlineNode) -> int:
    label = fold(node.label).strip("()[] ")
    if node.kind == m.CIRCLED:
        return ord(label[0]) - ord("①") + 1 if label else 0
    if label.startswith("第"):
        label = label[1:].replace("部分", "")
    return cn_to_int(label) or 0
