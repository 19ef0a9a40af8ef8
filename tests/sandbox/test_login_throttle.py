"""Password guessing is slowed down: failed log-ins are counted per account and per client
address, and past the limit every try (the right password too) is a 429 with `Retry-After`.
An unknown login is refused exactly like a wrong password, in the same time."""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from portal_sandbox.client import SandboxClient
from tests.support.identity import log_in, parent, refused, unregistered_iin
from tests.support.sandbox import start_sandbox, stop_sandbox
from tests.support.world import PASSWORD, World

ACCOUNT_LIMIT = 5  # Settings.login_failures_per_account: "5 per 15 minutes"


def throttled(response: httpx.Response, longest: int) -> int:
    body = refused(response, 429, "login_attempts_exceeded")
    wait = int(response.headers["Retry-After"])
    assert 1 <= wait <= longest
    assert body["retry_after"] == wait
    return wait


def test_wrong_passwords_lock_the_account_for_a_while(world: World) -> None:
    client = world.client
    who = parent(world)
    other = parent(world)
    for _ in range(ACCOUNT_LIMIT):
        refused(log_in(client, who.iin, "Wrong-password-1"), 401, "invalid_credentials")
    # Past the limit the right password is refused too: the answer tells a guesser nothing.
    throttled(log_in(client, who.iin, who.password), 15 * 60)
    # The same account by another of its logins is the same account.
    throttled(log_in(client, who.phone, who.password), 15 * 60)
    # Another account from the same computer is not held up.
    assert log_in(client, other.iin, other.password).status_code == 200
    titles = {language: client.http.post(
        "/api/v1/auth/token", json={"login": who.iin, "password": who.password},
        headers={"Accept-Language": language}).json()["title"]
        for language in ("kk", "ru", "en")}
    assert titles["en"].startswith("Too many failed log-in attempts")
    assert titles["ru"].startswith("Слишком много неудачных попыток входа")
    assert titles["kk"].startswith("Кіру әрекеттері тым көп")


def test_an_unknown_login_is_throttled_like_a_known_one(world: World) -> None:
    client = world.client
    unknown = unregistered_iin(client)
    for _ in range(ACCOUNT_LIMIT):
        refused(log_in(client, unknown, PASSWORD), 401, "invalid_credentials")
    throttled(log_in(client, unknown, PASSWORD), 15 * 60)


def test_a_right_password_forgets_the_accounts_failures(world: World) -> None:
    client = world.client
    who = parent(world)
    for _ in range(2):
        for _ in range(ACCOUNT_LIMIT - 1):
            refused(log_in(client, who.iin, "Wrong-password-1"), 401, "invalid_credentials")
        assert log_in(client, who.iin, who.password).status_code == 200


@pytest.fixture(scope="module")
def tight_source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxClient]:
    """A sandbox of its own: it lets few failures through per address, and the shared one
    must not shut its other tests out."""
    process, url = start_sandbox(Path(tmp_path_factory.mktemp("throttle-source")), None,
                                 "--login-failures-per-account", "100 per minute",
                                 "--login-failures-per-source", "4 per minute")
    try:
        with SandboxClient(url) as client:
            yield client
    finally:
        stop_sandbox(process)


@pytest.mark.live
def test_failures_from_one_address_are_counted_across_accounts(
        tight_source: SandboxClient) -> None:
    world = World(tight_source)
    people = [parent(world) for _ in range(3)]
    for who in people[:2]:
        for _ in range(2):
            refused(log_in(tight_source, who.iin, "Wrong-password-1"), 401,
                    "invalid_credentials")
    # Four failures from this address, each account below its own limit: the next account
    # is refused too, right password and all, for at most the window's minute.
    throttled(log_in(tight_source, people[2].iin, people[2].password), 60)


@pytest.fixture(scope="module")
def loose(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxClient]:
    process, url = start_sandbox(Path(tmp_path_factory.mktemp("throttle-timing")), None,
                                 "--login-failures-per-account", "1000 per minute",
                                 "--login-failures-per-source", "1000 per minute")
    try:
        with SandboxClient(url) as client:
            yield client
    finally:
        stop_sandbox(process)


@pytest.mark.live
def test_an_unknown_login_takes_as_long_as_a_wrong_password(loose: SandboxClient) -> None:
    who = parent(World(loose))
    unknown = unregistered_iin(loose)

    def seconds(login: str) -> float:
        started = time.perf_counter()
        refused(log_in(loose, login, "Wrong-password-1"), 401, "invalid_credentials")
        return time.perf_counter() - started

    seconds(who.iin), seconds(unknown)  # warm both paths up
    wrong, missing = [], []
    for _ in range(9):  # interleaved, so a busy moment of the machine hits both alike
        wrong.append(seconds(who.iin))
        missing.append(seconds(unknown))
    ratio = statistics.median(missing) / statistics.median(wrong)
    # Without the stand-in hash an unknown login answered in about half the time.
    assert 0.75 < ratio < 1.33, (wrong, missing)
