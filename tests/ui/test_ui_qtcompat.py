"""The PySide6 6.12 / Python 3.11 singleton-refcount work-around keeps long sessions alive."""

import sys

from PySide6.QtGui import QAction, QTextCharFormat

import workreport.ui  # noqa: F401 - the fix is applied on import


def test_many_void_qt_calls_do_not_exhaust_none():
    fmt, other = QTextCharFormat(), QTextCharFormat()
    for _ in range(20000):  # several times None's natural reference count
        fmt.merge(other)  # a void method
    assert sys.getrefcount(None) > 1_000_000


def test_many_bool_signals_do_not_exhaust_false(qapp):
    action = QAction("x")
    seen = [0]
    action.triggered.connect(lambda checked=False: seen.__setitem__(0, seen[0] + 1))  # keeps no reference
    for _ in range(20000):  # triggered(bool) delivered to a Python slot
        action.trigger()
    assert seen[0] == 20000 and sys.getrefcount(False) > 1_000_000
