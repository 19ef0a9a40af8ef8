"""Where the computer has no OS keyring (keyring's fail backend stands in for one): the
log-in says so once and offers the encrypted file keyed by the user's password; the
services sign in, resume and open offline with it, and the file holds nothing readable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from desktop.services import credentials
from desktop.services import settings as keys
from desktop.services.credentials import CredentialsUnavailable
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.workspace import SignInError, Workspace, resume, sign_in
from desktop.views.dialogs.login_dialog import LoginDialog
from desktop.views.runtime.failures import describe
from desktop.views.runtime.tasks import Tasks
from tests.support.sites import Site

UNREACHABLE = "http://127.0.0.1:9"  # nothing answers there


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def profile(profile_dir: Path) -> Profile:
    return Profile.at(profile_dir)


@pytest.fixture
def opened() -> Iterator[list[Workspace]]:
    workspaces: list[Workspace] = []
    yield workspaces
    for workspace in workspaces:
        workspace.close()


def test_without_a_keyring_the_file_keeps_the_secrets_under_the_password(
        site: Site, profile: Profile, opened: list[Workspace]) -> None:
    settings = Settings(profile.settings_file)
    assert not credentials.keyring_works()
    with pytest.raises(CredentialsUnavailable):
        sign_in(profile, settings, site.url, site.director_login, site.password)

    credentials.use_file(profile.secrets_dir)
    workspace = sign_in(profile, settings, site.url, site.director_login, site.password)
    opened.append(workspace)
    assert workspace.online and workspace.roles == ["director"]
    assert workspace.client.tokens is not None
    token = workspace.client.tokens.refresh_token
    [vault] = list(profile.secrets_dir.iterdir())
    assert vault == credentials.vault_file(profile.secrets_dir, site.director_login)
    stored = vault.read_bytes()
    for secret in (token, site.password, site.director_login, "verifier", "cache:"):
        assert secret.encode() not in stored
    workspace.close()
    opened.clear()

    # The next start: the file is closed, so nothing signs in by itself.
    credentials.use_keyring()
    credentials.use_file(profile.secrets_dir)
    with pytest.raises(SignInError) as refused:
        resume(profile, settings, site.url)
    assert refused.value.code == "password_required"
    # With the password the kept refresh token signs in again, and the cache opens.
    again = resume(profile, settings, site.url, site.password)
    opened.append(again)
    assert again.online and again.account_id == workspace.account_id
    again.close()
    opened.clear()

    # Offline: the right password opens the saved data, a wrong one does not.
    credentials.use_keyring()
    credentials.use_file(profile.secrets_dir)
    kept = vault.read_bytes()
    with pytest.raises(SignInError) as wrong:
        resume(profile, settings, UNREACHABLE, "not the password", portal_key=site.url)
    assert wrong.value.code == "wrong_password"
    assert vault.read_bytes() == kept  # a wrong password writes nothing
    offline = resume(profile, settings, UNREACHABLE, site.password, portal_key=site.url)
    opened.append(offline)
    assert not offline.online and offline.cache.path == workspace.cache.path


def test_a_wrong_password_online_leaves_the_file_as_it_was(
        site: Site, profile: Profile, opened: list[Workspace]) -> None:
    settings = Settings(profile.settings_file)
    credentials.use_file(profile.secrets_dir)
    opened.append(sign_in(profile, settings, site.url, site.director_login, site.password))
    vault = credentials.vault_file(profile.secrets_dir, site.director_login)
    before = vault.read_bytes()
    with pytest.raises(Exception) as refused:
        sign_in(profile, settings, site.url, site.director_login, "not the password")
    assert getattr(refused.value, "code", "") == "invalid_credentials"
    assert vault.read_bytes() == before


def test_a_key_sign_in_with_the_file_closed_says_to_use_the_password(
        profile: Profile) -> None:
    credentials.use_file(profile.secrets_dir)
    with pytest.raises(CredentialsUnavailable) as locked:
        credentials.store_refresh_token("http://portal", "880101300123", "token")
    assert locked.value.locked
    assert describe(locked.value).message == (
        "On this computer your sign-in is kept in a file that opens with your password: "
        "sign in with your login and password.")


def dialog(qtbot: QtBot, profile: Profile, url: str, **options: object) -> LoginDialog:
    shown = LoginDialog(profile, Settings(profile.settings_file), url, Tasks(inline=True),
                        **options)  # type: ignore[arg-type]
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_log_in_offers_the_encrypted_file_once_and_signs_in_with_it(
        qtbot: QtBot, site: Site, profile: Profile, opened: list[Workspace]) -> None:
    login = dialog(qtbot, profile, site.url, keyring_missing=True)
    assert login.secrets_box.isVisibleTo(login) and login.use_file_button.isVisibleTo(login)
    assert login.use_file_button.text() == "Keep it in an encrypted file"
    assert "no system password store" in login.secrets_note.text()
    assert "The trade-off:" in login.secrets_note.text()
    qtbot.keyClicks(login.login, site.director_login)
    qtbot.keyClicks(login.password, site.password)
    login.sign_in_button.click()
    assert login.message.text() == ("Without a system password store, choose “Keep it in an "
                                    "encrypted file” to sign in.")
    assert login.workspace is None
    login.use_file_button.click()
    assert Settings(profile.settings_file).get(keys.SECRETS_IN_FILE)
    assert not login.use_file_button.isVisibleTo(login) and not login.message.isVisible()
    assert login.secrets_note.text().startswith("This computer has no system password "
                                                "store: your sign-in is kept in a file")
    with qtbot.waitSignal(login.accepted):
        login.sign_in_button.click()
    assert login.workspace is not None
    opened.append(login.workspace)

    # The next start asks nothing more: the choice is kept, a line recalls it.
    credentials.use_keyring()
    again = dialog(qtbot, profile, site.url)
    assert credentials.in_file()
    assert again.secrets_box.isVisibleTo(again)
    assert not again.use_file_button.isVisibleTo(again)


def test_a_keyring_failing_at_sign_in_brings_the_same_offer(
        qtbot: QtBot, site: Site, profile: Profile) -> None:
    # The look before the dialog found a keyring; it fails when the secrets are written.
    login = dialog(qtbot, profile, site.url)
    assert not login.secrets_box.isVisibleTo(login)
    qtbot.keyClicks(login.login, site.director_login)
    qtbot.keyClicks(login.password, site.password)
    login.sign_in_button.click()
    assert login.message.text().startswith("The system's password store cannot be used")
    assert login.secrets_box.isVisibleTo(login) and login.use_file_button.isVisibleTo(login)
