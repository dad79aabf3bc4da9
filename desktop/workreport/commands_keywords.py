"""`workreport keywords FILE [--against OLDFILE]` and `workreport trend TERM...` over the library."""

from __future__ import annotations

import argparse
import sys

from .command_output import load_report, print_json, write_stdout
from .commands_library import LEVELS


def register(subparsers, parents) -> None:
    p = subparsers.add_parser("keywords", parents=parents, help="top terms, slogans, new and dropped terms",
                              description="Top terms, slogans and formulas of a report; new and dropped "
                                          "terms against an earlier one.")
    p.add_argument("file")
    p.add_argument("--against", metavar="OLDFILE", help="an earlier report to compare with")
    p.add_argument("--top", type=_at_least_one, default=30, metavar="N", help="how many terms per list (default 30)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_keywords)

    p = subparsers.add_parser("trend", parents=parents, help="frequency of terms per year across the library",
                              description="Frequency of terms per year across the library's reports.")
    p.add_argument("terms", nargs="+", metavar="TERM")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--region", help="only this region (e.g. 浙江省)")
    scope.add_argument("--level", choices=LEVELS, metavar="LEVEL", help="all regions of this level: %(choices)s")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_trend)


def _at_least_one(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {value!r}")
    return n


def report_year(report) -> int | None:
    """The report's year as the library would detect it (for the novelty of new terms)."""
    from .core.report_identity import identify

    try:
        return identify(report).year
    except Exception:  # noqa: BLE001 - no year only makes the ordering of new terms less sharp
        return None


def keywords_result(text: str, old_text: str | None, top: int, year: int | None = None) -> dict:
    """What `keywords --json` prints."""
    from .core.keywords import analyse

    return analyse(text, old_text, top, year)


def _table(rows, columns) -> str:
    return "\n".join("  ".join(str(r[c]) for c in columns) for r in rows)


def cmd_keywords(ns) -> int:
    report = load_report(ns.file)
    old_text = load_report(ns.against).text if ns.against else None
    result = keywords_result(report.text, old_text, ns.top, report_year(report))
    if ns.json:
        print_json(result)
        return 0
    parts = ["# top terms (count, per 10,000 characters)",
             _table(result["top"], ("term", "count", "per10k")),
             "\n# slogans and formulas", _table(result["slogans"], ("term", "count", "kind"))]
    if old_text is not None:
        parts += ["\n# new (by salience)", _table(result["new"], ("term", "count", "per10k")),
                  "\n# dropped", _table(result["dropped"], ("term", "old_count", "old_per10k")),
                  "\n# risers (per 10,000 characters, old -> new)",
                  _table(result["risers"], ("term", "old_per10k", "per10k")),
                  "\n# fallers", _table(result["fallers"], ("term", "old_per10k", "per10k"))]
    write_stdout("\n".join(parts) + "\n")
    return 0


def library_trends(terms: list[str], region: str = "", level: str = "", progress=None) -> dict:
    """{term: {"first_year", "points"}} over the library of the data dir (see store.term_counts.trends)."""
    from .store.library import open_library
    from .store.term_counts import TermStore, trends

    with open_library() as library, TermStore() as store:
        return trends(library, store, terms, region, level, progress)


def _progress(done: int, total: int) -> None:
    if done == total or done % 100 == 0:
        print(f"workreport: counting terms of library reports: {done}/{total}", file=sys.stderr)


def cmd_trend(ns) -> int:
    result = library_trends(ns.terms, ns.region or "", ns.level or "", _progress)
    if ns.json:
        print_json(result)
        return 0
    years = sorted({pt["year"] for r in result.values() for pt in r["points"]})
    if not years:
        print("workreport: no reports in the library match; add some with `workreport library add`",
              file=sys.stderr)
        return 1
    lines = ["year  " + "  ".join(f"{t}(count, per 10k)" for t in ns.terms)]
    for y in years:
        cells = []
        for t in ns.terms:
            pt = next((q for q in result[t]["points"] if q["year"] == y), None)
            cells.append(f"{pt['count']} {pt['per10k']:.2f}" if pt else "-")
        lines.append(f"{y}  " + "  ".join(cells))
    lines.append("first year: " + ", ".join(f"{t} {result[t]['first_year'] or '-'}" for t in ns.terms))
    write_stdout("\n".join(lines) + "\n")
    return 0
