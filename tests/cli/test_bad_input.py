"""Bad input gives a documented error or a correct parse, never a crash or a hang."""

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workreport import resources
from workreport.core import errors
from workreport.core.kinds import NodeKind
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
    assert len([n for n in report.outline if n.kind == NodeKind.PART]) == 4
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
            "**政府工作报告**\n\n各位代表：\n\n## 一、工作\u200b回顾\n\n经济\ufeff平稳运行，成绩来之不易。\n\n"
            "## 二、今年安排\n\n做好工作。")
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


# -- hostile input: each file gives a correct parse, or one clear line and a non-zero exit, in bounded
# time and memory. Run through the real command line in a child process that measures itself.

ROOT = Path(__file__).resolve().parents[2]
HANG_GUARD_S = 60  # wall-clock guard against a hang only; the bound asserted is CPU time, measured in the child
CPU_LIMIT_S = 2.0
MEMORY_LIMIT_MB = 100

# The child runs the command and writes its own figures: CPU seconds of the command, and the growth of
# VmHWM (the peak RSS of this process image; ru_maxrss would include the parent's size at fork).
_CHILD = r"""
import json, os, sys, time

def hwm_kb():
    try:
        with open("/proc/self/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return None

from workreport import app, cli
from workreport.core import parser
stats = os.environ["WR_STATS"]
before, t0 = hwm_kb(), time.process_time()
try:
    rc = app.main(sys.argv[1:])
finally:
    cpu, after = time.process_time() - t0, hwm_kb()
    with open(stats, "w") as f:
        json.dump({"cpu": cpu, "mb": None if before is None else (after - before) / 1024}, f)
sys.exit(rc)
"""

TRADITIONAL = (
    "政府工作報告\n\n各位代表：\n\n一、過去一年的工作回顧\n\n過去一年，面對複雜嚴峻的形勢，全市上下堅持穩中求進工作總基調，"
    "經濟社會發展取得新的成績。地區生產總值增長百分之五，城鄉居民收入穩步提高。\n\n二、今年的主要任務\n\n"
    "今年是實施規劃的關鍵之年，我們將堅持以人民為中心的發展思想，推動經濟高品質發展，加快建設現代化產業體系。\n\n"
    "三、加強政府自身建設\n\n我們要堅持依法行政，建設人民滿意的服務型政府，不斷提高政府的執行力和公信力。\n")

MARKDOWN = ("# 政府工作报告\n\n各位代表：\n\n## 一、过去一年工作回顾\n\n**经济运行稳中有进。**全年地区生产总值增长5%，"
            "城乡居民收入稳步提高，就业形势保持稳定。\n\n## 二、今年工作安排\n\n**推动高质量发展。**"
            "加快建设现代化产业体系，扩大有效投资。\n\n## 三、加强政府自身建设\n\n"
            "**坚持依法行政。**建设人民满意的服务型政府。\n")


def _run(tmp_path, *args, stdout=subprocess.PIPE):
    stats = tmp_path / "stats.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), WR_STATS=str(stats))
    p = subprocess.run([sys.executable, "-c", _CHILD, *args], capture_output=True, text=True, env=env,
                       timeout=HANG_GUARD_S, cwd=tmp_path)
    figures = json.loads(stats.read_text())
    assert figures["cpu"] < CPU_LIMIT_S, figures
    if figures["mb"] is not None:
        assert figures["mb"] < MEMORY_LIMIT_MB, figures
    return p


def _refused(p, *words):
    """One clear line on stderr, a non-zero exit, no traceback."""
    lines = p.stderr.strip().splitlines()
    assert p.returncode != 0 and len(lines) == 1, p.stderr
    assert lines[0].startswith("workreport: error:") and "Traceback" not in p.stderr
    assert all(w in lines[0] for w in words), lines[0]


def _parts(p):
    assert p.returncode == 0, p.stderr
    return [line for line in p.stdout.splitlines() if line and not line.startswith((" ", "·"))][1:]


BUNDLED_PARTS = [f"{n} {t}" for n, t in zip("一二三四", [
    "“十三五”时期工作回顾", "2035年远景目标和“十四五”时期主要目标与重点任务", "全力做好2021年重点工作",
    "全力建设人民满意的服务型政府"], strict=True)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)  # nobody writes to it: opening it for reading would block forever
    _refused(_run(tmp_path, "text", str(fifo)), "not a regular file")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="/dev/zero")
def test_endless_device_is_refused_without_reading(tmp_path):
    _refused(_run(tmp_path, "outline", "/dev/zero"), "not a regular file")


def test_200_megabyte_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:  # sparse: costs no disk, but stat says 200 MB
        f.write(BUNDLED.encode("utf-8"))
        f.truncate(200 * 1024 * 1024)
    _refused(_run(tmp_path, "text", str(big)), "200.0 MB")


def test_one_invalid_byte_is_replaced_and_reported_with_its_place(tmp_path):
    data = bytearray(BUNDLED.encode("utf-8"))
    at = data.index("全力建设人民满意的服务型政府".encode())  # inside a heading line, far into the file
    data[at] = 0xFF
    f = tmp_path / "one-bad-byte.txt"
    f.write_bytes(bytes(data))
    p = _run(tmp_path, "outline", str(f))
    line = data.count(b"\n", 0, at) + 1
    warnings = [w for w in p.stderr.splitlines() if w.startswith("workreport: warning:")]
    assert len(warnings) == 1 and f"line {line}, column" in warnings[0] and "1 invalid byte" in warnings[0]
    assert _parts(p)[:3] == BUNDLED_PARTS[:3] and "\ufffd" in _parts(p)[3]


def test_big5_report_is_decoded_correctly(tmp_path):
    f = tmp_path / "big5.txt"
    f.write_bytes(TRADITIONAL.encode("big5"))
    p = _run(tmp_path, "outline", str(f))
    assert _parts(p) == ["一 過去一年的工作回顧", "二 今年的主要任務", "三 加強政府自身建設"]
    assert _run(tmp_path, "text", str(f)).stdout.startswith("政府工作報告")


def test_undecodable_legacy_bytes_are_refused_not_shown_as_garbage(tmp_path):
    f = tmp_path / "noise.txt"
    import random

    rnd = random.Random(7)
    f.write_bytes(bytes(rnd.choice(range(0x81, 0xFF)) for _ in range(20000)))  # high bytes, no text
    _refused(_run(tmp_path, "text", str(f)))


def test_nul_bytes_are_removed_with_a_warning(tmp_path):
    data = BUNDLED.encode("utf-8")
    lines = data.split(b"\n")
    f = tmp_path / "nuls.txt"
    f.write_bytes(b"\x00" + b"\n".join(line + (b"\x00" if i % 40 == 0 else b"") for i, line in enumerate(lines)))
    p = _run(tmp_path, "outline", str(f))
    assert _parts(p) == BUNDLED_PARTS
    assert "NUL bytes removed" in p.stderr
    text = _run(tmp_path, "text", str(f)).stdout
    assert "\x00" not in text and "“十三五”时期工作回顾" in text


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_unclosed_comment_does_not_swallow_the_rest(tmp_path, suffix):
    if suffix == ".md":
        source = MARKDOWN.replace("## 二、", "<!-- 待核实的数据\n\n## 二、")
    else:
        body = "".join(f"<p>{line}</p>" for line in MARKDOWN.replace("*", "").replace("#", "").splitlines() if line)
        source = "<html><body>" + body.replace("<p> 二、", "<!-- 待核实 <p> 二、") + "</body></html>"
    f = tmp_path / f"comment{suffix}"
    f.write_text(source, encoding="utf-8")
    parts = _parts(_run(tmp_path, "outline", str(f)))
    assert parts == ["一 过去一年工作回顾", "二 今年工作安排", "三 加强政府自身建设"]


def test_markdown_saved_as_txt_is_read_as_markdown(tmp_path):
    md, txt = tmp_path / "r.md", tmp_path / "r.txt"
    md.write_text(MARKDOWN, encoding="utf-8")
    txt.write_text(MARKDOWN, encoding="utf-8")
    as_md, as_txt = _run(tmp_path, "outline", str(md)), _run(tmp_path, "outline", str(txt))
    assert _parts(as_txt) == _parts(as_md) == ["一 过去一年工作回顾", "二 今年工作安排", "三 加强政府自身建设"]
    assert as_txt.stdout == as_md.stdout  # topics (bold leads) too
    assert "**" not in _run(tmp_path, "text", str(txt)).stdout


def test_closed_pipe_ends_quietly(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text(BUNDLED * 8, encoding="utf-8")  # far more than a pipe buffer holds
    stats = tmp_path / "stats.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), WR_STATS=str(stats))
    child = subprocess.Popen([sys.executable, "-c", _CHILD, "text", str(f)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    assert child.stdout and child.stderr
    child.stdout.read(100)  # like `| head -c 100`
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(timeout=HANG_GUARD_S) != 0
    assert err == "", err  # no "BrokenPipeError", no traceback


# -- the same classes, in process ---------------------------------------------------------------------

def test_decoder_reports_several_bad_bytes_with_places():
    from workreport.core.decode import decode_report

    data = bytearray(BUNDLED.encode("utf-8"))
    for at in (1000, 5000, 9000):
        data[at] = 0xFE
    d = decode_report(bytes(data), "r.txt")
    assert len(d.warnings) == 1 and "3 invalid byte sequences" in d.warnings[0]
    assert d.warnings[0].count("line ") == 3 and d.text.count("\ufffd") == 3


def test_gb18030_is_not_taken_for_big5():
    from workreport.core.decode import decode_report

    assert decode_report(BUNDLED.encode("gb18030")).encoding == "gb18030"
    assert decode_report(TRADITIONAL.encode("big5")).text == TRADITIONAL


def test_read_reads_at_most_the_limit(tmp_path):
    from workreport.core.decode import read_report_bytes

    f = tmp_path / "r.txt"
    f.write_bytes(b"x" * 5000)
    assert len(read_report_bytes(f, limit=5000)) == 5000
    with pytest.raises(errors.TooLargeError):
        read_report_bytes(f, limit=4999)
