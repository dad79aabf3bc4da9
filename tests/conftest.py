import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT / "desktop"))
# conftest, format_docs and the gold scorers are shared by every package folder
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the real user data dir or settings."""
    from workreport import paths

    data = tmp_path / "userdata"
    monkeypatch.setenv("WORKREPORT_DATA_DIR", str(data))
    monkeypatch.setenv("WORKREPORT_CACHE_DIR", str(tmp_path / "cache"))  # compiled catalogues, dictionary
    paths.set_data_dir(None)
    yield data
    paths.set_data_dir(None)


@pytest.fixture(scope="session")
def bundled_report():
    from workreport import resources
    from workreport.core.parser import parse_file

    return parse_file(resources.default_report())


@pytest.fixture(scope="session")
def data_dir():
    return DATA


_EXIT = {}


def pytest_sessionfinish(session, exitstatus):
    """Delete the test windows while Qt is still alive, then remember the real exit status."""
    _EXIT["status"] = int(exitstatus)
    try:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return
    app = QApplication.instance()
    if app is not None:
        for widget in app.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    # PySide6 6.12 on Python 3.11 can crash while the interpreter tears down its wrappers after
    # every test has run and the summary is printed (see workreport/ui/qtcompat.py). Leave with the
    # session's own exit status instead of letting that teardown turn a green run into SIGSEGV.
    if "status" in _EXIT and "PySide6" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT["status"])
