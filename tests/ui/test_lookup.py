"""Dictionary look-up (CC-CEDICT in SQLite), explanations from other reports, the Lookup panel, the CLI."""

from __future__ import annotations

import json

import pytest

from workreport.core import cedict, cedict_build, glossary_index
from workreport.core.glossary_index import Explanation, GlossaryIndex
from workreport.core.parser import parse_text


@pytest.fixture(scope="session")
def sample_dictionary(tmp_path_factory, data_dir):
    out = tmp_path_factory.mktemp("cedict") / "cedict.sqlite3"
    meta = cedict_build.build(data_dir / "cedict" / "sample.u8", out)
    assert int(meta["entries"]) > 20 and meta["license"].endswith("/by-sa/4.0/")
    return cedict.Dictionary(out)


@pytest.mark.parametrize("numbered,marked", [
    ("zhong1 guo2", "zhōng guó"),
    ("Zhong1 hua2 Ren2 min2 Gong4 he2 guo2", "Zhōng huá Rén mín Gòng hé guó"),
    ("lu:4 se4", "lǜ sè"),  # ü written u: in CC-CEDICT
    ("nu:3 er2", "nǚ ér"),
    ("le5", "le"),  # neutral tone: no mark
    ("gou3 liu2 shui3 gui4", "gǒu liú shuǐ guì"),  # ou -> o; iu -> u; ui -> i (the last vowel)
    ("xue2 lüe4", "xué lüè"),
    ("r5 m2", "r m"),  # syllabic consonants stay unmarked
])
def test_numbered_pinyin_becomes_tone_marks(numbered, marked):
    assert cedict.tone_marks(numbered) == marked


def test_longest_match_from_the_cursor(sample_dictionary):
    text = "中华人民共和国政府工作报告"
    word, entries = sample_dictionary.longest_match(text, 0)
    assert word == "中华人民共和国" and entries[0].pinyin == "Zhōng huá Rén mín Gòng hé guó"
    assert sample_dictionary.longest_match(text, 4)[0] == "共和国"
    assert sample_dictionary.longest_match(text, 7)[0] == "政府"
    assert sample_dictionary.longest_match(text, 9)[0] == "工作报告"  # not just 工作


def test_traditional_and_simplified_both_found(sample_dictionary):
    [entry] = sample_dictionary.lookup("中國")
    assert (entry.simplified, entry.traditional, entry.pinyin, entry.senses) == ("中国", "中國", "Zhōng guó", ["China"])
    assert sample_dictionary.longest_match("綠色發展", 0)[0] == "綠色"
    green = sample_dictionary.lookup("绿色")[0].as_json()
    assert green == {"simplified": "绿色", "traditional": "綠色", "pinyin": "lǜ sè", "senses": ["green"]}


def test_several_readings_are_all_returned(sample_dictionary):
    readings = {e.pinyin for e in sample_dictionary.lookup("了")}
    assert {"le", "liǎo"} <= readings


def test_word_not_in_the_dictionary(sample_dictionary):
    assert sample_dictionary.lookup("放管服") == []
    assert sample_dictionary.longest_match("放管服", 0)[0] == "放"  # only the first character is a word
    assert sample_dictionary.longest_match("「」ABC", 0) == ("", [])  # not Chinese at the cursor
    assert sample_dictionary.longest_match("中", 5) == ("", [])  # past the end


# ---- explanations from other reports ------------------------------------------------------------

def _report(body: str, glossary: list[tuple[str, str]] = ()):
    lines = ["政府工作报告", "", "一、过去一年工作回顾", "", body, ""]
    if glossary:
        lines += ["名词解释", ""] + [f"{i + 1}.{t}：{d}" for i, (t, d) in enumerate(glossary)]
    return parse_text("\n".join(lines) + "\n")


INDEX = GlossaryIndex([
    Explanation("“放管服”改革", "简政放权、放管结合、优化服务。", "德阳市", 2023, "prefecture"),
    Explanation("“放管服”改革", "简政放权、放管结合、优化服务改革。", "浙江省", 2019, "province"),
    Explanation("河（湖）长制", "由各级党政主要负责人担任河长。", "成都市", 2018, "city"),
    Explanation("28.", "一个被解析器误当作名词的编号。", "某市", 2020, "city"),
    Explanation("“破零”“倍增”", "小微企业上规模的两项行动。", "某州", 2021, "prefecture"),
])


def test_terms_explained_by_other_reports_are_found_with_the_glossary_rules():
    report = _report("深化放管服改革，全面推行河长制，28.项任务。")
    found = {report.text[s:e]: key for s, e, key in INDEX.find(report)}
    assert set(found) == {"放管服改革", "河长制"}  # quotes optional, parenthetical optional; "28." is no name
    newest = INDEX.by_key[found["放管服改革"]][0]
    assert (newest.region, newest.year) == ("德阳市", 2023) and newest.source == "《德阳市2023年政府工作报告》"


def test_a_term_the_report_explains_itself_is_left_to_its_own_glossary():
    report = _report("深化“放管服”改革。", [("“放管服”改革", "本报告自己的解释。")])
    assert INDEX.find(report) == []


def test_bundled_index_names_its_sources():
    index = glossary_index.default_index()
    assert index is not None and len(index) > 1000
    some = next(iter(index.by_key.values()))[0]
    assert some.region and some.year > 1990 and some.source.startswith("《")


# ---- the panel and the tooltips -----------------------------------------------------------------

def test_lookup_panel_shows_dictionary_own_and_other_explanations(qtbot, sample_dictionary, monkeypatch):
    from workreport.ui import lookup_panel

    service = lookup_panel.LookupService(dictionary=sample_dictionary, index=INDEX)
    panel = lookup_panel.LookupPanel(service)
    qtbot.addWidget(panel)
    report = _report("深化放管服改革，推进绿色发展。")
    panel.set_report(report)
    assert panel.look_up("绿色发展") == "绿色"
    text = panel.result.toPlainText()
    assert "lǜ sè" in text and "綠色" in text and "green" in text
    panel.look_up("放管服改革")
    text = panel.result.toPlainText()
    assert "简政放权" in text and "《德阳市2023年政府工作报告》" in text and "《浙江省2019年政府工作报告》" in text
    service.set_report(report)
    qtbot.waitUntil(lambda: bool(service.spans), timeout=10000)
    offset = report.text.index("放管服")
    tips = lookup_panel.ElsewhereSource(service).lookup(report, offset)
    assert tips and "德阳市" in tips[0][1]
    dictionary_tips = lookup_panel.DictionarySource(service)
    monkeypatch.setattr(lookup_panel, "modifier_held", lambda: False)
    assert dictionary_tips.lookup(report, report.text.index("绿色")) == []  # plain hover: no dictionary
    monkeypatch.setattr(lookup_panel, "modifier_held", lambda: True)
    [(word, body)] = dictionary_tips.lookup(report, report.text.index("绿色"))
    assert word == "绿色" and "lǜ sè" in body
    service.shutdown()


def test_selecting_a_word_in_the_reader_looks_it_up(qtbot, tmp_path, sample_dictionary, monkeypatch):
    from workreport import app
    from workreport.ui.settings import Settings

    monkeypatch.setattr(cedict, "_default", {"dict": sample_dictionary})
    window = app.create_main_window(None, Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    start = window.report.text.index("政府")
    window.reader.select_range(start, start + 2)
    qtbot.waitUntil(lambda: "zhèng fǔ" in window.lookup_panel.result.toPlainText())
    assert window.lookup_panel.edit.text() == "政府"


# ---- the command line ---------------------------------------------------------------------------

def test_cli_lookup_json(capsys, sample_dictionary, monkeypatch):
    from workreport import cli

    monkeypatch.setattr(cedict, "_default", {"dict": sample_dictionary})
    monkeypatch.setattr(glossary_index, "_default", {"index": INDEX})
    assert cli.main(["lookup", "中國", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items == [{"type": "entry", "simplified": "中国", "traditional": "中國", "pinyin": "Zhōng guó",
                      "senses": ["China"]}]
    assert cli.main(["lookup", "政府工作报告"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("政府  zhèng fǔ") and out[1].startswith("工作报告 [工作報告]  gōng zuò bào gào")
    assert cli.main(["lookup", "放管服改革", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["source"] for i in items if i["type"] == "explanation"] == ["《德阳市2023年政府工作报告》",
                                                                          "《浙江省2019年政府工作报告》"]
    assert cli.main(["lookup", "qqq"]) == 1  # nothing known: exit 1, nothing printed
    assert capsys.readouterr().out == ""


def test_a_short_name_taken_out_of_another_reports_term_must_be_quoted():
    plain = _report("推动工业产值倍增。")
    assert INDEX.find(plain) == []  # 倍增 alone is an ordinary word elsewhere
    quoted = _report("实施“倍增”行动。")
    assert [quoted.text[s:e] for s, e, _k in INDEX.find(quoted)] == ["“倍增”"]


def test_a_frozen_app_unpacks_its_gzipped_dictionary_into_the_cache(tmp_path, sample_dictionary, monkeypatch):
    import gzip

    from workreport import resources

    packed = tmp_path / "cedict.sqlite3.gz"
    packed.write_bytes(gzip.compress(sample_dictionary.path.read_bytes()))

    def bundled(name):
        if name == cedict.RESOURCE + ".gz":
            return packed
        raise FileNotFoundError(name)

    monkeypatch.setattr(resources, "path", bundled)
    cache = tmp_path / "cache"
    assert cedict.database_path(cache, build=False) is None  # not now: the caller's worker does it
    path = cedict.database_path(cache)
    assert path == cache / "cedict.sqlite3"
    assert cedict.Dictionary(path).longest_match("政府工作", 0)[0] == "政府"
