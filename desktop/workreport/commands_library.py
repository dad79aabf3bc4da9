"""`workreport library add|list|update|remove` and `workreport search QUERY` over the library."""

from __future__ import annotations

import argparse
import re
import sys

from .command_output import LazyChoices, print_json, write_stdout


def _levels() -> list[str]:
    from .core.report_identity import Level

    return [lv.value for lv in Level]


LEVELS = LazyChoices(_levels)  # report_identity is not needed to start the app


def register(subparsers, parents) -> None:
    p = subparsers.add_parser("library", parents=parents, help="the library of reports: add, list, update, remove",
                              description="The library of reports.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=parents, help="add report files or folders (parsed in parallel)")
    add.add_argument("paths", nargs="+")
    add.add_argument("--workers", type=int, help="parsing processes (default: one per core)")
    _common(add, filters=False)
    add.set_defaults(run=_with_library(_add))
    lst = actions.add_parser("list", parents=parents, help="list the reports")
    _common(lst)
    lst.set_defaults(run=_with_library(_list))
    upd = actions.add_parser("update", parents=parents,
                             help="re-parse reports read by an older version of the parser")
    upd.add_argument("--workers", type=int, help="parsing processes (default: one per core)")
    _common(upd, filters=False)
    upd.set_defaults(run=_with_library(_update))
    rm = actions.add_parser("remove", parents=parents, help="remove reports (by id or path)")
    rm.add_argument("reports", nargs="+", help="report ids (from `list`) or file paths")
    _common(rm, filters=False)
    rm.set_defaults(run=_with_library(_remove))

    p = subparsers.add_parser("search", parents=parents, help="search every report in the library",
                              description="Search every report in the library (exact substring).")
    p.add_argument("query")
    p.add_argument("--limit", type=int, help="at most this many reports")
    _common(p)
    p.set_defaults(run=cmd_search)


def _open():
    from .store.library import open_library

    lib = open_library()
    if lib.recovery:
        print(f"workreport: {lib.recovery_message}", file=sys.stderr)
    return lib


def _common(p: argparse.ArgumentParser, filters: bool = True) -> None:
    p.add_argument("--json", action="store_true", help="print JSON")
    if filters:
        p.add_argument("--region", help="only this region (e.g. 浙江省, 杭州市)")
        p.add_argument("--level", choices=LEVELS, metavar="LEVEL", help="only this level: %(choices)s")
        p.add_argument("--year", type=_years, help="a year (2024) or a range (2018-2024)")


def _years(value: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–~]\s*(\d{4})\s*)?", value)
    if not m:
        raise argparse.ArgumentTypeError(f"not a year or a range of years: {value!r}")
    lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
    return (lo, hi) if lo <= hi else (hi, lo)


def _filters(ns):
    from .store.library import Filters

    lo, hi = ns.year if ns.year else (None, None)
    return Filters(region=ns.region or "", level=ns.level or "", year_from=lo, year_to=hi)


def _with_library(action):
    """A `library ACTION` run function: the action gets the open library and the arguments."""
    def run(ns) -> int:
        with _open() as lib:
            return action(lib, ns)
    return run


def _update(lib, ns) -> int:
    ns.paths = lib.stale_paths()
    return _add(lib, ns)


def _add(lib, ns) -> int:
    from .store.library_import import import_paths

    def progress(done, total, path):
        if not ns.json and sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    summary = import_paths(lib, ns.paths, workers=ns.workers, progress=progress)
    if ns.json:
        print_json(summary.to_dict())
    else:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"added {len(summary.added)}, updated {len(summary.updated)}, already there "
              f"{len(summary.duplicates) + len(summary.unchanged)}, failed {len(summary.failed)}")
        for path, reason in summary.failed:
            print(f"  skipped {path}: {reason}")
    return 1 if summary.failed else 0


def _list(lib, ns) -> int:
    rows = lib.reports(_filters(ns))
    if ns.json:
        print_json([r.to_dict() for r in rows])
    else:
        write_stdout("".join(f"{r.id}\t{r.region}\t{r.level}\t{r.year or ''}\t{r.length}\t{r.n_targets}\t{r.title}"
                       f"\t{r.path}\n" for r in rows))
    return 0


def _remove(lib, ns) -> int:
    ids, missing = [], []
    for ref in ns.reports:
        row = lib.report(int(ref)) if ref.isdigit() else lib.find(path=_resolved(ref))
        (ids.append(row.id) if row else missing.append(ref))
    removed = lib.remove(ids)
    if ns.json:
        print_json({"removed": removed, "not_found": missing})
    else:
        print(f"removed {removed}")
        for ref in missing:
            print(f"  not in the library: {ref}")
    return 1 if missing else 0


def _resolved(path: str) -> str:
    from pathlib import Path

    return str(Path(path).resolve())


def cmd_search(ns) -> int:
    with _open() as lib:
        results = lib.search(ns.query, _filters(ns), limit=ns.limit, snippet_reports=None)
    if ns.json:
        print_json([r.to_dict() for r in results])
        return 0
    for r in results:
        rep = r.report
        print(f"{rep.region} {rep.year or ''} {rep.title}  ({r.hits})  {rep.path}")
        for s in r.snippets:
            print(f"    {s.ref}  {s.text[:s.start]}【{s.text[s.start:s.end]}】{s.text[s.end:]}")
    return 0
