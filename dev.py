"""Developer entry point: `python dev.py run|test|lint|i18n`.

Works with nothing but Python 3.11+: it makes `.venv` beside this file when missing,
installs the project into it (again only when `pyproject.toml` changed), and runs the
command inside it. Kept to the standard library on purpose.

- run: compile the translations, then the client window (`python -m desktop`), on the
  built-in portal sandbox unless a portal is configured.
- test: compile the translations, then the whole suite headless.
- i18n: collect the interface's strings into i18n/*.ts with lupdate (then translate the
  new ones in Qt Linguist: `pyside6-linguist i18n/balabaqsha_kk.ts`).
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


I18N = ROOT / "i18n"
LANGUAGES = ("kk", "ru", "en")
TS_FILES = [I18N / f"balabaqsha_{language}.ts" for language in LANGUAGES]


def qt_tool(name: str) -> Path:
    """A PySide6 tool installed beside the venv's python (`pyside6-lupdate`, ...)."""
    folder = venv_python().parent
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def translatable_sources() -> list[Path]:
    # lupdate does not look into .py files when given a folder, so every file is named.
    return sorted((ROOT / "desktop").rglob("*.py"))


def lupdate_command(ts_files: list[Path]) -> list[str]:
    return [str(qt_tool("pyside6-lupdate")), "-locations", "none",
            *(str(p) for p in translatable_sources()), "-ts", *(str(p) for p in ts_files)]


def compile_translations() -> None:
    """.ts -> .qm, for each .ts newer than its .qm (the .qm files are build output)."""
    for ts in TS_FILES:
        qm = ts.with_suffix(".qm")
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([str(qt_tool("pyside6-lrelease")), "-silent", str(ts), "-qm",
                            str(qm)], check=True, cwd=ROOT)


def i18n(args: list[str]) -> int:
    ensure_venv("")
    I18N.mkdir(exist_ok=True)
    code = subprocess.call([*lupdate_command(TS_FILES), *args], cwd=ROOT)
    if code == 0:
        compile_translations()
    return code


def run(args: list[str]) -> int:
    python = ensure_venv("")
    compile_translations()
    return subprocess.call([python, "-m", "desktop", *args], cwd=ROOT)


def test(args: list[str]) -> int:
    python = ensure_venv("dev")
    compile_translations()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([python, "-m", "pytest", *args], cwd=ROOT, env=env)


def lint(args: list[str]) -> int:
    python = ensure_venv("dev")
    code = subprocess.call([python, "-m", "ruff", "check", ".", *args], cwd=ROOT)
    types = subprocess.call([python, "-m", "mypy", "desktop", "portal_sandbox", "bench"],
                            cwd=ROOT)
    return code or types


COMMANDS = {"run": run, "test": test, "lint": lint, "i18n": i18n}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print("usage: python dev.py {run|test|lint|i18n} [args...]", file=sys.stderr)
        return 2
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
