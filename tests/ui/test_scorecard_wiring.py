"""The scorecard dock in the main window: built from the library's reports of the region being read."""

import shutil

import pytest

pytest.importorskip("PySide6")

from conftest import DATA  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

import workreport.ui  # noqa: E402,F401 - the PySide6 compatibility fix
from workreport import app  # noqa: E402
from workreport.store import open_store  # noqa: E402
from workreport.store.library import open_library  # noqa: E402
from workreport.store.library_import import import_paths  # noqa: E402
from workreport.ui.settings import Settings  # noqa: E402

CITY = DATA / "corpus-full" / "city" / "杭州市"


@pytest.fixture
def window(qtbot, tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(CITY, reports)
    lib_path = tmp_path / "library.sqlite3"
    with open_library(lib_path) as lib:
        assert not import_paths(lib, [reports], workers=1).failed
    store = open_store(tmp_path / "notes.sqlite3")
    w = app.create_main_window(str(reports / "2016.md"), Settings(str(tmp_path / "settings.ini")), store=store)
    from workreport.store.library_adapter import LibraryBackend
    from workreport.ui.library.controller import LibraryController
    from workreport.ui.scorecard.controller import ScorecardController

    backend = LibraryBackend(lib_path)
    w.library = LibraryController(w, backend)
    w.scorecard = ScorecardController(w, lambda: backend.lib)
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    yield w, reports
    backend.close()
    store.close()


def test_scorecard_of_the_region_being_read(qtbot, window):
    w, reports = window
    assert w.scorecard.widget is None  # nothing built before it is asked for
    w.scorecard.action.trigger()
    assert w.scorecard.dock.isVisible()
    model = w.scorecard.widget.model
    assert model.rowCount() > 3 and w.scorecard.region == "杭州市"
    years = {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())}
    assert any("2015" in str(y) for y in years)


def test_scorecard_opens_a_report_at_its_sentence(qtbot, window):
    w, reports = window
    w.scorecard.show()
    target = str(reports / "2014.md")
    w.scorecard.open_place(target, "", 10)
    assert w.report.source.endswith("2014.md")


def test_scorecard_says_what_to_do_without_a_library(qtbot, tmp_path):
    store = open_store(tmp_path / "notes.sqlite3")
    w = app.create_main_window(str(CITY / "2016.md"), Settings(str(tmp_path / "settings.ini")), store=store)
    from workreport.ui.scorecard.controller import ScorecardController

    w.scorecard = ScorecardController(w, lambda: None)
    qtbot.addWidget(w)
    assert w.scorecard.refresh() == 0
    assert "杭州市" in w.scorecard.widget.title.text()
    assert w.scorecard.widget.model.rowCount() == 0
    store.close()
