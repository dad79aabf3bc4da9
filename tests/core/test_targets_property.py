"""Random and mutated report text never makes the target extractor raise."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workreport import resources
from workreport.core.errors import ReportError
from workreport.core.parser import parse_text
from workreport.core.targets import extract_targets
from workreport.core.targets_numbers import scan

# Characters that exercise the number grammar: digits, numerals, units, comparators, quotes, separators.
ALPHABET = ("0123456789０１２３.,，、。；：:%‰-—～~至到余多近约超逾万亿千百十两一二三四五六七八九〇第"
            "个家人元亩所条项年月日号级届左右以上内下分别均由从增长下降达到控制在力争今年去年预期目标是"
            "“”《》\"'()（）[]A5GPM \n\t")
BUNDLED = resources.default_report().read_text(encoding="utf-8")
HEAD = "政府工作报告\n各位代表：\n一、2020年工作回顾\n过去一年，全区经济运行总体平稳。\n二、2021年重点工作\n"
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(report):
    for t in extract_targets(report):
        assert 0 <= t.start < t.end <= len(report.text)
        assert report.text[t.start:t.end] == t.sentence
        assert t.kind in ("target", "result")


@SETTINGS
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_random_text(text):
    for q in scan(text):
        assert 0 <= q.start <= q.num_start < q.end <= len(text)
    _check(parse_text(HEAD + text))


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, len(BUNDLED)), st.integers(0, 40),
                          st.text(alphabet=ALPHABET, max_size=30)), min_size=1, max_size=12))
def test_mutated_bundled_report(edits):
    text = BUNDLED
    for pos, cut, insert in edits:
        pos = min(pos, len(text))
        text = text[:pos] + insert + text[pos + cut:]
    try:
        report = parse_text(text)
    except ReportError:
        return  # the parser may refuse a mangled file; the extractor is what is under test
    _check(report)
