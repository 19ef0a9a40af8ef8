"""The tests' own layout: what several test modules share lives in tests/support/, so no
module under tests/ imports a test module, a conftest or the benchmarks. A test module that
imports another runs that one's tests' setup and fixtures in its own namespace, and a
helper kept in a test file or in bench/ is found by nobody looking for it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def _module_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def forbidden(name: str) -> bool:
    """True for the benchmarks, and for any module of tests/ outside tests/support/."""
    parts = name.split(".")
    if parts[0] == "bench":
        return True
    return parts[0] == "tests" and len(parts) > 1 and parts[1] != "support"


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The forbidden modules an import statement names, relative ones resolved."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if forbidden(alias.name)]
    package = module.split(".")[:None if is_package else -1]
    if node.level:
        package = package[:len(package) - (node.level - 1)]
        base = ".".join([*package, node.module] if node.module else package)
    else:
        base = node.module or ""
    if forbidden(base):
        return [base]
    # `from tests import desktop` and `from . import test_sync` name a module in `names`.
    return [f"{base}.{alias.name}" for alias in node.names
            if forbidden(f"{base}.{alias.name}")]


def violations(source: str, path: Path) -> list[str]:
    """`path:line: imports module` for each import of a test module or the benchmarks."""
    module = _module_of(path)
    return [f"{path.relative_to(ROOT)}:{node.lineno}: imports {name}"
            for node in ast.walk(ast.parse(source, str(path)))
            if isinstance(node, ast.Import | ast.ImportFrom)
            for name in _imported(node, module, path.name == "__init__.py")]


def test_no_test_module_imports_another_a_conftest_or_the_benchmarks() -> None:
    found = [v for path in sorted(TESTS.rglob("*.py"))
             for v in violations(path.read_text(encoding="utf-8"), path)]
    assert not found, ("move what is shared into tests/support/ and import it from there "
                       "(fixtures into a conftest.py):\n" + "\n".join(found))


@pytest.mark.parametrize(("source", "where"), [
    ("from tests.desktop.conftest import Site", "tests/desktop/test_x.py"),
    ("from tests.sandbox.test_identity import refused", "tests/desktop/test_x.py"),
    ("import tests.desktop.test_sync", "tests/desktop/test_x.py"),
    ("from tests.desktop import test_sync", "tests/desktop/test_x.py"),
    ("from tests import desktop", "tests/desktop/test_x.py"),
    ("from .conftest import Site", "tests/desktop/test_x.py"),
    ("from . import test_sync", "tests/desktop/test_x.py"),
    ("from ..sandbox.conftest import start_sandbox", "tests/desktop/test_x.py"),
    ("from bench.client_requests import KEY", "tests/desktop/test_x.py"),
    ("import bench", "tests/support/x.py"),
    ("def f():\n    from bench.sync_link import DelayLine", "tests/desktop/conftest.py"),
])
def test_the_check_names_each_kind_of_import_of_a_test_module(source: str, where: str) -> None:
    [found] = violations(source, ROOT / where)
    assert found.startswith(f"{where}:{source.count(chr(10)) + 1}: imports ")


@pytest.mark.parametrize(("source", "where"), [
    ("from tests.support.sites import Site", "tests/desktop/test_x.py"),
    ("from tests.support import sites", "tests/desktop/test_x.py"),
    ("import tests.support.world", "tests/sandbox/test_x.py"),
    ("from .world import World", "tests/support/x.py"),
    ("from desktop.services import sync", "tests/desktop/test_x.py"),
])
def test_the_check_lets_the_support_modules_and_the_project_through(source: str,
                                                                     where: str) -> None:
    assert violations(source, ROOT / where) == []
