"""Simplified ⇄ Traditional display text (OpenCC), offset for offset (Qt-free).

The reader can show a report in Traditional characters while everything else — find, notes,
anchors, copy, look-ups — keeps working on the original text. That holds because the converted text
has the same length as the original and the same characters outside the BMP at the same places (the
Qt document counts UTF-16 units): OpenCC's phrase conversion is tried per line, and a line whose
conversion would change its length falls back to character-by-character conversion, where a
character whose conversion is not exactly one character of the same width is left as it is.

OpenCC (Apache-2.0) is loaded on first use, which is when the reader picks 繁體.
"""

from __future__ import annotations

import enum
import logging
import threading
from typing import Any

log = logging.getLogger(__name__)


class Script(enum.StrEnum):
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"


# OpenCC configurations: Simplified -> Traditional (OpenCC standard forms)
CONFIG = {Script.TRADITIONAL: "s2t"}

_converters: dict[str, Any] = {}  # opencc.OpenCC (untyped)
_lock = threading.Lock()


def available() -> bool:
    """OpenCC is installed; found without importing it (the menu asks at start-up)."""
    import importlib.util

    try:
        return importlib.util.find_spec("opencc") is not None
    except (ImportError, ValueError):
        return False


def _converter(config: str):
    with _lock:
        if config not in _converters:
            import opencc

            _converters[config] = opencc.OpenCC(config if config.endswith(".json") else f"{config}.json")
        return _converters[config]


def _wide(ch: str) -> bool:
    return ord(ch) > 0xFFFF


def _same_shape(a: str, b: str) -> bool:
    return len(a) == len(b) and all(_wide(x) == _wide(y) for x, y in zip(a, b, strict=True))


def convert(text: str, script: Script | str) -> str:
    """`text` shown in `script`: the same length, wide characters at the same offsets."""
    script = Script(script)
    if script is Script.SIMPLIFIED or not text:
        return text
    conv = _converter(CONFIG[script])
    lines = text.split("\n")
    out = []
    for line in lines:
        converted = conv.convert(line)
        if not _same_shape(line, converted):
            converted = "".join(c if _same_shape(ch, c := conv.convert(ch)) else ch for ch in line)
        out.append(converted)
    result = "\n".join(out)
    assert _same_shape(text, result)  # offsets into the original stay valid
    return result
