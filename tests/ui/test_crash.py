"""Unhandled exceptions are logged to the rotating log in the data dir and shown in a dialog whose
details can be copied; logging files are private."""

import logging
import os
import stat
import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from workreport import log_setup, paths
from workreport.ui import crash


@pytest.fixture
def installed(qapp):
    log_file = log_setup.configure()
    crash.install(log_file)
    yield log_file
    if crash._state["dialog"] is not None:
        crash._state["dialog"].close()
    crash.uninstall()
    log_setup.remove(log_file)


def _raise(message):
    try:
        raise RuntimeError(message)
    except RuntimeError:
        return sys.exc_info()


def test_handler_logs_the_traceback_and_shows_a_dialog_that_copies_it(installed, qtbot):
    crash.handle(*_raise("坏了 <img src='file:///x.png'>"))
    box = crash._state["dialog"]
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = installed.read_text(encoding="utf-8")
    assert "unhandled exception" in text and "Traceback" in text and "RuntimeError: 坏了" in text
    assert "RuntimeError" in box.detailedText() and "_raise" in box.detailedText()
    assert "<img" not in box.informativeText()  # the message is shown as text
    copy = next(b for b in box.buttons() if b.text() == crash._tr("Copy details"))
    QApplication.clipboard().clear()
    copy.click()
    assert box.isVisible()  # copying does not close it
    assert QApplication.clipboard().text() == box.detailedText()
    crash.handle(*_raise("again"))  # a repeat is counted in the open dialog, not a second one
    assert crash._state["dialog"] is box and "1" in box.informativeText()


class _Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_hook(installed, qtbot):
    emitter = _Emitter()

    def slot():
        raise ValueError("in a slot")

    emitter.fire.connect(slot)
    QTimer.singleShot(0, emitter.fire.emit)
    qtbot.waitUntil(lambda: crash._state["dialog"] is not None and crash._state["dialog"].isVisible())
    assert "ValueError: in a slot" in installed.read_text(encoding="utf-8")


def test_keyboard_interrupt_goes_to_the_default_hook(installed, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: seen.append(a[0]))
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        crash.handle(*sys.exc_info())
    assert seen == [KeyboardInterrupt] and crash._state["dialog"] is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_file_is_private_and_rotates(tmp_path):
    old = os.umask(0o022)
    try:
        file = tmp_path / "data" / "workreport.log"
        paths.private_dir(file.parent)
        assert log_setup.configure(file=file) == file
        assert log_setup.configure(file=file) == file  # idempotent
        handlers = [h for h in logging.getLogger("workreport").handlers
                    if isinstance(h, log_setup.PrivateRotatingFileHandler)]
        assert len(handlers) == 1
        handlers[0].maxBytes = 200
        logger = logging.getLogger("workreport.test")
        for i in range(20):
            logger.warning("line %d %s", i, "x" * 40)
        files = sorted(file.parent.glob("workreport.log*"))
        assert len(files) == 1 + log_setup.BACKUPS
        assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}
    finally:
        os.umask(old)
        log_setup.remove(file)


def test_the_app_installs_the_hook_and_the_log(qapp):
    from workreport import app

    try:
        app._install_crash_handling()
        assert sys.excepthook is crash.handle
        assert crash._state["log_file"] == paths.log_file() and paths.log_file().exists()
    finally:
        crash.uninstall()
        log_setup.remove(paths.log_file())
