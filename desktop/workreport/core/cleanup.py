"""Remove what is not the report (web chrome) and re-join paragraphs broken mid-sentence."""

import re

from .markup import RawLine
from .numerals import CIRCLED_1_20_CLASS, CN_ONE_TO_TEN
from .textnorm import fold

# Lines a scraped government page carries around the report. Only short lines are tested,
# so a report sentence that mentions e.g. 版权 is never removed.
# Two patterns: what a chrome line opens with, and words that make any short line chrome (the second
# led by a lookahead of their first characters: the scan skips the others, twice as fast as one).
_CHROME_START = re.compile(
    r"(今天是|当前位置|您现在的位置|您的位置|首页\s*[>》])"
    r"|(来源|发布时间|发布日期|发布机构|信息来源|文章来源|作者|编辑|责任编辑|审核|浏览次数|点击数|阅读次数|访问量)\s*[:：]"
    r"|\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$",
    re.I,
)
_CHROME_WORD = re.compile(
    r"(?=[网关隐联使无长主承维IiCc公版©技打【字分扫返])"
    r"(?:网站地图|关于我们|隐私声明|联系我们|网站建设|网站声明|使用帮助|无障碍|长者模式"
    r"|主办单位|承办单位|维护单位|网站标识码|ICP[备证]|公网安备|版权所有|Copyright|©|技术支持"
    r"|打印本页|关闭窗口|【\s*(打印|关闭|字体)|字体\s*[:：]?\s*[大中小]\s*[大中小]|分享到|扫一扫|返回顶部)",
    re.I,
)
_MAX_CHROME_LEN = 90

_CN = f"[{CN_ONE_TO_TEN}]"
_MARKER = re.compile(
    rf"^\s*(?:{_CN}+\s*[、.．]|[（(]\s*{_CN}+\s*[）)]|\d{{1,2}}\s*[、.．](?!\d)"
    rf"|[（(]\s*\d{{1,2}}\s*[）)]|{CIRCLED_1_20_CLASS}|第{_CN}+部分|[\[［〔【]\d+[\]］〕】])")
_TERMINAL = "。！？!?；;：:”」』）)…\"'》"
_CLOSING_START = "，。、；：）)”’》！？,.;:!?"
_OPEN_END = "，、,（(“‘《"


def is_chrome(text: str) -> bool:
    """`text` folded: a short line of web-page chrome."""
    return len(text) <= _MAX_CHROME_LEN and bool(_CHROME_START.match(text) or _CHROME_WORD.search(text))


def _join(a: RawLine, b: RawLine) -> RawLine:
    shift = len(a.text)
    return RawLine(a.text + b.text, a.bold + [(s + shift, e + shift) for s, e in b.bold], a.heading, a.footnote)


def _strip(line: RawLine) -> RawLine:
    text = line.text
    left = len(text) - len(text.lstrip())
    text = text.strip()
    bold = [(max(0, s - left), min(len(text), e - left)) for s, e in line.bold]
    return RawLine(text, [(s, e) for s, e in bold if e > s], line.heading, line.footnote)


def clean_lines(lines):
    """Drop chrome, blank lines and immediate repeats of a line; re-join broken paragraphs.

    Returns non-empty RawLines.
    """
    out: list[RawLine] = []
    blank_before = True
    previous = None  # the last non-blank source line: a line repeated right after itself is a copy artefact
    for raw in lines:
        line = _strip(raw)
        if not line.text:
            blank_before = True
            continue
        if line.text == previous:
            continue
        previous = line.text
        if len(line.text) <= _MAX_CHROME_LEN and is_chrome(fold(line.text)):  # fold keeps the length
            continue
        if out and not line.heading and not out[-1].heading and _should_join(out[-1].text, line.text, blank_before):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
        blank_before = False
    return out


def _should_join(prev: str, nxt: str, blank_between: bool) -> bool:
    if nxt[0] in _CLOSING_START:
        return True  # a link or footnote was pushed onto its own line
    if _MARKER.match(nxt):
        return False
    if prev[-1] in _OPEN_END:
        return True
    if blank_between:
        return False
    if prev[-1] in _TERMINAL or len(prev) < 20:
        return False
    return not (_MARKER.match(prev) and len(prev) < 40)
