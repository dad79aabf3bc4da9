"""Which highlights are already placed on a document's text, so opening it again re-anchors nothing.

Once a document has been opened, every highlight that is not an orphan sits at its stored
offsets in that text: highlights are made on it, imports place theirs before storing them, and
re-anchoring saves the new places. What the stored rows cannot say is which of them are orphans
(kept at their old offsets) and which were added since the last check. This cache says it, per
(document id, text digest): the highest highlight id checked on that text and the orphans among
them. A new digest (an edited file, adopted notes) misses, and everything is re-anchored once.

It lives beside the notes file (`<store>.placements`, JSON, private to the user). A missing or
unreadable cache is only slower: the notes are re-anchored and the cache is written again.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from .notes_store import Store

log = logging.getLogger(__name__)

SUFFIX = ".placements"
FORMAT = 1  # bump when the meaning of an entry changes: older caches are then ignored


@dataclass(frozen=True)
class Checked:
    """Highlights with id <= checked_upto have been placed on the text with this digest.

    orphans: id -> the (start, end) it kept; a row with that id elsewhere is a newer highlight
    that reused a purged id, made on this text.
    """

    digest: str
    checked_upto: int
    orphans: dict[int, tuple[int, int]]

    def is_orphan(self, highlight_id: int, start: int, end: int) -> bool:
        return self.orphans.get(highlight_id) == (start, end)


def cache_file(store: Store) -> Path:
    return store.path.with_name(store.path.name + SUFFIX)


def _read_all(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.info("placement cache %s ignored: %s", path, exc)
        return {}
    return data.get("documents", {}) if isinstance(data, dict) and data.get("format") == FORMAT else {}


def load(store: Store, document_id: int, digest: str) -> Checked | None:
    """The cached check of this document on the text with `digest`, or None."""
    entry = _read_all(cache_file(store)).get(str(document_id))
    try:
        cached_digest, upto, orphans = entry  # type: ignore[misc]  # checked just below
        if cached_digest != digest or not isinstance(upto, int):
            return None
        return Checked(cached_digest, upto, {int(i): (int(s), int(e)) for i, s, e in orphans})
    except (TypeError, ValueError):
        return None


def save(store: Store, document_id: int, checked: Checked) -> None:
    """Remember a check (written atomically, mode 0600); a read-only store writes nothing."""
    if store.read_only:
        return
    path = cache_file(store)
    documents = _read_all(path)
    orphans = [[i, s, e] for i, (s, e) in sorted(checked.orphans.items())]
    documents[str(document_id)] = [checked.digest, checked.checked_upto, orphans]
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"format": FORMAT, "documents": documents}, f)
        os.replace(tmp, path)
    except OSError as exc:  # only slower next time
        log.warning("placement cache %s not written: %s", path, exc)
        tmp.unlink(missing_ok=True)
