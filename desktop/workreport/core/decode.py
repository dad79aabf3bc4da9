"""Bytes to text: BOMs, UTF-8, GB18030, UTF-16, then charset detection."""

import codecs

from .errors import BinaryInputError, EmptyInputError, EncodingError, TooLargeError

MAX_BYTES = 16 * 1024 * 1024  # a long national report is ~100 KB; 16 MB is clearly not a report


def _looks_utf16(data: bytes):
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    # CJK in UTF-16 has few NULs, ASCII has many; accept either byte order pattern.
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str = "file") -> str:
    if len(data) > MAX_BYTES:
        raise TooLargeError(
            f"{name} is {len(data) / 1048576:.1f} MB; reports are far smaller (limit {MAX_BYTES // 1048576} MB).")
    if not data.strip():
        raise EmptyInputError(f"{name} is empty.")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, enc, name)
    enc16 = _looks_utf16(data)
    if enc16:
        return _strict(data, enc16, name)
    if b"\x00" in data[:65536]:
        raise BinaryInputError(f"{name} is a binary file, not a text, Markdown or HTML report.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise EncodingError(f"Cannot tell the text encoding of {name}.")
    return data.decode(best.encoding, errors="replace")


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise EncodingError(f"{name} claims {enc} but is not valid {enc}: {exc.reason}.") from None
