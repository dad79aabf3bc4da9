"""Screenshot of the library view and the search panel for the README (docs/library.png).

Builds a library of the test reports in a temporary data dir, searches 双碳, opens the first hit.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/library_screenshot.py docs/library.png
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
data = tempfile.mkdtemp(prefix="library-shot-")
os.environ["WORKREPORT_DATA_DIR"] = data
sys.path.insert(0, str(ROOT / "desktop"))

from PySide6.QtCore import Qt, QTimer  # noqa: E402

from workreport import app  # noqa: E402
from workreport.store import open_store  # noqa: E402
from workreport.store.library import open_library  # noqa: E402
from workreport.store.library_import import import_paths  # noqa: E402

with open_library() as lib:
    import_paths(lib, [ROOT / "tests/data/library", ROOT / "tests/data/corpus"], workers=2)
qapp = app._application()  # noqa: SLF001 - the script repeats the app's own start-up steps
store = open_store()
window = app.create_main_window(None, store=store)
app._wire_library(window, store)  # noqa: SLF001 - as above
ctl = window.library
window.resize(1500, 900)
window.show()
window.removeDockWidget(ctl.library_dock)
window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, ctl.library_dock)
ctl.library_dock.show()
ctl.search_dock.show()
ctl.search_dock.raise_()
ctl.library_panel.ensure_loaded()
ctl.search_panel.search("双碳")
first = ctl.backend.search("双碳")[0]
ctl.open_report(first.report, first.snippets[0].offset, "双碳")
window.outline.hide()
window.resizeDocks([ctl.library_dock, ctl.search_dock], [520, 520], Qt.Orientation.Horizontal)


def snap():
    window.grab().save(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs/library.png"))
    qapp.exit(0)


QTimer.singleShot(800, snap)
sys.exit(qapp.exec())
