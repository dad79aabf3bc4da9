"""Notes in and out: Markdown for reading, W3C Web Annotation JSON for exchange.

Works on plain records (duck-typed: the store's Highlight/Bookmark, or
anything with the same attributes), so core does not depend on the store.
One AnnotationCollection per document; annotation ids are `urn:uuid:` ids
that stay the same across exports, which makes importing idempotent.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .anchors import Anchor, Placement
from .kinds import BookmarkKind, NoteKind, NoteStatus
from .model import Report
from .numerals import is_circled

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
VOCAB = "workreport"  # prefix of our own properties (colour, status, target, bookmark kind and ref)
CONTEXT = [W3C_CONTEXT, {VOCAB: "urn:workreport:vocab#"}]
STATUS_LABELS = {NoteStatus.NOT_STARTED: "not started", NoteStatus.ON_TRACK: "on track",
                 NoteStatus.ACHIEVED: "achieved", NoteStatus.MISSED: "missed", NoteStatus.UNKNOWN: "unknown"}


# -- ids -----------------------------------------------------------------------

def annotation_id(uuid: str) -> str:
    """`urn:uuid:…` for our 32-hex ids; ids that came from elsewhere are kept as they are."""
    if re.fullmatch(r"[0-9a-f]{32}", uuid):
        return f"urn:uuid:{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:]}"
    return uuid


def uuid_from_id(ident: str) -> str:
    if ident.lower().startswith("urn:uuid:"):
        return ident[9:].replace("-", "").lower()
    return ident


# -- W3C JSON out -------------------------------------------------------------------

def highlight_annotation(h, digest: str) -> dict:
    bodies = []
    if h.note:
        bodies.append({"type": "TextualBody", "value": h.note, "purpose": "commenting",
                       "format": "text/markdown" if h.note_format == "markdown" else "text/plain"})
    bodies += [{"type": "TextualBody", "value": t, "purpose": "tagging"} for t in h.tags]
    anno = {
        "id": annotation_id(h.uuid), "type": "Annotation",
        "motivation": "commenting" if h.note else "highlighting",
        "created": h.created, "modified": h.updated,
        "target": {"source": f"urn:sha256:{digest}", "styleClass": h.colour,
                   "selector": Anchor(h.exact, h.prefix, h.suffix, h.start, h.end).selectors()},
    }
    if bodies:
        anno["body"] = bodies
    if h.target:
        anno[f"{VOCAB}:target"] = h.target
    if h.status:
        anno[f"{VOCAB}:status"] = h.status
    return anno


def bookmark_annotation(b, digest: str) -> dict:
    target: dict[str, object] = {"source": f"urn:sha256:{digest}"}
    if b.exact:
        target["selector"] = Anchor(b.exact, b.prefix, b.suffix, b.start, b.start + len(b.exact)).selectors()
    anno = {"id": annotation_id(b.uuid), "type": "Annotation", "motivation": "bookmarking",
            "created": b.created, "modified": b.updated, "target": target,
            f"{VOCAB}:kind": b.kind, f"{VOCAB}:ref": b.ref}
    if b.label:
        anno["body"] = [{"type": "TextualBody", "value": b.label, "purpose": "describing"}]
    return anno


def collection_head(report: Report, total: int) -> dict:
    """The AnnotationCollection without its page of items."""
    digest = report.digest
    return {
        "@context": CONTEXT,
        "id": f"urn:workreport:notes:{digest}",
        "type": "AnnotationCollection",
        "label": _cited_title(report),
        "total": total,
        f"{VOCAB}:digest": digest,
        f"{VOCAB}:source": report.source,
    }


def _cited_title(report: Report) -> str:
    from .citation import report_title

    return report_title(report)


def to_collection(report: Report, highlights, bookmarks=()) -> dict:
    digest = report.digest
    items = [bookmark_annotation(b, digest) for b in bookmarks] + [highlight_annotation(h, digest) for h in highlights]
    return collection_head(report, len(items)) | {
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}}


def dumps(collection: dict) -> str:
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def write_collection(out, report: Report, highlights, bookmarks=(), total: int | None = None) -> int:
    """Stream the collection to the text file `out`, one annotation at a time; returns the number written.

    Same JSON as dumps(to_collection(...)), but `highlights` may be an iterator over
    a large store: only one annotation is in memory at a time. `total` must be
    given when `highlights` is not a sized collection.
    """
    bookmarks = list(bookmarks)
    if total is None:
        total = len(bookmarks) + len(highlights)
    digest = report.digest
    head = json.dumps(collection_head(report, total), ensure_ascii=False, indent=2)
    out.write(head[:-2] + ',\n  "first": {\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [')
    n = 0
    annotations = itertools.chain((bookmark_annotation(b, digest) for b in bookmarks),
                                  (highlight_annotation(h, digest) for h in highlights))
    for anno in annotations:
        text = json.dumps(anno, ensure_ascii=False, indent=2).replace("\n", "\n      ")
        out.write(("," if n else "") + "\n      " + text)
        n += 1
    out.write("\n    ]\n  }\n}\n" if n else "]\n  }\n}\n")
    if n != total:
        raise ValueError(f"wrote {n} annotations but announced {total}")
    return n


# -- W3C JSON in ---------------------------------------------------------------------

class AnnotationError(ValueError):
    """One annotation cannot be imported; str(e) says why, for the user."""


@dataclass
class Incoming:
    """One annotation read from JSON, ready to be placed and stored."""

    uuid: str
    kind: NoteKind  # HIGHLIGHT or BOOKMARK (a highlight with a note is a HIGHLIGHT here)
    anchor: Anchor | None
    created: str = ""
    modified: str = ""
    colour: str = "yellow"
    note: str = ""
    note_format: str = "text"
    tags: list[str] = field(default_factory=list)
    target: str = ""
    status: str | None = None
    bookmark_kind: str = ""
    ref: str = ""
    label: str = ""
    index: int = 0  # 1-based position in the file, to name it in messages


@dataclass(frozen=True)
class Skipped:
    """An annotation that was not imported, and why."""

    index: int  # 1-based position in the file
    ident: str  # its id, if it had a usable one
    reason: str

    def message(self) -> str:
        name = f"annotation {self.index}" + (f" ({self.ident})" if self.ident else "")
        return f"{name}: {self.reason}"


def read_annotations(data) -> tuple[list[Incoming], list[Skipped]]:
    """Annotations from a collection, a page, a list or a single annotation.

    Each annotation is checked on its own: the good ones come back as Incoming,
    the others as Skipped with the reason. A document that is not W3C JSON at
    all raises ValueError.
    """
    good, bad = [], []
    for i, anno in enumerate(_items(data), 1):
        try:
            item = _incoming(anno)
        except AnnotationError as exc:
            ident = anno.get("id") if isinstance(anno, dict) else None
            bad.append(Skipped(i, ident if isinstance(ident, str) else "", str(exc)))
            continue
        item.index = i
        good.append(item)
    return good, bad


def read_collection(data) -> list[Incoming]:
    """Like read_annotations, but the first bad annotation raises ValueError."""
    good, bad = read_annotations(data)
    if bad:
        raise ValueError(bad[0].message())
    return good


def _items(data) -> list:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ValueError("not a W3C Web Annotation document (neither an object nor a list)")
    kind = data.get("type")
    if _is_type(kind, "Annotation"):
        return [data]
    if _is_type(kind, "AnnotationPage"):
        return _page_items(data)
    if _is_type(kind, "AnnotationCollection"):
        items, page = [], data.get("first")
        if isinstance(page, str):
            raise ValueError("the collection's pages are links, not included in the file; "
                             "export it with its pages embedded")
        while isinstance(page, dict):
            items += _page_items(page)
            page = page.get("next") if isinstance(page.get("next"), dict) else None
        return items + _page_items(data)
    raise ValueError(f"not a W3C Web Annotation document (type {kind!r})")


def _page_items(page: dict) -> list:
    items = page.get("items", [])
    if not isinstance(items, list):
        raise ValueError(f"'items' must be a list, not {_kind(items)}")
    return items


def _is_type(value, name: str) -> bool:
    names = value if isinstance(value, list) else [value]
    return any(isinstance(v, str) and v.split(":")[-1] == name for v in names)


def _kind(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    return {int: "a number", float: "a number", list: "a list", dict: "an object", type(None): "null"}.get(
        type(value), type(value).__name__)


def _text(value, what: str, default: str = "") -> str:
    if value is None:
        return default
    if isinstance(value, str):
        return value
    raise AnnotationError(f"{what} must be a string, not {_kind(value)}")


def _int(value, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise AnnotationError(f"{what} must be a whole number, not {_kind(value)}")
    try:
        number = int(value)
    except (ValueError, OverflowError):
        raise AnnotationError(f"{what} must be a whole number, not {value!r}") from None
    if number != value and not isinstance(value, str) or number < 0:
        raise AnnotationError(f"{what} must be a whole number ≥ 0, not {value!r}")
    return number


def _time(value, what: str) -> str:
    """An ISO 8601 time; numbers (Unix seconds, or milliseconds) are converted."""
    if value is None or isinstance(value, str):
        return value or ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AnnotationError(f"{what} must be a date and time, not {_kind(value)}")
    seconds = value / 1000 if abs(value) >= 1e11 else value  # 1e11 s is the year 5138: it is milliseconds
    try:
        stamp = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise AnnotationError(f"{what} {value!r} is not a usable time") from None
    return stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _selectors(target: dict) -> Anchor | None:
    raw = target.get("selector")
    if raw is None:
        return None
    raw = [raw] if isinstance(raw, dict) else raw
    if not isinstance(raw, list):
        raise AnnotationError(f"target.selector must be an object or a list, not {_kind(raw)}")
    selectors = []
    for sel in raw:
        if not isinstance(sel, dict):
            raise AnnotationError(f"a selector must be an object, not {_kind(sel)}")
        kind = sel.get("type")
        if kind == "TextQuoteSelector":
            selectors.append({"type": kind, **{k: _text(sel.get(k), f"TextQuoteSelector.{k}")
                                               for k in ("exact", "prefix", "suffix")}})
        elif kind == "TextPositionSelector":
            start, end = _int(sel.get("start"), "TextPositionSelector.start"), _int(sel.get("end"),
                                                                                    "TextPositionSelector.end")
            if end < start:
                raise AnnotationError(f"TextPositionSelector ends ({end}) before it starts ({start})")
            selectors.append({"type": kind, "start": start, "end": end})
    if not selectors:
        return None
    try:
        return Anchor.from_selectors(selectors)
    except (KeyError, TypeError, ValueError) as exc:
        raise AnnotationError(str(exc)) from None


def _target(anno: dict) -> dict:
    target = anno.get("target")
    if isinstance(target, list):  # several targets: the first that selects text
        dicts = [t for t in target if isinstance(t, dict)]
        target = next((t for t in dicts if t.get("selector") is not None), dicts[0] if dicts else {})
    if isinstance(target, str) or target is None:  # a link to a whole document: no place in it
        return {}
    if not isinstance(target, dict):
        raise AnnotationError(f"target must be an object, a list or a link, not {_kind(target)}")
    return target


def _bodies(anno: dict) -> list[tuple[list[str], str, str]]:
    """(purposes, text, format) of every body the W3C model allows: bodyValue, and body as a
    string, an object (typed or not, TextualBody, Choice, a linked resource) or a list of those."""
    out = []
    if anno.get("bodyValue") is not None:
        out.append(([], _text(anno["bodyValue"], "bodyValue"), "text/plain"))
    body = anno.get("body")
    for b in body if isinstance(body, list) else ([] if body is None else [body]):
        out += _body(b)
    return [x for x in out if x[1]]


def _body(b, depth: int = 0) -> list[tuple[list[str], str, str]]:
    if isinstance(b, str):  # a body given as a bare string: keep it as text, never drop it
        return [([], b, "")]
    if not isinstance(b, dict):
        raise AnnotationError(f"a body must be an object or a string, not {_kind(b)}")
    purpose = b.get("purpose")
    purposes = purpose if isinstance(purpose, list) else ([] if purpose is None else [purpose])
    purposes = [_text(p, "body.purpose") for p in purposes]
    if _is_type(b.get("type"), "Choice") and depth < 4:  # alternatives: the first one stands for all
        items = b.get("items")
        if not isinstance(items, list):
            raise AnnotationError(f"a Choice body needs a list of items, not {_kind(items)}")
        return [(purposes or p, text, fmt) for p, text, fmt in (_body(items[0], depth + 1) if items else [])]
    fmt = _text(b.get("format"), "body.format")
    if "value" in b:
        return [(purposes, _text(b["value"], "body.value"), fmt)]
    if "bodyValue" in b:
        return [(purposes, _text(b["bodyValue"], "body.bodyValue"), fmt)]
    link = b.get("id") or b.get("source")  # a body that is a linked resource: keep the link
    return [(purposes, _text(link, "body.id"), fmt)] if link else []


def _incoming(anno) -> Incoming:
    if not isinstance(anno, dict):
        raise AnnotationError(f"an annotation must be an object, not {_kind(anno)}")
    if not _is_type(anno.get("type"), "Annotation"):
        raise AnnotationError("type is not 'Annotation'")
    target = _target(anno)
    anchor = _selectors(target)
    bodies = _bodies(anno)
    ident = anno.get("id")
    if isinstance(ident, (int, float)) and not isinstance(ident, bool):
        ident = str(ident)
    ident = _text(ident, "id") or _content_id(anno)
    uuid = uuid_from_id(ident)
    created = _time(anno.get("created"), "created")
    modified = _time(anno.get("modified"), "modified") or created
    notes = [(text, fmt) for purposes, text, fmt in bodies if "tagging" not in purposes]
    text = "\n\n".join(t for t, _ in notes)  # several note bodies: all kept
    motivation = anno.get("motivation")
    motivations = motivation if isinstance(motivation, list) else [motivation]
    if "bookmarking" in motivations:
        return Incoming(uuid, NoteKind.BOOKMARK, anchor, created, modified,
                        bookmark_kind=_text(anno.get(f"{VOCAB}:kind"), f"{VOCAB}:kind", BookmarkKind.PARAGRAPH),
                        ref=_text(anno.get(f"{VOCAB}:ref"), f"{VOCAB}:ref"), label=text)
    if anchor is None or not anchor.exact:
        raise AnnotationError("a highlight needs a TextQuoteSelector with the quoted text")
    fmt = "markdown" if notes and notes[0][1] == "text/markdown" else "text"
    tags = [text for purposes, text, _ in bodies if "tagging" in purposes]
    status = anno.get(f"{VOCAB}:status")
    return Incoming(uuid, NoteKind.HIGHLIGHT, anchor, created, modified,
                    colour=_text(target.get("styleClass"), "target.styleClass") or "yellow",
                    note=text, note_format=fmt, tags=tags,
                    target=_text(anno.get(f"{VOCAB}:target"), f"{VOCAB}:target"),
                    status=_text(status, f"{VOCAB}:status") if status is not None else None)


def _content_id(anno: dict) -> str:
    """A stable id for an annotation that has none, so re-importing it finds it again."""
    blob = json.dumps(anno, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return "urn:sha1:" + hashlib.sha1(blob).hexdigest()


# -- Markdown out ----------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!~])")


def md_escape(text: str) -> str:
    """Document text shown as text in Markdown: no markup, no HTML, no links."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def heading_text(node) -> str:
    """An outline node as printed: 三、标题 / (一)标题 / 1. 标题."""
    label = node.label
    if label.isdigit():
        label += ". "
    elif label and label[-1] not in ")）" and not is_circled(label[-1]):
        label += "、"
    return f"{label}{node.title}"


def to_markdown(report: Report, highlights, bookmarks=()) -> str:
    """highlights: (record, Placement) pairs; bookmarks: (record, Placement | None) pairs.

    Grouped by outline section in reading order; orphans (and bookmarks without a
    place) last, each with its quote so nothing is lost.
    """
    return "\n".join(markdown_lines(report, highlights, bookmarks))


def write_markdown(out, report: Report, highlights, bookmarks=()) -> None:
    """to_markdown written line by line to the text file `out` (no one large string)."""
    for i, line in enumerate(markdown_lines(report, highlights, bookmarks)):
        out.write(line if i == 0 else "\n" + line)


def markdown_lines(report: Report, highlights, bookmarks=()):
    from .citation import report_title, source  # the same naming as Copy with Citation

    src = source(report)
    yield from [f"# Notes: {md_escape(report_title(report))}", "",
                f"Source: {md_escape(src.issuer)}. {md_escape(src.title)}[R]."
                + (f" {src.year}." if src.year else ""), ""]
    placed, orphans = [], []
    for rec, p in bookmarks:
        (orphans if p is None or p.orphan else placed).append((p.start if p else -1, 0, NoteKind.BOOKMARK, rec, p))
    for rec, p in highlights:
        (orphans if p.orphan else placed).append((p.start, 1, NoteKind.HIGHLIGHT, rec, p))
    placed.sort(key=lambda x: (x[0], x[1], x[3].id))
    shown = []  # the heading chain currently open
    for start, _, kind, rec, p in placed:
        section = report.section_at(start)
        chain = section.lineage() if section is not None else []
        if not chain and shown != ["front"]:
            yield from ["## Front matter", ""]
            shown = ["front"]
        elif chain and chain != shown:
            common = 0
            while common < min(len(chain), len(shown)) and chain[common] is shown[common]:
                common += 1
            for depth, node in enumerate(chain[common:], common):
                yield from [f"{'#' * min(2 + depth, 6)} {md_escape(heading_text(node))}", ""]
            shown = chain
        yield from _item(report, kind, rec, p)
    if orphans:
        yield from ["## Orphaned notes", "",
                    "These could not be placed in the current text; their quotes are kept.", ""]
        for _, _, kind, rec, p in sorted(orphans, key=lambda x: x[3].id):
            yield from _item(report, kind, rec, p)
    if not placed and not orphans:
        yield from ["No notes yet.", ""]


def _item(report: Report, kind: NoteKind, rec, p: Placement | None) -> list[str]:
    if kind == NoteKind.BOOKMARK:
        ref = rec.ref
        if p is not None and not p.orphan and rec.kind != BookmarkKind.TARGET:
            block = report.block_at(p.start)
            ref = block.ref if block else ref
        head = f"- 🔖 **{md_escape(ref)}** bookmark" + (f": {md_escape(rec.label)}" if rec.label else "")
        out = [head]
        if rec.exact:
            out.append(f"  > {md_escape(rec.exact)}…")
        return out + [""]
    block = report.block_at(p.start) if p is not None and not p.orphan else None
    ref = block.ref if block is not None else "orphaned"
    bits = [f"**{md_escape(ref)}**", rec.colour]
    if rec.target:
        bits.append(f"target {md_escape(rec.target)}")
    if rec.status:
        bits.append(f"status: {STATUS_LABELS.get(rec.status, rec.status)}")
    out = ["- " + " · ".join(bits), f"  > {md_escape(rec.exact)}"]
    if rec.note:
        note = rec.note if rec.note_format == "markdown" else md_escape(rec.note)
        out += [""] + ["  " + line if line else "" for line in note.splitlines()]
    if rec.tags:
        out += ["", "  Tags: " + " ".join(f"`{t.replace('`', '')}`" for t in rec.tags)]
    return out + [""]
