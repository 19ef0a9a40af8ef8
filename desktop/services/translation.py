"""The one way to Qt below the views: translation, plural forms and month names in the
person's language, the command line's translators, and Qt's versions for diagnostics.

Services, models and the command line import Qt only through here (settings.py's
QSettings aside), as qutebrowser imports Qt from one place; pyproject.toml's import
contracts hold them to it. Only QtCore is loaded, never a widget.

lupdate finds strings by the name of the call, so the names are Qt's: `translate(context,
source)` with literal arguments, `QT_TRANSLATE_NOOP(context, source)`, and `self.tr(source,
disambiguation, n)` inside a class, the only form it gives plural forms (3 года, 5 лет).
"""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator, qVersion

from desktop.services import program_files


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """`source` in the current language, looked up in `context`; call it with literal
    arguments, which is the form lupdate finds."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context` and return it as it is; translate it when
    shown with translate(context, source). (PySide6's own marker is typed as returning
    `object`, which makes every table of marked strings a type error.)"""
    return source


class CountedTexts:
    """Base of a class whose texts carry a count. lupdate gives a message plural forms only
    when it is a `self.tr(source, disambiguation, n)` inside a class, filed under the class's
    name; this `tr` looks it up there, as QObject.tr does, without a QObject."""

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate(type(self).__name__, source, disambiguation, n)


def month_name(month: int) -> str:
    """The month's short standalone name (1 to 12) in the current language."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def qt_versions() -> tuple[str, str]:
    """Qt's version at run time and PySide6's."""
    return qVersion(), pyside_version


# What `speak` made: an application object when the process had none (a translator is
# installed into one), and the translators, taken out again by `stop_speaking`.
_application: list[QCoreApplication] = []
_translators: list[QTranslator] = []


def speak(language: str) -> None:
    """Without a window (the command line): messages in `language` (kk, ru or en) from
    here on, every context's (the commands print the vocabulary's statuses and actions
    too); English is the source texts."""
    if language == "en":
        return
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
        _application.append(app)
    translator = QTranslator()
    if translator.load(f"balabaqsha_{language}", str(program_files.i18n_dir())):
        app.installTranslator(translator)
        _translators.append(translator)


def stop_speaking() -> None:
    app = QCoreApplication.instance()
    while _translators:
        translator = _translators.pop()
        if app is not None:
            app.removeTranslator(translator)
