"""Scorecard pairing and its status rules (core.pairing, core.pairing_rules), on plain records."""

import pytest

from workreport.core.pairing import (
    PANEL_COLUMNS,
    IndicatorNames,
    Reason,
    ReportInput,
    missing_years,
    names_match,
    panel_rows,
    score_panel,
    score_region,
)
from workreport.core.pairing_rules import (
    ABOUT_FLOOR,
    ABOUT_SHARE,
    Figure,
    Polarity,
    Status,
    judge,
    tolerance,
    unit_base,
)

HIGHER, LOWER, NEUTRAL = Polarity.HIGHER, Polarity.LOWER, Polarity.NEUTRAL
MET, MISSED = Status.MET, Status.MISSED


def fig(value, comparator="exact", unit="%", value_max=None, measure="growth", direction="up"):
    return Figure(value, unit, comparator, value_max, measure, direction)


# ---- the about tolerance ---------------------------------------------------------------------

def test_tolerance_is_five_percent_with_a_floor_of_a_tenth():
    assert (ABOUT_SHARE, ABOUT_FLOOR) == (0.05, 0.1)
    assert tolerance(7.5) == pytest.approx(0.375)
    assert tolerance(2) == pytest.approx(0.1)  # 5% of 2 is 0.1: the floor and the share meet
    assert tolerance(1) == pytest.approx(0.1)  # the floor
    assert tolerance(1000) == pytest.approx(50)  # 1000万人 about: ±50万人


@pytest.mark.parametrize("actual, polarity, status", [
    (5.7, HIGHER, MET),  # 6 − 0.3 exactly: the edge is met
    (5.69, HIGHER, MISSED),
    (6.3, LOWER, MET),  # 6 + 0.3 exactly
    (6.31, LOWER, MISSED),
    (6.3, NEUTRAL, MET),
    (5.7, NEUTRAL, MET),
    (6.31, NEUTRAL, MISSED),
    (5.69, NEUTRAL, MISSED),
    (9.0, HIGHER, MET),  # above an about target is fine when more is better
    (9.0, NEUTRAL, MISSED),
])
def test_about_edge(actual, polarity, status):
    assert judge(fig(6, "about"), fig(actual), polarity) is status


def test_about_floor_applies_to_small_targets():
    assert judge(fig(1, "about"), fig(0.9), HIGHER) is MET  # 1 − 0.1
    assert judge(fig(1, "about"), fig(0.89), HIGHER) is MISSED
    # CPI 3% about, less is better: 3.15 is the edge
    assert judge(fig(3, "about"), fig(3.15), LOWER) is MET
    assert judge(fig(3, "about"), fig(3.3), LOWER) is MISSED


# ---- the other comparators -------------------------------------------------------------------

@pytest.mark.parametrize("comparator, actual, polarity, status", [
    ("at_least", 8, HIGHER, MET), ("at_least", 7.99, HIGHER, MISSED),
    ("at_least", 8, LOWER, MET), ("at_least", 7.99, NEUTRAL, MISSED),  # at_least ignores polarity
    ("at_most", 4.6, LOWER, MET), ("at_most", 4.61, LOWER, MISSED), ("at_most", 4.61, HIGHER, MISSED),
    ("exact", 8, HIGHER, MET), ("exact", 7.9, HIGHER, MISSED), ("exact", 7.9, LOWER, MET),
    ("exact", 8.2, LOWER, MISSED), ("exact", 8.4, NEUTRAL, MET), ("exact", 8.41, NEUTRAL, MISSED),
])
def test_comparators(comparator, actual, polarity, status):
    value = 4.6 if comparator == "at_most" else 8
    assert judge(fig(value, comparator), fig(actual), polarity) is status


@pytest.mark.parametrize("actual, polarity, status", [
    (6.5, HIGHER, MET), (6.4, HIGHER, MISSED), (7.5, HIGHER, MET),
    (7.0, LOWER, MET), (7.1, LOWER, MISSED), (5.0, LOWER, MET),
    (6.7, NEUTRAL, MET), (6.4, NEUTRAL, MISSED), (7.1, NEUTRAL, MISSED),
])
def test_range(actual, polarity, status):
    assert judge(fig(6.5, "range", value_max=7), fig(actual), polarity) is status


# ---- direction, units, measures --------------------------------------------------------------

def test_a_reduction_target_is_judged_on_the_size_of_the_reduction():
    target = fig(3, direction="down")  # 能耗下降3%
    assert judge(target, fig(3.5, direction="down"), HIGHER) is MET
    assert judge(target, fig(2.5, direction="down"), HIGHER) is MISSED
    assert judge(target, fig(1, direction="up"), HIGHER) is MISSED  # it rose
    # polarity of the indicator (PM2.5 concentration, less is better) does not flip a reduction target
    assert judge(target, fig(3.5, direction="down"), LOWER) is MET
    assert judge(fig(3, "at_least", direction="down"), fig(3.1, direction="down"), LOWER) is MET


def test_an_actual_fall_counts_as_negative():
    # CPI target about 4% (less is better); prices fell 0.7%
    assert judge(fig(4, "about"), fig(0.7, direction="down"), LOWER) is MET
    # growth target 12% at least; trade fell 15%
    assert judge(fig(12, "at_least"), fig(15, direction="down"), HIGHER) is MISSED


def test_multipliers_convert():
    jobs = fig(1000, "at_least", unit="万人", measure="count", direction="level")
    assert judge(jobs, fig(13220000, unit="人", measure="count", direction="level"), HIGHER) is MET
    assert judge(jobs, fig(9990000, unit="人", measure="count", direction="level"), HIGHER) is MISSED
    assert judge(jobs, fig(0.1322, unit="亿人", measure="count", direction="level"), HIGHER) is MET
    grain = fig(1.3, "at_least", unit="万亿斤", measure="level", direction="level")
    assert judge(grain, fig(6.5, unit="亿吨", measure="level", direction="level"), HIGHER) is MET  # 1.3万亿斤
    assert judge(grain, fig(6.4, unit="亿吨", measure="level", direction="level"), HIGHER) is MISSED
    assert unit_base("万亿斤") == unit_base("万亿斤")
    assert unit_base("万人").unit == "人" and unit_base("万人").factor == 10 ** 4


def test_the_about_tolerance_is_in_the_targets_unit():
    target = fig(1000, "about", unit="万人", measure="count", direction="level")
    assert judge(target, fig(9500000, unit="人", measure="count", direction="level"), HIGHER) is MET
    assert judge(target, fig(9499999, unit="人", measure="count", direction="level"), HIGHER) is MISSED


def test_growth_versus_level_is_not_comparable():
    growth = fig(8, "about")
    assert judge(growth, fig(5000, unit="亿元", measure="level", direction="level"), HIGHER) is Status.NOT_COMPARABLE
    assert judge(growth, fig(2, unit="个百分点", measure="change"), HIGHER) is Status.NOT_COMPARABLE
    assert judge(fig(5, unit="亿元", measure="level"), fig(5, unit="亿美元", measure="level")) is \
        Status.NOT_COMPARABLE
    assert judge(fig(50, unit="万人", measure="count", direction="level"),
                 fig(50, unit="万人", measure="count", direction="down")) is Status.NOT_COMPARABLE


def test_no_actual_and_no_target():
    assert judge(fig(8), None) is Status.NOT_COMPARABLE
    assert judge(None, fig(8)) is Status.NO_TARGET


# ---- pairing ---------------------------------------------------------------------------------

class _Vocab:
    """A tiny stand-in for the vocabulary: exact names only."""

    class _Ind:
        def __init__(self, id, zh, en, polarity):
            self.id, self.zh, self.en, self.polarity = id, zh, en, polarity

    _IDS = {"gdp": ("地区生产总值", "GDP", "higher"), "cpi": ("居民消费价格", "CPI", "lower"),
            "urban_jobs_new": ("城镇新增就业", "New urban jobs", "higher"),
            "energy_intensity": ("单位地区生产总值能耗", "Energy intensity", "higher")}
    _NAMES = {"地区生产总值": "gdp", "经济增速": "gdp", "居民消费价格涨幅": "cpi", "居民消费价格": "cpi",
              "城镇新增就业": "urban_jobs_new", "单位地区生产总值能耗": "energy_intensity"}

    def match(self, name, unit="", context=""):
        cid = self._NAMES.get(name)
        return self.by_id(cid) if cid else None

    def by_id(self, cid):
        return self._Ind(cid, *self._IDS[cid])

    def find_all(self, text):
        return []


NAMES = IndicatorNames(_Vocab())


def rec(kind, year, name, value, unit="%", comparator="exact", measure="growth", direction="up", ref="§1¶1",
        value_max=None, period=None, scope="", start=0, block=1, sentence=None, stretch=False):
    return {"kind": kind, "year": year, "indicator": name, "value": value, "value_max": value_max, "unit": unit,
            "comparator": comparator, "measure": measure, "direction": direction, "ref": ref,
            "period": str(year) if period is None else period, "scope": scope, "start": start, "block": block,
            "sentence": sentence or f"{name}{value}{unit}", "stretch": stretch,
            "canonical": _Vocab._NAMES.get(name, "")}


def report(year, records, absent=(), region="某市", level="city"):
    return ReportInput(region, level, year, f"{region}/{year}.md", list(records), list(absent))


def by_key(pairs):
    return {(p.indicator, p.year, p.measure): p for p in pairs}


def test_target_paired_with_next_years_result_and_both_sentences_linked():
    r1 = report(2020, [rec("target", 2020, "地区生产总值", 6, comparator="about", ref="§2¶1", start=50)])
    r2 = report(2021, [rec("result", 2020, "地区生产总值", 6.2, ref="§1¶1", sentence="地区生产总值增长6.2%。")])
    (pair,) = score_region([r2, r1], NAMES)  # any order
    assert (pair.indicator, pair.year, pair.status) == ("gdp", 2020, MET)
    d = pair.to_dict()
    assert d["target"]["ref"] == "某市/2020.md#§2¶1" and d["actual"]["ref"] == "某市/2021.md#§1¶1"
    assert d["actual"]["sentence"] == "地区生产总值增长6.2%。"
    assert (d["name"], d["name_en"]) == ("地区生产总值", "GDP")


def test_growth_and_level_targets_are_separate_pairs_and_never_cross():
    r1 = report(2020, [rec("target", 2020, "地区生产总值", 6),
                       rec("target", 2020, "地区生产总值", 5000, unit="亿元", measure="level", direction="level")])
    r2 = report(2021, [rec("result", 2020, "地区生产总值", 5100, unit="亿元", measure="level", direction="level"),
                       rec("result", 2020, "地区生产总值", 4.0, start=10)])
    pairs = by_key(score_region([r1, r2], NAMES))
    assert pairs[("gdp", 2020, "growth")].status is MISSED
    assert pairs[("gdp", 2020, "growth")].actual.value == 4.0
    assert pairs[("gdp", 2020, "amount")].status is MET


def test_only_a_level_reported_for_a_growth_target_is_not_comparable():
    r1 = report(2020, [rec("target", 2020, "地区生产总值", 6)])
    r2 = report(2021, [rec("result", 2020, "地区生产总值", 5100, unit="亿元", measure="level", direction="level")])
    (pair,) = score_region([r1, r2], NAMES)
    assert pair.status is Status.NOT_COMPARABLE and pair.reason is Reason.INCOMPARABLE
    assert pair.actual.value == 5100  # shown beside the target


def test_units_with_multipliers_pair_and_judge():
    r1 = report(2020, [rec("target", 2020, "城镇新增就业", 10, unit="万人", measure="count", direction="level",
                           comparator="at_least")])
    r2 = report(2021, [rec("result", 2020, "城镇新增就业", 112000, unit="人", measure="count", direction="level")])
    (pair,) = score_region([r1, r2], NAMES)
    assert pair.status is MET


def test_reduction_target_pairs_with_reduction_result():
    name = "单位地区生产总值能耗"
    r1 = report(2020, [rec("target", 2020, name, 3, direction="down")])
    r2 = report(2021, [rec("result", 2020, name, 3.5, direction="down")])
    (pair,) = score_region([r1, r2], NAMES)
    assert pair.status is MET


def test_the_goals_statement_wins_over_other_targets_and_the_floor_over_the_stretch():
    goals = "今年主要预期目标是：地区生产总值增长6%左右，力争7%。"
    r1 = report(2020, [rec("target", 2020, "地区生产总值", 9.5, start=10, block=3,
                           sentence="上年地区生产总值增长9.5%。"),
                       rec("target", 2020, "地区生产总值", 7, start=95, block=8, sentence=goals, stretch=True),
                       rec("target", 2020, "地区生产总值", 6, "%", "about", start=90, block=8, sentence=goals)])
    r2 = report(2021, [rec("result", 2020, "地区生产总值", 6.5)])
    (pair,) = score_region([r1, r2], NAMES)
    assert (pair.target.value, pair.target.comparator, pair.status) == (6, "about", MET)


def test_multi_year_periods_and_sub_areas_never_pair():
    r1 = report(2020, [rec("target", 2020, "城镇新增就业", 10, unit="万人", measure="count", direction="level")])
    r2 = report(2021, [
        rec("result", 2020, "城镇新增就业", 50, unit="万人", measure="count", direction="level", period="2016-2020"),
        rec("result", 2020, "城镇新增就业", 2, unit="万人", measure="count", direction="level", scope="某新区"),
        rec("result", 2020, "城镇新增就业", 11, unit="万人", measure="count", direction="level", start=90)])
    (pair,) = score_region([r1, r2], NAMES)
    assert pair.actual.value == 11 and pair.status is MET


def test_a_level_far_from_its_target_is_something_else():
    r1 = report(2020, [rec("target", 2020, "城镇新增就业", 10, unit="万人", measure="count", direction="level")])
    r2 = report(2021, [rec("result", 2020, "城镇新增就业", 71, unit="万人", measure="count", direction="level")])
    (pair,) = score_region([r1, r2], NAMES)
    assert pair.actual is None and pair.reason is Reason.NO_ACTUAL


def test_a_precise_actual_wins_over_a_rounded_one():
    r1 = report(2020, [rec("target", 2020, "城镇新增就业", 900, unit="万人", measure="count", direction="level")])
    r2 = report(2021, [
        rec("result", 2020, "城镇新增就业", 1000, unit="万人", measure="count", direction="level",
            comparator="at_least"),
        rec("result", 2020, "城镇新增就业", 1186, unit="万人", measure="count", direction="level", start=99)])
    (pair,) = score_region([r1, r2], NAMES)
    assert pair.actual.value == 1186


def test_explicitly_absent_target_is_no_target():
    absent = {"name": "全年经济增速", "canonical": "gdp", "measure": "growth", "ref": "§2¶4",
              "sentence": "我们没有提出全年经济增速具体目标。"}
    r1 = report(2020, [rec("target", 2020, "居民消费价格涨幅", 3.5, comparator="about")], absent=[absent])
    r2 = report(2021, [rec("result", 2020, "地区生产总值", 2.3), rec("result", 2020, "居民消费价格", 2.5)])
    pairs = by_key(score_region([r1, r2], NAMES))
    gdp = pairs[("gdp", 2020, "growth")]
    assert gdp.status is Status.NO_TARGET and gdp.target is None and gdp.actual.value == 2.3
    assert gdp.to_dict()["absent"]["ref"] == "某市/2020.md#§2¶4"
    assert pairs[("cpi", 2020, "growth")].status is MET


def test_missing_years_leave_targets_not_comparable():
    t = lambda y, v: rec("target", y, "地区生产总值", v, comparator="about")  # noqa: E731
    r = lambda y, v: rec("result", y, "地区生产总值", v, start=1)  # noqa: E731
    reports = [report(2018, [t(2018, 7)]), report(2019, [r(2018, 7.1), t(2019, 6.5)]),
               report(2021, [r(2020, 3.0), t(2021, 6)])]  # 2020 missing
    assert missing_years(rep.year for rep in reports) == [2020]
    pairs = {p.year: p for p in score_region(reports, NAMES)}
    assert pairs[2018].status is MET
    assert pairs[2019].status is Status.NOT_COMPARABLE and pairs[2019].reason is Reason.NO_NEXT_REPORT
    assert pairs[2021].reason is Reason.NO_NEXT_REPORT  # the last year
    assert 2020 not in pairs  # no report, no target


def test_names_outside_the_vocabulary_pair_by_a_confident_name_only():
    r1 = report(2020, [rec("target", 2020, "进出口", 5, comparator="about"),
                       rec("target", 2020, "新建学校", 10, unit="所", measure="count", direction="level")])
    r2 = report(2021, [rec("result", 2020, "进出口总额", 6.1), rec("result", 2020, "学校", 12, unit="所",
                                                                measure="count", direction="level")])
    pairs = score_region([r1, r2], NAMES)
    assert [(p.indicator, p.status) for p in pairs] == [("进出口", MET)]
    assert not pairs[0].canonical


def test_names_match():
    assert names_match("进出口", "进出口总额")
    assert names_match("全市进出口总额", "进出口总额")
    assert not names_match("学校", "新建学校")  # too short
    assert not names_match("投资", "工业投资")
    assert not names_match("一般公共预算收入", "税收收入")


def test_panel_groups_regions_and_rows_are_long_format():
    a = [report(2020, [rec("target", 2020, "地区生产总值", 6)], region="甲市"),
         report(2021, [rec("result", 2020, "地区生产总值", 6.1)], region="甲市")]
    b = [report(2020, [rec("target", 2020, "地区生产总值", 6)], region="乙市"),
         report(2021, [rec("result", 2020, "地区生产总值", 5.0)], region="乙市")]
    pairs = score_panel(a + b, NAMES)
    rows = panel_rows(pairs)
    assert sorted((r["region"], r["status"]) for r in rows) == [("乙市", "missed"), ("甲市", "met")]
    assert set(rows[0]) == set(PANEL_COLUMNS)
    rows = {r["region"]: r for r in rows}
    assert rows["乙市"]["target_ref"] == "乙市/2020.md#§1¶1" and rows["乙市"]["actual_ref"] == "乙市/2021.md#§1¶1"
    assert score_panel(a + b, NAMES, indicators=["cpi"]) == []


def test_panel_keeps_a_region_apart_from_its_years():
    a = [report(2020, [rec("target", 2020, "地区生产总值", 6)], region="甲市"),
         report(2021, [rec("result", 2020, "地区生产总值", 6.1)], region="乙市")]
    assert [p.status for p in score_panel(a, NAMES)] == [Status.NOT_COMPARABLE]


# ---- explicitly absent targets in text -------------------------------------------------------

def test_absent_targets_found_in_text_with_their_paragraph():
    from workreport.core.pairing_input import absent_targets_in_text

    text = ("今年主要预期目标是：城镇新增就业900万人以上。\n"
            "需要说明的是，我们没有提出全年经济增速具体目标，主要因为不确定性很大。\n"
            "去年地区生产总值没有完成预期目标，经济形势不确定性依然很大。")
    blocks = [(0, "§2¶1"), (text.index("需要"), "§2¶2"), (text.index("去年"), "§2¶3")]
    found = absent_targets_in_text(text, blocks)
    assert [(a["canonical"], a["measure"], a["ref"]) for a in found] == [("gdp", "growth", "§2¶2")]
    assert found[0]["sentence"] == "需要说明的是，我们没有提出全年经济增速具体目标，主要因为不确定性很大。"
    assert absent_targets_in_text("今年不设定粮食产量目标。", [(0, "§1¶1")])[0]["canonical"] == "grain_output"
