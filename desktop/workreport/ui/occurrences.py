"""Glossary occurrences for the UI, from core.termmatch (quotes, widths, parentheticals, footnote markers)."""

from __future__ import annotations

from workreport.core.model import Report
from workreport.core.termmatch import Occurrence, find_occurrences


def occurrences_for(report: Report) -> list[Occurrence]:
    """Occurrences sorted by start, each with a valid entry index."""
    occs = [o for o in find_occurrences(report) if 0 <= o.entry < len(report.glossary)]
    occs.sort(key=lambda o: (o.start, o.end))
    return occs
