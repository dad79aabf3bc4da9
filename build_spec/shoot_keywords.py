"""Picture of the Keywords panel for the README: a report against the year before, a term marked, a trend.

    python build_spec/shoot_keywords.py [--year 2024] [--term 新质生产力] [--out docs/keywords.png]

Renders offscreen (no display needed). The trend reads a library built in a temporary data dir from
the national reports of the test corpus.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NATIONAL = ROOT / "tests" / "data" / "corpus-full" / "national"


def main(argv=None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "desktop"))
    p = argparse.ArgumentParser()
    p.add_argument("--year", type=int, default=2024)
    p.add_argument("--term", default="新质生产力")
    p.add_argument("--trend", default="新质生产力,高质量发展,碳中和")
    p.add_argument("--out", default=str(ROOT / "docs" / "keywords.png"))
    ns = p.parse_args(argv)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from workreport import app as wr_app
    from workreport import paths
    from workreport.store.library import open_library
    from workreport.store.library_import import import_paths
    from workreport.ui.settings import Settings

    scratch = tempfile.TemporaryDirectory(prefix="workreport-shot-")
    paths.set_data_dir(scratch.name)
    with open_library() as lib:
        import_paths(lib, [str(NATIONAL)], workers=2)
    qapp = QApplication.instance() or QApplication([])
    window = wr_app.create_main_window(str(NATIONAL / f"{ns.year}.md"),
                                       Settings(os.path.join(scratch.name, "settings.ini")))
    window.resize(1500, 950)
    window.show()
    dock = window.findChild(type(window.glossary_dock), "keywordsDock")
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [620], Qt.Orientation.Horizontal)
    controller = window.keywords
    for _ in range(100):  # the panel fills after the first paint of the report
        qapp.processEvents()
        if controller.report is window.report:
            break
        time.sleep(0.02)
    controller.set_report(window.report)
    controller.compare_with(str(NATIONAL / f"{ns.year - 1}.md"))
    panel = controller.panel
    panel.tabs.setCurrentWidget(panel.views["new"])
    controller.mark(ns.term)
    controller.show_trend([t for t in ns.trend.split(",") if t])
    for _ in range(5):
        qapp.processEvents()
    Path(ns.out).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(ns.out)
    print(f"wrote {ns.out}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
