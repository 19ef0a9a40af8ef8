"""Locations of the repository's shared resources (fonts) as seen from the sandbox.

The fonts live in the top-level ``resources/`` folder because the desktop client uses the same
files; both resolve them relative to their own source file so that neither depends on the
current working directory. Inside a PyInstaller bundle the folder is at ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["font_path", "fonts_dir", "resources_dir"]


def resources_dir() -> Path:
    """The repository's ``resources/`` folder, or the bundle's."""
    bundle = getattr(sys, "_MEIPASS", None)
    return (Path(bundle) if bundle else Path(__file__).resolve().parents[1]) / "resources"


def fonts_dir() -> Path:
    """The folder holding the bundled DejaVu fonts and their licence."""
    return resources_dir() / "fonts"


def font_path(name: str) -> Path:
    """The path of the bundled font file ``name`` (e.g. ``"DejaVuSans.ttf"``).

    A missing file raises ``FileNotFoundError`` here, naming the folder searched, instead of an
    obscure error later inside reportlab or Pillow.
    """
    path = fonts_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"font {name!r} not found in {fonts_dir()}")
    return path
