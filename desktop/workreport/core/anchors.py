"""Note anchors after the W3C Web Annotation model, and re-anchoring.

An anchor keeps a TextQuoteSelector (exact, prefix, suffix) and a
TextPositionSelector (start, end) on Report.text. When a document changes
(edited copy, new parser version) `reanchor` places the note again:

1. position: the quote still sits at the old offsets;
2. exact: the quote occurs elsewhere — the occurrence whose context agrees
   best, then the one nearest the old position;
3. fuzzy: approximate matching of the quote (edit distance), with candidates
   seeded from the context and quote pieces, ranked by context and position;
4. orphan: nothing close enough; the caller keeps the note with its quote.

Comparisons run on `textnorm.fold`ed text, which has the same length as the
original, so offsets found in folded text are valid in Report.text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .textnorm import fold

CONTEXT = 32  # characters of prefix/suffix stored with a quote

POSITION, EXACT, FUZZY, ORPHAN = "position", "exact", "fuzzy", "orphan"
MAX_ERROR = 0.25  # fuzzy: at most this share of the quote may differ
MAX_CANDIDATES = 64


@dataclass(frozen=True)
class Anchor:
    """TextQuoteSelector + TextPositionSelector for one span of Report.text."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    def selectors(self) -> list[dict]:
        return [
            {"type": "TextQuoteSelector", "exact": self.exact, "prefix": self.prefix, "suffix": self.suffix},
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]

    @classmethod
    def from_selectors(cls, selectors) -> Anchor:
        """Read a W3C selector list (either selector may be missing)."""
        if isinstance(selectors, dict):
            selectors = [selectors]
        quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
        pos = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
        if quote is None and pos is None:
            raise ValueError("annotation target has neither a TextQuoteSelector nor a TextPositionSelector")
        exact = (quote or {}).get("exact", "")
        start = int(pos["start"]) if pos else -1
        end = int(pos["end"]) if pos else -1
        if pos and not exact:
            raise ValueError("TextPositionSelector alone cannot be re-anchored")
        return cls(exact, (quote or {}).get("prefix", ""), (quote or {}).get("suffix", ""), start, end)


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    method: str  # POSITION, EXACT, FUZZY or ORPHAN

    @property
    def orphan(self) -> bool:
        return self.method == ORPHAN


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad span {start}..{end} for a text of {len(text)} characters")
    return Anchor(text[start:end], text[max(0, start - context):start], text[end:end + context], start, end)


def anchor_to(text: str, placement: Placement, old: Anchor) -> Anchor:
    """The anchor for `placement` in `text` (the old one if orphaned)."""
    if placement.orphan:
        return old
    return make_anchor(text, placement.start, placement.end, max(len(old.prefix), len(old.suffix), CONTEXT))


class Anchorer:
    """Re-anchors many notes against one text; folds the text once, when a note first needs it."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def folded(self) -> str:
        # notes still on the text they were made on never need it: opening them skips the fold
        return fold(self.text)

    def reanchor(self, anchor: Anchor) -> Placement:
        n = len(anchor.exact)
        if n and 0 <= anchor.start and self.text[anchor.start:anchor.start + n] == anchor.exact:
            # the usual case, a note on the text it was made on: no folding (fold keeps lengths)
            return Placement(anchor.start, anchor.start + n, POSITION)
        exact = fold(anchor.exact)
        if not exact:
            return Placement(anchor.start, anchor.end, ORPHAN)
        n = len(exact)
        if 0 <= anchor.start and self.folded[anchor.start:anchor.start + n] == exact:
            return Placement(anchor.start, anchor.start + n, POSITION)
        found = self._exact(anchor, exact)
        if found is not None:
            return Placement(found, found + n, EXACT)
        fuzzy = self._fuzzy(anchor, exact)
        if fuzzy is not None:
            return Placement(fuzzy[0], fuzzy[1], FUZZY)
        return Placement(anchor.start, anchor.end, ORPHAN)

    # -- exact ---------------------------------------------------------------

    def _occurrences(self, needle: str, limit: int = 10_000):
        i = self.folded.find(needle)
        while i >= 0 and limit:
            yield i
            limit -= 1
            i = self.folded.find(needle, i + 1)

    def _context_score(self, start: int, end: int, anchor: Anchor) -> int:
        """How many characters of prefix (backwards) and suffix (forwards) agree."""
        t = self.folded
        prefix, suffix = fold(anchor.prefix), fold(anchor.suffix)
        score = 0
        for k in range(1, len(prefix) + 1):
            if start - k < 0 or t[start - k] != prefix[-k]:
                break
            score += 1
        for k in range(len(suffix)):
            if end + k >= len(t) or t[end + k] != suffix[k]:
                break
            score += 1
        return score

    def _exact(self, anchor: Anchor, exact: str):
        best, best_key = None, None
        hint = max(anchor.start, 0)
        for i in self._occurrences(exact):
            key = (-self._context_score(i, i + len(exact), anchor), abs(i - hint))
            if best_key is None or key < best_key:
                best, best_key = i, key
        return best

    # -- fuzzy ---------------------------------------------------------------

    def _seeds(self, anchor: Anchor, exact: str):
        """Candidate start offsets of the quote: from its context and its pieces."""
        n = len(exact)
        prefix, suffix = fold(anchor.prefix), fold(anchor.suffix)
        if len(prefix) >= 4:
            for p in (prefix[-12:], prefix[-6:]):
                for i in self._occurrences(p, 200):
                    yield i + len(p)
        if len(suffix) >= 4:
            for s in (suffix[:12], suffix[:6]):
                for i in self._occurrences(s, 200):
                    yield i - n
        piece = max(3, n // 5)
        if n >= 2 * piece:
            for off in range(0, n - piece + 1, piece):
                for i in self._occurrences(exact[off:off + piece], 200):
                    yield i - off

    def _snap(self, start: int, end: int, anchor: Anchor, slack: int) -> tuple[int, int]:
        """Move the edges of an approximate match to where the stored context ends/begins.

        Edit distance alone may prefer a shorter span ("乡振兴" for "乡村振兴" edited
        to "城乡振兴"); the prefix and suffix say where the quote really starts and ends.
        """
        t = self.folded
        prefix, suffix = fold(anchor.prefix)[-8:], fold(anchor.suffix)[:8]
        if len(prefix) >= 2:
            lo = max(len(prefix), start - slack)
            for q in sorted(range(lo, min(end, start + slack + 1)), key=lambda q: abs(q - start)):
                if t[q - len(prefix):q] == prefix:
                    start = q
                    break
        if len(suffix) >= 2:
            near = range(max(start + 1, end - slack), min(len(t), end + slack) + 1)
            for q in sorted(near, key=lambda q: abs(q - end)):
                if t[q:q + len(suffix)] == suffix:
                    end = q
                    break
        return start, end

    def _fuzzy(self, anchor: Anchor, exact: str):
        n = len(exact)
        budget = int(n * MAX_ERROR)
        if budget < 1 and not (anchor.prefix and anchor.suffix):
            return None
        hint = max(anchor.start, 0)
        seeds = sorted(set(self._seeds(anchor, exact)), key=lambda s: abs(s - hint))[:MAX_CANDIDATES]
        slack = max(4, budget + 2)
        best, best_key = None, None
        seen = set()
        for seed in seeds:
            lo = max(0, seed - slack)
            hi = min(len(self.folded), seed + n + slack)
            if (lo, hi) in seen:
                continue
            seen.add((lo, hi))
            hit = _best_substring(exact, self.folded[lo:hi])
            if hit is None:
                continue
            dist, s, e = hit
            start, end = self._snap(lo + s, lo + e, anchor, slack)
            if (start, end) != (lo + s, lo + e):
                dist = _distance(exact, self.folded[start:end])
            context = self._context_score(start, end, anchor)
            # A short quote needs its context to agree as well, or any near-match would do.
            agrees = context >= min(8, len(anchor.prefix) + len(anchor.suffix))
            if dist > budget and not (dist <= max(1, n // 2) and agrees):
                continue
            key = (dist - context / 8, abs(start - hint))
            if best_key is None or key < best_key:
                best, best_key = (start, end), key
        return best


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (short strings only)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _best_substring(pattern: str, text: str):
    """(edit distance, start, end) of the substring of `text` closest to `pattern`.

    Sellers' algorithm: edit distance with a free start and end in `text`.
    Called only on short windows around candidate seeds.
    """
    m = len(pattern)
    if not text:
        return None
    col = list(range(m + 1))  # distances for the empty text prefix
    starts = [0] * (m + 1)
    best = (col[m], 0, 0)
    for j, ch in enumerate(text, 1):
        prev_diag, prev_start_diag = col[0], starts[0]
        col[0], starts[0] = 0, j  # a match may start anywhere
        for i in range(1, m + 1):
            up, up_start = col[i], starts[i]
            cost = prev_diag + (pattern[i - 1] != ch)
            cost_start = prev_start_diag
            if col[i - 1] + 1 < cost:
                cost, cost_start = col[i - 1] + 1, starts[i - 1]
            if up + 1 < cost:
                cost, cost_start = up + 1, up_start
            prev_diag, prev_start_diag = up, up_start
            col[i], starts[i] = cost, cost_start
        if col[m] < best[0]:
            best = (col[m], starts[m], j)
    return best


def reanchor(text: str, anchor: Anchor) -> Placement:
    return Anchorer(text).reanchor(anchor)
