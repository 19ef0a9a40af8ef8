"""The requests list computed in plain Python over the synthetic cache (tests/support/
synthetic.py): what the list's SQL (desktop/models/queries.py) must agree with, for every
filter, the search and every order."""

from __future__ import annotations

import atexit
import functools
import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.models import queries
from desktop.models.domain import WINDOW_STATUSES
from desktop.models.request_list import (
    LANGUAGE_ORDER,
    LANGUAGE_VALUES,
    REVIEW_ORDER,
    STATUS_ORDER,
    AgeOn,
    Deadline,
    RequestFilter,
    SortKey,
)
from desktop.models.search_text import fold
from desktop.models.tables import Group, Request
from desktop.services.cache import Cache, open_cache
from desktop.services.calendar import PORTAL_TZ, deadline_until, working_days_left
from tests.support.synthetic import KEY, NOW, fill_cache

COUNT = 6000
TODAY = NOW.astimezone(PORTAL_TZ).date()
WITH_US = frozenset(s.value for s in WINDOW_STATUSES)


@functools.cache
def cache_file(count: int = COUNT) -> Path:
    """A filled cache file, built once per test run and copied by tests that write."""
    folder = Path(tempfile.mkdtemp(prefix="bb-requests-"))
    atexit.register(shutil.rmtree, folder, True)
    cache = open_cache(folder / "cache.db", KEY)
    fill_cache(cache, count)
    cache.close()
    return folder / "cache.db"


def copy_of_cache(folder: Path) -> Cache:
    """A private, writable copy of the shared cache."""
    target = folder / "cache.db"
    shutil.copyfile(cache_file(), target)
    return open_cache(target, KEY)


@dataclass(frozen=True)
class Ref:
    id: int
    number: int
    status: str
    review: str | None
    group_id: int | None
    iin: str
    name: str
    birth: date
    languages: str
    requested_at: datetime | None
    deadline: datetime | None
    search: str


@dataclass(frozen=True)
class World:
    rows: list[Ref]
    groups: dict[int, tuple[str, date]]  # id: (name, starts_on)


def load_world(cache: Cache) -> World:
    with cache.read() as session:
        rows = [Ref(*tuple(row)) for row in session.execute(select(
            Request.id, Request.number, Request.status, Request.review, Request.group_id,
            Request.child_iin, Request.child_name, Request.child_birth_date,
            Request.languages, Request.requested_at, Request.deadline, Request.search))]
        groups = {gid: (name, starts) for gid, name, starts in session.execute(
            select(Group.id, Group.name, Group.starts_on))}
    return World(rows, groups)


def ref_age(birth: date, day: date) -> int:
    age = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        age -= 1
    return age


def ref_search(r: Ref, text: str) -> bool:
    stripped = text.strip().lstrip("#№").strip()
    if stripped and stripped.isascii() and stripped.isdigit():
        return str(r.number).startswith(stripped) or r.iin.startswith(stripped)
    for word in fold(text).split():
        if len(word) >= 3:
            found = word in r.search
        elif len(word) == 2:
            found = " " + word in r.search
        else:
            found = re.search(" " + re.escape(word) + ".", r.search) is not None
        if not found:
            return False
    return True


def ref_matches(r: Ref, f: RequestFilter, world: World) -> bool:
    now = f.now or NOW
    if f.statuses and r.status not in f.statuses:
        return False
    if f.group_id is not None and r.group_id != f.group_id:
        return False
    if f.language is not None and r.languages not in LANGUAGE_VALUES[f.language]:
        return False
    if f.age_from is not None or f.age_to is not None:
        day = TODAY
        if f.age_on is AgeOn.GROUP_START and r.group_id in world.groups:
            day = world.groups[r.group_id][1]
        age = ref_age(r.birth, day)
        if f.age_from is not None and age < f.age_from:
            return False
        if f.age_to is not None and age > f.age_to:
            return False
    if f.deadline is Deadline.OVERDUE and not (r.deadline is not None and r.deadline < now):
        return False
    if f.deadline is Deadline.WITHIN and not (
            r.deadline is not None and r.deadline >= now
            and working_days_left(r.deadline, now) <= f.within_days):
        return False
    return not f.search or ref_search(r, f.search)


def _ranked(value: Any, order: list[Any], request_id: int) -> tuple[Any, ...]:
    if value in order:
        return (order.index(value), 0, 0, request_id)
    # Values outside the known list: after it, by value (SQLite: NULL first), then id.
    return (len(order), 0 if value is None else 1, value if value is not None else 0,
            request_id)


def ref_order(world: World, f: RequestFilter) -> list[int]:
    matched = [r for r in world.rows if ref_matches(r, f, world)]
    if f.sort in (SortKey.REQUESTED_AT, SortKey.DEADLINE):
        def value(r: Ref) -> datetime | None:
            return r.requested_at if f.sort is SortKey.REQUESTED_AT else r.deadline
        dated = sorted((r for r in matched if value(r) is not None),
                       key=lambda r: (value(r), r.id), reverse=f.descending)
        undated = sorted((r.id for r in matched if value(r) is None), reverse=f.descending)
        return [r.id for r in dated] + undated
    keys = {
        SortKey.NUMBER: lambda r: (r.number, r.id),
        SortKey.CHILD: lambda r: (queries.name_sort_key(r.name), r.id),
        SortKey.BIRTH_DATE: lambda r: (r.birth, r.id),
        SortKey.STATUS: lambda r: _ranked(
            r.status, [s for s in STATUS_ORDER if not f.statuses or s in f.statuses], r.id),
        SortKey.REVIEW: lambda r: _ranked(r.review, list(REVIEW_ORDER), r.id),
        SortKey.LANGUAGES: lambda r: _ranked(
            r.languages, [v for v in LANGUAGE_ORDER
                          if f.language is None or v in LANGUAGE_VALUES[f.language]], r.id),
        SortKey.GROUP: lambda r: (r.id,) if f.group_id is not None else _ranked(
            r.group_id, sorted(world.groups, key=lambda g: (world.groups[g][0], g)), r.id),
    }
    ordered = sorted(matched, key=keys[f.sort])
    return [r.id for r in (ordered[::-1] if f.descending else ordered)]


def resolved(f: RequestFilter) -> RequestFilter:
    f = replace(f, now=NOW, today=TODAY)
    if f.deadline is Deadline.WITHIN:
        f = replace(f, deadline_until=deadline_until(NOW, f.within_days))
    return f
