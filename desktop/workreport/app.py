"""Composition root: builds the application and its main window, wires the parts together.

Only this module knows all the layers (ui, and later store-backed panels).
"""

from __future__ import annotations

import json
import os
import sys


def _application(argv=None):
    import workreport.ui  # noqa: F401 - applies the PySide6 compatibility fix before any Qt call
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
        app.setApplicationName("WorkReportReader")
        app.setApplicationDisplayName("工作报告阅读器")
        app.setOrganizationName("WorkReportReader")
    return app


def create_main_window(path: str | None = None, settings=None):
    """The main window on `path` (default: the bundled report). Raises ReportError on a bad file."""
    from workreport import resources
    from workreport.core.parser import parse_file
    from workreport.ui.main_window import MainWindow

    report = parse_file(path or resources.default_report())
    window = MainWindow(settings)
    window.set_report(report)
    if path:
        window.settings.add_recent(path)
        window._refresh_recent()
    return window


def run(path: str | None = None) -> int:
    from PySide6.QtCore import QTimer

    app = _application()
    window = create_main_window(path)
    window.restore_layout()
    window.show()
    QTimer.singleShot(0, _set_icon)  # after the first paint: loading icons is not on the startup path
    return app.exec()


def _set_icon() -> None:
    from PySide6.QtWidgets import QApplication

    try:
        from workreport.ui.about import application_icon
    except ImportError:
        return
    QApplication.instance().setWindowIcon(application_icon())


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
    if len(window.glossary_panel.model.entries) != len(report.glossary):
        problems.append("glossary panel out of step")
    marked = len({o.entry for o in occs})
    return {"ok": not problems, "report": report.metadata.title or os.path.basename(report.source),
            "source": os.path.basename(report.source), "parts": len(report.outline),
            "outline_nodes": total_nodes, "glossary": len(report.glossary), "glossary_marked": marked,
            "occurrences": len(occs), "blocks": len(report.blocks),
            **({"error": "; ".join(problems)} if problems else {})}


def self_test(path: str | None = None) -> int:
    """Load a report, build the window offscreen, check it; one JSON line, exit code 0/1."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.TemporaryDirectory(prefix="workreport-selftest-")
    try:
        from workreport.ui.settings import Settings

        app = _application()
        # a scratch settings file: a self-test never changes the user's settings
        window = create_main_window(path, Settings(os.path.join(scratch.name, "settings.ini")))
        window.show()
        app.processEvents()
        summary = _check(window)
        window.close()
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


def save_screenshot(out: str, path: str | None = None, size=(1400, 900)) -> int:
    """Picture of the window for the README. Under a (virtual) X server the tooltip is included:
        xvfb-run -a -s "-screen 0 1400x900x24" python -c \\
            "from workreport import app; app.save_screenshot('resources/screenshot.png')"
    """
    import tempfile

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from workreport.ui.settings import Settings

    qapp = _application()
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
