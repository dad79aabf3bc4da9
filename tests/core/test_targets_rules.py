"""One test per failure class of the targets table, each written as a general rule on made-up sentences:
indicator names, direction, period, 分别/其中/等N个 lists, spurious numbers, units, sub-areas, duplicates."""

import pytest

from workreport.core.parser import parse_text
from workreport.core.targets import extract_targets

HEAD = ("政府工作报告\n各位代表：\n一、2020年工作回顾\n过去一年，全市经济运行总体平稳，各项工作取得积极进展。\n"
        "二、2021年重点工作\n")


def records(body: str, kind="target"):
    report = parse_text(HEAD + body + "\n")
    return [t for t in extract_targets(report) if t.value is not None and (kind is None or t.kind == kind)]


def one(body: str, kind="target"):
    recs = records(body, kind)
    assert len(recs) == 1, [(r.indicator, r.value, r.unit) for r in recs]
    return recs[0]


# ---- indicator names -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, want, not_in", [
    ("出台12条稳岗措施。", "稳岗措施", "出台"),
    ("专精特新企业从120家增至300多家。", "专精特新企业", "增"),
    ("财政赤字率拟按2.9%左右安排。", "财政赤字率", "拟"),
    ("年底前全市养老服务覆盖率达到90%。", "养老服务覆盖率", "前"),
    ("确保全年粮食播种面积稳定在500万亩。", "粮食播种面积", "确保"),
    ("加快12座跨河桥梁建设。", "跨河桥梁", "加快"),
    ("数字经济核心产业[3]增加值增长10%。", "数字经济核心产业增加值", "["),
    ("保障性住房开工3000套。", "保障性住房", "开工"),
    ("完成造林12万亩。", "造林", "完成"),
    ("企业研发投入增长12%。", "研发投入", None),
    ("力争60%的社区达到示范标准。", "社区", None),
])
def test_indicator_is_the_noun_phrase_measured(sentence, want, not_in):
    r = one(sentence)
    assert want in r.indicator
    if not_in:
        assert not_in not in r.indicator


def test_an_attribute_name_takes_the_indicator_before_it():
    recs = records("服务业增加值突破900亿元，增速达到8%以上。")
    assert [(r.indicator, r.unit) for r in recs] == [("服务业增加值", "亿元"), ("服务业增加值增速", "%")]


def test_indicator_is_never_a_bare_time_word_or_verb():
    for sentence in ("十年来累计植树造林30万亩。", "推出18条惠企措施。", "全年新增3家上市公司。"):
        r = one(sentence, kind=None)
        assert r.indicator and r.indicator not in ("十年", "推出", "新增", "全年")
        assert len(r.indicator) >= 2


def test_long_indicator_is_cut_at_a_word_boundary():
    r = one("推动符合条件的中小微企业和个体工商户的数字化转型升级改造示范项目达到20个。")
    assert r.indicator.endswith("项目") and r.indicator.startswith(("数字化", "中小微", "个体", "符合"))


# ---- direction --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, direction", [
    ("单位地区生产总值能耗下降3.5%。", "down"),
    ("细颗粒物平均浓度降至30微克/立方米。", "level"),
    ("地区生产总值增长6%左右。", "up"),
    ("居民消费价格涨幅控制在3%左右。", "up"),
    ("城镇登记失业率控制在4%以内。", "level"),
    ("新增城镇就业5万人。", "level"),
    ("常住人口城镇化率提高1个百分点。", "up"),
    ("规模以上工业增加值突破2000亿元。", "level"),
    ("化解过剩产能300万吨。", "down"),
])
def test_direction(sentence, direction):
    assert one(sentence).direction == direction


# ---- period -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind, period", [
    ("地区生产总值增长6%。", "target", "2021"),
    ("到2025年，高新技术企业达到800家。", "target", "2025"),
    ("到2025年，地区生产总值年均增长6%。", "target", "2021-2025"),
    ("“十四五”时期地区生产总值年均增长6%。", "target", "2021-2025"),
    ("过去五年累计新增城镇就业30万人。", "result", "2016-2020"),
    ("“十三五”时期地区生产总值年均增长7%。", "result", "2016-2020"),
    ("去年新增城镇就业6万人。", "result", "2020"),
])
def test_period(sentence, kind, period):
    assert one(sentence, kind).period == period


# ---- lists ------------------------------------------------------------------------------------

def test_fenbie_shares_the_tail_with_every_item():
    recs = records("失业保险、工伤保险参保人数分别达到50万人、60万人。")
    assert [(r.indicator, r.value) for r in recs] == [("失业保险参保人数", 50), ("工伤保险参保人数", 60)]


def test_qizhong_names_its_own_item():
    recs = records("新增城镇就业3万人，其中退役军人2000人。")
    assert [(r.indicator, r.value) for r in recs] == [("新增城镇就业", 3), ("退役军人", 2000)]


def test_group_of_n_is_named_by_the_group():
    r = one("实施道路、桥梁等15个项目。")
    assert r.indicator == "项目"


# ---- spurious numbers ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("推进10亿元以上项目80个。", [80]),
    ("3岁以下婴幼儿托位达到500个。", [500]),
    ("成为全国20个试点城市之一。", []),
    ("建设1000万人口超大城市。", []),
    ("抓好以下六个方面、30项具体工作。", []),
    ("办好12件民生实事。", []),
    ("建设年产20万吨乙烯项目。", []),
    ("开工建设80个超亿元项目。", [80]),
    ("力争全年开工50个3亿元以上项目。", [50]),
    ("两个学科进入全球前1%。", []),
])
def test_thresholds_ages_memberships_sizes_and_lists_are_not_records(sentence, kept):
    assert [r.value for r in records(sentence)] == kept


# ---- units ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit", [
    ("粮食产量稳定在1.4万亿斤以上。", 1.4, "万亿斤"),
    ("粮食总产量达到60亿斤。", 60, "亿斤"),
    ("举办技能培训班5期。", 5, "期"),
    ("发放宣传资料3000份。", 3000, "份"),
    ("提供学生营养餐20万餐次。", 20, "万餐次"),
    ("新增托育座位500席。", 500, "席"),
    ("形成12大类特色产品。", 12, "大类"),
    ("细颗粒物平均浓度降至35微克/立方米。", 35, "微克/立方米"),
    ("完成病虫害统防统治30万亩次。", 30, "万亩次"),
    ("开行中欧班列3000列以上。", 3000, "列"),
])
def test_units(sentence, value, unit):
    r = one(sentence)
    assert (r.value, r.unit) == (value, unit)


# ---- sub-areas ----------------------------------------------------------------------------------

def test_a_named_area_is_the_scope():
    r = one("东湖新区营业收入增长15%。")
    assert (r.scope, r.indicator) == ("东湖新区", "营业收入")


def test_a_sentence_opening_with_an_area_scopes_its_figures():
    recs = records("西江新区聚焦主导产业，力争园区营收、税收分别增长10%以上。")
    assert len(recs) == 2 and all(r.scope == "西江新区" for r in recs)


def test_the_jurisdiction_itself_is_no_scope():
    report = parse_text("东湖区2021年政府工作报告\n各位代表：\n一、2021年重点工作\n东湖区营业收入增长15%。\n")
    recs = [t for t in extract_targets(report) if t.value is not None]
    assert recs and recs[0].scope == ""


# ---- duplicates ---------------------------------------------------------------------------------

def test_the_same_sentence_in_two_places_gives_two_records():
    recs = records("新建公办幼儿园10所。\n（二）民生实事\n新建公办幼儿园10所。")
    assert len(recs) == 2 and recs[0].start != recs[1].start


def test_the_same_figure_twice_in_one_paragraph_gives_two_records():
    recs = records("新建公办幼儿园10所，改善办学条件。我们将新建公办幼儿园10所。")
    assert [(r.indicator, r.value) for r in recs] == [("公办幼儿园", 10), ("公办幼儿园", 10)]
    assert recs[0].start != recs[1].start


def test_a_name_starting_with_a_connective_character_is_not_cut():
    assert one("新建宜居宜业和美乡村30个。").indicator.endswith("和美乡村")
    assert one("行政审批及时率达到98%。").indicator == "行政审批及时率"
