"""The forecast reviewed on the Groups page, on a live sandbox: a table of groups by twelve
months, the director's known departures added (negative places refused in the person's
language with everything typed kept) and taken out, and Publish through the outbox, as
`forecast publish` does; other roles see it read-only with the reason, and the figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.tables import OutboxEntry
from desktop.services import forecast
from desktop.views.dialogs.figures_dialog import FiguresDialog
from desktop.views.dialogs.forecast_dialog import ForecastDialog
from desktop.views.main_window import GROUPS
from desktop.views.pages.groups_page import FIGURES, FORECAST
from desktop.views.runtime.i18n import LanguageSwitcher
from tests.support.desks import group_id
from tests.support.sites import Site
from tests.support.windows import (
    Desk,
    close,
    compiled_translations,
    open_window,
    page_of,
    signed_in,
)

TODAY = date(2025, 2, 6)


def open_desk(qtbot: QtBot, site: Site, profile_dir: Path, login: str) -> Desk:
    profile, settings, workspace = signed_in(site, profile_dir, login)
    desk = open_window(qtbot, profile, settings, workspace)
    desk.sync.sync_now()
    desk.window.show_page(GROUPS)
    return desk


@pytest.fixture
def director(qtbot: QtBot, site: Site, profile_dir: Path) -> Iterator[Desk]:
    desk = open_desk(qtbot, site, profile_dir, site.director_login)
    try:
        yield desk
    finally:
        close(desk)


def forecast_of(desk: Desk) -> ForecastDialog:
    page = page_of(desk)
    page.today = lambda: TODAY
    dialog = page.open_forecast()
    assert isinstance(dialog, ForecastDialog)
    return dialog


def published(desk: Desk) -> list[dict[str, object]]:
    with desk.workspace.cache.read() as session:
        return [e.args for e in session.scalars(select(OutboxEntry).where(
            OutboxEntry.name == "publish_forecast"))]


def test_the_director_reviews_adds_departures_and_publishes(director: Desk,
                                                            site: Site) -> None:
    dialog = forecast_of(director)
    first, second = group_id(site, 0), group_id(site, 1)
    assert dialog.grid.rowCount() == 2 and dialog.grid.columnCount() == forecast.MONTHS
    header = dialog.grid.horizontalHeaderItem(0)
    assert header is not None and header.text().endswith("2025")
    before = dialog.grid_rows()
    assert before[0] == ["20"] * forecast.MONTHS  # nobody holds a place yet

    # Negative places: refused in the dialog, nothing kept, the input as typed.
    dialog.group.setCurrentIndex(dialog.group.findData(first))
    dialog.month.setCurrentIndex(3)
    dialog.places.setValue(-2)
    dialog.note.setText("семья переезжает")
    dialog.add_entry()
    assert dialog.message.text() == "Places cannot be negative (-2): enter 0 or more."
    assert (dialog.places.value(), dialog.note.text(), dialog.month.currentIndex()) == \
        (-2, "семья переезжает", 3)
    assert forecast.entries(director.workspace.cache) == []

    # Two leave the second group from May; its places show from then on.
    dialog.group.setCurrentIndex(dialog.group.findData(second))
    dialog.places.setValue(2)
    dialog.add_entry()
    assert not dialog.message.isVisible()
    assert forecast.entries(director.workspace.cache) == [
        forecast.Departure(second, "2025-05", 2, "семья переезжает")]
    assert dialog.entries.rowCount() == 1
    assert dialog.note.text() == ""
    # Capped at the capacity: a group cannot have more free places than it has.
    assert dialog.grid_rows()[1] == ["20"] * forecast.MONTHS
    tip = dialog.grid.item(1, 5)
    assert tip is not None and "Your entries by then: 2" in tip.toolTip()
    assert "семья переезжает" in tip.toolTip()

    dialog.publish()
    assert "in the outbox" in dialog.status.text()
    (args,) = published(director)
    assert args["period"] == "2025-02"
    places = args["places"]
    assert isinstance(places, list) and len(places) == 2 * forecast.MONTHS
    noted = next(p for p in places if p["group_id"] == second and p["month"] == "2025-05")
    assert noted["note"] == "семья переезжает"

    # The entry taken out again.
    dialog.entries.selectRow(0)
    dialog.remove_entry()
    assert forecast.entries(director.workspace.cache) == []
    assert dialog.entries.rowCount() == 0
    dialog.reject()


def test_negative_places_are_refused_in_kazakh(director: Desk, site: Site,
                                               qapp: object) -> None:
    compiled_translations()
    languages = LanguageSwitcher()
    try:
        languages.apply("kk")
        dialog = forecast_of(director)
        dialog.places.setValue(-1)
        dialog.add_entry()
        assert dialog.message.text() == ("Орын саны теріс бола алмайды (-1): 0 немесе одан "
                                          "көп енгізіңіз.")
        assert dialog.places.value() == -1
        dialog.reject()
    finally:
        languages.apply("en")


def test_other_roles_see_the_forecast_read_only_with_the_reason(
        qtbot: QtBot, site: Site, profile_dir: Path) -> None:
    desk = open_desk(qtbot, site, profile_dir, site.methodologist_login)
    try:
        page = page_of(desk)
        assert page.actions_by_name[FORECAST].isEnabled()
        dialog = forecast_of(desk)
        assert dialog.grid.rowCount() == 2
        assert dialog.read_only.isVisibleTo(dialog)
        assert "needs the role Director; you act as Methodologist" in dialog.read_only.text()
        for widget in (dialog.add_button, dialog.publish_button, dialog.places, dialog.note):
            assert not widget.isEnabled()
        dialog.publish()
        dialog.add_entry()
        assert published(desk) == []
        dialog.reject()
        # The figures are everyone's too: the synced requests counted by status.
        assert page.actions_by_name[FIGURES].isEnabled()
        figures = page.open_figures()
        assert isinstance(figures, FiguresDialog) and figures.figures is not None
        assert sum(count for _, count in figures.figures.statuses) == len(site.requests)
        figures.reject()
    finally:
        close(desk)
