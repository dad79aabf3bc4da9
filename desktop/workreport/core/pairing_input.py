"""From a report file to the scorecard's plain input (pairing.ReportInput).

`report_input(path)` parses the file, reads its identity (region, level, year) and extracts
its target records and the targets it explicitly does not set. Picklable in and out, so a
process pool can run it.
"""

from __future__ import annotations

import bisect
import logging
import re
from pathlib import Path

from . import model as m
from .pairing import ReportInput, usable_record

log = logging.getLogger(__name__)

# "没有提出全年经济增速具体目标", "不设定GDP增长目标", "未提出地区生产总值增长预期目标":
# a negated verb of setting, a short name, then 目标 / 指标 in the same clause.
_ABSENT = re.compile(r"(?:没有|未|不再|不)(?:明确)?(?:提出|设定|设置|设立|确定|规定|设)(?:具体|明确|量化)?的?"
                     r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)的?(?:具体|量化|预期|增长|增速)*(?:目标|指标)")
_GROWTH_WORDS = ("增速", "增长", "增幅", "速度")


def find_absent_targets(report: m.Report, vocabulary=None) -> list[dict]:
    """Sentences saying a target is not set this year, each with the canonical id it names."""
    blocks = [(b.start, b.ref) for b in report.blocks if b.kind == m.PARAGRAPH]
    return absent_targets_in_text(report.text, blocks, vocabulary)


def absent_targets_in_text(text: str, blocks: list, vocabulary=None) -> list[dict]:
    """The same over a report's text and its paragraphs as (start, ref), sorted (library rows)."""
    if vocabulary is None:
        from .pairing import IndicatorNames
        vocabulary = IndicatorNames().vocab
        if vocabulary is None:
            return []
    starts = [int(b[0]) for b in blocks]
    out = []
    for mt in _ABSENT.finditer(text):
        hit = vocabulary.match(mt.group("name"), "", "")
        if hit is None:
            continue
        s0 = max(text.rfind(c, 0, mt.start()) for c in "。！？\n") + 1
        ends = [i for i in (text.find(c, mt.end()) for c in "。！？\n") if i >= 0]
        s1 = min(ends) + (0 if ends and text[min(ends)] == "\n" else 1) if ends else len(text)
        k = bisect.bisect_right(starts, mt.start()) - 1
        measure = "growth" if any(w in mt.group(0) for w in _GROWTH_WORDS) else "level"
        out.append({"name": mt.group("name"), "canonical": hit.id, "measure": measure,
                    "ref": blocks[k][1] if k >= 0 else "", "sentence": text[s0:s1], "start": s0, "end": s1})
    return out


def identity_of(report: m.Report, raw: str, path: str):
    """(region, level, year) of a report: detected from its text, the path as a last resort."""
    from .report_identity import identify
    ident = identify(report, raw, path=path)
    return ident.region, (ident.level.value if ident.level else ""), ident.year


def report_input(path: str | Path, shown_as: str | None = None) -> ReportInput:
    """Parse a report file into the scorecard's input; `shown_as` names the file in references."""
    from .parser import load_text, parse_text
    from .targets import extract_targets

    raw, suffix = load_text(path)
    report = parse_text(raw, suffix)
    report.source = str(path)
    region, level, year = identity_of(report, raw, str(path))
    records = [r for r in (usable_record(t.to_dict()) for t in extract_targets(report)) if r is not None]
    return ReportInput(region, level, year, shown_as or str(path), records, find_absent_targets(report))


def library_inputs(library, region: str = "", level: str = "") -> list:
    """ReportInputs of the library's reports (all regions, or one): stored records, no parsing.

    `library` is read through regions(), region_reports(region, level), text(id) and, when it has
    one, blocks(id) -> [[start, ref], …] (the paragraph of an explicitly absent target)."""
    regions = [(region, level)] if region else [(r, lv) for r, lv, _n in library.regions()]
    out = []
    for reg, lev in regions:
        for row, records in library.region_reports(reg, lev):
            if row.year is None:
                continue
            blocks = library.blocks(row.id) if hasattr(library, "blocks") else []
            absent = absent_targets_in_text(library.text(row.id), blocks)
            out.append(ReportInput(row.region, row.level, row.year, row.path, records, absent))
    return out
