"""Character-level normalisation.

`fold` maps text to a matching form *one character to one character*, so an
offset in folded text is the same offset in the displayed text. That is what
lets glossary matching, target spans and note anchors share coordinates.
"""

import re
import unicodedata

from .numerals import cn_to_int  # noqa: F401 - re-exported: callers import it from here

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


class Translation:
    """`str.translate` with a small table of single characters, fast on text of any length.

    str.translate looks every character up in the table, and a character not in it costs a raised
    and cleared KeyError: slow on Chinese text, where most characters are not in the table. A short
    text takes one regex pass over the characters that change; a long one, one str.replace per
    character of the table that it holds (replace and `in` run at C speed).
    """

    LONG = 250  # characters; measured: below this one regex pass is faster, above it the replaces

    def __init__(self, table: dict[int, str]):
        self.table = {chr(k): v for k, v in table.items()}
        if any(len(v) != 1 or v in self.table for v in self.table.values()):
            raise ValueError("a Translation maps characters to characters outside the table")
        self.pattern = re.compile("[" + "".join(re.escape(c) for c in self.table) + "]")
        # Punctuation and spaces (，、“” …) fill Chinese text: a search for each is cheaper than a list
        # of every match. The rest (full-width letters, digits) is rare: found in one pass.
        common = {c for c in self.table if unicodedata.category(c)[0] in "PZ"}
        self.common = tuple((c, v) for c, v in self.table.items() if c in common)
        rare = "".join(re.escape(c) for c in self.table if c not in common)
        self.rare = re.compile(f"[{rare}]") if rare else None

    def __call__(self, text: str) -> str:
        if len(text) < self.LONG:
            return self.pattern.sub(self._one, text)
        for old, new in self.common:
            if old in text:
                text = text.replace(old, new)
        for old in set(self.rare.findall(text)) if self.rare is not None else ():  # one pass finds them
            text = text.replace(old, self.table[old])
        return text

    def _one(self, match: re.Match) -> str:
        return self.table[match.group()]


_FOLDING = Translation(_FOLD)


def fold(text: str) -> str:
    """Same length as `text`; full/half width, quotes and CJK punctuation unified."""
    return _FOLDING(text)


def strip_zero_width(text: str) -> str:
    if not any(c in text for c in ZERO_WIDTH):
        return text  # the common case: six searches at C speed are faster than the regex pass
    return _ZW_RE.sub("", text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"
