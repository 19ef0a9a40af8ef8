"""Where the interface's own files are (`desktop.services.program_files` says where the
program's files are: beside the sources, inside a PyInstaller bundle, or a named copy)."""

from __future__ import annotations

from pathlib import Path

from desktop.services import program_files


def i18n_dir() -> Path:
    return program_files.i18n_dir()


def fonts_dir() -> Path:
    return program_files.resources_dir() / "fonts"


def icons_dir() -> Path:
    return program_files.resources_dir() / "icons"
