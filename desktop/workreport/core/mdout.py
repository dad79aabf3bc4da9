"""Write document paragraphs as the Markdown the report parser reads (the PDF and Word front ends).

The front ends describe what the document showed (headings, bold spans,
footnote references and footnotes); this module spells it so that
markup.parse_markdown reads back exactly that text, and nothing in the
document's own words is taken for Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# At a line start these would be read as Markdown structure (heading, list, quote, table, rule).
_LINE_START = re.compile(r"^(\s*)([#|]|[-+](?=\s)|>)")
_RULE_LIKE = re.compile(r"^\s*([-_])\s*(\1\s*){2,}$")
_TERM_NOTE = re.compile(r"^[^。；;，,！？!?]{1,30}?[：:]")
_STAR = "*"
_STAR_SAFE = "＊"  # parse_markdown drops lone * as emphasis markers: the full-width star keeps it visible


@dataclass
class Span:
    text: str
    bold: bool = False
    note: str = ""  # a footnote reference: the footnote's label; text is ignored


@dataclass
class Paragraph:
    spans: list[Span] = field(default_factory=list)
    heading: int = 0  # Markdown heading level, 0 for a paragraph

    def plain(self) -> str:
        return "".join(s.text for s in self.spans if not s.note)


def escape(text: str) -> str:
    """Document text made inert for parse_markdown (backslash escapes it removes again)."""
    text = text.replace("\\", "\\\\").replace(_STAR, _STAR_SAFE).replace("](", "]\\(")
    return text


def _escape_line_start(line: str) -> str:
    if _RULE_LIKE.match(line):
        return "\\" + line.lstrip()
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line, count=1)


def paragraph_markdown(p: Paragraph) -> str:
    """One Markdown line: bold spans as **…**, notes as [^label], a heading as #… text."""
    merged: list[Span] = []
    for s in p.spans:
        if not s.note and not s.text:
            continue
        if merged and not s.note and not merged[-1].note and merged[-1].bold == s.bold:
            merged[-1] = Span(merged[-1].text + s.text, s.bold)
        else:
            merged.append(Span(s.text, s.bold, s.note))
    # bold edges go outside surrounding spaces: "** x**" would still be bold, but keep it tidy
    out = []
    for s in merged:
        if s.note:
            out.append(f"[^{s.note}]")
        elif s.bold and not p.heading and s.text.strip():
            lead = s.text[:len(s.text) - len(s.text.lstrip())]
            trail = s.text[len(s.text.rstrip()):]
            out.append(escape(lead) + "**" + escape(s.text.strip()) + "**" + escape(trail))
        else:
            out.append(escape(s.text))
    line = "".join(out).strip().replace("\n", " ")
    if p.heading:
        return "#" * min(p.heading, 6) + " " + line
    return _escape_line_start(line)


def footnote_markdown(label: str, text: str) -> str:
    return f"[^{label}]: " + escape(" ".join(text.split("\n")).strip())


def explains_term(note: str) -> bool:
    """A note of the form "term: explanation" (what a 名词解释 entry looks like), not a source or a remark."""
    return bool(_TERM_NOTE.match(note.strip()))


def document_markdown(paragraphs: list[Paragraph], notes: list[tuple[str, str]]) -> str:
    """The whole document: paragraphs separated by blank lines, then the notes.

    Notes that explain a term end the document as Markdown footnotes, which the
    parser reads as the glossary; other notes (sources, remarks) come before
    them as plain "[n]…" paragraphs, so they are kept but never taken for terms.
    """
    lines = [paragraph_markdown(p) for p in paragraphs]
    lines = [line for line in lines if line.strip("# ")]
    lines += [_escape_line_start(escape(f"[{label}]{' '.join(text.split())}")) for label, text in notes
              if not explains_term(text)]
    lines += [footnote_markdown(label, text) for label, text in notes if explains_term(text)]
    return "\n\n".join(lines) + "\n"
