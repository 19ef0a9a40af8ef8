"""What the command line says: translatable messages, the exit codes, the two streams.

Messages go through Qt's translator under the "cli" context, so the GUI's .ts files can
carry them into Kazakh and Russian; QtCore alone is enough (without a translator installed
the English source comes back). Placeholders are filled with str.format afterwards.
Results go to stdout, everything else to stderr, so a script can read one without the
other.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

# Fixed (docs/architecture.md, "The command line"): scripts and support staff rely on them.
DONE = 0
REFUSED = 1
BAD_USAGE = 2
UNREACHABLE = 3


# Called by this name with literal arguments, translate("cli", "…").format(…), because that
# is the form pyside6-lupdate finds (a wrapper taking keyword arguments it does not).
translate = QCoreApplication.translate


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
