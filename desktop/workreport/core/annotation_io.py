"""Notes in and out: Markdown for reading, W3C Web Annotation JSON for exchange.

Works on plain records (duck-typed: the store's Highlight/Bookmark, or
anything with the same attributes), so core does not depend on the store.
One AnnotationCollection per document; annotation ids are `urn:uuid:` ids
that stay the same across exports, which makes importing idempotent.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from .anchors import Anchor, Placement
from .model import TOPIC, Report

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
VOCAB = "workreport"  # prefix of our own properties (colour, status, target, bookmark kind and ref)
CONTEXT = [W3C_CONTEXT, {VOCAB: "urn:workreport:vocab#"}]
STATUS_LABELS = {"not_started": "not started", "on_track": "on track", "achieved": "achieved",
                 "missed": "missed", "unknown": "unknown"}


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
    target = {"source": f"urn:sha256:{digest}"}
    if b.exact:
        target["selector"] = Anchor(b.exact, b.prefix, b.suffix, b.start, b.start + len(b.exact)).selectors()
    anno = {"id": annotation_id(b.uuid), "type": "Annotation", "motivation": "bookmarking",
            "created": b.created, "modified": b.updated, "target": target,
            f"{VOCAB}:kind": b.kind, f"{VOCAB}:ref": b.ref}
    if b.label:
        anno["body"] = [{"type": "TextualBody", "value": b.label, "purpose": "describing"}]
    return anno


def to_collection(report: Report, highlights, bookmarks=()) -> dict:
    digest = report.digest
    items = [bookmark_annotation(b, digest) for b in bookmarks] + [highlight_annotation(h, digest) for h in highlights]
    return {
        "@context": CONTEXT,
        "id": f"urn:workreport:notes:{digest}",
        "type": "AnnotationCollection",
        "label": report.metadata.title or report.source,
        "total": len(items),
        f"{VOCAB}:digest": digest,
        f"{VOCAB}:source": report.source,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def dumps(collection: dict) -> str:
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


# -- W3C JSON in ---------------------------------------------------------------------

@dataclass
class Incoming:
    """One annotation read from JSON, ready to be placed and stored."""

    uuid: str
    kind: str  # "highlight" or "bookmark"
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


def read_collection(data) -> list[Incoming]:
    """Annotations from a collection, a page, a list or a single annotation."""
    items = _items(data)
    out = []
    for i, anno in enumerate(items, 1):
        try:
            out.append(_incoming(anno))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"annotation {i}: {exc}") from None
    return out


def _items(data):
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ValueError("not a W3C Web Annotation document")
    kind = data.get("type")
    if kind == "Annotation":
        return [data]
    if kind == "AnnotationPage":
        return list(data.get("items", []))
    if kind == "AnnotationCollection":
        items, page = [], data.get("first")
        while isinstance(page, dict):
            items += page.get("items", [])
            page = page.get("next") if isinstance(page.get("next"), dict) else None
        return items + list(data.get("items", []))
    raise ValueError(f"not a W3C Web Annotation document (type {kind!r})")


def _bodies(anno) -> list[dict]:
    body = anno.get("body", [])
    body = body if isinstance(body, list) else [body]
    return [b if isinstance(b, dict) else {"type": "TextualBody", "value": str(b)} for b in body]


def _incoming(anno: dict) -> Incoming:
    if anno.get("type") != "Annotation":
        raise ValueError("type is not 'Annotation'")
    target = anno.get("target")
    if isinstance(target, list):
        target = target[0] if target else {}
    if not isinstance(target, dict):
        target = {}
    selectors = target.get("selector")
    anchor = Anchor.from_selectors(selectors) if selectors else None
    bodies = _bodies(anno)
    ident = anno.get("id") or _content_id(anno)
    common = dict(uuid=uuid_from_id(str(ident)), anchor=anchor, created=anno.get("created", ""),
                  modified=anno.get("modified", "") or anno.get("created", ""))
    if anno.get("motivation") == "bookmarking":
        label = next((b.get("value", "") for b in bodies if b.get("purpose") in (None, "describing")), "")
        return Incoming(kind="bookmark", bookmark_kind=anno.get(f"{VOCAB}:kind", "paragraph"),
                        ref=anno.get(f"{VOCAB}:ref", ""), label=label, **common)
    if anchor is None:
        raise ValueError("a highlight needs a TextQuoteSelector")
    notes = [b for b in bodies if b.get("purpose", "commenting") in ("commenting", "describing")]
    note = notes[0].get("value", "") if notes else ""
    fmt = "markdown" if notes and notes[0].get("format") == "text/markdown" else "text"
    tags = [b.get("value", "") for b in bodies if b.get("purpose") == "tagging" and b.get("value")]
    return Incoming(kind="highlight", colour=target.get("styleClass") or "yellow", note=note, note_format=fmt,
                    tags=tags, target=anno.get(f"{VOCAB}:target", ""), status=anno.get(f"{VOCAB}:status"),
                    **common)


def _content_id(anno: dict) -> str:
    """A stable id for an annotation that has none, so re-importing it finds it again."""
    blob = json.dumps(anno, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return "urn:sha1:" + hashlib.sha1(blob).hexdigest()


# -- Markdown out ----------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!~])")


def md_escape(text: str) -> str:
    """Document text shown as text in Markdown: no markup, no HTML, no links."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _section(report: Report, offset: int):
    block = report.block_at(offset)
    node = block.node if block is not None else None
    while node is not None and node.kind == TOPIC:
        node = node.parent
    return node


def _chain(node):
    out = []
    while node is not None:
        out.append(node)
        node = node.parent
    return out[::-1]


def heading_text(node) -> str:
    """An outline node as printed: 三、标题 / (一)标题 / 1. 标题."""
    label = node.label
    if label.isdigit():
        label += ". "
    elif label and label[-1] not in ")）" and not "①" <= label[-1] <= "⑳":
        label += "、"
    return f"{label}{node.title}"


def to_markdown(report: Report, highlights, bookmarks=()) -> str:
    """highlights: (record, Placement) pairs; bookmarks: (record, Placement | None) pairs.

    Grouped by outline section in reading order; orphans (and bookmarks without a
    place) last, each with its quote so nothing is lost.
    """
    title = report.metadata.title or report.source or "Report"
    lines = [f"# Notes: {md_escape(title)}", ""]
    placed, orphans = [], []
    for rec, p in bookmarks:
        (orphans if p is None or p.orphan else placed).append((p.start if p else -1, 0, "bookmark", rec, p))
    for rec, p in highlights:
        (orphans if p.orphan else placed).append((p.start, 1, "highlight", rec, p))
    placed.sort(key=lambda x: (x[0], x[1], x[3].id))
    shown = []  # the heading chain currently open
    for start, _, kind, rec, p in placed:
        chain = _chain(_section(report, start))
        if not chain and shown != ["front"]:
            lines += ["## Front matter", ""]
            shown = ["front"]
        elif chain and chain != shown:
            common = 0
            while common < min(len(chain), len(shown)) and chain[common] is shown[common]:
                common += 1
            for depth, node in enumerate(chain[common:], common):
                lines += [f"{'#' * min(2 + depth, 6)} {md_escape(heading_text(node))}", ""]
            shown = chain
        lines += _item(report, kind, rec, p)
    if orphans:
        lines += ["## Orphaned notes", "", "These could not be placed in the current text; their quotes are kept.", ""]
        for _, _, kind, rec, p in sorted(orphans, key=lambda x: x[3].id):
            lines += _item(report, kind, rec, p)
    if not placed and not orphans:
        lines += ["No notes yet.", ""]
    return "\n".join(lines)


def _item(report: Report, kind: str, rec, p: Placement | None) -> list[str]:
    if kind == "bookmark":
        ref = rec.ref
        if p is not None and not p.orphan and rec.kind != "target":
            block = report.block_at(p.start)
            ref = block.ref if block else ref
        head = f"- 🔖 **{md_escape(ref)}** bookmark" + (f": {md_escape(rec.label)}" if rec.label else "")
        out = [head]
        if rec.exact:
            out.append(f"  > {md_escape(rec.exact)}…")
        return out + [""]
    block = report.block_at(p.start) if not p.orphan else None
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
