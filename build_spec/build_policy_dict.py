"""Build the keyword resources from the corpus: the policy dictionary, the boilerplate list, document frequencies.

    python build_spec/build_policy_dict.py [CORPUS_DIR] [--out resources/keywords]

Nothing is typed by hand; every entry comes from the reports of CORPUS_DIR (default: ../shared/corpus-full,
laid out as MANIFEST.tsv + files):

- glossary: the 名词解释 terms of every report (Report.glossary), cut at quotes and enumeration commas;
- slogan / formula: text inside “” quoted in at least QUOTE_DF reports; a formula is one that counts
  (starts with a numeral: 六稳, 两个毫不动摇, 三去一降一补);
- phrase: runs of 2-4 segmenter tokens that the segmenter splits but that behave as one term across
  at least PHRASE_DF reports (one part is bound to the run, or a nominal run with high association);
- boilerplate: words in most reports that say how rather than what (verbs, adverbs, pronouns…) and
  the report's ritual phrases (请予审议): they never make a top-terms list;
- docfreq: in how many reports each term occurs and the first year one does, for the salience of new terms.

The stopword list itself is stopwords-iso (MIT), copied from the `stopwordsiso` package.
Output is committed; tests/core/test_keywords_resources.py checks that it is consistent.
"""

from __future__ import annotations

import argparse
import csv
import logging
import math
import re
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from workreport.core import model as m  # noqa: E402
from workreport.core.keywords_data import (  # noqa: E402
    BOILERPLATE_FILE,
    DICT_FILE,
    DOCFREQ_FILE,
    STOPWORDS_FILE,
    EntryKind,
    is_formula,
)

log = logging.getLogger("build_policy_dict")

QUOTE_DF = 3  # a quoted phrase must be quoted in this many reports to be kept whole
LISTED_DF = 10  # … and in this many to be listed as a slogan or formula
PHRASE_DF = 30  # a mined phrase must occur in this many reports (1 % of corpus-full)
FRAGMENT_DF = 10  # … a split term repaired (one part hardly occurs alone) in this many (new terms are rare)
MAX_LEN = 10  # longer pieces are sentences, not terms
BOILERPLATE_SHARE = 0.6  # a how-word in this share of reports is boilerplate
RITUAL_SHARE = 0.8  # a mined phrase in this share of reports is ritual
DOCFREQ_MIN = 3  # terms rarer than this get the default (rare) document frequency

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_QUOTED = re.compile(r"“([^“”\n]{2,24})”")
_PIECE_SPLIT = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9+]+")
# POS tags (jieba's set) of words that say how, not what.
_FUNCTION_TAGS = {"v", "d", "ad", "p", "c", "u", "r", "m", "q", "f", "t", "uj", "ul", "uz", "ud", "ug", "uv",
                  "y", "e", "o", "zg", "mq", "rr", "rz", "vd", "a", "z"}
_EDGE_TAGS = {"p", "c", "u", "r", "m", "q", "f", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e", "o", "d", "t", "x"}
_NOMINAL_TAGS = {"n", "vn", "nz", "nt", "ns", "nr", "j", "l", "i", "an", "b", "nrt", "ng", "s", "eng"}


def read_report(args) -> tuple[str, str, list[str]] | None:
    """(year, body text, glossary terms) of one report; None if it does not parse."""
    path, year = args
    from workreport.core.parser import parse_file

    try:
        report = parse_file(path)
    except Exception as exc:  # noqa: BLE001 - a corpus file that fails is reported and skipped
        log.warning("skipped %s: %s", path, exc)
        return None
    body = "\n".join(b.text for b in report.blocks if b.kind not in (m.GLOSSARY_HEADING, m.GLOSSARY_ENTRY))
    return year, body, [e.term for e in report.glossary]


def read_corpus(root: Path, workers: int, cache: Path | None = None):
    """(year, body, glossary terms) of every report; `cache` keeps them between runs (development)."""
    import pickle

    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    with open(root / "MANIFEST.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    jobs = [(root / r["file"], r["year"]) for r in rows]
    with ProcessPoolExecutor(workers) as pool:
        reports = [r for r in pool.map(read_report, jobs, chunksize=16) if r]
    if cache:
        cache.write_bytes(pickle.dumps(reports))
    return reports


def year_of(value: str) -> int:
    m = re.match(r"\d{4}", str(value))
    return int(m.group()) if m else 0


def is_verb_plus_entry(word: str, entries, base) -> bool:
    """An entry that is a longer entry after how-words (发展|新质生产力, 加快发展|新质生产力): dropped, so the
    inner term is counted wherever it is used. The how-words must be words of the segmenter's own
    dictionary (三去|一降一补 stays: 三去 is no word)."""
    import rjieba

    for i in range(1, len(word) - 2):
        inner, rest = word[i:], word[:i]
        if inner in entries and all(len(t) >= 2 and rjieba.has_word(t) and _tag(base, t) in _FUNCTION_TAGS | {"vn"}
                                    for t in base.cut(rest)):
            return True
    return False


def _tag(seg, word: str) -> str:
    tags = seg.tag(word)
    return tags[0][1] if len(tags) == 1 else "x"


def pieces(term: str) -> list[str]:
    """A glossary term or quote cut at quotes, commas, brackets: the parts that can be one token."""
    out = [p for p in _PIECE_SPLIT.split(term) if p]
    joined = "".join(out)
    if len(out) > 1 and re.sub(r"[“”\"'‘’]", "", term) == joined:  # “三公”经费 -> 三公经费 too
        out.append(joined)
    return [p for p in out if 2 <= len(p) <= MAX_LEN and re.search(r"[\u4e00-\u9fff]", p)]


def glossary_entries(reports) -> Counter:
    df = Counter()
    for _year, _body, terms in reports:
        df.update({p for t in terms for p in pieces(t)})
    return df


def quoted_entries(reports) -> Counter:
    df = Counter()
    for _year, body, _terms in reports:
        df.update({p for q in _QUOTED.findall(body) for p in pieces(q)})
    return Counter({p: c for p, c in df.items() if c >= QUOTE_DF})


class PhraseMiner:
    """Runs of segmenter tokens that act as one term: counted per report, then judged."""

    def __init__(self, seg, stop: set[str]):
        self.seg = seg
        self.stop = stop
        self.unigram = Counter()
        self.unigram_df = Counter()
        self.run_tf = Counter()
        self.run_df = Counter()
        self.reports = 0

    def add(self, body: str) -> None:
        self.reports += 1
        toks = self.seg.cut(body)
        self.unigram.update(toks)
        self.unigram_df.update(set(toks))
        seen = set()
        n = len(toks)
        stop = self.stop
        for i, first in enumerate(toks):
            if first in stop or not _HAN.match(first):
                continue
            run = first
            for k in range(i + 1, min(i + 4, n)):
                nxt = toks[k]
                if nxt in stop or not _HAN.match(nxt):
                    break
                run += nxt
                if len(run) > 8:
                    break
                if len(run) >= 3:
                    seen.add(run)
                    self.run_tf[run] += 1
        self.run_df.update(seen)

    def tag(self, word: str) -> str:
        return _tag(self.seg, word)

    def _count(self, parts: list[str]) -> int:
        run = "".join(parts)
        return self.run_tf[run] if len(parts) > 1 else self.unigram[run]

    def association(self, parts: list[str]) -> tuple[float, float]:
        """(bound, pmi): the share of the rarer part's uses inside the run; the weakest split's PMI."""
        tf = self.run_tf["".join(parts)]
        total = sum(self.unigram.values())
        bound = tf / max(1, min(self.unigram[p] for p in parts))
        pmi = min(math.log(tf * total / max(1, self._count(parts[:k]) * self._count(parts[k:])))
                  for k in range(1, len(parts)))
        return bound, pmi

    def phrases(self) -> dict[str, tuple[int, str]]:
        """run -> (occurrences, POS tag of its last part)."""
        out = {}
        fragments = set()  # parts that hardly occur outside one two-part run
        candidates = []
        for run, df in self.run_df.items():
            if df < FRAGMENT_DF:
                continue
            parts = self.seg.cut(run)
            if len(parts) < 2:
                continue
            bound, pmi = self.association(parts)
            first, last = self.tag(parts[0]), self.tag(parts[-1])
            edges_ok = first not in _EDGE_TAGS and last not in _EDGE_TAGS
            # two parts, a short one that hardly occurs outside the run:
            # the segmenter split a term (新质|生产力)
            if len(parts) == 2 and edges_ok and bound >= 0.7 and pmi >= 3 and min(map(len, parts)) <= 2:
                out[run] = (self.run_tf[run], last)
                fragments.update(p for p in parts if self.run_tf[run] >= 0.7 * self.unigram[p])
                continue
            strong = (last in _NOMINAL_TAGS and pmi >= 4) or (last == "v" and pmi >= 5)
            if df >= PHRASE_DF and first not in _FUNCTION_TAGS and strong:
                candidates.append((run, parts, last))
        for run, parts, last in candidates:
            # a nominal run may not end or start in the middle of a repaired term (因地制宜发展新质|生产力)
            if parts[0] not in fragments and parts[-1] not in fragments:
                out[run] = (self.run_tf[run], last)
        return out


def drop_nested_fragments(phrases: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """A mined run that nearly always occurs inside a longer mined run is a piece of it."""
    inside: dict[str, int] = {}  # substring -> occurrences of the most frequent longer kept run holding it
    keep = {}
    for run in sorted(phrases, key=len, reverse=True):
        tf = phrases[run][0]
        if inside.get(run, 0) >= 0.9 * tf:
            continue
        keep[run] = phrases[run]
        for i in range(len(run)):
            for j in range(i + 2, len(run) + 1):
                if j - i < len(run):
                    sub = run[i:j]
                    inside[sub] = max(inside.get(sub, 0), tf)
    return keep


def build(root: Path, out: Path, workers: int, cache: Path | None = None) -> dict:
    import rjieba
    import stopwordsiso

    t0 = time.perf_counter()
    reports = read_corpus(root, workers, cache)
    t_parse = time.perf_counter() - t0
    n = len(reports)
    seg = rjieba.Jieba()

    stop = set(stopwordsiso.stopwords("zh"))
    glossary = glossary_entries(reports)
    quoted = quoted_entries(reports)
    miner = PhraseMiner(seg, stop)
    for _year, body, _terms in reports:
        miner.add(body)
    phrases = drop_nested_fragments(miner.phrases())

    entries: dict[str, tuple[int, EntryKind]] = {}
    for run, (tf, _last) in phrases.items():
        entries[run] = (tf, EntryKind.PHRASE)
    for piece, df in quoted.items():
        if len(piece) <= 2 and not is_formula(piece) and len(seg.cut(piece)) == 1:
            continue  # an ordinary word in quotes (“发展”), not a slogan
        if df >= LISTED_DF:  # quoted by many: a slogan or formula worth listing per report
            kind = EntryKind.FORMULA if is_formula(piece) else EntryKind.SLOGAN
        else:  # kept whole, not listed
            kind = entries.get(piece, (0, EntryKind.PHRASE))[1]
        entries[piece] = (df, kind)
    for piece, df in glossary.items():
        # a two-character numeral piece of a glossary term (三大, 十一) is no formula unless quoted by many
        listed_formula = is_formula(piece) and (len(piece) >= 3 or quoted.get(piece, 0) >= LISTED_DF)
        kind = EntryKind.FORMULA if listed_formula else EntryKind.GLOSSARY
        entries[piece] = (df, kind)

    base = rjieba.Jieba()  # the segmenter's own dictionary and POS tags
    entries = {w: e for w, e in entries.items()
               if e[1] != EntryKind.PHRASE or not is_verb_plus_entry(w, entries, base)}

    # Frequencies: how often the corpus uses the entry, at least what makes it win over its pieces.
    lines = []
    for word in sorted(entries):
        tf, kind = entries[word]
        freq = max(seg.suggest_freq(word), miner.run_tf.get(word, 0), tf, 1)
        entries[word] = (freq, kind)
        lines.append(f"{word}\t{freq}\t{kind.value}")
    out.mkdir(parents=True, exist_ok=True)
    header = (f"# Policy dictionary built by build_spec/build_policy_dict.py from {n} reports; "
              "word<TAB>frequency<TAB>kind\n")
    (out / DICT_FILE).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")

    # Segment again with the dictionary: boilerplate and document frequencies are over the final terms.
    for word, (freq, _kind) in entries.items():
        seg.add_word(word, freq, None)
    term_df = Counter()
    years_of: dict[str, Counter] = {}
    for year, body, _terms in reports:
        terms = {t for t in seg.cut(body) if len(t) >= 2 and re.search(r"[\u4e00-\u9fff]", t)}
        term_df.update(terms)
        y = year_of(year)
        for t in terms:
            years_of.setdefault(t, Counter())[y] += 1
    first_year = {t: min((y for y in c if y), default=0) for t, c in years_of.items()}
    boiler = sorted(t for t, c in term_df.items() if t not in stop and (
        (c >= BOILERPLATE_SHARE * n and t not in entries and _tag(base, t) in _FUNCTION_TAGS)
        or (c >= RITUAL_SHARE * n and t in phrases and phrases[t][1] not in _NOMINAL_TAGS)))
    (out / BOILERPLATE_FILE).write_text(
        f"# Boilerplate: how-words in >= {BOILERPLATE_SHARE:.0%} and ritual phrases in >= {RITUAL_SHARE:.0%} "
        f"of {n} reports (build_spec/build_policy_dict.py)\n" + "\n".join(boiler) + "\n", encoding="utf-8")
    (out / STOPWORDS_FILE).write_text(
        "# stopwords-iso, Chinese (zh), from the stopwordsiso package; MIT licence, "
        "https://github.com/stopwords-iso/stopwords-zh\n" + "\n".join(sorted(stop)) + "\n", encoding="utf-8")
    docfreq = sorted((t, c) for t, c in term_df.items() if c >= DOCFREQ_MIN and t not in stop)
    (out / DOCFREQ_FILE).write_text(f"#reports\t{n}\n" + "".join(f"{t}\t{c}\t{first_year.get(t, 0)}\n"
                                                                 for t, c in docfreq),
                                    encoding="utf-8")
    stats = {"reports": n, "parse_s": round(t_parse, 1), "total_s": round(time.perf_counter() - t0, 1),
             "glossary": sum(1 for _f, k in entries.values() if k == EntryKind.GLOSSARY),
             "slogan": sum(1 for _f, k in entries.values() if k == EntryKind.SLOGAN),
             "formula": sum(1 for _f, k in entries.values() if k == EntryKind.FORMULA),
             "phrase": sum(1 for _f, k in entries.values() if k == EntryKind.PHRASE),
             "entries": len(entries), "boilerplate": len(boiler), "stopwords": len(stop), "docfreq": len(docfreq)}
    return stats


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus-full"))
    p.add_argument("--out", default=str(ROOT / "resources" / "keywords"))
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--cache", help="keep the parsed corpus in this file between runs (development)")
    ns = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    stats = build(Path(ns.corpus), Path(ns.out), ns.workers, Path(ns.cache) if ns.cache else None)
    print(" ".join(f"{k}={v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
