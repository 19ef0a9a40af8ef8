"""The Groups page in the window, on a live sandbox: the director's dialogs (new group,
edit, capacity, close) record through the outbox and the places move at once; refusals
are said in the dialog in the person's language with nothing queued and the input kept;
other roles see the actions disabled with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractBarSeries
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.tables import OutboxEntry
from desktop.services import actions
from desktop.views.group_dialogs import CapacityDialog, CloseGroupDialog, GroupDialog
from desktop.views.groups_page import CAPACITY, CLOSE, EDIT, NEW, GroupsPage
from desktop.views.i18n import LanguageSwitcher
from desktop.views.main_window import GROUPS
from tests.desktop.conftest import Site
from tests.desktop.test_decisions import group_id
from tests.desktop.test_views_support import (
    OFFSCREEN_NOISE,
    Desk,
    close,
    compiled_translations,
    open_window,
    signed_in,
)

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture
def desk(qtbot: QtBot, site: Site, profile_dir: Path) -> Iterator[Desk]:
    profile, settings, workspace = signed_in(site, profile_dir)
    opened = open_window(qtbot, profile, settings, workspace)
    opened.sync.sync_now()
    opened.window.show_page(GROUPS)
    try:
        yield opened
    finally:
        close(opened)


def queued(desk: Desk) -> list[tuple[str, str]]:
    with desk.workspace.cache.read() as session:
        return [(e.name, e.state) for e in session.scalars(
            select(OutboxEntry).order_by(OutboxEntry.seq))]


def offline(desk: Desk) -> None:
    desk.workspace.client._http.base_url = "http://127.0.0.1:9"  # nothing listens there
    desk.sync.sync_now()
    assert not desk.sync.online


def page_of(desk: Desk) -> GroupsPage:
    page = desk.window.groups_page
    page.refresh()
    return page


def test_a_director_creates_edits_and_closes_a_group(desk: Desk, site: Site) -> None:
    page = page_of(desk)
    offline(desk)
    dialog = page.new_group()
    assert isinstance(dialog, GroupDialog)
    dialog.name.setText("Кіші топ «Балбөбек»")
    dialog.ages.setText("2–3")
    dialog.capacity.setValue(15)
    dialog.kind.setCurrentIndex(dialog.kind.findData("short_stay"))
    dialog.submit()
    assert not dialog.isVisible()
    assert queued(desk) == [("create_group", "pending")]
    names = [g.name for g in page.model.rows]
    assert "Кіші топ «Балбөбек»" in names
    # The chart reads the new group at once.
    series = page.chart.chart().series()[0]
    assert isinstance(series, QAbstractBarSeries)
    assert series.barSets()[0].count() == len(page.model.rows)

    first = group_id(site, 0)
    assert page.select(first)
    edit = page.edit_group()
    assert isinstance(edit, GroupDialog)
    assert edit.ages.text() == "3–4"
    edit.room.setText("12")
    edit.capacity.setValue(22)
    edit.submit()
    assert queued(desk)[1:] == [("update_group", "pending"), ("set_capacity", "pending")]
    shown = next(g for g in page.model.rows if g.id == first)
    assert (shown.capacity, shown.room, shown.pending) == (22, "12", True)

    assert page.select(first)
    closing = page.close_group()
    assert isinstance(closing, CloseGroupDialog)
    closing.submit()
    assert first not in [g.id for g in page.model.rows]


def test_refusals_are_said_in_the_dialog_and_nothing_is_queued(desk: Desk,
                                                              site: Site) -> None:
    first = group_id(site, 0)
    actions.accept(desk.workspace.cache, site.requests[0]["id"])
    page = page_of(desk)
    before = queued(desk)
    dialog = page.new_group()
    assert isinstance(dialog, GroupDialog)
    name_taken = site.kindergarten["groups"][0]["name"].upper()
    for name, ages, expected in (
            ("Жаңа топ", "", "The ages are missing: give them as two numbers, from and to, "
                             "for example 3–4."),
            ("Жаңа топ", "5-3", "The ages 5–3 are the wrong way round: the first must not "
                                "be above the second."),
            (name_taken, "3-4", f"The kindergarten already has a group named “{name_taken}”: "
                                "choose another name.")):
        dialog.name.setText(name)
        dialog.ages.setText(ages)
        dialog.submit()
        assert dialog.isVisible()
        assert dialog.message.text() == expected
        assert (dialog.name.text(), dialog.ages.text()) == (name, ages)
    dialog.reject()

    assert page.select(first)
    capacity = page.change_capacity()
    assert isinstance(capacity, CapacityDialog)
    capacity.capacity.setValue(0)
    capacity.submit()
    assert capacity.message.text() == "A group has 1 to 60 places, not 0."
    assert capacity.capacity.value() == 0
    capacity.reject()
    closing = page.close_group()
    assert isinstance(closing, CloseGroupDialog)
    closing.submit()
    assert closing.isVisible()
    assert closing.message.text() == ("The group still holds 0 enrolled and 1 reserved "
                                      "children: move them to another group first.")
    closing.reject()
    assert queued(desk) == before


def test_capacity_below_the_children_held_is_refused_in_russian(
        desk: Desk, site: Site, qapp: object) -> None:
    compiled_translations()
    languages = LanguageSwitcher()
    first = group_id(site, 0)
    for request in site.requests[:1]:
        actions.accept(desk.workspace.cache, request["id"])
    page = page_of(desk)
    before = queued(desk)
    try:
        languages.apply("ru")
        assert page.select(first)
        dialog = page.change_capacity()
        assert isinstance(dialog, CapacityDialog)
        dialog.capacity.setValue(0)
        dialog.submit()
        assert dialog.message.text().startswith("В группе от 1 до 60 мест")
        assert dialog.capacity.value() == 0
        dialog.reject()
    finally:
        languages.apply("en")
    assert queued(desk) == before


def test_other_roles_see_the_actions_disabled_with_the_reason(
        qtbot: QtBot, site: Site, profile_dir: Path) -> None:
    profile, settings, workspace = signed_in(site, profile_dir, site.methodologist_login)
    desk = open_window(qtbot, profile, settings, workspace)
    try:
        desk.sync.sync_now()
        page = page_of(desk)
        page.select(group_id(site, 0))
        for name in (NEW, EDIT, CAPACITY, CLOSE):
            action = page.actions_by_name[name]
            assert not action.isEnabled()
            assert "needs the role Director; you act as Methodologist" in action.toolTip()
        assert page.new_group() is None
    finally:
        close(desk)
