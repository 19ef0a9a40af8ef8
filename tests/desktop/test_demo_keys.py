"""The training portal's test keys, shown where keys are asked for: the sandbox's demo
controls say where they are and their password, the client reads them, the log-in's EDS
tab shows them and fills them in for a picked account (and signs in with them), and the
countersign dialog shows them; a real portal shows none of it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.embedded import DemoKeys, EmbeddedPortal
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.views.dialogs.login_dialog import LoginDialog
from desktop.views.runtime.tasks import Tasks
from portal_sandbox.seed import KEY_PASSWORD
from tests.support.contracts import Office, open_countersign, to_countersign
from tests.support.sandbox import start_sandbox, stop_sandbox


@pytest.fixture(scope="module")
def demo_portal() -> Iterator[EmbeddedPortal]:
    """A training portal with the demo world (its staff and keys; few families)."""
    folder = Path(tempfile.mkdtemp(prefix="demo-keys-"))
    process, url = start_sandbox(folder, None, "--seed", "demo", "--demo-families", "3")
    portal = EmbeddedPortal(folder)
    portal.url = url  # started here, with a small world, rather than by the client
    try:
        yield portal
    finally:
        stop_sandbox(process)


@pytest.mark.live
def test_the_sandbox_says_where_its_demo_keys_are(demo_portal: EmbeddedPortal) -> None:
    demo = demo_portal.demo()
    assert demo.keys == DemoKeys(demo_portal.data_dir / "demo-keys", KEY_PASSWORD)
    assert demo.keys.folder.is_dir()
    assert demo.logins and demo_portal.demo_logins() == demo.logins
    for login in demo.logins:
        auth, sign = Path(login["auth_key"]), Path(login["sign_key"])
        assert auth.is_file() and auth.name.startswith("AUTH_RSA256_")
        assert sign.is_file() and sign.name.startswith("RSA256_")
        assert auth.parent == sign.parent and auth.parent.parent == demo.keys.folder


@pytest.mark.live
def test_the_eds_tab_shows_the_demo_keys_and_signs_in_with_a_picked_one(
        qtbot: QtBot, demo_portal: EmbeddedPortal, profile_dir: Path) -> None:
    demo = demo_portal.demo()
    assert demo_portal.url is not None and demo.keys is not None
    profile = Profile.at(profile_dir)
    login = LoginDialog(profile, Settings(profile.settings_file), demo_portal.url,
                        Tasks(inline=True), portal_key=demo_portal.portal_key,
                        demo_logins=demo.logins, demo_keys=demo.keys)
    qtbot.addWidget(login)
    login.show()
    login.tabs.setCurrentIndex(1)
    assert login.demo_keys_note.isVisibleTo(login)
    assert login.demo_keys_note.text() == (
        f"Training portal: the staff's test keys are in {demo.keys.folder}, in a folder per "
        f"person; every one opens with the password {KEY_PASSWORD}. Picking an account "
        "above fills in its AUTH key and password here.")
    director = next(i for i, entry in enumerate(demo.logins) if "director" in entry["role"])
    login.demo_list.setCurrentRow(director)
    assert login.key_path.text() == demo.logins[director]["auth_key"]
    assert login.key_password.text() == KEY_PASSWORD
    login.tabs.setCurrentIndex(1)
    login.sign_in_button.click()
    if login.workspace is None:  # several roles: signed in with the key, all of them
        login.sign_in_button.click()
    assert login.workspace is not None
    assert "director" in login.workspace.roles
    login.workspace.close()


def test_a_real_portals_log_in_shows_no_demo_keys(qtbot: QtBot, profile_dir: Path) -> None:
    profile = Profile.at(profile_dir)
    login = LoginDialog(profile, Settings(profile.settings_file), "https://portal.example",
                        Tasks(inline=True))
    qtbot.addWidget(login)
    login.show()
    login.tabs.setCurrentIndex(1)
    assert not login.demo_keys_note.isVisibleTo(login)


def test_the_countersign_dialog_shows_the_demo_keys_in_training_only(
        qtbot: QtBot, office: Office) -> None:
    _, request_id = to_countersign(qtbot, office)
    plain = open_countersign(office, request_id)
    assert not plain.demo_keys_note.isVisibleTo(plain)
    plain.close()
    folder = office.keys
    office.page.demo_keys = DemoKeys(folder, KEY_PASSWORD)
    dialog = open_countersign(office, request_id)
    assert dialog.demo_keys_note.isVisibleTo(dialog)
    assert dialog.demo_keys_note.text() == (
        f"Training portal: the staff's test keys are in {folder}, in a folder per person; "
        f"every one opens with the password {KEY_PASSWORD}. The director's signing key is "
        "the RSA256_….p12 in the director's folder.")
    assert dialog.key_folder == folder  # where Choose… starts
    dialog.close()
