"""`python -m desktop COMMAND`: the client's services without the window.

`run` opens the profile, runs one command and turns every known failure into a message
and an exit code (docs/architecture.md, "The command line": 0 done, 1 refused, 2 bad
usage, 3 portal unreachable).
Nothing is imported at the package level: `--help` and a bad argument answer at once.
"""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.profile import Profile
    from desktop.services.settings import Settings

INTERRUPTED = 130  # the shell's convention for Ctrl+C


def run(args: argparse.Namespace, profile: Profile, settings: Settings) -> int:
    from desktop.cli.commands import COMMANDS
    from desktop.cli.context import Context
    from desktop.cli.failures import explain
    from desktop.cli.text import note
    from desktop.services import logs
    from desktop.services.translation import translate

    logs.install(profile.log_dir, logs.COMMANDS_LOG, debug=getattr(args, "debug", False))
    log = logging.getLogger("desktop.cli")
    log.info("command %s", args.command)
    context = Context(profile, settings)
    try:
        return COMMANDS[args.command](args, context)
    except KeyboardInterrupt:
        note(translate("cli", "Interrupted."))
        return INTERRUPTED
    except Exception as exc:
        failure = explain(exc)
        if failure is None:
            log.exception("command %s failed", args.command)
            raise  # a bug: its traceback is what a report needs
        log.info("command %s refused (exit %d): %s", args.command, failure.exit_code,
                 failure)
        note(str(failure))
        return failure.exit_code
    finally:
        context.close()
