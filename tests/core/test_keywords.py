"""core.keywords: segmentation with the policy dictionary, top terms, slogans, new/dropped terms."""

from __future__ import annotations

from pathlib import Path

import pytest
import rjieba

from workreport.core.keywords import compare, default_segmenter, occurrences, slogans, term_stats
from workreport.core.keywords_data import EntryKind
from workreport.core.parser import parse_file

DATA = Path(__file__).resolve().parents[1] / "data"
NATIONAL = DATA / "corpus-full" / "national"

# Policy phrases that rjieba alone cuts into pieces (asserted below, so the list stays honest).
SPLIT_BY_SEGMENTER = ["新质生产力", "碳中和", "一带一路", "高质量发展", "营商环境", "专精特新",
                      "供给侧结构性改革", "两个毫不动摇", "三去一降一补", "减税降费", "新发展格局",
                      "乡村振兴", "大众创业", "万众创新", "两个确立", "新型城镇化"]


@pytest.fixture(scope="module")
def seg():
    return default_segmenter()


@pytest.mark.parametrize("phrase", SPLIT_BY_SEGMENTER)
def test_policy_phrase_the_segmenter_splits_stays_whole(seg, phrase):
    assert len(rjieba.cut(phrase)) > 1, f"rjieba alone keeps {phrase} whole: not a test of the dictionary"
    assert seg.cut(phrase) == [phrase]
    assert phrase in seg.cut(f"我们要坚持{phrase}。")


def test_phrases_stay_whole_inside_report_sentences(seg):
    text = "力争实现碳中和目标，因地制宜发展新质生产力，坚持两个毫不动摇。"
    tokens = seg.cut(text)
    for phrase in ("碳中和", "新质生产力", "两个毫不动摇"):
        assert phrase in tokens


def test_top_terms_count_and_rate_and_leave_out_noise(seg):
    text = "推动高质量发展。高质量发展是首要任务。我们要在2024年增长5%左右，第一，三个方面的工作。"
    stats = term_stats(text, seg)
    assert stats.counts["高质量发展"] == 2
    assert stats.chars == len(text)
    top = stats.top(5)
    assert top[0].term == "高质量发展"
    assert top[0].per10k == pytest.approx(2 * 10_000 / len(text))
    for noise in ("2024", "5", "第一", "我们", "的", "要在", "，"):
        assert noise not in stats.counts


def test_slogans_and_formulas_of_a_report(seg):
    report = parse_file(NATIONAL / "2020.md")
    stats = term_stats(report.text, seg)
    found = {s.term: s for s in slogans(report.text, stats, seg.lexicon)}
    assert found["六稳"].kind == EntryKind.FORMULA
    assert found["六保"].kind == EntryKind.FORMULA
    assert found["六保"].count >= 3
    counts = [s.count for s in found.values()]
    assert counts == sorted(counts, reverse=True)


def test_compare_new_dropped_risers_fallers(seg):
    old = "稳步推进数字经济发展。数字经济持续壮大。扩大内需。扩大内需。" * 3
    new = "因地制宜发展新质生产力。新质生产力加快形成。数字经济持续壮大。扩大内需。" * 3
    a, b = term_stats(new, seg), term_stats(old, seg)
    diff = compare(a, new, b, old, seg.lexicon, year=2024)
    new_terms = [c.term for c in diff.new]
    assert new_terms[0] == "新质生产力"
    assert all(t not in old for t in new_terms)
    assert "扩大内需" not in new_terms
    assert [c.term for c in diff.dropped] == [t for t in (c.term for c in diff.dropped) if t not in new]
    assert any(c.term == "扩大内需" for c in diff.fallers)
    assert all(c.score < 0 for c in diff.fallers) and all(c.score > 0 for c in diff.risers)


def test_a_piece_of_an_old_word_is_not_new(seg):
    old = "补短板，强弱项。"
    new = "补齐短板。"
    diff = compare(term_stats(new, seg), new, term_stats(old, seg), old, seg.lexicon)
    assert "短板" not in [c.term for c in diff.new]


def test_occurrences_are_what_the_counts_count(seg):
    text = "发展新质生产力。新质生产力是创新起主导作用的先进生产力。生产力"
    spans = occurrences(text, "新质生产力", seg)
    assert [text[s:e] for s, e in spans] == ["新质生产力", "新质生产力"]
    assert len(spans) == term_stats(text, seg).counts["新质生产力"]
