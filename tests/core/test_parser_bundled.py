"""The bundled report (Nankai 2021, scraped with web noise) parses into the structure a reader sees."""

from workreport.core import model as m

PART_TITLES = [
    "“十三五”时期工作回顾",
    "2035年远景目标和“十四五”时期主要目标与重点任务",
    "全力做好2021年重点工作",
    "全力建设人民满意的服务型政府",
]
GLOSSARY_TERMS = [
    "雏鹰企业", "瞪羚企业", "科技领军(培育)企业", "“五控一加强”", "“一制三化”改革", "“1001”工程",
    "“飞地”", "“六稳”“六保”", "撮合对接", "网红打卡地", "免税首店", "“硬科技+软服务”", "“硅谷模式”",
    "新赛道", "“双随机、一公开”监管平台", "解“南”题、“开”心办", "“三个一批”重点招商项目", "“城市大脑”",
    "“五育并举”", "“红哨”平安志愿服务品牌", "“两全”“两封”防控措施", "“九全”工作机制",
]


def parts(report):
    return [n for n in report.outline if n.kind == m.PART]


def test_four_parts_with_exact_titles(bundled_report):
    assert [p.title for p in parts(bundled_report)] == PART_TITLES
    assert [p.label for p in parts(bundled_report)] == ["一", "二", "三", "四"]


def test_sections_and_items_per_part(bundled_report):
    one, two, three, four = parts(bundled_report)
    assert [c.label for c in one.children if c.kind == m.SECTION] == [f"({n})" for n in "一二三四五六七八九"]
    assert one.children[0].title == "京津冀协同发展深入推进"  # run-on heading split from its text
    items = [c for c in two.children if c.kind == m.ITEM]
    assert [c.label for c in items] == [str(i) for i in range(1, 8)]
    assert items[0].title == "坚决落实京津冀协同发展重大国家战略,主动融入新发展格局"
    assert len([c for c in three.children if c.kind == m.SECTION]) == 6


def test_topic_paragraphs_of_part_three_are_outline_children(bundled_report):
    three = parts(bundled_report)[2]
    first_section = three.children[0]
    assert first_section.title == "积极融入新发展格局"
    topics = [c.title for c in first_section.children if c.kind == m.TOPIC]
    assert topics == ["全力落实京津冀协同发展重大国家战略", "加快启航湾创新产业区建设", "打造老城“金”名片"]
    all_topics = [n for s in three.children for n in s.children if n.kind == m.TOPIC]
    assert len(all_topics) == 19
    # the topic's block starts with its bold lead sentence
    block = bundled_report.blocks[first_section.children[0].block]
    assert block.text[:block.lead] == "全力落实京津冀协同发展重大国家战略。"


def test_glossary_has_22_entries_with_exact_terms(bundled_report):
    assert [e.term for e in bundled_report.glossary] == GLOSSARY_TERMS
    assert bundled_report.glossary[4].definition == "承诺制、标准化、智能化、便利化审批制度改革。"
    assert all(e.definition for e in bundled_report.glossary)


def test_metadata(bundled_report):
    md = bundled_report.metadata
    assert md.title == "政府工作报告"
    assert md.meeting == "第十七届人民代表大会第八次会议"
    assert md.date == "2021-01-15"
    assert md.speaker == "孙剑楠"
    assert md.office == "南开区区长"
    assert md.issuer == "南开区人民政府办公室"
    assert md.doc_number.startswith("南开政办发〔2021")


def test_web_chrome_is_absent(bundled_report):
    text = bundled_report.text
    for noise in ("今天是", "网站地图", "ICP备", "公网安备", "主办单位", "网站标识码", "隐私声明", "时间:2021-01-22"):
        assert noise not in text, noise
    assert "现在,我代表南开区人民政府" in text


def test_closing_is_kept_out_of_the_outline(bundled_report):
    closing = [b for b in bundled_report.blocks if b.kind == m.CLOSING]
    assert closing and closing[0].text.startswith("抄送")
    assert "区法院" in closing[0].text  # the broken line was re-joined
    node_blocks = {n.block for n in bundled_report.nodes()}
    assert not node_blocks & {b.index for b in closing}


def test_blocks_tile_the_text_and_refs_are_stable(bundled_report):
    from workreport import resources
    from workreport.core.parser import parse_file

    for b in bundled_report.blocks:
        assert bundled_report.text[b.start:b.end] == b.text
    again = parse_file(resources.default_report())
    assert [b.ref for b in again.blocks] == [b.ref for b in bundled_report.blocks]
    refs = [b.ref for b in bundled_report.blocks]
    assert len(set(refs)) == len(refs)
    topic = parts(bundled_report)[2].children[0].children[0]
    assert bundled_report.blocks[topic.block].ref == "§3(1)¶2"


def test_json_shape(bundled_report):
    d = bundled_report.to_dict()
    assert set(d) == {"metadata", "outline"}
    assert d["outline"][0]["label"] == "一" and d["outline"][0]["title"] == PART_TITLES[0]
    assert isinstance(d["outline"][0]["children"], list)
