"""Import rules: core and store are Qt-free, ui never imports store, nothing imports app."""

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    r = subprocess.run([str(lint), str(ROOT / "pyproject.toml")], capture_output=True, text=True,
                       cwd=ROOT, env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stdout + r.stderr
    assert "3 kept, 0 broken" in r.stdout


def test_core_and_store_load_without_qt():
    code = ("import sys, workreport.core.parser, workreport.store, pkgutil, importlib\n"
            "import workreport.core as c, workreport.store as s\n"
            "for pkg in (c, s):\n"
            "    for m in pkgutil.iter_modules(pkg.__path__):\n"
            "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
            "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt loaded'\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
