"""Startup time: process start -> main window shown (bundled report laid out, glossary marked),
against a bare PySide6 window shown the same way, measured in the same run.

Usage: python bench/startup.py [--rounds N] [--full] [--base CHECKOUT]

`app` is the window as create_main_window makes it; with --full, `run` is also measured: the start
`workreport` makes (app.run: log file, crash handler, language, notes store, library view).

Each sample is a fresh subprocess; the two kinds alternate so both see the same
machine state. Time runs from just before the spawn (parent's CLOCK_MONOTONIC,
shared by all processes) to the first paint of the window's content in the
child. Peak RSS is each child's own ru_maxrss. QT_QPA_PLATFORM defaults to
offscreen (set it to xcb under xvfb-run for a real X server); both kinds use
the same platform. With --base, the same kinds are also started from another
checkout (e.g. `git worktree add /tmp/base HEAD` before a change), alternating with
this one's, so a before/after comparison shares the machine state too.
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
SIZE = (1320, 860)


def _child(kind: str) -> None:
    import resource

    if kind == "run":
        _child_run()
        return
    if kind == "app":
        from workreport import app

        qapp = app._application()  # noqa: SLF001 - the application as app.run makes it
        window = app.create_main_window(None)
        painted = window.reader.viewport()
    else:
        from PySide6.QtWidgets import QApplication, QMainWindow

        qapp = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setWindowTitle("bare")
        painted = window
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj is painted:
                shown = time.monotonic()
                reader = getattr(window, "reader", None)
                if reader is not None and reader.report is not None:  # the whole report laid out
                    reader.document().documentLayout().documentSize()
                    reader.y_of(len(reader.report.text))
                    shown = time.monotonic()
                peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                print(json.dumps({"shown": shown, "peak_kb": peak_kb}), flush=True)
                qapp.exit(0)
            return False

    spy = FirstPaint()
    painted.installEventFilter(spy)
    window.resize(*SIZE)
    window.show()
    qapp.exec()


def _child_run() -> None:
    """app.run as `workreport` starts it; the window's first paint found by wrapping create_main_window."""
    import resource

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from workreport import app

    real = app.create_main_window
    spies = []

    class FirstPaint(QObject):
        def __init__(self, window):
            super().__init__()
            self.window = window

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj is self.window.reader.viewport():
                reader = self.window.reader
                reader.document().documentLayout().documentSize()
                reader.y_of(len(reader.report.text))
                shown = time.monotonic()
                peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                print(json.dumps({"shown": shown, "peak_kb": peak_kb}), flush=True)
                obj.removeEventFilter(self)
                self.window.close()
                QApplication.exit(0)
            return False

    def create(*args, **kwargs):
        window = real(*args, **kwargs)
        spy = FirstPaint(window)
        spies.append(spy)
        window.reader.viewport().installEventFilter(spy)
        window.resize(*SIZE)
        return window

    app.create_main_window = create
    app.run(None)


def _sample(kind: str, data_dir: str, root: Path = ROOT) -> dict:
    """One start of `kind` from the checkout `root` (its own bench script and package)."""
    env = dict(os.environ, WORKREPORT_DATA_DIR=data_dir, PYTHONPATH=str(root / "desktop"))
    # an installed app has its .pyc files; without them every start would recompile the sources
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.monotonic()
    out = subprocess.run([sys.executable, str(root / "bench" / "startup.py"), "--child", kind],
                         capture_output=True, text=True, env=env, timeout=120)
    lines = [line for line in (out.stdout or "").splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"{kind} child failed ({out.returncode}): {out.stderr[-800:]}")
    data = json.loads(lines[-1])
    return {"seconds": data["shown"] - start, "peak_mb": data["peak_kb"] / 1024}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--full", action="store_true", help="also measure app.run (store, library, log, language)")
    p.add_argument("--base", type=Path, help="another checkout whose app kinds are measured alongside")
    p.add_argument("--child", choices=("app", "bare", "run"), help=argparse.SUPPRESS)
    ns = p.parse_args(argv)
    if ns.child:
        _child(ns.child)
        return 0
    kinds = ["bare", "app", "run"] if ns.full else ["bare", "app"]
    roots = {kind: ROOT for kind in kinds}
    if ns.base:
        for kind in kinds[1:]:
            roots["base-" + kind] = ns.base.resolve()
        kinds += ["base-" + kind for kind in kinds[1:]]
    samples: dict[str, list[dict]] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory(prefix="workreport-bench-") as data_dir:
        for kind in kinds:  # warm the file cache, the parse cache and the data dir, not counted
            _sample(kind.removeprefix("base-"), data_dir, roots[kind])
        for i in range(ns.rounds):
            for kind in (kinds if i % 2 == 0 else kinds[::-1]):
                samples[kind].append(_sample(kind.removeprefix("base-"), data_dir, roots[kind]))
    med = {k: statistics.median(s["seconds"] for s in v) for k, v in samples.items()}
    rss = {k: max(s["peak_mb"] for s in v) for k, v in samples.items()}
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, rounds: {ns.rounds}"
          + (f", base: {ns.base}" if ns.base else ""))
    for kind in kinds:
        times = ", ".join(f"{s['seconds'] * 1000:.0f}" for s in samples[kind])
        print(f"{kind:8s} median {med[kind] * 1000:7.1f} ms   peak RSS {rss[kind]:6.1f} MB   [{times}]")
    for kind in kinds[1:]:
        print(f"ratio {kind}/bare: time {med[kind] / med['bare']:.2f}x, peak RSS {rss[kind] / rss['bare']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "desktop"))
    sys.exit(main())
