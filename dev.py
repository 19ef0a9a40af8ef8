"""Developer entry point: `python dev.py run|test|lint|i18n|bundle|lock|upgrade`.

Works with nothing but Python 3.11+: it makes `.venv` beside this file and installs into it
exactly what `requirements.lock` names (every direct and transitive dependency, pinned with
hashes, resolved for Windows and Linux together), then runs the command inside it. Kept to
the standard library on purpose.

- run: compile the translations, then the client window (`python -m desktop`), on the
  built-in portal sandbox unless a portal is configured. On Linux it first checks that Qt's
  platform libraries are installed, and prints the one `apt-get install` line when not.
- test: compile the translations, then the whole suite headless, on every core
  (pytest-xdist; `-n 1` runs it in one process).
- lint: ruff, mypy and the import contracts (import-linter).
- i18n: collect the interface's strings into i18n/*.ts with lupdate (then translate the
  new ones in Qt Linguist: `pyside6-linguist i18n/balabaqsha_kk.ts`).
- bundle: the PyInstaller one-folder bundle of build_installer.spec, in dist/.
- lock: re-resolve requirements.lock after pyproject.toml changed, keeping every pin that
  still fits.
- upgrade: re-resolve requirements.lock to the newest versions pyproject.toml allows,
  install them and run the suite; on a failure the previous lock is put back.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"
LOCK = ROOT / "requirements.lock"
PYPROJECT = ROOT / "pyproject.toml"
# The lock's own record of the pyproject.toml it was resolved from.
LOCK_INPUTS = "# pyproject-inputs: sha256="
LOCK_EXTRAS = ("dev",)
# The oldest Python the project supports: the universal resolution starts there.
LOCK_PYTHON = "3.11"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_tool(name: str) -> Path:
    """A console script installed beside the venv's python (`pyside6-lupdate`, `uv`, ...)."""
    folder = venv_python().parent
    return folder / (f"{name}.exe" if os.name == "nt" else name)


# --- the lock ------------------------------------------------------------------------------


def pyproject_inputs() -> str:
    """A digest of what the lock is resolved from: dependencies, extras, Python versions.
    Comments and tool settings in pyproject.toml do not change it."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    inputs = {
        "requires-python": project.get("requires-python", ""),
        "dependencies": sorted(project.get("dependencies", [])),
        "optional-dependencies": {name: sorted(deps) for name, deps in
                                  sorted(project.get("optional-dependencies", {}).items())},
    }
    return hashlib.sha256(repr(inputs).encode()).hexdigest()


def lock_inputs() -> str | None:
    if not LOCK.exists():
        return None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line.startswith(LOCK_INPUTS):
            return line.removeprefix(LOCK_INPUTS).strip()
    return None


def check_lock() -> bool:
    """False, with the command that mends it, when the lock is missing or stale."""
    if not LOCK.exists():
        print(f"error: {LOCK.name} is missing; make it with `python dev.py lock`",
              file=sys.stderr)
        return False
    if lock_inputs() != pyproject_inputs():
        print(f"error: {LOCK.name} does not match pyproject.toml (its dependencies changed "
              "since the lock was made).\n"
              "  Refresh it with `python dev.py lock` (keeps every pin that still fits), or "
              "move everything forward with `python dev.py upgrade`, then commit "
              f"{LOCK.name}.", file=sys.stderr)
        return False
    return True


def site_packages(python: Path) -> Path:
    out = subprocess.run([str(python), "-c",
                          "import sysconfig; print(sysconfig.get_path('purelib'))"],
                         check=True, capture_output=True, text=True)
    return Path(out.stdout.strip())


def make_venv() -> Path:
    """The venv holds exactly the lock: it is made afresh whenever the lock changes, so a
    package the lock dropped cannot linger in it."""
    want = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    have = STAMP.read_text().strip() if STAMP.exists() else ""
    python = venv_python()
    if python.exists() and have == want:
        return python
    if VENV.exists():
        print(f"{LOCK.name} changed: making {VENV.name} afresh", flush=True)
        shutil.rmtree(VENV)
    print(f"creating {VENV} and installing {LOCK.name} (first time only)", flush=True)
    venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "--require-hashes", "-r", str(LOCK)], check=True, cwd=ROOT)
    # The project itself is used from this checkout, as an editable install would, without
    # building it: a path entry needs no build backend outside the lock.
    (site_packages(python) / "balabaqsha_desk.pth").write_text(f"{ROOT}\n", encoding="utf-8")
    STAMP.write_text(want)
    return python


def ensure_venv() -> Path:
    if not check_lock():
        raise SystemExit(1)
    return make_venv()


def resolve(upgrade: bool) -> int:
    """Write requirements.lock with uv's universal resolver (Windows and Linux at once)."""
    if LOCK.exists():
        make_venv()  # from the current lock: it brings uv
        uv = str(venv_tool("uv"))
    else:
        uv = shutil.which("uv") or ""
        if not uv:
            print("error: no lock to install uv from; `pip install uv` once, then again",
                  file=sys.stderr)
            return 1
    command = [uv, "pip", "compile", str(PYPROJECT.name),
               *(f"--extra={extra}" for extra in LOCK_EXTRAS),
               "--universal", f"--python-version={LOCK_PYTHON}", "--generate-hashes",
               "--quiet", "--custom-compile-command=python dev.py lock",
               f"--output-file={LOCK.name}"]
    if upgrade:
        command.append("--upgrade")
    code = subprocess.call(command, cwd=ROOT)
    if code != 0:
        return code
    body = LOCK.read_text(encoding="utf-8")
    body = "\n".join(line for line in body.splitlines() if not line.startswith(LOCK_INPUTS))
    LOCK.write_text(f"{LOCK_INPUTS}{pyproject_inputs()}\n{body}\n", encoding="utf-8")
    return 0


def lock(args: list[str]) -> int:
    code = resolve(upgrade=False)
    if code == 0:
        print(f"{LOCK.name} matches pyproject.toml; install it with `python dev.py test`")
    return code


def upgrade(args: list[str]) -> int:
    """One deliberate step forward: newest versions, installed, and the whole suite run."""
    previous = LOCK.read_bytes()
    code = resolve(upgrade=True)
    if code != 0:
        return code
    if LOCK.read_bytes() == previous:
        print(f"{LOCK.name}: nothing newer to take")
        return 0
    code = test(args)
    if code != 0:
        LOCK.write_bytes(previous)
        print(f"error: the suite failed on the upgraded versions; {LOCK.name} is back as it "
              "was (the next command reinstalls it). Upgrade one package at a time with "
              "`uv pip compile --upgrade-package NAME` to find the one that breaks.",
              file=sys.stderr)
        return code
    print(f"{LOCK.name} upgraded and the suite passed: review `git diff {LOCK.name}` and "
          "commit it")
    return 0


# --- translations --------------------------------------------------------------------------

I18N = ROOT / "i18n"
LANGUAGES = ("kk", "ru", "en")
TS_FILES = [I18N / f"balabaqsha_{language}.ts" for language in LANGUAGES]


def translatable_sources() -> list[Path]:
    # lupdate does not look into .py files when given a folder, so every file is named.
    return sorted((ROOT / "desktop").rglob("*.py"))


def lupdate_command(ts_files: list[Path]) -> list[str]:
    return [str(venv_tool("pyside6-lupdate")), "-locations", "none", "-no-obsolete",
            *(str(p) for p in translatable_sources()), "-ts", *(str(p) for p in ts_files)]


def compile_translations() -> None:
    """.ts -> .qm, for each .ts newer than its .qm (the .qm files are build output)."""
    for ts in TS_FILES:
        qm = ts.with_suffix(".qm")
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([str(venv_tool("pyside6-lrelease")), "-silent", str(ts), "-qm",
                            str(qm)], check=True, cwd=ROOT)


# --- commands ------------------------------------------------------------------------------


def i18n(args: list[str]) -> int:
    ensure_venv()
    I18N.mkdir(exist_ok=True)
    code = subprocess.call([*lupdate_command(TS_FILES), *args], cwd=ROOT)
    if code == 0:
        compile_translations()
    return code


def run(args: list[str]) -> int:
    python = ensure_venv()
    compile_translations()
    # Qt aborts without a word when its platform libraries are missing: check them first
    # (it prints the `apt-get install` line that mends it).
    if subprocess.call([python, "-m", "desktop.services.qt_platform"], cwd=ROOT) != 0:
        return 1
    return subprocess.call([python, "-m", "desktop", *args], cwd=ROOT)


def parallel(args: list[str]) -> list[str]:
    """pytest-xdist on every core unless the arguments choose (`-n 1`, `-p no:xdist`): each
    worker has its own sandbox and databases; a file's tests stay on one worker, so the
    fixtures a module shares are built once."""
    chosen = any(a.startswith(("-n", "--numprocesses")) or a in ("no:xdist", "-pno:xdist")
                 for a in args)
    return [] if chosen else ["--numprocesses=auto", "--dist=loadfile"]


def test(args: list[str]) -> int:
    python = ensure_venv()
    compile_translations()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([python, "-m", "pytest", *parallel(args), *args], cwd=ROOT,
                           env=env)


def lint(args: list[str]) -> int:
    """ruff, mypy, and the import contracts of pyproject.toml (import-linter): the client's
    layers, and the client and the sandbox never importing each other."""
    python = ensure_venv()
    code = subprocess.call([python, "-m", "ruff", "check", ".", *args], cwd=ROOT)
    types = subprocess.call([python, "-m", "mypy", "desktop", "portal_sandbox", "bench"],
                            cwd=ROOT)
    imports = subprocess.call([str(venv_tool("lint-imports")), "--no-cache"], cwd=ROOT)
    return code or types or imports


def bundle(args: list[str]) -> int:
    python = ensure_venv()
    compile_translations()
    return subprocess.call([python, "-m", "PyInstaller", "--noconfirm", "--clean",
                            "build_installer.spec", *args], cwd=ROOT)


COMMANDS = {"run": run, "test": test, "lint": lint, "i18n": i18n, "bundle": bundle,
            "lock": lock, "upgrade": upgrade}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(f"usage: python dev.py {{{'|'.join(COMMANDS)}}} [args...]", file=sys.stderr)
        return 2
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
