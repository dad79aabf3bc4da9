"""Bytes to text: BOMs, UTF-8, GB18030, UTF-16, then charset detection."""

import codecs

from .errors import BinaryInputError, EmptyInputError, EncodingError, TooLargeError

MAX_BYTES = 16 * 1024 * 1024  # a long national report is ~100 KB; 16 MB is clearly not a report


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
