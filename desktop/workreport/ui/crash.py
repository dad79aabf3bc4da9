"""Unhandled exceptions: logged with their traceback, and shown to the user in a dialog.

An exception in a Qt slot would otherwise vanish (the frozen builds have no
console). `install()` sets sys.excepthook and threading.excepthook to
`handle`, which writes the traceback to the log (log_setup: a rotating file in
the data directory) and shows a dialog whose details can be copied to the
clipboard for a bug report. One dialog at a time: an exception that repeats
(say, in a paint handler) is counted in the open dialog, not stacked.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from .rich_text import text_tooltip

log = logging.getLogger(__name__)

_CONTEXT = "CrashDialog"
_state = {"dialog": None, "repeats": 0, "log_file": None, "handling": False}


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


def details(exc_type, exc, tb) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def handle(exc_type, exc, tb) -> None:
    """sys.excepthook: log, then tell the user (never raises; falls back to the default hook)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if _state["handling"]:  # an error while reporting an error: do not loop
        sys.__excepthook__(exc_type, exc, tb)
        return
    _state["handling"] = True
    try:
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        show_dialog(details(exc_type, exc, tb), f"{exc_type.__name__}: {exc}")
    except Exception:  # noqa: BLE001 - the hook of last resort must not fail
        sys.__excepthook__(exc_type, exc, tb)
    finally:
        _state["handling"] = False


def _thread_hook(args) -> None:
    """threading.excepthook: log it; the dialog is shown from the GUI thread only."""
    if args.exc_type is SystemExit:
        return
    log.critical("unhandled exception in thread %s", getattr(args.thread, "name", "?"),
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def show_dialog(text: str, summary: str) -> QMessageBox | None:
    """The error dialog (non-modal, so no nested event loop); None when there is no GUI to show it in."""
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    box = _state["dialog"]
    if box is not None and box.isVisible():
        _state["repeats"] += 1
        box.setInformativeText(text_tooltip(
            translate("CrashDialog", "The same kind of error happened {n} more time(s).").format(n=_state["repeats"])))
        return box
    box = QMessageBox(QMessageBox.Icon.Critical, translate("CrashDialog", "Unexpected error"),
                      translate("CrashDialog", "Something went wrong. Your notes are saved as you go; "
                                               "you can keep working, but restarting the app is safest."))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(text)  # plain text
    info = summary
    if _state["log_file"]:
        info = translate("CrashDialog", "{summary}\n\nThe details are also in the log file:\n{file}").format(
            summary=summary, file=_state["log_file"])
    box.setInformativeText(text_tooltip(info))  # the message may quote document text: escaped
    copy = QPushButton(translate("CrashDialog", "Copy details"), box)
    box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # an action button would close the box; copying keeps it open
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setObjectName("crashDialog")
    _state["dialog"], _state["repeats"] = box, 0
    box.show()
    return box


def install(log_file=None) -> None:
    """Make `handle` the hook for unhandled exceptions (main thread and other threads)."""
    _state["log_file"] = log_file
    sys.excepthook = handle
    threading.excepthook = _thread_hook


def uninstall() -> None:
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    _state.update(dialog=None, repeats=0, log_file=None)
