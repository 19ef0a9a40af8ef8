"""Where the program's own files are: beside the sources, or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parents[2]


def i18n_dir() -> Path:
    return root() / "i18n"


def fonts_dir() -> Path:
    return root() / "resources" / "fonts"


def icons_dir() -> Path:
    return root() / "resources" / "icons"
