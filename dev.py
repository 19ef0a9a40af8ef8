"""Developer entry point: `python dev.py run` and `python dev.py test`.

Works with nothing but Python 3.11+: it makes `.venv` beside this file when missing,
installs the project into it (again only when `pyproject.toml` changed), and runs the
command inside it. Kept to the standard library on purpose.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv(extras: str) -> Path:
    """Make the virtual environment and install the project, once per pyproject version."""
    if not venv_python().exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    python = venv_python()
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    have = STAMP.read_text() if STAMP.exists() else ""
    # "dev" installs a superset of the plain install, so a dev stamp satisfies `run` too.
    if have != want and not (extras == "" and have.startswith("dev:")):
        print("installing the project and its dependencies (first time only)", flush=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run([python, "-m", "pip", "install", "-q", "-e", target], check=True, cwd=ROOT)
        STAMP.write_text(("dev:" if extras == "dev" else "") + want)
    return python


def run(args: list[str]) -> int:
    python = ensure_venv("")
    return subprocess.call([python, "-m", "portal_sandbox", "serve", "--seed", "demo", *args])


def test(args: list[str]) -> int:
    python = ensure_venv("dev")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([python, "-m", "pytest", *args], cwd=ROOT, env=env)


def lint(args: list[str]) -> int:
    python = ensure_venv("dev")
    return subprocess.call([python, "-m", "ruff", "check", ".", *args], cwd=ROOT)


COMMANDS = {"run": run, "test": test, "lint": lint}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print("usage: python dev.py {run|test|lint} [args...]", file=sys.stderr)
        return 2
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
