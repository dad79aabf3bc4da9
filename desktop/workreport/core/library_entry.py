"""One file made ready for the library: parsed, identified, targets extracted, search grams.

Pure and picklable so import can run it in worker processes (`prepare`); the
store only writes what it returns.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import documents
from .errors import ReportError
from .parser import load_text, parse_text
from .report_identity import identify
from .search_grams import grams_document
from .version import PARSER_VERSION

log = logging.getLogger(__name__)

REPORT_SUFFIXES = documents.REPORT_SUFFIXES  # text, PDF and Word (see core/documents)


@dataclass
class PreparedReport:
    path: str
    digest: str
    text: str
    identity: dict  # ReportIdentity.to_dict()
    blocks: str  # the blocks' refs, one a line: block k starts after the k-th "\n" of the text
    targets: list  # [TargetRecord.to_dict(), …]
    grams: str  # unigram/bigram document for short queries
    file_size: int = 0
    file_mtime: float = 0.0
    parser_version: int = PARSER_VERSION
    timings: dict = field(default_factory=dict)  # parse / extract / index seconds


@dataclass
class Failure:
    path: str
    reason: str


def prepare(path: str) -> PreparedReport | Failure:
    """Everything the library stores about one file, or why it cannot be added."""
    try:
        return _prepare(path)
    except ReportError as exc:
        return Failure(path, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop an import
        log.exception("cannot prepare %s", path)
        return Failure(path, f"{type(exc).__name__}: {exc}")


def _prepare(path: str) -> PreparedReport:
    from .targets import extract_targets

    t0 = time.perf_counter()
    st = os.stat(path)
    raw, suffix = load_text(path)
    report = parse_text(raw, suffix)
    report.source = str(path)
    ident = identify(report, raw, path=str(path))
    t1 = time.perf_counter()
    targets = [t.to_dict() for t in extract_targets(report)]
    t2 = time.perf_counter()
    grams = grams_document(report.text)
    t3 = time.perf_counter()
    return PreparedReport(
        path=str(Path(path)), digest=hashlib.sha256(report.text.encode("utf-8")).hexdigest(), text=report.text,
        identity=ident.to_dict(), blocks="\n".join(b.ref for b in report.blocks), targets=targets,
        grams=grams, file_size=st.st_size, file_mtime=st.st_mtime, parser_version=PARSER_VERSION,
        timings={"parse": t1 - t0, "extract": t2 - t1, "index": t3 - t2})


def report_files(paths) -> list[str]:
    """Files to import: the given files, and report files found under given folders (sorted)."""
    out: list[str] = []
    seen = set()
    for p in paths:
        p = Path(p)
        found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES) \
            if p.is_dir() else [p]
        for f in found:
            key = str(f.resolve())
            if key not in seen:
                seen.add(key)
                out.append(key)
    return out
