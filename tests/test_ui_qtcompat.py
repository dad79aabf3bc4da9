"""The PySide6 6.12 / Python 3.11 None-refcount work-around keeps long sessions alive."""

import sys

from PySide6.QtGui import QTextCharFormat

import workreport.ui  # noqa: F401 - the fix is applied on import


def test_many_void_qt_calls_do_not_exhaust_none():
    fmt, other = QTextCharFormat(), QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(20000):  # several times None's natural reference count
        fmt.merge(other)  # a void method
    assert sys.getrefcount(None) > 1000
    assert sys.getrefcount(None) >= before - 20000
