"""`workreport notes export|import`: notes to Markdown/W3C JSON and back, for scripts and backups.

Export only reads: it never creates, moves or repairs the store (a damaged one
is a clear error) and streams the notes, so any number of them fits in memory.
Import checks each annotation on its own, stores the good ones and lists the
others; it exits 1 when any was skipped.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from pathlib import Path

from . import paths
from .command_output import load_report

log = logging.getLogger(__name__)

EXIT_SKIPPED = 1  # import: some annotations were not imported


def register(subparsers, parents) -> None:
    p = subparsers.add_parser("notes", parents=parents, help="export or import a report's notes",
                              description="A report's bookmarks, highlights and notes, to and from files.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    exp = actions.add_parser("export", parents=parents, help="write the notes (Markdown or W3C JSON)",
                             description="Write the report's bookmarks, highlights and notes.")
    exp.add_argument("file", help="the report the notes belong to")
    exp.add_argument("--format", choices=("md", "json"), default="md",
                     help="md: readable, grouped by section; json: W3C Web Annotation collection")
    exp.add_argument("-o", "--output", help="file to write (default: standard output)")
    exp.set_defaults(run=cmd_export)

    imp = actions.add_parser("import", parents=parents, help="add W3C Web Annotation notes",
                             description="Add W3C Web Annotation notes to the report (no duplicates).")
    imp.add_argument("file", help="the report the notes belong to")
    imp.add_argument("annotations",
                     help="JSON file written by `notes export --format json` (or another W3C tool)")
    imp.set_defaults(run=cmd_import)


@contextlib.contextmanager
def _output(path: str | None):
    """Standard output, or a new private file (notes are private)."""
    if not path:
        yield sys.stdout
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, paths.FILE_MODE)
    with open(fd, "w", encoding="utf-8", newline="\n") as out:
        yield out


def cmd_export(ns) -> int:
    from .core import annotation_io
    from .core.anchors import Anchorer
    from .store import open_store
    from .store.notes_export import find_notes_document, iter_placed_highlights, placed_bookmarks

    report = load_report(ns.file)
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


def cmd_import(ns) -> int:
    from .core.annotation_io import read_annotations
    from .store import open_store
    from .store.annotation_import import import_annotations

    try:  # utf-8-sig: a byte order mark (as some Windows editors write) is not an error
        data = json.loads(Path(ns.annotations).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read {ns.annotations}: {exc}") from None
    items, skipped = read_annotations(data)
    report = load_report(ns.file)
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
