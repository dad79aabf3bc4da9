"""The committed keyword resources (built by build_spec/build_policy_dict.py) are consistent with the data."""

from __future__ import annotations

from pathlib import Path

import pytest

from workreport.core.keywords_data import EntryKind, bundled_folder, is_formula, read_lexicon
from workreport.core.parser import parse_file

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def lexicon():
    return read_lexicon(bundled_folder())


@pytest.mark.parametrize("report", ["corpus/province/四川省-2021.md", "corpus/city/海口市-2023.md",
                                    "corpus/prefecture/惠州市-2022.md"])
def test_glossary_terms_of_a_corpus_report_are_entries(lexicon, report):
    """Every glossary term short enough to be a term is in the dictionary (cut at its quotes)."""
    from build_spec.build_policy_dict import pieces

    terms = [p for e in parse_file(DATA / report).glossary for p in pieces(e.term)]
    assert terms
    missing = [t for t in terms if t not in lexicon.entries]
    assert not missing


def test_kinds_are_consistent(lexicon):
    kinds = {k for _f, k in lexicon.entries.values()}
    assert kinds == set(EntryKind)
    for word, (freq, kind) in lexicon.entries.items():
        assert freq >= 1 and 2 <= len(word)
        if kind == EntryKind.FORMULA:
            assert is_formula(word), word


def test_quoted_formulas_of_many_reports_are_formulas(lexicon):
    for word in ("六稳", "六保", "两个毫不动摇", "三去一降一补", "四个全面"):
        assert lexicon.kind(word) == EntryKind.FORMULA, word


def test_stopwords_boilerplate_and_document_frequencies(lexicon):
    assert len(lexicon.stopwords) > 500 and "我们" in lexicon.stopwords
    assert lexicon.boilerplate and not (lexicon.boilerplate & set(lexicon.entries) - lexicon.boilerplate)
    assert lexicon.reports > 1000
    assert all(1 <= n <= lexicon.reports for n in lexicon.docfreq.values())
    # a term of every report is more common than a term of a few years
    assert lexicon.docfreq["改革"] > lexicon.docfreq.get("新质生产力", 0) > 0
    header = (bundled_folder() / "stopwords-zh.txt").read_text(encoding="utf-8").splitlines()[0]
    assert "stopwords-iso" in header and "MIT" in header
