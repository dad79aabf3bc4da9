"""Back/Forward between the reports and places the reader opened (a browser's history)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    path: str
    offset: int = 0


class History:
    def __init__(self, limit: int = 200):
        self._places: list[Place] = []
        self._index = -1
        self._limit = limit

    def visit(self, place: Place, current: Place | None = None) -> None:
        """Going to `place` from `current` (the reader's place now, remembered for Back)."""
        if current is not None:
            if self._index >= 0:
                self._places[self._index] = current
            else:
                self._places, self._index = [current], 0
        del self._places[self._index + 1:]
        if not self._places or self._places[-1] != place:
            self._places.append(place)
        self._places = self._places[-self._limit:]
        self._index = len(self._places) - 1

    def can_back(self) -> bool:
        return self._index > 0

    def can_forward(self) -> bool:
        return 0 <= self._index < len(self._places) - 1

    def back(self, current: Place | None = None) -> Place | None:
        if not self.can_back():
            return None
        if current is not None:
            self._places[self._index] = current
        self._index -= 1
        return self._places[self._index]

    def forward(self, current: Place | None = None) -> Place | None:
        if not self.can_forward():
            return None
        if current is not None:
            self._places[self._index] = current
        self._index += 1
        return self._places[self._index]
