"""The canonical indicator vocabulary (resources/indicators.json) and its matcher."""

import json
import sys

import pytest
from conftest import ROOT

from workreport import resources
from workreport.core.indicators import VOCABULARY_FILE, Indicator, Polarity, UnitFamily, Vocabulary, load_vocabulary

# The ids shared with the scorecard gold (helpers' INDICATOR_IDS.md): id → polarity.
SHARED_IDS = {
    "gdp": "higher", "cpi": "lower", "urban_jobs_new": "higher", "unemployment_surveyed": "lower",
    "unemployment_registered": "lower", "deficit_ratio": "lower", "deficit": "neutral",
    "special_bonds": "neutral", "grain_output": "higher", "budget_revenue": "higher",
    "fixed_asset_investment": "higher", "retail_sales": "higher", "income_per_capita": "higher",
    "urban_income_per_capita": "higher", "rural_income_per_capita": "higher", "foreign_trade": "higher",
    "exports": "higher", "foreign_capital": "higher", "energy_intensity": "higher",
    "co2_intensity": "higher", "pm25": "lower", "good_air_days": "higher", "rnd_intensity": "higher",
    "industrial_value_added": "higher",
}


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return load_vocabulary()


def _data():
    return json.loads((ROOT / "resources" / VOCABULARY_FILE).read_text(encoding="utf-8"))


def _id(vocab, name, unit="", context=""):
    hit = vocab.match(name, unit, context)
    return hit.id if hit else None


# ---- the vocabulary itself ---------------------------------------------------------------------

@pytest.mark.parametrize("ind_id,polarity", sorted(SHARED_IDS.items()))
def test_every_shared_id_exists_with_names_family_and_polarity(vocab, ind_id, polarity):
    ind = vocab.by_id(ind_id)
    assert isinstance(ind, Indicator) and ind.id == ind_id
    assert ind.zh and all("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in ind.zh)
    assert ind.en and ind.en.isascii()
    assert isinstance(ind.unit_family, UnitFamily)
    assert ind.polarity is Polarity(polarity)
    assert ind_id in vocab.ids()


def test_the_vocabulary_goes_beyond_the_shared_ids_with_complete_entries(vocab):
    ids = vocab.ids()
    assert len(ids) == len(set(ids)) >= 60
    for extra in ("population_growth", "urbanization_rate", "services_value_added", "tax_revenue",
                  "cod_emissions", "so2_emissions", "ammonia_nitrogen_emissions", "nox_emissions",
                  "forest_coverage", "farmland", "water_intensity", "labour_productivity", "income_sync",
                  "affordable_housing", "shantytown_renovation", "poverty_reduction", "deposits_loans",
                  "emission_reduction", "fiscal_revenue", "gdp_per_capita"):
        assert extra in ids, extra
    for entry in _data()["indicators"]:
        assert entry["zh"] and entry["en"] and entry["unit_family"] and entry["polarity"], entry["id"]


def test_every_synonym_of_every_entry_matches_its_own_id(vocab):
    for entry in _data()["indicators"]:
        for syn in entry["zh"]:
            assert _id(vocab, syn) == entry["id"], (syn, entry["id"])


def test_preferred_name_is_the_first_synonym(vocab):
    assert vocab.by_id("gdp").zh == "地区生产总值"
    assert vocab.by_id("urban_income_per_capita").zh == "城镇居民人均可支配收入"
    assert vocab.by_id("pm25").en == "PM2.5 concentration"


def test_unknown_id_raises(vocab):
    with pytest.raises(KeyError):
        vocab.by_id("no_such_indicator")


def test_load_vocabulary_is_cached_and_read_through_the_resource_accessor(monkeypatch):
    assert load_vocabulary() is load_vocabulary()
    assert resources.path(VOCABULARY_FILE).read_bytes() == (ROOT / "resources" / VOCABULARY_FILE).read_bytes()


def test_a_synonym_of_two_ids_is_refused_at_load():
    data = _data()
    data["indicators"][1]["zh"].append(data["indicators"][0]["zh"][0])
    with pytest.raises(ValueError, match="synonym"):
        Vocabulary(data)


def test_a_duplicate_id_or_unknown_family_is_refused_at_load():
    data = _data()
    data["indicators"].append(dict(data["indicators"][0], zh=["某个新名字"]))
    with pytest.raises(ValueError, match="twice"):
        Vocabulary(data)
    data = _data()
    data["indicators"][0]["unit_family"] = "furlongs"
    with pytest.raises(ValueError):
        Vocabulary(data)


def test_the_bundle_and_the_wheel_carry_the_vocabulary():
    sys.path.insert(0, str(ROOT / "build_spec"))
    import lean

    assert lean.keep_data(f"resources/{VOCABULARY_FILE}")
    spec = (ROOT / "build_spec" / "workreport.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec  # the whole folder goes into the bundle
    link = ROOT / "desktop" / "workreport" / "_resources"  # the wheel's package data
    assert (link / VOCABULARY_FILE).read_bytes() == (ROOT / "resources" / VOCABULARY_FILE).read_bytes()


# ---- synonyms and written forms --------------------------------------------------------------

@pytest.mark.parametrize("name,unit,expected", [
    # GDP in its many spellings, with scope prefixes and growth suffixes
    ("地区生产总值", "%", "gdp"), ("全市生产总值", "%", "gdp"), ("国内生产总值", "亿元", "gdp"),
    ("生产总值", "%", "gdp"), ("GDP", "%", "gdp"), ("ＧＤＰ", "%", "gdp"), ("经济增长", "%", "gdp"),
    ("全省地区生产总值增速", "%", "gdp"), ("本市生产总值", "%", "gdp"), ("贵安新区直管区生产总值", "%", "gdp"),
    ("——国内生产总值", "%", "gdp"), ("地区生产总值实现正", "", "gdp"), ("经济总量", "万亿元", "gdp"),
    # prices
    ("居民消费价格涨幅", "%", "cpi"), ("居民消费价格总水平涨幅", "%", "cpi"),
    ("居民消费价格指数（市辖区）涨幅", "%", "cpi"),
    ("CPI涨幅", "%", "cpi"), ("物价涨幅", "%", "cpi"), ("居民消费价格指数上涨", "%", "cpi"),
    # jobs
    ("城镇新增就业", "万人", "urban_jobs_new"), ("新增城镇就业", "万人", "urban_jobs_new"),
    ("城镇新增就业人数", "人", "urban_jobs_new"), ("城镇调查失业率", "%", "unemployment_surveyed"),
    ("城镇调查失业率全年", "%", "unemployment_surveyed"), ("城镇登记失业率", "%", "unemployment_registered"),
    ("登记失业率", "%", "unemployment_registered"),
    # fiscal
    ("一般公共预算收入", "%", "budget_revenue"), ("地方一般公共预算收入同口径", "%", "budget_revenue"),
    ("地方财政收入", "亿元", "budget_revenue"), ("公共财政预算收入", "%", "budget_revenue"),
    ("地方财政一般预算收入按可比口径", "%", "budget_revenue"), ("市一般公共预算收入", "%", "budget_revenue"),
    ("财政总收入", "%", "fiscal_revenue"), ("赤字率", "%", "deficit_ratio"), ("财政赤字", "亿元", "deficit"),
    ("地方政府专项债券", "亿元", "special_bonds"), ("税收收入", "%", "tax_revenue"),
    # investment, consumption, trade
    ("全社会固定资产投资", "%", "fixed_asset_investment"), ("规模以上固定资产投资", "%", "fixed_asset_investment"),
    ("固定资产投资（不含农户）", "%", "fixed_asset_investment"),
    ("500万元以上固定资产投资", "%", "fixed_asset_investment"),
    ("社会消费品零售总额", "%", "retail_sales"), ("社会消费品零售额", "亿元", "retail_sales"),
    ("全社会消费品零售总额", "%", "retail_sales"), ("社消零总额", "%", "retail_sales"),
    ("外贸进出口总额", "%", "foreign_trade"), ("进出口总额", "亿美元", "foreign_trade"),
    ("进出口总值平稳", "", "foreign_trade"), ("外贸出口", "%", "exports"), ("出口总额", "亿美元", "exports"),
    ("实际利用外资", "亿美元", "foreign_capital"), ("实际使用外资", "%", "foreign_capital"),
    ("按可比口径实际利用外商直接投资", "亿美元", "foreign_capital"), ("实际利用内资", "亿元", "domestic_capital"),
    # income
    ("居民人均可支配收入", "%", "income_per_capita"), ("全体居民人均可支配收入", "元", "income_per_capita"),
    ("城乡居民收入", "%", "income_per_capita"),
    ("城镇常住居民人均可支配收入", "%", "urban_income_per_capita"),
    ("城镇居民家庭人均可支配收入", "%", "urban_income_per_capita"),
    ("城市居民人均可支配收入", "元", "urban_income_per_capita"),
    ("城镇居民年人均可支配收入", "%", "urban_income_per_capita"),
    ("农村常住居民人均可支配收入", "%", "rural_income_per_capita"), ("农民人均纯收入", "元", "rural_income_per_capita"),
    ("农民年人均纯收入", "%", "rural_income_per_capita"), ("农牧民人均纯收入", "%", "rural_income_per_capita"),
    ("居民人均可支配收入与经济", "", "income_sync"), ("城乡居民收入增长与经济增长同步", "", "income_sync"),
    ("一般公共预算收入、城乡居民人均可支配收入与经济", "", "income_sync"),
    # industry and sectors
    ("规模以上工业增加值", "%", "industrial_value_added"), ("规上工业增加值", "%", "industrial_value_added"),
    ("规模工业增加值", "%", "industrial_value_added"), ("工业增加值", "亿元", "industrial_value_added"),
    ("规模以上工业总产值", "%", "industrial_output"), ("第三产业增加值", "%", "services_value_added"),
    ("服务业增加值", "%", "services_value_added"), ("第一产业增加值", "%", "primary_value_added"),
    ("服务业增加值占地区生产总值比重", "%", "services_share"), ("全员劳动生产率", "元", "labour_productivity"),
    ("人均地区生产总值", "美元", "gdp_per_capita"), ("人均GDP", "元", "gdp_per_capita"),
    # energy and environment
    ("单位地区生产总值能耗", "%", "energy_intensity"), ("万元GDP能耗", "%", "energy_intensity"),
    ("万元生产总值综合能耗", "%", "energy_intensity"), ("单位国内生产总值能耗", "%", "energy_intensity"),
    ("单位生产总值能源消耗", "%", "energy_intensity"), ("能耗强度", "%", "energy_intensity"),
    ("单位国内生产总值二氧化碳排放", "%", "co2_intensity"), ("碳排放强度", "%", "co2_intensity"),
    ("细颗粒物（PM2.5）浓度", "%", "pm25"), ("PM2.5平均浓度", "微克", "pm25"), ("PM₂.₅年均浓度", "微克", "pm25"),
    ("空气质量优良天数比例", "%", "good_air_days"), ("空气质量优良天数", "天", "good_air_days"),
    ("化学需氧量排放量", "%", "cod_emissions"), ("二氧化硫排放", "%", "so2_emissions"),
    ("氨氮排放量", "%", "ammonia_nitrogen_emissions"), ("氮氧化物排放量", "%", "nox_emissions"),
    ("主要污染物排放总量", "%", "emission_reduction"), ("节能减排约束性指标", "", "emission_reduction"),
    ("森林覆盖率", "%", "forest_coverage"), ("耕地保有量", "万亩", "farmland"),
    ("万元GDP用水量", "%", "water_intensity"), ("单位地区生产总值水耗", "%", "water_intensity"),
    # R&D
    ("研发经费投入强度", "%", "rnd_intensity"), ("全社会研发投入占地区生产总值比重", "%", "rnd_intensity"),
    ("研究与试验发展经费支出占生产总值比例", "%", "rnd_intensity"), ("R&D经费支出占GDP比重", "%", "rnd_intensity"),
    ("全社会研发经费支出相当于全市生产总值的比例", "%", "rnd_intensity"), ("研发经费投入", "亿元", "rnd_spending"),
    # people, land, housing, money stocks
    ("人口自然增长率", "‰", "population_growth"), ("常住人口城镇化率", "%", "urbanization_rate"),
    ("城镇化率", "个百分点", "urbanization_rate"), ("户籍人口城镇化率", "%", "urbanization_rate_registered"),
    ("城镇保障性安居工程", "万套", "affordable_housing"), ("棚户区改造", "万户", "shantytown_renovation"),
    ("减少农村贫困人口", "万人", "poverty_reduction"), ("金融机构存贷款余额", "%", "deposits_loans"),
    ("粮食总产量", "万吨", "grain_output"), ("粮食产量", "亿斤", "grain_output"),
])
def test_written_forms_match_their_id(vocab, name, unit, expected):
    assert _id(vocab, name, unit) == expected


def test_lists_give_their_first_item(vocab):
    assert _id(vocab, "城镇居民人均可支配收入和农民人均纯收入", "%") == "urban_income_per_capita"
    assert _id(vocab, "城镇、农村居民人均可支配收入", "%") == "urban_income_per_capita"
    assert _id(vocab, "外贸进出口、实际使用外资") == "foreign_trade"
    assert _id(vocab, "单位生产总值能耗和主要污染物排放") == "energy_intensity"
    # the first item unknown: no guess from the second
    assert _id(vocab, "就业和物价") is None


# ---- sub-indicator traps -----------------------------------------------------------------------

@pytest.mark.parametrize("name,expected", [
    ("城镇居民人均可支配收入", "urban_income_per_capita"),
    ("农村居民人均可支配收入", "rural_income_per_capita"),
    ("居民人均可支配收入", "income_per_capita"),
    ("农村牧区居民人均可支配收入", "rural_income_per_capita"),
    ("出口", "exports"), ("出口总额", "exports"), ("进出口", "foreign_trade"), ("外贸进出口", "foreign_trade"),
    ("进口", "imports"),
    ("城镇登记失业率", "unemployment_registered"), ("城镇调查失业率", "unemployment_surveyed"),
    ("户籍人口城镇化率", "urbanization_rate_registered"), ("常住人口城镇化率", "urbanization_rate"),
    ("人均地区生产总值", "gdp_per_capita"), ("地区生产总值", "gdp"),
    ("规模以上工业总产值", "industrial_output"), ("规模以上工业增加值", "industrial_value_added"),
    ("工业投资", "industrial_investment"), ("固定资产投资", "fixed_asset_investment"),
    ("技改投资", "technical_renovation_investment"),
    ("高技术制造业增加值", "high_tech_value_added"), ("制造业增加值", "manufacturing_value_added"),
    ("高技术制造业增加值占规模以上工业增加值比重", "high_tech_share"),
    ("财政总收入", "fiscal_revenue"), ("一般公共预算收入", "budget_revenue"),
    ("一般公共预算支出", "budget_expenditure"),
    ("单位GDP二氧化碳排放", "co2_intensity"), ("单位GDP能耗", "energy_intensity"),
    ("研发投入强度", "rnd_intensity"), ("研发投入", "rnd_spending"),
    ("实际利用内资", "domestic_capital"), ("实际利用外资", "foreign_capital"),
    ("赤字率", "deficit_ratio"), ("财政赤字", "deficit"),
    ("新增城镇就业", "urban_jobs_new"), ("农村劳动力转移就业", "rural_labour_transfer"),
])
def test_sub_indicators_keep_their_own_id(vocab, name, expected):
    assert _id(vocab, name) == expected


@pytest.mark.parametrize("name", [
    "服务贸易进出口总额",  # services trade is not foreign (goods) trade
    "先进制造业", "全面小康实现程度", "供给侧结构性改革", "工业增加值率", "城镇", "和", "",
])
def test_unknown_or_qualified_names_are_not_forced_onto_an_id(vocab, name):
    assert _id(vocab, name, "%") is None


def test_an_unknown_qualifier_before_a_synonym_is_not_dropped(vocab):
    # scope words and place names may go; a qualifier that changes the concept may not
    assert _id(vocab, "哈尔滨市生产总值", "%") == "gdp"
    assert _id(vocab, "全社会固定资产投资", "%") == "fixed_asset_investment"
    assert _id(vocab, "民间投资", "%") is None
    assert _id(vocab, "服务业投资", "%") is None


# ---- units -------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit,family", [
    ("%", UnitFamily.PERCENT), ("‰", UnitFamily.PERCENT), ("个百分点", UnitFamily.PERCENT),
    ("亿元", UnitFamily.MONEY), ("万亿元", UnitFamily.MONEY), ("亿美元", UnitFamily.MONEY),
    ("万人", UnitFamily.PEOPLE), ("万人次", UnitFamily.PEOPLE), ("万吨", UnitFamily.WEIGHT),
    ("亿斤", UnitFamily.WEIGHT), ("万吨标准煤", UnitFamily.ENERGY), ("万千瓦", UnitFamily.ENERGY),
    ("万亩", UnitFamily.AREA), ("微克", UnitFamily.CONCENTRATION), ("天", UnitFamily.DAYS),
    ("万套", UnitFamily.COUNT), ("万标箱", UnitFamily.COUNT), ("倍", UnitFamily.RATIO), ("岁", UnitFamily.YEARS),
    ("", None), ("千伏安时", None),
])
def test_unit_families(vocab, unit, family):
    assert vocab.unit_family(unit) == family


def test_a_unit_of_another_family_refuses_the_id(vocab):
    assert _id(vocab, "地区生产总值", "%") == "gdp"  # a growth rate of GDP
    assert _id(vocab, "地区生产总值", "亿元") == "gdp"
    assert _id(vocab, "地区生产总值", "倍") == "gdp"  # 翻一番: a multiple
    assert _id(vocab, "地区生产总值", "万人") is None  # never a head count
    assert _id(vocab, "城镇新增就业", "亿元") is None
    assert _id(vocab, "城镇新增就业", "万个") == "urban_jobs_new"  # jobs also counted as posts
    assert _id(vocab, "城镇登记失业率", "万人") is None
    assert _id(vocab, "粮食产量", "亿元") is None
    assert _id(vocab, "PM2.5平均浓度", "天") is None
    assert _id(vocab, "空气质量优良天数", "天") == "good_air_days"
    assert _id(vocab, "居民消费价格", "亿元") is None


def test_refusal_is_per_unit_not_remembered_for_the_name(vocab):
    assert _id(vocab, "社会消费品零售总额", "万人") is None
    assert _id(vocab, "社会消费品零售总额", "亿元") == "retail_sales"
    assert _id(vocab, "社会消费品零售总额") == "retail_sales"


# ---- context -----------------------------------------------------------------------------------

def test_an_ambiguous_name_is_settled_by_its_sentence(vocab):
    assert _id(vocab, "失业率", "%") is None
    assert _id(vocab, "失业率", "%", "城镇调查失业率5.5%左右，失业率控制在5.5%以内。") == "unemployment_surveyed"
    assert _id(vocab, "失业率", "%", "城镇登记失业率控制在4%以内，失业率稳定。") == "unemployment_registered"
    both = "城镇调查失业率和城镇登记失业率分别控制在5.5%和4.5%以内，失业率稳定。"
    assert _id(vocab, "失业率", "%", both) is None


def test_a_name_that_only_leads_up_to_its_indicator_borrows_it_from_its_clause(vocab):
    sentence = "城镇登记失业率控制在4%以内，全面完成省下达的节能减排任务。"
    assert _id(vocab, "全面", "", sentence) == "emission_reduction"
    assert _id(vocab, "完成省", "", "居民消费价格涨幅3%左右，完成省下达的节能减排约束性指标。") == "emission_reduction"
    # nothing after it in its clause: nothing borrowed
    assert _id(vocab, "全面", "", "全面完成各项工作任务，地区生产总值增长6%。") is None
    # a name of its own does not borrow the next indicator of its clause
    assert _id(vocab, "先进制造业", "%", "先进制造业、高技术制造业增加值占比分别达到42.7%和29.5%。") is None
    assert _id(vocab, "城镇居民人均可配收入", "%",
               "城镇居民人均可配收入和农村居民人均纯收入分别增长8%和9%。") is None


def test_context_does_not_override_a_name_that_matches(vocab):
    assert _id(vocab, "出口", "%", "进出口总额增长8%，其中出口增长6%。") == "exports"


# ---- running text --------------------------------------------------------------------------------

def test_find_all_names_indicators_in_running_text(vocab):
    text = "地区生产总值增长6%，城镇居民人均可支配收入增长7%，单位地区生产总值能耗下降3%，加快发展服务业。"
    ids = [ind.id for _s, _e, ind in vocab.find_all(text)]
    assert ids == ["gdp", "urban_income_per_capita", "energy_intensity"]  # 服务业 alone is too loose in prose


def test_matching_is_stable_under_repeats(vocab):
    first = [vocab.match(n, "%") for n in ("城镇居民人均可支配收入", "出口", "进出口")]
    again = [vocab.match(n, "%") for n in ("城镇居民人均可支配收入", "出口", "进出口")]
    assert first == again and [i.id for i in first] == ["urban_income_per_capita", "exports", "foreign_trade"]


def test_a_name_cut_short_is_read_whole_from_its_sentence(vocab):
    sentence = "常住人口和户籍人口城镇化率分别提高1.9和2.2个百分点。"
    assert _id(vocab, "化率", "个百分点") is None
    assert _id(vocab, "化率", "个百分点", sentence) == "urbanization_rate_registered"
    sentence = "地方一般公共预算收入增长9.5%；研发经费支出占地区生产总值比重达2.8%。"
    assert _id(vocab, "生产总值比重", "%", sentence) == "rnd_intensity"
    sentence = "服务业增加值占地区生产总值比重达到50%左右。"
    assert _id(vocab, "生产总值比重", "%", sentence) == "services_share"


def test_a_short_first_item_borrows_the_name_that_follows_it(vocab):
    sentence = "城镇、农村居民人均可支配收入分别增长8%和9%。"
    assert _id(vocab, "城镇", "%", sentence) == "urban_income_per_capita"


def test_loose_words_of_prose_are_not_borrowed(vocab):
    # 经济增长 names GDP as a name, not inside "科技对经济增长的贡献率"
    sentence = "提出到2020年科技进步对经济增长的贡献率达到55%。"
    assert _id(vocab, "提出", "%", sentence) == "tech_contribution"
    assert _id(vocab, "提出", "%", "提出推动经济增长的质量提高5%的要求。") is None
    assert _id(vocab, "经济增长", "%") == "gdp"
