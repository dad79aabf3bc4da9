"""Glossary tooltips: every bundled term, one test per matching variant, pluggable sources."""

import html

import pytest
from test_ui_support import make_report, new_window, tooltip_at

from workreport.core import model


def occurrence_offsets(window, text):
    """Offsets (a middle character) of marked occurrences whose span contains `text`."""
    report = window.report
    out = []
    for occ in window.glossary_source.occurrences:
        span = report.text[occ.start:occ.end]
        if text in span:
            out.append(occ.start + span.index(text) + len(text) // 2)
    return out


def test_each_bundled_term_has_a_tooltip_with_its_definition(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    occs = window.glossary_source.occurrences
    assert len(bundled_report.glossary) == 22
    for i, entry in enumerate(bundled_report.glossary):
        occ = next((o for o in occs if o.entry == i and not o.marker), None)
        assert occ is not None, f"{entry.term} not marked"
        span = bundled_report.text[occ.start:occ.end]
        # the middle of the span: never a quote mark at its edge
        tip = tooltip_at(window.reader, occ.start + len(span) // 2)
        assert html.escape(entry.definition) in tip, entry.term
        assert html.escape(entry.term) in tip


def test_plain_text_has_no_tooltip(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    marked = {i for o in window.glossary_source.occurrences for i in range(o.start, o.end)}
    para = next(b for b in bundled_report.blocks if b.kind == model.PARAGRAPH and len(b.text) > 40)
    offset = next(i for i in range(para.start + 5, para.end) if i not in marked)
    assert tooltip_at(window.reader, offset) == ""


def test_definition_paragraph_itself_is_not_marked(qtbot):
    r = make_report("我们培育瞪羚企业二十家。", "继续支持瞪羚企业发展。",
                    [("瞪羚企业", "创业后跨过死亡谷进入高成长期的企业。")])
    window = new_window(qtbot, r)
    entry_block = next(b for b in r.blocks if b.kind == model.GLOSSARY_ENTRY)
    in_entry = entry_block.start + entry_block.text.index("瞪羚") + 1
    assert tooltip_at(window.reader, in_entry) == ""
    body = r.text.index("瞪羚企业") + 1
    assert "死亡谷" in tooltip_at(window.reader, body)


VARIANTS = [
    # (rule, body text, glossary term, text to hover inside the body)
    ("quotes in the term, none in the text", "推进五控一加强工作，成效明显。", "“五控一加强”", "五控一加强"),
    ("corner quotes in the text", "推进「五控一加强」工作，成效明显。", "“五控一加强”", "五控一加强"),
    ("single quotes in the text", "推进‘五控一加强’工作，成效明显。", "“五控一加强”", "五控一加强"),
    ("no quotes in the term, quotes in the text", "建设“城市大脑”平台。", "城市大脑", "城市大脑"),
    ("full-width vs half-width punctuation", "推广硬科技＋软服务经验。", "“硬科技+软服务”", "硬科技＋软服务"),
    ("、 in the term, ， in the text", "建成“双随机，一公开”监管平台。", "“双随机、一公开”监管平台", "监管平台"),
    ("optional parenthetical", "新增科技领军企业八家。", "科技领军(培育)企业", "科技领军企业"),
    ("nested quoted parts", "打造解‘南’题,‘开’心办品牌。", "解“南”题、“开”心办", "开’心办"),
]


@pytest.mark.parametrize("rule,body,term,hover", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_tooltip_per_variant_rule(qtbot, rule, body, term, hover):
    definition = f"释义：{rule}。"
    r = make_report(body, "今年继续深化改革。", [(term, definition)])
    window = new_window(qtbot, r)
    offsets = occurrence_offsets(window, hover)
    assert offsets, f"{term} not marked in {body}"
    tip = tooltip_at(window.reader, offsets[0])
    assert html.escape(definition) in tip
    assert html.escape(term) in tip


@pytest.mark.parametrize("body,marker", [("海关AEO[1]认证企业增加。", "[1]"), ("推进海关AEO①认证。", "①")])
def test_footnote_marker_links_to_its_entry(qtbot, body, marker):
    r = make_report(body, "今年继续深化改革。", [("经认证的经营者", "AEO 是经认证的经营者。")])
    window = new_window(qtbot, r)
    occ = next(o for o in window.glossary_source.occurrences if o.marker)
    assert r.text[occ.start:occ.end] == marker
    assert "AEO 是经认证的经营者。" in tooltip_at(window.reader, occ.start)


def test_definitions_are_escaped_in_tooltips(qtbot):
    r = make_report("推进城市大脑建设。", "今年继续深化改革。", [("城市大脑", "<b>决策</b>系统&平台<img src=x>")],
                    suffix=".txt")  # plain text keeps the markup characters literally
    assert "<img src=x>" in r.glossary[0].definition
    window = new_window(qtbot, r)
    tip = tooltip_at(window.reader, r.text.index("城市大脑") + 1)
    assert "&lt;b&gt;决策&lt;/b&gt;系统&amp;平台&lt;img src=x&gt;" in tip
    assert "<img" not in tip


class FakeDictionary:
    """Another lookup source, as a Chinese–English dictionary would be."""

    def __init__(self, word):
        self.word = word

    def lookup(self, report, offset):
        start = report.text.find(self.word)
        if start <= offset < start + len(self.word):
            return [(self.word, "reform &amp; opening-up")]
        return []


def test_extra_lookup_sources_join_the_tooltip(qtbot):
    from workreport.ui.lookup import LookupSource

    r = make_report("推进城市大脑建设，深化改革开放。", "今年继续深化改革。", [("城市大脑", "数据中枢。")])
    window = new_window(qtbot, r)
    source = FakeDictionary("改革开放")
    assert isinstance(source, LookupSource)
    window.add_tooltip_source(source)
    tip = tooltip_at(window.reader, r.text.index("改革开放") + 1)
    assert "reform &amp; opening-up" in tip and "数据中枢" not in tip
    tip = tooltip_at(window.reader, r.text.index("城市大脑") + 1)
    assert "数据中枢" in tip and "opening-up" not in tip
    # sources survive opening another report
    window.set_report(make_report("坚持改革开放。", "今年继续深化改革。"))
    assert "opening-up" in tooltip_at(window.reader, window.report.text.index("改革开放") + 1)
