"""Opening a document with 10,000 notes against opening it with none.

"Opening" = open the store, parse the report, load its notes and re-anchor them,
then (when PySide6 is there) show the report in a Reader, list the notes in the
NotesPanel and paint the highlights — offscreen. Prints the median of ROUNDS for
each case (run in turns) and the ratio, also with the store already open as in the
app; then, once, the cost of re-anchoring 10,000 notes after the file at the
same path was edited (an insertion at the top: every note moves; some words changed:
fuzzy), which happens once per edit since the new places are saved.
Usage: python bench/notes_open.py [NOTES] [ROUNDS] [hidden]   (hidden: the reader is never shown)
"""

import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from workreport import resources  # noqa: E402
from workreport.core.anchors import make_anchor  # noqa: E402
from workreport.core.parser import parse_file  # noqa: E402
from workreport.store import COLOURS, open_document, open_store  # noqa: E402
from workreport.store.document_notes import QuickOpened  # noqa: E402

UI = None  # (reader, panel, source) when PySide6 is available


def _ui():
    global UI
    try:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        import workreport.ui  # noqa: F401
        from workreport.ui.notes_model import NotesLookupSource, highlight_layers
        from workreport.ui.notes_panel import NotesPanel
        from workreport.ui.reader import Reader
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    reader, panel = Reader(), NotesPanel()
    if "hidden" not in sys.argv:  # shown, as in the app: the highlights around the view are painted
        reader.resize(900, 700)
        reader.show()
    source = NotesLookupSource(resolve=panel.resolve)
    reader.add_lookup_source(source)

    def paint():  # as ui.notes_controller.NotesController.repaint
        items = panel.paint_items()
        if getattr(panel, "counted", False):  # thousands: read and painted around the view only
            reader.set_layer_provider(lambda start, end: highlight_layers(panel.spans_between(start, end)))
            source.finder = panel.notes_at
        else:
            if hasattr(reader, "set_layer_provider"):  # (the bench also runs on older code, to compare)
                reader.set_layer_provider(None)
            source.finder = None
            for name, (ranges, colour) in highlight_layers(items).items():
                reader.set_layer(name, ranges, colour)
        source.set_items(reader.report, items)

    panel.itemsChanged.connect(paint)
    UI = (app, reader, panel)
    return UI


def open_once(store_path, report_path, store=None):
    """Seconds to open the report with its notes (and the store too unless `store` is given)."""
    from workreport.store.notes_adapter import NotesAdapter

    shown = 0  # rows the notes panel counts
    t = time.perf_counter()
    own = store is None
    store = open_store(store_path) if own else store
    report = parse_file(report_path)
    if UI is None:
        opened = open_document(store, report)
    else:
        app, reader, panel = UI
        reader.set_report(report, [])
        adapter = NotesAdapter(store, report)
        panel.set_backend(adapter)  # lists the notes, then paints them (itemsChanged)
        app.processEvents()
        opened = adapter.opened
        total = total_of(opened)
        model = panel.model
        shown = model.total_count() if hasattr(model, "total_count") else len(panel.paint_items())
        assert shown == total + len(opened.bookmarks)
    elapsed = time.perf_counter() - t
    if UI is not None:
        painted = sum(len(UI[1].layer(f"notes-{colour}")) for colour in COLOURS)
        assert painted > 0 or shown == 0 or not UI[1].isVisible(), "the highlights in view are painted"
        UI[2].set_backend(None)
    if own:
        store.close()
    return elapsed, opened


def total_of(opened) -> int:
    """Highlights of an opened document (older code, also benched to compare, had no `total`)."""
    return getattr(opened, "total", 0) or len(opened.spans)


def medians(fns, rounds):
    """Median seconds of each function, run in turns (a busy machine slows them alike)."""
    times = [[] for _ in fns]
    for _ in range(rounds):
        for fn, out in zip(fns, times, strict=True):
            out.append(fn()[0])
    return [statistics.median(t) for t in times]


def fill(store_path, report_path, n, rng):
    report = parse_file(report_path)
    paragraphs = [b for b in report.blocks if len(b.text) > 40]
    items = []
    for i in range(n):
        b = rng.choice(paragraphs)
        s = b.start + rng.randrange(0, len(b.text) - 30)
        a = make_anchor(report.text, s, s + rng.randint(4, 30))
        items.append(dict(start=a.start, end=a.end, exact=a.exact, prefix=a.prefix, suffix=a.suffix,
                          colour=rng.choice(COLOURS), note=f"笔记 {i}" if i % 3 else "",
                          tags=[f"标签{i % 7}"] if i % 2 else []))
    with open_store(store_path) as store:
        doc = open_document(store, report).document
        store.add_highlights(doc.id, items)
    return report


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    rng = random.Random(5)
    print("with the UI (reader + notes panel, offscreen)" if _ui() else "store and anchoring only (no PySide6)")
    tmp = Path(tempfile.mkdtemp(prefix="notes-bench-"))
    try:
        report_path = tmp / "report.txt"
        shutil.copy(resources.default_report(), report_path)
        empty_store, full_store = tmp / "empty.sqlite3", tmp / "full.sqlite3"
        open_once(empty_store, report_path)
        report = fill(full_store, report_path, n, rng)

        base, full = medians([lambda: open_once(empty_store, report_path),
                              lambda: open_once(full_store, report_path)], rounds)
        _, opened = open_once(full_store, report_path)
        placed = len(opened.highlights) if not isinstance(opened, QuickOpened) else total_of(opened)
        assert placed == n
        cached = getattr(opened, "cached", False)
        print(f"re-anchoring skipped on the next opens (placement cache): {cached}")
        print(f"open with no notes (baseline): {base * 1000:8.1f} ms")
        print(f"open with {n:,} notes:        {full * 1000:8.1f} ms   ratio {full / base:5.1f}x")
        # the app opens its store once, at start-up (PRAGMA quick_check reads the whole file then)
        with open_store(empty_store) as e, open_store(full_store) as f:
            base2, full2 = medians([lambda: open_once(empty_store, report_path, e),
                                    lambda: open_once(full_store, report_path, f)], rounds)
        print(f"  the same with the store already open (as in the app): {base2 * 1000:.1f} ms -> "
              f"{full2 * 1000:.1f} ms   ratio {full2 / base2:5.1f}x")

        text = report_path.read_text(encoding="utf-8")
        lines = text.split("\n")
        for i in rng.sample(range(len(lines)), 10):  # change a word in a few lines
            if len(lines[i]) > 60:
                lines[i] = lines[i][:30] + "改动" + lines[i][32:]
        report_path.write_text("插入的新开头。\n\n" + "\n".join(lines), encoding="utf-8")
        moved, opened = open_once(full_store, report_path)
        print(f"first open after an edit:      {moved * 1000:8.1f} ms   ratio {moved / base:5.1f}x   "
              f"placements {opened.counts}")
        base, again = medians([lambda: open_once(empty_store, report_path),
                               lambda: open_once(full_store, report_path)], rounds)
        _, opened = open_once(full_store, report_path)
        print(f"next opens of the edited file: {again * 1000:8.1f} ms   ratio {again / base:5.1f}x   "
              f"re-anchoring skipped: {getattr(opened, 'cached', False)}")
        del report
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
