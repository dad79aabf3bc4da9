"""`workreport notes export|import`: notes to Markdown/W3C JSON and back, for scripts and backups.

Export only reads: it never creates, moves or repairs the store (a damaged one
is a clear error) and streams the notes, so any number of them fits in memory.
Import checks each annotation on its own, stores the good ones and lists the
others; it exits 1 when any was skipped.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from pathlib import Path

from . import paths
from .cli import subcommand

log = logging.getLogger(__name__)

EXIT_SKIPPED = 1  # import: some annotations were not imported


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the report the notes belong to")
    p.add_argument("--data-dir", help="folder of the notes store (default: the user data dir)")


def _report(ns):
    from .cli import _load

    if ns.data_dir:
        paths.set_data_dir(ns.data_dir)
    return _load(ns.file)


@contextlib.contextmanager
def _output(path: str | None):
    """Standard output, or a new private file (notes are private)."""
    if not path:
        yield sys.stdout
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, paths.FILE_MODE)
    with open(fd, "w", encoding="utf-8", newline="\n") as out:
        yield out


def _export(args) -> int:
    from .core import annotation_io
    from .core.anchors import Anchorer
    from .store import open_store
    from .store.notes_export import find_notes_document, iter_placed_highlights, placed_bookmarks

    p = argparse.ArgumentParser(prog="workreport notes export",
                                description="Write the report's bookmarks, highlights and notes.")
    _common(p)
    p.add_argument("--format", choices=("md", "json"), default="md",
                   help="md: readable, grouped by section; json: W3C Web Annotation collection")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    ns = p.parse_args(args)
    report = _report(ns)
    with open_store(read_only=True) as store:
        doc = find_notes_document(store, report)
        anchorer = Anchorer(report.text)
        bookmarks = placed_bookmarks(store, report, doc, anchorer)
        highlights = iter_placed_highlights(store, report, doc, anchorer)
        with _output(ns.output) as out:
            if ns.format == "md":
                annotation_io.write_markdown(out, report, list(highlights), bookmarks)
            else:
                total = len(bookmarks) + (store.count_highlights(doc.id) if doc else 0)
                annotation_io.write_collection(out, report, (x.record for x in highlights),
                                               [x.record for x in bookmarks], total=total)
    log.info("exported the notes of %s as %s", ns.file, ns.format)
    return 0


def _import(args) -> int:
    from .core.annotation_io import read_annotations
    from .store import open_store
    from .store.annotation_import import import_annotations

    p = argparse.ArgumentParser(prog="workreport notes import",
                                description="Add W3C Web Annotation notes to the report (no duplicates).")
    _common(p)
    p.add_argument("annotations", help="JSON file written by `notes export --format json` (or another W3C tool)")
    ns = p.parse_args(args)
    try:  # utf-8-sig: a byte order mark (as some Windows editors write) is not an error
        data = json.loads(Path(ns.annotations).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read {ns.annotations}: {exc}") from None
    items, skipped = read_annotations(data)
    report = _report(ns)
    with open_store() as store:
        if store.recovery:
            print(f"workreport: warning: {store.recovery_message}", file=sys.stderr)
        result = import_annotations(store, report, items)
    read = len(items) + len(skipped)
    result.skipped = sorted(skipped + result.skipped, key=lambda s: s.index)
    print(f"{read} annotations read: {result.summary()}")
    log.info("imported %s into the notes of %s: %s", ns.annotations, ns.file, result.summary())
    for s in result.skipped:
        print(f"workreport: skipped {s.message()}", file=sys.stderr)
    return EXIT_SKIPPED if result.skipped else 0


@subcommand("notes")
def cmd_notes(args) -> int:
    actions = {"export": _export, "import": _import}
    if not args or args[0] not in actions:
        print("usage: workreport notes {export,import} FILE ... (each takes --help)", file=sys.stderr)
        return 0 if args and args[0] in ("-h", "--help") else 2
    return actions[args[0]](args[1:])
