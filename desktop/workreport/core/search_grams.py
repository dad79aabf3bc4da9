"""The library's search grams: the distinct 1- and 2-character grams of a text.

Each report gets a "grams document": its distinct unigrams and bigrams,
space-separated, indexed by FTS5's unicode61 tokenizer (a trigram index cannot
answer queries under three characters). The candidates a query gets are a
superset (case and punctuation are folded away, and without positions a long
query is only the AND of its bigrams); the store checks each by substring.
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def grams_document(text: str) -> str:
    grams: set[str] = set()
    for chunk in _SPACE.split(text):  # grams never span white space
        grams.update(chunk)
        grams.update(map(str.__add__, chunk, chunk[1:]))
    grams.discard("")
    return " ".join(grams)


def _token_bearing(gram: str) -> bool:
    """Whether the tokenizer keeps anything of the gram (letters, digits, CJK)."""
    return any(ch.isalnum() for ch in gram)


def grams_query(query: str) -> str:
    """FTS5 MATCH text for the grams table, "" when the index cannot narrow the query (scan then).

    1–2 characters: the query is one gram. Longer: every bigram must be there (detail=none
    has no positions, so this proposes candidates; the store checks the substring).
    """
    grams = [query] if len(query) <= 2 else sorted({query[i:i + 2] for i in range(len(query) - 1)})
    grams = [g for g in grams if _token_bearing(g)]
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)
