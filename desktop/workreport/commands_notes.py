"""`workreport notes export|import`: notes to Markdown/W3C JSON and back, for scripts and backups."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import paths
from .cli import subcommand


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the report the notes belong to")
    p.add_argument("--data-dir", help="folder of the notes store (default: the user data dir)")


def _open(ns):
    from .core.parser import parse_file
    from .store import open_store

    if ns.data_dir:
        paths.set_data_dir(ns.data_dir)
    report = parse_file(ns.file)
    store = open_store()
    if store.recovery:
        print(f"workreport: warning: {store.recovery_message}", file=sys.stderr)
    return report, store


def _export(args) -> int:
    from .core import annotation_io
    from .store import open_document

    p = argparse.ArgumentParser(prog="workreport notes export",
                                description="Write the report's bookmarks, highlights and notes.")
    _common(p)
    p.add_argument("--format", choices=("md", "json"), default="md",
                   help="md: readable, grouped by section; json: W3C Web Annotation collection")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    ns = p.parse_args(args)
    report, store = _open(ns)
    with store:
        opened = open_document(store, report)
        if ns.format == "md":
            out = annotation_io.to_markdown(report, [(x.highlight, x.placement) for x in opened.highlights],
                                            [(x.bookmark, x.placement) for x in opened.bookmarks])
        else:
            out = annotation_io.dumps(annotation_io.to_collection(
                report, [x.highlight for x in opened.highlights], [x.bookmark for x in opened.bookmarks]))
    if ns.output:
        Path(ns.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0


def _import(args) -> int:
    from .core.annotation_io import read_collection
    from .store.annotation_import import import_annotations

    p = argparse.ArgumentParser(prog="workreport notes import",
                                description="Add W3C Web Annotation notes to the report (no duplicates).")
    _common(p)
    p.add_argument("annotations", help="JSON file written by `notes export --format json` (or another W3C tool)")
    ns = p.parse_args(args)
    try:
        data = json.loads(Path(ns.annotations).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read {ns.annotations}: {exc}") from None
    items = read_collection(data)
    report, store = _open(ns)
    with store:
        result = import_annotations(store, report, items)
    print(f"{len(items)} annotations read: {result.summary()}")
    return 0


@subcommand("notes")
def cmd_notes(args) -> int:
    actions = {"export": _export, "import": _import}
    if not args or args[0] not in actions:
        print("usage: workreport notes {export,import} FILE ... (each takes --help)", file=sys.stderr)
        return 0 if args and args[0] in ("-h", "--help") else 2
    return actions[args[0]](args[1:])
