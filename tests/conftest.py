import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT / "desktop"))


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the real user data dir or settings."""
    from workreport import paths

    data = tmp_path / "userdata"
    monkeypatch.setenv("WORKREPORT_DATA_DIR", str(data))
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
