"""Picture of the targets table for the README (direction, canonical names, periods).

    python build_spec/shoot_targets.py [REPORT] [OUT.png] [--language en|zh_CN]

Renders the table offscreen (no display needed) on a report of the test corpus.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    language = "zh_CN"
    if "--language" in argv:
        k = argv.index("--language")
        language = argv[k + 1]
        del argv[k:k + 2]
    report_path = Path(argv[0]) if argv else ROOT / "tests/data/corpus/national/national-2024.md"
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "resources/screenshot-targets.png"
    sys.path.insert(0, str(ROOT / "desktop"))
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from workreport.core.parser import parse_file
    from workreport.ui.targets_panel import TargetsPanel

    app = QApplication.instance() or QApplication([])
    try:
        from workreport.ui import i18n
        i18n.install(language)
    except (ImportError, AttributeError):
        QLocale.setDefault(QLocale(language))
    panel = TargetsPanel()
    panel.resize(1280, 640)
    panel.set_report(parse_file(report_path))
    panel.kind.setCurrentIndex(panel.kind.findData("target"))
    panel.show()
    app.processEvents()
    panel.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
