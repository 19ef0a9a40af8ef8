"""A start that always speaks.

What can stop the program before its window shows (Qt's window-system plugin that cannot
load, no display, a profile folder that cannot be written, an incomplete installation) is
told to the person in their language, on the terminal and in a dialog where one can still
be shown, with what to do; the exit code is then `START_FAILED`.

These messages are needed before (or without) a QApplication, so they cannot go through
`tr()` with installed translators: their sources are marked for lupdate with
QT_TRANSLATE_NOOP and translated by a translator loaded here. If even QtCore cannot be
loaded, the English source is shown.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import warnings
from pathlib import Path

log = logging.getLogger(__name__)

_SONAME = re.compile(r"(lib[\w.+-]+?\.so(?:\.\d+)*)")

START_FAILED = 1
CONTEXT = "startup"


# The name is lupdate's marker: it collects ("startup", text) from every call.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


PLATFORM_FAILED = QT_TRANSLATE_NOOP(
    "startup", "Balabaqsha Desk cannot open its window: Qt's window-system plugin "
    "\u201c{platform}\u201d could not start.")
MISSING_LIBRARIES = QT_TRANSLATE_NOOP(
    "startup", "These system libraries are missing: {libraries}. Ask your IT person to "
    "install them; on Debian or Ubuntu this command does it:")
UNKNOWN_LIBRARIES = QT_TRANSLATE_NOOP(
    "startup", "Install the system packages that provide: {libraries}.")
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "startup", "There is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY "
    "is set). Start the program from a desktop session; the commands work without one "
    "(python -m desktop --help).")
QT_SAID = QT_TRANSLATE_NOOP(
    "startup", "Qt reported: {message}. Reinstall the program; if that does not help, send "
    "the log {log} to support.")
PROFILE_FAILED = QT_TRANSLATE_NOOP(
    "startup", "The folder for settings and data cannot be used: {path} ({error}). Choose "
    "another one with --profile DIR, or ask your IT person for write access to it.")
INSTALL_BROKEN = QT_TRANSLATE_NOOP(
    "startup", "The installation is incomplete: {module} cannot be loaded ({error}). "
    "Reinstall Balabaqsha Desk (from a source checkout: python dev.py run).")
START_BROKEN = QT_TRANSLATE_NOOP(
    "startup", "Balabaqsha Desk could not start: {error}. The details are in the log {log}; "
    "send it to support.")


# Libraries whose own warnings (pyHanko importing DSA from cryptography 51, ...) are for
# the next upgrade of the lock, not for a director reading the terminal. The suite keeps
# them as errors unless raised inside these same modules (pyproject.toml).
LIBRARY_WARNINGS = r"(pyhanko|pyhanko_certvalidator|asn1crypto|oscrypto)(\.|$)"


def quiet_library_warnings() -> None:
    """Warnings raised inside the signing libraries are dropped; any other warning goes to
    the log rather than the terminal."""
    warnings.filterwarnings("ignore", category=Warning, module=LIBRARY_WARNINGS)
    logging.captureWarnings(True)


# --- the person's language -----------------------------------------------------------------


def language_of(settings_file: Path | None) -> str:
    """The language the profile speaks, else the system's, else Russian (the program's
    default). Reads the INI file by hand: QSettings may be what failed to load."""
    if settings_file is not None:
        section = ""
        try:
            for line in settings_file.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line.startswith("[") and line.endswith("]"):
                    section = line[1:-1]
                    continue
                key, _, value = line.partition("=")
                if (section, key.strip()) == ("ui", "language") and \
                        value.strip() in ("kk", "ru", "en"):
                    return value.strip()
        except (OSError, UnicodeError):
            pass
    try:
        from PySide6.QtCore import QLocale

        system = QLocale.system().name()[:2]
    except ImportError:
        system = os.environ.get("LANG", "")[:2]
    return system if system in ("kk", "ru", "en") else "ru"


def translate(language: str, text: str) -> str:
    """`text` (a marked source) in `language`; the source itself when there is no
    translation or Qt cannot be loaded."""
    try:
        from PySide6.QtCore import QTranslator

        from desktop.views.runtime import resources
    except ImportError:
        return text
    translator = QTranslator()
    if not translator.load(f"balabaqsha_{language}", str(resources.i18n_dir())):
        return text
    return translator.translate(CONTEXT, text) or text


# --- telling it ----------------------------------------------------------------------------


def tell(message: str, qt_dialog: bool = True) -> int:
    """Print `message` to the terminal and show it in a dialog where one can be shown;
    returns the exit code the program ends with. `qt_dialog` False: Qt is failing, so only
    the system's own box (Windows) may be used."""
    log.critical("%s", message)
    if sys.stderr is not None:  # None in a windowed (console-less) Windows build
        print(message, file=sys.stderr, flush=True)
    _dialog(message, qt_dialog)
    return START_FAILED


def _dialog(message: str, qt_dialog: bool) -> None:
    try:
        if not qt_dialog:
            raise ImportError("Qt is failing")
        from PySide6.QtWidgets import QApplication, QMessageBox

        if isinstance(QApplication.instance(), QApplication):
            QMessageBox.critical(None, "Balabaqsha Desk", message)
            return
    except ImportError:
        pass
    if sys.platform == "win32":
        # No Qt to show it with; the bundle has no console either, so Windows' own box.
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, message, "Balabaqsha Desk", 0x10)


# --- what went wrong -----------------------------------------------------------------------


def platform_failure(language: str, qt_message: str, log_file: Path | None) -> str:
    """The words for Qt's fatal message about its platform plugin (or any fatal message:
    they all end the program before the window)."""
    from desktop.services import qt_platform

    platform = qt_platform.chosen_platform()
    lines = [translate(language, PLATFORM_FAILED).format(platform=platform)]
    missing = qt_platform.missing_platform_libraries()
    if missing:
        packages, unknown = qt_platform.debian_packages(missing)
        if packages:
            lines += [translate(language, MISSING_LIBRARIES).format(
                libraries=", ".join(missing)), "", f"    {qt_platform.apt_command(missing)}", ""]
        if unknown:
            lines.append(translate(language, UNKNOWN_LIBRARIES).format(
                libraries=", ".join(unknown)))
    elif sys.platform.startswith("linux") and platform in ("xcb", "wayland") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        lines.append(translate(language, NO_DISPLAY))
    else:
        lines.append(translate(language, QT_SAID).format(
            message=" ".join(qt_message.split()).rstrip("."), log=log_file or "-"))
    return "\n".join(lines)


def qt_fatal(language: str, qt_message: str, log_file: Path | None) -> None:
    """Qt is about to abort (exit 134, silently on a desktop): say why and end cleanly."""
    # No Qt dialog: the QApplication being built is the one failing.
    tell(platform_failure(language, qt_message, log_file), qt_dialog=False)
    logging.shutdown()
    os._exit(START_FAILED)


def profile_failure(language: str, path: Path, error: OSError) -> str:
    return translate(language, PROFILE_FAILED).format(path=path,
                                                      error=error.strerror or error)


def install_failure(language: str, error: ImportError) -> str:
    """An import that failed: a module missing from the installation, or a system library
    Qt needs (`libEGL.so.1: cannot open shared object file`), which has a package to name."""
    from desktop.services import qt_platform

    library = _SONAME.search(str(error))
    if library is not None and not error.name:
        missing = [library.group(1)]
        lines = [translate(language, MISSING_LIBRARIES).format(libraries=missing[0])]
        command = qt_platform.apt_command(missing)
        lines += ["", f"    {command}"] if command else [translate(
            language, UNKNOWN_LIBRARIES).format(libraries=missing[0])]
        return "\n".join(lines)
    module = error.name or str(error)
    return translate(language, INSTALL_BROKEN).format(module=module, error=error)


def start_failure(language: str, error: BaseException, log_file: Path | None) -> str:
    return translate(language, START_BROKEN).format(error=error, log=log_file or "-")
