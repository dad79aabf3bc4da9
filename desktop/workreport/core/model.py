"""The document model: what the parser produces and every other part reads."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .kinds import BlockKind, NodeKind
from .sha import sha256_hex  # not hashlib: OpenSSL costs 4 MB at start-up

# Short names the parser and its readers use (outline node kinds, outermost first; block kinds).
PART, SECTION, ITEM, SUBITEM, CIRCLED, TOPIC = NodeKind
TITLE, FRONT, HEADING, PARAGRAPH, GLOSSARY_HEADING, GLOSSARY_ENTRY, CLOSING = BlockKind


@dataclass
class Block:
    """One displayed paragraph. `start` is its offset in Report.text."""

    index: int
    kind: str
    text: str
    start: int
    ref: str = ""  # stable reference, e.g. §3(1)¶2
    lead: int = 0  # length of the bold lead (topic sentence or run-on heading), 0 if none
    node: OutlineNode | None = None  # the outline node this block belongs to (innermost)
    level: int = 0  # heading level for HEADING blocks

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def section(self) -> OutlineNode | None:
        """The outline entry that encloses this paragraph: its innermost node that is not a topic."""
        return enclosing_section(self.node)


def enclosing_section(node: OutlineNode | None) -> OutlineNode | None:
    """`node` itself, or the nearest ancestor of it, that is a heading rather than a topic sentence."""
    while node is not None and node.kind == NodeKind.TOPIC:
        node = node.parent
    return node


@dataclass
class OutlineNode:
    kind: str
    label: str  # numbering as printed, without the trailing 、/./．
    title: str
    block: int  # index of the block where the heading is
    children: list[OutlineNode] = field(default_factory=list)
    parent: OutlineNode | None = field(default=None, repr=False)
    path: str = ""  # e.g. "3(1)" — used in stable references

    def lineage(self) -> list[OutlineNode]:
        """This node and its ancestors, outermost first."""
        chain, node = [], self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def to_dict(self) -> dict:
        return {"kind": self.kind, "label": self.label, "title": self.title,
                "children": [c.to_dict() for c in self.children]}


@dataclass
class GlossaryEntry:
    term: str
    definition: str
    number: str = ""  # the entry's marker as printed, e.g. "1" or "35"
    block: int = -1

    def to_dict(self) -> dict:
        return {"term": self.term, "definition": self.definition}


@dataclass
class Metadata:
    title: str = ""
    issuer: str = ""
    doc_number: str = ""
    notice_date: str = ""
    meeting: str = ""
    date: str = ""  # delivery date, ISO when it could be read
    speaker: str = ""
    office: str = ""

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Report:
    metadata: Metadata
    blocks: list[Block]
    outline: list[OutlineNode]
    glossary: list[GlossaryEntry]
    text: str  # the normalised text: blocks joined by "\n"; offsets everywhere refer to it
    source: str = ""  # path it was read from, if any
    fmt: str = "text"
    warnings: list[str] = field(default_factory=list)  # what loading repaired (bad bytes, NULs), for the user

    def nodes(self):
        for root in self.outline:
            yield from root.walk()

    # Both caches remember what they were computed from, so a report whose blocks or text are
    # replaced never answers from a stale cache.
    _starts: tuple[list[Block] | None, list[int]] = field(default=(None, []), init=False, repr=False, compare=False)
    _digest: tuple[str | None, str] = field(default=(None, ""), init=False, repr=False, compare=False)

    def block_at(self, offset: int) -> Block | None:
        blocks, starts = self._starts
        if blocks is not self.blocks or len(starts) != len(self.blocks):
            starts = [b.start for b in self.blocks]
            self._starts = (self.blocks, starts)
        i = bisect.bisect_right(starts, offset) - 1
        return self.blocks[i] if i >= 0 else None

    def section_at(self, offset: int) -> OutlineNode | None:
        """The outline entry (never a topic sentence) enclosing a text offset, or None in the front matter."""
        block = self.block_at(offset)
        return block.section if block is not None else None

    @property
    def digest(self) -> str:
        """SHA-256 of the text, computed once per text."""
        text, value = self._digest
        if text is not self.text:
            value = sha256_hex(self.text.encode("utf-8"))
            self._digest = (self.text, value)
        return value

    def to_dict(self) -> dict:
        return {"metadata": self.metadata.to_dict(), "outline": [n.to_dict() for n in self.outline]}
