"""Signing in offline still authenticates: the Argon2id verifier kept at an online sign-in,
`resume` with a password, the idle lock's `unlock`, and a portal filed under a stable key.

"Offline" here is the same portal key with an address nobody answers on: the cache and the
secrets are found, the portal is not.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import keyring
import pytest
from keyring.backends.fail import Keyring as FailingKeyring

from desktop.services import credentials
from desktop.services.embedded import EmbeddedPortal, EmbeddedPortalBusy
from desktop.services.portal_api import PortalRefused, SessionExpired
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.workspace import SignInError, Workspace, resume, sign_in, unlock
from desktop.views.runtime.failures import describe
from tests.support.keyrings import MemoryKeyring
from tests.support.sites import Site, make_site

NOBODY = "http://127.0.0.1:9"  # the discard port: connections are refused at once
KEY = "portal-under-test"


@pytest.fixture(scope="module")
def site(sandbox: str) -> Iterator[Site]:
    """One kindergarten for the module: these tests need its staff, not its requests."""
    built = make_site(sandbox, requests=0)
    try:
        yield built
    finally:
        built.world.client.close()


@pytest.fixture
def signed_in(site: Site, profile_dir: Path) -> tuple[Profile, Settings, Workspace]:
    profile = Profile.at(profile_dir)
    settings = Settings(profile.settings_file)
    workspace = sign_in(profile, settings, site.url, site.director_login, site.password,
                        portal_key=KEY)
    workspace.close()
    return profile, settings, workspace


def test_an_online_sign_in_keeps_an_argon2id_verifier_not_the_password(
        signed_in: tuple[Profile, Settings, Workspace], memory_keyring: MemoryKeyring,
        site: Site) -> None:
    entries = dict(memory_keyring.items.items())
    verifier = entries[(credentials.SERVICE, f"verifier:{KEY}:{site.director_login}")]
    assert verifier.startswith("$argon2id$")
    assert all(site.password not in value for value in entries.values())
    # Filed under the portal key, not the address, with the refresh token and cache key.
    assert credentials.refresh_token(KEY, site.director_login)
    assert credentials.refresh_token(site.url, site.director_login) is None
    profile, _, workspace = signed_in
    assert workspace.cache.path == profile.cache_file(KEY, workspace.kindergarten_id,
                                                      workspace.account_id)


def test_offline_the_cache_opens_only_with_the_right_password(
        signed_in: tuple[Profile, Settings, Workspace], site: Site) -> None:
    profile, settings, online = signed_in
    with pytest.raises(SignInError) as missing:
        resume(profile, settings, NOBODY, portal_key=KEY)
    assert (missing.value.code, missing.value.offline) == ("password_required", True)
    with pytest.raises(SignInError) as wrong:
        resume(profile, settings, NOBODY, "not-the-password", portal_key=KEY)
    assert wrong.value.code == "wrong_password"
    offline = resume(profile, settings, NOBODY, site.password, portal_key=KEY)
    try:
        assert not offline.online
        assert (offline.account_id, offline.kindergarten_id) == (online.account_id,
                                                                online.kindergarten_id)
        assert offline.roles == ["director"]
        assert offline.cache.path == online.cache.path
        # The idle lock works offline against the same verifier.
        assert unlock(offline, site.password)
        assert not unlock(offline, "Balabaqsha-2024")
    finally:
        offline.close()


def test_online_the_stored_session_needs_no_password(
        signed_in: tuple[Profile, Settings, Workspace], site: Site) -> None:
    profile, settings, _ = signed_in
    again = resume(profile, settings, site.url, portal_key=KEY)
    try:
        assert again.online and again.roles == ["director"]
        assert again.store_key == KEY
    finally:
        again.close()


def test_an_expired_session_is_renewed_with_the_password(
        signed_in: tuple[Profile, Settings, Workspace], site: Site) -> None:
    profile, settings, _ = signed_in
    credentials.store_refresh_token(KEY, site.director_login, "revoked-long-ago")
    with pytest.raises(SessionExpired):
        resume(profile, settings, site.url, portal_key=KEY)
    with pytest.raises(PortalRefused) as refused:
        resume(profile, settings, site.url, "not-the-password", portal_key=KEY)
    assert refused.value.code == "invalid_credentials"
    renewed = resume(profile, settings, site.url, site.password, portal_key=KEY)
    try:
        assert renewed.online
        assert credentials.refresh_token(KEY, site.director_login) != "revoked-long-ago"
    finally:
        renewed.close()


def test_without_a_verifier_offline_sign_in_is_refused(
        signed_in: tuple[Profile, Settings, Workspace], site: Site) -> None:
    profile, settings, _ = signed_in
    credentials.forget_password(KEY, site.director_login)
    with pytest.raises(SignInError) as caught:
        resume(profile, settings, NOBODY, site.password, portal_key=KEY)
    assert caught.value.code == "no_offline_password"


def test_unlock_online_without_a_verifier_asks_the_portal(
        signed_in: tuple[Profile, Settings, Workspace], site: Site) -> None:
    profile, settings, _ = signed_in
    credentials.forget_password(KEY, site.director_login)  # as after a log-in with a key
    workspace = resume(profile, settings, site.url, portal_key=KEY)
    try:
        assert not unlock(workspace, "not-the-password")
        assert unlock(workspace, site.password)
        # ... and keeps a verifier from then on, for the next lock while offline.
        assert credentials.check_password(KEY, site.director_login, site.password) is True
    finally:
        workspace.close()


def test_nobody_signed_in_yet(profile_dir: Path) -> None:
    profile = Profile.at(profile_dir)
    with pytest.raises(SignInError) as caught:
        resume(profile, Settings(profile.settings_file), NOBODY, "whatever")
    assert caught.value.code == "no_previous_user"


def test_the_embedded_portal_is_filed_by_its_folder_not_its_port(tmp_path: Path) -> None:
    first = EmbeddedPortal(tmp_path / "sandbox")
    again = EmbeddedPortal(tmp_path / "sandbox")
    other = EmbeddedPortal(tmp_path / "elsewhere")
    assert first.portal_key == again.portal_key != other.portal_key


@pytest.mark.live
def test_one_sandbox_serves_a_folder_and_a_second_start_shares_it(tmp_path: Path) -> None:
    owner = EmbeddedPortal(tmp_path / "sandbox", seed="empty")
    sharer = EmbeddedPortal(tmp_path / "sandbox", seed="empty")
    url = owner.start()
    try:
        assert sharer.start() == url and sharer.shared and not owner.shared
        sharer.stop()  # the sharer leaves the owner's sandbox running
        assert httpx.get(f"{url}/sandbox/clock", timeout=10).status_code == 200
    finally:
        owner.stop()
    # The owner gone, the folder is free again: the next start runs a sandbox of its own.
    again = EmbeddedPortal(tmp_path / "sandbox", seed="empty")
    try:
        again.start()
        assert not again.shared
    finally:
        again.stop()


@pytest.mark.live
def test_the_sandbox_stops_when_the_client_that_started_it_is_gone(tmp_path: Path) -> None:
    portal = EmbeddedPortal(tmp_path / "sandbox", seed="empty")
    portal.start()
    child = portal._process
    assert child is not None and child.stdin is not None
    # What a killed client leaves: its end of the sandbox's stdin closed, nothing else.
    child.stdin.close()
    try:
        assert child.wait(timeout=30) == 0
    finally:
        portal.stop()
    # ... and the folder is free for the next start.
    again = EmbeddedPortal(tmp_path / "sandbox", seed="empty")
    try:
        again.start()
        assert not again.shared
    finally:
        again.stop()


@pytest.mark.live
def test_a_sandbox_that_died_is_reaped_and_started_again_on_its_address(
        tmp_path: Path) -> None:
    portal = EmbeddedPortal(tmp_path / "sandbox", seed="empty")
    url = portal.start()
    child = portal._process
    assert child is not None and not portal.died
    try:
        child.kill()  # as a crash, or a person ending it in the task manager
        deadline = time.monotonic() + 30
        # Reaped by the desk itself (no zombie left while it runs on), not by this test.
        while child.returncode is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert child.returncode is not None
        assert not Path(f"/proc/{child.pid}").exists() or sys.platform != "linux"
        assert portal.died

        assert portal.restart() == url  # the same address: the desk's client stays valid
        assert not portal.died and portal._process is not child
        assert httpx.get(f"{url}/sandbox/clock", timeout=10).status_code == 200
    finally:
        portal.stop()


@pytest.mark.live
def test_a_sandbox_still_starting_elsewhere_is_a_clear_wait(tmp_path: Path) -> None:
    from portal_sandbox.folder_lock import FolderLock

    starting = FolderLock(tmp_path / "sandbox")
    starting.acquire()  # taken, no address announced yet: it is still building its world
    try:
        with pytest.raises(EmbeddedPortalBusy):
            EmbeddedPortal(tmp_path / "sandbox", seed="empty").start()
        assert "still being started" in describe(EmbeddedPortalBusy("busy", [])).message
    finally:
        starting.release()


def test_the_keyring_probe_names_a_broken_backend() -> None:
    credentials.probe()  # the in-memory keyring works
    previous = keyring.get_keyring()
    keyring.set_keyring(FailingKeyring())
    try:
        with pytest.raises(credentials.CredentialsUnavailable) as caught:
            credentials.probe()
        assert caught.value.backend == "keyring.backends.fail.Keyring"
    finally:
        keyring.set_keyring(previous)
