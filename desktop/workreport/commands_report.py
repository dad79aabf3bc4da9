"""`workreport outline|glossary|text FILE`: what the parser finds in one report."""

from __future__ import annotations

import json

from .command_output import load_report, write_stdout
from .core.kinds import NodeKind


def register(subparsers, parents) -> None:
    p = subparsers.add_parser("outline", parents=parents, help="print the report's outline",
                              description="Print the report's outline.")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_outline)

    p = subparsers.add_parser("glossary", parents=parents, help="print the 名词解释 entries",
                              description="Print the 名词解释 entries.")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_glossary)

    p = subparsers.add_parser("text", parents=parents, help="print the cleaned report text",
                              description="Print the cleaned report text.")
    p.add_argument("file")
    p.set_defaults(run=cmd_text)


def _outline_lines(nodes, depth=0):
    for node in nodes:
        label = f"{node.label} " if node.label else ""
        marker = "·" if node.kind == NodeKind.TOPIC else ""
        yield "  " * depth + f"{marker}{label}{node.title}"
        yield from _outline_lines(node.children, depth + 1)


def cmd_outline(ns) -> int:
    report = load_report(ns.file)
    if ns.json:
        write_stdout(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return 0
    md = report.metadata
    lines = [" ".join(x for x in (md.title, md.date, md.speaker) if x), *_outline_lines(report.outline)]
    write_stdout("\n".join(lines) + "\n")
    return 0


def cmd_glossary(ns) -> int:
    report = load_report(ns.file)
    if ns.json:
        write_stdout(json.dumps([e.to_dict() for e in report.glossary], ensure_ascii=False, indent=2) + "\n")
    else:
        write_stdout("".join(f"{e.term}：{e.definition}\n" for e in report.glossary))
    return 0


def cmd_text(ns) -> int:
    write_stdout(load_report(ns.file).text + "\n")
    return 0
