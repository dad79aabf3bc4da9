"""`workreport targets FILE [--json|--csv|--xlsx] [-o PATH] [--kind target|result]`."""

from __future__ import annotations

import json

from .command_output import UsageError, load_report, write_output
from .core.kinds import RecordKind


def register(subparsers, parents) -> None:
    p = subparsers.add_parser("targets", parents=parents, help="list the quantitative targets and results",
                              description="List the quantitative targets and results of a report.")
    p.add_argument("file")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="a JSON list of records")
    fmt.add_argument("--csv", action="store_true", help="CSV (with a UTF-8 BOM when written to a file)")
    fmt.add_argument("--xlsx", action="store_true", help="an Excel workbook (needs -o)")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.add_argument("--kind", choices=[k.value for k in RecordKind], help="only targets or only results")
    p.set_defaults(run=cmd_targets)


def _format_value(rec: dict) -> str:
    if rec["value"] is None:
        return "—"
    v = f"{rec['value']:g}"
    if rec["value_max"] is not None:
        v += f"–{rec['value_max']:g}"
    return v + rec["unit"]


def cmd_targets(ns) -> int:
    from .core.export import TARGET_COLUMNS, csv_text, write_csv, write_xlsx
    from .core.targets import extract_targets

    if ns.xlsx and not ns.output:
        raise UsageError("--xlsx needs -o FILE")
    report = load_report(ns.file)
    rows = [t.to_dict() for t in extract_targets(report)]
    if ns.kind:
        rows = [r for r in rows if r["kind"] == ns.kind]
    if ns.xlsx:
        write_xlsx(rows, ns.output)
        return 0
    if ns.csv and ns.output:
        write_csv(rows, ns.output)
        return 0
    if ns.json:
        out = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    elif ns.csv:
        out = csv_text(rows, TARGET_COLUMNS)
    else:
        out = "".join(f"{r['paragraph']}\t{r['kind']}\t{r['year'] or ''}\t{r['indicator']}\t{_format_value(r)}"
                      f"\t{r['comparator']}\n" for r in rows)
    write_output(out, ns.output)
    return 0
