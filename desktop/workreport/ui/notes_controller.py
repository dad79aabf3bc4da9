"""The notes wiring of a MainWindow: the notes dock, highlight painting, the Notes menu, the reader's
context menu, the Bookmarks submenu and target notes.

The store stays out of ui/: app.py hands in `backend_for(report)`, which makes the notes backend
(store.notes_adapter.NotesAdapter) of a report. The window gets `notes_panel`, `notes_actions`
and `bookmarks_menu` (scripts and tests use them).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from ..core.kinds import BookmarkKind, NoteKind
from .notes_model import NotesLookupSource, bookmarked_refs, highlight_layers
from .notes_panel import NotesPanel

log = logging.getLogger(__name__)

BOOKMARK_MENU_CHARS = 40


class NotesController(QObject):
    def __init__(self, window, backend_for):
        super().__init__(window)
        self.window = window
        self.panel = panel = NotesPanel()
        window.notes_panel = panel
        window.add_side_dock(panel, self.tr("Notes"), "notesDock")
        self.source = NotesLookupSource(resolve=panel.resolve)
        window.add_tooltip_source(self.source)

        panel.itemsChanged.connect(self.repaint)
        window.reader.themeChanged.connect(self.repaint)  # note colours differ between light and dark
        panel.jumpRequested.connect(window.show_range)
        panel.message.connect(lambda msg: window.statusBar().showMessage(msg, 4000))
        window.reportChanged.connect(lambda report: panel.set_backend(backend_for(report)))

        menu = window.menuBar().addMenu(self.tr("&Notes"))
        for text, slot, keys in ((self.tr("&Highlight Selection"), lambda: self.highlight(False), "Ctrl+Shift+H"),
                                 (self.tr("Add &Note to Selection"), lambda: self.highlight(True), "Ctrl+Shift+N"),
                                 (self.tr("&Bookmark This Section"), self.bookmark, "Ctrl+D")):
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            window.reader.addAction(action)
        window.notes_actions = menu.actions()
        window.bookmarks_menu = menu.addMenu(self.tr("B&ookmarks"))
        if hasattr(window, "targets_panel"):
            window.targets_panel.noteRequested.connect(lambda t: edit_target_note(window, t))
        window.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.reader.customContextMenuRequested.connect(self.context_menu)

    # -- painting ---------------------------------------------------------------------------------

    def repaint(self) -> None:
        window, items = self.window, self.panel.paint_items()  # bookmarks and target notes are whole
        reader, panel, dark = window.reader, self.panel, window.reader.theme.dark
        if panel.counted:  # thousands of notes: read and painted only around the view, as it moves
            reader.set_layer_provider(lambda start, end: highlight_layers(panel.spans_between(start, end), dark))
            self.source.finder = panel.notes_at
        else:
            reader.set_layer_provider(None)
            self.source.finder = None
            for name, (ranges, colour) in highlight_layers(items, dark=dark).items():
                reader.set_layer(name, ranges, colour)
        self.source.set_items(window.report, items)
        window.outline.model.set_marked(bookmarked_refs(items))
        fill_bookmarks_menu(window, items)
        if hasattr(window, "targets_panel"):
            window.targets_panel.model.set_notes({i.target: (i.status or "", i.note) for i in items
                                                  if i.target and i.kind != NoteKind.BOOKMARK})

    # -- actions ----------------------------------------------------------------------------------

    def selection(self):
        start, end = self.window.reader.selected_range()
        return (start, end) if end > start else None

    def highlight(self, with_note: bool = False) -> None:
        sel = self.selection()
        if sel is None:
            self.window.statusBar().showMessage(self.tr("Select some text first"), 4000)
            return
        self.panel.add_highlight(*sel, with_note=with_note)
        if with_note:  # bring the notes dock forward beside the note editor
            dock = self.panel.parentWidget()
            if dock is not None:
                dock.show()
                dock.raise_()

    def bookmark(self) -> None:
        window = self.window
        node = window.node_at(window.reader.top_offset())
        block = window.report.blocks[node.block].index if node is not None else window.report.block_at(
            window.reader.top_offset()).index
        self.panel.toggle_bookmark(block, BookmarkKind.OUTLINE if node is not None else BookmarkKind.PARAGRAPH)

    def context_menu(self, pos) -> None:
        window = self.window
        popup = window.reader.createStandardContextMenu(pos)
        if hasattr(window, "citation") and self.selection() is not None:
            popup.addAction(window.citation.copy_action)
        popup.addSeparator()
        for action in window.notes_actions[:2]:
            action.setEnabled(self.selection() is not None)
            popup.addAction(action)
        popup.addAction(window.notes_actions[2])
        popup.exec(window.reader.viewport().mapToGlobal(pos))
        for action in window.notes_actions:
            action.setEnabled(True)


def fill_bookmarks_menu(window, items) -> None:
    """The Bookmarks submenu lists the placed bookmarks in reading order; each action jumps to one."""
    menu = window.bookmarks_menu
    menu.clear()
    for item in items:
        if item.kind != NoteKind.BOOKMARK or item.orphan or item.end <= item.start:
            continue
        text = (item.label or item.quote.split("\n", 1)[0])[:BOOKMARK_MENU_CHARS]
        action = menu.addAction(f"{item.ref}  {text}" if item.ref and item.bookmark_kind != BookmarkKind.TARGET
                                else text)
        action.triggered.connect(lambda _=False, s=item.start, e=item.end: window.show_range(s, e))
    menu.setEnabled(not menu.isEmpty())


def edit_target_note(window, target, values=None) -> None:
    """Note / status of a target row, kept as a note on its sentence tagged with the target id.

    `values` = (status, note) skips the dialog (scripts, tests)."""
    from . import target_note_dialog
    from .targets_model import target_id

    panel = window.notes_panel
    if panel.backend is None:
        return
    tid = target_id(target)
    existing = panel.backend.notes_for_target(tid)
    current = existing[0] if existing else None
    if values is None:
        values = target_note_dialog.ask_target_note(window, target.indicator, current.status if current else "",
                                                    current.note if current else "")
        if values is None:
            return
    status, note = values
    if current is not None:
        panel.update_item(current.key, status=status, note=note)
    else:
        panel.backend.add_highlight(target.start, target.end, note=note, target=tid, status=status)
        panel.reload()
