"""The lists' context menus in the window on a live sandbox (the requests list, Today's
cards, groups, contracts, needs attention, a request's documents): open, accept or decline
as the role allows (off, with the detail's reason, otherwise), copy the number or the IIN,
print and export; and the requests list's saved views, kept per person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.tables import OutboxEntry, Request
from desktop.services.saved_views import SavedViews, ViewNameRefused
from desktop.views.dialogs.decision_dialogs import AcceptDialog, DeclineDialog
from desktop.views.main_window import REQUESTS
from desktop.views.pages.home_page import NEW
from desktop.views.pages.requests_page import views_key
from tests.support.sites import Site
from tests.support.windows import Desk, close, open_window, signed_in


@pytest.fixture
def desk(qtbot: QtBot, site: Site, profile_dir: Path) -> Iterator[Desk]:
    profile, settings, workspace = signed_in(site, profile_dir)
    opened = open_window(qtbot, profile, settings, workspace)
    opened.sync.sync_now()
    try:
        yield opened
    finally:
        close(opened)


@pytest.fixture
def methodologist_desk(qtbot: QtBot, site: Site, profile_dir: Path) -> Iterator[Desk]:
    profile, settings, workspace = signed_in(site, profile_dir, site.methodologist_login)
    opened = open_window(qtbot, profile, settings, workspace)
    opened.sync.sync_now()
    try:
        yield opened
    finally:
        close(opened)


def entries(menu: QMenu) -> dict[str, Any]:
    return {a.text(): a for a in menu.actions() if not a.isSeparator()}


def row_point(table: Any, row: int) -> QPoint:
    return table.visualRect(table.model().index(row, 0)).center()


def requests_menu(desk: Desk, request_id: int) -> QMenu:
    page = desk.window.requests_page
    desk.window.show_page(REQUESTS)
    assert page.select_request(request_id)
    page.table.customContextMenuRequested.emit(row_point(page.table, page.model.row_of(
        request_id) or 0))
    assert page.menu.menu is not None
    return page.menu.menu


def outbox(desk: Desk) -> list[tuple[str, dict[str, Any]]]:
    with desk.workspace.cache.read() as session:
        return [(e.name, e.args) for e in session.scalars(select(OutboxEntry))]


def test_the_requests_list_menu_opens_copies_and_accepts(desk: Desk, site: Site) -> None:
    request = site.requests[0]
    menu = requests_menu(desk, request["id"])
    found = entries(menu)
    assert list(found)[:3] == ["Open", "Accept…", "Decline…"]
    assert found["Accept…"].isEnabled() and found["Decline…"].isEnabled()
    assert {"Copy the number", "Copy the child's IIN", "Print summaries…", "Export"} <= set(
        found)
    found["Copy the number"].trigger()
    assert QGuiApplication.clipboard().text() == str(request["number"])
    assert desk.window.status_message.message == "Copied to the clipboard."
    found["Copy the child's IIN"].trigger()
    assert QGuiApplication.clipboard().text() == request["child"]["iin"]
    menu.close()
    # Accept: the detail opens with the accept dialog the detail's button opens.
    entries(requests_menu(desk, request["id"]))["Accept…"].trigger()
    detail = desk.window.requests_page.detail_dialog
    assert detail is not None and detail.isVisible()
    assert isinstance(detail.open_dialog, AcceptDialog)
    detail.open_dialog.accept_button.click()
    # Recorded through the outbox and sent at once online, as from the detail.
    assert [(name, args["request_id"]) for name, args in outbox(desk)] == [
        ("accept_request", request["id"])]
    with desk.workspace.cache.read() as session:
        accepted = session.get(Request, request["id"])
        assert accepted is not None and accepted.review == "accepted"
        assert not accepted.pending
    again = entries(requests_menu(desk, request["id"]))
    assert not again["Accept…"].isEnabled()
    assert again["Accept…"].toolTip() == detail.accept_button.toolTip()


def test_decisions_are_off_with_the_reason_for_a_methodologist(
        methodologist_desk: Desk, site: Site) -> None:
    desk = methodologist_desk
    found = entries(requests_menu(desk, site.requests[1]["id"]))
    for text in ("Accept…", "Decline…"):
        assert not found[text].isEnabled()
        assert found[text].toolTip().endswith("you act as Methodologist.")
    assert found["Copy the number"].isEnabled() and found["Open"].isEnabled()


def test_several_selected_copy_every_number(qtbot: QtBot, desk: Desk, site: Site) -> None:
    page = desk.window.requests_page
    desk.window.show_page(REQUESTS)
    page.table.selectAll()
    page.table.customContextMenuRequested.emit(row_point(page.table, 0))
    assert page.menu.menu is not None
    found = entries(page.menu.menu)
    count = page.model.rowCount()
    assert not found["Open"].isEnabled()
    found[f"Copy the {count} numbers"].trigger()
    assert sorted(QGuiApplication.clipboard().text().split("\n")) == sorted(
        str(r["number"]) for r in site.requests)
    # Several at once: one step, each request checked as if alone.
    accept = found[f"Accept the {count} selected…"]
    assert accept.isEnabled()
    accept.trigger()
    assert page.bulk_dialog is not None and page.bulk_dialog.isVisible()
    assert len(page.bulk_dialog.lines()) == count
    page.bulk_dialog.reject()


def test_todays_cards_groups_contracts_and_attention_have_menus(
        qtbot: QtBot, desk: Desk, site: Site) -> None:
    window = desk.window
    home = window.home_page
    home.refresh()
    card = home.cards[NEW].list
    item = card.item(0)
    opened: list[int] = []
    home.request_opened.connect(opened.append)
    card.customContextMenuRequested.emit(card.visualItemRect(item).center())
    assert home.menu is not None and home.menu.menu is not None
    found = entries(home.menu.menu)
    found["Open"].trigger()
    assert opened and opened[0] in {r["id"] for r in site.requests}
    found["Copy the number"].trigger()
    assert QGuiApplication.clipboard().text() in {str(r["number"]) for r in site.requests}
    assert found["Print summaries…"].isEnabled()

    groups = window.groups_page
    groups.refresh()
    shown: list[int] = []
    groups.group_requests_requested.connect(shown.append)
    menu = groups._context_menu(row_point(groups.table, 0))
    assert menu is not None
    found = entries(menu)
    found["Copy the name"].trigger()
    name = QGuiApplication.clipboard().text()
    assert name in {g["name"] for g in site.kindergarten["groups"]}
    assert set(groups.selected_request_ids()) <= {r["id"] for r in site.requests}
    found["Show the group's requests"].trigger()
    assert window.requests_page.group_filter.currentText() == name

    contracts = window.contracts_page
    assert contracts.menu is not None
    # Nothing is accepted yet: the list is empty, and the menu only lists contract steps.
    assert contracts.model.rowCount() == 0


def test_the_documents_panel_menu(qtbot: QtBot, desk: Desk, site: Site) -> None:
    page = desk.window.requests_page
    page.open_request(site.requests[0]["id"])
    detail = page.detail_dialog
    assert detail is not None and detail.documents_panel is not None
    panel = detail.documents_panel
    widget = panel.row_widget("birth_certificate")
    assert widget is not None
    menu = panel.context_menu(widget, QPoint(5, 5))
    found = entries(menu)
    assert not found["Open"].isEnabled()
    assert found["Open"].toolTip() == "The parent has not uploaded this document."
    assert not found["Print…"].isEnabled() and not found["Save a copy…"].isEnabled()
    found["Copy the request's number"].trigger()
    assert QGuiApplication.clipboard().text() == str(site.requests[0]["number"])


def test_a_decline_from_the_menu_uses_the_decline_dialog(desk: Desk, site: Site) -> None:
    entries(requests_menu(desk, site.requests[2]["id"]))["Decline…"].trigger()
    detail = desk.window.requests_page.detail_dialog
    assert detail is not None and isinstance(detail.open_dialog, DeclineDialog)
    detail.open_dialog.reject()


# saved views


def test_a_view_is_saved_picked_renamed_and_deleted(qtbot: QtBot, desk: Desk, site: Site,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = desk.window.requests_page
    header = page.table.horizontalHeader()
    group = site.kindergarten["groups"][1]
    page.group_filter.setCurrentIndex(page.group_filter.findData(group["id"]))
    page.search.setText("")
    page.show_column(3, False)
    page.save_columns()
    typed = iter([("", True), ("Орыс тобы", True)])
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *_args, **_kw: next(typed))
    page.ask_save_view()  # an empty name is asked again, then saved
    assert page.saved_views is not None
    assert page.saved_views.names() == ["Орыс тобы"]
    # Back to everything, then the view again: its group and its hidden column.
    page.group_filter.setCurrentIndex(0)
    page.reset_columns()
    assert not header.isSectionHidden(3)
    page.views_menu.aboutToShow.emit()
    names = [a.text() for a in page.views_menu.actions() if not a.isSeparator()]
    assert names[0] == "Орыс тобы"
    page.views_menu.actions()[0].trigger()
    assert page.group_filter.currentData() == group["id"]
    assert header.isSectionHidden(3)
    assert page.model.filter.group_id == group["id"]
    # Kept per person: another account on the same profile has none.
    other = SavedViews(desk.settings, views_key(desk.workspace).rsplit("-", 1)[0] + "-0")
    assert other.names() == []
    with pytest.raises(ViewNameRefused):
        page.rename_view("Орыс тобы", "  ")
    page.rename_view("Орыс тобы", "Russian group")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    page.ask_delete_view("Russian group")
    assert page.saved_views.names() == []


def test_a_view_whose_group_is_gone_says_so(desk: Desk, site: Site) -> None:
    page = desk.window.requests_page
    assert page.saved_views is not None
    from desktop.services.saved_views import SavedView

    page.saved_views.save(SavedView("Old", {"group_id": 999999, "status": "new"}))
    assert page.apply_view("Old")
    assert page.group_filter.currentIndex() == 0
    assert page.bulk.last_message.startswith("The group of view “Old” is no longer")
    assert not page.apply_view("Missing")
