"""Dictionary look-up: start-up with and without the Lookup feature, and the first look-up after it.

Each run is a fresh child process (offscreen Qt) that builds and shows the main window on the
bundled report and processes events until the first paint is done, then:
  - "without": the same window with the Lookup wiring replaced by a no-op (the baseline);
  - "with": the window as shipped, then the first dictionary look-up (CC-CEDICT longest match at a
    place in the text, as the Shift-hover tooltip does) and the first Lookup-panel look-up of a
    selected word, each timed on its own.
Prints medians over ROUNDS runs and the start-up ratio with/without. The budget for the first
look-up is 50 ms. The dictionary database must be built (build_spec/build_resources.py) or it is
built into the child's cache on first use, which this bench reports as such.

Usage: python bench/lookup.py [ROUNDS]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_MS = 50.0

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {desktop!r})
from workreport import app
if {without}:
    app._wire_lookup = lambda window: None
from workreport.ui.settings import Settings
qapp = app._application()
window = app.create_main_window(None, Settings({settings!r}))
window.show()
qapp.processEvents()
out = {{"startup_ms": (time.perf_counter() - t0) * 1000}}
if not {without}:
    from workreport.ui import lookup_panel
    report = window.report
    offset = report.text.index("发展")
    t = time.perf_counter()
    source = lookup_panel.DictionarySource(window.lookup_panel.service)
    lookup_panel.modifier_held = lambda: True
    items = source.lookup(report, offset)
    out["first_hover_ms"] = (time.perf_counter() - t) * 1000
    out["hover_word"] = items[0][0] if items else ""
    t = time.perf_counter()
    word = window.lookup_panel.look_up("高质量发展")
    out["first_panel_ms"] = (time.perf_counter() - t) * 1000
    out["panel_word"] = word
    window.lookup_panel.service.wait()
    qapp.processEvents()
    out["terms_from_other_reports"] = len(window.lookup_panel.service.spans)
print(json.dumps(out))
"""


def run(without: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        code = CHILD.format(desktop=str(ROOT / "desktop"), without=without, settings=os.path.join(tmp, "s.ini"))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKREPORT_DATA_DIR=os.path.join(tmp, "data"),
                   WORKREPORT_CACHE_DIR=os.path.join(tmp, "cache"))
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    bundled = (ROOT / "resources" / "dict" / "cedict.sqlite3").exists()
    print(f"dictionary database bundled: {bundled} (else built into the cache on first use)")
    without, with_ = [], []
    for _ in range(rounds):  # interleaved, so drift in the machine's load hits both alike
        without.append(run(True))
        with_.append(run(False))
    base = statistics.median(r["startup_ms"] for r in without)
    feat = statistics.median(r["startup_ms"] for r in with_)
    hover = statistics.median(r["first_hover_ms"] for r in with_)
    panel = statistics.median(r["first_panel_ms"] for r in with_)
    print(f"start-up without Lookup: {base:7.1f} ms (median of {rounds})")
    print(f"start-up with Lookup:    {feat:7.1f} ms   ratio {feat / base:.3f}")
    print(f"first hover look-up:     {hover:7.1f} ms   ({with_[0]['hover_word']}) "
          f"{'within' if hover <= BUDGET_MS else 'OVER'} the {BUDGET_MS:.0f} ms budget")
    print(f"first panel look-up:     {panel:7.1f} ms   ({with_[0]['panel_word']}) "
          f"{'within' if panel <= BUDGET_MS else 'OVER'} the {BUDGET_MS:.0f} ms budget")
    print(f"terms of the bundled report explained by other reports: {with_[0]['terms_from_other_reports']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
