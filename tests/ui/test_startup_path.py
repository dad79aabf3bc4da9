"""Start-up path (issue 16): the parse cache, and side work put off until the first paint."""

import stat

import pytest

from workreport import report_cache, resources


def test_parse_cache_reads_back_the_same_report_and_notices_edits(tmp_path, monkeypatch):
    path = tmp_path / "r.txt"
    path.write_bytes(resources.default_report().read_bytes())
    first = report_cache.load_report(path)
    (entry,) = (tmp_path / "userdata" / report_cache.CACHE_FOLDER).glob("*.pickle")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600

    import workreport.core.parser as parser

    def no_parse(_path):
        raise AssertionError("parsed again although unchanged")

    monkeypatch.setattr(parser, "parse_file", no_parse)
    again = report_cache.load_report(path)
    assert again.digest == first.digest and again.text == first.text and again.source == str(path)
    assert [n.title for n in again.nodes()] == [n.title for n in first.nodes()]
    monkeypatch.undo()
    path.write_text(path.read_text(encoding="utf-8") + "\n补充一段。\n", encoding="utf-8")
    edited = report_cache.load_report(path)
    assert edited.digest != first.digest


def test_parse_cache_passes_on_the_parser_error(tmp_path):
    from workreport.core.errors import ReportError

    with pytest.raises(ReportError):
        report_cache.load_report(tmp_path / "missing.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ReportError):
        report_cache.load_report(tmp_path / "empty.txt")


def test_targets_table_fills_after_the_first_paint(qtbot, tmp_path):
    pytest.importorskip("PySide6")
    import workreport.ui  # noqa: F401
    from workreport import app
    from workreport.ui.settings import Settings

    window = app.create_main_window(None, Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    assert window.targets_panel.model.rowCount() == 0  # nothing extracted before the text is on screen
    window.show()
    qtbot.waitUntil(lambda: window.targets_panel.model.rowCount() > 0)
    assert window.first_paint.painted
    window.close()


def test_parse_cache_never_reads_a_pipe_or_a_device(tmp_path):
    import os
    import threading

    from workreport.core.errors import ReportError

    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    outcome = {}

    def load():  # on a thread: a blocking read would hang the test, not fail it
        try:
            report_cache.load_report(fifo)
        except ReportError as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive() and "error" in outcome  # refused at once, by the parser's check
    with pytest.raises(ReportError):
        report_cache.load_report("/dev/zero")


def test_the_first_screen_imports_no_side_dock_and_no_openssl(tmp_path):
    """Modules the first screen does not need stay out of the start-up (a fresh process: pytest itself
    imports hashlib and subprocess)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, json\n"
        "from workreport import app\n"
        "app._application()\n"
        "window = app.create_main_window(None)\n"
        "print(json.dumps(sorted(m for m in sys.modules)))\n"
    )
    env = dict(os.environ, WORKREPORT_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).resolve().parents[2] / "desktop"))
    for _ in range(2):  # the second start reads the parse cache, as a normal start does
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    for module in ("workreport.ui.targets_panel", "workreport.ui.lookup_panel", "workreport.ui.keywords.panel",
                   "workreport.core.parser", "workreport.core.targets", "hashlib", "subprocess"):
        assert module not in loaded, module
