"""The main window: outline | reader, side docks (glossary now; targets, notes later).

Extension points for other panels:
  add_side_dock(widget, title)   a right-hand dock, tabbed with the others, state remembered
  show_range(start, end)         scroll the reader to a report range and highlight it
  add_tooltip_source(source)     another lookup.LookupSource behind the reader's tooltips
  report / reportChanged         the document shown
  readingOffsetChanged(offset)   the offset at the top of the reader
  selectionRangeChanged(s, e)    the reader's selection as report offsets
"""

from __future__ import annotations

import bisect
import html
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from . import dropped_files, panels
from . import theme as th
from .find_bar import FindBar
from .first_paint import FirstPaint
from .glossary_panel import GlossaryPanel
from .i18n import LanguageMenu
from .lookup import GlossarySource
from .occurrences import occurrences_for
from .outline import OutlinePanel
from .reader import Reader
from .rich_text import text_tooltip
from .script_menu import ScriptMenu
from .settings import Settings

if TYPE_CHECKING:
    from .welcome import WelcomePage  # imported when first shown: a start with a report never needs it

APP_NAME = QT_TRANSLATE_NOOP("MainWindow", "Work Report Reader")
OPEN_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Reports (*.txt *.md *.markdown *.html *.htm);;All files (*)")


def app_name() -> str:
    return QCoreApplication.translate("MainWindow", str(APP_NAME))


def error_text(exc: BaseException, path) -> tuple[str, str]:
    """(message, details) of a file that cannot be opened, in the interface language (ui/error_text.py)."""
    from . import i18n
    from .error_text import describe

    return describe(exc, Path(str(path)).name, i18n.current() is i18n.Language.ENGLISH)


def window_title(report) -> str:
    md = report.metadata
    name = md.title or Path(report.source).stem or QCoreApplication.translate("MainWindow", "Report")
    details = " · ".join(x for x in (md.issuer, md.date) if x)
    # no app name: Qt appends the application display name itself
    return f"{name} — {details}" if details else name


class MainWindow(QMainWindow):
    targets_panel: Any  # the parts app.py wires in (ui never imports them here)
    targets_task: Any
    reportChanged = Signal(object)
    readingOffsetChanged = Signal(int)
    selectionRangeChanged = Signal(int, int)
    errorShown = Signal(str)

    def __init__(self, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(app_name())
        self.setAcceptDrops(True)
        self.settings = settings or Settings()
        self.report: Any = None  # the Report shown (None: the welcome page)
        self.glossary_source: GlossarySource | None = None
        self.extra_sources: list = []
        self.error_box: QMessageBox | None = None
        self._glossary_next: dict[int, int] = {}
        self._node_offsets: list[int] = []
        self._nodes: list = []
        self._nav_target = None
        self._restored = False
        self._theme_name = self.settings.theme
        self.loading = None  # the ReportLoad of a file being opened
        self.progress_delay_ms: int | None = None  # None: report_loading's default before the dialog shows
        self._lazy_parts: dict[str, Callable[[], None]] = {}  # attribute -> what makes it (add_lazy_part)

        self.reader = Reader()
        self.first_paint = FirstPaint(self.reader.viewport())  # side work waits for the text on screen
        self.reader.set_zoom(self.settings.zoom)
        self.find_bar = FindBar(self.reader)
        self.find_bar.hide()
        reader_box = QWidget()
        box = QVBoxLayout(reader_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.reader, 1)
        box.addWidget(self.find_bar)
        self.welcome: WelcomePage | None = None  # the empty state, made when first needed (no report open)
        self.load_warnings: Any = None  # the bar saying what loading repaired, made when first needed
        self._reader_box = box
        self.outline = OutlinePanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(reader_box)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 900])
        self.setCentralWidget(self.splitter)

        self.glossary_panel = GlossaryPanel()
        self.glossary_dock = self.add_side_dock(self.glossary_panel, self.tr("Glossary"), "glossaryDock")
        self.position_label = QLabel()
        self.statusBar().addPermanentWidget(self.position_label)

        self._build_menus()
        self.outline.nodeActivated.connect(self.go_to_node)
        self.reader.topOffsetChanged.connect(self._reader_scrolled)
        self.reader.clickedAt.connect(self._reader_clicked)
        self.reader.selectionChanged.connect(self._selection_changed)
        self.reader.zoomChanged.connect(lambda z: setattr(self.settings, "zoom", z))
        self.glossary_panel.entryActivated.connect(self.jump_to_entry)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.apply_theme(self._theme_name)
        self.resize(1320, 860)
        self.first_paint.later(self._build_late_menus)

    # ---- menus -----------------------------------------------------------------------------------
    def _action(self, menu, text, slot, shortcut=None, name=""):
        action = QAction(text, self)
        if shortcut is not None:
            keys = [QKeySequence(k) for k in (shortcut if isinstance(shortcut, list) else [shortcut])]
            unique = [k for i, k in enumerate(keys) if not k.isEmpty() and k not in keys[:i]]
            action.setShortcuts(unique)  # duplicates would make the shortcut ambiguous
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, "actionOpen")
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self._action(file_menu, self.tr("Open &Bundled Report"), self.open_bundled, name="actionBundled")
        file_menu.addSeparator()
        self.file_menu = file_menu
        self._quit_action = self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit,
                                         "actionQuit")
        self._print_export = None  # notes export, print, PDF: built after the first paint (print_export)
        self._refresh_recent()

        edit = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("&Copy with Reference"), self.reader.copy,
                     QKeySequence.StandardKey.Copy, "actionCopy")
        self._citation = None  # copy with citation: built after the first paint (citation)
        self._citation_before = edit.addSeparator()
        self._action(edit, self.tr("&Find…"), self.find_bar.open_bar, QKeySequence.StandardKey.Find, "actionFind")
        self._action(edit, self.tr("Find &Next"), self.find_bar.next, QKeySequence.StandardKey.FindNext)
        self._action(edit, self.tr("Find &Previous"), self.find_bar.previous, QKeySequence.StandardKey.FindPrevious)

        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("Zoom &In"), self.reader.zoom_in,
                     [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")], "actionZoomIn")
        self._action(view, self.tr("Zoom &Out"), self.reader.zoom_out,
                     QKeySequence("Ctrl+-"), "actionZoomOut")
        self._action(view, self.tr("&Actual Size"), self.reader.zoom_reset, QKeySequence("Ctrl+0"), "actionZoomReset")
        view.addSeparator()
        theme_menu = view.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        self.theme_actions = {}
        for name, label in (("system", self.tr("System")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            action = self._action(theme_menu, label, lambda _=False, n=name: self.apply_theme(n), name=f"theme_{name}")
            action.setCheckable(True)
            group.addAction(action)
            self.theme_actions[name] = action
        view.addSeparator()
        self.panels_menu = view.addMenu(self.tr("&Panels"))
        self.outline_action = QAction(self.tr("Outline"), self)
        self.outline_action.setCheckable(True)
        self.outline_action.setChecked(self.settings.qs.value("ui/outlineVisible", "true") != "false")
        self.outline_action.toggled.connect(self._show_outline)
        self._show_outline(self.outline_action.isChecked())
        panels.add_panel_action(self.panels_menu, self.outline_action, "outlinePanel")
        # docks made before this menu existed (direct children: a recursive search costs at start-up)
        for dock in self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            panels.add_dock(self.panels_menu, dock)
        view.addSeparator()
        self.script_menu = ScriptMenu(self.reader, self.settings.qs, self)
        view.addMenu(self.script_menu)
        self.language_menu = LanguageMenu(self.settings.qs, self)
        view.addMenu(self.language_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About"), self.show_about, name="actionAbout")

    # menu parts whose modules are not needed for the first screen: made after it, or when first used
    @property
    def print_export(self):
        if self._print_export is None:
            from .print_export import PrintExport

            self._print_export = PrintExport(self, self.file_menu, before=self._quit_action)
        return self._print_export

    @property
    def citation(self):
        if self._citation is None:
            from .citation_actions import CitationActions

            self._citation = CitationActions(self, self.edit_menu, before=self._citation_before)
        return self._citation

    def _build_late_menus(self) -> None:
        _ = self.citation, self.print_export

    # ---- parts made after the first paint ---------------------------------------------------------
    def add_lazy_part(self, names: tuple[str, ...], build: Callable[[], None]) -> None:
        """`build()` sets the attributes `names` (a dock not on the first screen, say). It runs after the
        first paint, or at the first read of one of the names if that comes sooner."""
        for name in names:
            self._lazy_parts[name] = build
        self.first_paint.later(lambda: self._build_part(build))

    def _build_part(self, build: Callable[[], None]) -> None:
        names = [name for name, part in self._lazy_parts.items() if part is build]
        if not names:
            return  # made already, on first read
        for name in names:
            del self._lazy_parts[name]
        build()

    def __getattr__(self, name: str) -> Any:
        # only reached for attributes not set yet: a lazy part's names build it
        build = self.__dict__.get("_lazy_parts", {}).get(name)
        if build is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self._build_part(build)
        return self.__dict__[name]

    # ---- documents -------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        from workreport.core.documents import with_report_patterns  # imported lazily: start-up time

        start = str(Path(self.report.source).parent) if self.report and self.report.source else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Report"), start,
                                              with_report_patterns(self.tr(str(OPEN_FILTER))))
        if path:
            self.open_file(path)

    def open_bundled(self) -> None:
        from workreport import resources

        self.open_file(str(resources.default_report()), remember=False)

    def open_file(self, path: str, remember: bool = True) -> bool:
        """Parse and show a file, True once shown. The parse runs on a worker thread while the window keeps
        responding (a progress dialog with Cancel if it takes a while; ui/report_loading.py). On error a
        dialog says why; on error or Cancel the current document stays."""
        from .report_loading import Outcome, ReportLoad

        if self.loading is not None:  # one file at a time: the first one's dialog is on its way
            self.statusBar().showMessage(self.tr("Still opening {name}").format(name=Path(self.loading.path).name),
                                         4000)
            return False
        self.loading = ReportLoad(self, path, self.reader.recipe(), self.progress_delay_ms)
        try:
            outcome = self.loading.run()
        finally:
            load, self.loading = self.loading, None
        if outcome is Outcome.CANCELLED:
            self.statusBar().showMessage(self.tr("Opening {name} cancelled").format(name=Path(path).name), 4000)
            return False
        if outcome is Outcome.FAILED or load.prepared is None:
            # a bad file never takes the window down, whatever the parser raised
            error = load.error or RuntimeError("no result")
            self.show_error(self.tr("Cannot open {name}").format(name=Path(path).name), *error_text(error, path))
            return False
        prepared = load.prepared
        self.set_report(prepared.report, prepared.occurrences, prepared.detached)
        if remember:
            self.remember_recent(path, prepared.report)
        return True

    def remember_recent(self, path: str, report) -> None:
        """Put `path` first in File ▸ Open Recent, shown by the report's title."""
        self.settings.add_recent(path, window_title(report))
        self._refresh_recent()

    def set_report(self, report, occurrences=None, detached=None) -> None:
        """Show `report`. `occurrences` (glossary matches) and `detached` (the reader's document) may come
        ready from a worker (open_file); otherwise they are made here."""
        self.save_position()
        self.report = report
        self._show_welcome(False)
        if occurrences is None:
            occurrences = occurrences_for(report)
        self.glossary_source = GlossarySource(report, occurrences)
        self.reader.sources = [self.glossary_source, *self.extra_sources]
        self._glossary_next.clear()
        self._nav_target = None
        self._nodes = sorted(report.nodes(), key=lambda n: n.block)
        self._node_offsets = [report.blocks[n.block].start if 0 <= n.block < len(report.blocks) else 0
                              for n in self._nodes]
        self.outline.set_report(report)
        self.glossary_panel.set_entries(report.glossary, self.glossary_source.counts())
        self.glossary_dock.setVisible(bool(report.glossary) or self.glossary_dock.isVisible())
        self.reader.set_report(report, occurrences, top=self.settings.position(report.digest), detached=detached)
        if self.find_bar.isVisible() and self.find_bar.edit.text():
            self.find_bar.search(self.find_bar.edit.text())
        self.setWindowTitle(window_title(report))
        self._show_load_warnings(report)
        self.reportChanged.emit(report)

    def _show_load_warnings(self, report) -> None:
        """The bar above the reader when loading repaired the file (bad bytes replaced, NULs removed)."""
        if report is not None and getattr(report, "warnings", None) and self.load_warnings is None:
            from .load_warnings import LoadWarningsBar  # only a damaged file needs it

            self.load_warnings = LoadWarningsBar()
            self._reader_box.insertWidget(0, self.load_warnings)
            self.load_warnings.showRequested.connect(self.show_range)
        if self.load_warnings is not None:
            self.load_warnings.show_report(report)

    def save_position(self) -> None:
        if self.report is not None:
            self.settings.set_position(self.report.digest, self.reader.top_offset())

    def show_error(self, title: str, message: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details:  # the precise English sentence behind a translated message
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()  # window-modal, does not block the event loop
        self.errorShown.emit(message)

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        items = self.settings.recent()
        for path in items:
            action = self.recent_menu.addAction(self.settings.recent_title(path) or Path(path).name)
            action.setToolTip(text_tooltip(path))  # a file name is not markup (`<img src=…>.txt`)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if items:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear"), self._clear_recent)
        self.recent_menu.setEnabled(bool(items))

    def show_welcome(self, error: str = "") -> None:
        """The empty state (no report): why, if a file failed, and Open / Recent / the bundled example."""
        self._show_welcome(True)
        assert self.welcome is not None  # made by _show_welcome
        self.welcome.set_error(error)
        self.welcome.set_recent([(self.settings.recent_title(p), p) for p in self.settings.recent()])

    def _show_welcome(self, shown: bool) -> None:
        if shown and self.welcome is None:
            from .welcome import WelcomePage

            self.welcome = WelcomePage()
            self._reader_box.addWidget(self.welcome, 1)
            self.welcome.openRequested.connect(self.open_dialog)
            self.welcome.bundledRequested.connect(self.open_bundled)
            self.welcome.recentRequested.connect(self.open_file)
        if self.welcome is not None:
            self.welcome.setVisible(shown)
        if shown and self.load_warnings is not None:
            self.load_warnings.show_report(None)
        self.reader.setVisible(not shown)
        self.outline.setVisible(not shown and self.outline_action.isChecked())

    def _show_outline(self, shown: bool) -> None:
        self.settings.qs.setValue("ui/outlineVisible", "true" if shown else "false")
        self.outline.setVisible(shown and (self.welcome is None or self.welcome.isHidden()))

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._refresh_recent()

    def dragEnterEvent(self, event):
        dropped_files.accept_if_files(event)

    def dragMoveEvent(self, event):
        dropped_files.accept_if_files(event)

    def dropEvent(self, event):
        files = dropped_files.local_files(event)
        if files:
            event.acceptProposedAction()
            self.open_file(files[0])

    # ---- extension points ----------------------------------------------------------------------
    def add_side_dock(self, widget: QWidget, title: str, object_name: str = "") -> QDockWidget:
        """A right-hand dock (tabbed with existing ones); its state is saved with the window."""
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name or (widget.objectName() or title) + "Dock")
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        existing = [d for d in self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                    if d is not dock and self.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
        # a dock created after restoreState still gets its saved place
        if not (self._restored and self.restoreDockWidget(dock)):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            if existing:
                # the tab in front stays in front (a dock made after the first paint must not hide it)
                front = next((d for d in existing if self.is_dock_in_front(d)), existing[0])
                self.tabifyDockWidget(existing[0], dock)
                front.raise_()
            else:
                self.resizeDocks([dock], [340], Qt.Orientation.Horizontal)
        if hasattr(self, "panels_menu"):
            panels.add_dock(self.panels_menu, dock)
        return dock

    @staticmethod
    def is_dock_in_front(dock: QDockWidget) -> bool:
        """Whether the dock is on screen: a dock in a tab behind another is still isVisible()."""
        return dock.isVisible() and not dock.visibleRegion().isEmpty()

    def add_tooltip_source(self, source) -> None:
        self.extra_sources.append(source)
        self.reader.add_lookup_source(source)

    def show_range(self, start: int, end: int) -> None:
        self.reader.show_range(start, end)

    # ---- outline <-> reader ----------------------------------------------------------------------
    def go_to_node(self, node) -> None:
        if self.report is None or not 0 <= node.block < len(self.report.blocks):
            return
        self._nav_target = node
        self.reader.scroll_to_offset(self.report.blocks[node.block].start)
        self.outline.select_node(node)

    def node_at(self, offset: int):
        """The innermost outline node whose heading is at or above `offset`."""
        i = bisect.bisect_right(self._node_offsets, offset) - 1
        return self._nodes[i] if i >= 0 else None

    def _reader_scrolled(self, offset: int) -> None:
        if self.report is None:
            return
        target = self._nav_target
        if target is not None and self.reader.is_offset_visible(self.report.blocks[target.block].start):
            node = target  # the user's choice stays selected while its heading is on screen
        else:
            self._nav_target = None
            node = self.node_at(offset)
        self.outline.select_node(node)
        block = self.report.block_at(offset)
        self.position_label.setText(block.ref if block is not None else "")
        self.readingOffsetChanged.emit(offset)

    def _reader_clicked(self, offset: int) -> None:
        occ = self.glossary_source.occurrence_at(offset) if self.glossary_source else None
        if occ is None:
            return
        self.glossary_dock.show()
        self.glossary_dock.raise_()
        self.glossary_panel.show_entry(occ.entry)
        occs = self.glossary_source.of_entry(occ.entry) if self.glossary_source else []
        self._glossary_next[occ.entry] = occs.index(occ) + 1 if occ in occs else 0

    def _selection_changed(self) -> None:
        if self.report is not None:
            self.selectionRangeChanged.emit(*self.reader.selected_range())

    def jump_to_entry(self, row: int) -> None:
        """Each click on an entry shows its next occurrence in the text."""
        occs = self.glossary_source.of_entry(row) if self.glossary_source else []
        if not occs or self.report is None:
            self.statusBar().showMessage(self.tr("Not found in the text"), 4000)
            return
        i = self._glossary_next.get(row, 0) % len(occs)
        self._glossary_next[row] = i + 1
        self.show_range(occs[i].start, occs[i].end)
        self.statusBar().showMessage(f"{self.report.glossary[row].term}: {i + 1} / {len(occs)}", 4000)

    # ---- theme ------------------------------------------------------------------------------------
    def apply_theme(self, name: str) -> None:
        name = name if name in th.THEMES else "system"
        self._theme_name = name
        self.settings.theme = name
        resolved = th.resolve(name)
        if not hasattr(self, "_system_tooltip_palette"):
            self._system_tooltip_palette = QToolTip.palette()
        if name == "system":
            self.setPalette(QApplication.palette())
            QToolTip.setPalette(self._system_tooltip_palette)
        else:
            self.setPalette(th.window_palette(resolved))
            QToolTip.setPalette(th.window_palette(resolved))  # tooltips are separate windows
        self.reader.set_theme(resolved)
        if name in getattr(self, "theme_actions", {}):
            self.theme_actions[name].setChecked(True)

    def _system_scheme_changed(self, *_args) -> None:
        if self._theme_name == "system":
            self.apply_theme("system")

    # ---- about ---------------------------------------------------------------------------------------
    def show_about(self) -> None:
        try:
            about = importlib.import_module("workreport.ui.about")
        except ImportError:
            about = None
        if about is not None and hasattr(about, "show_about"):
            about.show_about(self, self.report)
            return
        md = self.report.metadata if self.report else None
        rows = [(self.tr("Report"), md.title if md else ""), (self.tr("Issuer"), md.issuer if md else ""),
                (self.tr("Date"), md.date if md else ""), (self.tr("Speaker"), md.speaker if md else "")]
        body = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;</td><td>{html.escape(v)}</td></tr>"
                       for k, v in rows if v)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"), f"<h3>{html.escape(app_name())}</h3>"
                          f"<table>{body}</table>", QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()

    # ---- window state ---------------------------------------------------------------------------------
    def restore_layout(self) -> None:
        """Geometry, docks and splitter from the settings; call once all docks exist (done on show)."""
        if self._restored:
            return
        self._restored = True
        geometry = self.settings.blob("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.blob("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.blob("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self.settings.set_blob("window/geometry", self.saveGeometry())
        self.settings.set_blob("window/state", self.saveState())
        self.settings.set_blob("window/splitter", self.splitter.saveState())
        self.settings.zoom = self.reader.zoom
        self.settings.theme = self._theme_name
        self.save_position()
        self.settings.sync()

    def showEvent(self, event):
        self.restore_layout()
        super().showEvent(event)

    def closeEvent(self, event):
        self.save_layout()
        super().closeEvent(event)
