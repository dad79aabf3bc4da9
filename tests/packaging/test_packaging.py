"""The installed app: wheel contents, gui-script entry point, desktop entry, icons, About
dialog, the resource accessor in a bundle, and the lean-bundle filters of the PyInstaller spec."""

import configparser
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "build_spec"))
import lean  # noqa: E402  (build_spec/lean.py: what the frozen build leaves out)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "--disable-pip-version-check",
                        "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    (whl,) = out.glob("workreport-*.whl")
    return whl


def test_wheel_carries_resources_through_the_symlink(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"workreport/_resources/reports/nankai-2021.txt", "workreport/_resources/icons/workreport.svg",
                "workreport/_resources/workreport.desktop", "workreport/_resources/LICENSE-THIRD-PARTY.txt",
                "workreport/ui/about.py"}
    expected |= {f"workreport/_resources/icons/workreport-{s}.png" for s in ICON_SIZES}
    assert expected <= names, sorted(expected - names)
    # the bundled report arrives byte for byte
    with zipfile.ZipFile(wheel) as z:
        assert z.read("workreport/_resources/reports/nankai-2021.txt") == \
            (ROOT / "resources/reports/nankai-2021.txt").read_bytes()


def test_wheel_declares_the_gui_script(wheel):
    with zipfile.ZipFile(wheel) as z:
        (ep,) = [n for n in z.namelist() if n.endswith(".dist-info/entry_points.txt")]
        cfg = configparser.ConfigParser()
        cfg.read_string(z.read(ep).decode())
    assert cfg["gui_scripts"]["workreport"].strip() == "workreport.app:main"


def test_installed_wheel_runs_self_test_from_its_own_resources(wheel, tmp_path):
    """`pip install` (into a target dir, no network) gives a `workreport` command that finds its
    bundled report inside the installed package, not in the checkout."""
    site = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--disable-pip-version-check",
                        "--target", str(site), str(wheel)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    env = dict(os.environ, PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen",
               WORKREPORT_DATA_DIR=str(tmp_path / "data"))
    probe = subprocess.run([sys.executable, "-c", "import workreport, workreport.resources as r; "
                            "print(workreport.__file__); print(r.default_report())"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    pkg_file, report = probe.stdout.split("\n")[:2]
    assert Path(pkg_file).is_relative_to(site), probe.stdout + probe.stderr
    assert Path(report) == site / "workreport/_resources/reports/nankai-2021.txt"
    script = site / "bin" / "workreport"
    assert script.exists()
    run = subprocess.run([str(script), "--self-test"], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["ok"] is True and summary["source"] == "nankai-2021.txt"


def _desktop_entry():
    cfg = configparser.ConfigParser(interpolation=None, strict=True)
    cfg.optionxform = str  # keys are case-sensitive
    cfg.read(ROOT / "resources" / "workreport.desktop", encoding="utf-8")
    return cfg["Desktop Entry"]


def test_desktop_entry_is_valid():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Name[zh_CN]"]
    assert entry["Exec"].split()[0] == "workreport"  # the gui-script name
    assert set(entry["Exec"].split()[1:]) <= {"%f", "%F", "%u", "%U"}
    assert entry["Terminal"] == "false"
    # Icon names a themed icon that we ship (no path, no extension)
    assert entry["Icon"] == "workreport"
    assert (ROOT / "resources/icons" / f"{entry['Icon']}.svg").exists()
    categories = entry["Categories"]
    assert categories.endswith(";")
    main_categories = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
                       "Network", "Office", "Science", "Settings", "System", "Utility"}
    assert main_categories & set(categories.rstrip(";").split(";"))
    assert entry["MimeType"].endswith(";")
    if shutil.which("desktop-file-validate"):
        r = subprocess.run(["desktop-file-validate", str(ROOT / "resources/workreport.desktop")],
                           capture_output=True, text=True)
        assert r.returncode == 0 and "error" not in r.stdout.lower(), r.stdout


def test_icon_pngs_have_their_sizes_and_the_svg_renders(qapp):
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    for size in ICON_SIZES:
        img = QImage(str(ROOT / f"resources/icons/workreport-{size}.png"))
        assert (img.width(), img.height()) == (size, size)
        # transparent corner, opaque red page in the middle
        assert img.pixelColor(0, 0).alpha() == 0
        centre = img.pixelColor(size // 2, size * 3 // 4)
        assert centre.alpha() == 255
    assert QSvgRenderer(str(ROOT / "resources/icons/workreport.svg")).isValid()


def test_application_icon_has_every_size(qapp):
    from workreport.ui.about import application_icon

    icon = application_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)


def test_about_dialog_shows_version_licences_and_report(qtbot, bundled_report):
    import workreport
    from workreport.ui.about import show_about

    dialog = show_about(None, bundled_report)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert f"Version {workreport.__version__}" in text
    assert "Licence: MIT" in text
    for notice in ("PySide6", "LGPLv3", "platformdirs", "charset-normalizer", "openpyxl"):
        assert notice in text
    md = bundled_report.metadata
    for value in (md.title, md.issuer, md.date):
        assert value and value in text
    assert not dialog.windowIcon().isNull()
    dialog.close()


def test_about_dialog_escapes_report_metadata(qtbot, bundled_report):
    import copy

    from workreport.ui.about import show_about

    report = copy.copy(bundled_report)
    report.metadata = copy.copy(bundled_report.metadata)
    report.metadata.title = "<b>粗</b><img src='x.png'>"
    dialog = show_about(None, report)
    qtbot.addWidget(dialog)
    assert "<b>粗</b><img src='x.png'>" in dialog.browser.toPlainText()
    dialog.close()


def test_about_without_a_report_has_no_report_section(qtbot):
    from workreport.ui.about import show_about

    dialog = show_about(None, None)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Open report" not in text and "Licence: MIT" in text
    dialog.close()


# --- the resource accessor in a PyInstaller bundle ---------------------------------------------

def test_resources_prefer_the_bundle_when_frozen(tmp_path, monkeypatch):
    from workreport import resources

    bundled = tmp_path / "resources" / "reports" / "nankai-2021.txt"
    bundled.parent.mkdir(parents=True)
    bundled.write_text("frozen copy", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.default_report() == bundled
    assert resources.path("reports/nankai-2021.txt").read_text(encoding="utf-8") == "frozen copy"
    # a name the bundle lacks still resolves through the package / checkout
    assert resources.path("icons/workreport-16.png").exists()
    with pytest.raises(FileNotFoundError):
        resources.path("reports/no-such-report.txt")


def test_resources_without_a_bundle_use_the_package(monkeypatch):
    from workreport import resources

    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources.default_report().read_bytes() == (ROOT / "resources/reports/nankai-2021.txt").read_bytes()


def test_meipass_only_in_the_resource_accessor():
    users = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py")
                   if "_MEIPASS" in p.read_text(encoding="utf-8"))
    assert users == ["desktop/workreport/resources.py"]


# --- what the frozen build keeps (build_spec/lean.py) ----------------------------------------

@pytest.mark.parametrize("dest,kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/QtWidgets.abi3.so", True),
    ("libpython3.11.so.1.0", True),
])
def test_lean_keeps_only_needed_plugins(dest, kept):
    assert lean.keep_binary(dest) is kept


@pytest.mark.parametrize("dest,kept", [
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qt_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_zh_CN.qm", False),
    ("PySide6/Qt/translations/assistant_zh_CN.qm", False),
    ("resources/reports/nankai-2021.txt", True),
    ("resources/icons/workreport-32.png", True),
])
def test_lean_keeps_only_app_translations(dest, kept):
    assert lean.keep_data(dest) is kept


def test_lean_excludes_unused_qt_modules_but_not_the_used_ones():
    excluded = set(lean.EXCLUDED_MODULES)
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtSql", "PySide6.QtPdf",
            "PySide6.QtWebEngineCore", "PySide6.QtVirtualKeyboard", "PySide6.QtMultimedia"} <= excluded
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "sqlite3"} & excluded


def test_prune_drops_libraries_only_removed_plugins_needed():
    qt = "PySide6/Qt/lib/"
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        (qt + "libQt6Widgets.so.6", "/s/libQt6Widgets.so.6", "BINARY"),
        (qt + "libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        (qt + "libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        (qt + "libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),  # only the dropped tls plugin used it
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),  # only the dropped gtk3 theme used it
        ("libQt6Core.so.6", qt + "libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", qt + "libQt6Network.so.6", "SYMLINK"),
    ]
    graph = {
        "/s/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/s/libQt6Widgets.so.6": ["libQt6Core.so.6"],
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/s/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libQt6Core.so.6"],
    }

    def get_imports(src):
        if src not in graph and not src.startswith("/s/"):
            raise OSError("not a binary")
        return [(name, "/s/" + name) for name in graph.get(src, [])]

    kept, dropped = lean.prune_unreferenced(binaries, get_imports)
    kept_names = {d for d, _s, _t in kept}
    assert {d for d, _s, _t in dropped} == {qt + "libQt6Network.so.6", "libgtk-3.so.0", "libQt6Network.so.6"}
    assert kept_names == {d for d, _s, _t in binaries} - {d for d, _s, _t in dropped}
    # a link in the datas to a dropped library goes too
    links, gone = lean.split_links([("libQt6Network.so.6", qt + "libQt6Network.so.6", "SYMLINK"),
                                    ("resources/x.txt", "/s/x.txt", "DATA")], kept)
    assert [d for d, _s, _t in links] == ["resources/x.txt"] and len(gone) == 1


def test_install_desktop_entry_for_the_user(tmp_path, monkeypatch):
    import install_desktop  # build_spec/install_desktop.py

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    frozen = tmp_path / "my apps" / "workreport"
    assert install_desktop.main(["--exec", str(frozen)]) == 0
    entry = (tmp_path / "applications/workreport.desktop").read_text(encoding="utf-8")
    assert f'Exec="{frozen}" %f' in entry and f"TryExec={frozen}" in entry and "Icon=workreport" in entry
    assert (tmp_path / "icons/hicolor/48x48/apps/workreport.png").read_bytes() == \
        (ROOT / "resources/icons/workreport-48.png").read_bytes()
    assert (tmp_path / "icons/hicolor/scalable/apps/workreport.svg").exists()
    assert install_desktop.main(["--uninstall"]) == 0
    assert not list(tmp_path.rglob("workreport*"))
    # the default entry runs the pip-installed command unchanged
    assert install_desktop.desktop_text("workreport") == \
        (ROOT / "resources/workreport.desktop").read_text(encoding="utf-8")
