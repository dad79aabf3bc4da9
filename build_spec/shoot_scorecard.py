"""Pictures of the scorecard for the README: the table and the chart of one indicator.

    python build_spec/shoot_scorecard.py [FOLDER] [--indicator ID] [--out DIR]

Renders offscreen (no display needed) over the reports of one region of the test corpus
(default: the national reports), scored by core.pairing.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "desktop"))
    p = argparse.ArgumentParser()
    p.add_argument("folder", nargs="?", default=str(ROOT / "tests/data/corpus-full/national"))
    p.add_argument("--indicator", default="gdp")
    p.add_argument("--out", default=str(ROOT / "docs"))
    ns = p.parse_args(argv)
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from workreport.commands_scorecard import load_inputs, report_files
    from workreport.core.pairing import score_panel
    from workreport.ui.scorecard.widget import ScorecardWidget

    app = QApplication.instance() or QApplication([])
    root = Path(ns.folder)
    inputs, _failed = load_inputs([(f, str(Path(f).relative_to(root.parent))) for f, _s in report_files([ns.folder])])
    pairs = [pr for pr in score_panel(inputs) if pr.canonical]
    widget = ScorecardWidget()
    widget.resize(1500, 980)
    widget.set_pairs(pairs, inputs[0].region if inputs else "")
    row = next((i for i, k in enumerate(widget.model.rows) if k[0] == ns.indicator), 0)
    widget.show_row(row)
    cell = widget.model.index(row, widget.model.columnCount() - 1)
    widget.table.setCurrentIndex(cell)
    widget.show()
    app.processEvents()
    widget.table.scrollTo(cell)
    app.processEvents()
    out = Path(ns.out)
    out.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(out / "scorecard.png"))
    widget.export_chart(str(out / "scorecard-chart.png"), QSize(1000, 500))
    print(out / "scorecard.png", out / "scorecard-chart.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
