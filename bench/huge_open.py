"""Opening pathological input in the window (issue 15): a 16 MB report and 100,000 heading lines,
against opening the bundled report, measured in the same run.

Usage: python bench/huge_open.py [--rounds N]

Each sample is a fresh subprocess with a scratch data dir. The window (with its docks, notes store and
library wired as `workreport` wires them) is shown on the welcome page; then File ▸ Open's code path
(MainWindow.open_file) opens the file. Printed per case:
  shown     seconds from the open request to the report's text painted in the reader
  blocked   the longest gap of a 5 ms QTimer heartbeat, from the request until 1 s after the text
            showed and the work on worker threads (targets) was delivered and applied: how long the
            window did not respond at most
  peak RSS  the child's ru_maxrss
The inputs are built from ../shared/corpus (reports concatenated to just under the 16 MiB limit) and
generated heading lines; QT_QPA_PLATFORM defaults to offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
BIG_BYTES = 16_000_000  # under decode.MAX_BYTES (16 MiB): the largest report the loader accepts
HEADING_LINES = 100_000
SETTLE = 1.0  # seconds watched after the text shows and the workers are done: work put off till then
NUMERALS = "一二三四五六七八九十"


def build_inputs(folder: Path) -> dict[str, Path]:
    big = folder / "big16.md"
    files = sorted(CORPUS.glob("*/*.md"))
    if not files:
        raise SystemExit(f"no corpus at {CORPUS}")
    chunks, size = [], 0
    while size < BIG_BYTES - 200_000:
        for f in files:
            data = f.read_bytes()
            if size + len(data) + 2 > BIG_BYTES:
                break
            chunks.append(data)
            size += len(data) + 2
    big.write_bytes(b"\n\n".join(chunks))
    headings = folder / "headings.txt"
    lines = ["某市人民政府工作报告", "", "各位代表："]
    lines += [f"{NUMERALS[i % 10]}、推进第{i}项重点工作" for i in range(HEADING_LINES)]
    headings.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from workreport import resources

    return {"bundled": Path(resources.default_report()), "big16": big, "headings": headings}


def _child(path: str, data_dir: str) -> None:
    import resource

    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer

    from workreport import app
    from workreport.store import open_store
    from workreport.ui import background
    from workreport.ui.settings import Settings

    qapp = app._application()  # noqa: SLF001 - the window built as app.run builds it
    store = open_store(os.path.join(data_dir, "notes.sqlite3"))
    window = app.create_main_window(None, Settings(os.path.join(data_dir, "settings.ini")), store=store,
                                    empty=True)
    library = app._wire_library(window, store)  # noqa: SLF001 - as app.run does
    window.resize(1320, 860)
    state = {"gap": 0.0, "requested": 0.0, "shown": 0.0, "last": 0.0, "idle": 0.0}
    clock = QElapsedTimer()
    clock.start()

    def now() -> float:
        return clock.nsecsElapsed() / 1e9

    def beat() -> None:
        t = now()
        if state["last"]:
            state["gap"] = max(state["gap"], t - state["last"])
        state["last"] = t
        if state["shown"] and background.busy():
            state["idle"] = 0.0
        elif state["shown"] and not state["idle"]:
            state["idle"] = t
        if state["idle"] and t - state["idle"] >= SETTLE:
            qapp.exit(0)

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and window.report is not None and not state["shown"]:
                state["shown"] = now()
            return False

    painted = Painted()
    window.reader.viewport().installEventFilter(painted)
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)

    def request() -> None:
        state["requested"] = state["last"] = now()
        heartbeat.start()
        window.open_file(path)

    window.show()
    QTimer.singleShot(200, request)  # the empty window is up and idle first
    QTimer.singleShot(600_000, lambda: qapp.exit(2))
    code = qapp.exec()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ok = window.report is not None and window.report.source == path
    print(json.dumps({"ok": ok and code == 0, "shown": state["shown"] - state["requested"],
                      "blocked": state["gap"], "peak_kb": peak_kb,
                      "parts": len(window.report.outline) if window.report else 0,
                      "outline_rows": window.outline.model.rowCount()}), flush=True)
    library.close()
    store.close()
    os._exit(0)  # skip tearing down a window of 100,000 blocks: not what is measured


def _sample(path: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="workreport-huge-") as data_dir:
        env = dict(os.environ, WORKREPORT_DATA_DIR=data_dir, PYTHONPATH=str(ROOT / "desktop"))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        out = subprocess.run([sys.executable, __file__, "--child", str(path), data_dir], capture_output=True,
                             text=True, env=env, timeout=900)
    lines = [line for line in (out.stdout or "").splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"child failed on {path.name} ({out.returncode}): {out.stderr[-1500:]}")
    data = json.loads(lines[-1])
    if not data["ok"]:
        raise SystemExit(f"{path.name} was not shown: {data}")
    return data


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    ns = p.parse_args(argv)
    if ns.child:
        _child(*ns.child)
        return 0
    with tempfile.TemporaryDirectory(prefix="workreport-huge-in-") as folder:
        inputs = build_inputs(Path(folder))
        samples: dict[str, list[dict]] = {name: [] for name in inputs}
        for _ in range(ns.rounds):
            for name, path in inputs.items():
                samples[name].append(_sample(path))
        sizes = {name: path.stat().st_size for name, path in inputs.items()}
    base = samples["bundled"]
    base_shown = statistics.median(s["shown"] for s in base)
    base_gap = statistics.median(s["blocked"] for s in base)
    base_rss = max(s["peak_kb"] for s in base) / 1024
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, rounds: {ns.rounds}")
    print(f"{'case':9s} {'size':>9s} {'shown':>9s} {'blocked':>9s} {'peak RSS':>10s}   ratios to bundled")
    for name, runs in samples.items():
        shown = statistics.median(s["shown"] for s in runs)
        gap = statistics.median(s["blocked"] for s in runs)
        rss = max(s["peak_kb"] for s in runs) / 1024
        print(f"{name:9s} {sizes[name] / 1e6:7.2f}MB {shown:8.2f}s {gap * 1000:7.0f}ms {rss:8.0f}MB   "
              f"shown {shown / base_shown:6.1f}x  blocked {gap / base_gap:6.1f}x  RSS {rss / base_rss:4.1f}x"
              f"   parts {runs[-1]['parts']}, outline rows {runs[-1]['outline_rows']}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "desktop"))
    sys.exit(main())
