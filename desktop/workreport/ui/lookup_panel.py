"""The Lookup panel and the dictionary tooltips: CC-CEDICT entries and other reports' explanations.

- Select a word (or a phrase) in the reader: the panel shows the longest dictionary word from the
  start of the selection, the selection itself if it is a word, this report's own 名词解释 entry and
  the explanations other reports give.
- Hover with Shift held: a tooltip with the dictionary word at the mouse (longest match from there).
- Hover a term this report does not explain but another report does: the tooltip shows that
  explanation with the report it comes from.
- Type a word in the panel's box.

Nothing loads at start-up: the dictionary opens on the first look-up (a bundled SQLite file: a few
milliseconds), and the cross-report index is read and matched in a worker thread after a report opens.
"""

from __future__ import annotations

import html
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from ..core import cedict, glossary_index
from .rich_text import escaped

log = logging.getLogger(__name__)

MAX_SELECTION = 24  # longer selections are passages, not words to look up
HOVER_MODIFIER = Qt.KeyboardModifier.ShiftModifier
START_DELAY_MS = 1500  # after a report opens, before the cross-report matching starts
MAX_ELSEWHERE = 3  # explanations from other reports shown per term (newest first)


class LookupService(QObject):
    """The dictionary and the cross-report index, loaded on demand; matching runs off the GUI thread."""

    elsewhereFound = Signal(object, object)  # report, [(start, end, key)]

    def __init__(self, parent=None, dictionary=None, index=None):
        super().__init__(parent)
        self._dictionary = dictionary
        self._index = index
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lookup")
        self.report = None
        self.spans: list[tuple[int, int, str]] = []
        self._building = False
        self._pending = None
        self._closed = False
        self._index_loaded = threading.Event()
        if index is not None:
            self._index_loaded.set()
        self.elsewhereFound.connect(self.accept_spans)

    def dictionary(self) -> cedict.Dictionary | None:
        """The dictionary if it can be opened now; a database still to be built (a checkout without
        the build step) is built in the worker, and this answers None until it is there."""
        if self._dictionary is None:
            self._dictionary = cedict.default_dictionary(build=False)
            if self._dictionary is None and not self._building:
                self._building = True
                self._pool.submit(cedict.default_dictionary)
        return self._dictionary

    def index(self, wait: bool = True) -> glossary_index.GlossaryIndex | None:
        """The cross-report index; with wait=False, None while the worker is still reading it."""
        if self._index is None and (wait or self._index_loaded.is_set()):
            self._index = glossary_index.default_index()
        return self._index

    def _load_index(self) -> None:
        try:
            glossary_index.default_index()
        finally:
            self._index_loaded.set()

    def set_report(self, report) -> None:
        """Find, in a worker, the terms of `report` that other reports explain; started a moment after
        the report is shown, so reading the index (half a second of Python) does not slow the first paint."""
        self.report, self.spans = report, []
        if report is not None:
            self._pending = report
            QTimer.singleShot(START_DELAY_MS, self._start)

    def _start(self) -> None:
        report, self._pending = self._pending, None
        if report is not None and report is self.report and not self._closed:
            self._pool.submit(self._find, report)

    def _find(self, report) -> None:
        try:  # the dictionary first: unpacked or built into the cache if this install has none yet
            cedict.default_dictionary()
        except Exception:  # noqa: BLE001 - look-ups then say the dictionary is missing
            log.exception("preparing the dictionary failed")
        try:
            self._load_index()
            index = self.index()
            spans = index.find(report) if index is not None else []
        except Exception:  # noqa: BLE001 - a failed match must not reach the crash dialog from a worker
            log.exception("cross-report glossary matching failed")
            spans = []
        try:
            self.elsewhereFound.emit(report, spans)  # queued to the GUI thread
        except RuntimeError:  # the window closed meanwhile
            pass

    def accept_spans(self, report, spans) -> None:
        if report is self.report:
            self.spans = spans

    def wait(self) -> None:
        """Start pending matching now and block until it is done (tests, benches)."""
        self._start()
        if not self._closed:
            self._pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)


def entry_html(entries: list[cedict.Entry]) -> str:
    parts = []
    for e in entries:
        forms = e.simplified if e.traditional == e.simplified else f"{e.simplified} ({e.traditional})"
        senses = "; ".join(e.senses)
        parts.append(f"<p style='margin:0 0 4px 0'><b>{html.escape(forms)}</b> "
                     f"<span style='color:#0a6abf'>{html.escape(e.pinyin)}</span><br>{html.escape(senses)}</p>")
    return "".join(parts)


def explanation_html(explanations: list[glossary_index.Explanation], limit: int = MAX_ELSEWHERE) -> str:
    parts = []
    for e in explanations[:limit]:
        parts.append(f"<p style='margin:0 0 4px 0'>{escaped(e.definition)}<br>"
                     f"<span style='color:#8b949e'>— {html.escape(e.source)}</span></p>")
    return "".join(parts)


def modifier_held() -> bool:
    """Whether the hover look-up key (Shift) is down now."""
    return bool(QGuiApplication.queryKeyboardModifiers() & HOVER_MODIFIER)


class DictionarySource:
    """Reader tooltips (ui.lookup.LookupSource): the dictionary word at the mouse, while Shift is held."""

    def __init__(self, service: LookupService):
        self.service = service

    def lookup(self, report, offset: int) -> list[tuple[str, str]]:
        if not modifier_held():
            return []
        dictionary = self.service.dictionary()
        if dictionary is None or report is None:
            return []
        word, entries = dictionary.longest_match(report.text, offset)
        return [(word, entry_html(entries))] if entries else []


class ElsewhereSource:
    """Reader tooltips: a term this report does not explain, explained by other reports."""

    def __init__(self, service: LookupService):
        self.service = service

    def lookup(self, report, offset: int) -> list[tuple[str, str]]:
        if report is not self.service.report:
            return []
        for start, end, key in self.service.spans:
            if start <= offset < end:
                index = self.service.index()
                found = index.by_key.get(key, []) if index is not None else []
                title = QCoreApplication.translate("LookupPanel", "{term} (explained in another report)").format(
                    term=report.text[start:end])
                return [(title, explanation_html(found, 2))] if found else []
        return []


class _NoResourceBrowser(QTextBrowser):
    def loadResource(self, _type, _name):
        return None


class LookupPanel(QWidget):
    """A box to type in, and what is known about the word: dictionary, this report, other reports."""

    def __init__(self, service: LookupService | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("lookupPanel")
        self.service = service or LookupService(self)
        self.report = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("lookupEdit")
        self.edit.setPlaceholderText(self.tr("Look up a word…"))
        self.edit.setClearButtonEnabled(True)
        self.result = _NoResourceBrowser(self)
        self.result.setObjectName("lookupResult")
        self.result.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.edit)
        layout.addWidget(self.result, 1)
        self.edit.returnPressed.connect(lambda: self.look_up(self.edit.text()))
        self.last_word = ""

    def set_report(self, report) -> None:
        self.report = report

    def look_up_selection(self, text: str) -> None:
        text = text.strip()
        if 0 < len(text) <= MAX_SELECTION:
            self.edit.setText(text)
            self.look_up(text)

    def look_up(self, query: str) -> str:
        """Show what is known about `query`; returns the dictionary word found ("" if none)."""
        query = query.strip()
        self.last_word = ""
        if not query:
            self.result.clear()
            return ""
        sections = []
        dictionary = self.service.dictionary()
        if dictionary is not None:
            word, entries = dictionary.longest_match(query, 0)
            exact = dictionary.lookup(query) if word != query else []
            if exact:
                word, entries = query, exact
            self.last_word = word
            if entries:
                sections.append(("", entry_html(entries)))
            elif not exact:
                missing = self.tr("Not in the dictionary")
                sections.append(("", f"<p style='color:#8b949e'>{html.escape(missing)}</p>"))
        own = [e for e in (self.report.glossary if self.report is not None else [])
               if glossary_index.term_key(e.term) == glossary_index.term_key(query)]
        if own:
            sections.append((self.tr("This report's glossary"),
                             "".join(f"<p style='margin:0'>{escaped(e.definition)}</p>" for e in own)))
        index = self.service.index(wait=False)  # never wait for the worker reading it
        elsewhere = index.explanations(query) if index is not None and not own else []
        if elsewhere:
            sections.append((self.tr("Explained in other reports"), explanation_html(elsewhere)))
        body = "".join((f"<h4 style='margin:8px 0 2px 0'>{html.escape(title)}</h4>" if title else "") + part
                       for title, part in sections)
        self.result.setHtml(f"<h3 style='margin:0'>{html.escape(query)}</h3>{body}")
        if dictionary is None:
            self.result.append(self.tr("The dictionary is being prepared; try again in a moment."))
        return self.last_word


def install(window, service: LookupService | None = None) -> LookupPanel:
    """Add the Lookup dock and the tooltip sources to a MainWindow; returns the panel."""
    service = service or LookupService(window)
    panel = LookupPanel(service)
    window.lookup_panel = panel
    window.lookup_dock = window.add_side_dock(panel, QCoreApplication.translate("LookupPanel", "Lookup"),
                                              "lookupDock")
    window.add_tooltip_source(ElsewhereSource(service))
    window.add_tooltip_source(DictionarySource(service))
    window.reportChanged.connect(panel.set_report)
    window.reportChanged.connect(service.set_report)

    def selection_changed(start: int, end: int) -> None:
        if window.report is not None and 0 < end - start <= MAX_SELECTION:
            panel.look_up_selection(window.report.text[start:end])

    window.selectionRangeChanged.connect(selection_changed)
    window.destroyed.connect(lambda *_: service.shutdown())
    if window.report is not None:  # installed after the report was shown (after the first paint)
        panel.set_report(window.report)
        service.set_report(window.report)
        selection_changed(*window.reader.selected_range())  # a selection made before the panel was
    return panel
