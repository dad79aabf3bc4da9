"""Settings persist across two window instances (in the test's isolated data dir)."""

from test_ui_support import new_window

from workreport import paths
from workreport.core import model
from workreport.ui.settings import Settings


def test_settings_live_in_the_isolated_data_dir(_isolated_data_dir):
    s = Settings()
    s.zoom = 3
    s.sync()
    assert paths.settings_file().parent == _isolated_data_dir
    assert paths.settings_file().exists()
    assert Settings().zoom == 3


def test_window_state_persists_across_instances(qtbot, bundled_report):
    first = new_window(qtbot, bundled_report)
    first.resize(760, 560)  # within the offscreen screen (800x600): no clamping
    first.reader.set_zoom(2)
    first.apply_theme("dark")
    first.splitter.setSizes([210, 300])
    qtbot.waitUntil(lambda: first.splitter.sizes()[0] == 210)
    para = next(b for b in bundled_report.blocks if b.kind == model.PARAGRAPH and b.index > 50)
    first.reader.scroll_to_offset(para.start)
    read_at = first.reader.top_offset()
    first.close()

    second = new_window(qtbot, bundled_report)
    assert second.reader.zoom == 2
    assert second.reader.theme.name == "dark" and second.theme_actions["dark"].isChecked()
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes()[0] == 210
    assert second.reader.document().findBlock(second.reader.top_offset()).position() == \
        second.reader.document().findBlock(read_at).position() == para.start


def test_reading_position_is_per_document(qtbot, bundled_report):
    from test_ui_support import make_report

    other = make_report("推进改革工作。", "今年继续深化改革。")
    window = new_window(qtbot, bundled_report)
    para = [b for b in bundled_report.blocks if b.kind == model.PARAGRAPH][-5]
    window.reader.scroll_to_offset(para.start)
    window.set_report(other)  # saves the bundled report's position
    assert window.reader.top_offset() == 0
    window.set_report(bundled_report)
    assert window.reader.document().findBlock(window.reader.top_offset()).position() == para.start
    assert Settings().position(bundled_report.digest) > 0
    assert Settings().position(other.digest) == 0


def test_recent_files_are_remembered_newest_first_without_duplicates(tmp_path):
    s = Settings()
    for name in ["a.txt", "b.txt", "a.txt"]:
        s.add_recent(str(tmp_path / name))
    assert [p.rsplit("/", 1)[-1] for p in Settings().recent()] == ["a.txt", "b.txt"]
    for i in range(15):
        s.add_recent(str(tmp_path / f"{i}.txt"))
    assert len(Settings().recent()) == 10


def test_corrupt_values_fall_back_to_defaults():
    s = Settings()
    s.qs.setValue("reader/zoom", "big")
    s.qs.setValue("ui/theme", "neon")
    s.qs.setValue("files/recent", "{not json")
    assert (s.zoom, s.theme, s.recent()) == (0, "system", [])


def test_settings_file_is_private_and_its_new_folder_too(tmp_path):
    import os
    import stat

    old = os.umask(0o022)  # a usual umask would leave a new file world-readable
    try:
        s = Settings()  # the data dir (created here) and its settings.ini
        s.zoom = 2
        s.sync()
        assert stat.S_IMODE(paths.settings_file().stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.settings_file().parent.stat().st_mode) == 0o700
        given = tmp_path / "new-folder" / "settings.ini"  # a file named by the caller (self-test, tests)
        t = Settings(given)
        t.theme = "dark"
        t.sync()
        assert stat.S_IMODE(given.stat().st_mode) == 0o600
        assert stat.S_IMODE(given.parent.stat().st_mode) == 0o700
        assert Settings(given).theme == "dark"
    finally:
        os.umask(old)


def test_an_existing_world_readable_settings_file_is_restricted(tmp_path):
    import os
    import stat

    path = tmp_path / "settings.ini"
    path.write_text("[reader]\nzoom=4\n", encoding="utf-8")
    os.chmod(path, 0o644)
    s = Settings(path)
    assert s.zoom == 4
    s.zoom = 1
    s.sync()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
