"""Character-level normalisation.

`fold` maps text to a matching form *one character to one character*, so an
offset in folded text is the same offset in the displayed text. That is what
lets glossary matching, target spans and note anchors share coordinates.
"""

import re

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZW_RE = re.compile("[" + ZERO_WIDTH + "]")

_FOLD = {}
for _cp in range(0xFF01, 0xFF5F):  # full-width ASCII block
    _FOLD[_cp] = chr(_cp - 0xFEE0)
_FOLD.update({
    0x3000: " ", 0x00A0: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ",
    0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'",
    0x300C: '"', 0x300D: '"', 0x300E: "'", 0x300F: "'",
    0x3001: ",",  # 、 folds with ， so "A、B" matches "A，B"
    0x3002: ".", 0xFF61: ".", 0x2014: "-", 0x2013: "-", 0x2015: "-", 0x2500: "-",
    0x301C: "~", 0x3014: "[", 0x3015: "]", 0x3010: "[", 0x3011: "]",
    0x3008: "<", 0x3009: ">", 0x300A: "<", 0x300B: ">", 0x2022: ".", 0x00B7: ".",
})


def fold(text: str) -> str:
    """Same length as `text`; full/half width, quotes and CJK punctuation unified."""
    return text.translate(_FOLD)


def strip_zero_width(text: str) -> str:
    return _ZW_RE.sub("", text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


def cn_to_int(s: str):
    """Chinese numeral (一 … 九十九, 二〇二一) to int, or None."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if "十" not in s and "百" not in s and "千" not in s:
        if all(c in CN_DIGITS for c in s):
            n = 0
            for c in s:
                n = n * 10 + CN_DIGITS[c]
            return n
        return None
    total, cur = 0, 0
    for c in s:
        if c in CN_DIGITS:
            cur = CN_DIGITS[c]
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        elif c == "百":
            total += (cur or 1) * 100
            cur = 0
        elif c == "千":
            total += (cur or 1) * 1000
            cur = 0
        else:
            return None
    return total + cur


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"
