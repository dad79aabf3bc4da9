"""Files dragged onto a widget: only local files count (a dropped web link is not a report)."""

from __future__ import annotations


def local_files(event) -> list[str]:
    """The local file paths a drag or drop event carries, in order."""
    return [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]


def accept_if_files(event) -> None:
    """Let a drag in (and show the drop cursor) only when it carries a local file."""
    if local_files(event):
        event.acceptProposedAction()
