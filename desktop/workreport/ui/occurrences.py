"""Glossary occurrences for the UI: core.termmatch when present, else a plain fallback.

The fallback only exists so the window still runs while termmatch is being
written; it finds exact (folded) occurrences of each term outside the glossary.
"""

from __future__ import annotations

from dataclasses import dataclass

try:  # the real matcher (quotes, widths, parentheticals, footnote markers)
    from workreport.core.termmatch import Occurrence, find_occurrences
except ImportError:  # pragma: no cover - only until core.termmatch lands
    from workreport.core.model import GLOSSARY_ENTRY, GLOSSARY_HEADING
    from workreport.core.textnorm import fold

    @dataclass(frozen=True)
    class Occurrence:  # type: ignore[no-redef]
        entry: int
        start: int
        end: int
        marker: str = ""

    def find_occurrences(report):  # type: ignore[no-redef]
        body_end = next((b.start for b in report.blocks if b.kind in (GLOSSARY_HEADING, GLOSSARY_ENTRY)),
                        len(report.text))
        folded = fold(report.text[:body_end])
        found = []
        for i, entry in enumerate(report.glossary):
            term = fold(entry.term).replace('"', "").replace("'", "").strip()
            if not term:
                continue
            pos = folded.find(term)
            while pos >= 0:
                found.append(Occurrence(i, pos, pos + len(term)))
                pos = folded.find(term, pos + len(term))
        found.sort(key=lambda o: (o.start, -o.end))
        out, last_end = [], -1
        for occ in found:  # longest first at a position, no overlaps
            if occ.start >= last_end:
                out.append(occ)
                last_end = occ.end
        return out


def occurrences_for(report) -> list:
    """Occurrences sorted by start, each with a valid entry index."""
    occs = [o for o in find_occurrences(report) if 0 <= o.entry < len(report.glossary)]
    occs.sort(key=lambda o: (o.start, o.end))
    return occs
