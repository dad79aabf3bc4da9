"""Work-around for PySide6 6.12 on Python < 3.12: void methods return None without a reference.

The abi3 wheel (cp310-abi3) assumes None is immortal, which it is only from
Python 3.12 on. On 3.11 every call of a void Qt method (setText, merge,
insertText, …) drops one reference to None, and after a few thousand calls
CPython aborts with "deallocating None". Giving None a huge reference count
makes it immortal in practice, which is exactly what the wheel expects.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # far more void calls than any session makes


def pin_none() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < _MARGIN:
        refcount.value += _MARGIN
