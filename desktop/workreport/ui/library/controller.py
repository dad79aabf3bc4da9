"""Wires the library into the main window: docks, File ▸ Add to Library, Go ▸ Back/Forward.

    controller = LibraryController(window, backend)   # app.py; backend: store.library_adapter.LibraryBackend

Nothing is read from the library at start-up: the view loads when its dock is first shown.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
)

from workreport.core.documents import with_report_patterns

from .history import History, Place
from .models import LEVEL_LABELS, level_label
from .panels import FIRST_YEAR, LAST_YEAR, LibraryPanel, SearchPanel

log = logging.getLogger(__name__)

SEARCH_LAYER = "librarySearch"
REPORT_FILTER = QT_TRANSLATE_NOOP("LibraryController", "Reports (*.txt *.md *.markdown *.html *.htm);;All files (*)")


class ImportThread(QThread):
    """Runs an import off the GUI thread (the backend opens its own connection there)."""

    progressed = Signal(int, int, str)
    done = Signal(dict)

    def __init__(self, backend, paths, parent=None):
        super().__init__(parent)
        self.backend = backend
        self.paths = list(paths)
        self._cancel = False
        self.summary: dict = {}

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        try:
            self.summary = self.backend.import_files(self.paths, progress=self.progressed.emit,
                                                     cancelled=lambda: self._cancel)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never a crash of the thread
            log.exception("library import failed")
            self.summary = {"error": f"{type(exc).__name__}: {exc}"}
        self.done.emit(self.summary)


class DetailsDialog(QDialog):
    """Edit a report's title, region, level and year (kept when the report is parsed again)."""

    def __init__(self, row, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report Details"))
        form = QFormLayout(self)
        self.title = QLineEdit(row.title, self)
        self.region = QLineEdit(row.region, self)
        self.level = QComboBox(self)
        for key in LEVEL_LABELS:
            self.level.addItem(level_label(key) or self.tr("Unknown"), key)
        self.level.setCurrentIndex(max(0, self.level.findData(row.level or "")))
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR - 1, LAST_YEAR)
        self.year.setSpecialValueText(self.tr("unknown"))
        self.year.setValue(row.year or self.year.minimum())
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Year"), self.year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        year = self.year.value()
        return {"title": self.title.text().strip(), "region": self.region.text().strip(),
                "level": self.level.currentData() or "", "year": year if year >= FIRST_YEAR else None}


class _AfterPaint(QObject):
    """Calls `then` (once, from the event loop) after `widget` has been painted."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


class LibraryController(QObject):
    message = Signal(str)

    def __init__(self, window, backend):
        super().__init__(window)
        self.window = window
        self.backend = backend
        self.history = History()
        self.import_thread: ImportThread | None = None
        self.progress: QProgressDialog | None = None
        self.last_summary: dict = {}
        self._first_paint = None

        self.library_panel = LibraryPanel(backend)
        self.library_dock = window.add_side_dock(self.library_panel, self.tr("Library"), "libraryDock")
        self.search_panel = SearchPanel(backend)
        self.search_dock = window.add_side_dock(self.search_panel, self.tr("Search Library"), "librarySearchDock")
        self.library_dock.visibilityChanged.connect(self._library_shown)
        self.library_panel.reportActivated.connect(lambda row: self.open_report(row))
        self.library_panel.filesDropped.connect(self.add_to_library)
        self.library_panel.editRequested.connect(self.edit_details)
        self.search_panel.hitActivated.connect(self.open_report)
        self.message.connect(lambda msg: window.statusBar().showMessage(msg, 5000))
        self._build_actions()

    # -- menus ---------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        self.add_files_action = self._action(self.tr("Add Files to &Library…"), self.add_files_dialog,
                                             name="actionAddToLibrary")
        self.add_folder_action = self._action(self.tr("Add &Folder to Library…"), self.add_folder_dialog,
                                              name="actionAddFolderToLibrary")
        quit_action = w.findChild(QAction, "actionQuit")
        file_menu = next((m for m in (quit_action.associatedObjects() if quit_action else [])
                          if hasattr(m, "insertAction")), None)
        if file_menu is not None:
            file_menu.insertAction(quit_action, self.add_files_action)
            file_menu.insertAction(quit_action, self.add_folder_action)
            file_menu.insertSeparator(quit_action)
        go = w.menuBar().addMenu(self.tr("&Go"))
        go.setObjectName("goMenu")
        self.back_action = self._action(self.tr("&Back"), self.back, QKeySequence("Alt+Left"), "actionBack")
        self.forward_action = self._action(self.tr("&Forward"), self.forward, QKeySequence("Alt+Right"),
                                           "actionForward")
        self.search_action = self._action(self.tr("&Search Library…"), self.focus_search,
                                          QKeySequence("Ctrl+Shift+F"), "actionSearchLibrary")
        for action in (self.back_action, self.forward_action, self.search_action):
            go.addAction(action)
            w.addAction(action)  # shortcuts work while the menu bar is hidden too
        self._update_nav()

    def _action(self, text, slot, shortcut=None, name=""):
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _update_nav(self) -> None:
        self.back_action.setEnabled(self.history.can_back())
        self.forward_action.setEnabled(self.history.can_forward())

    # -- loading ---------------------------------------------------------------------------------

    def _library_shown(self, visible: bool) -> None:
        if visible and not self.library_panel.loaded and self._first_paint is None:
            # read the library only once the (empty) view has been painted: never on the start-up path
            self._first_paint = _AfterPaint(self.library_panel.view.viewport(), self._load)

    def _load(self) -> None:
        self._first_paint = None
        self.library_panel.ensure_loaded()
        if self.backend.recovery_message:
            self.window.show_error(self.tr("Library file recovered"), self.backend.recovery_message)
            self.backend.recovery_message = ""
        stale = self.backend.stale_paths()
        if stale:  # read by an older version of the parser: read them again
            self.message.emit(self.tr("Updating %n report(s) read by an older version", "", len(stale)))
            self.add_to_library(stale)

    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.edit.setFocus()

    # -- opening and navigation --------------------------------------------------------------------

    def current_place(self) -> Place | None:
        report = self.window.report
        if report is None or not report.source:
            return None
        return Place(report.source, self.window.reader.top_offset())

    def open_report(self, row, offset: int = -1, query: str = "") -> bool:
        """Show a library report in the reader, at `offset` with the query's hits marked."""
        current = self.current_place()
        if not self._show(row.path, offset):
            return False
        if query:
            hits = self.backend.hits(row.id, query)
            colour = "#ffb74d" if not self.window.reader.theme.dark else "#8d6e00"
            ranges = [(o, o + len(query)) for o, _ref in hits]
            current_index = next((i for i, (o, _r) in enumerate(hits) if o == offset), -1)
            self.window.reader.set_layer(SEARCH_LAYER, ranges, colour, current_index)
            if offset >= 0:
                self.window.show_range(offset, offset + len(query))
        self.history.visit(Place(row.path, max(0, offset)), current)
        self._update_nav()
        return True

    def _show(self, path: str, offset: int) -> bool:
        report = self.window.report
        if report is None or Path(report.source or "") != Path(path):
            if not self.window.open_file(path):
                return False
        self.window.reader.set_layer(SEARCH_LAYER, [], "")
        if offset >= 0:
            self.window.reader.scroll_to_offset(offset)
        return True

    def back(self) -> None:
        place = self.history.back(self.current_place())
        if place is not None:
            self._show(place.path, place.offset)
        self._update_nav()

    def forward(self) -> None:
        place = self.history.forward(self.current_place())
        if place is not None:
            self._show(place.path, place.offset)
        self._update_nav()

    # -- editing ---------------------------------------------------------------------------------

    def edit_details(self, row) -> None:
        dialog = DetailsDialog(row, self.window)
        dialog.setObjectName("libraryDetailsDialog")
        dialog.accepted.connect(lambda: self._save_details(row, dialog.values()))
        dialog.open()

    def _save_details(self, row, values: dict) -> None:
        changed = {k: v for k, v in values.items() if getattr(row, k) != v}
        if changed:
            self.backend.update(row.id, **changed)
            self.library_panel.refresh()

    # -- adding ---------------------------------------------------------------------------------

    def add_files_dialog(self) -> None:
        patterns = with_report_patterns(QCoreApplication.translate("LibraryController", str(REPORT_FILTER)))
        files, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Add to Library"), "", patterns)
        if files:
            self.add_to_library(files)

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Add Folder to Library"))
        if folder:
            self.add_to_library([folder])

    def add_to_library(self, paths) -> ImportThread | None:
        """Import in the background with a progress dialog that can cancel."""
        if self.import_thread is not None:
            self.message.emit(self.tr("An import is already running"))
            return None
        thread = ImportThread(self.backend, paths, self)
        dialog = QProgressDialog(self.tr("Adding reports to the library…"), self.tr("Cancel"), 0, 0, self.window)
        dialog.setObjectName("libraryImportProgress")
        dialog.setWindowTitle(self.tr("Add to Library"))
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(thread.cancel)
        thread.progressed.connect(self._progressed)
        thread.done.connect(self._imported)
        self.import_thread, self.progress = thread, dialog
        thread.start()
        return thread

    def _progressed(self, done: int, total: int, path: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        if path:
            self.progress.setLabelText(self.tr("Adding {name} ({done} of {total})").format(
                name=Path(path).name, done=done, total=total))

    def _imported(self, summary: dict) -> None:
        thread, self.import_thread = self.import_thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.last_summary = summary
        if "error" in summary:
            self.window.show_error(self.tr("Add to Library"), summary["error"])
            return
        text = self.tr("Added {added}, updated {updated}, already in the library {same}, failed {failed}.").format(
            added=summary["added"], updated=summary["updated"], same=summary["duplicates"] + summary["unchanged"],
            failed=len(summary["failed"]))
        if summary["cancelled"]:
            text += " " + self.tr("Cancelled: {n} file(s) not added.").format(n=summary["remaining"])
        self.message.emit(text)
        if summary["failed"]:
            details = "\n".join(f"{Path(f['path']).name}: {f['reason']}" for f in summary["failed"][:50])
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Add to Library"), text,
                              QMessageBox.StandardButton.Ok, self.window)
            box.setDetailedText(details)
            box.setObjectName("libraryImportSummary")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.summary_box = box
        if self.library_panel.loaded or self.library_dock.isVisible():
            self.library_panel.refresh()
        else:
            self.library_panel.loaded = False
