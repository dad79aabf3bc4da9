"""Plain records returned by the store (no sqlite rows leak out)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.anchors import Anchor


@dataclass(frozen=True)
class Document:
    id: int
    digest: str
    path: str
    title: str
    opened_at: str


@dataclass(frozen=True)
class Highlight:
    """A highlighted span, optionally with a note; on a target it may carry a status."""

    id: int
    uuid: str
    document_id: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    colour: str
    note: str
    note_format: str  # "text" or "markdown"
    target: str  # target id when the note is about a target row, else ""
    status: str | None
    tags: tuple[str, ...]
    created: str
    updated: str
    deleted: bool = False

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.exact, self.prefix, self.suffix, self.start, self.end)


@dataclass(frozen=True)
class Bookmark:
    """A bookmark on an outline entry, a paragraph or a target row."""

    id: int
    uuid: str
    document_id: int
    kind: str  # "outline", "paragraph" or "target"
    ref: str  # block ref (§3(1)¶2) or target id
    label: str
    start: int
    exact: str
    prefix: str
    suffix: str
    created: str
    updated: str
    deleted: bool = False

    @property
    def anchor(self) -> Anchor | None:
        if not self.exact:
            return None
        return Anchor(self.exact, self.prefix, self.suffix, self.start, self.start + len(self.exact))

