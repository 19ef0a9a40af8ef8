"""The log-in dialog against the live sandbox: a password, a wrong one, the training
portal's accounts, choosing a role, and opening the saved data offline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services import settings as keys
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.workspace import Workspace, sign_in
from desktop.views.dialogs.login_dialog import LoginDialog
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.tasks import Tasks
from tests.support.sites import Site

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing answers there


@pytest.fixture
def profile(profile_dir: Path) -> Profile:
    return Profile.at(profile_dir)


@pytest.fixture
def opened() -> Iterator[list[Workspace]]:
    workspaces: list[Workspace] = []
    yield workspaces
    for workspace in workspaces:
        workspace.close()


def dialog(qtbot: QtBot, profile: Profile, url: str, **options: object) -> LoginDialog:
    shown = LoginDialog(profile, Settings(profile.settings_file), url, Tasks(inline=True),
                        **options)  # type: ignore[arg-type]
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_signing_in_with_a_password(qtbot: QtBot, site: Site, profile: Profile,
                                    opened: list[Workspace]) -> None:
    login = dialog(qtbot, profile, site.url)
    assert login.portal_label.text() == f"Portal: {site.url}"
    qtbot.keyClicks(login.login, site.director_login)
    qtbot.keyClicks(login.password, "wrong password")
    login.sign_in_button.click()
    assert login.message.text() == "The login or the password is wrong."
    assert login.result() == 0 and login.workspace is None
    login.password.clear()
    qtbot.keyClicks(login.password, site.password)
    with qtbot.waitSignal(login.accepted):
        login.sign_in_button.click()
    assert login.workspace is not None
    opened.append(login.workspace)
    assert login.workspace.roles == ["director"]
    assert login.role.isHidden()


TOO_MANY = {
    "en": "Too many failed sign-in attempts. Try again in 15 minutes; until then the portal "
          "refuses even the right password.",
    "ru": "Слишком много неудачных попыток входа. Попробуйте снова через 15 минут; до тех "
          "пор портал не примет даже верный пароль.",
    "kk": "Кіру әрекеттері тым көп рет сәтсіз болды. 15 минут өткен соң қайталаңыз; оған "
          "дейін портал дұрыс құпиясөзді де қабылдамайды.",
}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_too_many_wrong_passwords_say_when_to_try_again(
        qtbot: QtBot, site: Site, profile: Profile, language: str) -> None:
    switcher = LanguageSwitcher()  # its translators live as long as it does
    switcher.apply(language)
    login = dialog(qtbot, profile, site.url)
    qtbot.keyClicks(login.login, site.director_login)
    for _ in range(5):  # the portal's limit per account
        login.password.clear()
        qtbot.keyClicks(login.password, "wrong password")
        login.sign_in_button.click()
        assert login.message.text() != TOO_MANY[language]
    login.password.clear()
    qtbot.keyClicks(login.password, site.password)
    login.sign_in_button.click()
    # The portal's 429 with Retry-After (just under 15 minutes), rounded up to whole minutes;
    # a refusal, not a portal out of reach: no offer to work offline.
    assert login.message.text() == TOO_MANY[language]
    assert login.workspace is None
    assert login.offline_button.isHidden()


def test_the_training_portal_lists_its_accounts(qtbot: QtBot, site: Site, profile: Profile,
                                                opened: list[Workspace]) -> None:
    accounts = [{"kindergarten": site.kindergarten["name"], "bin": site.kindergarten["bin"],
                 "role": "methodologist", "name": "Иванова Мария",
                 "login": site.methodologist_login, "password": site.password}]
    login = dialog(qtbot, profile, site.url, demo_logins=accounts)
    assert "Training portal" in login.portal_label.text()
    assert login.demo_list.count() == 1
    assert "Иванова Мария — Methodologist" in login.demo_list.item(0).text()
    login.demo_list.setCurrentRow(0)
    assert login.login.text() == site.methodologist_login
    assert login.password.text() == site.password
    with qtbot.waitSignal(login.accepted):
        login.sign_in()
    assert login.workspace is not None
    opened.append(login.workspace)
    assert login.workspace.roles == ["methodologist"]


def test_an_account_with_several_roles_chooses_one(qtbot: QtBot, site: Site,
                                                  profile: Profile,
                                                  opened: list[Workspace]) -> None:
    iin = site.world.person(date(1979, 5, 5), "female")
    site.world.client.add_staff(site.kindergarten["bin"], iin, ["director", "administrator"],
                                site.password)
    login = dialog(qtbot, profile, site.url)
    qtbot.keyClicks(login.login, iin)
    qtbot.keyClicks(login.password, site.password)
    login.sign_in_button.click()
    assert not login.role.isHidden()
    assert login.sign_in_button.text() == "Continue"
    assert [login.role.itemText(i) for i in range(login.role.count())] == [
        "Director", "Administrator"]
    login.role.setCurrentIndex(1)
    with qtbot.waitSignal(login.accepted):
        login.sign_in_button.click()
    assert login.workspace is not None
    opened.append(login.workspace)
    assert login.workspace.roles == ["administrator"]
    assert login.workspace.available_roles == ["director", "administrator"]
    # The next time the role is asked for up front, the last one chosen.
    again = dialog(qtbot, profile, site.url)
    assert not again.role.isHidden()
    assert again.role.currentData() == "administrator"


def test_when_the_portal_is_away_the_last_user_opens_offline(
        qtbot: QtBot, site: Site, profile: Profile, opened: list[Workspace]) -> None:
    settings = Settings(profile.settings_file)
    sign_in(profile, settings, site.url, site.director_login, site.password,
            portal_key="the-portal").close()
    login = dialog(qtbot, profile, UNREACHABLE, portal_key="the-portal")
    login.set_reachable(False)
    assert login.offline_button.isVisible()
    assert "cannot be reached" in login.offline_note.text()
    qtbot.keyClicks(login.password, "not it")
    login.offline_button.click()
    assert login.message.text() == "The password is wrong."
    login.password.clear()
    qtbot.keyClicks(login.password, site.password)
    with qtbot.waitSignal(login.accepted):
        login.offline_button.click()
    assert login.workspace is not None
    opened.append(login.workspace)
    assert not login.workspace.online


def test_a_failed_sign_in_on_an_unreachable_portal_offers_offline(
        qtbot: QtBot, profile: Profile) -> None:
    settings = Settings(profile.settings_file)
    settings.set(keys.LAST_LOGIN, "someone")
    login = dialog(qtbot, profile, UNREACHABLE)
    assert not login.offline_button.isVisible()
    qtbot.keyClicks(login.login, "someone")
    qtbot.keyClicks(login.password, "secret")
    login.sign_in_button.click()
    assert "cannot be reached" in login.message.text()
    assert login.offline_button.isVisible()
