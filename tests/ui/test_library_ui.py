"""The library view, the search panel, Add to Library with progress/cancel, and Back/Forward."""

import shutil

import pytest

pytest.importorskip("PySide6")

from conftest import DATA  # noqa: E402
from PySide6.QtCore import QModelIndex, Qt  # noqa: E402

import workreport.ui  # noqa: E402,F401 - the PySide6 compatibility fix
from workreport import app  # noqa: E402
from workreport.store import open_store  # noqa: E402
from workreport.store.library import open_library  # noqa: E402
from workreport.store.library_adapter import LibraryBackend  # noqa: E402
from workreport.store.library_import import import_paths  # noqa: E402
from workreport.ui.library.history import History, Place  # noqa: E402
from workreport.ui.library.models import HIT_ROLE, ROW_ROLE, SNIPPET_ROLE, Column, GroupBy, LibraryModel, SearchModel  # noqa: E402
from workreport.ui.library.panels import LibraryPanel, SearchPanel  # noqa: E402
from workreport.ui.settings import Settings  # noqa: E402

LIB = DATA / "library"


@pytest.fixture(scope="module")
def library_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("ui-lib") / "library.sqlite3"
    with open_library(path) as lib:
        assert not import_paths(lib, [LIB], workers=2).failed
    return path


@pytest.fixture
def backend(library_path):
    b = LibraryBackend(library_path)
    yield b
    b.close()


def _children(model, parent=QModelIndex()):
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def test_models_pass_modeltester(qtmodeltester, backend):
    model = LibraryModel(notes_count=lambda digest: 2)
    model.set_rows(backend.reports())
    qtmodeltester.check(model)
    model.set_group_by(GroupBy.YEAR)
    qtmodeltester.check(model)
    qtmodeltester.check(LibraryModel())
    search = SearchModel()
    search.set_results("发展", backend.search("发展"))
    qtmodeltester.check(search)
    qtmodeltester.check(SearchModel())


def test_library_model_groups_by_region_and_by_year(backend):
    model = LibraryModel(notes_count=lambda digest: 3)
    model.set_rows(backend.reports())
    groups = [i.data() for i in _children(model)]
    assert groups[0] == "全国 (1)" and len(groups) == 12
    tianshui = next(i for i in _children(model) if i.data().startswith("天水市"))
    report = model.index(0, 0, tianshui)
    row = report.data(ROW_ROLE)
    assert (row.region, row.year) == ("天水市", 2023)
    cells = [model.index(0, c, tianshui).data() for c in Column]
    assert cells[Column.REGION] == "天水市" and cells[Column.YEAR] == "2023" and cells[Column.NOTES] == "3"
    assert cells[Column.LEVEL] == "City" and int(cells[Column.TARGETS]) == row.n_targets > 0
    model.set_group_by(GroupBy.YEAR)
    years = [i.data().split(" ")[0] for i in _children(model)]
    assert years == sorted(years, reverse=True) and "2021" in years


def test_library_panel_loads_lazily_and_filters(qtbot, backend):
    panel = LibraryPanel(backend)
    qtbot.addWidget(panel)
    assert not backend.is_open and panel.model.report_count() == 0  # nothing read until shown
    panel.ensure_loaded()
    assert panel.model.report_count() == 12
    panel.filters.level.setCurrentIndex(panel.filters.level.findData("province"))
    assert panel.model.report_count() == 3
    panel.filters.year_from.setValue(2020)
    panel.filters.year_to.setValue(2022)
    assert [r.region for r in backend.reports(level="province", year_from=2020, year_to=2022)] == ["内蒙古自治区"]
    assert panel.model.report_count() == 1
    panel.filters.level.setCurrentIndex(0)
    assert {panel.model.index(0, 0, g).data(ROW_ROLE).year for g in _children(panel.model)} <= {2020, 2021, 2022}
    seen = []
    panel.reportActivated.connect(seen.append)
    group = panel.model.index(0, 0)
    panel.view.activated.emit(panel.model.index(0, Column.YEAR, group))
    assert seen and seen[0].year in (2020, 2021, 2022)


def test_search_panel_groups_by_report_with_marked_snippets(qtbot, backend):
    panel = SearchPanel(backend)
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.edit.setText("双碳")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    expected = {r.report.path: r.hits for r in backend.search("双碳")}
    model = panel.model
    tops = _children(model)
    assert {i.data(ROW_ROLE).report.path: i.data(ROW_ROLE).hits for i in tops} == expected
    first = tops[0]
    snippet = model.index(0, 0, first)
    text, start, end = snippet.data(SNIPPET_ROLE)
    assert text[start:end] == "双碳"
    assert panel.status.text().startswith(str(len(tops)))  # "%n report(s) · %n hit(s)", maybe translated
    panel.view.grab()  # paints the highlighted snippets
    got = []
    panel.hitActivated.connect(lambda row, offset, q: got.append((row.path, offset, q)))
    panel.view.activated.emit(snippet)
    report, offset = snippet.data(HIT_ROLE)
    assert got == [(report.path, offset, "双碳")]
    panel.region.setText("天水市")
    panel.search()
    assert {i.data(ROW_ROLE).report.region for i in _children(model)} <= {"天水市"}


def test_history_back_and_forward():
    h = History()
    a, b, c = Place("a", 0), Place("b", 10), Place("c", 5)
    assert not h.can_back()
    h.visit(b, current=a)
    h.visit(c, current=Place("b", 20))
    assert h.back(current=Place("c", 7)) == Place("b", 20)
    assert h.back() == a and not h.can_back()
    assert h.forward() == Place("b", 20)
    assert h.forward() == Place("c", 7) and not h.can_forward()
    h.back()
    h.visit(Place("d"))  # a new visit drops the forward places
    assert not h.can_forward()


@pytest.fixture
def window(qtbot, tmp_path, library_path):
    store = open_store(tmp_path / "notes.sqlite3")
    w = app.create_main_window(None, Settings(str(tmp_path / "settings.ini")), store=store)
    backend = app._wire_library(w, store)
    backend._path = library_path
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    yield w
    backend.close()
    store.close()


def test_open_from_search_marks_hits_and_back_forward_move_between_places(qtbot, window):
    ctl = window.library
    bundled = window.report.source
    results = ctl.backend.search("预期目标")
    res = results[0]
    snippet = res.snippets[-1]
    assert ctl.open_report(res.report, snippet.offset, "预期目标")
    assert window.report.source == res.report.path
    assert len(window.reader.layer("librarySearch")) == res.hits
    other = results[1].report
    assert ctl.open_report(other)
    assert window.report.source == other.path
    assert window.findChild(type(ctl.back_action), "actionBack").shortcut().toString() == "Alt+Left"
    assert ctl.forward_action.shortcut().toString() == "Alt+Right"
    ctl.back_action.trigger()
    assert window.report.source == res.report.path
    ctl.back_action.trigger()
    assert window.report.source == bundled and not ctl.back_action.isEnabled()
    ctl.forward_action.trigger()
    ctl.forward_action.trigger()
    assert window.report.source == other.path and not ctl.forward_action.isEnabled()


def test_library_dock_loads_when_shown_and_edits_persist(qtbot, window):
    ctl = window.library
    assert not ctl.library_panel.loaded
    ctl.library_dock.show()
    ctl.library_dock.raise_()
    qtbot.waitUntil(lambda: ctl.library_panel.loaded)
    assert ctl.library_panel.model.report_count() == 12
    row = next(r for r in ctl.backend.reports() if r.region == "江西省")
    ctl._save_details(row, {"title": row.title, "region": "江西", "level": "province", "year": 2013})
    again = next(r for r in ctl.backend.reports() if r.id == row.id)
    assert (again.region, again.year) == ("江西", 2013) and again.edited_fields == {"region", "year"}


def test_add_to_library_shows_progress_and_refreshes(qtbot, window, tmp_path):
    ctl = window.library
    ctl.backend._path = tmp_path / "fresh.sqlite3"
    folder = tmp_path / "in"
    shutil.copytree(LIB, folder)
    (folder / "bad.txt").write_text("not a report " * 20)
    ctl.library_panel.loaded = True
    thread = ctl.add_to_library([folder])
    assert thread is not None and ctl.add_to_library([folder]) is None  # one import at a time
    qtbot.waitUntil(lambda: ctl.import_thread is None, timeout=120_000)
    assert ctl.last_summary["added"] == 12 and len(ctl.last_summary["failed"]) == 1
    assert ctl.library_panel.model.report_count() == 12
    box = window.findChild(type(ctl.summary_box), "libraryImportSummary")
    assert box is not None and "bad.txt" in box.detailedText()
    box.close()


def test_add_to_library_can_be_cancelled(qtbot, window, tmp_path):
    ctl = window.library
    ctl.backend._path = tmp_path / "fresh.sqlite3"
    thread = ctl.add_to_library([LIB])
    from PySide6.QtWidgets import QPushButton

    cancel = ctl.progress.findChild(QPushButton)  # the dialog's Cancel button
    thread.progressed.connect(lambda done, total, path: done >= 1 and cancel.click())
    qtbot.waitUntil(lambda: ctl.import_thread is None, timeout=120_000)
    assert ctl.last_summary["cancelled"] and ctl.last_summary["remaining"] > 0
    assert ctl.last_summary["added"] < 12


def test_file_menu_has_add_to_library(window):
    quit_action = window.findChild(type(window.library.add_files_action), "actionQuit")
    menu = [m for m in quit_action.associatedObjects() if hasattr(m, "insertAction")][0]
    names = [a.objectName() for a in menu.actions()]
    assert names.index("actionAddToLibrary") < names.index("actionQuit")
    assert "actionAddFolderToLibrary" in names


def test_dropping_files_on_the_library_view_adds_them(qtbot, backend):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    panel = LibraryPanel(backend)
    qtbot.addWidget(panel)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(LIB / "1975.md")), QUrl("https://example.org/x.md")])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(panel.filesDropped) as blocker:
        panel.dropEvent(event)
    assert blocker.args == [[str(LIB / "1975.md")]]
