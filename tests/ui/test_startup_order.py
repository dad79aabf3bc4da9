"""app.run's start: the notes, the library view, the log file and the icon come after the text's first paint
(start-up time), and are all there once it has shown."""

import logging
import sys

from PySide6.QtCore import QTimer

from workreport import app, log_setup, paths
from workreport.ui import crash


def test_run_wires_the_notes_library_log_and_icon_after_the_first_paint(qapp, monkeypatch):
    seen: dict = {}
    real = app.create_main_window

    def create(*args, **kwargs):
        window = real(*args, **kwargs)
        seen["window"] = window
        seen["at_start"] = {"notes": "notes" in window.__dict__, "hook": sys.excepthook is crash.handle,
                            "log": paths.log_file().exists()}
        return window

    def poll() -> None:  # the event loop's turns until the work waiting for the first paint is done
        window = seen.get("window")
        if window is not None and window.first_paint.done:
            seen["after"] = {"notes": window.notes_panel.backend is not None, "library": "library" in window.__dict__,
                             "log": paths.log_file().exists(), "icon": not qapp.windowIcon().isNull(),
                             "handlers": [type(h) for h in logging.getLogger("workreport").handlers]}
            window.close()
            qapp.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(0)
    guard = QTimer()  # a start that never paints fails below, not hangs
    guard.setSingleShot(True)
    guard.timeout.connect(qapp.quit)
    guard.start(20_000)
    monkeypatch.setattr(app, "create_main_window", create)
    try:
        assert app.run(None) == 0
    finally:
        timer.stop()
        guard.stop()
        crash.uninstall()
        log_setup.remove(paths.log_file())
        if "window" in seen:
            seen["window"].deleteLater()
    assert seen["at_start"] == {"notes": False, "hook": True, "log": False}
    after = seen["after"]
    assert after["notes"] and after["library"] and after["log"] and after["icon"]
    assert log_setup.PrivateRotatingFileHandler in after["handlers"]
