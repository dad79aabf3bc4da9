"""Persistent UI settings: one INI file at paths.settings_file(), private (0600 in a 0700 folder).

Reading positions are keyed by Report.digest (a content hash), so a renamed
or moved copy of a report opens where it was left.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from workreport import paths

log = logging.getLogger(__name__)

MAX_RECENT = 10


class Settings:
    def __init__(self, file: str | Path | None = None):
        path = Path(file) if file else paths.settings_file()
        # private like the notes: folder 0700 when we make it, file 0600 before QSettings first writes
        # (QSettings keeps the mode of an existing file when it saves)
        try:
            paths.private_dir(path.parent)
            paths.private_file(path)
        except OSError as exc:  # a read-only place: QSettings still works in memory
            log.warning("settings file %s not made private: %s", path, exc)
        self.qs = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self.qs.sync()

    # ---- raw blobs (geometry, dock/splitter state) --------------------------------------------
    def blob(self, key: str) -> QByteArray | None:
        value = self.qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self.qs.setValue(key, value)

    # ---- simple values -----------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        try:
            return int(str(self.qs.value("reader/zoom", 0)))
        except (TypeError, ValueError):
            return 0

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self.qs.setValue("reader/zoom", int(steps))

    @property
    def theme(self) -> str:
        value = str(self.qs.value("ui/theme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, name: str) -> None:
        self.qs.setValue("ui/theme", name)

    # ---- recent files ------------------------------------------------------------------------
    def recent(self) -> list[str]:
        try:
            items = json.loads(str(self.qs.value("files/recent", "[]")))
        except ValueError:
            return []
        return [str(x) for x in items if isinstance(x, str)][:MAX_RECENT]

    def add_recent(self, path: str, title: str = "") -> list[str]:
        path = str(Path(path).resolve())
        items = [path] + [p for p in self.recent() if p != path]
        self.qs.setValue("files/recent", json.dumps(items[:MAX_RECENT], ensure_ascii=False))
        titles = {p: t for p, t in self._recent_titles().items() if p in items[:MAX_RECENT]}
        if title:
            titles[path] = title
        self.qs.setValue("files/recentTitles", json.dumps(titles, ensure_ascii=False))
        return items[:MAX_RECENT]

    def recent_title(self, path: str) -> str:
        """The report title shown for a recent file when it was opened ("" if unknown)."""
        return self._recent_titles().get(path, "")

    def _recent_titles(self) -> dict[str, str]:
        try:
            titles = json.loads(str(self.qs.value("files/recentTitles", "{}")))
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in titles.items()} if isinstance(titles, dict) else {}

    def clear_recent(self) -> None:
        self.qs.setValue("files/recent", "[]")
        self.qs.setValue("files/recentTitles", "{}")

    # ---- reading positions -------------------------------------------------------------------
    def position(self, digest: str) -> int:
        try:
            return max(0, int(str(self.qs.value(f"positions/{digest}", 0))))
        except (TypeError, ValueError):
            return 0

    def set_position(self, digest: str, offset: int) -> None:
        self.qs.setValue(f"positions/{digest}", int(offset))
