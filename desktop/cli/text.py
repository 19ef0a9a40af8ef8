"""What the command line says: translatable messages, the exit codes, the two streams.

Messages go through Qt's translator under the "cli" context
(`desktop.services.translation`), so the GUI's .ts files carry them into Kazakh and Russian;
`translation.speak` installs the profile's language, and without a translator the English
source comes back. Placeholders are filled with str.format afterwards.
Results go to stdout, everything else to stderr, so a script can read one without the
other.
"""

from __future__ import annotations

import sys

# Fixed (docs/architecture.md, "The command line"): scripts and support staff rely on them.
DONE = 0
REFUSED = 1
BAD_USAGE = 2
UNREACHABLE = 3
# Added to them: a sync that ran, but left actions the portal refused in "Needs attention".
NEEDS_ATTENTION = 4


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
