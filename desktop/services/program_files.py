"""Where the program's own files are: `resources/` (fonts, contract templates, trusted
roots, icons) and `i18n/` (compiled translations).

They sit beside the sources in a checkout, and inside a PyInstaller bundle at
`sys._MEIPASS`. `BALABAQSHA_PROGRAM_FILES` names another folder laid out like the bundle's
(`resources/`, `i18n/`, Qt's plugins under `PySide6/...`): `--self-check` then proves a copy
of the program's files, such as one taken from a damaged install, without installing it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROGRAM_FILES_ENV = "BALABAQSHA_PROGRAM_FILES"


def bundle_dir() -> Path | None:
    """The PyInstaller bundle's folder when running from one, else None."""
    folder = getattr(sys, "_MEIPASS", None)
    return Path(folder) if getattr(sys, "frozen", False) and folder else None


def root() -> Path:
    named = os.environ.get(PROGRAM_FILES_ENV)
    if named:
        return Path(named)
    return bundle_dir() or Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return root() / "resources"


def i18n_dir() -> Path:
    return root() / "i18n"
