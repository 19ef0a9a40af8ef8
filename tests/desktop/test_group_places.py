"""Occupancy read in one statement: the children's ages are counted by SQLite in one packed
number per group, and a group whose children do not fit that number (a child outside 0 to
7 years on the group's first day, more than 63 of one age) is counted exactly instead.
The answer is the same either way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.models import groups as model
from desktop.models.tables import Group, Request
from desktop.services import groups
from desktop.services.cache import Cache, open_cache

KEY = "c4" * 32
START = date(2025, 9, 1)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    opened = open_cache(tmp_path / "cache.db", KEY)
    try:
        yield opened
    finally:
        opened.close()


def add_group(cache: Cache, group_id: int, capacity: int = 60, **data: object) -> None:
    with cache.write() as session:
        session.add(Group(id=group_id, version=1, name=f"Топ {group_id}", age_from=3,
                          age_to=4, language="kk", capacity=capacity, enrolled=0,
                          reserved=0, starts_on=START, data={"id": group_id, **data}))


def add_children(cache: Cache, group_id: int, births: list[date], *,
                 status: str = "enrolled", review: str | None = "enrolled") -> None:
    with cache.write() as session:
        first = 1 + sum(1 for _ in session.query(Request.id))
        for offset, birth in enumerate(births):
            request_id = first + offset
            session.add(Request(
                id=request_id, version=1, number=250000 + request_id, status=status,
                review=review, group_id=group_id, child_iin=f"{request_id:012d}",
                child_name=f"Бала {request_id}", child_birth_date=birth, languages="kk",
                requested_at=None, deadline=None, search="", pending=False,
                data={"id": request_id}))


def by_age(cache: Cache) -> dict[int, dict[int, int]]:
    return {g.id: g.by_age for g in groups.places(cache)}


def exact(cache: Cache) -> dict[int, dict[int, int]]:
    with cache.read() as session:
        return model._exact_ages(session, [g.id for g in groups.places(cache)])


def test_ages_are_counted_on_the_groups_first_day(cache: Cache) -> None:
    add_group(cache, 1)
    add_children(cache, 1, [date(2021, 9, 1),  # 4 on the day itself
                            date(2021, 9, 2),  # 3: the birthday comes a day later
                            date(2020, 2, 29), date(2022, 1, 1), date.min])
    # Accepted in the window holds a place; a new request does not.
    add_children(cache, 1, [date(2021, 3, 3)], status="contract_sent", review="accepted")
    add_children(cache, 1, [date(2021, 3, 3)], status="awaiting_contract", review="new")
    assert by_age(cache) == {1: {4: 2, 3: 2, 5: 1}} == exact(cache)


def test_a_child_outside_the_packed_ages_is_counted_exactly(cache: Cache) -> None:
    add_group(cache, 1)
    add_group(cache, 2)
    add_group(cache, 3)
    add_children(cache, 1, [date(2017, 5, 1), date(2021, 5, 1)])  # 8 and 4
    add_children(cache, 2, [date(2025, 10, 1), date(2021, 5, 1)])  # born after the start
    add_children(cache, 3, [date(2021, 5, 1)] * 3)
    assert by_age(cache) == {1: {8: 1, 4: 1}, 2: {-1: 1, 4: 1}, 3: {4: 3}} == exact(cache)


def test_more_than_a_field_holds_is_counted_exactly(cache: Cache) -> None:
    add_group(cache, 1)
    add_children(cache, 1, [date(2021, 5, 1)] * 64 + [date(2020, 5, 1)] * 2)
    assert by_age(cache) == {1: {4: 64, 5: 2}} == exact(cache)


def test_closed_and_empty_groups(cache: Cache) -> None:
    add_group(cache, 1)
    add_group(cache, 2, closed=True)
    add_group(cache, 3, kind="short_stay", educators="Сейітова А.", room="4")
    shown = {g.id: g for g in groups.places(cache)}
    assert set(shown) == {1, 3}
    assert shown[1].by_age == {} and shown[1].kind == "general"
    assert (shown[3].kind, shown[3].educators, shown[3].room) == ("short_stay",
                                                                  "Сейітова А.", "4")
