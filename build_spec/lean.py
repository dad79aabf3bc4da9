"""What the frozen app leaves out: used by workreport.spec (kept out of the spec to be testable).

Paths are PyInstaller destination names, e.g. "PySide6/Qt/plugins/platforms/libqxcb.so".
"""

from __future__ import annotations

import posixpath
import re
from pathlib import PurePosixPath

# Qt modules the app never imports (the notes store uses Python's sqlite3, not QtSql).
_UNUSED_QT = [
    "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest", "QtQuick3D",
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
    "QtPdf", "QtPdfWidgets", "QtVirtualKeyboard", "QtMultimedia", "QtMultimediaWidgets",
    "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
    "QtSql", "QtTest", "QtDesigner", "QtHelp", "QtUiTools", "QtXml", "QtOpenGL", "QtOpenGLWidgets",
    "QtConcurrent", "QtStateMachine", "QtCharts", "QtDataVisualization", "QtGraphs", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialPort", "QtSerialBus", "QtBluetooth", "QtNfc", "QtPositioning",
    "QtLocation", "QtTextToSpeech", "QtSpatialAudio", "QtHttpServer", "QtNetworkAuth",
]
EXCLUDED_MODULES = [f"PySide6.{m}" for m in _UNUSED_QT] + [
    "tkinter", "_tkinter", "idlelib", "lib2to3", "pydoc_data", "ensurepip", "venv", "distutils",
    "setuptools", "pkg_resources", "pip", "test", "numpy", "pandas", "PIL", "IPython", "pytest",
    # the scorecard chart's pyqtgraph needs numpy: +15 MB one-file, over budget; the bundle draws the
    # chart with QPainter instead (ui/scorecard/painted.py)
    "pyqtgraph",
    # python-docx needs lxml.etree only; the lxml hook would bring every submodule (objectify is 3 MB)
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.cssselect", "lxml.doctestcompare",
    "lxml.usedoctest",
]

# Shared libraries that Python code opens with ctypes at run time: nothing links to them, so the
# link-time walk of prune_unreferenced would never reach them (PDFium, for the PDF front end).
CTYPES_LIBRARIES = re.compile(r"^(lib)?pdfium\.(so|dll|dylib)$")

PLUGINS = "PySide6/Qt/plugins/"

# Platform plugins: xcb for X11 (and XWayland), offscreen for headless runs and
# --self-test, minimal as a tiny fallback. Native Wayland is left out: it costs
# the wayland client libs and five plugin folders, and XWayland runs xcb fine.
_PLATFORMS = {"libqxcb.so", "libqoffscreen.so", "libqminimal.so"}
# Per plugin folder: None keeps everything, a set keeps those files only.
_KEEP_PLUGINS: dict[str, set[str] | None] = {
    "platforms": _PLATFORMS,
    "platforminputcontexts": {  # Chinese input through IBus; compose keys
        "libibusplatforminputcontextplugin.so", "libcomposeplatforminputcontextplugin.so"},
    "platformthemes": {"libqxdgdesktopportal.so"},  # gtk3 would drag GTK into the bundle
    "xcbglintegrations": None,
    "printsupport": None,  # only collected if the app ever imports QtPrintSupport
}

# Package data the app never reads: python-docx's unpacked template (it only reads documents).
_UNUSED_DATA = ("docx/templates/default-docx-template/",)

# Qt's own translations for the dialogs it draws; the app's languages only.
_TRANSLATION = re.compile(r"^qt(base)?_(zh_CN|en)\.qm$")


def keep_binary(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if not dest.startswith(PLUGINS):
        return True
    parts = PurePosixPath(dest[len(PLUGINS):]).parts
    if len(parts) < 2 or parts[0] not in _KEEP_PLUGINS:
        return False
    wanted = _KEEP_PLUGINS[parts[0]]
    return wanted is None or parts[-1] in wanted


def keep_data(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if dest.startswith(_UNUSED_DATA):
        return False
    if "PySide6/Qt/translations/" in dest:
        return bool(_TRANSLATION.match(PurePosixPath(dest).name))
    if dest.startswith(("PySide6/Qt/qml/", "PySide6/Qt/plugins/")):
        return keep_binary(dest)
    return True


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def _is_root(entry) -> bool:
    dest, _src, typecode = entry
    name = PurePosixPath(_norm(dest)).name
    return (typecode == "EXTENSION" or _norm(dest).startswith(PLUGINS) or name.startswith("libpython")
            or bool(CTYPES_LIBRARIES.match(name)))


def prune_unreferenced(binaries, get_imports):
    """Drop shared libraries that only the removed plugins and modules linked against.

    `binaries` are PyInstaller (dest, src, typecode) entries. Roots are Python
    extension modules, the kept Qt plugins and libpython; any other library is
    kept only if reachable from a root through link-time imports
    (`get_imports(src)` -> iterable of (name, path)). SYMLINK entries (src is
    the link target relative to dest) stay only if their target stays.
    Returns (kept, dropped).
    """
    links = [e for e in binaries if e[2] == "SYMLINK"]
    files = [e for e in binaries if e[2] != "SYMLINK"]
    libs = {PurePosixPath(_norm(d)).name: (d, s, t) for d, s, t in files if not _is_root((d, s, t))}
    pending = [s for d, s, t in files if _is_root((d, s, t))]
    seen, reached = set(), set()
    while pending:
        src = pending.pop()
        if src in seen:
            continue
        seen.add(src)
        try:
            imports = get_imports(src)
        except Exception:  # noqa: BLE001 - not an analysable binary
            continue
        for name, _path in imports:
            base = PurePosixPath(_norm(str(name))).name
            if base in libs and base not in reached:
                reached.add(base)
                pending.append(libs[base][1])
    kept, dropped = [], []
    for entry in files:
        name = PurePosixPath(_norm(entry[0])).name
        (kept if _is_root(entry) or name in reached else dropped).append(entry)
    links_kept, links_dropped = split_links(links, kept)
    return kept + links_kept, dropped + links_dropped


def split_links(entries, kept_files):
    """(kept, dropped) SYMLINK entries of `entries`: a link stays if its target is in `kept_files`."""
    kept_dests = {_norm(d) for d, _s, _t in kept_files}
    kept, dropped = [], []
    for entry in entries:
        if entry[2] != "SYMLINK":
            kept.append(entry)
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(_norm(entry[0])), _norm(entry[1])))
        (kept if target in kept_dests else dropped).append(entry)
    return kept, dropped
