"""Composition root: builds the application and its main window, wires the parts together.

Only this module knows all the layers (ui, and later store-backed panels).
"""

from __future__ import annotations

import json
import logging
import os
import sys

log = logging.getLogger(__name__)


def _application(argv=None):
    from PySide6.QtWidgets import QApplication

    import workreport.ui  # noqa: F401 - applies the PySide6 compatibility fix before any Qt call

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
        app.setApplicationName("WorkReportReader")
        app.setOrganizationName("WorkReportReader")
    assert isinstance(app, QApplication), "a QCoreApplication was made before the window's"
    return app


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate without importing Qt at module load (the CLI imports this module)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def _install_language(settings=None) -> None:
    """Translators for the stored language choice (View ▸ Language) or the system locale."""

    from workreport.ui import i18n

    i18n.install(settings=settings.qs if settings is not None else None)
    _application().setApplicationDisplayName(translate("App", "Work Report Reader"))


def _install_crash_handling(with_log: bool = True) -> None:
    """Unhandled exceptions go to the rotating log in the data dir and to an error dialog (ui/crash.py).
    `with_log=False`: the dialog only; until the log file is set up (logging.handlers is not on the
    first screen's path) a crash's record still reaches stderr, through logging's last resort."""
    from workreport.ui import crash

    if not with_log:
        crash.install(None)
        return
    from workreport import log_setup

    crash.install(log_setup.configure())


def create_main_window(path: str | None = None, settings=None, store=None, empty: bool = False):
    """The main window on `path` (default: the bundled report), with the targets table and, given a
    notes store, the notes panel wired in. Raises ReportError on a bad file. `empty`: no report, the
    welcome page (after a file failed to open)."""
    from workreport import report_cache, resources
    from workreport.ui.main_window import MainWindow

    report = None if empty else report_cache.load_report(path or resources.default_report())
    window = MainWindow(settings)
    # the docks behind the Glossary tab are not on the first screen: made once the text shows (or when
    # first read), so their modules and widgets cost the start-up nothing; made in this order (the tabs')
    window.first_paint.later(lambda: window.targets_panel)
    window.add_lazy_part(("lookup_panel", "lookup_dock"), lambda: _wire_lookup(window))
    window.first_paint.later(lambda: _wire_keywords(window))
    if store is not None:
        _wire_notes(window, store)
    if report is None:
        window.show_welcome()
    else:
        window.set_report(report)
        if path:
            window.remember_recent(path, report)
    # readable from here on: the notes ask hasattr(window, "targets_panel") when they paint the report's
    # notes, which would make the table before the first paint
    window.add_lazy_part(("targets_panel", "targets_task", "targets_dock", "extract_targets"),
                         lambda: _wire_targets(window))
    return window


def _wire_keywords(window) -> None:
    """The Keywords dock; its trends read the library's term counts (counted once per report)."""
    from workreport.ui.keywords.install import install

    def trend_source(terms):
        from workreport.store.library import open_library
        from workreport.store.term_counts import TermStore, trends

        with open_library() as library, TermStore() as store:
            return trends(library, store, terms)

    install(window, trend_source)


def _wire_lookup(window) -> None:
    """The Lookup dock (CC-CEDICT, other reports' glossaries) and its tooltips; loads nothing yet."""
    from workreport.ui import lookup_panel

    lookup_panel.install(window)


# a report up to this long has its targets extracted as soon as it shows (seconds at most, on a worker);
# a longer one (a 16 MB file: 5 s of a worker and 55,000 rows) once the Targets tab is in front, or when asked
EAGER_TARGETS_CHARS = 500_000


def _wire_targets(window) -> None:
    from workreport.ui.targets_panel import TargetsPanel

    panel = TargetsPanel(window)
    window.targets_panel = panel
    window.targets_task = None
    dock = window.targets_dock = window.add_side_dock(panel, translate("App", "Targets"), "targetsDock")
    panel.targetActivated.connect(window.show_range)
    waiting: list = []  # the long report whose extraction waits for the tab to come to the front
    extracting: list = [None]  # the report of window.targets_task
    gone: list = []  # the window closed and deleted: a result still on its way is dropped
    panel.destroyed.connect(lambda *_: gone.append(True))

    def extract(report, asked: bool = False) -> None:
        """On a worker thread (a 16 MB report takes seconds); the table fills when it is done."""
        from workreport.ui import background

        if window.report is not report or report is None:
            return
        if window.targets_task is not None and extracting[0] is report or panel.report is report:
            return  # on its way already, or there
        waiting.clear()
        if window.targets_task is not None:
            window.targets_task.abandon()  # an earlier report's extraction: not wanted any more
            window.targets_task = None
        panel.show_extracting()
        if not asked and len(report.text) > EAGER_TARGETS_CHARS and not window.is_dock_in_front(dock):
            waiting.append(report)
            return

        def extract_targets():
            from workreport.core.targets import extract_targets

            return extract_targets(report)

        task = window.targets_task = background.start(extract_targets)
        extracting[0] = report
        task.done.connect(lambda targets, error: filled(task, report, targets, error))

    def filled(task, report, targets, error) -> None:
        if gone:
            return
        if window.targets_task is task:
            window.targets_task = None
        if error is not None:
            log.error("target extraction failed", exc_info=(type(error), error, error.__traceback__))
        elif window.report is report:
            panel.set_report(report, targets)

    def tab_shown(visible: bool) -> None:
        if visible and waiting:
            extract(waiting[0], asked=True)

    # extracting targets waits for the first paint: the text shows first, the table fills just after
    window.reportChanged.connect(lambda report: window.first_paint.later(lambda: extract(report)))
    dock.visibilityChanged.connect(tab_shown)
    window.extract_targets = lambda: extract(window.report, asked=True)  # "when asked": scripts, checks
    if window.report is not None:  # made after the report was shown (a lazy part)
        window.first_paint.later(lambda: extract(window.report))
    window.outline.nodeActivated.connect(panel.set_current_section)
    window.readingOffsetChanged.connect(lambda off: panel.set_current_section(window.node_at(off)))
    notes = getattr(window, "notes", None)
    if notes is not None:  # wired before this table existed: its target notes and statuses
        from workreport.ui.notes_controller import edit_target_note

        panel.noteRequested.connect(lambda t: edit_target_note(window, t))
        notes.repaint()


def _wire_notes(window, store) -> None:
    """The notes controller (ui/notes_controller.py) with the store's adapter (ui never imports store)."""
    from workreport.store.notes_adapter import NotesAdapter
    from workreport.ui.notes_controller import NotesController

    window.notes = NotesController(window, lambda report: NotesAdapter(store, report))
    window.store_recovery = getattr(store, "recovery_message", "") if getattr(store, "recovery", None) else ""
    if window.report is not None:  # wired after the report showed (app.run: after the first paint)
        window.notes_panel.set_backend(NotesAdapter(store, window.report))


def main(argv=None) -> int:
    """Entry point: sub-commands go to the command line, anything else opens the app."""
    from workreport import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    if cli.is_subcommand(argv):
        return cli.main(argv)
    ns = cli.gui_args(argv)
    if ns.self_test:
        return self_test(ns.file)
    return run(ns.file)


def _wire_library(window, notes_store=None):
    """The library view, its search and Back/Forward; the library file opens only when first used."""
    from workreport.store.library_adapter import LibraryBackend
    from workreport.ui.library.controller import LibraryController
    from workreport.ui.scorecard.controller import ScorecardController

    backend = LibraryBackend(notes_store=notes_store)
    window.library = LibraryController(window, backend)
    window.scorecard = ScorecardController(window, lambda: backend.lib)
    return backend


def run(path: str | None = None) -> int:
    from PySide6.QtCore import QTimer

    from workreport.core.errors import ReportError
    from workreport.ui.settings import Settings

    app = _application()
    _install_crash_handling(with_log=False)  # the log file once the text shows
    _install_language(Settings())
    error = None
    try:
        window = create_main_window(path)
    except ReportError as exc:  # a bad file on the command line: say why, on the welcome page
        from workreport.ui.main_window import error_text

        error = error_text(exc, path)
        _print_error(path, exc)
        window = create_main_window(None, empty=True)
        window.show_welcome(error[0])
    stores: list = []  # the notes store and the library view's backend, closed at exit

    def after_first_screen(job) -> None:
        if window.report is None:  # the welcome page: no text to paint first
            QTimer.singleShot(0, job)
        else:
            window.first_paint.later(job)

    def wire_notes_and_library() -> None:
        # the store's and the notes' modules (~90 ms) are not on the first screen: the notes are
        # painted into the text once they are read
        from workreport.store import open_store

        store = open_store()
        stores.append(store)
        _wire_notes(window, store)
        stores.append(_wire_library(window, store))
        recovery = getattr(window, "store_recovery", "")
        if recovery:
            QTimer.singleShot(0, lambda: window.show_error(translate("App", "Notes file recovered"), recovery))

    after_first_screen(_install_crash_handling)
    after_first_screen(wire_notes_and_library)
    window.restore_layout()
    window.show()
    if error:
        QTimer.singleShot(0, lambda: window.show_error(translate("App", "Cannot open file"), *error))
    after_first_screen(_set_icon)  # loading icons is not on the startup path
    code = app.exec()
    for store in reversed(stores):  # the library's backend before the notes store it reads
        store.close()
    # the README's contract: a file that cannot be opened exits non-zero (unless another was opened)
    return code or (1 if error and window.report is None else 0)


def _print_error(path, exc) -> None:
    """The one-line error on stderr when started from a terminal (no console: the dialog says it)."""
    stream = sys.stderr
    if stream is not None and stream.isatty():
        print(f"workreport: {path}: {exc}", file=stream)


def _set_icon() -> None:

    try:
        from workreport.ui.about import application_icon
    except ImportError:
        return
    _application().setWindowIcon(application_icon())


def _check(window) -> dict:
    from PySide6.QtGui import QTextCharFormat

    report = window.report
    reader = window.reader
    doc = reader.document()
    problems = []
    outline_nodes = window.outline.model.rowCount()
    total_nodes = sum(1 for _ in report.nodes())
    if outline_nodes == 0 or total_nodes == 0:
        problems.append("empty outline")
    if doc.blockCount() != len(report.blocks):
        problems.append(f"{doc.blockCount()} document blocks for {len(report.blocks)} report blocks")
    if doc.characterCount() - 1 != reader.doc_position(len(report.text)):
        problems.append("document length differs from report text")
    occs = window.glossary_source.occurrences
    for occ in occs:
        if not (0 <= occ.entry < len(report.glossary) and 0 <= occ.start < occ.end <= len(report.text)):
            problems.append(f"bad occurrence {occ}")
            break
        block = doc.findBlock(reader.doc_position(occ.start))
        fmt = None
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.position() <= reader.doc_position(occ.start) < frag.position() + frag.length():
                fmt = frag.charFormat()
                break
            it += 1
        if fmt is None or fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.DotLine:
            problems.append(f"occurrence of {report.glossary[occ.entry].term!r} at {occ.start} not marked")
            break
    window.first_paint.flush()  # the side panels filled after the first paint
    from workreport.ui import background

    if window.targets_task is None and window.targets_panel.report is not report:
        window.extract_targets()  # a long report's wait for the Targets tab
    background.wait_all()  # the targets, extracted on a worker thread
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # their result is delivered through the event loop
    if len(window.glossary_panel.model.entries) != len(report.glossary):
        problems.append("glossary panel out of step")
    marked = len({o.entry for o in occs})
    from workreport.core.kinds import RecordKind
    from workreport.core.targets import extract_targets

    targets = extract_targets(report)
    shown = window.targets_panel.model.rowCount() if hasattr(window, "targets_panel") else -1
    if shown != len(targets):
        problems.append(f"targets table shows {shown} rows for {len(targets)} targets")
    if hasattr(window, "notes_panel"):
        item = window.notes_panel.add_highlight(report.blocks[-1].start, report.blocks[-1].end)
        if item is None or len(window.notes_panel.items()) != 1:
            problems.append("notes store did not take a highlight")
    return {"ok": not problems, "report": report.metadata.title or os.path.basename(report.source),
            "source": os.path.basename(report.source), "parts": len(report.outline),
            "outline_nodes": total_nodes, "glossary": len(report.glossary), "glossary_marked": marked,
            "occurrences": len(occs), "blocks": len(report.blocks),
            "targets": sum(t.kind == RecordKind.TARGET for t in targets),
            "results": sum(t.kind == RecordKind.RESULT for t in targets),
            **({"error": "; ".join(problems)} if problems else {})}


def self_test(path: str | None = None) -> int:
    """Load a report, build the window offscreen, check it; one JSON line, exit code 0/1."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.TemporaryDirectory(prefix="workreport-selftest-")
    try:
        from workreport.store import open_store
        from workreport.ui.settings import Settings

        app = _application()
        _install_language()  # the system locale, or WORKREPORT_LANGUAGE=en|zh_CN
        # scratch settings and notes: a self-test never changes the user's data
        store = open_store(os.path.join(scratch.name, "notes.sqlite3"))
        window = create_main_window(path, Settings(os.path.join(scratch.name, "settings.ini")), store=store)
        window.show()
        app.processEvents()
        summary = _check(window)
        from workreport.ui import i18n

        summary["language"] = i18n.current().value
        window.close()
        store.close()
    except Exception as exc:  # noqa: BLE001 - the self-test reports any failure as data
        summary = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    finally:
        scratch.cleanup()
    print(json.dumps(summary, ensure_ascii=False))
    return 0 if summary.get("ok") else 1


def stage_screenshot(window) -> None:
    """Show what the app does: the paragraph richest in glossary terms, its entry and a tooltip."""
    from collections import Counter

    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QGuiApplication, QHelpEvent, QTextCursor

    reader, report = window.reader, window.report
    occs = window.glossary_source.occurrences if window.glossary_source else []
    if not occs:
        return
    per_block = Counter(report.block_at(o.start).index for o in occs)
    block = report.blocks[per_block.most_common(1)[0][0]]
    first = next(o for o in occs if block.start <= o.start < block.end)
    if block.node is not None:
        window.go_to_node(block.node)
    if not reader.is_offset_visible(first.start):
        reader.ensure_visible(first.start, first.end)
    window.glossary_panel.show_entry(first.entry)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.doc_position(first.start + (first.end - first.start) // 2))
    pos = reader.cursorRect(cursor).center()
    QGuiApplication.sendEvent(reader.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, pos, reader.viewport().mapToGlobal(pos + QPoint(0, 6))))


def save_screenshot(out: str, path: str | None = None, size=(1400, 900), language: str | None = None) -> int:
    """Picture of the window for the README. Under a (virtual) X server the tooltip is included:
        xvfb-run -a -s "-screen 0 1400x900x24" python -c \\
            "from workreport import app; app.save_screenshot('resources/screenshot.png')"
    """
    import tempfile

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from workreport.ui import i18n
    from workreport.ui.settings import Settings

    qapp = _application()
    i18n.install(language)  # "en", "zh_CN", or None for WORKREPORT_LANGUAGE / the system locale
    qapp.setApplicationDisplayName(translate("App", "Work Report Reader"))
    scratch = tempfile.TemporaryDirectory(prefix="workreport-shot-")
    window = create_main_window(path, Settings(os.path.join(scratch.name, "settings.ini")))
    window.move(0, 0)
    window.resize(*size)
    window.show()

    def snap():
        if QGuiApplication.platformName() == "offscreen":
            image = window.grab()
        else:  # the whole screen, so the tooltip window is in the picture
            image = QGuiApplication.primaryScreen().grabWindow(0, 0, 0, *size)
        image.save(out)
        window.close()
        qapp.quit()

    QTimer.singleShot(500, lambda: (stage_screenshot(window), QTimer.singleShot(600, snap)))
    code = qapp.exec()
    scratch.cleanup()
    return code
