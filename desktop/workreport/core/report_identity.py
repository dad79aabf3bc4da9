"""Who gave a report, for which year: region, level, year, title and delivery date.

Builds on the parsed `Metadata` (title, meeting, issuer, date) and adds the
Markdown front matter and the file path. Sources are tried from the most to the
least explicit: front matter keys, the title, the meeting line ("在XX市第十五届
人民代表大会…"), the issuer, the opening of the text, mentions counted over the
whole text, and last the file path.
"""

from __future__ import annotations

import enum
import logging
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from .metadata import _DATE, _iso
from .model import Report
from .regions import Gazetteer, Kind, Region, gazetteer
from .textnorm import cn_to_int

log = logging.getLogger(__name__)

NATIONAL_REGION = "全国"


class Level(enum.StrEnum):
    NATIONAL = "national"
    PROVINCE = "province"
    CITY = "city"  # municipalities and prefecture-level cities, 自治州, 地区, 盟
    COUNTY = "county"  # counties, districts, county-level cities, 旗

    @classmethod
    def parse(cls, value: str) -> Level | None:
        value = (value or "").strip().lower()
        aliases = {"prefecture": cls.CITY, "municipality": cls.CITY, "district": cls.COUNTY,
                   "county-district": cls.COUNTY}
        if value in aliases:
            return aliases[value]
        try:
            return cls(value)
        except ValueError:
            return None


_LEVEL_OF_KIND = {Kind.PROVINCE: Level.PROVINCE, Kind.MUNICIPALITY: Level.CITY,
                  Kind.PREFECTURE: Level.CITY, Kind.COUNTY: Level.COUNTY}
_SPECIFICITY = {Kind.PROVINCE: 0, Kind.MUNICIPALITY: 1, Kind.PREFECTURE: 1, Kind.COUNTY: 2}


class Source(enum.StrEnum):
    """Where a value was read: shown to the user next to what was detected."""

    FRONT_MATTER = "front_matter"
    TITLE = "title"
    MEETING = "meeting"
    ISSUER = "issuer"
    OPENING = "opening"
    MENTIONS = "mentions"
    PATH = "path"
    DATE = "date"
    OUTLINE = "outline"
    NONE = ""


@dataclass
class ReportIdentity:
    region: str = ""
    level: Level | None = None
    year: int | None = None
    title: str = ""
    date: str = ""  # delivery date, ISO
    path: str = ""
    sources: dict = field(default_factory=dict)  # field name -> Source

    def to_dict(self) -> dict:
        return {"region": self.region, "level": self.level.value if self.level else "", "year": self.year,
                "title": self.title, "date": self.date, "path": self.path}


_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
_YEAR = re.compile(r"(?<!\d)((?:19[4-9]|20[0-9])\d)(?!\d)")
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
_NATIONAL = re.compile(r"全国人民代表大会(?!常务委员会[^第]{0,4}$)|我代表国务院|国务院总理")
_MEETING_REGION = re.compile(r"在(.{2,30}?)第[一二三四五六七八九十]{1,4}届人民代表大会")
_OPENING_CHARS = 600
_FULL_DATE = re.compile(r"((?:19[4-9]|20[0-9])\d)\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日")
_REVIEW = re.compile(r"回顾|完成情况|过去|主要工作|工作总结")
_ON_BEHALF = re.compile(r"代表(.{2,20}?)人民政府")


def front_matter(raw: str) -> dict[str, str]:
    """`key: value` pairs of a leading '---' block (no YAML library needed for these)."""
    m = _FRONT.match(raw or "")
    if not m:
        return {}
    out = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            out[key.strip().lower()] = value.strip().strip("'\"")
    return out


def identify(report: Report, raw_text: str = "", path: str = "", use_path: bool = True) -> ReportIdentity:
    """The report's identity; `raw_text` (the file before parsing) supplies the front matter."""
    fm = front_matter(raw_text)
    md = report.metadata
    gaz = gazetteer()
    ident = ReportIdentity(path=str(path or report.source or ""))
    ident.title = _title(fm, md.title)
    ident.date = fm.get("date", "") if re.fullmatch(r"\d{4}-\d\d-\d\d", fm.get("date", "")) else md.date
    if not ident.date:
        ident.date = _standalone_date([fm.get("title", ""), md.title] + [b.text for b in report.blocks[:6]])
    head = report.text[:_OPENING_CHARS]
    _detect_region(ident, fm, report, head, gaz, use_path)
    _detect_year(ident, fm, report, use_path)
    return ident


def _standalone_date(lines: list[str]) -> str:
    """A date printed alone ("（2002年12月3日）") or after the name in a title ("（2022年12月11日 王国先）")."""
    for line in lines:
        m = _DATE.search(line or "")
        if m and (len(line.strip("*（）() 　")) <= len(m.group(0)) + 2 or re.search(r"[（(]\s*$", line[:m.start()])):
            return _iso(m)
    return ""


def _title(fm: dict, parsed: str) -> str:
    fm_title = fm.get("title", "")
    if "报告" in fm_title:
        return fm_title
    if "报告" in parsed:
        return parsed
    return fm_title or parsed


def _detect_region(ident: ReportIdentity, fm: dict, report: Report, head: str, gaz: Gazetteer,
                   use_path: bool) -> None:
    md = report.metadata
    if fm.get("region"):
        hits = _regions_in(fm["region"], gaz)
        level = Level.parse(fm.get("level", ""))
        if fm["region"] in (NATIONAL_REGION, "国务院", "中国", "中华人民共和国"):
            ident.region, ident.level = NATIONAL_REGION, Level.NATIONAL
            ident.sources["region"] = Source.FRONT_MATTER
            return
        if hits:
            _set_region(ident, hits, Source.FRONT_MATTER)
            if level:
                ident.level = level
            return
    meeting_lines = [m.group(1) for m in _MEETING_REGION.finditer(head)]
    candidates = [(Source.FRONT_MATTER, fm.get("title", "")), (Source.TITLE, md.title),
                  (Source.MEETING, " ".join(meeting_lines)), (Source.ISSUER, md.issuer)]
    national = _is_national(fm.get("title", "") + md.title, md.meeting, md.issuer, head)
    for source, text in candidates:
        if national and source in (Source.MEETING, Source.ISSUER):
            break
        hits = _regions_in(text, gaz)
        if hits:
            _set_region(ident, hits, source)
            return
    if national:
        ident.region, ident.level = NATIONAL_REGION, Level.NATIONAL
        ident.sources["region"] = Source.MEETING
        return
    for m in _ON_BEHALF.finditer(head):
        hits = _regions_in(m.group(1), gaz)
        if hits:
            _set_region(ident, hits, Source.OPENING)
            return
    counts = gaz.count_stems(report.text)
    # A province's report says 全省/我省, a city's 全市/我市: keep mentions of that kind
    provincial = sum(report.text.count(w) for w in ("全省", "我省")) > sum(
        report.text.count(w) for w in ("全市", "我市", "全州", "我州"))
    same_kind = {r: c for r, c in counts.items() if (r.kind == Kind.PROVINCE) == provincial}
    counts = same_kind or counts
    if counts:
        best = max(counts.items(), key=lambda kv: (kv[1], -_SPECIFICITY[kv[0].kind]))
        if best[1] >= 3:
            _set_region(ident, [best[0]], Source.MENTIONS)
            return
    if use_path and ident.path:
        for part in reversed(PurePath(ident.path).parts):
            hits = _regions_in(part, gaz)
            if hits:
                _set_region(ident, hits, Source.PATH)
                return


def _is_national(title: str, meeting: str, issuer: str, head: str) -> bool:
    if "国务院" in title or "国务院" in issuer:
        return True
    if "全国人民代表大会" in meeting:
        return True
    return bool(_NATIONAL.search(head))


def _regions_in(text: str, gaz: Gazetteer) -> list[Region]:
    """Regions named in a short text, the most specific first; ambiguous names resolved by the others."""
    found = [regions for _s, _e, regions in gaz.find(text or "")]
    if not found:
        return []
    provinces = {r.province for regions in found if len(regions) == 1 for r in regions}
    picked = []
    for regions in found:
        if len(regions) > 1 and provinces:
            narrowed = [r for r in regions if r.province in provinces]
            regions = narrowed or regions
        picked.append(regions[0])
    # most specific wins; among equals the first named
    return sorted(picked, key=lambda r: -_SPECIFICITY[r.kind])


def _set_region(ident: ReportIdentity, hits: list[Region], source: Source) -> None:
    region = hits[0]
    ident.region = region.name
    ident.level = _LEVEL_OF_KIND[region.kind]
    ident.sources["region"] = source


def _detect_year(ident: ReportIdentity, fm: dict, report: Report, use_path: bool) -> None:
    md = report.metadata
    if fm.get("year", "").isdigit():
        ident.year, ident.sources["year"] = int(fm["year"]), Source.FRONT_MATTER
        return
    for source, text in ((Source.FRONT_MATTER, fm.get("title", "")), (Source.TITLE, md.title)):
        year = _plan_year_of_date(text) or _year_in(text)
        if year:
            ident.year, ident.sources["year"] = year, source
            return
    if md.date:
        ident.year, ident.sources["year"] = _plan_year(int(md.date[:4]), int(md.date[5:7])), Source.DATE
        return
    year = _year_from_outline(report)
    if year:
        ident.year, ident.sources["year"] = year, Source.OUTLINE
        return
    if use_path and ident.path:
        year = _year_in(PurePath(ident.path).name) or _year_in(str(PurePath(ident.path).parent))
        if year:
            ident.year, ident.sources["year"] = year, Source.PATH


def _plan_year(year: int, month: int) -> int:
    """A report read in December is the next year's report."""
    return year + 1 if month == 12 else year


def _plan_year_of_date(text: str) -> int | None:
    m = _FULL_DATE.search(text or "")
    if not m:
        return None
    return _plan_year(int(m.group(1)), int(m.group(2)))


def _year_from_outline(report: Report) -> int | None:
    """Part headings: "一、2003年工作回顾" (a review: the plan is for the year after), "二、2004年工作安排"."""
    years = []
    for node in report.outline:
        found = [int(y) for y in _YEAR.findall(node.title)]
        if found:
            review = _REVIEW.search(node.title) is not None
            years.append(max(found) + (1 if review else 0))
    return max(years) if years else None


def _year_in(text: str) -> int | None:
    m = _YEAR.search(text or "")
    if m:
        return int(m.group(1))
    m = _CN_YEAR.search(text or "")
    if m:
        return int("".join(str(cn_to_int(c)) for c in m.group(1)))
    return None
