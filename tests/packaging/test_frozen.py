"""The frozen one-folder app (PyInstaller) builds within budget and passes its --self-test,
on the bundled report and on a report passed as an argument."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from build_spec.__main__ import BUDGET_MB
from conftest import DATA, ROOT

pytestmark = pytest.mark.slow

# Built under build/ (git-ignored) and reused while the sources are unchanged
# (`--if-stale`); a user's own dist/ is left alone.
DIST = ROOT / "build" / "test-frozen" / "dist"
WORK = ROOT / "build" / "test-frozen" / "work"
CORPUS_REPORT = DATA / "corpus" / "national" / "national-2023.md"
MB = 1024 * 1024


@pytest.fixture(scope="module")
def bundle():
    r = subprocess.run([sys.executable, "-m", "build_spec", "--onedir", "--if-stale",
                        "--dist", str(DIST), "--work", str(WORK)],
                       cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-4000:]
    assert "onedir:" in r.stdout and "MB" in r.stdout  # the size is printed in the build log
    folder = DIST / "workreport"
    assert (folder / "workreport").is_file()
    return folder


def run_frozen(bundle, tmp_path, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKREPORT_DATA_DIR=str(tmp_path / "data"))
    env.pop("PYTHONPATH", None)  # the bundle must not lean on the checkout
    return subprocess.run([str(bundle / "workreport"), *args], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)


def summary_of(result):
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stdout  # one JSON line
    return json.loads(lines[0])


def expected_for(path):
    from workreport.core.parser import parse_file

    report = parse_file(path)
    return {"source": Path(path).name, "parts": len(report.outline),
            "outline_nodes": sum(1 for _ in report.nodes()), "glossary": len(report.glossary),
            "blocks": len(report.blocks)}


def test_self_test_on_the_bundled_report(bundle, tmp_path):
    from workreport import resources

    r = run_frozen(bundle, tmp_path, "--self-test")
    assert r.returncode == 0, r.stdout + r.stderr
    summary = summary_of(r)
    assert summary["ok"] is True
    expected = expected_for(resources.default_report())
    assert {k: summary[k] for k in expected} == expected
    assert summary["glossary"] > 0 and summary["glossary_marked"] > 0


def test_self_test_on_a_report_given_as_argument(bundle, tmp_path):
    r = run_frozen(bundle, tmp_path, "--self-test", str(CORPUS_REPORT))
    assert r.returncode == 0, r.stdout + r.stderr
    summary = summary_of(r)
    assert summary["ok"] is True
    expected = expected_for(CORPUS_REPORT)
    assert {k: summary[k] for k in expected} == expected


def test_self_test_fails_with_a_reason_on_a_bad_file(bundle, tmp_path):
    bad = tmp_path / "empty.md"
    bad.write_bytes(b"")
    r = run_frozen(bundle, tmp_path, "--self-test", str(bad))
    assert r.returncode != 0
    assert "Traceback" not in r.stdout + r.stderr
    summary = summary_of(r)
    assert summary["ok"] is False and summary["error"]


def test_bundle_is_lean_and_carries_its_resources(bundle):
    internal = bundle / "_internal"
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    assert sum(p.stat().st_size for p in files) <= BUDGET_MB["onedir"] * MB
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]  # no dangling links
    names = {p.name for p in files}
    for unwanted in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6",
                     "libQt6WaylandClient.so.6", "libqsqlite.so", "libqgtk3.so", "libqtvirtualkeyboardplugin.so"):
        assert unwanted not in names
    assert {"libqxcb.so", "libqoffscreen.so", "libQt6Widgets.so.6"} <= names
    translations = {p.name for p in (internal / "PySide6/Qt/translations").glob("*.qm")}
    assert translations and all("_zh_CN" in t or "_en" in t for t in translations)
    res = internal / "resources"
    assert (res / "reports/nankai-2021.txt").read_bytes() == (ROOT / "resources/reports/nankai-2021.txt").read_bytes()
    assert (res / "icons/workreport-256.png").is_file() and (res / "LICENSE-THIRD-PARTY.txt").is_file()
