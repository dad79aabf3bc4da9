"""Bad input gives a documented error or a correct parse, never a crash or a hang."""

import codecs

import pytest

from workreport import resources
from workreport.core import errors
from workreport.core.parser import parse_file, parse_text

BUNDLED = resources.default_report().read_text(encoding="utf-8")


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    with pytest.raises(errors.EmptyInputError, match="empty"):
        parse_file(f)
    f.write_bytes(b"  \n\r\n ")
    with pytest.raises(errors.EmptyInputError):
        parse_file(f)


def test_binary_file(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with pytest.raises(errors.BinaryInputError, match="binary"):
        parse_file(f)


def test_fifty_megabyte_file_is_refused_quickly(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(BUNDLED.encode("utf-8") * (50 * 1024 * 1024 // len(BUNDLED.encode("utf-8")) + 1))
    assert f.stat().st_size >= 50 * 1024 * 1024
    with pytest.raises(errors.TooLargeError, match="MB"):
        parse_file(f)


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_other_encodings_parse_like_utf8(tmp_path, encoding):
    f = tmp_path / f"report-{encoding}.txt"
    f.write_bytes(BUNDLED.encode(encoding, errors="replace" if encoding == "gbk" else "strict"))
    report = parse_file(f)
    assert [n.title for n in report.outline][:1] == ["“十三五”时期工作回顾"]
    assert len(report.glossary) == 22


def test_utf16_with_bom_is_detected(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(codecs.BOM_UTF16_LE + BUNDLED.encode("utf-16-le"))
    assert len(parse_file(f).glossary) == 22


def test_html_page_with_scripts_and_chrome(tmp_path):
    body = "".join(f"<p>{line}</p>" for line in BUNDLED.splitlines() if line.strip())
    html = (
        "<!DOCTYPE html><html><head><title>x</title><script>var a='<p>一、脚本</p>';</script>"
        "<style>p{color:red}</style></head><body><nav>首页 > 政务公开</nav>"
        f"<div class=content>{body}</div><script>alert('一、不是报告')</script>"
        "<div class=footer>版权所有 © 2021 主办单位:某某</div></body></html>"
    )
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    report = parse_file(f)
    assert len([n for n in report.outline if n.kind == "part"]) == 4
    assert "alert" not in report.text and "color:red" not in report.text and "版权所有" not in report.text
    assert len(report.glossary) == 22


def test_malformed_html_still_parses(tmp_path):
    f = tmp_path / "broken.html"
    f.write_text("<html><body><p>各位代表：<p>一、过去一年工作回顾<div><b>经济运行稳中有进。</b>全年地区生产总值增长5%"
                 "<p>二、今年工作安排<table><tr><td>新增就业1万人以上", encoding="utf-8")
    report = parse_file(f)
    assert [n.title for n in report.outline] == ["过去一年工作回顾", "今年工作安排"]


def test_no_chinese_text_is_not_a_report():
    with pytest.raises(errors.NotAReportError):
        parse_text("hello world\n" * 100)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(errors.UnreadableError):
        parse_file(tmp_path / "nope.txt")
    with pytest.raises(errors.UnreadableError):
        parse_file(tmp_path)


def test_markdown_front_matter_comments_and_zero_width():
    text = ("---\ntitle: x\nsource: http://example.invalid\n---\n<!-- 一、注释不是章节 -->\n"
            "**政府工作报告**\n\n各位代表：\n\n## 一、工作\u200b回顾\n\n经济\ufeff平稳运行，成绩来之不易。\n\n## 二、今年安排\n\n做好工作。")
    report = parse_text(text, ".md")
    assert [n.title for n in report.outline] == ["工作回顾", "今年安排"]
    assert "\u200b" not in report.text and "\ufeff" not in report.text and "source:" not in report.text


def test_binary_junk_with_nul_bytes_is_not_taken_for_utf16(tmp_path):
    f = tmp_path / "junk.txt"
    f.write_bytes(b"\x00\x01\x02binary" * 100)
    with pytest.raises(errors.ReportError):
        parse_file(f)
    f.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(errors.BinaryInputError):
        parse_file(f)
