"""Groups and capacity on a live sandbox: occupancy that moves the moment a decision is
recorded, group changes and transfers through the outbox (offline too), the refusals made
before anything is queued, conflicts in Needs attention, and the forecast of free places
from computation to the parents' catalogue."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import groups as model
from desktop.models.tables import Group, OutboxEntry
from desktop.services import actions, forecast, groups
from desktop.services.actions import ActionRefused
from tests.support.desks import Desk, colleague, group_id, request_with
from tests.support.sites import Site

TODAY = date(2025, 2, 6)


def places(desk: Desk) -> dict[int, model.GroupPlaces]:
    return {g.id: g for g in groups.places(desk.cache)}


def queued(desk: Desk) -> int:
    return sum(1 for e in desk.outbox() if e.state == "pending")


def draft(name: str = "Кіші топ «Балбөбек»", ages: tuple[int, int] = (2, 3),
          language: str = "kk", capacity: int = 15, **extra: str) -> groups.GroupDraft:
    return groups.GroupDraft(name, ages[0], ages[1], language, capacity, **extra)


def test_occupancy_moves_when_a_decision_is_recorded(site: Site, director: Desk) -> None:
    first = group_id(site, 0)
    request_id = site.requests[0]["id"]
    before = places(director)[first]
    assert (before.enrolled, before.reserved, before.pending) == (0, 0, False)
    director.go_offline()
    actions.accept(director.cache, request_id)
    after = places(director)[first]
    assert (after.reserved, after.free, after.pending) == (1, before.free - 1, True)
    # The child's age on the group's first day (born 15.03.2021, starts 01.09.2025).
    assert after.by_age == {4: 1}
    roster = groups.roster(director.cache, first)
    assert [(r.request_id, r.status, r.age, r.contract_number) for r in roster] == \
        [(request_id, model.RESERVED, 4, "")]
    director.go_online(site.url)
    director.sync()
    synced = places(director)[first]
    assert (synced.reserved, synced.pending) == (1, False)


def test_create_edit_and_close_offline_then_synced(site: Site, director: Desk) -> None:
    director.go_offline()
    groups.create(director.cache, draft(kind="short_stay", educators="Сейітова А.", room="4"))
    provisional = [g for g in places(director).values() if g.provisional]
    assert [(g.name, g.kind, g.room, g.pending) for g in provisional] == \
        [("Кіші топ «Балбөбек»", "short_stay", "4", True)]
    director.go_online(site.url)
    director.sync()
    created = [g for g in places(director).values() if g.name == "Кіші топ «Балбөбек»"]
    assert len(created) == 1 and created[0].id > 0 and not created[0].pending
    assert (created[0].kind, created[0].educators) == ("short_stay", "Сейітова А.")
    entries = groups.update(director.cache, created[0].id,
                            draft(name="Кіші топ «Ақбота»", capacity=12, language="mixed"))
    assert [e.name for e in entries] == ["update_group", "set_capacity"]
    shown = places(director)[created[0].id]
    assert (shown.name, shown.capacity, shown.language) == ("Кіші топ «Ақбота»", 12, "mixed")
    groups.close(director.cache, created[0].id)
    assert created[0].id not in places(director)
    summary = director.sync()
    assert summary.applied == 3
    assert created[0].id not in places(director)
    with director.cache.read() as session:
        assert session.scalar(select(Group).where(Group.id < 0)) is None
        assert session.get(Group, created[0].id).data["closed"] is True


def test_refusals_queue_nothing(site: Site, director: Desk) -> None:
    first = group_id(site, 0)
    actions.accept(director.cache, site.requests[0]["id"])
    actions.accept(director.cache, site.requests[2]["id"])
    count = queued(director)
    name_of_first = site.kindergarten["groups"][0]["name"]
    cases = [
        (lambda: groups.set_capacity(director.cache, first, 1), groups.CAPACITY_BELOW_TAKEN),
        (lambda: groups.set_capacity(director.cache, first, 0), groups.CAPACITY_OUT_OF_RANGE),
        (lambda: groups.create(director.cache, draft(name="  ")), groups.NAME_EMPTY),
        (lambda: groups.create(director.cache, draft(name=f" {name_of_first.upper()} ")),
         groups.NAME_TAKEN),
        (lambda: groups.create(director.cache, draft(ages=(4, 2))), groups.AGES_INVERTED),
        (lambda: groups.create(director.cache, draft(ages=(2, 9))), groups.AGES_OUT_OF_RANGE),
        (lambda: groups.create(director.cache, draft(language="en")),
         groups.LANGUAGE_UNKNOWN),
        (lambda: groups.close(director.cache, first), groups.GROUP_NOT_EMPTY),
        (lambda: groups.parse_ages("3-"), groups.AGES_EMPTY),
        (lambda: forecast.save_entries(director.cache, [
            forecast.Departure(first, "2025-05", -2)]), groups.PLACES_NEGATIVE),
    ]
    for attempt, code in cases:
        with pytest.raises(ActionRefused) as refused:
            attempt()
        assert refused.value.code == code
    assert queued(director) == count
    assert places(director)[first].capacity == 20


def test_transfers_checked_then_moved(site: Site, director: Desk) -> None:
    first, second = group_id(site, 0), group_id(site, 1)
    _, kazakh_only = request_with(site, ["kk"], 0)
    director.sync()
    for request_id in (site.requests[0]["id"], kazakh_only):
        actions.accept(director.cache, request_id)
    director.sync()
    count = queued(director)
    with pytest.raises(ActionRefused) as refused:
        groups.transfer(director.cache, kazakh_only, second)
    assert refused.value.code == groups.TARGET_LANGUAGE
    with pytest.raises(ActionRefused) as refused:
        groups.transfer(director.cache, site.requests[1]["id"], first)
    assert refused.value.code == groups.NOT_PLACED
    tiny = site.world.mutate(colleague(site), "create_group", {
        "name": "Ясельная группа", "age_from": 1, "age_to": 2, "language": "ru",
        "capacity": 1})
    director.sync()
    with pytest.raises(ActionRefused) as refused:
        groups.transfer(director.cache, site.requests[0]["id"], tiny["current"]["id"])
    assert refused.value.code == groups.TARGET_AGE
    assert queued(director) == count

    groups.transfer(director.cache, site.requests[0]["id"], second)
    shown = places(director)
    assert (shown[first].reserved, shown[second].reserved) == (1, 1)
    assert shown[first].pending and shown[second].pending
    director.sync()
    shown = places(director)
    assert (shown[first].reserved, shown[second].reserved) == (1, 1)
    assert not shown[second].pending
    assert [r.request_id for r in groups.roster(director.cache, second)] == \
        [site.requests[0]["id"]]


def test_a_colleagues_capacity_change_needs_attention(site: Site, director: Desk) -> None:
    first = group_id(site, 0)
    site.world.mutate(colleague(site), "set_capacity", {"group_id": first, "capacity": 18})
    groups.set_capacity(director.cache, first, 25)
    director.sync()
    with director.cache.read() as session:
        entry = session.scalars(select(OutboxEntry).where(
            OutboxEntry.name == "set_capacity")).one()
    assert (entry.state, entry.code) == ("attention", "version_conflict")
    assert entry.args["capacity"] == 25
    assert entry.current is not None and entry.current["data"]["capacity"] == 18
    assert places(director)[first].capacity == 18


def test_forecast_counts_school_leavers_and_reaches_parents(site: Site,
                                                            director: Desk) -> None:
    assert forecast.school_start(date(2019, 8, 31)) == date(2025, 9, 1)
    assert forecast.school_start(date(2019, 9, 1)) == date(2025, 9, 1)
    assert forecast.school_start(date(2019, 9, 2)) == date(2026, 9, 1)
    group = model.GroupPlaces(1, 1, "Мектепалды топ", 5, 6, "kk", "general", "", "", 20, 18, 1,
                              date(2025, 9, 1), False)
    born = {1: [date(2019, 5, 1), date(2019, 12, 1), date(2020, 3, 3)]}
    cells = forecast.compute([group], born, TODAY, 12,
                             [forecast.Departure(1, "2025-04", 2, "переезд")])
    by_month = {c.month: c.free_places for c in cells}
    assert list(by_month)[::11] == ["2025-02", "2026-01"]
    assert (by_month["2025-03"], by_month["2025-04"], by_month["2025-09"]) == (1, 3, 4)
    assert cells[2].notes == ("переезд",)

    first = group_id(site, 0)
    forecast.save_entries(director.cache, [forecast.Departure(first, "2025-06", 1, "переезд")])
    current = forecast.current(director.cache, TODAY)
    assert {c.month for c in current} >= {"2025-02", "2026-01"}
    forecast.publish(director.cache, TODAY)
    assert director.sync().applied == 1
    catalogue = site.world.client.kindergartens(site.world.locality)
    published = next(k for k in catalogue if k["id"] == site.kindergarten["id"])["forecast"]
    ours = [p for p in published["places"] if p["group_id"] == first]
    assert [p["month"] for p in ours][:2] == ["2025-02", "2025-03"]
    june = next(p for p in ours if p["month"] == "2025-06")
    assert (june["free_places"], june["note"]) == (20, "переезд")
