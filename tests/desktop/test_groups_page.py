"""The Groups page in the window, on a live sandbox: the director's dialogs (new group,
edit, capacity, close) record through the outbox and the places move at once; refusals
are said in the dialog in the person's language with nothing queued and the input kept;
other roles see the actions disabled with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.tables import OutboxEntry, Request
from desktop.services import actions
from desktop.views.dialogs.decision_dialogs import AcceptDialog
from desktop.views.dialogs.group_dialogs import (
    CapacityDialog,
    CloseGroupDialog,
    GroupDialog,
    TransferDialog,
)
from desktop.views.dialogs.move_up_dialog import MoveUpDialog
from desktop.views.main_window import GROUPS
from desktop.views.pages.groups_page import CAPACITY, CLOSE, EDIT, NEW, UNDO_MOVE_UP
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.widgets.print_preview import PreviewDialog
from desktop.views.widgets.roster_panel import TRANSFER
from tests.support.desks import colleague, group_id
from tests.support.pdfs import pdf_pages
from tests.support.sites import Site
from tests.support.windows import (
    Desk,
    close,
    compiled_translations,
    open_window,
    page_of,
    signed_in,
)


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


def cached(desk: Desk, request_id: int) -> tuple[object, ...]:
    """What the cache holds of a request, for a failure's message."""
    with desk.workspace.cache.read() as session:
        row = session.get(Request, request_id)
        return (None,) if row is None else (row.group_id, row.status, row.version,
                                            row.pending)


def offline(desk: Desk) -> None:
    desk.workspace.client._http.base_url = "http://127.0.0.1:9"  # nothing listens there
    desk.sync.sync_now()
    assert not desk.sync.online


def test_a_director_creates_edits_and_closes_a_group(qtbot: QtBot, desk: Desk,
                                                     site: Site) -> None:
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

    # What the edit set going (the outbox's send, the pages' reloads) settles first.
    qtbot.waitUntil(lambda: page.select(first) and page.why_not(CLOSE) is None,
                    timeout=10_000)
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


def test_the_roster_lists_prints_exports_and_transfers(
        qtbot: QtBot, desk: Desk, site: Site, qapp: QApplication, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = group_id(site, 0), group_id(site, 1)
    request = site.requests[0]
    actions.accept(desk.workspace.cache, request["id"])
    page = page_of(desk)
    assert page.select(first)
    roster = page.roster
    rows = roster.model.rows
    assert [(r.request_id, r.status, r.age) for r in rows] == \
        [(request["id"], "reserved", 4)]
    shown = [roster.proxy.index(0, c).data() for c in range(roster.model.columnCount())]
    assert shown[1] == rows[0].child_iin and shown[3] == "4"
    assert shown[6] == "reserved, not sent yet"
    assert roster.title.text() == f"Children of “{site.kindergarten['groups'][0]['name']}”: 1"

    # Printed through the print preview, saved as PDF and XLSX with the same rows.
    roster.print_roster()
    assert isinstance(roster.preview, PreviewDialog)
    roster.preview.reject()
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(chosen[-1]), ""))
    chosen.append(tmp_path / "roster")
    saved = roster.export("xlsx")
    assert saved == tmp_path / "roster.xlsx"
    sheet = load_workbook(saved).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Child", "IIN", "Date of birth", "Age", "Contract", "Enrolled since",
                         "Status")
    assert values[1][1:4] == (rows[0].child_iin, datetime(2021, 3, 15), 4)
    chosen.append(tmp_path / "roster.pdf")
    pdf = roster.export("pdf")
    assert pdf is not None
    text = pdf_pages(pdf.read_bytes(), qapp)[0]
    assert rows[0].child_iin in text and rows[0].name.split()[0] in text

    # Transfer: not while the accept waits to be sent; then the target chooser shows free
    # places, and a group that cannot take the child says why.
    assert roster.select(request["id"])
    assert roster.transfer() is None
    assert roster.actions_by_name[TRANSFER].toolTip().startswith(
        "A change about this child waits to be sent to the portal")
    site.world.mutate(colleague(site), "create_group", {
        "name": "Ясельная группа", "age_from": 1, "age_to": 2, "language": "ru",
        "capacity": 1})
    desk.sync.sync_now()
    # The sync's reloads of the page and its roster settle first.
    qtbot.waitUntil(lambda: page.select(first) and roster.select(request["id"]),
                    timeout=10_000)
    dialog = roster.transfer()
    assert isinstance(dialog, TransferDialog)
    second_name = site.kindergarten["groups"][1]["name"]
    assert [dialog.target.itemText(i) for i in range(dialog.target.count())] == [
        "Ясельная группа · 1–2 · Russian · free: 1",
        f"{second_name} · 3–4 · Russian · free: 20"]
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.message.text() == ("On 01.09.2025, when the group starts, the child will be "
                                     "4 year(s) old; the group's age band is 1–2 years.")
    before = queued(desk)
    dialog.target.setCurrentIndex(1)
    assert dialog.message.isHidden()
    dialog.submit()
    assert not dialog.isVisible()
    # Online, the window sends it at once.
    assert queued(desk) == [*before, ("transfer_child", "done")]
    qtbot.waitUntil(lambda: [r.request_id for r in page.roster.model.rows] == [],
                    timeout=10_000)

    def in_the_target_group() -> None:
        assert page.select(second)
        shown = [r.request_id for r in page.roster.model.rows]
        assert shown == [request["id"]], (shown, cached(desk, request["id"]), queued(desk))

    qtbot.waitUntil(in_the_target_group, timeout=10_000)


def test_a_decision_moves_the_places_on_the_groups_page_and_today_at_once(
        desk: Desk, site: Site) -> None:
    first = group_id(site, 0)
    window = desk.window
    offline(desk)

    def reserved() -> tuple[int, int]:
        on_page = next(g for g in window.groups_page.model.rows if g.id == first)
        on_home = next(g for g in window.home_page.chart.groups if g.id == first)
        return on_page.reserved, on_home.reserved

    assert reserved() == (0, 0)
    page = window.requests_page
    page.open_request(site.requests[0]["id"])
    detail = page.detail_dialog
    assert detail is not None
    detail.accept_button.click()
    confirm = detail.open_dialog
    assert isinstance(confirm, AcceptDialog)
    confirm.accept_button.click()
    # Recorded offline: nothing reached the portal, yet both screens show the place taken.
    assert reserved() == (1, 1)
    detail.close()


def test_the_september_move_up_previewed_applied_and_undone(desk: Desk, site: Site) -> None:
    first, second = group_id(site, 0), group_id(site, 1)
    cache = desk.workspace.cache
    actions.accept(cache, site.requests[0]["id"])
    desk.sync.sync_now()
    offline(desk)
    page = page_of(desk)
    # In the summer of 2027 the child born on 15.03.2021 starts school.
    page.today = lambda: date(2027, 8, 1)
    assert not page.actions_by_name[UNDO_MOVE_UP].isEnabled()
    page.move_up()
    dialog = page.dialog
    assert isinstance(dialog, MoveUpDialog)
    names = {g["id"]: g["name"] for g in site.kindergarten["groups"]}
    assert dialog.group_lines() == sorted([
        f"{names[first]}: 3–4 years → 4–5 years; stay 0, leave for school 1",
        f"{names[second]}: 3–4 years → 4–5 years; stay 0, leave for school 0"],
        key=lambda line: [r.name for r in page.model.rows].index(line.split(":")[0]))
    leaving = dialog.leaving_lines()
    assert len(leaving) == 1 and leaving[0].endswith(f"born 15.03.2021 — {names[first]}")
    dialog.submit()
    assert not dialog.isVisible()
    # One intent per group, recorded together; the bands moved at once.
    assert queued(desk)[-2:] == [("update_group", "pending"), ("update_group", "pending")]
    assert {(g.age_from, g.age_to) for g in page.model.rows} == {(4, 5)}
    assert page.actions_by_name[UNDO_MOVE_UP].isEnabled()

    page.undo_move_up()
    assert [name for name, _state in queued(desk)] == ["accept_request"]
    assert {(g.age_from, g.age_to) for g in page.model.rows} == {(3, 4)}
    assert not page.actions_by_name[UNDO_MOVE_UP].isEnabled()

    # Sent, it can no longer be undone here.
    page.move_up()
    assert isinstance(page.dialog, MoveUpDialog)
    page.dialog.submit()
    desk.workspace.client._http.base_url = site.url
    desk.sync.sync_now()
    page.refresh()
    assert not page.actions_by_name[UNDO_MOVE_UP].isEnabled()
    assert {(g.age_from, g.age_to, g.pending) for g in page.model.rows} == {(4, 5, False)}


def test_a_reload_keeps_the_group_the_person_selected(desk: Desk, site: Site) -> None:
    page = page_of(desk)
    second = group_id(site, 1)
    assert page.select(second)
    page.refresh()  # as after a sync or a decision
    selected = page.selected()
    assert selected is not None and selected.id == second
    assert page.roster.group is not None and page.roster.group.id == second


def test_the_empty_rosters_headings_show_whole_in_every_language(
        qtbot: QtBot, desk: Desk, qapp: object) -> None:
    compiled_translations()
    languages = LanguageSwitcher()
    desk.window.show_page(GROUPS)
    roster = page_of(desk).roster
    header = roster.table.horizontalHeader()

    def whole(language: str) -> None:
        assert roster.model.rowCount() == 0
        cut = [roster.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(roster.model.columnCount())
               if header.sectionSize(c) < header.sectionSizeHint(c)]
        assert cut == [], (language, cut)

    try:
        for language in ("kk", "ru", "en"):
            languages.apply(language)
            qtbot.waitUntil(lambda language=language: whole(language), timeout=5_000)
    finally:
        languages.apply("en")
