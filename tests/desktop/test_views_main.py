"""The main window on a live sandbox: pages, navigation and shortcuts, the sync indicator,
language switching, Needs attention, the Sandbox badge, the idle lock and geometry."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.tables import OutboxEntry
from desktop.services import actions
from desktop.services import settings as keys
from desktop.services import workspace as workspace_service
from desktop.views.dialogs.decision_dialogs import AcceptDialog
from desktop.views.main_window import (
    ATTENTION,
    CONTRACTS,
    GROUPS,
    HOME,
    REQUESTS,
    SETTINGS,
)
from desktop.views.runtime.i18n import LanguageSwitcher
from tests.support.sites import Site
from tests.support.windows import Desk, close, open_window, signed_in

DATE_TIME = re.compile(r"\d\d\.\d\d\.\d{4} \d\d:\d\d")


def test_the_window_shows_the_kindergarten_after_a_sync(desk: Desk, site: Site) -> None:
    desk.sync.sync_now()
    window = desk.window
    assert site.kindergarten["name"] in window.windowTitle()
    assert "Director" in window.windowTitle()
    groups = window.groups_page.model
    assert sorted(row.name for row in groups.rows) == sorted(
        g["name"] for g in site.kindergarten["groups"])
    assert groups.rowCount() == 2
    free = groups.index(0, 6).data()
    assert free.isdigit()
    assert window.contracts_page.empty.isVisibleTo(window.contracts_page)


def test_navigation_and_shortcuts_switch_pages(desk: Desk, qtbot: QtBot) -> None:
    window = desk.window
    window.activateWindow()
    qtbot.waitActive(window)
    window.navigation.setCurrentRow(CONTRACTS)
    assert window.pages.currentWidget() is window.contracts_page
    for key, page in ((Qt.Key.Key_3, GROUPS), (Qt.Key.Key_5, ATTENTION),
                      (Qt.Key.Key_6, SETTINGS), (Qt.Key.Key_2, REQUESTS),
                      (Qt.Key.Key_1, HOME)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page == page
        assert window.navigation.currentRow() == page
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.groups_page.search.hasFocus()
    with qtbot.waitSignal(desk.sync.sync_finished, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked


def test_the_status_bar_follows_the_sync(desk: Desk, site: Site) -> None:
    status = desk.window.sync_status
    desk.sync.sync_now()
    assert status.state_label.text() == "● Online"
    assert DATE_TIME.search(status.last_sync_label.text())
    assert status.pending_label.text() == "To send: 0"
    request_id = site.requests[0]["id"]
    actions.accept(desk.workspace.cache, request_id)
    desk.workspace.client._http.base_url = "http://127.0.0.1:9"  # nothing listens there
    desk.sync.sync_now()
    # As the request's detail announces a decision it recorded: offline it waits.
    desk.window.requests_page.decision_recorded.emit(request_id)
    assert status.pending_label.text() == "To send: 1"
    desk.workspace.client._http.base_url = site.url
    desk.sync.sync_now()
    assert status.pending_label.text() == "To send: 0"
    assert status.attention_label.text() == "Needs attention: 0"


def outbox_states(desk: Desk) -> list[tuple[str, str | None]]:
    with desk.workspace.cache.read() as session:
        return [(e.state, e.outcome) for e in session.scalars(
            select(OutboxEntry).order_by(OutboxEntry.seq))]


def test_a_decision_taken_online_is_sent_at_once(desk: Desk, site: Site,
                                                 qtbot: QtBot) -> None:
    desk.sync.sync_now()
    page = desk.window.requests_page
    request_id = site.requests[0]["id"]
    page.open_request(request_id)
    detail = page.detail_dialog
    assert detail is not None
    detail.accept_button.click()
    confirm = detail.open_dialog
    assert isinstance(confirm, AcceptDialog)
    # The timer is an hour away: only sending at once gets the answer now.
    with qtbot.waitSignal(desk.sync.sync_finished, timeout=30_000):
        confirm.accept_button.click()
    assert outbox_states(desk) == [("done", "applied")]
    assert desk.window.sync_status.pending_label.text() == "To send: 0"
    # The portal's answer is on screen: the request is no longer locked as waiting.
    assert detail.detail.details is not None and not detail.detail.details.pending
    assert detail.detail.field("application", "Review") == "Accepted"
    assert detail.message.text() == "Accepted: a place is reserved. Sent to the portal."
    detail.close()


def test_a_decision_taken_offline_waits_for_the_link_and_goes_with_it(
        desk: Desk, site: Site, qtbot: QtBot) -> None:
    desk.sync.sync_now()
    desk.workspace.client._http.base_url = "http://127.0.0.1:9"  # nothing listens there
    desk.sync.sync_now()
    assert not desk.sync.online and desk.sync.probing
    page = desk.window.requests_page
    request_id = site.requests[1]["id"]
    page.open_request(request_id)
    detail = page.detail_dialog
    assert detail is not None
    detail.accept_button.click()
    confirm = detail.open_dialog
    assert isinstance(confirm, AcceptDialog)
    started: list[bool] = []
    desk.sync.sync_started.connect(lambda: started.append(True))
    confirm.accept_button.click()
    # No cycle is tried against a portal known to be away; the probe's schedule stands.
    assert started == [] and desk.sync.probing
    assert outbox_states(desk) == [("pending", None)]
    assert desk.window.sync_status.pending_label.text() == "To send: 1"
    assert detail.message.text() == (
        "Accepted: a place is reserved. It goes to the portal when the connection returns; "
        "until then it is kept on this computer.")
    desk.workspace.client._http.base_url = site.url
    with qtbot.waitSignal(desk.sync.came_online, timeout=30_000):
        desk.sync._probe()
    assert outbox_states(desk) == [("done", "applied")]
    assert detail.message.text() == "Accepted: a place is reserved. Sent to the portal."
    detail.close()


def test_offline_shows_in_the_status_bar(desk: Desk) -> None:
    desk.workspace.client._http.base_url = "http://127.0.0.1:9"  # nothing listens there
    desk.sync.sync_now()
    assert desk.window.sync_status.state_label.text() == "● Offline"
    assert desk.sync.probing
    assert "cannot be reached" in desk.window.status_message.message


def test_switching_language_retranslates_at_once(desk: Desk, qtbot: QtBot,
                                                 languages: LanguageSwitcher) -> None:
    window = desk.window
    window.languages = languages
    settings_page = window.settings_page

    def choose(language: str, groups: str) -> None:
        settings_page.language.setCurrentIndex(settings_page.language.findData(language))
        # Qt posts LanguageChange to every window: it arrives on the next turn of the loop.
        qtbot.waitUntil(lambda: window.navigation.item(GROUPS).text() == groups)

    choose("kk", "Топтар")
    assert window.navigation.item(CONTRACTS).text() == "Шарттар"
    assert window.sync_status.sync_button.text() == "Қазір синхрондау"
    assert settings_page.language_label.text() == "Тіл:"
    assert window.groups_page.model.headerData(0, Qt.Orientation.Horizontal) == "Топ"
    assert "Директор" in window.windowTitle()
    choose("ru", "Группы")
    assert window.navigation.item(CONTRACTS).text() == "Договоры"
    assert window.sync_status.sync_button.text() == "Синхронизировать"
    assert settings_page.language_label.text() == "Язык:"
    assert window.groups_page.title.text() == "Группы"
    assert desk.workspace.client.language == "ru"
    choose("en", "Groups")
    assert window.sync_status.sync_button.text() == "Sync now"


def test_needs_attention_shows_a_conflict_and_dismisses_it(desk: Desk, site: Site) -> None:
    desk.sync.sync_now()
    request = site.requests[0]
    actions.accept(desk.workspace.cache, request["id"])
    # Meanwhile a second director declines the same request from another desk.
    colleague = site.world.staff(site.kindergarten, ["director"])
    answer = site.world.mutate(colleague, "decline_request",
                               {"request_id": request["id"], "reason": "no_places"})
    assert answer["outcome"] == "applied"
    desk.sync.sync_now()

    window, page = desk.window, desk.window.attention_page
    assert window.sync_status.attention_label.text().endswith("Needs attention: 1</a>")
    assert window.navigation.item(ATTENTION).text() == "Needs attention (1)"
    assert page.model.rowCount() == 1
    # The decline took the request away from this kindergarten (and from the cache); the
    # intent kept its number.
    assert page.model.index(0, 1).data() == f"Accept request №{request['number']}"
    assert page.model.index(0, 2).data().startswith("Conflict: ")
    assert page.model.index(0, 3).data() == "No longer with this kindergarten"
    assert DATE_TIME.fullmatch(page.model.index(0, 0).data())

    window.sync_status.attention_clicked.emit()
    assert window.current_page == ATTENTION
    assert not page.dismiss_button.isEnabled()
    page.select_row(0)
    assert page.dismiss_button.isEnabled()
    page.dismiss_button.click()
    assert page.model.rowCount() == 0
    assert page.empty.isVisibleTo(page)
    assert window.sync_status.attention_label.text() == "Needs attention: 0"
    with desk.workspace.cache.read() as session:
        states = session.scalars(select(OutboxEntry.state)).all()
    assert states == ["resolved"]


def test_the_sandbox_badge(qtbot: QtBot, site: Site, profile_dir: Path) -> None:
    profile, settings, workspace = signed_in(site, profile_dir)
    on_sandbox = open_window(qtbot, profile, settings, workspace, sandbox=True)
    try:
        assert on_sandbox.window.sandbox_badge.isVisible()
        assert on_sandbox.window.sandbox_badge.text() == "Sandbox"
        assert "Sandbox" in on_sandbox.window.windowTitle()
    finally:
        on_sandbox.window.close()
    on_portal = open_window(qtbot, profile, settings, workspace, sandbox=False)
    try:
        assert not on_portal.window.sandbox_badge.isVisible()
        assert "Sandbox" not in on_portal.window.windowTitle()
    finally:
        close(on_portal)


def test_the_idle_lock_needs_the_right_password(desk: Desk, qtbot: QtBot,
                                                site: Site) -> None:
    window = desk.window
    window.idle.set_timeout_ms(50)
    window.idle.start()
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert window.central.currentWidget() is window.lock_panel
    assert not window.menuBar().isEnabled()
    window.show_page(GROUPS)
    assert window.current_page != GROUPS  # navigation is closed while locked

    panel = window.lock_panel
    qtbot.keyClicks(panel.password, "not the password")
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert window.locked
    assert panel.message.text() == "The password is wrong."

    panel.password.clear()
    qtbot.keyClicks(panel.password, site.password)
    panel.unlock_button.click()
    assert not window.locked
    assert window.central.currentIndex() == 0
    assert window.menuBar().isEnabled()


def test_geometry_is_remembered_and_every_start_opens_on_today(
        qtbot: QtBot, site: Site, profile_dir: Path) -> None:
    profile, settings, workspace = signed_in(site, profile_dir)
    first = open_window(qtbot, profile, settings, workspace)
    first.window.resize(790, 541)  # within the offscreen screen's 800×600
    first.window.show_page(CONTRACTS)
    first.window.close()
    second = open_window(qtbot, profile, settings, workspace)
    try:
        assert (second.window.width(), second.window.height()) == (790, 541)
        # The page is not: a shared PC's next person starts on the day's work.
        assert second.window.current_page == HOME
    finally:
        close(second)


def test_the_role_menu_switches_offline_without_asking_anything(
        qtbot: QtBot, site: Site, profile_dir: Path) -> None:
    head = site.world.person(date(1978, 11, 2), "female", last_name="Омарова",
                             first_name="Сәуле")
    site.world.client.add_staff(site.kindergarten["bin"], head, ["director", "administrator"],
                                site.password)
    profile, settings, workspace = signed_in(site, profile_dir, head)
    workspace_service.switch_role(workspace, "administrator")
    opened = open_window(qtbot, profile, settings, workspace)
    try:
        window = opened.window
        workspace.client._http.base_url = "http://127.0.0.1:9"  # nothing listens there
        opened.sync.sync_now()
        assert not workspace.online
        menu = [(a.text(), a.isChecked()) for a in window.role_actions.actions()]
        assert menu == [("Director", False), ("Administrator", True)]
        assert window.role_menu.menuAction().isVisible()
        asked: list[object] = []
        with qtbot.waitSignal(window.role_switched) as switched:
            window.role_actions.actions()[0].trigger()
        asked.extend(w for w in QApplication.topLevelWidgets()
                     if w.isVisible() and w is not window)
        assert switched.args == ["director"] and asked == []
        assert workspace.roles == ["director"]
        assert "Director" in window.windowTitle()
        assert [a.isChecked() for a in window.role_actions.actions()] == [True, False]
        assert settings.get(keys.LAST_ROLE) == "director"
    finally:
        close(opened)


def test_a_status_message_keeps_clear_of_the_sync_indicator_and_its_language(
        desk: Desk, qtbot: QtBot, languages: LanguageSwitcher) -> None:
    window = desk.window
    window.languages = languages
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    long = "Deadlines end soon: 5 deadline(s) end within one working day: " + ", ".join(
        f"№2570{n:02} Байжанов Айбар Ерболатович" for n in range(8))
    window._post_message(long)
    message, indicator = window.status_message, window.sync_status
    qtbot.waitUntil(lambda: message.text() != long)
    # Left of the indicator, never under it; cut with "…" and whole in the tooltip.
    assert message.geometry().right() < indicator.geometry().left()
    assert message.text().endswith("…") and message.toolTip() == long
    assert message.fontMetrics().horizontalAdvance(message.text()) <= message.width()
    # Written in English, it goes when the language changes rather than stay English.
    language = window.settings_page.language
    language.setCurrentIndex(language.findData("kk"))
    qtbot.waitUntil(lambda: message.message == "")
    assert message.text() == "" and message.toolTip() == ""
    # A message given as a function is worded again in the new language.
    window.status_message.show_message(lambda: window.tr("Sync now"), 15_000)
    assert message.message == "Қазір синхрондау"
    language.setCurrentIndex(language.findData("ru"))
    qtbot.waitUntil(lambda: message.message == "Синхронизировать")
