"""Library search index candidates, side by side on corpus-full, against a brute-force scan.

  A  FTS5 trigram (detail=none) for 3+ characters + a unigram/bigram FTS5 side table for 1–2
  B  FTS5 unigram/bigram table alone (3+ characters: the AND of the query's bigrams)
  C  tantivy (pip `tantivy`, MIT) with an n-gram tokenizer (1–2), the same AND of grams
Each index only proposes candidate reports; every candidate is checked by a substring count
over its text (kept in SQLite for all three), so all must equal the scan exactly — checked
here for each query. Prints build time, size against the text, and latency p50/p95 over 30
mixed queries, with the scan (same texts, same run) as the baseline.

    .venv/bin/python bench/search_index.py [--corpus DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
SHARED = ROOT.parent / "shared"

from workreport.core.decode import decode_bytes  # noqa: E402
from workreport.core.search_grams import grams_document, grams_query  # noqa: E402


def trigram_query(query: str) -> str:
    grams = sorted({query[i:i + 3] for i in range(len(query) - 2)})
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)

QUERIES = ["碳", "绿", "芯", "氢", "双碳", "芯片", "5G", "AI", "数字", "高铁", "旅游", "疫情", "RCEP", "GDP", "CPI",
           "新质生产力", "乡村振兴", "一带一路", "碳达峰", "碳中和", "数字经济", "营商环境", "人工智能", "粮食安全",
           "共同富裕", "京津冀协同发展", "粤港澳大湾区", "长江经济带", "放管服", "大数据"]


def load_texts(corpus: Path, limit: int | None) -> list[str]:
    files = sorted(corpus.rglob("*.md"))[:limit]
    return [decode_bytes(f.read_bytes(), f.name) for f in files]


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) if Path(path).is_dir() \
        else Path(path).stat().st_size


class Sqlite:
    def __init__(self, path: Path, trigram: bool):
        self.trigram = trigram
        self.conn = sqlite3.connect(path, isolation_level=None)
        c = self.conn
        c.execute("PRAGMA encoding = 'UTF-16le'")  # as the library: CJK text at 2 bytes a character
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("CREATE TABLE report_text (report_id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        if trigram:
            c.execute("CREATE VIRTUAL TABLE tri USING fts5(text, content='', detail='none', "
                      "tokenize='trigram case_sensitive 1')")
        c.execute("CREATE VIRTUAL TABLE gidx USING fts5(grams, content='', detail='none')")

    def build(self, texts):
        c = self.conn
        c.execute("BEGIN")
        for i, t in enumerate(texts, 1):
            c.execute("INSERT INTO report_text VALUES (?, ?)", (i, t))
            if self.trigram:
                c.execute("INSERT INTO tri (rowid, text) VALUES (?, ?)", (i, t))
            c.execute("INSERT INTO gidx (rowid, grams) VALUES (?, ?)", (i, grams_document(t)))
        c.execute("COMMIT")
        c.execute("INSERT INTO gidx (gidx) VALUES ('optimize')")
        if self.trigram:
            c.execute("INSERT INTO tri (tri) VALUES ('optimize')")
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def candidates_sql(self, q: str) -> tuple[str, list]:
        if self.trigram and len(q) >= 3:
            return "SELECT rowid FROM tri WHERE tri MATCH ?", [trigram_query(q)]
        return "SELECT rowid FROM gidx WHERE gidx MATCH ?", [grams_query(q)]

    def search(self, q: str) -> dict[int, int]:
        sql, args = self.candidates_sql(q)
        out = {}
        for rid, text in self.conn.execute(f"SELECT t.report_id, t.text FROM report_text t WHERE t.report_id IN "
                                           f"({sql})", args):
            n = text.count(q)
            if n:
                out[rid] = n
        return out


def scan(conn: sqlite3.Connection, q: str) -> dict[int, int]:
    out = {}
    for rid, text in conn.execute("SELECT report_id, text FROM report_text"):
        n = text.count(q)
        if n:
            out[rid] = n
    return out


class Tantivy:
    def __init__(self, path: Path, texts_conn: sqlite3.Connection):
        import tantivy

        self.t = tantivy
        self.conn = texts_conn
        analyzer = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(1, 2, False)).build()
        sb = tantivy.SchemaBuilder()
        sb.add_integer_field("rid", stored=True, indexed=True, fast=True)
        sb.add_text_field("text", stored=False, tokenizer_name="ngram12", index_option="basic")
        self.schema = sb.build()
        self.index = tantivy.Index(self.schema, path=str(path))
        self.index.register_tokenizer("ngram12", analyzer)

    def build(self, texts):
        w = self.index.writer(heap_size=200_000_000, num_threads=2)
        for i, t in enumerate(texts, 1):
            w.add_document(self.t.Document(rid=i, text=t))
        w.commit()
        w.wait_merging_threads()
        self.index.reload()
        self.n = len(texts)

    def search(self, q: str) -> dict[int, int]:
        t = self.t
        grams = [q] if len(q) <= 2 else sorted({q[i:i + 2] for i in range(len(q) - 1)})
        terms = [(t.Occur.Must, t.Query.term_query(self.schema, "text", g)) for g in grams]
        query = t.Query.boolean_query(terms)
        searcher = self.index.searcher()
        hits = searcher.search(query, limit=max(1, self.n)).hits
        ids = [searcher.doc(addr)["rid"][0] for _score, addr in hits]
        out = {}
        if not ids:
            return out
        for rid, text in self.conn.execute(f"SELECT report_id, text FROM report_text WHERE report_id IN "
                                           f"({','.join('?' * len(ids))})", ids):
            n = text.count(q)
            if n:
                out[rid] = n
        return out


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(SHARED / "corpus-full"))
    ap.add_argument("--limit", type=int)
    ns = ap.parse_args(argv)
    t0 = time.perf_counter()
    texts = load_texts(Path(ns.corpus), ns.limit)
    text_bytes = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts)} texts, {text_bytes / 1e6:.1f} MB UTF-8 (read in {time.perf_counter() - t0:.1f} s)")
    tmp = Path(tempfile.mkdtemp(prefix="search-bench-"))
    try:
        candidates = {}
        for name, trigram in (("A fts5 trigram + grams", True), ("B fts5 grams only", False)):
            db = tmp / f"{name[0]}.sqlite3"
            idx = Sqlite(db, trigram)
            t = time.perf_counter()
            idx.build(texts)
            candidates[name] = (idx, time.perf_counter() - t, dir_size(db))
        try:
            tv_dir = tmp / "tantivy"
            tv_dir.mkdir()
            idx = Tantivy(tv_dir, candidates["B fts5 grams only"][0].conn)
            t = time.perf_counter()
            idx.build(texts)
            candidates["C tantivy ngram(1,2)"] = (idx, time.perf_counter() - t, dir_size(tv_dir))
        except ImportError:
            print("tantivy not installed: `pip install tantivy` to include it")
        base_conn = candidates["A fts5 trigram + grams"][0].conn
        text_only = base_conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'report_text'").fetchone()[0]
        print(f"text table alone: {text_only / 1e6:.1f} MB")
        scan_times = []
        expected = {}
        for q in QUERIES:
            t = time.perf_counter()
            expected[q] = scan(base_conn, q)
            scan_times.append(time.perf_counter() - t)
        print(f"{'scan (baseline)':26s} p50 {pct(scan_times, 50) * 1e3:7.1f} ms  "
              f"p95 {pct(scan_times, 95) * 1e3:7.1f} ms")
        for name, (idx, build_s, size) in candidates.items():
            times, wrong = [], []
            for q in QUERIES:
                t = time.perf_counter()
                got = idx.search(q)
                times.append(time.perf_counter() - t)
                if got != expected[q]:
                    wrong.append(q)
            extra = " (+ text table in SQLite)" if name.startswith("C") else " (text table included)"
            print(f"{name:26s} p50 {pct(times, 50) * 1e3:7.1f} ms  p95 {pct(times, 95) * 1e3:7.1f} ms  "
                  f"x{pct(scan_times, 95) / pct(times, 95):5.1f} faster at p95  build {build_s:5.1f} s  "
                  f"size {size / 1e6:6.1f} MB = {size / text_bytes:4.2f}x text{extra}  "
                  f"{'equal to scan' if not wrong else 'DIFFERS: ' + ' '.join(wrong)}")
        slow = sorted(zip(scan_times, QUERIES, strict=True), reverse=True)[:3]
        print("hits per query:", ", ".join(f"{q}:{len(expected[q])}" for q in QUERIES))
        del slow
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    try:
        import tantivy

        pkg = Path(tantivy.__file__).parent
        print(f"tantivy installed size: {dir_size(pkg) / 1e6:.1f} MB; licence MIT")
    except ImportError:
        pass
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
