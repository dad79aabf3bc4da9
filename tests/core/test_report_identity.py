"""Region, level, year, title and date of a report, on a varied set checked by hand."""

import pytest
from conftest import DATA

from workreport.core.parser import load_text, parse_text
from workreport.core.regions import Kind, gazetteer
from workreport.core.report_identity import Level, front_matter, identify

LIB = DATA / "library"

# file: (region, level, year, delivery date) — read from each file's title and opening lines
EXPECTED = {
    "1975.md": ("全国", Level.NATIONAL, 1975, "1975-01-13"),
    "伊犁哈萨克自治州-2021.md": ("伊犁哈萨克自治州", Level.CITY, 2021, "2021-01-09"),  # title says 伊犁州
    "佳木斯市-2014.md": ("佳木斯市", Level.CITY, 2014, "2014-01-10"),
    "内蒙古自治区-2020.md": ("内蒙古自治区", Level.PROVINCE, 2020, "2020-01-12"),
    "北京市-2022.md": ("北京市", Level.CITY, 2022, "2022-01-06"),  # title only 政府工作报告: meeting line
    "厦门市-2003.md": ("厦门市", Level.CITY, 2003, "2002-12-03"),  # read in December for the next year
    "天水市-2023.md": ("天水市", Level.CITY, 2023, "2022-12-11"),
    "广西壮族自治区-2025.md": ("广西壮族自治区", Level.PROVINCE, 2025, "2025-01-13"),
    "延边朝鲜族自治州-2025.md": ("延边朝鲜族自治州", Level.CITY, 2025, "2025-01-08"),
    "日喀则市-2022.md": ("日喀则市", Level.CITY, 2022, "2021-12-08"),
    "江西省-2012.md": ("江西省", Level.PROVINCE, 2012, None),  # no title, no meeting line: mentions
    "邢台市-2021.md": ("邢台市", Level.CITY, 2021, "2021-02-24"),
}


def _identify(path, use_path=False):
    raw, suffix = load_text(path)
    return identify(parse_text(raw, suffix), raw, path=str(path), use_path=use_path)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_identity_of_varied_reports(name):
    region, level, year, date = EXPECTED[name]
    ident = _identify(LIB / name)
    assert (ident.region, ident.level, ident.year) == (region, level, year)
    if date:
        assert ident.date == date
    assert "报告" in ident.title


def test_county_level_report_and_short_region_forms():
    text = ("---\ntitle: 政府工作报告\n---\n\n——2023年1月5日在海淀区第十七届人民代表大会第二次会议上\n\n"
            "各位代表：\n\n现在，我代表区人民政府向大会报告工作，请予审议。\n\n"
            "一、2022年工作回顾\n\n过去一年，全区经济持续增长，地区生产总值增长5%。\n")
    ident = identify(parse_text(text, ".md"), text)
    assert (ident.region, ident.level, ident.year) == ("海淀区", Level.COUNTY, 2023)


def test_front_matter_keys_win_and_the_path_is_the_last_resort(tmp_path):
    text = ("---\nregion: 南京市\nlevel: city\nyear: 2019\ntitle: 政府工作报告\n---\n\n"
            "各位代表：现在，我向大会报告工作，请予审议。今年要继续推进各项工作，全力以赴完成目标任务。\n")
    ident = identify(parse_text(text, ".md"), text)
    assert (ident.region, ident.level, ident.year) == ("南京市", Level.CITY, 2019)
    bare = "各位代表：现在，我向大会报告工作，请予审议。今年要继续推进各项工作，全力以赴完成目标任务。\n"
    f = tmp_path / "温州市" / "2016.txt"
    f.parent.mkdir()
    f.write_text(bare, encoding="utf-8")
    assert (_identify(f).region, _identify(f).year) == ("", None)
    with_path = _identify(f, use_path=True)
    assert (with_path.region, with_path.level, with_path.year) == ("温州市", Level.CITY, 2016)


def test_front_matter_parsing():
    assert front_matter("---\ntitle: 上海市2003年政府工作报告\nsource: http://x\n---\n\nbody") == {
        "title": "上海市2003年政府工作报告", "source": "http://x"}
    assert front_matter("no front matter") == {}


def test_gazetteer_built_from_data_knows_kinds_and_former_names():
    gaz = gazetteer()
    kinds = {r.kind for r in gaz.regions}
    assert kinds == set(Kind)
    assert len([r for r in gaz.regions if r.kind == Kind.PROVINCE]) == 27
    assert {r.name for r in gaz.by_name["襄樊市"]} == {"襄阳市"}  # renamed 2010
    assert {r.name for r in gaz.by_name["恩施州"]} == {"恩施土家族苗族自治州"}  # suffix rule
