"""A start that always speaks: what stops the window before it shows is told on the
terminal in the profile's language, with what to do, and the exit code says it failed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import startup
from desktop.services import qt_platform

ROOT = Path(__file__).resolve().parents[2]


def start(profile: Path, *args: str, code: str | None = None,
          **env: str | None) -> subprocess.CompletedProcess[str]:
    """The client as a person starts it, in a fresh process."""
    child = dict(os.environ)
    for name, value in env.items():
        if value is None:
            child.pop(name, None)
        else:
            child[name] = value
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "desktop"]
    return subprocess.run([*command, "--profile", str(profile), *args], env=child, cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          stdin=subprocess.DEVNULL)


def speaking(profile: Path, language: str) -> Path:
    profile.mkdir(parents=True, exist_ok=True)
    (profile / "settings.ini").write_text(f"[orders]\nlanguage=kk\n[ui]\nlanguage={language}\n")
    return profile


def assert_told(result: subprocess.CompletedProcess[str]) -> None:
    """Ended by the program with its own words: not Qt's abort, not a traceback."""
    assert result.returncode == startup.START_FAILED, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr


def test_a_platform_plugin_that_cannot_start_is_told_in_the_profiles_language(
        tmp_path: Path) -> None:
    result = start(speaking(tmp_path / "kk", "kk"), QT_QPA_PLATFORM="no-such-platform")
    assert_told(result)
    assert "терезесін аша алмайды" in result.stderr
    assert "\u00abno-such-platform\u00bb" in result.stderr
    assert "журналын қолдау қызметіне жіберіңіз" in result.stderr
    assert str(tmp_path / "kk" / "logs") in result.stderr  # where the log is

    result = start(speaking(tmp_path / "ru", "ru"), QT_QPA_PLATFORM="no-such-platform")
    assert_told(result)
    assert "не может открыть окно" in result.stderr


def test_the_window_system_names_its_missing_libraries_or_the_missing_screen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On this machine as it is: either the xcb plugin lacks libraries (then the packages
    and the apt-get line are named) or it has them and there is no screen (said so)."""
    result = start(speaking(tmp_path / "en", "en"), QT_QPA_PLATFORM="xcb", DISPLAY=None,
                   WAYLAND_DISPLAY=None)
    assert_told(result)
    assert "cannot open its window" in result.stderr
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    libraries = qt_platform.missing_platform_libraries()
    if libraries:
        assert "sudo apt-get install " in result.stderr
        for library in libraries:
            assert library in result.stderr
    else:
        assert "There is no screen to open a window on" in result.stderr


@pytest.mark.parametrize("command", [[], ["requests"]])
def test_a_profile_folder_that_cannot_be_made_is_told(tmp_path: Path,
                                                      command: list[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = start(blocker / "profile", *command, QT_QPA_PLATFORM="offscreen",
                   LANG="en_GB.UTF-8", LC_ALL="en_GB.UTF-8")
    assert_told(result)
    assert "The folder for settings and data cannot be used" in result.stderr
    assert "--profile DIR" in result.stderr


def test_a_module_missing_from_the_installation_is_told(tmp_path: Path) -> None:
    # As a bundle that lost a Qt module would start: the import of the window fails.
    code = ("import sys; sys.modules['PySide6.QtWidgets'] = None; "
            "sys.argv[0] = 'desktop'; from desktop.__main__ import entry; sys.exit(entry())")
    result = start(speaking(tmp_path / "p", "ru"), code=code, QT_QPA_PLATFORM="offscreen")
    assert_told(result)
    assert "Программа установлена не полностью" in result.stderr
    assert "PySide6.QtWidgets" in result.stderr


def test_a_missing_system_library_is_named_with_its_package() -> None:
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or "
                        "directory")
    message = startup.install_failure("en", error)
    assert "libEGL.so.1" in message
    assert "sudo apt-get install libegl1" in message


LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibfancy-vendor.so.3 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


def test_ldd_output_becomes_one_apt_get_line() -> None:
    missing = qt_platform.unresolved(LDD)
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libfancy-vendor.so.3"]
    assert qt_platform.apt_command(missing) == \
        "sudo apt-get install libxcb-cursor0 libxcb-icccm4"
    hint = qt_platform.install_hint(missing)
    assert "Install the packages that provide: libfancy-vendor.so.3" in hint


def test_headless_platforms_need_no_system_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert qt_platform.missing_platform_libraries() == []
    plugin = qt_platform.platform_plugin()
    assert plugin is not None and plugin.exists()


def test_the_language_is_read_from_the_ui_section_only(tmp_path: Path) -> None:
    settings = speaking(tmp_path, "en") / "settings.ini"
    assert startup.language_of(settings) == "en"
    settings.write_text("[orders]\nlanguage=en\n")
    # Another section's "language" is not the interface's: the system's is used.
    assert startup.language_of(settings) == startup.language_of(None)
    assert startup.language_of(tmp_path / "missing.ini") == startup.language_of(None)
