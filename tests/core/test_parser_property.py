"""Random text and mutated real reports never make the loader or parser raise anything undocumented."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workreport import resources
from workreport.core.decode import decode_bytes
from workreport.core.errors import ReportError
from workreport.core.parser import parse_text

LINES = resources.default_report().read_text(encoding="utf-8").splitlines()
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse(text, suffix):
    try:
        report = parse_text(text, suffix)
    except ReportError:
        return
    for b in report.blocks:
        assert report.text[b.start:b.end] == b.text


@SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400), st.sampled_from([".txt", ".md", ".html"]))
def test_random_text(text, suffix):
    _parse(text, suffix)


@SETTINGS
@given(st.lists(st.sampled_from(["一、", "（一）", "1.", "名词解释", "**", "##", "[1]", "①", "抄送:", "各位代表：",
                                 "经济增长6%。", "\n", "：", "“", "<p>", "</b>", "---\n"]), max_size=60),
       st.sampled_from([".txt", ".md", ".html"]))
def test_marker_soup(tokens, suffix):
    _parse("".join(tokens) + "中文内容" * 6, suffix)


@SETTINGS
@given(st.data())
def test_mutated_bundled_report(data):
    lines = list(LINES)
    for _ in range(data.draw(st.integers(0, 12))):
        op = data.draw(st.sampled_from(["drop", "dup", "swap", "cut"]))
        i = data.draw(st.integers(0, len(lines) - 1))
        j = data.draw(st.integers(0, len(lines) - 1))
        if op == "drop" and len(lines) > 1:
            del lines[i]
        elif op == "dup":
            lines.insert(j, lines[i])
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut" and lines[i]:
            lines[i] = lines[i][: data.draw(st.integers(0, len(lines[i])))]
    suffix = data.draw(st.sampled_from([".txt", ".md"]))
    _parse("\n".join(lines), suffix)


@SETTINGS
@given(st.binary(max_size=300), st.integers(0, 3000))
def test_bytes_cut_mid_character(junk, cut):
    data = "\n".join(LINES).encode("utf-8")[:cut + 1] + junk
    try:
        text = decode_bytes(data)
    except ReportError:
        return
    _parse(text, ".txt")
