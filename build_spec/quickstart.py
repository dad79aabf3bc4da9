"""Set everything up on a fresh Debian machine, then run the app or the tests.

    python3 build_spec/quickstart.py run [FILE]   # set up, open the app (bundled report by default)
    python3 build_spec/quickstart.py test [ARGS]  # set up, run the whole test suite

Set-up is idempotent: missing system libraries for Qt and a CJK font are
installed with apt-get (as root, or through sudo), a virtual environment is
made in .venv and the project is installed into it (again only when
pyproject.toml changed).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
APT_PACKAGES = [
    # what Qt's xcb/offscreen platforms load
    "libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", "libglib2.0-0",
    "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-render-util0", "libxcb-shape0",
    "fonts-wqy-microhei",  # a CJK font: without it Chinese renders as boxes
    "binutils",  # PyInstaller needs objdump/strip for the frozen build
]


def say(msg: str) -> None:
    print(f"[quickstart] {msg}", flush=True)


def missing_apt(packages):
    if not shutil.which("dpkg-query"):
        return []
    out = []
    for pkg in packages:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True)
        if "install ok installed" not in r.stdout:
            out.append(pkg)
    return out


def apt_install(packages) -> None:
    if not packages:
        return
    prefix = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if prefix is None:
        say("cannot install system packages (not root, no sudo); please install: " + " ".join(packages))
        return
    say("installing system packages: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(prefix + ["apt-get", "update", "-qq"], check=False, env=env)
    subprocess.run(prefix + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
                   check=True, env=env)


def venv_python() -> Path:
    return VENV / "bin" / "python"


def ensure_venv() -> None:
    need = list(missing_apt(APT_PACKAGES))
    if not venv_python().exists():
        probe = subprocess.run([sys.executable, "-c", "import ensurepip, venv"], capture_output=True)
        if probe.returncode != 0:  # Debian splits venv/ensurepip into python3-venv
            need.append(f"python3.{sys.version_info.minor}-venv")
    apt_install(need)
    if not venv_python().exists():
        say(f"creating {VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    stamp = VENV / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        say("installing the project and its dependencies into .venv")
        pip = [str(venv_python()), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.run(pip + ["--upgrade", "pip"], check=True)
        subprocess.run(pip + ["-e", f"{ROOT}[dev,build]"], check=True)
        stamp.write_text(digest)


def main(argv) -> int:
    if not argv or argv[0] not in ("run", "test", "setup"):
        print(__doc__)
        return 2
    ensure_venv()
    py = str(venv_python())
    # translations (.qm) and the dictionary database: generated, not committed; skipped when up to date
    subprocess.run([py, str(ROOT / "build_spec" / "build_resources.py")], check=False)
    if argv[0] == "setup":
        return 0
    os.chdir(ROOT)
    if argv[0] == "run":
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            say("no display found (DISPLAY is unset): the window cannot open here; try xvfb-run or a desktop session")
        os.execv(py, [py, "-m", "workreport", *argv[1:]])
    os.execv(py, [py, "-m", "pytest", *argv[1:]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
