"""Pluggable look-ups behind the reader's tooltips.

A source answers "what is known about the text at this offset?" with a list
of (title, html_escaped_body). The glossary is one source; a policy glossary
or a Chinese-English dictionary can be added with Reader.add_lookup_source
without touching the reader.
"""

from __future__ import annotations

import bisect
import html
from typing import Protocol, runtime_checkable


@runtime_checkable
class LookupSource(Protocol):
    def lookup(self, report, offset: int) -> list[tuple[str, str]]:
        """Entries for the character at `offset` of report.text; bodies are already HTML-escaped."""
        ...


class GlossarySource:
    """The report's own 名词解释, found through its marked occurrences."""

    def __init__(self, report, occurrences):
        self.report = report
        self.occurrences = list(occurrences)
        self._starts = [o.start for o in self.occurrences]

    def occurrence_at(self, offset: int):
        i = bisect.bisect_right(self._starts, offset) - 1
        # occurrences do not nest, but check a couple back in case a matcher allows it
        for j in range(i, max(i - 3, -1), -1):
            occ = self.occurrences[j]
            if occ.start <= offset < occ.end:
                return occ
        return None

    def lookup(self, report, offset: int) -> list[tuple[str, str]]:
        if report is not self.report:
            return []
        occ = self.occurrence_at(offset)
        if occ is None:
            return []
        entry = report.glossary[occ.entry]
        return [(entry.term, html.escape(entry.definition))]

    def counts(self) -> list[int]:
        """Occurrences per entry; a footnote marker right after its own term is the same occurrence."""
        out = [0] * len(self.report.glossary)
        previous = None
        for occ in self.occurrences:
            if not (getattr(occ, "marker", False) and _follows_term(previous, occ)):
                out[occ.entry] += 1
            previous = occ
        return out

    def of_entry(self, entry: int) -> list:
        return [o for o in self.occurrences if o.entry == entry]


MARKER_GAP = 2  # characters allowed between a term and its marker (a closing quote, a bracket)


def _follows_term(previous, marker) -> bool:
    return (previous is not None and previous.entry == marker.entry and not getattr(previous, "marker", False)
            and 0 <= marker.start - previous.end <= MARKER_GAP)


def tooltip_html(items: list[tuple[str, str]]) -> str:
    """Rich text for QToolTip: escaped titles, bodies as given (escaped by their source)."""
    parts = [f"<p style='margin:0'><b>{html.escape(title)}</b></p><p style='margin-top:4px'>{body}</p>"
             for title, body in items]
    # a fixed-width table makes Qt wrap long definitions instead of one very wide line
    return "<table width='380'><tr><td>" + "<hr>".join(parts) + "</td></tr></table>"
