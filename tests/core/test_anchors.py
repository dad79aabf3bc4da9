"""W3C selectors and re-anchoring, on the bundled report and edited copies of it."""

import pytest

from workreport import resources
from workreport.core.anchors import EXACT, FUZZY, ORPHAN, POSITION, Anchor, Anchorer, make_anchor, reanchor
from workreport.core.parser import parse_file
from workreport.store import highlight_span, open_document, open_store

INSERTED = "这是编辑时新插入的一段文字，用来把后面的内容整体向后推移。"


def _paragraphs(report, n, min_len=150):
    """The first n long paragraphs after the first third (picked by shape, not content)."""
    blocks = [b for b in report.blocks if b.kind == "paragraph" and len(b.text) >= min_len]
    blocks = blocks[len(blocks) // 3:]
    step = max(1, len(blocks) // n)
    return blocks[::step][:n]


def _quote(report, block, offset=40, length=30):
    return make_anchor(report.text, block.start + offset, block.start + offset + length)


def _edit(tmp_path, name, lines_fn):
    src = resources.default_report().read_text(encoding="utf-8")
    lines = src.split("\n")
    lines = lines_fn(lines)
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _line_of(lines, block):
    (i,) = [i for i, line in enumerate(lines) if line.strip() == block.text]
    return i


@pytest.fixture(scope="module")
def original():
    return parse_file(resources.default_report())


def test_selectors_round_trip(original):
    b = _paragraphs(original, 1)[0]
    a = _quote(original, b)
    assert original.text[a.start:a.end] == a.exact
    assert len(a.prefix) == len(a.suffix) == 32
    sel = a.selectors()
    assert {s["type"] for s in sel} == {"TextQuoteSelector", "TextPositionSelector"}
    assert Anchor.from_selectors(sel) == a
    assert Anchor.from_selectors(sel[0]).exact == a.exact  # a quote alone is enough
    with pytest.raises(ValueError):
        Anchor.from_selectors([sel[1]])  # a position alone cannot be re-anchored


def test_unchanged_text_anchors_by_position(original):
    for b in _paragraphs(original, 5):
        a = _quote(original, b)
        p = reanchor(original.text, a)
        assert (p.method, p.start, p.end) == (POSITION, a.start, a.end)


def test_insertion_before_the_quote(original, tmp_path):
    target = _paragraphs(original, 3)[1]
    a = _quote(original, target)

    def insert(lines):
        i = _line_of(lines, target)
        return lines[:i] + [INSERTED, ""] + lines[i:]

    edited = parse_file(_edit(tmp_path, "inserted.txt", insert))
    p = reanchor(edited.text, a)
    assert p.method == EXACT
    assert p.start > a.start
    assert edited.text[p.start:p.end] == a.exact


def test_changed_word_inside_the_quote(original, tmp_path):
    target = _paragraphs(original, 3)[2]
    a = _quote(original, target)
    old_word = a.exact[12:14]
    new_quote = a.exact[:12] + "改动" + a.exact[14:]
    assert old_word != "改动"

    def change(lines):
        i = _line_of(lines, target)
        lines = list(lines)
        lines[i] = lines[i].replace(a.exact, new_quote)
        return [INSERTED, ""] + lines  # and shifted, so position alone fails

    edited = parse_file(_edit(tmp_path, "changed.txt", change))
    p = reanchor(edited.text, a)
    assert p.method == FUZZY
    assert edited.text[p.start:p.end] == new_quote


def test_deleted_paragraph_becomes_an_orphan(original, tmp_path):
    target = _paragraphs(original, 3)[0]
    a = _quote(original, target)

    def delete(lines):
        i = _line_of(lines, target)
        return lines[:i] + lines[i + 1:]

    edited = parse_file(_edit(tmp_path, "deleted.txt", delete))
    assert a.exact not in edited.text
    p = reanchor(edited.text, a)
    assert p.method == ORPHAN and p.orphan


def test_repeated_quote_prefers_matching_context_then_nearest():
    text = "甲乙丙丁稳就业保民生戊己庚辛" + "子丑寅卯稳就业保民生辰巳午未"
    second = text.index("稳就业保民生", 10)
    a = Anchor("稳就业保民生", "子丑寅卯", "辰巳午未", 0, 6)  # old position points at the first
    p = reanchor("新" + text, a)
    assert (p.method, p.start) == (EXACT, second + 1)
    # no context: nearest to the old position wins
    b = Anchor("稳就业保民生", "", "", second + 3, second + 9)
    assert reanchor("新" + text, b).start == second + 1


def test_fuzzy_uses_context_for_a_short_quote():
    text = "前面的话。推进乡村振兴战略,巩固拓展脱贫攻坚成果。后面的话"
    a = make_anchor(text, text.index("乡村"), text.index("乡村") + 4)  # 乡村振兴
    edited = "插入。" + text.replace("乡村振兴", "城乡振兴")
    p = reanchor(edited, a)
    assert p.method == FUZZY
    assert edited[p.start:p.end] == "城乡振兴"


def test_unrelated_text_gives_orphans(original):
    anchorer = Anchorer("完全不同的另一篇文章。" * 50)
    for b in _paragraphs(original, 5):
        assert anchorer.reanchor(_quote(original, b)).method == ORPHAN


def test_full_width_variants_still_match():
    text = "坚持稳中求进，推动高质量发展。"
    a = Anchor("稳中求进,推动", "坚持", "高质量", 2, 9)
    p = reanchor(text, a)
    assert p.method == POSITION and (p.start, p.end) == (2, 9)


def test_notes_follow_an_edited_file_at_the_same_path(original, tmp_path):
    """Opening the edited file again: notes adopted, moved, fuzzily placed or orphaned — none lost."""
    keep, moved, changed, gone = _paragraphs(original, 4)
    path = tmp_path / "report.txt"
    path.write_text(resources.default_report().read_text(encoding="utf-8"), encoding="utf-8")
    first = parse_file(path)
    assert first.text == original.text
    with open_store() as store:
        doc = open_document(store, first).document
        spans = {name: _quote(first, b) for name, b in
                 [("keep", keep), ("moved", moved), ("changed", changed), ("gone", gone)]}
        ids = {name: highlight_span(store, doc.id, first, a.start, a.end, note=name).id for name, a in spans.items()}
        new_quote = spans["changed"].exact[:10] + "改动" + spans["changed"].exact[12:]

        def edit(lines):
            lines = list(lines)
            lines[_line_of(lines, changed)] = lines[_line_of(lines, changed)].replace(spans["changed"].exact, new_quote)
            i = _line_of(lines, moved)
            lines[i:i] = [INSERTED, ""]
            del lines[_line_of(lines, gone)]
            return lines

        path.write_text("\n".join(edit(path.read_text(encoding="utf-8").split("\n"))), encoding="utf-8")
        second = parse_file(path)
        opened = open_document(store, second)
        assert opened.adopted_from == first.digest
        assert opened.document.id == doc.id and opened.document.digest == second.digest
        by_note = {p.highlight.note: p for p in opened.highlights}
        assert set(by_note) == set(ids)
        assert by_note["gone"].placement.method == ORPHAN
        assert by_note["gone"].highlight.exact == spans["gone"].exact  # the quote is kept
        assert by_note["changed"].placement.method == FUZZY
        for name in ("keep", "moved", "changed"):
            p = by_note[name]
            assert second.text[p.placement.start:p.placement.end] == p.highlight.exact
        assert by_note["changed"].highlight.exact == new_quote
        assert opened.counts[ORPHAN] == 1 and opened.counts[FUZZY] == 1
        assert [p.highlight.note for p in opened.orphans] == ["gone"]
        # the new places were saved: opening again is all position hits (orphans stay orphans)
        again = open_document(store, second)
        assert again.counts == {POSITION: 3, EXACT: 0, FUZZY: 0, ORPHAN: 1}
