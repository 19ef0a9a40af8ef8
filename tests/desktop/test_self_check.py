"""`python -m desktop --self-check`: passes on this checkout, and names what is missing in a
damaged copy of the program's files (BALABAQSHA_PROGRAM_FILES), as it would in a damaged
install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def self_check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """In a child process; it starts and stops the embedded sandbox (so its tests are live)."""
    return subprocess.run([sys.executable, "-m", "desktop", "--self-check"], cwd=ROOT,
                          env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=240)


def lines(done: subprocess.CompletedProcess[str]) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)


@pytest.mark.live
def test_the_checkout_passes_every_check(child_env: dict[str, str]) -> None:
    done = self_check(child_env)
    assert done.returncode == 0, done.stdout + done.stderr
    results = lines(done)
    assert set(results) >= {
        "modules of the client", "modules of the portal sandbox", "Qt plugins",
        "Qt libraries and fonts", "encrypted local data", "translations", "contract PDF",
        "signature", "portal sandbox (start and stop)"}
    assert all(result == "ok" for name, result in results.items()
               if name != "self-check passed"), done.stdout
    assert done.stdout.splitlines()[-1].startswith("self-check passed")


def link_or_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "nt":  # symbolic links need a privilege there
        shutil.copytree(source, target)
    else:
        target.symlink_to(source, target_is_directory=True)


@pytest.mark.live
def test_a_missing_translation_and_plugin_folder_are_named(
        child_env: dict[str, str], tmp_path: Path) -> None:
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    copy = tmp_path / "program"
    shutil.copytree(ROOT / "resources", copy / "resources")
    (copy / "i18n").mkdir()
    for language in ("kk", "en"):  # the Russian one got lost
        qm = ROOT / "i18n" / f"balabaqsha_{language}.qm"
        assert qm.exists(), "compile the translations first (python dev.py i18n)"
        shutil.copy(qm, copy / "i18n")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    copied = copy / plugins.relative_to(Path(PySide6.__file__).parents[1])
    for kind in plugins.iterdir():
        if kind.name != "imageformats":  # and the image plugins
            link_or_copy(kind, copied / kind.name)

    done = self_check(dict(child_env, BALABAQSHA_PROGRAM_FILES=str(copy)))

    assert done.returncode == 1, done.stdout + done.stderr
    results = lines(done)
    assert "balabaqsha_ru.qm is missing" in results["translations"]
    assert "balabaqsha_kk.qm" not in results["translations"]
    assert results["Qt plugins"].startswith("FAILED: missing imageformats/")
    assert "qjpeg" in results["Qt plugins"] and str(copied) in results["Qt plugins"]
    # The rest of the copy is whole: those checks still pass.
    assert results["encrypted local data"] == "ok"
    assert results["contract PDF"] == "ok"
    assert done.stdout.splitlines()[-1] == \
        "self-check failed: Qt plugins, translations"


def test_a_frozen_program_runs_the_sandbox_as_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.services.embedded import SANDBOX_FLAG, sandbox_command

    assert sandbox_command("serve")[1:] == ["-m", "portal_sandbox", "serve"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert sandbox_command("serve", "--port", "0") == [
        sys.executable, SANDBOX_FLAG, "serve", "--port", "0"]
