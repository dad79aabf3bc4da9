"""Find bar: hit counts (1- and 2-character Chinese too), highlights, next/previous, Chinese input."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from test_ui_support import make_report, new_window

from workreport.ui.find_bar import find_hits


def type_chinese(widget, text):
    """Chinese arrives as an input-method commit (keyClicks with CJK text aborts)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_find(qtbot, window):
    qtbot.keyClick(window.reader, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    return window.find_bar


def test_find_hits_counts_like_str_count(bundled_report):
    text = bundled_report.text
    for query in ["发", "企业", "创新", "高质量发展"]:
        assert len(find_hits(text, query)) == text.count(query) > 0, query


def test_find_folds_width_and_case():
    text = "推进５Ｇ建设，5G基站，5g应用"
    assert len(find_hits(text, "5G")) == 3
    assert find_hits(text, "   ") == []


def test_ctrl_f_counts_and_highlights_one_and_two_character_queries(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    bar = open_find(qtbot, window)
    assert bar.edit.hasFocus()
    for query in ["企", "企业"]:
        bar.edit.clear()
        type_chinese(bar.edit, query)
        assert bar.edit.text() == query
        n = bundled_report.text.count(query)
        assert n > 1
        assert len(bar.hits) == n
        assert bar.count.text() == f"{bar.current + 1} / {n}"
        layer = window.reader.layer("find")
        assert len(layer) == n
        assert all(sel.cursor.selectedText() == query for sel in layer)


def test_next_previous_wrap_and_scroll(qtbot, bundled_report):
    window = new_window(qtbot, bundled_report)
    bar = open_find(qtbot, window)
    type_chinese(bar.edit, "企业")
    n = len(bar.hits)
    assert n >= 3
    assert bar.current == 0  # reading from the top: the first hit
    bar.next_button.click()
    assert bar.current == 1
    assert window.reader.is_offset_visible(bar.hits[1][0])
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.current == 2 % n
    for _ in range(n):
        bar.prev_button.click()
    assert bar.current == 2 % n
    bar.edit.clear()
    type_chinese(bar.edit, "不存在的词语")
    assert bar.hits == [] and bar.count.text() == "0 / 0"


def test_escape_closes_and_clears_highlights(qtbot):
    window = new_window(qtbot, make_report("推进改革，深化改革。", "今年继续深化改革。"))
    bar = open_find(qtbot, window)
    type_chinese(bar.edit, "改革")
    assert len(window.reader.layer("find")) == 3
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.reader.layer("find") == []
