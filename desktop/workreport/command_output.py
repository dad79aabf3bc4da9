"""What every sub-command shares: loading a report, writing output, and how failures end.

cli.py and the commands_*.py modules both import this module (never each other), so the command
modules can be imported at the top of cli.py.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator

EXIT_ERROR = 2  # one clear line on stderr, never a traceback
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a filter ended by a closed pipe
_PIECE = 8192  # characters per write to stdout


class UsageError(Exception):
    """Arguments that argparse cannot check alone (e.g. --xlsx without -o); ends like an argparse error."""


class LazyChoices:
    """argparse choices listed by a function called on first use (parsing the option, --help), so
    the module that knows them is not imported when the app starts. Give the option a metavar:
    argparse lists choices for the usage line otherwise."""

    def __init__(self, load: Callable[[], list[str]]):
        self._load = load
        self._values: list[str] | None = None

    def _get(self) -> list[str]:
        if self._values is None:
            self._values = self._load()
        return self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __contains__(self, value: object) -> bool:
        return value in self._get()


def load_report(path):
    """Parse a report file; what loading repaired goes to stderr."""
    from .core.parser import parse_file

    report = parse_file(path)
    warn(report)
    return report


def warn(report) -> None:
    """What loading repaired (bad bytes, NULs), one line each on stderr."""
    for warning in getattr(report, "warnings", ()):
        print(f"workreport: warning: {warning}", file=sys.stderr)


def write_stdout(text: str) -> None:
    """Write command output; a console that is not UTF-8 (Windows code pages) gets UTF-8 bytes.

    Written in pieces: one large write that the pipe takes only in part can end without an error
    when the reader has gone, so a closed pipe would not be noticed (see closed_pipe).
    """
    for start in range(0, len(text), _PIECE):
        piece = text[start:start + _PIECE]
        try:
            sys.stdout.write(piece)
        except UnicodeEncodeError:
            sys.stdout.flush()
            sys.stdout.buffer.write(piece.encode("utf-8"))
    sys.stdout.flush()


def write_output(text: str, path: str | None) -> None:
    """Write command output to a file (-o PATH) or, without one, to standard output."""
    if path:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    else:
        write_stdout(text)


def print_json(obj) -> None:
    write_stdout(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def closed_pipe() -> int:
    """The reader went away (`workreport text FILE | head`): stop quietly, like other filters.

    stdout is pointed at devnull so the flush at exit does not raise a second time.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_CLOSED_PIPE


def report_error(exc: BaseException) -> int:
    """One line on stderr: a ReportError's own words, anything else with its type."""
    from .core.errors import ReportError

    msg = str(exc) if isinstance(exc, ReportError) else f"{type(exc).__name__}: {exc}"
    print(f"workreport: error: {msg}", file=sys.stderr)
    return EXIT_ERROR
