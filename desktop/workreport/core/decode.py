"""Files and bytes to text: refuse what is not a report file before reading it, then decode.

Reading: only regular files (a pipe would block, /dev/zero never ends), size
checked before reading, and never more than MAX_BYTES + 1 bytes read.
Decoding: BOMs, UTF-16 without BOM, UTF-8, then the Chinese legacy encodings
(GB18030, Big5) judged by how common their characters are, then charset
detection. A few invalid bytes in UTF-8 are replaced and reported with their
line numbers; NUL and other control bytes are removed. What cannot be decoded
with confidence is refused with a sentence, never returned as mojibake.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BinaryInputError, EmptyInputError, EncodingError, TooLargeError, UnreadableError

log = logging.getLogger(__name__)

MAX_BYTES = 16 * 1024 * 1024  # a long national report is ~100 KB; 16 MB is clearly not a report
MAX_BAD_SHARE = 0.01  # UTF-8 with at most this share of bad sequences (per non-ASCII character) is UTF-8
MIN_COMMON_SHARE = 0.8  # legacy decoding: share of CJK characters that must be common ones
_SHOWN_PLACES = 5
# C0 controls other than tab, newline, carriage return, form feed; never report text
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes(range(0, 9)) + b"\x0b" + bytes(range(0x0e, 0x20)) + b"\x7f"
_LEAD_BYTES = bytes(range(0xC2, 0xF5))  # bytes that start a multi-byte UTF-8 character
_ESCAPED = re.compile("[\udc80-\udcff]+")  # bytes that surrogateescape could not decode


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)  # sentences for the user: what was repaired, where


# -- reading ------------------------------------------------------------------------------

def read_report_bytes(path: str | os.PathLike, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, refusing (ReportError) anything that is not a regular file of at most `limit` bytes."""
    path = Path(path)
    try:
        st = path.stat()  # follows links; nothing is opened yet, so a pipe cannot block us
    except FileNotFoundError:
        raise UnreadableError(f"No such file: {path}") from None
    except OSError as exc:
        raise UnreadableError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(st.st_mode):
        raise UnreadableError(f"{path} is a folder, not a report file.")
    if not stat.S_ISREG(st.st_mode):
        raise UnreadableError(f"{path} is not a regular file (it is a pipe, device or socket); "
                              f"save the report to a file and open that.")
    if st.st_size > limit:
        raise _too_large(path.name, st.st_size, limit)
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)  # the size may have changed since stat
    except IsADirectoryError:
        raise UnreadableError(f"{path} is a folder, not a report file.") from None
    except OSError as exc:
        raise UnreadableError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if len(data) > limit:
        raise _too_large(path.name, len(data), limit, more=True)
    return data


def _too_large(name: str, size: int, limit: int, more: bool = False) -> TooLargeError:
    amount = f"more than {limit / 1048576:.0f} MB" if more else f"{size / 1048576:.1f} MB"
    return TooLargeError(f"{name} is {amount}; reports are far smaller (limit {limit // 1048576} MB).")


# -- decoding -----------------------------------------------------------------------------

def decode_bytes(data: bytes, name: str = "file") -> str:
    return decode_report(data, name).text


def decode_report(data: bytes, name: str = "file") -> Decoded:
    if len(data) > MAX_BYTES:
        raise _too_large(name, len(data), MAX_BYTES)
    if not data.strip():
        raise EmptyInputError(f"{name} is empty.")
    result = _decode(data, name)
    return _remove_controls(result, name)


def _decode(data: bytes, name: str) -> Decoded:
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, enc, name)
    enc16 = _looks_utf16(data)
    if enc16:
        return _strict(data, enc16, name)
    if _looks_binary(data[:65536]):
        raise BinaryInputError(f"{name} is a binary file, not a text, Markdown or HTML report.")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data, name)
    if mostly is not None:
        return mostly
    legacy = _legacy_chinese(data)
    if legacy is not None:
        return legacy
    return _detected(data, name)


def _strict(data: bytes, enc: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(enc), enc)
    except UnicodeDecodeError as exc:
        raise EncodingError(f"{name} claims {enc} but is not valid {enc}: {exc.reason}.") from None


def _looks_binary(sample: bytes) -> bool:
    """Many control bytes: an image, archive or program. A text with a few stray NULs is still a text."""
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) * 0.02)


def _mostly_utf8(data: bytes, name: str) -> Decoded | None:
    """UTF-8 with a few damaged bytes: keep it, replacing those bytes, and say where they were."""
    multibyte = len(data) - len(data.translate(None, _LEAD_BYTES))  # non-ASCII characters
    allowed = int(multibyte * MAX_BAD_SHARE)
    if allowed < 1:
        return None
    text = data.decode("utf-8", errors="surrogateescape")  # each bad byte becomes a lone surrogate
    bad = []
    for m in _ESCAPED.finditer(text):
        bad.append(m.start())
        if len(bad) > allowed:
            return None
    places = []
    for offset in bad[:_SHOWN_PLACES]:
        line_start = text.rfind("\n", 0, offset) + 1
        places.append(f"line {text.count(chr(10), 0, offset) + 1}, column {offset - line_start + 1}")
    more = f" and {len(bad) - _SHOWN_PLACES} more" if len(bad) > _SHOWN_PLACES else ""
    what = "1 invalid byte sequence was" if len(bad) == 1 else f"{len(bad)} invalid byte sequences were"
    warning = f"{name}: {what} replaced by \ufffd ({'; '.join(places)}{more})."
    log.warning(warning)
    return Decoded(_ESCAPED.sub("\ufffd", text), "utf-8", [warning])


def _common_share(text: str, encoding: str) -> float:
    """Share of CJK characters that are the common ones of the encoding's own repertoire.

    GB2312 level 1 (lead byte B0-D7) holds the 3,755 most used simplified characters, Big5 A440-C67E
    the 5,401 most used traditional ones. Text decoded with the wrong one of the two comes out as
    rare characters, so this tells them apart without a dictionary.
    """
    cjk = [ch for ch in text[:100_000] if "\u4e00" <= ch <= "\u9fff"]
    if len(cjk) < 20:
        return 0.0
    common = 0
    for ch in cjk:
        try:
            b = ch.encode("gb2312" if encoding == "gb18030" else "cp950")
        except UnicodeEncodeError:
            continue
        if encoding == "gb18030":
            common += 0xB0 <= b[0] <= 0xD7
        else:
            common += 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E
    return common / len(cjk)


def _legacy_chinese(data: bytes) -> Decoded | None:
    best, best_share = None, 0.0
    for enc in ("gb18030", "cp950"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = _common_share(text, enc)
        if share > best_share:
            best, best_share = Decoded(text, enc), share
    return best if best_share >= MIN_COMMON_SHARE else None


def _detected(data: bytes, name: str) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise EncodingError(f"Cannot tell the text encoding of {name}.")
    text = data.decode(best.encoding, errors="replace")
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if cjk >= 20 and text.count("\ufffd") > len(text) * MAX_BAD_SHARE:
        raise EncodingError(f"Cannot tell the text encoding of {name} (it is neither UTF-8, GB18030 nor Big5).")
    return Decoded(text, best.encoding)


def _remove_controls(result: Decoded, name: str) -> Decoded:
    text = result.text
    nuls = text.count("\x00")
    others = len(_CONTROLS.findall(text)) - nuls
    if nuls or others:
        text = _CONTROLS.sub("", text)
        parts = ([f"{nuls} NUL byte{'s' if nuls > 1 else ''}"] if nuls else []) + (
            [f"{others} other control character{'s' if others > 1 else ''}"] if others else [])
        warning = f"{name}: {' and '.join(parts)} removed."
        log.warning(warning)
        result = Decoded(text, result.encoding, result.warnings + [warning])
    return result


def _plausible(text: str) -> float:
    """Share of characters that occur in reports: CJK, ASCII, CJK punctuation, whitespace."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    weird = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff" or "\ud800" <= ch <= "\udfff")
    return (good - weird) / len(text)


def _looks_utf16(data: bytes):
    """UTF-16 without a BOM: Chinese text has few NUL bytes, so decode and judge the result."""
    sample = data[:8192]
    sample = sample[: len(sample) - (len(sample) % 2)]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        common = cjk + sum(1 for ch in text if " " <= ch <= "~" or ch in "\n\r\t" or "\u3000" <= ch <= "\u303f"
                           or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027")
        score = _plausible(text) + cjk / len(text)
        # real text is mostly CJK, ASCII and CJK punctuation; random bytes decode to scattered code points
        if _plausible(text) > 0.97 and common / len(text) > 0.9 and score > best_score:
            best, best_score = enc, score
    return best
