"""Parse results kept between runs, keyed by the file's bytes and the parser's code (start-up speed).

Opening the report read last time skips the parser (and its import): the pickled Report is read back
in about a millisecond. The key is the SHA-256 of the file's bytes, PARSER_VERSION and a stamp of the
core package's sources (name, size, mtime), so an edited file or a changed parser never gets a stale
result. The cache lives in the private data dir; any failure falls back to parsing.
"""

from __future__ import annotations

import logging
import os
import pickle
import stat
from pathlib import Path

from workreport import paths
from workreport.core.sha import sha256_hex  # not hashlib: OpenSSL costs 4 MB at start-up
from workreport.core.version import PARSER_VERSION

log = logging.getLogger(__name__)

CACHE_FOLDER = "parsed"
KEEP = 20  # cached reports kept; the oldest go first
# core.documents.MAX_DOCUMENT_BYTES, the largest input of any loader (PDF, Word); the parser checks the exact
# limit of each kind. Not imported: the cache must not import the loaders on the start-up path.
LARGEST_INPUT = 128 * 1024 * 1024
_CORE = Path(__file__).resolve().parent / "core"


def _code_stamp() -> bytes:
    """Changes whenever a core source file does (a frozen build has no sources: its version only)."""
    stamp = [str(PARSER_VERSION)]
    try:
        for entry in sorted(os.scandir(_CORE), key=lambda e: e.name):
            if entry.name.endswith(".py"):
                st = entry.stat()
                stamp.append(f"{entry.name}:{st.st_size}:{st.st_mtime_ns};")
    except OSError:
        pass
    return sha256_hex("".join(stamp).encode()).encode()


def _cache_file(data: bytes, suffix: str) -> Path:
    key = sha256_hex(_code_stamp() + suffix.lower().encode() + b"\0" + data)
    return paths.data_dir() / CACHE_FOLDER / f"{key}.pickle"


def load_report(path: str | Path):
    """The parsed report of `path`, from the cache when its bytes and the parser are unchanged.
    Raises what parse_file raises for a bad file."""
    path = Path(path)
    data = _small_regular_file_bytes(path)  # None: let the parser say what is wrong, in its words
    cached = _cache_file(data, path.suffix) if data is not None else None
    if cached is not None and cached.is_file():
        try:
            with open(cached, "rb") as f:
                report = pickle.load(f)  # our own private file, written below
            report.source = str(path)
            log.info("report read from the parse cache: %s", path)
            return report
        except Exception:  # noqa: BLE001 - a damaged cache entry is only a slower start
            log.warning("parse cache entry unreadable, parsing again", exc_info=True)
    from workreport.core.parser import parse_file

    report = parse_file(path)
    if cached is not None:
        _store(cached, report)
    return report


def _small_regular_file_bytes(path: Path) -> bytes | None:
    """The bytes of a regular file within the largest size any loader takes, else None. Checked before
    reading: a FIFO would block for ever and /dev/zero never ends (the parser then refuses them)."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode) or st.st_size > LARGEST_INPUT:
            return None
        with open(path, "rb") as f:
            data = f.read(LARGEST_INPUT + 1)
    except OSError:
        return None
    return data if len(data) <= LARGEST_INPUT else None


def _store(cached: Path, report) -> None:
    try:
        paths.private_dir(cached.parent)
        tmp = cached.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, paths.FILE_MODE)
        with open(fd, "wb") as f:
            pickle.dump(report, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cached)
        entries = sorted(cached.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, RecursionError):
        log.warning("could not write the parse cache", exc_info=True)
