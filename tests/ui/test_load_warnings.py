"""What loading repaired (an invalid UTF-8 byte, NULs) is shown above the reader, in the interface language."""

from PySide6.QtWidgets import QMessageBox

from workreport import resources
from workreport.ui.main_window import MainWindow
from workreport.ui.settings import Settings


def _window(qtbot, tmp_path):
    window = MainWindow(Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.progress_delay_ms = 60_000  # no progress dialog flashing up
    return window


def _damaged(tmp_path, bad: bytes, name="damaged.txt"):
    text = resources.default_report().read_bytes()
    cut = text.index("。".encode()) + len("。".encode())  # a character boundary in the first paragraph
    path = tmp_path / name
    path.write_bytes(text[:cut] + bad + text[cut:])
    return path


def test_an_invalid_byte_shows_the_bar_and_its_show_button_reaches_it(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.show()
    assert window.open_file(str(_damaged(tmp_path, b"\xff"))) is True
    bar = window.load_warnings
    assert bar is not None and bar.isVisible()
    assert "1 character" in bar.label.text() and "\ufffd" in bar.label.text()
    assert "§" in bar.label.text()  # where: the block reference
    assert "line 1" in bar.label.toolTip()  # the loader's own sentence in the tooltip
    first = window.report.text.index("\ufffd")
    with qtbot.waitSignal(bar.showRequested) as shown:
        bar.show_button.click()
    assert shown.args == [first, first + 1]
    bar.details_button.click()
    box = bar.details_box
    assert isinstance(box, QMessageBox) and box.isVisible() and "invalid byte" in box.informativeText()
    box.close()
    # a clean report opens: the bar goes
    assert window.open_file(str(resources.default_report())) is True
    assert not bar.isVisible()


def test_removed_nuls_give_a_line_without_a_show_button(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.show()
    assert window.open_file(str(_damaged(tmp_path, b"\x00\x00"))) is True
    bar = window.load_warnings
    assert bar is not None and bar.isVisible() and not bar.show_button.isVisible()
    assert "left out" in bar.label.text()
    assert "NUL" in bar.label.toolTip()


def test_a_clean_report_makes_no_bar(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    assert window.open_file(str(resources.default_report())) is True
    assert window.load_warnings is None


def test_the_file_name_in_a_warning_is_text_not_markup(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.show()
    assert window.open_file(str(_damaged(tmp_path, b"\xff", name="<b>x<i>.txt"))) is True
    bar = window.load_warnings
    assert "&lt;b&gt;" in bar.label.toolTip() and "<b>x" not in bar.label.toolTip()
