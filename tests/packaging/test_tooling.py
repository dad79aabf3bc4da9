"""The linter and the type checker pass on the whole tree (issue 16: run by the test suite).

Rules live in pyproject.toml ([tool.ruff], [tool.pyright]); SLF001 catches private-member
access such as `store._conn` outside its class. Both tools come with the dev extra.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: `pip install -e .[dev]` brings it")
    return found


def test_ruff_passes_on_source_tests_and_benches():
    result = subprocess.run([_tool("ruff"), "check", "--no-cache", "desktop", "tests", "bench", "build_spec", "tools"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_pyright_passes_on_the_package():
    result = subprocess.run([_tool("pyright"), "--pythonpath", sys.executable], cwd=ROOT,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_private_member_access_is_a_lint_error():
    """The rule that keeps `store._conn` inside the store is really on for the package."""
    result = subprocess.run([_tool("ruff"), "check", "--no-cache", "--stdin-filename",
                             "desktop/workreport/ui/probe.py", "-"], input="def f(store):\n    return store._conn\n",
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "SLF001" in result.stdout
