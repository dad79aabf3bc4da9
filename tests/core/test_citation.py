"""Citations: the report named from its detected region and year, part/section titles, paragraph ref."""

from __future__ import annotations

import pytest

from workreport.core import citation as ct
from workreport.core.parser import parse_file

NANKAI = "《天津市南开区2021年政府工作报告》"


@pytest.fixture(scope="module")
def passage(bundled_report):
    block = next(b for b in bundled_report.blocks if b.text.startswith("笃定高质量发展不动摇"))
    return bundled_report, block.start, block.start + len("笃定高质量发展不动摇")


def test_a_district_report_is_named_with_its_city(bundled_report):
    assert ct.report_title(bundled_report) == NANKAI
    assert ct.source(bundled_report).issuer == "天津市南开区人民政府"


def test_plain(passage):
    report, start, end = passage
    assert ct.citation(report, start, end, ct.Format.PLAIN) == (
        "“笃定高质量发展不动摇”（《天津市南开区2021年政府工作报告》，三、全力做好2021年重点工作 › "
        "(二)深入推进高质量发展，§3(2)¶1）")


def test_gbt_7714(passage):
    report, start, end = passage
    assert ct.citation(report, start, end, "gbt7714") == (
        "“笃定高质量发展不动摇”[1]\n\n"
        "[1] 天津市南开区人民政府. 天津市南开区2021年政府工作报告[R]. 2021: "
        "三、全力做好2021年重点工作 › (二)深入推进高质量发展，§3(2)¶1.")


def test_markdown_links_to_the_paragraph_and_escapes_the_text(passage):
    report, start, end = passage
    md = ct.citation(report, start, end, ct.Format.MARKDOWN)
    quote, blank, cite = md.split("\n")
    assert quote == "> 笃定高质量发展不动摇" and blank == ">"
    assert cite.startswith("> —— [《天津市南开区2021年政府工作报告》，三、全力做好2021年重点工作 › \\(二\\)")
    link = cite[cite.index("](") + 2:-1]
    assert link.startswith("file:///") and link.endswith("nankai-2021.txt#%C2%A73%282%29%C2%B61")  # #§3(2)¶1


def test_a_passage_across_paragraphs_cites_both_references(bundled_report):
    block = next(b for b in bundled_report.blocks if b.text.startswith("笃定高质量发展不动摇"))
    nxt = bundled_report.blocks[block.index + 1]
    text = ct.citation(bundled_report, block.end - 5, nxt.start + 5)
    assert f"{block.ref}–{nxt.ref}" in text


def test_national_report_is_issued_by_the_state_council(data_dir):
    report = parse_file(data_dir / "corpus" / "national" / "national-2012.md")
    src = ct.source(report)
    assert (src.title, src.issuer) == ("2012年政府工作报告", "国务院")


def test_province_report(data_dir):
    path = next((data_dir / "corpus" / "province").glob("*.md"))
    region, year = path.stem.rsplit("-", 1)
    assert ct.report_title(parse_file(path)) == f"《{region}{year}年政府工作报告》"


def test_copy_with_citation_uses_the_chosen_format(qtbot, tmp_path, passage):
    from PySide6.QtWidgets import QApplication

    from workreport import app
    from workreport.ui.settings import Settings

    report, start, end = passage
    settings = Settings(str(tmp_path / "settings.ini"))
    window = app.create_main_window(None, settings)
    qtbot.addWidget(window)
    window.reader.select_range(start, end)
    window.citation.copy_action.trigger()
    assert QApplication.clipboard().text() == ct.citation(window.report, start, end, "plain")
    window.citation.format_actions[ct.Format.GBT7714].trigger()
    window.citation.copy_action.trigger()
    assert QApplication.clipboard().text().endswith("§3(2)¶1.")
    assert settings.qs.value("edit/citation_format") == "gbt7714"


def test_notes_export_names_the_report_the_same_way(bundled_report):
    from workreport.core.annotation_io import to_collection, to_markdown

    md = to_markdown(bundled_report, [])
    assert md.startswith(f"# Notes: {NANKAI}\n\nSource: 天津市南开区人民政府. 天津市南开区2021年政府工作报告[R]. 2021.")
    assert to_collection(bundled_report, [])["label"] == NANKAI
