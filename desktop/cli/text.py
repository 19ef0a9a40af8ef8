"""What the command line says: translatable messages, the exit codes, the two streams.

Messages go through Qt's translator under the "cli" context, so the GUI's .ts files can
carry them into Kazakh and Russian; QtCore alone is enough (`speak` installs the profile's
language; without a translator the English source comes back). Placeholders are filled
with str.format afterwards.
Results go to stdout, everything else to stderr, so a script can read one without the
other.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTranslator

# Fixed (docs/architecture.md, "The command line"): scripts and support staff rely on them.
DONE = 0
REFUSED = 1
BAD_USAGE = 2
UNREACHABLE = 3
# Added to them: a sync that ran, but left actions the portal refused in "Needs attention".
NEEDS_ATTENTION = 4


# Called by this name with literal arguments, translate("cli", "…").format(…), because that
# is the form pyside6-lupdate finds (a wrapper taking keyword arguments it does not).
translate = QCoreApplication.translate


# What `speak` made: an application object when the process had none (a translator is
# installed into one), and the translators, taken out again by `stop_speaking`.
_application: list[QCoreApplication] = []
_translators: list[QTranslator] = []


def speak(language: str) -> None:
    """Messages in `language` (kk, ru or en) from here on: this context's and the
    vocabulary's, whose statuses and actions the commands print."""
    from desktop.views import resources  # paths only: no widgets

    if language == "en":
        return  # the source texts
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
        _application.append(app)
    translator = QTranslator()
    if translator.load(f"balabaqsha_{language}", str(resources.i18n_dir())):
        app.installTranslator(translator)
        _translators.append(translator)


def stop_speaking() -> None:
    app = QCoreApplication.instance()
    while _translators:
        translator = _translators.pop()
        if app is not None:
            app.removeTranslator(translator)


def out(text: str) -> None:
    print(text, flush=True)


def note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


class CliFailure(Exception):
    """Ends a command with `exit_code` and a message for a person (no stack trace)."""

    def __init__(self, message: str, exit_code: int = REFUSED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class UsageError(CliFailure):
    def __init__(self, message: str) -> None:
        super().__init__(message, BAD_USAGE)
