"""Command line: `workreport [FILE]` opens the app; sub-commands print what the parser finds."""

from __future__ import annotations

import argparse
import json
import sys

from . import paths

SUBCOMMANDS = {}


def subcommand(name):
    def register(fn):
        SUBCOMMANDS[name] = fn
        return fn
    return register


def _load(path):
    from .core.parser import parse_file

    report = parse_file(path)
    warn(report)
    return report


def warn(report) -> None:
    """What loading repaired (bad bytes, NULs), one line each on stderr."""
    for warning in getattr(report, "warnings", ()):
        print(f"workreport: warning: {warning}", file=sys.stderr)


def write_stdout(text: str) -> None:
    """Write command output; a console that is not UTF-8 (Windows code pages) gets UTF-8 bytes."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def print_json(obj) -> None:
    write_stdout(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _print_outline(nodes, depth=0):
    for node in nodes:
        label = f"{node.label} " if node.label else ""
        marker = "·" if node.kind == "topic" else ""
        print("  " * depth + f"{marker}{label}{node.title}")
        _print_outline(node.children, depth + 1)


@subcommand("outline")
def cmd_outline(args):
    p = argparse.ArgumentParser(prog="workreport outline", description="Print the report's outline.")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    ns = p.parse_args(args)
    report = _load(ns.file)
    if ns.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        md = report.metadata
        print(" ".join(x for x in (md.title, md.date, md.speaker) if x))
        _print_outline(report.outline)
    return 0


@subcommand("glossary")
def cmd_glossary(args):
    p = argparse.ArgumentParser(prog="workreport glossary", description="Print the 名词解释 entries.")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    ns = p.parse_args(args)
    report = _load(ns.file)
    if ns.json:
        print(json.dumps([e.to_dict() for e in report.glossary], ensure_ascii=False, indent=2))
    else:
        for e in report.glossary:
            print(f"{e.term}：{e.definition}")
    return 0


@subcommand("text")
def cmd_text(args):
    p = argparse.ArgumentParser(prog="workreport text", description="Print the cleaned report text.")
    p.add_argument("file")
    ns = p.parse_args(args)
    print(_load(ns.file).text)
    return 0


def gui_args(argv):
    """Arguments of the app itself (no sub-command): the app module runs them."""
    p = argparse.ArgumentParser(prog="workreport", description="Work Report Reader (政府工作报告阅读器).",
                                epilog="Sub-commands: " + ", ".join(sorted(SUBCOMMANDS)) + " (each takes --help).")
    p.add_argument("file", nargs="?", help="report to open (.txt, .md, .html, .pdf, .docx); default: the bundled report")
    p.add_argument("--data-dir", help="folder for notes and settings (default: the user data dir)")
    p.add_argument("--self-test", action="store_true", help="load, build the window offscreen, check, exit")
    ns = p.parse_args(argv)
    if ns.data_dir:
        paths.set_data_dir(ns.data_dir)
    return ns


def strip_data_dir(argv):
    """--data-dir may come before the sub-command; apply it and drop it from argv."""
    argv = list(argv)
    if "--data-dir" in argv:
        i = argv.index("--data-dir")
        if i + 1 < len(argv):
            paths.set_data_dir(argv[i + 1])
            del argv[i:i + 2]
    return argv


def is_subcommand(argv) -> bool:
    return bool(argv) and argv[0] in SUBCOMMANDS


def main(argv=None) -> int:
    """Run a sub-command (outline, glossary, text, targets, notes …). The app itself starts in app.main."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--data-dir" in argv and not is_subcommand(argv):
        argv = strip_data_dir(argv)
    try:
        if not is_subcommand(argv):
            print("workreport: error: unknown command; run `workreport --help`", file=sys.stderr)
            return 2
        return SUBCOMMANDS[argv[0]](argv[1:])
    except BrokenPipeError:
        return closed_pipe()
    except Exception as exc:  # noqa: BLE001 - one clear line, never a traceback
        return report_error(exc)


def closed_pipe() -> int:
    """The reader went away (`workreport text FILE | head`): stop quietly, like other filters.

    stdout is pointed at devnull so the flush at exit does not raise a second time.
    """
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a filter ended by a closed pipe


def report_error(exc) -> int:
    from .core.errors import ReportError

    msg = str(exc) if isinstance(exc, ReportError) else f"{type(exc).__name__}: {exc}"
    print(f"workreport: error: {msg}", file=sys.stderr)
    return 2


from . import commands_notes  # noqa: E402,F401 - registers `notes`
from . import commands_targets  # noqa: E402,F401 - registers `targets`
from . import commands_scorecard  # noqa: E402,F401 - registers `scorecard`, `panel`
from . import commands_library  # noqa: E402,F401 - registers `library`, `search`
from . import commands_lookup  # noqa: E402,F401 - registers `lookup`
from . import commands_keywords  # noqa: E402,F401 - registers `keywords`, `trend`
