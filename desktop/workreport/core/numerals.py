"""Circled numbers (①, ㉑, ⑴, ㈠ …) and Chinese numerals: their characters and their values.

The one place that knows these characters. Regex fragments come in two forms: `*_CHARS` are
the inside of a character class (to combine: rf"[{CN_ONE_TO_TEN}两]"), `*_CLASS` a whole class.
"""

from __future__ import annotations

# ---- circled and bracketed numbers -----------------------------------------------------------

CIRCLED_1_20 = "①-⑳"  # U+2460-2473: the circled numbers reports number items and footnotes with
CIRCLED_1_20_CLASS = f"[{CIRCLED_1_20}]"
CIRCLED_21_35 = "\u3251-\u325f"  # ㉑-㉟
CIRCLED_36_50 = "\u32b1-\u32bf"  # ㊱-㊿
CIRCLED_1_50 = CIRCLED_1_20 + CIRCLED_21_35 + CIRCLED_36_50
CIRCLED_1_50_CLASS = f"[{CIRCLED_1_50}]"

# first code point of each run, and the number it stands for
_RUNS = (
    (0x2460, 0x2473, 1),  # ①-⑳ circled
    (0x3251, 0x325F, 21),  # ㉑-㉟ circled
    (0x32B1, 0x32BF, 36),  # ㊱-㊿ circled
    (0x2474, 0x2487, 1),  # ⑴-⒇ parenthesized
    (0x2488, 0x249B, 1),  # ⒈-⒛ with a full stop
    (0x3220, 0x3229, 1),  # ㈠-㈩ parenthesized ideographs
    (0x3280, 0x3289, 1),  # ㊀-㊉ circled ideographs
)


def circled_value(ch: str) -> int | None:
    """① → 1, ⑳ → 20, ㉑ → 21, ㊿ → 50, ⑴ → 1, ⒈ → 1, ㈠ → 1, ㊉ → 10; None for anything else."""
    if len(ch) != 1:
        return None
    cp = ord(ch)
    for first, last, value in _RUNS:
        if first <= cp <= last:
            return value + cp - first
    return None


def is_circled(ch: str) -> bool:
    """① … ⑳: the circled numbers of item lists (the run every reader of reports knows)."""
    return len(ch) == 1 and "①" <= ch <= "⑳"


def circled(n: int) -> str:
    """1 → ①, 21 → ㉑, 50 → ㊿; str(n) outside 1-50."""
    for first, last, value in _RUNS[:3]:
        if value <= n <= value + last - first:
            return chr(first + n - value)
    return str(n)


# ---- Chinese numerals ------------------------------------------------------------------------

CN_ONE_TO_TEN = "一二三四五六七八九十"  # what headings are numbered with (一、 (二) 第三部分)
CN_ZEROS = "〇零"
CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_WRITTEN_DIGITS = "〇一二三四五六七八九"


def cn_to_int(s: str) -> int | None:
    """Chinese numeral (一 … 九十九, 一百零五, 二〇二一) or ASCII digits to int; None if it is neither."""
    if not s:
        return None
    if s.isdecimal():  # not isdigit: ① and ² are digits that int() refuses
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
        elif c in CN_UNITS:
            total += (cur or 1) * CN_UNITS[c]
            cur = 0
        else:
            return None
    return total + cur


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (the counting Word calls chineseCounting);
    str(n) outside 1-999."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _WRITTEN_DIGITS[n]
    if n < 20:
        return "十" + (_WRITTEN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _WRITTEN_DIGITS[n // 10] + "十" + (_WRITTEN_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + _WRITTEN_DIGITS[rest] if rest < 10 else
                                   (_WRITTEN_DIGITS[1] + chinese_number(rest) if rest < 20 else chinese_number(rest)))
        return _WRITTEN_DIGITS[n // 100] + "百" + tail
    return str(n)
