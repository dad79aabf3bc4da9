"""Corpus reports of every level parse to the parts and glossaries verified by reading them."""

import json

import pytest
from conftest import DATA

from workreport.core import model as m
from workreport.core.parser import parse_file

EXPECTED = json.loads((DATA / "corpus_expected.json").read_text(encoding="utf-8"))
ALL_CORPUS = sorted(p.relative_to(DATA).as_posix() for p in (DATA / "corpus").rglob("*.md"))


@pytest.mark.parametrize("rel", ALL_CORPUS)
def test_every_test_report_parses(rel):
    report = parse_file(DATA / rel)
    assert report.blocks and report.text
    for b in report.blocks:
        assert report.text[b.start:b.end] == b.text


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_parts_sections_and_glossary_match_reading(rel):
    want = EXPECTED[rel]
    report = parse_file(DATA / rel)
    parts = [n for n in report.outline if n.kind == m.PART]
    assert [p.title for p in parts] == want["parts"]
    assert [sum(1 for c in p.children if c.kind == m.SECTION) for p in parts] == want["sections_per_part"]
    assert len(report.glossary) == want["glossary_count"]
    if want["glossary_count"]:
        assert report.glossary[0].term == want["glossary_first_term"]
        assert report.glossary[-1].term == want["glossary_last_term"]
    if want.get("speaker"):
        assert report.metadata.speaker == want["speaker"]
