"""The one helper for circled numbers and Chinese numerals (core/numerals.py)."""

import re

import pytest

from workreport.core import numerals
from workreport.core.numerals import chinese_number, circled, circled_value, cn_to_int, is_circled


@pytest.mark.parametrize(("ch", "value"), [
    ("①", 1), ("⑩", 10), ("⑳", 20), ("㉑", 21), ("㉟", 35), ("㊱", 36), ("㊿", 50),
    ("⑴", 1), ("⒇", 20), ("⒈", 1), ("⒛", 20), ("㈠", 1), ("㈩", 10), ("㊀", 1), ("㊉", 10),
])
def test_circled_value(ch, value):
    assert circled_value(ch) == value


@pytest.mark.parametrize("text", ["1", "一", "a", "", "①②", "○"])
def test_circled_value_of_anything_else_is_none(text):
    assert circled_value(text) is None


def test_circled_round_trips_from_1_to_50():
    assert [circled_value(circled(n)) for n in range(1, 51)] == list(range(1, 51))
    assert circled(0) == "0" and circled(51) == "51"


def test_is_circled_is_the_run_reports_number_with():
    assert all(is_circled(circled(n)) for n in range(1, 21))
    assert not any(is_circled(ch) for ch in ("㉑", "⑴", "㈠", "1", "", "①②"))


def test_class_fragments_match_their_characters():
    one_to_20 = re.compile(numerals.CIRCLED_1_20_CLASS)
    one_to_50 = re.compile(numerals.CIRCLED_1_50_CLASS)
    assert all(one_to_20.fullmatch(circled(n)) for n in range(1, 21))
    assert not one_to_20.search("㉑⑴㈠")
    assert all(one_to_50.fullmatch(circled(n)) for n in range(1, 51))
    assert not one_to_50.search("⑴㈠1")
    assert re.fullmatch(f"[{numerals.CN_ONE_TO_TEN}]+", "一二三四五六七八九十")


@pytest.mark.parametrize(("text", "value"), [
    ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99), ("两", 2), ("一百零五", 105),
    ("三千", 3000), ("二〇二一", 2021), ("二零二四", 2024), ("2021", 2021), ("〇", 0),
])
def test_cn_to_int(text, value):
    assert cn_to_int(text) == value


@pytest.mark.parametrize("text", ["", "十a", "abc", "第一", "①"])
def test_cn_to_int_of_other_text_is_none(text):
    assert cn_to_int(text) is None


def test_chinese_number_is_read_back_by_cn_to_int():
    assert [chinese_number(n) for n in (1, 10, 11, 20, 23, 100, 105, 110)] == \
        ["一", "十", "十一", "二十", "二十三", "一百", "一百零五", "一百一十"]
    assert all(cn_to_int(chinese_number(n)) == n for n in range(1, 1000))
    assert chinese_number(0) == "0" and chinese_number(1000) == "1000"


def test_textnorm_still_offers_cn_to_int():
    from workreport.core import textnorm

    assert textnorm.cn_to_int is cn_to_int
