"""Switching the language while the program runs.

Installing a translator makes Qt send a LanguageChange event to every widget; each page
answers it by setting its texts again, so nothing needs a restart. Qt's own strings
(standard buttons, context menus) come from its `qtbase_<lang>.qm`.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from desktop.services.settings import LANGUAGES
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.views.runtime import resources

log = logging.getLogger(__name__)

LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}


# Qt's own words that ours replace. Its Kazakh says "Бас тарту" for Cancel, which is also
# how a request is declined ("Өтініштен бас тарту"), and the two buttons stand side by side
# in the decline dialog; Cancel gets a word of its own ("Болдырмау"), as in our own texts.
# Our translator is installed after Qt's, so it is asked first.
QT_OVERRIDES = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QProgressDialog", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QShortcut", "Cancel"),
)

# The file dialog's words that Qt's own translations leave in English: its Russian the
# "Look in" and "Files of type" labels and the kinds of files (Folder, Drive...), its
# Kazakh the complaint about a bad name. Where no native dialog is used (Linux without a
# desktop's theme) the dialog is Qt's own, so they are ours to give; Windows shows its
# native dialog, in the system's language.
QT_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "<b>The name \"%1\" cannot be used.</b><p>Try "
                      "using another name, with fewer characters or no punctuation marks."),
)

# The application speaks one language at a time, whichever switcher set it.
_INSTALLED: list[QTranslator] = []


def remove_translations() -> None:
    """Back to the source texts (English): every installed translator out."""
    app = QCoreApplication.instance()
    while _INSTALLED:
        translator = _INSTALLED.pop()
        # A translator dies with the switcher that loaded it, and leaves the application
        # then by itself.
        if app is not None and shiboken6.isValid(translator):
            app.removeTranslator(translator)


class LanguageSwitcher(QObject):
    """Signals: language_changed(str) after the translators of a new language are in."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = ""

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "ru"
        app = QCoreApplication.instance()
        assert app is not None
        remove_translations()
        for translator in self._load(language):
            app.installTranslator(translator)
            _INSTALLED.append(translator)
        QLocale.setDefault(QLocale(LOCALES[language]))
        self.language = language
        if not _INSTALLED:
            # No translator changed, so Qt sends no LanguageChange: send one ourselves, so
            # going back to English (the source texts) retranslates too.
            for widget in QApplication.topLevelWidgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        self.language_changed.emit(language)

    def _load(self, language: str) -> list[QTranslator]:
        """Qt's translator, then ours: the last installed is asked first (QT_OVERRIDES)."""
        loaded = []
        qt = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            loaded.append(qt)
        ours = QTranslator(self)
        if ours.load(f"balabaqsha_{language}", str(resources.i18n_dir())):
            loaded.append(ours)
        elif language != "en":
            log.warning("no compiled translation for %s in %s (run `python dev.py i18n`)",
                        language, resources.i18n_dir())
        return loaded
