"""Command line: `workreport [FILE]` opens the app; sub-commands print what the parser finds.

One argparse parser with a sub-parser per command; each commands_*.py module adds its own with
`register(subparsers, parents)` and `set_defaults(run=fn)`. The parent parser holds the options
that work before and after the sub-command (`--data-dir`). The app's own arguments are parsed by
`gui_args`: a first word that is not a sub-command is the report to open.
"""

from __future__ import annotations

import argparse
import functools
import logging
import sys
from collections.abc import Sequence

from . import (
    commands_keywords,
    commands_library,
    commands_lookup,
    commands_notes,
    commands_report,
    commands_scorecard,
    commands_targets,
    paths,
)
from .command_output import EXIT_ERROR, UsageError, closed_pipe, report_error

log = logging.getLogger(__name__)

PROG = "workreport"
DESCRIPTION = ("Work Report Reader (政府工作报告阅读器). With a FILE, or none, opens the app; with a COMMAND, "
               "prints what the parser finds.")
USAGE = f"{PROG} [-h] [--data-dir DIR] [--self-test] [FILE]\n       {PROG} [--data-dir DIR] COMMAND ..."
FILE_HELP = "the report to open (.txt, .md, .html, .pdf, .docx); default: the bundled report"
COMMAND_MODULES = (commands_report, commands_targets, commands_scorecard, commands_notes,
                   commands_library, commands_keywords, commands_lookup)


def shared_options() -> argparse.ArgumentParser:
    """Options of every level. SUPPRESS as default: an option given before the sub-command is not
    overwritten by the sub-parser's default (argparse copies the sub-parser's namespace over)."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                   help="folder for notes, settings and the library (default: the user data dir)")
    return p


def _app_options(p: argparse.ArgumentParser, file_help: str | None = None) -> None:
    group = p.add_argument_group("the app", file_help)
    group.add_argument("--self-test", action="store_true", help="load, build the window offscreen, check, exit")


def _build() -> tuple[argparse.ArgumentParser, argparse.Action]:
    parents = [shared_options()]
    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION, parents=parents, usage=USAGE)
    _app_options(parser, f"FILE: {FILE_HELP}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, prog=PROG,
                                       title="commands (each takes --help)")
    for module in COMMAND_MODULES:
        module.register(subparsers, parents)
    return parser, subparsers


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: `workreport [--data-dir DIR] COMMAND ...`; its help also tells the app's."""
    return _build()[0]


@functools.cache
def command_names() -> frozenset[str]:
    return frozenset(_build()[1].choices or ())


def is_subcommand(argv: Sequence[str]) -> bool:
    """Whether cli.main should run argv: its first word (after the shared options) names a
    sub-command, or it asks for help and has no word. Any other first word is a file for the app."""
    peek = argparse.ArgumentParser(prog=PROG, add_help=False, parents=[shared_options()], exit_on_error=False)
    peek.add_argument("-h", "--help", action="store_true")
    peek.add_argument("--self-test", action="store_true")
    peek.add_argument("word", nargs="?")
    peek.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        ns, _unknown = peek.parse_known_args(list(argv))
    except argparse.ArgumentError:  # e.g. --data-dir without a folder: the app's parser says so
        return False
    return ns.word in command_names() if ns.word is not None else ns.help


def gui_args(argv: Sequence[str]) -> argparse.Namespace:
    """Arguments of the app itself (no sub-command): the app module runs them."""
    p = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION, parents=[shared_options()],
                                epilog="Sub-commands: `workreport --help`.")
    p.add_argument("file", nargs="?", metavar="FILE", help=FILE_HELP)
    _app_options(p)
    ns = p.parse_args(argv)
    ns.data_dir = getattr(ns, "data_dir", None)
    _apply_shared(ns)
    return ns


def _apply_shared(ns: argparse.Namespace) -> None:
    data_dir = getattr(ns, "data_dir", None)
    if data_dir:
        paths.set_data_dir(data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a sub-command (outline, glossary, text, targets, notes …). The app itself starts in app.main.

    Usage errors exit through argparse (SystemExit 2); failures while running are one line and 2.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    ns = parser.parse_args(argv)
    if ns.self_test:
        parser.error("--self-test checks the app; it takes no COMMAND")
    _apply_shared(ns)
    try:
        return ns.run(ns)
    except UsageError as exc:
        parser.exit(EXIT_ERROR, f"{PROG}: error: {exc}\n")
    except BrokenPipeError:
        return closed_pipe()
    except Exception as exc:  # noqa: BLE001 - one clear line, never a traceback
        log.debug("command failed", exc_info=True)
        return report_error(exc)
