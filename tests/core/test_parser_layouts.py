"""Outline on real layouts: each class of layout seen in corpus-full, as a small synthetic report.

(The reports named in comments are where the layout was seen; the rules are general.)
"""

import pytest

from workreport.core import model as m
from workreport.core.parser import is_appendix, parse_text

BODY = "全年地区生产总值增长百分之六，城乡居民收入稳步提高，就业形势保持稳定，社会大局和谐稳定。"
HEAD = "政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n\n"


def _parts(report):
    return [n.title for n in report.outline if n.kind == m.PART]


def _md(*paragraphs):
    return HEAD + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("appendix_heading", ["附件", "附件1", "**附件1**", "附件：", "《政府工作报告》附件1",
                                              "附 件：", "附页："])
def test_an_appendix_list_is_not_parts(appendix_heading):
    # seen in 济南市 2013-2018, 广东省 2016-2026, 成都市: a numbered 为民办实事 list after the report
    text = _md("一、过去一年工作回顾", BODY, "二、今年工作安排", BODY, "三、加强政府自身建设", BODY,
               "各位代表，让我们携手奋进，再创佳绩！", appendix_heading, "2024年为民办十件实事",
               *[f"{n}、实施第{n}项民生工程。{BODY}" for n in "一二三四五六七八九十"])
    report = parse_text(text, ".md")
    # the appendix is one outline entry; its list stays its text (paragraphs, so targets in it count)
    assert _parts(report) == ["过去一年工作回顾", "今年工作安排", "加强政府自身建设",
                              f"{appendix_heading.strip('*')} 2024年为民办十件实事"]
    assert not report.outline[-1].children and is_appendix(report.outline[-1])
    assert not any(is_appendix(n) for n in report.outline[:3])
    items = [b for b in report.blocks if "民生工程" in b.text]
    assert len(items) == 10 and all(b.kind == m.PARAGRAPH and b.node is report.outline[-1] for b in items)


def test_a_list_numbered_again_after_the_parts_is_an_appendix():
    # seen in 西安市 2024, 黄冈市 2025: no 附件 heading, a titled list restarting at 一、
    text = _md("一、过去一年工作回顾", BODY, "二、今年工作安排", BODY, "三、加强政府自身建设", BODY,
               "各位代表！让我们携手奋进，再创佳绩！", "2025年十类民生项目清单",
               *[f"{n}、实施第{n}项民生工程。{BODY}" for n in "一二三四"])
    report = parse_text(text, ".md")
    assert _parts(report) == ["过去一年工作回顾", "今年工作安排", "加强政府自身建设", "2025年十类民生项目清单"]
    assert is_appendix(report.outline[-1]) and [b.ref for b in report.blocks if "第二项" in b.text] == ["§A1¶2"]


def test_sections_numbered_again_in_each_unnumbered_part_are_not_an_appendix():
    text = _md("过去一年工作回顾", "一、经济运行稳中有进", BODY, "二、改革开放不断深化", BODY,
               "今年工作安排", "一、推动高质量发展", BODY, "二、保障和改善民生", BODY)
    report = parse_text(text, ".md")
    assert _parts(report) == ["过去一年工作回顾", "今年工作安排"]
    assert [len(p.children) for p in report.outline] == [2, 2]


def test_a_glossary_ends_where_an_appendix_starts():
    # seen in 昭通市 2023, 普洱市 2022: 名词解释, then 附件1 with a list
    text = _md("一、过去一年工作回顾", BODY, "二、今年工作安排", BODY, "名词解释",
               "1.瞪羚企业：创业后跨过死亡谷进入高成长期的企业。", "2.专精特新：专业化、精细化、特色化、新颖化。",
               "附件1", "十件民生实事", "一、稳定扩大就业", "年度目标：城镇新增就业4万人以上。")
    report = parse_text(text, ".md")
    assert [e.term for e in report.glossary] == ["瞪羚企业", "专精特新"]


def test_bold_part_headings_with_the_text_running_on():
    # seen in 吉林省 2004, 长春市 2012: **一、…** 2003年是…
    long_body = BODY * 3
    text = _md(f"**一、过去一年工作回顾** {long_body}", f"（一）经济运行稳中有进。{BODY}",
               f"**二、今年工作安排** {long_body}", f"（一）推动高质量发展。{BODY}",
               f"**三、加强政府自身建设** {long_body}")
    report = parse_text(text, ".md")
    assert _parts(report) == ["过去一年工作回顾", "今年工作安排", "加强政府自身建设"]
    assert [len([c for c in p.children if c.kind == m.SECTION]) for p in report.outline] == [1, 1, 0]


def test_parts_without_their_first_heading_start_at_two():
    # seen in 烟台市 2006, 珠海市 2012: the 一、 heading is missing, 二、 and 三、 are there
    text = _md(BODY, f"（一）经济运行稳中有进。{BODY}", "二、今年工作安排", BODY, "三、加强政府自身建设", BODY)
    report = parse_text(text, ".md")
    assert [(n.label, n.title) for n in report.outline if n.kind == m.PART] == [
        ("二", "今年工作安排"), ("三", "加强政府自身建设")]
    assert not any(b.kind == m.FRONT and BODY in b.text for b in report.blocks)  # part one's text is body


def test_unnumbered_part_titles_with_commas():
    # seen in 益阳市 2025: 实干二〇二四，我们攻坚克难、收获满满
    titles = ["实干二〇二四，我们攻坚克难、收获满满", "奋斗二〇二五，我们锚定目标、拼搏进取",
              "加强自身建设，我们坚守初心、担当使命"]
    text = _md(*[x for t in titles for x in (t, BODY, BODY)])
    assert _parts(parse_text(text, ".md")) == titles


def test_plain_part_titles_win_over_comma_lines_that_are_headings_below_them():
    # seen in 绵阳市 2021: plain part titles, and shorter comma lines inside a part
    text = _md("2020年工作回顾", BODY, "我们致力做大产业，经济保持稳健运行", BODY, "2021年工作建议", BODY,
               "全面加强政府自身建设", BODY)
    assert _parts(parse_text(text, ".md")) == ["2020年工作回顾", "2021年工作建议", "全面加强政府自身建设"]


def test_a_title_broken_over_two_lines_is_one_title():
    # seen in 岳阳市 2020, 潮州市 2022: 今后五年的奋斗目标 / 和主要任务
    text = _md("强力推进新增长极建设", "阔步迈入高质量发展新时代", BODY, BODY,
               "今后五年的奋斗目标", "和主要任务", BODY, BODY)
    assert _parts(parse_text(text, ".md")) == ["强力推进新增长极建设 阔步迈入高质量发展新时代",
                                               "今后五年的奋斗目标 和主要任务"]


def test_issuer_and_date_lines_are_not_parts():
    # seen in 东莞市 2002/2003: 市十二届人大六次会议秘书处, 2003年2月24日 after the report
    text = _md("2002年工作回顾", BODY, "2003年工作安排", BODY, "市十二届人大六次会议秘书处", "2003年2月24日")
    assert _parts(parse_text(text, ".md")) == ["2002年工作回顾", "2003年工作安排"]


def test_parallel_section_headings_that_run_on_into_their_text():
    # seen in 常州市 2019: （一）以加快动能转换为路径，推动经济发展高质量围绕构建…
    aims = [("以加快动能转换为路径", "经济发展"), ("以推进文旅融合为抓手", "文化建设"),
            ("以增强发展活力为目标", "改革开放"), ("以攻坚污染防治为重点", "生态环境")]
    leads = ["围绕构建自主可控的现代产业体系，", "深化文化名城建设，", "坚持向改革要动力，", "牢固树立绿色发展理念，"]
    sections = [f"（{n}）{a}，推动{b}高质量{lead}{BODY}"
                for n, (a, b), lead in zip("一二三四", aims, leads, strict=True)]
    text = _md("一、过去一年工作回顾", BODY, "二、今年工作安排", BODY, *sections)
    part = parse_text(text, ".md").outline[1]
    assert [c.title for c in part.children if c.kind == m.SECTION] == [f"{a}，推动{b}高质量" for a, b in aims]


def test_ordinary_section_headings_are_not_cut():
    titles = ["稳增长", "调结构", "惠民生"]
    text = _md("一、过去一年工作回顾", BODY, *[f"（{n}）{t}。{BODY}" for n, t in zip("一二三", titles, strict=True)])
    assert [c.title for c in parse_text(text, ".md").outline[0].children] == ["稳增长", "调结构", "惠民生"]


def test_ordinal_items_are_topics_where_they_are_the_only_structure():
    # seen in 丹东市 2022: 一是着力稳增长，有效投资全面扩大。…
    items = ["一是着力稳增长，有效投资全面扩大", "二是着力调结构，三次产业稳步向好", "三是着力惠民生，幸福指数持续提升"]
    text = _md("一、过去一年工作回顾", BODY, *[f"{t}。{BODY}" for t in items], "二、今年工作安排", BODY)
    part = parse_text(text, ".md").outline[0]
    assert [c.title for c in part.children if c.kind == m.TOPIC] == items


def test_every_line_duplicated_gives_the_same_outline():
    lines = ["一、过去一年工作回顾", BODY, f"经济运行稳中有进。{BODY}", "二、今年工作安排", f"推动高质量发展。{BODY}"]
    once = parse_text(_md(*lines), ".md")
    twice = parse_text(_md(*[x for line in lines for x in (line, line)]), ".md")
    assert [(n.kind, n.title) for n in twice.nodes()] == [(n.kind, n.title) for n in once.nodes()]
    assert twice.text == once.text


def test_a_run_of_heading_lines_is_not_joined_into_one_endless_title():
    text = _md(*[f"第{i}项重点工作安排" for i in range(1, 400)])
    parts = _parts(parse_text(text, ".md"))
    assert len(parts) > 50 and max(len(t) for t in parts) <= 80
