"""Syncs over a slow link: what a scheduled `python -m desktop sync` sends, through the
delay line of tests/support/delay_line.py (a loopback proxy that counts requests and bytes),
against the live sandbox."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desktop.services import credentials, review
from desktop.services.cache import open_cache, set_meta
from tests.support.delay_line import DelayLine
from tests.support.keyrings import FileKeyring
from tests.support.sites import Site

ROOT = Path(__file__).parents[2]


@pytest.fixture
def line(site: Site) -> Iterator[DelayLine]:
    # No delay: these tests count what crosses the line, not how long it takes.
    with DelayLine.before(site.url, delay=0.0, rate=1e9) as proxy:
        yield proxy


def run(child_env: dict[str, str], profile: Path, portal: str, *args: str,
        password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(child_env, BALABAQSHA_PASSWORD=password) if password else child_env
    if not password:
        env.pop("BALABAQSHA_PASSWORD", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile), "--lang", "en",
         "--portal", portal, *args], env=env, capture_output=True, text=True,
        encoding="utf-8", stdin=subprocess.DEVNULL, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result


def test_a_sync_with_nothing_new_is_two_requests_and_under_2_kb(
        site: Site, line: DelayLine, child_env: dict[str, str], tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    run(child_env, profile, line.url, "login", site.director_login, password=site.password)
    line.reset()
    run(child_env, profile, line.url, "sync")
    first = line.reset()
    # The decline reasons came with the snapshot, and who the user is from the cache.
    assert first.requests == ["POST /api/v1/auth/refresh", "GET /api/v1/staff/changes"]
    # One connection kept alive, the whole snapshot in one page, and compressed.
    assert first.connections == 1 and first.gzipped == 1
    for _ in range(2):  # after the snapshot an empty page, then a 304
        run(child_env, profile, line.url, "sync")
        empty = line.reset()
        assert empty.requests == ["POST /api/v1/auth/refresh", "GET /api/v1/staff/changes"]
        assert empty.up + empty.down <= 2048, (empty.up, empty.down)
        assert empty.connections == 1
    # The reasons the feed brought are those `decide decline` offers.
    help_text = run(child_env, profile, line.url, "decide", "decline", "--help").stdout
    assert "no_places" in help_text and "other" in help_text


def test_a_portal_whose_feed_brings_no_reasons_is_asked_once(
        site: Site, line: DelayLine, child_env: dict[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache that never kept the reasons (a portal whose feed does not bring them) asks
    for them after the sync, once."""
    profile = tmp_path / "profile"
    run(child_env, profile, line.url, "login", site.director_login, password=site.password)
    run(child_env, profile, line.url, "sync")
    caches = list(profile.rglob("*.db"))
    assert len(caches) == 1
    monkeypatch.setenv("BALABAQSHA_TEST_KEYRING", child_env["BALABAQSHA_TEST_KEYRING"])
    keyring.set_keyring(FileKeyring())  # the conftest's memory keyring comes back after
    key = credentials.cache_key(caches[0].stem, create=False)
    assert key is not None
    cache = open_cache(caches[0], key)
    with cache.write() as session:
        set_meta(session, review.DECLINE_REASONS_META, None)
        set_meta(session, review.DECLINE_REASONS_FETCHED_AT, None)
    cache.close()
    line.reset()
    run(child_env, profile, line.url, "sync")
    assert line.reset().requests == ["POST /api/v1/auth/refresh", "GET /api/v1/staff/changes",
                                     "GET /api/v1/staff/decline-reasons"]
    run(child_env, profile, line.url, "sync")
    assert "GET /api/v1/staff/decline-reasons" not in line.reset().requests
