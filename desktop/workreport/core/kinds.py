"""The named kinds and statuses every layer shares, as enums instead of string literals.

They are `StrEnum`s: a member equals its value ("part" == NodeKind.PART), formats as it, and is
written to JSON, CSV and SQLite as that value, so stored data and exports keep their spelling.
"""

from __future__ import annotations

from enum import StrEnum


class NodeKind(StrEnum):
    """Outline entries, outermost first."""

    PART = "part"
    SECTION = "section"
    ITEM = "item"
    SUBITEM = "subitem"
    CIRCLED = "circled"
    TOPIC = "topic"


class BlockKind(StrEnum):
    """Displayed paragraphs."""

    TITLE = "title"
    FRONT = "front"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    GLOSSARY_HEADING = "glossary_heading"
    GLOSSARY_ENTRY = "glossary_entry"
    CLOSING = "closing"


class RecordKind(StrEnum):
    """A number the report sets for the future, or one it states as done."""

    TARGET = "target"
    RESULT = "result"


class NoteKind(StrEnum):
    """What a row of the notes panel is: a highlight without text, a highlight with a note, a bookmark."""

    HIGHLIGHT = "highlight"
    NOTE = "note"
    BOOKMARK = "bookmark"


class NoteStatus(StrEnum):
    """How a note on a target judges it (a highlight's status)."""

    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    ACHIEVED = "achieved"
    MISSED = "missed"
    UNKNOWN = "unknown"


class BookmarkKind(StrEnum):
    """What a bookmark points at: a paragraph, an outline entry's heading, or a target record."""

    PARAGRAPH = "paragraph"
    OUTLINE = "outline"
    TARGET = "target"
