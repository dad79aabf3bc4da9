"""The command line prints what the parser found, and errors are one clear line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from workreport import resources

REPORT = str(resources.default_report())


def run(*args, **env):
    env_path = str(ROOT / "desktop")
    return subprocess.run([sys.executable, "-m", "workreport", *args], capture_output=True, text=True,
                          env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", **env},
                          timeout=120)


def test_outline_json():
    r = run("outline", REPORT, "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert [p["label"] for p in d["outline"]] == ["一", "二", "三", "四"]
    assert d["outline"][2]["title"] == "全力做好2021年重点工作"
    assert d["metadata"]["speaker"] == "孙剑楠"


def test_outline_text_and_glossary_and_text():
    r = run("outline", REPORT)
    assert r.returncode == 0 and "一 “十三五”时期工作回顾" in r.stdout
    g = run("glossary", REPORT, "--json")
    entries = json.loads(g.stdout)
    assert len(entries) == 22 and set(entries[0]) == {"term", "definition"}
    t = run("text", REPORT)
    assert t.returncode == 0 and "ICP备" not in t.stdout and "各位代表" in t.stdout


def test_errors_are_one_line_without_traceback(tmp_path):
    r = run("outline", str(tmp_path / "missing.txt"))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and r.stderr.strip().count("\n") == 0
    assert "missing.txt" in r.stderr
    binary = tmp_path / "b.md"
    binary.write_bytes(bytes(range(256)) * 10)
    r = run("glossary", str(binary))
    assert r.returncode != 0 and "binary" in r.stderr and "Traceback" not in r.stderr


# -- one parser: --data-dir before or after the sub-command; a first word that is no command is a file --------

def _main(capsys, *argv):
    from workreport import cli

    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_every_sub_command():
    r = run("--help")
    assert r.returncode == 0, r.stderr
    for name in ("outline", "glossary", "text", "targets", "scorecard", "panel", "notes", "library", "search",
                 "keywords", "trend", "lookup"):
        assert f"\n    {name} " in r.stdout, name
    assert "--data-dir" in r.stdout and "FILE" in r.stdout
    nested = run("library", "--help")
    assert nested.returncode == 0 and all(a in nested.stdout for a in ("add", "list", "update", "remove"))


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_library_data_dir_before_or_after_the_command(tmp_path, capsys, before, _isolated_data_dir):
    data = tmp_path / "lib"
    report = tmp_path / "report.txt"
    report.write_bytes(resources.default_report().read_bytes())

    def with_data_dir(*argv):
        return ("--data-dir", str(data), *argv) if before else (*argv, "--data-dir", str(data))

    code, out, _ = _main(capsys, *with_data_dir("library", "add", str(report), "--json", "--workers", "1"))
    assert code == 0 and json.loads(out)["added"] == 1
    code, out, _ = _main(capsys, *with_data_dir("library", "list", "--json"))
    assert code == 0 and [Path(r["path"]).name for r in json.loads(out)] == ["report.txt"]
    assert any(data.iterdir()) and not _isolated_data_dir.exists()  # all in --data-dir, none in the default


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_notes_data_dir_before_or_after_the_command(tmp_path, capsys, before, _isolated_data_dir):
    from workreport.core.parser import parse_file

    data = tmp_path / "notes"
    report = tmp_path / "report.txt"
    report.write_bytes(resources.default_report().read_bytes())
    quote = next(b.text[10:40] for b in parse_file(report).blocks if len(b.text) > 100)
    annotations = tmp_path / "a.json"
    annotations.write_text(json.dumps([{"type": "Annotation", "body": {"type": "TextualBody", "value": "笔记"},
                                        "target": {"selector": {"type": "TextQuoteSelector", "exact": quote}}}],
                                      ensure_ascii=False), encoding="utf-8")
    imp = ["notes", "import", str(report), str(annotations)]
    exp = ["notes", "export", str(report), "--format", "json"]
    data_dir = ["--data-dir", str(data)]
    code, out, err = _main(capsys, *(data_dir + imp if before else imp + data_dir))
    assert code == 0, err
    code, out, _ = _main(capsys, *(exp + data_dir if before else data_dir + exp))  # the other position
    items = json.loads(out)["first"]["items"]
    assert code == 0 and len(items) == 1 and "笔记" in json.dumps(items[0], ensure_ascii=False)
    assert not _isolated_data_dir.exists()


def test_first_word_decides_between_command_and_file(tmp_path):
    from workreport import cli

    d = str(tmp_path / "d")
    assert cli.is_subcommand(["outline", "r.txt"])
    assert cli.is_subcommand(["--data-dir", d, "notes", "export", "r.txt"])
    assert cli.is_subcommand([f"--data-dir={d}", "text", "r.txt"])
    assert cli.is_subcommand(["--help"])  # the full help, sub-commands included
    for app_argv in ([], ["r.txt"], ["nosuchcommand"], ["r.txt", "--data-dir", d], ["--self-test"],
                     ["--data-dir", d, "r.txt", "--self-test"], ["--data-dir"]):
        assert not cli.is_subcommand(app_argv), app_argv


@pytest.mark.parametrize("argv", [["--data-dir", "{d}", "r.txt", "--self-test"],
                                  ["r.txt", "--self-test", "--data-dir", "{d}"]])
def test_app_arguments_take_data_dir_anywhere(tmp_path, argv):
    from workreport import cli, paths

    d = tmp_path / "d"
    ns = cli.gui_args([a.format(d=d) for a in argv])
    assert (ns.file, ns.self_test, paths.data_dir_path()) == ("r.txt", True, d)


def test_entry_point_routes_by_the_first_word(tmp_path):
    data = tmp_path / "d"
    r = run("--data-dir", str(data), "outline", REPORT)  # a command after the shared option
    assert r.returncode == 0 and "一 “十三五”时期工作回顾" in r.stdout, r.stderr
    r = run("nosuchcommand", "--self-test", "--data-dir", str(data),  # not a command: a file for the app
            WORKREPORT_DATA_DIR=str(data), WORKREPORT_CACHE_DIR=str(tmp_path / "cache"))
    assert r.returncode == 1 and json.loads(r.stdout)["error"].endswith("nosuchcommand"), r.stdout + r.stderr


def test_unknown_command_is_one_clear_error(capsys):
    from workreport import cli

    with pytest.raises(SystemExit) as exc:
        cli.main(["nosuchcommand", "x"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "invalid choice: 'nosuchcommand'" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        cli.main([])
    assert exc.value.code == 2 and "COMMAND" in capsys.readouterr().err
