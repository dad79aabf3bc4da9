"""app.run's start: the notes, the library view, the log file and the icon come after the text's first paint
(start-up time), and are all there once it has shown. app.run's event loop runs in a child process: its
end (aboutToQuit) would stop the shared test application's background work."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r'''
import json, logging, sys
from PySide6.QtCore import QTimer
from workreport import app, log_setup, paths
from workreport.ui import crash

qapp = app._application()
seen = {}
real = app.create_main_window


def create(*args, **kwargs):
    window = real(*args, **kwargs)
    seen["window"] = window
    seen["at_start"] = {"notes": "notes" in window.__dict__, "hook": sys.excepthook is crash.handle,
                        "log": paths.log_file().exists()}
    return window


def poll():  # each turn of the event loop until the work waiting for the first paint is done
    window = seen.get("window")
    if window is not None and window.first_paint.done and "after" not in seen:
        seen["after"] = {"notes": window.notes_panel.backend is not None, "library": "library" in window.__dict__,
                         "log": paths.log_file().exists(), "icon": not qapp.windowIcon().isNull(),
                         "file_log": any(isinstance(h, log_setup.PrivateRotatingFileHandler)
                                         for h in logging.getLogger("workreport").handlers)}
        window.close()
        qapp.quit()


timer = QTimer()
timer.timeout.connect(poll)
timer.start(0)
QTimer.singleShot(20_000, qapp.quit)  # a start that never paints fails in the test, not hangs
app.create_main_window = create
code = app.run(None)
print(json.dumps({"code": code, "at_start": seen.get("at_start"), "after": seen.get("after")}))
'''


def test_run_wires_the_notes_library_log_and_icon_after_the_first_paint(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen",
               WORKREPORT_DATA_DIR=str(tmp_path / "data"), WORKREPORT_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    # before the first paint: the crash dialog's hook, but no notes and no log file yet
    assert result["at_start"] == {"notes": False, "hook": True, "log": False}
    assert result["after"] == {"notes": True, "library": True, "log": True, "icon": True, "file_log": True}
