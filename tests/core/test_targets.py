"""Extraction rules: numbers, units, comparators, 分别/均 pairing, names that are not targets."""

import pytest

from workreport.core.parser import parse_text
from workreport.core.targets import extract_targets
from workreport.core.targets_numbers import parse_number, scan

HEAD = ("政府工作报告\n各位代表：\n一、2020年工作回顾\n"
        "过去一年，全区经济运行总体平稳，各项工作取得积极进展。\n二、2021年重点工作\n")


def targets_of(sentence: str, kind="target"):
    report = parse_text(HEAD + sentence + "\n")
    return [t for t in extract_targets(report) if t.kind == kind], report


def values(sentence: str):
    return [(t.value, t.value_max, t.unit, t.comparator) for t in targets_of(sentence)[0] if t.value is not None]


@pytest.mark.parametrize("sentence, expected", [
    ("地区生产总值增长6.6%。", [(6.6, None, "%", "exact")]),
    ("新增就业1.9万人左右。", [(1.9, None, "万人", "about")]),
    ("城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内。", [(900, None, "万人", "at_least"),
                                                 (4.6, None, "%", "at_most")]),
    ("国内生产总值增长6%—6.5%。", [(6, 6.5, "%", "range")]),
    ("国内生产总值增长6-6.5%。", [(6, 6.5, "%", "range")]),
    ("居民消费价格涨幅不超过3%。", [(3, None, "%", "at_most")]),
    ("研发投入不低于50亿元。", [(50, None, "亿元", "at_least")]),
    ("减税降费累计超过17亿元。", [(17, None, "亿元", "at_least")]),
    ("共增加学位17000余个。", [(17000, None, "个", "at_least")]),
    ("开展文艺演出近万场。", [(10000, None, "场", "about")]),
    ("新建两所学校，新增三千亩林地。", [(2, None, "所", "exact"), (3000, None, "亩", "exact")]),
    ("对1845万平方米老旧小区实施改造提升。", [(1845, None, "万平方米", "exact")]),
    ("农村贫困人口减少1000万以上。", [(1000, None, "万", "at_least")]),
    ("常住人口城镇化率提高1.6个百分点。", [(1.6, None, "个百分点", "exact")]),
    ("人口自然增长率控制在8‰以内。", [(8, None, "‰", "at_most")]),
    ("全年完成投资１２０亿元。", [(120, None, "亿元", "exact")]),
])
def test_values_units_comparators(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "举办区第七届民俗文化博览节。",
    "启动实施地铁8号线、11号线延长线房屋征收工作。",
    "彰显古文化街国家5A级旅游景区魅力。",
    "编制“十四五”规划，推动十四五时期开好局。",
    "深化西营门片区2.2平方公里城市设计、控规管理。",
    "2021年1月15日召开大会，落实南开政办发〔2021〕1号文件。",
    "确保PM2.5年均浓度持续下降，加速5G网络建设。",
    "增强“四个意识”，坚决做到“两个维护”，完善“三个一批”机制。",
    "严格落实中央八项规定精神，推动长虹公园十栋别墅问题解决。",
    "建设三级公共文化服务设施，打造两大服务业集聚区，培育一批企业。",
    "引进北京航天706所天津研发中心等一批项目。",
    "推动文化服务走进千家万户，重点抓好九个方面工作。",
])
def test_ordinals_names_dates_are_not_targets(sentence):
    assert values(sentence) == []


def test_fenbie_pairs_indicators_with_values():
    ts, _ = targets_of("国家高新技术企业、国家科技型中小企业分别达到400家、350家，新增科技领军企业1家。")
    assert [(t.indicator, t.value, t.unit) for t in ts] == [
        ("国家高新技术企业", 400, "家"), ("国家科技型中小企业", 350, "家"), ("新增科技领军企业", 1, "家")]


def test_fenbie_shares_the_suffix_and_expands_contractions():
    ts, _ = targets_of("第一、第二、第三产业增加值分别增长2.8%、5%、6%；城乡居民收入分别增长8.5%、9.5%。")
    assert [(t.indicator, t.value) for t in ts] == [
        ("第一产业增加值", 2.8), ("第二产业增加值", 5), ("第三产业增加值", 6),
        ("城镇居民收入", 8.5), ("农村居民收入", 9.5)]
    assert {t.measure for t in ts} == {"growth"}


def test_jun_gives_the_value_to_each_indicator():
    ts, _ = targets_of("城镇居民人均可支配收入、农村居民人均纯收入均实际增长7.5%左右。")
    assert [(t.indicator, t.value, t.comparator) for t in ts] == [
        ("城镇居民人均可支配收入", 7.5, "about"), ("农村居民人均纯收入", 7.5, "about")]


def test_several_targets_in_one_sentence_and_base_values():
    ts, report = targets_of("地区生产总值增长6.6%，一般公共预算收入632亿元；新增就业1.9万人左右。")
    assert [(t.indicator, t.measure) for t in ts] == [
        ("地区生产总值", "growth"), ("一般公共预算收入", "level"), ("新增就业", "count")]
    assert ts[1].base_value == 632e8 and ts[2].base_value == pytest.approx(19000)
    for t in ts:  # the span is the sentence as it reads in the report
        assert report.text[t.start:t.end] == t.sentence
        assert t.kind == "target" and t.year == 2021 and not t.stretch


def test_stretch_and_target_year():
    ts, _ = targets_of("力争到2025年高新技术企业达到500家。")
    assert (ts[0].value, ts[0].stretch, ts[0].year) == (500, True, 2025)


def test_from_to_keeps_only_the_reached_value():
    ts, _ = targets_of("全区PM2.5年均浓度由每立方米71微克下降到48微克。")
    assert [(t.indicator, t.value, t.unit) for t in ts] == [("PM2.5年均浓度", 48, "微克")]


def test_review_part_gives_results_of_last_year():
    report = parse_text(HEAD.replace("各项工作取得积极进展", "引进北京企业893家") + "全年引进京冀企业400家。\n")
    ts = [t for t in extract_targets(report) if t.value is not None]
    assert [(t.kind, t.year, t.value) for t in ts] == [("result", 2020, 893), ("target", 2021, 400)]


def test_qualitative_goals_are_kept_without_value():
    ts, _ = targets_of("2021年主要预期目标是：地区生产总值增长6.6%，居民人均可支配收入稳定增长，"
                       "节能减排降碳指标完成全市下达目标。")
    assert [(t.indicator, t.value) for t in ts] == [
        ("地区生产总值", 6.6), ("居民人均可支配收入", None), ("节能减排降碳指标", None)]


def test_to_dict_has_the_documented_fields():
    ts, _ = targets_of("新增养老床位100张。")
    d = ts[0].to_dict()
    for field in ("indicator", "value", "value_max", "unit", "base_value", "comparator", "measure", "kind", "year",
                  "stretch", "block", "ref", "start", "end", "sentence", "section", "paragraph"):
        assert field in d
    assert d["paragraph"] == d["ref"] and d["section"] == "2021年重点工作"


def test_parse_number_forms():
    assert parse_number("1,234.5") == 1234.5
    assert parse_number("两") == 2 and parse_number("十二") == 12 and parse_number("三千") == 3000
    assert parse_number("一万二千") == 12000


def test_scan_spans_cover_number_and_unit():
    text = "新增就业1.9万人左右。"
    (q,) = scan(text)
    assert text[q.num_start:q.end] == "1.9万人左右"


def test_fenbie_list_in_the_previous_clause_and_following_value_lists():
    ts, _ = targets_of("规模以上工业增加值、固定资产投资指标，分别按增长8%、5%掌握。"
                       "城镇居民和农村居民人均可支配收入分别实现32840元和12210元，增长8.5%和10%。")
    assert [(t.indicator, t.value) for t in ts] == [
        ("规模以上工业增加值", 8), ("固定资产投资", 5),
        ("城镇居民人均可支配收入", 32840), ("农村居民人均可支配收入", 12210),
        ("城镇居民人均可支配收入", 8.5), ("农村居民人均可支配收入", 10)]


def test_kind_and_year_from_part_titles_without_a_date():
    report = parse_text("政府工作报告\n各位代表：\n一、2011年，全省上下齐心协力，实现良好开局\n全年引进企业893家。\n"
                        "二、规划实施完成情况\n去年新增就业3万人。\n三、握紧拳头保发展重点\n新建学校20所。\n")
    ts = [(t.kind, t.year, t.value) for t in extract_targets(report)]
    assert ts == [("result", 2011, 893), ("result", 2011, 3), ("target", 2012, 20)]
