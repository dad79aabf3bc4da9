"""App start-up with a big library against an empty one, measured in the same run (aim ≤ 1.1×).

Each sample is a fresh process: app window with the notes store and the library wired, the library
dock visible (the worst case: the user left it open). Times run from just before the spawn to
(a) the first paint of the reader and (b) the library view listing its reports (done after the
first paint, so it is not part of start-up). The two kinds alternate.

    .venv/bin/python bench/library_startup.py --library-dir DIR [--rounds 5]
    (DIR holds library.sqlite3, e.g. from `bench/library.py --keep DIR`)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child() -> None:
    sys.path.insert(0, str(ROOT / "desktop"))
    from workreport import app
    from workreport.store import open_store

    qapp = app._application()  # noqa: SLF001 - the bench repeats the app's own start-up steps
    store = open_store()
    window = app.create_main_window(None, store=store)
    app._wire_library(window, store)  # noqa: SLF001 - as above
    controller = window.library
    controller.library_dock.show()
    controller.library_dock.raise_()
    painted = window.reader.viewport()
    from PySide6.QtCore import QEvent, QObject, QTimer

    out = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj is painted and "shown" not in out:
                out["shown"] = time.monotonic()
            return False

    def poll():
        if controller.library_panel.loaded and "shown" in out:
            out["listed"] = time.monotonic()
            out["reports"] = controller.library_panel.model.report_count()
            print(json.dumps(out), flush=True)
            qapp.exit(0)
        else:
            QTimer.singleShot(5, poll)

    f = FirstPaint()
    painted.installEventFilter(f)
    window.resize(1320, 860)
    window.show()
    QTimer.singleShot(0, poll)
    qapp.exec()


def sample(data_dir: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               WORKREPORT_DATA_DIR=str(data_dir))
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, __file__, "--child"], capture_output=True, text=True, env=env, check=True)
    out = json.loads(r.stdout.strip().splitlines()[-1])
    return {"shown": out["shown"] - t0, "listed": out["listed"] - t0, "reports": out["reports"]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--library-dir")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--child", action="store_true")
    ns = ap.parse_args(argv)
    if ns.child:
        _child()
        return 0
    full = Path(ns.library_dir)
    with tempfile.TemporaryDirectory() as empty:
        samples = {"full": [], "empty": []}
        for _ in range(ns.rounds):
            samples["full"].append(sample(full))
            samples["empty"].append(sample(Path(empty)))
    med = {k: {m: statistics.median(s[m] for s in v) for m in ("shown", "listed")} for k, v in samples.items()}
    n = samples["full"][0]["reports"]
    print(f"start-up to first paint: {n} reports {med['full']['shown'] * 1e3:.0f} ms, empty "
          f"{med['empty']['shown'] * 1e3:.0f} ms = {med['full']['shown'] / med['empty']['shown']:.2f}x "
          f"(median of {ns.rounds})")
    print(f"library view listed (after the first paint): {n} reports {med['full']['listed'] * 1e3:.0f} ms, "
          f"empty {med['empty']['listed'] * 1e3:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
