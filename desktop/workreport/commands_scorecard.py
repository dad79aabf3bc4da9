"""`workreport scorecard FILE...` and `workreport panel [--library | DIR...]`: targets against results.

scorecard: reports of one region for consecutive years, in any order; each target of year Y is
paired with the result for Y in the report of Y+1 (core.pairing).
panel: the long-format research panel (one row per region, year and indicator) over folders of
reports or over the library.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from .command_output import UsageError, write_output

log = logging.getLogger(__name__)

REPORT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_SERIAL_BELOW = 4  # fewer files than this are parsed in this process (a pool costs more to start)


def register(subparsers, parents) -> None:
    p = subparsers.add_parser("scorecard", parents=parents, help="were last year's targets met?",
                              description="Were last year's targets met? Pairs each target of year Y with "
                                          "the result for Y in the next year's report.")
    p.add_argument("files", nargs="+", metavar="FILE", help="reports of one region, any order")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="a JSON list of pairs")
    fmt.add_argument("--csv", action="store_true", help="CSV panel rows")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.add_argument("--jobs", type=int, help="parallel parsers (default: one per CPU)")
    p.set_defaults(run=cmd_scorecard)

    p = subparsers.add_parser("panel", parents=parents, help="the research panel of targets and results",
                              description="The research panel: one row per region, year and indicator, "
                                          "with target, comparator, actual, status and sources.")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--library", action="store_true", help="all reports of the library")
    src.add_argument("dirs", nargs="*", default=[], metavar="DIR", help="folders of reports")
    p.add_argument("--indicator", help="only these canonical ids, comma-separated (gdp,cpi)")
    fmt = p.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--csv", action="store_true")
    fmt.add_argument("--xlsx", action="store_true", help="an Excel workbook (needs -o)")
    fmt.add_argument("--json", action="store_true")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.add_argument("--jobs", type=int, help="parallel parsers (default: one per CPU)")
    p.set_defaults(run=cmd_panel)


# ---- inputs ----------------------------------------------------------------------------------

def _load_one(job: tuple[str, str]):
    """(path, shown as) → ReportInput, or (path, reason) when the file cannot be read."""
    from .core.errors import ReportError
    from .core.pairing_input import report_input

    path, shown = job
    try:
        ri = report_input(path, shown)
    except ReportError as exc:
        return path, str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a panel
        return path, f"{type(exc).__name__}: {exc}"
    if not ri.region:  # undetected: the folder the file sits in names the region
        ri.region = Path(path).resolve().parent.name
    return ri


def load_inputs(files: list[tuple[str, str]], jobs: int | None = None) -> tuple[list, list[tuple[str, str]]]:
    """Parse report files (in a process pool when there are several): (inputs, failures)."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    if jobs == 1 or len(files) < _SERIAL_BELOW:
        results = [_load_one(f) for f in files]
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(min(jobs, len(files))) as pool:
            results = list(pool.map(_load_one, files, chunksize=max(1, len(files) // (jobs * 8))))
    inputs = [r for r in results if not isinstance(r, tuple)]
    failures = [r for r in results if isinstance(r, tuple)]
    return inputs, failures


def report_files(folders: list[str]) -> list[tuple[str, str]]:
    """(path, shown as) of every report under the folders, in path order; shown as the folder as
    given joined with the path inside it."""
    out, seen = [], set()
    for folder in folders:
        root = Path(folder)
        if not root.is_dir():
            raise NotADirectoryError(f"{folder} is not a folder")
        for f in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES):
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append((str(f), (Path(folder) / f.relative_to(root)).as_posix()))
    return out


# ---- output ----------------------------------------------------------------------------------

def _fmt(value, value_max=None, unit="") -> str:
    if value is None:
        return "—"
    v = f"{value:g}" + (f"–{value_max:g}" if value_max is not None else "")
    return v + unit


def _text_table(pairs) -> str:
    lines = []
    for p in pairs:
        t, a = p.target, p.actual
        target = f"{_fmt(t.value, t.value_max, t.unit)} {t.comparator}" if t else "—"
        actual = _fmt(a.value, None, a.unit) if a else "—"
        lines.append(f"{p.year}\t{p.name}\t{p.measure}\t{target}\t{actual}\t{p.status.value}")
    return "\n".join(lines) + ("\n" if lines else "")


def _warn(msg: str) -> None:
    print(f"workreport: {msg}", file=sys.stderr)


def _report_gaps(inputs) -> None:
    from .core.pairing import missing_years

    groups: dict[tuple[str, str], list[int]] = {}
    for ri in inputs:
        groups.setdefault((ri.region, ri.level), []).append(ri.year)
    for (region, _level), years in sorted(groups.items()):
        gap = missing_years(y for y in years if y is not None)
        if gap:
            _warn(f"{region}: no report for {', '.join(map(str, gap))}; the targets of the year before "
                  "each are not comparable")


# ---- commands --------------------------------------------------------------------------------

def cmd_scorecard(ns) -> int:
    from .core.errors import UnreadableError
    from .core.export import csv_text, write_csv
    from .core.pairing import PANEL_COLUMNS, panel_rows, score_panel

    inputs, failures = load_inputs([(f, f) for f in ns.files], ns.jobs)
    for path, reason in failures:
        _warn(f"skipped {path}: {reason}")
    if not inputs:
        raise UnreadableError("no report could be read")
    regions = sorted({ri.region for ri in inputs})
    if len(regions) > 1:
        _warn(f"reports of several regions ({', '.join(regions)}): each is scored on its own")
    _report_gaps(inputs)
    pairs = score_panel(inputs)
    if ns.json:
        write_output(json.dumps([pr.to_dict() for pr in pairs], ensure_ascii=False, indent=2) + "\n", ns.output)
    elif ns.csv and ns.output:
        write_csv(panel_rows(pairs), ns.output, PANEL_COLUMNS)
    elif ns.csv:
        write_output(csv_text(panel_rows(pairs), PANEL_COLUMNS), None)
    else:
        write_output(_text_table(pairs), ns.output)
    return 0


def cmd_panel(ns) -> int:
    from .core.export import csv_text, write_csv, write_xlsx
    from .core.pairing import PANEL_COLUMNS, panel_rows, score_panel

    if ns.xlsx and not ns.output:
        raise UsageError("--xlsx needs -o FILE")
    if not ns.library and not ns.dirs:
        raise UsageError("give --library or at least one DIR")
    if ns.library:
        inputs = _library_inputs()
    else:
        inputs, failures = load_inputs(report_files(ns.dirs), ns.jobs)
        for path, reason in failures:
            _warn(f"skipped {path}: {reason}")
    wanted = [i.strip() for i in ns.indicator.split(",") if i.strip()] if ns.indicator else None
    rows = panel_rows(score_panel(inputs, indicators=wanted))
    if ns.xlsx:
        write_xlsx(rows, ns.output, PANEL_COLUMNS, sheet="panel")
    elif ns.csv and ns.output:
        write_csv(rows, ns.output, PANEL_COLUMNS)
    elif ns.csv:
        write_output(csv_text(rows, PANEL_COLUMNS), None)
    else:
        write_output(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", ns.output)
    return 0


def library_inputs(library) -> list:
    """The library side of `panel --library` (core.pairing_input.library_inputs)."""
    from .core.pairing_input import library_inputs as inputs_of

    return inputs_of(library)


def _library_inputs() -> list:
    try:
        from .store.library import open_library
    except ImportError as exc:
        raise SystemExit(f"workreport: error: the library is not available ({exc})") from None
    library = open_library()
    try:
        return library_inputs(library)
    finally:
        library.close()
