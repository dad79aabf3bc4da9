"""Precision and recall against the hand-made gold (bundled report and corpus 预期目标 paragraphs)."""

import json

import pytest
from targets_gold import DATA, corpus_gold_files, load, part_blocks, score, show

from workreport.core.parser import parse_file
from workreport.core.targets import extract_targets


@pytest.fixture(scope="module")
def bundled_records(bundled_report):
    return [t.to_dict() for t in extract_targets(bundled_report)]


def test_bundled_targets_of_part_three(bundled_report, bundled_records):
    gold = load("nankai-2021-targets.json")
    scope = part_blocks(bundled_report, 3)
    got = [r for r in bundled_records if r["kind"] == "target" and r["block"] in scope and r["value"] is not None]
    p, r, fp, fn = score(got, gold["targets"])
    show(f"bundled targets: precision {p:.3f} recall {r:.3f}", fp, fn)
    assert p >= 0.95 and r >= 0.95
    assert all(t["year"] == 2021 for t in got)
    qualitative = [t["indicator"] for t in bundled_records
                   if t["kind"] == "target" and t["block"] in scope and t["value"] is None]
    assert qualitative == [q["indicator"] for q in gold["qualitative_targets"]]


def test_bundled_results_of_part_one(bundled_report, bundled_records):
    gold = load("nankai-2021-targets.json")
    scope = part_blocks(bundled_report, 1)
    got = [r for r in bundled_records if r["kind"] == "result" and r["block"] in scope and r["value"] is not None]
    p, r, fp, fn = score(got, gold["results"])
    show(f"bundled results: precision {p:.3f} recall {r:.3f}", fp, fn)
    assert p >= 0.9 and r >= 0.9
    assert not [t for t in bundled_records if t["block"] in scope and t["kind"] == "target"]


def test_bundled_spans_are_the_source_sentences(bundled_report, bundled_records):
    for rec in bundled_records:
        assert bundled_report.text[rec["start"]:rec["end"]] == rec["sentence"]
        block = bundled_report.blocks[rec["block"]]
        assert block.start <= rec["start"] < rec["end"] <= block.end and block.ref == rec["paragraph"]


def _corpus_scores():
    totals = {"hit": 0, "got": 0, "gold": 0}
    for path in corpus_gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        report = parse_file(DATA / gold["report"])
        needles = [gold["paragraph_contains"], *gold["extra_paragraphs_contain"]]
        scope = {b.index for b in report.blocks if any(n in b.text for n in needles)}
        assert scope, f"{path.name}: paragraph not found"
        got = [t.to_dict() for t in extract_targets(report) if t.block in scope and t.value is not None]
        assert all(t["kind"] == "target" for t in got), path.name
        p, r, fp, fn = score(got, gold["targets"], with_comparator=True)
        show(f"{path.name}: precision {p:.3f} recall {r:.3f}", fp, fn)
        hit = len(got) - len(fp)
        totals["hit"] += hit
        totals["got"] += len(got)
        totals["gold"] += len(gold["targets"])
    return totals


def test_corpus_goal_paragraphs():
    files = corpus_gold_files()
    assert len(files) >= 8
    t = _corpus_scores()
    precision, recall = t["hit"] / t["got"], t["hit"] / t["gold"]
    print(f"corpus 预期目标 paragraphs: precision {precision:.3f} recall {recall:.3f} over {t['gold']} gold records")
    assert precision >= 0.95 and recall >= 0.95
