"""The command line prints what the parser found, and errors are one clear line."""

import json
import subprocess
import sys

from workreport import resources

from conftest import ROOT

REPORT = str(resources.default_report())


def run(*args):
    env_path = str(ROOT / "desktop")
    return subprocess.run([sys.executable, "-m", "workreport", *args], capture_output=True, text=True,
                          env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
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
