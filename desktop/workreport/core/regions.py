"""China's administrative divisions, read from resources/regions.tsv, and finding them in text.

The table is built from data by tools/build_regions.py (never typed per report).
Besides each division's full name ("延边朝鲜族自治州"), texts use short forms
made by the usual suffix rules: the stem plus 州/地区/盟/市 ("延边州"), a former
name ("襄樊市"), or for provinces the bare stem ("内蒙古", "广西"). Only
forms with a suffix are matched inside running text; bare stems are used when
counting mentions, where the most named division wins.
"""

from __future__ import annotations

import csv
import enum
import logging
from dataclasses import dataclass
from functools import lru_cache

from .. import resources

log = logging.getLogger(__name__)

REGIONS_FILE = "regions.tsv"


class Kind(enum.StrEnum):
    PROVINCE = "province"
    MUNICIPALITY = "municipality"  # 直辖市: province-level city
    PREFECTURE = "prefecture"  # 地级: city, 自治州, 地区, 盟
    COUNTY = "county"  # 县级: county, district, county-level city, 旗


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    kind: Kind
    province: str
    stem: str  # 延边朝鲜族自治州 → 延边 (computed by tools/build_regions.py)


def _variants(region: Region, aliases: list[str]) -> set[str]:
    """Suffixed forms a text may use for this region."""
    out = {region.name, *aliases}
    s = region.stem
    if region.kind in (Kind.PREFECTURE,):
        out.update({s + "市", s + "州", s + "地区", s + "盟"})
    elif region.kind == Kind.PROVINCE:
        out.update({s + "省", s + "自治区"})
    elif region.kind == Kind.COUNTY and region.name.endswith(("自治县", "自治旗")):
        out.update({s + "县", s + "旗"})
    for alias in aliases:
        a = alias[:-2] if alias.endswith("地区") else alias.rstrip("市")
        out.update({a + "市", a + "地区"})
    return {v for v in out if len(v) >= 3}


class Gazetteer:
    """Lookup of regions by the names texts use."""

    def __init__(self, rows):
        self.regions: list[Region] = []
        self.by_name: dict[str, list[Region]] = {}
        self.by_stem: dict[str, list[Region]] = {}
        for code, name, kind, province, stem, aliases in rows:
            region = Region(code, name, Kind(kind), province, stem)
            self.regions.append(region)
            for form in _variants(region, [a for a in aliases.split(",") if a]):
                self.by_name.setdefault(form, []).append(region)
            if region.kind != Kind.COUNTY:
                self.by_stem.setdefault(region.stem, []).append(region)
        self.max_len = max(len(n) for n in self.by_name)
        # 3+ character names that are not county-level (counties are too many to count by stem)
        self.canonical = {r.name: r for r in self.regions if r.kind != Kind.COUNTY}

    def find(self, text: str):
        """(start, end, [regions]) for each longest name occurrence, left to right."""
        i, n = 0, len(text)
        while i < n:
            for length in range(min(self.max_len, n - i), 2, -1):
                hit = self.by_name.get(text[i:i + length])
                if hit:
                    yield i, i + length, hit
                    i += length
                    break
            else:
                i += 1

    def count_stems(self, text: str) -> dict[Region, int]:
        """How often each province/prefecture stem is named (any suffix or none)."""
        counts: dict[Region, int] = {}
        for s, regions in self.by_stem.items():
            if len(s) < 2:
                continue
            c = text.count(s)
            if c and len(regions) == 1:
                counts[regions[0]] = c
        return counts


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    with open(resources.path(REGIONS_FILE), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return Gazetteer(rows[1:])
