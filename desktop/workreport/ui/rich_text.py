"""Document text in Qt widgets that interpret rich text (tooltips, labels).

Qt guesses whether a tooltip is rich text (Qt.mightBeRichText). Report text is
untrusted: a .txt report may contain `<img src="file:///…">`, which a tooltip
would render, loading a local file. So document text is always escaped, and the
result is marked as rich text (wrapped in a <p>) so the escapes are decoded and
the user sees the characters as they are in the report, never markup.
"""

from __future__ import annotations

import html


def escaped(text: str) -> str:
    """HTML-escaped text with line breaks kept (for use inside rich text)."""
    return html.escape(text).replace("\n", "<br>")


def text_tooltip(text: str) -> str:
    """A tooltip showing `text` literally, whatever it contains."""
    return f"<p style='margin:0'>{escaped(text)}</p>"


def rich_tooltip(body_html: str) -> str:
    """A tooltip from rich text already built of escaped parts: marked as rich text even if it has no tag."""
    return f"<p style='margin:0'>{body_html}</p>"
