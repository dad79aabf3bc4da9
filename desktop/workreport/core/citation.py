"""Citations of a passage of a report (Qt-free): plain, GB/T 7714 and Markdown.

The report is named from its detected identity (core/report_identity: region, level, year, title):
《<city><district><year>年政府工作报告》 — a county or district is prefixed with its city, a prefecture's
report is named by the city, the national report is 《2021年政府工作报告》 issued by 国务院. Then the
part and section titles of the passage and its paragraph reference (§3(2)¶1, stable across edits).

    citation(report, start, end, Format.PLAIN)
    → “<quote>”（《<region><year>年政府工作报告》，<part title> › <section title>，§3(2)¶1）

The notes exports name the report with the same `report_title` and `reference`.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .annotation_io import heading_text  # one way of printing a heading
from .model import Report

_HEAD_BYTES = 4096  # front matter and title block: enough to identify a report


class Format(enum.StrEnum):
    PLAIN = "plain"
    GBT7714 = "gbt7714"
    MARKDOWN = "markdown"


@dataclass(frozen=True)
class Source:
    """Who gave the report, for which year, and how to name it."""

    title: str  # without 《》
    issuer: str  # the responsible body, for GB/T 7714
    year: int | None
    date: str  # delivery date, ISO, or ""
    path: str

    @property
    def quoted_title(self) -> str:
        return f"《{self.title}》"


def _full_region(region: str, level) -> str:
    """A district or county gets its city in front; a city stays; a name the gazetteer cannot place
    uniquely stays as it is."""
    from .regions import Kind, gazetteer

    if not region or getattr(level, "value", level) != "county":
        return region
    gaz = gazetteer()
    candidates = [r for r in gaz.by_name.get(region, []) if r.kind == Kind.COUNTY]
    if len(candidates) != 1:
        return region
    county = candidates[0]
    parent = next((r for r in gaz.regions if r.code == county.code[:4] + "00" and r.kind != Kind.COUNTY), None)
    parent_name = parent.name if parent is not None else county.province
    return region if region.startswith(parent_name) else parent_name + region


def _read_head(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            return fh.read(_HEAD_BYTES).decode("utf-8", errors="ignore")
    except OSError:
        return ""


def _source_of(report: Report) -> Source:
    from .report_identity import NATIONAL_REGION, identify

    ident = identify(report, _read_head(report.source) if report.source else "", report.source or "")
    national = ident.region == NATIONAL_REGION or getattr(ident.level, "value", "") == "national"
    region = "" if national else _full_region(ident.region, ident.level)
    year = ident.year
    given = (ident.title or report.metadata.title or "").strip("《》 ")
    if year and (region or national):
        # one form for every report (printed titles vary: dates, speakers, 人民政府…工作报告)
        title = f"{region}{year}年政府工作报告"
    else:
        title = (f"{region}{given or '政府工作报告'}" if region and region not in given
                 else (given or Path(report.source).stem))
    issuer = "国务院" if national else (f"{region}人民政府" if region else report.metadata.issuer)
    return Source(title, issuer, year, ident.date or report.metadata.date, report.source or "")


_cache: dict[tuple[str, str], Source] = {}


def source(report: Report) -> Source:
    """How the report is named (detected once per text and file)."""
    key = (report.digest, report.source or "")
    if key not in _cache:
        if len(_cache) > 64:
            _cache.clear()
        _cache[key] = _source_of(report)
    return _cache[key]


def report_title(report: Report) -> str:
    """《<region><year>年政府工作报告》"""
    return source(report).quoted_title


def headings(report: Report, offset: int) -> list[str]:
    """Part and section titles (as printed) of the passage at `offset`, outermost first."""
    section = report.section_at(offset)
    return [heading_text(n) for n in section.lineage()] if section is not None else []




def reference(report: Report, start: int, end: int) -> str:
    """The paragraph reference of a range: §3(2)¶1, or §3(2)¶1–§3(2)¶3 across paragraphs."""
    first = report.block_at(start)
    last = report.block_at(max(start, end - 1))
    refs = [b.ref for b in (first, last) if b is not None and b.ref]
    if not refs:
        return ""
    return refs[0] if refs[0] == refs[-1] else "–".join(refs)


def paragraph_link(report: Report, start: int) -> str:
    """A link to the paragraph: the report file with the paragraph reference as fragment."""
    src = source(report)
    ref = reference(report, start, start + 1)
    base = Path(src.path).resolve().as_uri() if src.path else ""
    return f"{base}#{quote(ref)}" if base and ref else base


_SPACE = re.compile(r"\s+")


def _quote_text(report: Report, start: int, end: int) -> str:
    return _SPACE.sub(" ", report.text[start:end]).strip()


def citation(report: Report, start: int, end: int, fmt: Format | str = Format.PLAIN) -> str:
    """The passage with its citation, in `fmt`."""
    fmt = Format(fmt)
    src = source(report)
    text = _quote_text(report, start, end)
    where = " › ".join(headings(report, start))
    ref = reference(report, start, end)
    if fmt is Format.PLAIN:
        parts = "，".join(x for x in (src.quoted_title, where, ref) if x)
        return f"“{text}”（{parts}）"
    if fmt is Format.GBT7714:
        # GB/T 7714-2015: 主要责任者. 题名[R]. 出版年: 引文位置.
        year = src.date[:4] if src.date else (str(src.year) if src.year else "")
        position = "，".join(x for x in (where, ref) if x)
        entry = f"{src.issuer}. {src.title}[R]." + (f" {year}" if year else "") + (f": {position}." if position else "")
        return f"“{text}”[1]\n\n[1] {entry}"
    link = paragraph_link(report, start)
    label = "，".join(x for x in (src.quoted_title, where, ref) if x)
    quoted = "\n".join("> " + _md_escape(line) for line in report.text[start:end].strip().splitlines() if line.strip())
    cite = f"[{_md_escape(label)}]({link})" if link else _md_escape(label)
    return f"{quoted}\n>\n> —— {cite}"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|~])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)
