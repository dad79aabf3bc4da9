"""`workreport notes export|import`: Markdown and W3C JSON, idempotent import, --data-dir."""

import json
import subprocess
import sys

import pytest

from workreport import cli, paths, resources
from workreport.core import annotation_io
from workreport.core.kinds import BlockKind, NodeKind
from workreport.core.parser import parse_file
from workreport.store import bookmark_block, highlight_span, open_document, open_store

INSERTED = "这是编辑时新插入的一段文字，用来把后面的内容整体向后推移。"


def _long_paragraphs(report, n):
    blocks = [b for b in report.blocks if b.kind == BlockKind.PARAGRAPH and len(b.text) >= 150]
    step = max(1, len(blocks) // n)
    return blocks[::step][:n]


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(resources.default_report().read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
def noted(report_file, tmp_path):
    """A data dir with notes on three paragraphs of the report (and a bookmark)."""
    data = tmp_path / "data"
    paths.set_data_dir(data)
    report = parse_file(report_file)
    a, b, c = _long_paragraphs(report, 3)
    with open_store() as store:
        doc = open_document(store, report).document
        hs = [
            highlight_span(store, doc.id, report, a.start + 20, a.start + 50, note="plain <b>not html</b> *x*",
                           tags=["重点", "经济"], colour="green"),
            highlight_span(store, doc.id, report, b.start + 30, b.start + 60, note="**粗体**笔记",
                           note_format="markdown", target="t-3", status="on_track"),
            highlight_span(store, doc.id, report, c.start + 40, c.start + 70, colour="blue"),
        ]
        bm = bookmark_block(store, doc.id, report, b.index, label="回头再看")
    paths.set_data_dir(None)
    return data, report, hs, bm


def _run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_markdown_export_groups_by_section_in_reading_order(noted, report_file, capsys):
    data, report, hs, bm = noted
    code, md, _ = _run(capsys, "notes", "export", str(report_file), "--format", "md", "--data-dir", str(data))
    assert code == 0
    positions = [md.index(annotation_io.md_escape(h.exact)) for h in hs]
    assert positions == sorted(positions)  # reading order
    for h in hs:
        ref = report.block_at(h.start).ref
        assert f"**{annotation_io.md_escape(ref)}**" in md
        node = report.block_at(h.start).node
        while node.kind == NodeKind.TOPIC:
            node = node.parent
        heading = [line for line in md.splitlines() if line.startswith("#") and node.title in line]
        assert heading and md.index(heading[0]) < md.index(annotation_io.md_escape(h.exact))
    assert "plain \\<b\\>not html\\</b\\> \\*x\\*" in md  # a plain note is shown as text
    assert "**粗体**笔记" in md  # a Markdown note is kept as Markdown
    assert "Tags: `经济` `重点`" in md and "status: on track" in md and "target t-3" in md
    assert "回头再看" in md and md.index("回头再看") < md.index(annotation_io.md_escape(hs[1].exact))


def test_json_export_is_a_w3c_collection(noted, report_file, capsys):
    data, report, hs, bm = noted
    code, out, _ = _run(capsys, "--data-dir", str(data), "notes", "export", str(report_file), "--format", "json")
    assert code == 0
    coll = json.loads(out)
    assert coll["type"] == "AnnotationCollection"
    assert coll["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    items = coll["first"]["items"]
    assert coll["total"] == len(items) == 4
    assert all(i["type"] == "Annotation" and i["id"].startswith("urn:uuid:") for i in items)
    by_motivation = {}
    for i in items:
        by_motivation.setdefault(i["motivation"], []).append(i)
    assert len(by_motivation["bookmarking"]) == 1 and len(by_motivation["commenting"]) == 2
    (hl,) = by_motivation["highlighting"]
    sel = {s["type"]: s for s in hl["target"]["selector"]}
    assert sel["TextQuoteSelector"]["exact"] == hs[2].exact
    assert (sel["TextPositionSelector"]["start"], sel["TextPositionSelector"]["end"]) == (hs[2].start, hs[2].end)
    assert hl["target"]["source"] == f"urn:sha256:{report.digest}"


def test_import_into_a_fresh_store_twice_makes_no_duplicates(noted, report_file, tmp_path, capsys):
    data, report, hs, bm = noted
    exported = tmp_path / "notes.json"
    assert _run(capsys, "notes", "export", str(report_file), "--format", "json", "-o", str(exported),
                "--data-dir", str(data))[0] == 0
    fresh = tmp_path / "fresh"
    outs = []
    for _ in range(2):
        code, out, _ = _run(capsys, "notes", "import", str(report_file), str(exported), "--data-dir", str(fresh))
        assert code == 0
        outs.append(out)
    assert "4 anchored, 0 re-anchored fuzzily, 0 orphaned (0 already present" in outs[0]
    assert "0 anchored, 0 re-anchored fuzzily, 0 orphaned (4 already present" in outs[1]
    with open_store(fresh / "notes.sqlite3") as s, open_store(data / "notes.sqlite3") as old:
        doc, old_doc = s.find_document(report.digest), old.find_document(report.digest)
        assert doc and old_doc
        strip = lambda h: h.__dict__ | {"id": 0, "document_id": 0}  # noqa: E731
        assert [strip(h) for h in s.highlights(doc.id)] == [strip(h) for h in old.highlights(old_doc.id)]
        assert [b.label for b in s.bookmarks(doc.id)] == ["回头再看"]


def test_import_into_an_edited_copy_reports_fuzzy_and_orphans(noted, report_file, tmp_path, capsys):
    data, report, hs, bm = noted
    exported = tmp_path / "notes.json"
    _run(capsys, "notes", "export", str(report_file), "--format", "json", "-o", str(exported), "--data-dir", str(data))
    a, b, c = _long_paragraphs(report, 3)
    text = report_file.read_text(encoding="utf-8")
    text = text.replace(a.text, INSERTED + "\n\n" + a.text)  # moved
    text = text.replace(hs[1].exact, hs[1].exact[:10] + "改动" + hs[1].exact[12:])  # changed word
    text = text.replace(c.text + "\n", "")  # deleted paragraph
    edited = tmp_path / "edited.txt"
    edited.write_text(text, encoding="utf-8")
    code, out, _ = _run(capsys, "notes", "import", str(edited), str(exported), "--data-dir", str(tmp_path / "e"))
    assert code == 0
    # the bookmark's quote (start of paragraph b) is unchanged, so it anchors too
    assert "2 anchored, 1 re-anchored fuzzily, 1 orphaned" in out
    code, md, _ = _run(capsys, "notes", "export", str(edited), "--data-dir", str(tmp_path / "e"))
    assert "## Orphaned notes" in md
    assert md.index(annotation_io.md_escape(hs[2].exact)) > md.index("## Orphaned notes")


def test_subprocess_round_trip_honours_data_dir(noted, report_file, tmp_path):
    data, report, hs, bm = noted
    out = tmp_path / "n.json"
    env_dir = tmp_path / "never-used"
    run = lambda *a: subprocess.run([sys.executable, "-m", "workreport", *a], capture_output=True, text=True,  # noqa
                                    env={**__import__("os").environ, "WORKREPORT_DATA_DIR": str(env_dir)})
    r = run("--data-dir", str(data), "notes", "export", str(report_file), "--format", "json", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["first"]["items"]) == 4
    r = run("notes", "import", str(report_file), str(out), "--data-dir", str(tmp_path / "other"))
    assert r.returncode == 0, r.stderr
    assert "4 annotations read: 4 anchored" in r.stdout
    assert (tmp_path / "other" / "notes.sqlite3").exists()
    assert not (env_dir / "notes.sqlite3").exists()


def test_bad_annotation_files_give_one_clear_error(report_file, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = _run(capsys, "notes", "import", str(report_file), str(bad))
    assert code == 2 and err.startswith("workreport: error:") and "Traceback" not in err
    bad.write_text(json.dumps({"type": "AnnotationCollection", "first": {"items": [{"type": "Annotation",
                   "target": {"selector": [{"type": "TextPositionSelector", "start": 1, "end": 3}]}}]}}))
    code, _, err = _run(capsys, "notes", "import", str(report_file), str(bad))
    assert code == 1 and "skipped annotation 1" in err  # listed, with the reason; exit 1: some skipped


def test_foreign_annotations_without_ids_import_once(report_file, tmp_path, capsys):
    report = parse_file(report_file)
    block = _long_paragraphs(report, 1)[0]
    quote = report.text[block.start + 5:block.start + 25]
    foreign = tmp_path / "foreign.json"
    foreign.write_text(json.dumps([{"type": "Annotation", "body": {"type": "TextualBody", "value": "外部笔记"},
                                    "target": {"selector": {"type": "TextQuoteSelector", "exact": quote}}}],
                                  ensure_ascii=False), encoding="utf-8")
    for _ in range(2):
        code, out, _ = _run(capsys, "notes", "import", str(report_file), str(foreign))
        assert code == 0
    with open_store() as s:
        doc = s.find_document(report.digest)
        assert doc
        (h,) = s.highlights(doc.id)
        assert (h.exact, h.note, h.start) == (quote, "外部笔记", block.start + 5)


def test_notes_usage(capsys):
    with pytest.raises(SystemExit) as exc:  # a usage error ends as argparse's do: exit 2, usage on stderr
        cli.main(["notes"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "ACTION" in err and "workreport notes" in err
