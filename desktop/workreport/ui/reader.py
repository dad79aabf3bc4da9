"""The reader pane: a read-only QTextBrowser showing one Report.

All public offsets are report.text offsets. Highlights (find hits, a shown
range) are extra selections in named layers, so they never alter the text
or its formats.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QThread, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeySequence, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip

from . import theme as th
from .document import PositionMap, build_document
from .lookup import LookupSource, tooltip_html

TOP_PAD = 12  # pixels left above a heading scrolled to the top
# a layer with more ranges than this (10,000 notes) is built only for the screens around the view,
# again as the view moves: Qt's extra selections cost per selection on every change
WINDOWED = 300


class Recipe(NamedTuple):
    """What the shown document depends on besides the report: a document built for another recipe is stale."""

    theme: th.Theme
    point_size: float
    transform: Callable[[str], str] | None  # text -> text of the same length (简体/繁體)


class Detached(NamedTuple):
    """A reader document built off the GUI thread (build_detached), handed to Reader.set_report."""

    document: QTextDocument
    recipe: Recipe
    positions: PositionMap


def build_detached(report, occurrences, recipe: Recipe, gui_thread: QThread) -> Detached:
    """On a worker thread: the reader's document of a big report, so the GUI thread only swaps it in.
    A QTextDocument is not a widget; built here, it is handed over to the GUI thread before use."""
    doc = QTextDocument()
    shown = report if recipe.transform is None else dataclasses.replace(report, text=recipe.transform(report.text))
    build_document(doc, shown, occurrences, recipe.theme, recipe.point_size)
    doc.moveToThread(gui_thread)
    return Detached(doc, recipe, PositionMap(report.text))


class Reader(QTextBrowser):
    topOffsetChanged = Signal(int)  # report offset at the top of the view, after scrolling
    clickedAt = Signal(int)  # report offset of a plain click (no selection made)
    zoomChanged = Signal(int)
    themeChanged = Signal()  # after a theme switch: owners of colour layers repaint them in the new colours

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # drops go to the main window (open file)
        self.viewport().setAcceptDrops(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.report = None
        self.occurrences: list = []
        self.theme = th.LIGHT
        self.zoom = 0
        self.sources: list[LookupSource] = []
        self._map = PositionMap("")
        self._layers: dict[str, list] = {}
        self._layer_specs: dict[str, tuple] = {}  # name -> set_layer arguments, to rebuild after a rebuild
        self._window: tuple[int, int] | None = None  # report offsets the windowed layers were built for
        # (start, end) -> {layer name: (ranges, colour)}: layers read only for the part around the view
        self._provider: Callable[[int, int], dict[str, tuple[list, str]]] | None = None
        self._provided: set[str] = set()  # the layers it gave
        self._pending_top: int | None = None
        self._margin = -1
        # text -> same-length text shown instead of report.text (简体/繁體); offsets stay the report's
        self.display_transform: Callable[[str], str] | None = None
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # ---- content -----------------------------------------------------------------------------
    def set_report(self, report, occurrences, top: int = 0, detached: Detached | None = None) -> None:
        """Show `report`; `detached`: its document built off the GUI thread (used if still current)."""
        self.report = report
        self.occurrences = list(occurrences)
        self._map = detached.positions if detached is not None else PositionMap(report.text)
        self._layers.clear()
        self._layer_specs.clear()
        self._provider, self._provided = None, set()  # it read the notes of the report shown before
        self._rebuild(top, detached)

    def recipe(self) -> Recipe:
        return Recipe(self.theme, self.point_size(), self.display_transform)

    def _rebuild(self, top: int | None = None, detached: Detached | None = None) -> None:
        if self.report is None:
            return
        if top is None:
            top = self._pending_top if self._pending_top is not None else self.top_offset()
        if detached is not None and detached.recipe == self.recipe():
            self._swap_document(detached.document)
        else:
            if detached is not None:  # theme, zoom or script changed while it was built
                detached.document.deleteLater()
            shown = self.report
            if self.display_transform is not None:
                shown = dataclasses.replace(self.report, text=self.display_transform(self.report.text))
            build_document(self.document(), shown, self.occurrences, self.theme, self.point_size())
        self._margin = -1
        self._apply_margins()
        self._apply_palette()
        # a rebuilt document invalidates the selections' cursors: make them again on the new text
        self._window = None
        for name in list(self._layer_specs):
            self._layers[name] = self._shown(name)
        self._refresh_selections()
        # the insertions pushed the widget's own cursor to the end, and Qt scrolls to it on show
        self._place_cursor(top if self.isVisible() else 0)
        self.scroll_to_offset(top)

    def _swap_document(self, doc: QTextDocument) -> None:
        old = self.document()
        doc.setParent(self)  # owned by the reader from now on
        self.setDocument(doc)  # deletes the widget's own first document; an earlier swapped-in one is ours
        if old is not None and old is not doc and shiboken6.isValid(old) and old.parent() is self:
            old.deleteLater()

    def set_display_transform(self, transform) -> None:
        """Show the report through `transform` (same length out as in), keeping the reading place."""
        self.display_transform = transform
        if self.report is not None:
            self._rebuild()

    def _place_cursor(self, offset: int) -> None:
        if self.report is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(min(offset, len(self.report.text))))
        self.setTextCursor(cursor)

    def point_size(self) -> float:
        return th.BASE_POINT_SIZE + self.zoom

    def set_theme(self, theme: th.Theme) -> None:
        if theme != self.theme:
            self.theme = theme
            self._rebuild()
            self.themeChanged.emit()

    def _apply_palette(self) -> None:
        pal = self.palette()
        pal.setColor(pal.ColorRole.Base, QColor(self.theme.background))
        pal.setColor(pal.ColorRole.Text, QColor(self.theme.text))
        self.setPalette(pal)

    # ---- zoom ----------------------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        steps = max(th.MIN_ZOOM, min(th.MAX_ZOOM, int(steps)))
        if steps != self.zoom:
            self.zoom = steps
            self._rebuild()
            self.zoomChanged.emit(steps)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    # ---- geometry: max line width ---------------------------------------------------------------
    def _apply_margins(self, width: int | None = None) -> None:
        em = QFontMetricsF(self.document().defaultFont()).horizontalAdvance("中")
        if width is None:
            width = self.width()
        # from the widget's width less a scroll bar, whether or not one shows: the same margin before
        # and after Qt lays the text out for a new size, so one resize costs one layout, not two
        # (the bar's width is the style's PM_ScrollBarExtent; asked of the bar, QStyle's enums are not
        # built at start-up: ~9 ms)
        width -= self.frameWidth() * 2 + self.verticalScrollBar().sizeHint().width()
        margin = max(24, int((width - em * th.MAX_TEXT_WIDTH_EM) / 2))
        if margin == self._margin:
            return
        self._margin = margin
        fmt = self.document().rootFrame().frameFormat()
        fmt.setLeftMargin(margin)
        fmt.setRightMargin(margin)
        fmt.setTopMargin(28)
        fmt.setBottomMargin(48)
        self.document().rootFrame().setFrameFormat(fmt)

    def resizeEvent(self, event):
        # keep the line being read at the top while the text reflows
        keep = self._pending_top if self._pending_top is not None else (self.top_offset() if self.report else None)
        if self.report is not None:
            self._apply_margins(event.size().width())  # before Qt's relayout for the new width
        super().resizeEvent(event)
        if self.report is None:
            return
        if self.isVisible() and self._pending_top is not None and keep is not None:
            self._pending_top = None
            self._place_cursor(keep)  # QTextEdit's first showEvent scrolls to the cursor
        if keep is not None:
            self.scroll_to_offset(keep)
        self._rewindow(force=True)

    # ---- offsets <-> view ------------------------------------------------------------------------
    def doc_position(self, offset: int) -> int:
        return self._map.to_doc(offset)

    def text_offset(self, position: int) -> int:
        return self._map.to_text(position)

    def offset_at(self, point: QPoint, exact: bool = True) -> int:
        """Report offset of the character under a viewport point, -1 if none."""
        doc_point = QPointF(point.x() + self.horizontalScrollBar().value(),
                            point.y() + self.verticalScrollBar().value())
        accuracy = Qt.HitTestAccuracy.ExactHit if exact else Qt.HitTestAccuracy.FuzzyHit
        pos = self.document().documentLayout().hitTest(doc_point, accuracy)
        return -1 if pos < 0 else self.text_offset(pos)

    def y_of(self, offset: int) -> float:
        """Document y of the line holding `offset`."""
        pos = self.doc_position(offset)
        block = self.document().findBlock(pos)
        rect = self.document().documentLayout().blockBoundingRect(block)
        line = block.layout().lineForTextPosition(pos - block.position())
        return rect.top() + (line.y() if line.isValid() else 0)

    def top_offset(self) -> int:
        """Report offset of the first line read at the top of the view."""
        if self.report is None:
            return 0
        frame = self.document().rootFrame().frameFormat()
        layout = self.document().documentLayout()
        # the height laid out so far (the scroll range): documentSize() would lay out a big report whole
        height = self.verticalScrollBar().maximum() + self.viewport().height()
        # stay inside the text: a probe in the frame margins would hit an arbitrary position
        y = self.verticalScrollBar().value() + TOP_PAD + 2
        y = max(frame.topMargin() + 1, min(y, height - frame.bottomMargin() - 1))
        x = frame.leftMargin() + 1
        pos = layout.hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
        return max(0, self.text_offset(pos))

    def scroll_to_offset(self, offset: int) -> None:
        """Put the line holding `offset` at the top of the view."""
        if self.report is None:
            return
        if not self.isVisible():
            self._pending_top = offset  # the layout width is not final yet: scroll on the first resize
            return
        y = self.y_of(max(0, min(offset, len(self.report.text))))
        self.verticalScrollBar().setValue(int(y) - TOP_PAD)

    def ensure_visible(self, start: int, end: int) -> None:
        """Scroll only if the range is not already on screen; then about a quarter down."""
        top = self.verticalScrollBar().value()
        y0, y1 = self.y_of(start), self.y_of(max(start, end - 1))
        height = self.viewport().height()
        if y0 >= top and y1 + 24 <= top + height:
            return
        self.verticalScrollBar().setValue(int(y0 - height / 4))

    def is_offset_visible(self, offset: int) -> bool:
        y = self.y_of(offset)
        top = self.verticalScrollBar().value()
        return top <= y < top + self.viewport().height() - 8

    def _scrolled(self, _value: int) -> None:
        if self.report is not None:
            self._rewindow()
            self.topOffsetChanged.emit(self.top_offset())

    # ---- highlights --------------------------------------------------------------------------------
    def set_layer(self, name: str, ranges, color: str, current: int = -1, current_color: str = "") -> None:
        """Highlight report ranges [(start, end)] in a named layer; [] clears it."""
        ranges = list(ranges)
        self._layer_specs[name] = (ranges, color, current, current_color)
        self._layers[name] = self._shown(name)
        self._refresh_selections()

    def _shown(self, name: str) -> list:
        """The selections of a layer to hand to Qt: all of a small layer, those near the view of a big one."""
        ranges, color, current, current_color = self._layer_specs[name]
        if len(ranges) <= WINDOWED:
            return self._selections(ranges, color, current, current_color)
        if self._window is None:
            self._window = self._view_span(screens=1)
        if self._window is None:
            return []  # not on screen yet: built when shown
        lo, hi = self._window
        near = [i for i, (start, end) in enumerate(ranges) if end > lo and start < hi]
        return self._selections(ranges, color, current, current_color, near)

    def set_layer_provider(self, provider: Callable[[int, int], dict[str, tuple[list, str]]] | None) -> None:
        """Layers too many to read whole (thousands of notes): provider(start, end) gives
        {name: (ranges, colour)} for report offsets [start, end), asked for the screens around the
        view, again when the view leaves them. None: its layers go."""
        for name in self._provided:
            self._layer_specs.pop(name, None)
            self._layers.pop(name, None)
        self._provider, self._provided = provider, set()
        if provider is None:
            self._refresh_selections()
        else:
            self._rewindow(force=True)

    def visible_span(self) -> tuple[int, int] | None:
        """Report offsets from the top of the view to its bottom (None: not shown)."""
        return self._view_span(screens=0)

    def _view_span(self, screens: int) -> tuple[int, int] | None:
        """Report offsets from `screens` screens above the view to as many below it (None: not shown)."""
        if self.report is None or not self.isVisible():
            return None
        layout = self.document().documentLayout()
        frame = self.document().rootFrame().frameFormat()
        x = frame.leftMargin() + 1
        top, height = self.verticalScrollBar().value(), self.viewport().height()
        # the text's bottom as laid out so far (see top_offset); probes stay out of the frame's margins,
        # where a hit test returns an arbitrary position
        bottom = self.verticalScrollBar().maximum() + height - frame.bottomMargin() - 1
        y_first = min(bottom, max(frame.topMargin() + 1, top - screens * height))
        y_last = top + (screens + 1) * height
        first = layout.hitTest(QPointF(x, y_first), Qt.HitTestAccuracy.FuzzyHit)
        last = layout.hitTest(QPointF(x, y_last), Qt.HitTestAccuracy.FuzzyHit) if y_last < bottom else -1
        if last < 0:
            last = self.document().characterCount() - 1  # the view reaches the end
        block = self.document().findBlock(max(0, last))
        end = block.position() + block.length() if block.isValid() else last  # the whole last paragraph
        return max(0, self.text_offset(max(0, first)) - 1), self.text_offset(end) + 1

    def _rewindow(self, force: bool = False) -> None:
        """Rebuild the big layers when the view has left the part they were built for."""
        big = [name for name, spec in self._layer_specs.items() if len(spec[0]) > WINDOWED]
        if not big and self._provider is None:
            return
        if not force and self._window is not None:
            view = self._view_span(screens=0)
            if view is None or (self._window[0] <= view[0] and view[1] <= self._window[1]):
                return
        self._window = None
        if self._provider is not None:
            self._window = self._view_span(screens=1)
            if self._window is None:
                return  # not shown yet: asked for on the first resize
            for name, (ranges, colour) in self._provider(*self._window).items():
                self._layer_specs[name] = (list(ranges), colour, -1, "")
                self._provided.add(name)
            big = list(dict.fromkeys([*big, *self._provided]))
        for name in big:
            self._layers[name] = self._shown(name)
        self._refresh_selections()

    def _selections(self, ranges, color: str, current: int, current_color: str, indices=None) -> list:
        selections = []
        for i in (range(len(ranges)) if indices is None else indices):
            start, end = ranges[i]
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.doc_position(start))
            cursor.setPosition(self.doc_position(end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(current_color if i == current and current_color else color))
            sel.format = fmt
            selections.append(sel)
        return selections

    def _refresh_selections(self) -> None:
        self.setExtraSelections([s for layer in self._layers.values() for s in layer])

    def layer(self, name: str) -> list:
        """Every selection of a layer (a big layer shows only those near the view: built here)."""
        spec = self._layer_specs.get(name)
        if spec is not None and len(spec[0]) > WINDOWED:
            return self._selections(*spec)
        return self._layers.get(name, [])

    def show_range(self, start: int, end: int) -> None:
        """Scroll to a report range and highlight it (replacing the previous one)."""
        self.set_layer("range", [(start, end)], self.theme.range_highlight)
        self.ensure_visible(start, end)

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(start))
        cursor.setPosition(self.doc_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # ---- tooltips and clicks -----------------------------------------------------------------------
    def add_lookup_source(self, source: LookupSource) -> None:
        self.sources.append(source)

    def lookup(self, offset: int) -> list[tuple[str, str]]:
        items = []
        for source in self.sources:
            items.extend(source.lookup(self.report, offset))
        return items

    def viewportEvent(self, event):
        if event.type() == QEvent.Type.ToolTip and self.report is not None:
            offset = self.offset_at(event.pos())
            items = self.lookup(offset) if offset >= 0 else []
            if items:
                QToolTip.showText(event.globalPos(), tooltip_html(items), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event):
        # a read-only browser ignores Ctrl+Home / Ctrl+End: go to the start / end of the report
        if self.report is not None and event.matches(QKeySequence.StandardKey.MoveToStartOfDocument):
            self._place_cursor(0)
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
            return
        if self.report is not None and event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            self._place_cursor(len(self.report.text))
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            offset = self.offset_at(event.position().toPoint())
            if offset >= 0:
                self.clickedAt.emit(offset)

    # ---- copy with reference; no resources ever -------------------------------------------------
    def selected_range(self) -> tuple[int, int]:
        c = self.textCursor()
        return self.text_offset(c.selectionStart()), self.text_offset(c.selectionEnd())

    def reference_text(self, start: int, end: int) -> str:
        """The report text of a range followed by its paragraph reference(s)."""
        if self.report is None:
            return ""
        text = self.report.text[start:end]
        first = self.report.block_at(start)
        last = self.report.block_at(max(start, end - 1))
        refs = [b.ref for b in (first, last) if b is not None and b.ref]
        ref = refs[0] if refs and refs[0] == refs[-1] else "–".join(refs)
        return f"{text} — {ref}" if ref else text

    def createMimeDataFromSelection(self):
        mime = QMimeData()
        if self.report is None:
            return super().createMimeDataFromSelection()
        start, end = self.selected_range()
        mime.setText(self.reference_text(start, end))
        return mime

    def loadResource(self, _type, _name):
        return None  # a report never loads images, styles or anything it names

    def setSource(self, *_args, **_kwargs):  # noqa: N802 - never navigate away from the report
        return
