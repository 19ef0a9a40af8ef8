"""The whole suite: `live` marks every test that talks to a live portal sandbox over HTTP or
to PostgreSQL, so `pytest -m "not live"` is the fast loop and `-m live` the integration
tests.

A test is live when it uses a fixture that starts a sandbox (`sandbox` of
tests/desktop/conftest.py, `sandbox_url` of tests/sandbox/conftest.py, and every fixture
built on them: `site`, `client`, `world`, `kg`, ...) or needs PostgreSQL; a test that starts
a sandbox itself says so with `pytest.mark.live`.
"""

from __future__ import annotations

import pytest

LIVE_FIXTURES = frozenset({"sandbox", "sandbox_url"})


# Before pytest's own hook, which deselects by `-m`.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & LIVE_FIXTURES or item.get_closest_marker("postgres"):
            item.add_marker(pytest.mark.live)
