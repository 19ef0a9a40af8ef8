"""Are the system libraries Qt's platform plugin needs installed? (Linux)

PySide6's wheels carry Qt but not the X11/xcb libraries its `xcb` platform plugin links
against; a stock desktop often lacks a few (libxcb-cursor0 first of all), and then Qt
aborts before any window can say why. This module finds the missing ones with `ldd` and
names the Debian/Ubuntu packages that bring them, without importing Qt, so `dev.py run`,
`doctor` and the start of the window can all ask it.

Standard library only: `python dev.py run` imports it before the virtual environment's
packages are on the path.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

# Each shared library Qt's xcb plugin (and Qt's GUI module under it) loads from the system,
# and the Debian/Ubuntu package that ships it.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

# Platforms that draw nowhere need no system libraries.
HEADLESS = {"offscreen", "minimal", "vnc", "vkkhrdisplay", "eglfs", "linuxfb"}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


def chosen_platform() -> str:
    """The platform Qt will try first: QT_QPA_PLATFORM's first entry, else the system's
    (on Linux xcb: Qt falls back to it under Wayland too, so it is the one that must load)."""
    wanted = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if wanted:
        return wanted
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    return "xcb"


def plugins_dir() -> Path | None:
    """PySide6's Qt plugin folder, found without importing (loading) Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        # Qt/plugins in Linux and macOS wheels, plugins in Windows ones.
        for folder in (Path(location) / "Qt" / "plugins", Path(location) / "plugins"):
            if folder.is_dir():
                return folder
    return None


def platform_plugin(platform: str | None = None) -> Path | None:
    """The plugin file of `platform` (default: the one Qt will try first), if present."""
    folder = plugins_dir()
    if folder is None:
        return None
    name = platform or chosen_platform()
    if sys.platform == "win32":
        pattern = f"q{name}*.dll"
    elif sys.platform == "darwin":
        pattern = f"libq{name}*.dylib"
    else:
        pattern = f"libq{name}*.so"
    found = sorted((folder / "platforms").glob(pattern))
    return found[0] if found else None


def unresolved(ldd_output: str) -> list[str]:
    """The sonames `ldd` could not find, each once, in the order it printed them."""
    seen: dict[str, None] = {}
    for match in _NOT_FOUND.finditer(ldd_output):
        seen.setdefault(match.group(1), None)
    return list(seen)


def missing_platform_libraries() -> list[str]:
    """The system libraries the platform plugin cannot load; empty when all is well, off
    Linux, or for a headless platform. Raises nothing: a check that cannot run finds
    nothing, and Qt's own message then speaks."""
    if not sys.platform.startswith("linux") or chosen_platform() in HEADLESS:
        return []
    plugin = platform_plugin()
    if plugin is None:
        return []
    try:
        result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                                timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return unresolved(result.stdout + result.stderr)


def debian_packages(sonames: list[str]) -> tuple[list[str], list[str]]:
    """(the packages that bring `sonames`, the sonames no known package brings)."""
    packages: dict[str, None] = {}
    unknown = []
    for soname in sonames:
        package = DEBIAN_PACKAGES.get(soname)
        if package:
            packages.setdefault(package, None)
        else:
            unknown.append(soname)
    return list(packages), unknown


def apt_command(sonames: list[str]) -> str:
    packages, _unknown = debian_packages(sonames)
    return f"sudo apt-get install {' '.join(packages)}" if packages else ""


def install_hint(sonames: list[str]) -> str:
    """A message for the terminal, in English (dev.py runs before any translation)."""
    packages, unknown = debian_packages(sonames)
    lines = [f"Qt's window system plugin cannot start: missing {', '.join(sonames)}."]
    if packages:
        lines += ["On Debian or Ubuntu, install them with:", "", f"    {apt_command(sonames)}",
                  ""]
    if unknown:
        lines.append("Install the packages that provide: " + ", ".join(unknown))
    return "\n".join(lines)


def main() -> int:
    missing = missing_platform_libraries()
    if missing:
        print(install_hint(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
