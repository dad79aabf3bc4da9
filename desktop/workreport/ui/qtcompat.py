"""Work-around for PySide6 6.12 on Python < 3.12: singletons handed out without a reference.

The abi3 wheel (cp310-abi3) assumes None, True and False are immortal, which
they are only from Python 3.12 on. On 3.11 every call of a void Qt method
(setText, merge, insertText, …) drops a reference to None, and every bool
signal delivered to a Python slot (QAction.triggered, …) drops one to
True/False; after a few thousand calls CPython aborts with "deallocating
None". Giving these singletons a huge reference count makes them immortal in
practice, which is what the wheel expects.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # far more calls than any session makes
_SINGLETONS = (None, True, False, Ellipsis, NotImplemented)


def pin_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in _SINGLETONS:
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is PyObject's first field
        if refcount.value < _MARGIN:
            refcount.value += _MARGIN
