"""Word list numbering (word/numbering.xml): the labels Word draws but does not store in the text.

A report's 一、 (一) 1. may come from Word's automatic numbering, so the
label must be computed to reach the outline: counters per list, deeper
levels restarting when a higher level advances, start values and
overrides, and the number formats Chinese documents use.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .numerals import chinese_number, circled

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_MAX_LEVELS = 9


def _roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                       (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter: a … z, aa … zz
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "chineseLegalSimplified", "koreanCounting"):
        return chinese_number(n)
    if fmt == "ideographTraditional":
        return _HEAVENLY_STEMS[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _EARTHLY_BRANCHES[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return circled(n) if 0 < n <= 20 else str(n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(c) - ord("0") + ord("０")) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)  # decimal and anything unknown


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""  # lvlText, e.g. "%1、" or "（%2）"


def _val(el, name: str, default: str = "") -> str:
    child = el.find(W + name) if el is not None else None
    return child.get(W + "val", default) if child is not None else default


class Numbering:
    """Labels for numbered paragraphs, in document order (call label() once per paragraph)."""

    def __init__(self, root=None):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, {ilvl: startOverride})
        self.counters: dict[str, list[int]] = {}
        self.started: set[str] = set()
        if root is not None:
            self._read(root)

    def _read(self, root) -> None:
        for an in root.iter(W + "abstractNum"):
            levels = {}
            for lvl in an.iter(W + "lvl"):
                try:
                    ilvl = int(lvl.get(W + "ilvl", "0"))
                    start = int(_val(lvl, "start", "1") or 1)
                except ValueError:
                    continue
                levels[ilvl] = _Level(start, _val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", ""))
            self.abstract[an.get(W + "abstractNumId", "")] = levels
        for num in root.iter(W + "num"):
            overrides = {}
            for ov in num.iter(W + "lvlOverride"):
                start = _val(ov, "startOverride")
                if start.lstrip("-").isdigit():
                    overrides[int(ov.get(W + "ilvl", "0"))] = int(start)
            self.nums[num.get(W + "numId", "")] = (_val(num, "abstractNumId"), overrides)

    def label(self, num_id: str, ilvl: int) -> str:
        """The label Word draws for the next paragraph of list num_id at level ilvl ("" for bullets/none)."""
        if num_id in ("", "0") or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        ilvl = max(0, min(ilvl, _MAX_LEVELS - 1))
        level = levels.get(ilvl)
        if level is None or level.fmt in ("bullet", "none"):
            return ""
        counts = self.counters.setdefault(abstract_id, [0] * _MAX_LEVELS)
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in overrides.items():
                if 0 <= lv < _MAX_LEVELS:
                    counts[lv] = start - 1
        if counts[ilvl] == 0 or counts[ilvl] < level.start - 1:
            counts[ilvl] = max(counts[ilvl], level.start - 1)
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            counts[deeper] = 0
        text = level.text
        for k in range(_MAX_LEVELS):
            token = f"%{k + 1}"
            if token in text:
                lv = levels.get(k, _Level())
                value = counts[k] if counts[k] else lv.start
                text = text.replace(token, format_number(value, lv.fmt))
        return text
