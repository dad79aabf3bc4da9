"""Notes store robustness: nothing lost on import, bad annotations listed (not fatal),
read-only commands never touch the store, notes are private."""

import json
import os
import stat

import pytest

from workreport import cli, paths, resources
from workreport.core import annotation_io
from workreport.core.parser import parse_file
from workreport.store import open_document, open_store


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(resources.default_report().read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
def quote(report_file):
    report = parse_file(report_file)
    block = next(b for b in report.blocks if b.kind == "paragraph" and len(b.text) > 80)
    return report, report.text[block.start + 10:block.start + 40]


def _run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _anno(exact, i=0, **extra):
    return {"type": "Annotation", "id": f"urn:x:{i}",
            "target": {"selector": {"type": "TextQuoteSelector", "exact": exact}}, **extra}


def _import(capsys, report_file, tmp_path, annotations, *, bom=False, name="in.json"):
    f = tmp_path / name
    f.write_bytes((b"\xef\xbb\xbf" if bom else b"") + json.dumps(annotations, ensure_ascii=False).encode("utf-8"))
    return _run(capsys, "notes", "import", str(report_file), str(f))


def _stored(report):
    with open_store() as s:
        doc = s.find_document(report.digest)
        return s.highlights(doc.id) if doc else []


# -- every body shape the W3C model allows keeps its text ---------------------------------------

BODY_SHAPES = {
    "object": {"body": {"type": "TextualBody", "value": "甲笔记"}},
    "list": {"body": [{"type": "TextualBody", "value": "甲笔记"}, {"type": "TextualBody", "value": "标签",
                                                                     "purpose": "tagging"}]},
    "string": {"body": "甲笔记"},
    "textual_body_without_type": {"body": {"value": "甲笔记"}},
    "body_value": {"bodyValue": "甲笔记"},
    "other_purpose": {"body": {"type": "TextualBody", "value": "甲笔记", "purpose": "replying"}},
    "purpose_list": {"body": {"type": "TextualBody", "value": "甲笔记", "purpose": ["commenting", "describing"]}},
    "choice": {"body": {"type": "Choice", "items": [{"type": "TextualBody", "value": "甲笔记"},
                                                    {"type": "TextualBody", "value": "other language"}]}},
    "linked_resource": {"body": {"id": "https://example.invalid/甲笔记", "type": "Text"}},
}


@pytest.mark.parametrize("shape", sorted(BODY_SHAPES))
def test_every_body_shape_keeps_its_note(shape, quote, report_file, tmp_path, capsys):
    report, exact = quote
    code, out, err = _import(capsys, report_file, tmp_path, [_anno(exact, **BODY_SHAPES[shape])])
    assert code == 0, err
    (h,) = _stored(report)
    assert "甲笔记" in h.note
    if shape == "list":
        assert h.tags == ("标签",)


def test_several_note_bodies_are_all_kept(quote, report_file, tmp_path, capsys):
    report, exact = quote
    anno = _anno(exact, bodyValue="一", body=[{"value": "二"}, {"value": "三", "purpose": "commenting"}])
    assert _import(capsys, report_file, tmp_path, [anno])[0] == 0
    (h,) = _stored(report)
    assert all(x in h.note for x in "一二三")


# -- each annotation checked on its own ----------------------------------------------------------

WRONG_TYPES = {
    "id_object": {"id": {"x": 1}},
    "created_list": {"created": [2024]},
    "modified_object": {"modified": {}},
    "target_number": {"target": 5},
    "selector_string": {"target": {"selector": "TextQuoteSelector"}},
    "selector_item_number": {"target": {"selector": [3]}},
    "exact_number": {"target": {"selector": {"type": "TextQuoteSelector", "exact": 12}}},
    "prefix_list": {"target": {"selector": {"type": "TextQuoteSelector", "exact": "十四五", "prefix": []}}},
    "position_text": {"target": {"selector": [{"type": "TextQuoteSelector", "exact": "十四五"},
                                              {"type": "TextPositionSelector", "start": "a", "end": 3}]}},
    "position_backwards": {"target": {"selector": [{"type": "TextQuoteSelector", "exact": "十四五"},
                                                   {"type": "TextPositionSelector", "start": 9, "end": 3}]}},
    "style_class_number": {"target": {"selector": {"type": "TextQuoteSelector", "exact": "十四五"},
                                      "styleClass": 7}},
    "body_number": {"body": 42},
    "body_value_number": {"body": {"type": "TextualBody", "value": 3.5}},
    "body_value_list": {"bodyValue": ["a"]},
    "purpose_number": {"body": {"value": "x", "purpose": 1}},
    "status_number": {"workreport:status": 1},
    "target_id_list": {"workreport:target": ["t"]},
    "not_an_object": "just a string",
    "no_quote": {"target": {"selector": {"type": "TextPositionSelector", "start": 1, "end": 4}}},
}


def test_bad_annotations_are_listed_and_the_good_ones_imported(quote, report_file, tmp_path, capsys):
    report, exact = quote
    good = [_anno(exact, 1000, bodyValue="好的一"), _anno(exact, 1001, bodyValue="好的二")]
    bad = []
    for i, (_name, change) in enumerate(sorted(WRONG_TYPES.items())):
        bad.append(change if isinstance(change, str) else {**_anno(exact, i), **change})
    code, out, err = _import(capsys, report_file, tmp_path, [good[0], *bad, good[1]])
    assert code == 1  # some were skipped
    assert "Traceback" not in err and "AttributeError" not in err and "object has no attribute" not in err
    skipped = [line for line in err.splitlines() if line.startswith("workreport: skipped annotation")]
    assert len(skipped) == len(WRONG_TYPES), err
    assert all(":" in line.split(")", 1)[-1] for line in skipped)  # each with its reason
    assert f"{len(bad) + 2} annotations read" in out and f"{len(bad)} skipped" in out
    assert sorted(h.note for h in _stored(report)) == ["好的一", "好的二"]


def test_a_document_that_is_not_w3c_is_one_clear_error(report_file, tmp_path, capsys):
    for data in ({"type": "AnnotationPage", "items": 3}, 17, {"type": "Something"}):
        code, _, err = _import(capsys, report_file, tmp_path, data)
        assert code == 2 and err.startswith("workreport: error:") and "Traceback" not in err


def test_numeric_times_are_converted_and_reimport_works(quote, report_file, tmp_path, capsys):
    report, exact = quote
    annos = [_anno(exact, 1, bodyValue="秒", created=1700000000, modified=1700000100.5),
             _anno(exact, 2, bodyValue="毫秒", created=1700000000000)]
    assert _import(capsys, report_file, tmp_path, annos)[0] == 0
    notes = {h.note: h for h in _stored(report)}
    assert notes["秒"].created == "2023-11-14T22:13:20.000Z" and notes["秒"].updated == "2023-11-14T22:15:00.500Z"
    assert notes["毫秒"].created == "2023-11-14T22:13:20.000Z"
    exported = tmp_path / "out.json"
    assert _run(capsys, "notes", "export", str(report_file), "--format", "json", "-o", str(exported))[0] == 0
    annos[0]["modified"] = 1800000000  # later: the re-import updates it
    annos[0]["bodyValue"] = "秒（改）"
    code, out, _ = _import(capsys, report_file, tmp_path, annos, name="again.json")
    assert code == 0 and "2 already present, 1 of them updated" in out
    code, out, _ = _run(capsys, "notes", "import", str(report_file), str(exported))
    assert code == 0 and "2 already present" in out


def test_json_with_a_byte_order_mark_is_read(quote, report_file, tmp_path, capsys):
    report, exact = quote
    code, out, err = _import(capsys, report_file, tmp_path, [_anno(exact, bodyValue="带BOM")], bom=True)
    assert code == 0, err
    assert [h.note for h in _stored(report)] == ["带BOM"]


def test_one_annotation_the_store_refuses_does_not_roll_back_the_others(quote, report_file, tmp_path, capsys,
                                                                         monkeypatch):
    from workreport.store import notes_store

    report, exact = quote
    real = notes_store._insert_tags

    def refuse(c, hid, tags):  # after the highlight row is in: it must be undone too
        if "坏" in tags:
            raise ValueError("refused by the test")
        real(c, hid, tags)

    monkeypatch.setattr(notes_store, "_insert_tags", refuse)
    annos = [_anno(exact, 1, bodyValue="一"),
             _anno(exact, 2, body=[{"value": "二"}, {"value": "坏", "purpose": "tagging"}]),
             _anno(exact, 3, bodyValue="三")]
    code, out, err = _import(capsys, report_file, tmp_path, annos)
    assert code == 1 and "skipped annotation 2" in err and "refused by the test" in err
    assert sorted(h.note for h in _stored(report)) == ["一", "三"]


# -- read-only commands never move or create a store -----------------------------------------------

def _listing(folder):
    return sorted((p.name, p.read_bytes()) for p in folder.iterdir()) if folder.exists() else None


@pytest.mark.parametrize("damage", ["text", "garbage_header"])
def test_export_on_a_damaged_store_fails_clearly_and_changes_nothing(damage, report_file, capsys):
    data = paths.data_dir()
    store = data / paths.STORE_NAME
    store.write_bytes("这不是数据库\n".encode() * 200 if damage == "text" else b"SQLite format 3\x00" + b"\xff" * 4000)
    before = _listing(data)
    for fmt in ("md", "json"):
        code, out, err = _run(capsys, "notes", "export", str(report_file), "--format", fmt)
        assert code != 0 and out == ""
        assert err.startswith("workreport: error:") and "damaged" in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
    assert _listing(data) == before  # not moved aside, no new store


def test_export_without_a_store_creates_nothing(report_file, tmp_path, capsys):
    data = tmp_path / "nothing-here"
    code, out, _ = _run(capsys, "notes", "export", str(report_file), "--format", "json", "--data-dir", str(data))
    assert code == 0 and json.loads(out)["total"] == 0
    assert not data.exists()


def test_export_does_not_write_to_a_healthy_store(quote, report_file, capsys):
    report, exact = quote
    with open_store() as s:
        doc = open_document(s, report).document
        s.add_highlight(doc.id, 0, 4, report.text[:4], note="n")
    store = paths.store_file()
    os.chmod(store, 0o400)  # a write would fail loudly
    try:
        code, out, err = _run(capsys, "notes", "export", str(report_file), "--format", "json")
    finally:
        os.chmod(store, 0o600)
    assert code == 0, err
    assert json.loads(out)["total"] == 1


# -- permissions -------------------------------------------------------------------------------

def _mode(p):
    return stat.S_IMODE(p.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_dir_and_files_are_private_whatever_the_umask(tmp_path, report_file, capsys):
    old = os.umask(0o022)
    try:
        paths.set_data_dir(tmp_path / "fresh" / "data")
        with open_store() as s:
            s.document("d" * 64)
            files = [paths.store_file(), paths.private_file(paths.settings_file())]
            files += [p for p in paths.data_dir().iterdir() if p.name.startswith(paths.STORE_NAME + "-")]
            modes = {p.name: oct(_mode(p)) for p in files}  # while -wal and -shm exist
        assert _mode(paths.data_dir()) == 0o700
        assert len(modes) >= 3 and set(modes.values()) == {"0o600"}, modes
        out = tmp_path / "export.md"
        assert _run(capsys, "notes", "export", str(report_file), "-o", str(out))[0] == 0
        assert _mode(out) == 0o600
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_world_readable_store_is_restricted(tmp_path):
    data = tmp_path / "old"
    data.mkdir(mode=0o755)
    store = data / paths.STORE_NAME
    with open_store(store):
        pass
    os.chmod(store, 0o644)
    with open_store(store):
        pass
    assert _mode(store) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_platform_data_dir_is_tightened(tmp_path, monkeypatch):
    import platformdirs

    base = tmp_path / "platform"
    base.mkdir(mode=0o755)
    os.chmod(base, 0o755)
    monkeypatch.delenv("WORKREPORT_DATA_DIR")
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(base))
    assert paths.data_dir() == base and _mode(base) == 0o700


def test_markdown_and_json_writers_stream_the_same_text(bundled_report):
    from types import SimpleNamespace as NS

    h = NS(uuid="a" * 32, note="x", note_format="text", tags=("t",), created="c", updated="u", colour="yellow",
           exact="ab", prefix="", suffix="", start=1, end=3, target="", status=None, id=1)
    import io

    for hs in ([], [h, h]):
        buf = io.StringIO()
        annotation_io.write_collection(buf, bundled_report, iter(hs), total=len(hs))
        assert buf.getvalue() == annotation_io.dumps(annotation_io.to_collection(bundled_report, hs))
