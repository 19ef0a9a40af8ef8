"""The bundled program's entry point (build_installer.spec): the staff client, or the portal
sandbox when the first argument is `--run-sandbox`. A frozen program cannot be started
with `-m portal_sandbox`, so the client starts its training portal as this same executable
with that flag (desktop.services.embedded.sandbox_command)."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.services.embedded import SANDBOX_FLAG

    if sys.argv[1:2] == [SANDBOX_FLAG]:
        from portal_sandbox.__main__ import entry as sandbox

        return sandbox(sys.argv[2:])
    from desktop.__main__ import entry as desk

    return desk()


if __name__ == "__main__":
    sys.exit(main())
