"""The install: the lock matches pyproject.toml, a stale lock is refused with the command
that mends it, and the suite's warning filters silence third-party deprecations only where
they come from the third party."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_lock_matches_pyproject() -> None:
    dev = load_dev()
    assert dev.lock_inputs() == dev.pyproject_inputs()


def test_every_locked_requirement_is_pinned_with_hashes() -> None:
    requirements = []
    current: list[str] = []
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        current.append(line)
        if not line.endswith("\\"):
            requirements.append(" ".join(current))
            current = []
    assert len(requirements) > 50
    for requirement in requirements:
        name = requirement.split()[0]
        assert "==" in name, requirement
        assert "--hash=sha256:" in requirement, requirement
    names = {r.split("==")[0].lower() for r in requirements}
    # Every direct dependency of both sides and the tools is in it.
    assert {"pyside6-essentials", "pyhanko", "cryptography", "fastapi", "pytest",
            "pyinstaller", "uv"} <= names


def test_a_stale_lock_is_refused_with_the_command_that_refreshes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    dev = load_dev()
    pyproject = tmp_path / "pyproject.toml"
    lock = tmp_path / "requirements.lock"
    text = (ROOT / "pyproject.toml").read_text()
    pyproject.write_text(text)
    lock.write_text((ROOT / "requirements.lock").read_text())
    monkeypatch.setattr(dev, "PYPROJECT", pyproject)
    monkeypatch.setattr(dev, "LOCK", lock)
    assert dev.check_lock()

    # A comment or a tool setting is not an input of the lock...
    pyproject.write_text(text.replace("line-length = 100", "line-length = 100  # why"))
    assert dev.check_lock()
    # ...a new dependency is.
    pyproject.write_text(text.replace('"httpx>=0.27",', '"httpx>=0.27",\n    "attrs>=23",'))
    assert not dev.check_lock()
    message = capsys.readouterr().err
    assert "does not match pyproject.toml" in message
    assert "python dev.py lock" in message

    lock.unlink()
    assert not dev.check_lock()
    assert "python dev.py lock" in capsys.readouterr().err


PROBE = textwrap.dedent('''
    import warnings

    from cryptography.utils import CryptographyDeprecationWarning


    def warn_from(module, category):
        # As a warning raised inside `module` would be recorded.
        warnings.warn_explicit("probe", category, filename=module + ".py", lineno=1,
                               module=module)


    def test_third_party_cryptography_deprecation_is_silenced():
        warn_from("pyhanko.sign.signers.pdf_cms", CryptographyDeprecationWarning)


    def test_third_party_deprecation_is_silenced():
        warn_from("asn1crypto.core", DeprecationWarning)


    def test_own_cryptography_deprecation_fails():
        warn_from("desktop.services.verification", CryptographyDeprecationWarning)


    def test_own_deprecation_fails():
        warn_from("portal_sandbox.pki", DeprecationWarning)
''')


def test_warnings_from_the_projects_own_code_still_fail(tmp_path: Path) -> None:
    """The filters of pyproject.toml, applied to a probe run by pytest itself."""
    (tmp_path / "test_probe.py").write_text(PROBE)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), "-p", "no:cacheprovider", "-q", "-rA",
         str(tmp_path / "test_probe.py")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120)
    report = result.stdout
    assert "PASSED test_probe.py::test_third_party_cryptography_deprecation_is_silenced" \
        in report, report
    assert "PASSED test_probe.py::test_third_party_deprecation_is_silenced" in report, report
    assert "FAILED test_probe.py::test_own_cryptography_deprecation_fails" in report, report
    assert "FAILED test_probe.py::test_own_deprecation_fails" in report, report
