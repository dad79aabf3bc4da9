"""Importing files and folders: failures listed, progress, cancel, and a killed import resumed."""

import os
import shutil
import signal
import subprocess
import sys

import pytest
from conftest import DATA, ROOT

from workreport.store.library import open_library
from workreport.store.library_import import import_paths, resume

LIB = DATA / "library"


@pytest.fixture
def folder(tmp_path):
    """The 12 library test reports, one that is not a report, and one that cannot be decoded."""
    d = tmp_path / "reports"
    shutil.copytree(LIB, d)
    (d / "notes.txt").write_text("shopping list: eggs, milk, bread, and nothing Chinese at all\n" * 5)
    (d / "broken.md").write_bytes(b"\x00\xff\xfe\x00" * 300)
    (d / "picture.png").write_bytes(b"\x89PNG")  # not a report suffix: not even tried
    return d


def test_folder_import_lists_failures_with_reasons_and_reports_progress(folder, tmp_path):
    seen = []
    with open_library(tmp_path / "l.sqlite3") as lib:
        summary = import_paths(lib, [folder], workers=2, progress=lambda d, t, p: seen.append((d, t)))
        assert len(summary.added) == 12 and lib.count() == 12
        assert sorted(os.path.basename(p) for p, _ in summary.failed) == ["broken.md", "notes.txt"]
        assert all(reason for _, reason in summary.failed)
        assert seen[-1] == (14, 14) and [d for d, _ in seen] == sorted(d for d, _ in seen)
        again = import_paths(lib, [folder / "天水市-2023.md", folder], workers=2)
        assert len(again.unchanged) == 12 and not again.added and lib.count() == 12
        assert lib.journal_entries() == []


def test_cancel_stops_and_keeps_what_was_done(folder, tmp_path):
    with open_library(tmp_path / "l.sqlite3") as lib:
        done = []
        summary = import_paths(lib, [folder], workers=1, progress=lambda d, t, p: done.append(d),
                               cancelled=lambda: len(done) > 3)
        assert summary.cancelled and summary.remaining > 0
        assert lib.count() == len(summary.added) >= 3
        assert lib.journal_pending() == []  # a cancel is not resumed later


_KILLER = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from workreport.store.library import open_library
from workreport.store.library_import import import_paths
lib = open_library(sys.argv[2])
def progress(done, total, path):
    if done >= 5:
        os.kill(os.getpid(), signal.SIGKILL)  # killed midway, no clean-up at all
import_paths(lib, [sys.argv[3]], workers=1, progress=progress)
"""


def test_a_killed_import_resumes_without_duplicates_or_losses(folder, tmp_path):
    db = tmp_path / "l.sqlite3"
    r = subprocess.run([sys.executable, "-c", _KILLER, str(ROOT / "desktop"), str(db), str(folder)],
                       capture_output=True, text=True)
    assert r.returncode == -signal.SIGKILL, r.stderr
    with open_library(db) as lib:
        before = lib.count()
        pending = lib.journal_pending()
        assert 3 <= before < 12 and pending  # part done, the rest still listed
        summary = resume(lib, workers=2)
        assert lib.count() == 12
        assert len(summary.added) == 12 - before
        digests = [r.digest for r in lib.reports()]
        assert len(digests) == len(set(digests))
        assert lib.journal_pending() == []
