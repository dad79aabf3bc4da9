"""File menu: export the notes (Markdown, W3C JSON), print or save as PDF the report with its
highlights and notes, or the notes alone.

Printing always uses the light theme: paper is white whatever the screen shows. The notes come from
the notes panel's backend (`export_text(fmt)`, the same text as `workreport notes export`).
"""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFileDialog

from workreport import paths
from workreport.core.kinds import NoteKind

from . import theme as th
from .document import PositionMap, build_document
from .notes_model import colour_of

log = logging.getLogger(__name__)

FORMATS = {"md": (QT_TRANSLATE_NOOP("PrintExport", "Markdown (*.md)"), ".md"),
           "json": (QT_TRANSLATE_NOOP("PrintExport", "W3C Web Annotations (*.json)"), ".json")}
PDF_FILTER = QT_TRANSLATE_NOOP("PrintExport", "PDF (*.pdf)")


def write_private(path: str, data: bytes | str) -> None:
    """Notes are private: the file is created 0600 (an existing file is truncated and tightened)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, paths.FILE_MODE)
    with open(fd, "wb") as out:
        out.write(data.encode("utf-8") if isinstance(data, str) else data)
    os.chmod(path, paths.FILE_MODE)


def report_document(report, items, occurrences=()) -> QTextDocument:
    """The report for paper: highlights as backgrounds, each note numbered in the text and listed
    at the end under its paragraph reference."""
    doc = QTextDocument()
    build_document(doc, report, occurrences, th.LIGHT, th.BASE_POINT_SIZE)
    pmap = PositionMap(report.text)
    placed = sorted((i for i in items if i.kind != NoteKind.BOOKMARK and not i.orphan and i.end > i.start),
                    key=lambda i: (i.start, i.end))
    for item in placed:
        cursor = QTextCursor(doc)
        cursor.setPosition(pmap.to_doc(item.start))
        cursor.setPosition(pmap.to_doc(item.end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour_of(item.colour)))
        cursor.mergeCharFormat(fmt)
    noted = [i for i in placed if i.note.strip()]
    marker = QTextCharFormat()
    marker.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    for n, item in reversed(list(enumerate(noted, 1))):  # from the end: earlier positions stay valid
        cursor = QTextCursor(doc)
        cursor.setPosition(pmap.to_doc(item.end))
        cursor.insertText(f"[{n}]", marker)
    if noted:
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertHtml(f"<h2>{html.escape(_tr('Notes'))}</h2>")
        for n, item in enumerate(noted, 1):
            cursor.insertBlock()
            cursor.insertText(f"[{n}] {item.ref}  “{item.quote}”", QTextCharFormat())
            cursor.insertBlock()
            cursor.insertMarkdown(item.note)
    return doc


def notes_document(markdown: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    return doc


def save_pdf(doc: QTextDocument, path: str, title: str = "") -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter

    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(title)
    writer.setCreator(QCoreApplication.applicationName())
    doc.print_(writer)
    os.chmod(path, paths.FILE_MODE)  # the notes may be in it


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintExport", text)


class PrintExport(QObject):
    """The File menu's export and print actions for a MainWindow with a notes panel (or without)."""

    def __init__(self, window, menu, before=None):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        entries = (("notes_md", self.tr("Export Notes as &Markdown…"), lambda: self.export_notes("md"), None),
                   ("notes_json", self.tr("Export Notes as W3C &JSON…"), lambda: self.export_notes("json"), None),
                   ("print", self.tr("&Print…"), lambda: self.print_document(), QKeySequence.StandardKey.Print),
                   ("pdf", self.tr("Export to P&DF…"), lambda: self.export_pdf(), None),
                   ("notes_pdf", self.tr("Export Notes to PD&F…"), lambda: self.export_pdf(notes_only=True), None),
                   ("notes_print", self.tr("Print No&tes…"), lambda: self.print_document(notes_only=True), None))
        for name, text, slot, keys in entries:
            action = QAction(text, window)
            action.setObjectName(f"action_{name}")
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
            self.actions[name] = action
        sep = QAction(window)
        sep.setSeparator(True)
        menu.insertAction(before, sep) if before is not None else menu.addAction(sep)
        menu.aboutToShow.connect(self._update)

    def _backend(self):
        panel = getattr(self.window, "notes_panel", None)
        return panel.backend if panel is not None else None

    def _update(self) -> None:
        has_notes = self._backend() is not None
        has_report = self.window.report is not None
        for name, action in self.actions.items():
            action.setEnabled(has_report and (has_notes or not name.startswith("notes")))

    def _ask(self, title: str, filter_text: str, suffix: str) -> str:
        report = self.window.report
        stem = Path(report.source).stem if report is not None and report.source else "report"
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / f"{stem}{suffix}"), filter_text)
        if path and not path.endswith(suffix):
            path += suffix
        return path

    def _done(self, path: str) -> None:
        self.window.statusBar().showMessage(self.tr("Saved {name}").format(name=Path(path).name), 4000)

    def export_notes(self, fmt: str, path: str | None = None) -> str:
        backend = self._backend()
        if backend is None or self.window.report is None:
            return ""
        label, suffix = FORMATS[fmt]
        path = path or self._ask(self.tr("Export Notes"), _tr(str(label)), suffix)
        if not path:
            return ""
        try:
            write_private(path, backend.export_text(fmt))
        except OSError as exc:
            self.window.show_error(self.tr("Cannot save {name}").format(name=Path(path).name), str(exc))
            return ""
        log.info("exported notes as %s", fmt)
        self._done(path)
        return path

    def document(self, notes_only: bool = False) -> QTextDocument:
        backend, report = self._backend(), self.window.report
        if notes_only:
            return notes_document(backend.export_text("md") if backend is not None else "")
        panel = getattr(self.window, "notes_panel", None)
        items = panel.items() if panel is not None else []
        occurrences = self.window.glossary_source.occurrences if self.window.glossary_source else ()
        return report_document(report, items, occurrences)

    def export_pdf(self, notes_only: bool = False, path: str | None = None) -> str:
        if self.window.report is None:
            return ""
        path = path or self._ask(self.tr("Export to PDF"), _tr(str(PDF_FILTER)), ".pdf")
        if not path:
            return ""
        try:
            save_pdf(self.document(notes_only), path, self.window.windowTitle())
        except OSError as exc:
            self.window.show_error(self.tr("Cannot save {name}").format(name=Path(path).name), str(exc))
            return ""
        self._done(path)
        return path

    def print_document(self, notes_only: bool = False) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.window.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.document(notes_only).print_(printer)
