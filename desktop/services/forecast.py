"""The forecast of free places ("Прогноз по распределению мест"): per group and month, the
places free now plus those that free up as children leave for school, plus the director's
own entries (known departures, each with a note). The director reviews it and publishes
it; parents read it in the portal's catalogue.

School age: a child goes to first grade on 1 September of the year they are `SCHOOL_AGE`
on that day, so their place frees up that September. One setting, not repeated elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import groups as model
from desktop.models.tables import Group
from desktop.services import roles
from desktop.services.actions import ActionRefused, check_role, record
from desktop.services.cache import Cache, meta, set_meta
from desktop.services.groups import GROUP_NOT_FOUND, PLACES_NEGATIVE, TEXT_TOO_LONG

SCHOOL_AGE = 6
SCHOOL_DAY = (9, 1)  # the day school starts, and the day the age is counted on
MONTHS = 12
ENTRIES_META = "forecast_entries"
NOTE_LIMIT = 500


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_from(day: date, count: int) -> list[date]:
    """The first days of `count` months, starting with `day`'s."""
    first = day.replace(day=1)
    return [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
            for i in range(count)]


def school_start(birth: date) -> date:
    """The 1 September a child born on `birth` starts school."""
    year = birth.year + SCHOOL_AGE
    if (birth.month, birth.day) > SCHOOL_DAY:
        year += 1  # not yet SCHOOL_AGE on that year's 1 September
    return date(year, *SCHOOL_DAY)


@dataclass(frozen=True)
class Departure:
    """A director's entry: `places` free up in `group_id` from `month` (YYYY-MM)."""

    group_id: int
    month: str
    places: int
    note: str = ""


@dataclass(frozen=True)
class Cell:
    group_id: int
    group_name: str
    month: str
    free_places: int
    leaving: int  # children gone to school by then
    departures: int  # the director's entries by then
    notes: tuple[str, ...] = ()


def compute(groups: Iterable[model.GroupPlaces], born: Mapping[int, Iterable[date]],
            today: date, months: int = MONTHS,
            entries: Iterable[Departure] = ()) -> list[Cell]:
    """Free places per group and month, from `today`'s month on, group by group."""
    firsts = months_from(today, months)
    keys = [month_key(m) for m in firsts]
    manual: dict[int, list[Departure]] = {}
    for entry in entries:
        manual.setdefault(entry.group_id, []).append(entry)
    cells = []
    for group in groups:
        # School starts counted by month: the number leaving by each first of the month.
        starts = sorted(school_start(b) for b in born.get(group.id, ()))
        own = sorted(manual.get(group.id, []), key=lambda e: e.month)
        gone = 0
        for first, key in zip(firsts, keys, strict=True):
            while gone < len(starts) and starts[gone] <= first:
                gone += 1
            # A child already past school age counts as gone from the first month.
            departed = [e for e in own if e.month <= key]
            departures = sum(e.places for e in departed)
            free = group.capacity - group.taken + gone + departures
            cells.append(Cell(group.id, group.name, key, max(min(free, group.capacity), 0),
                              gone, departures, tuple(e.note for e in departed if e.note)))
    return cells


def entries(cache: Cache) -> list[Departure]:
    with cache.read() as session:
        return [Departure(**e) for e in meta(session, ENTRIES_META, [])]


def check_departure(entry: Departure) -> None:
    if entry.places < 0:
        raise ActionRefused(PLACES_NEGATIVE, f"places cannot be negative ({entry.places})",
                            {"places": entry.places})
    if len(entry.note) > NOTE_LIMIT:
        raise ActionRefused(TEXT_TOO_LONG, f"a note keeps at most {NOTE_LIMIT} characters",
                            {"field": "note", "limit": NOTE_LIMIT})
    try:
        date.fromisoformat(f"{entry.month}-01")
    except ValueError as exc:
        raise ActionRefused("month_invalid", f"a month is YYYY-MM, not {entry.month!r}",
                            {"month": entry.month}) from exc


def _check_group(session: Session, group_id: int) -> None:
    group = session.get(Group, group_id)
    if group is None or group.data.get("closed") or group.id < 0:
        raise ActionRefused(GROUP_NOT_FOUND, f"there is no group {group_id} to forecast",
                            {"group_id": group_id})


def add_entry(cache: Cache, entry: Departure, acting: Iterable[str] | None = None
              ) -> list[Departure]:
    """Add one of the director's entries to those kept here; all of them after."""
    check_role(roles.PUBLISH_FORECAST, acting)
    check_departure(entry)
    with cache.write() as session:
        _check_group(session, entry.group_id)
        held = [*meta(session, ENTRIES_META, []), asdict(entry)]
        set_meta(session, ENTRIES_META, held)
        return [Departure(**e) for e in held]


def remove_entry(cache: Cache, entry: Departure, acting: Iterable[str] | None = None
                 ) -> list[Departure]:
    """Take one entry (the first equal to `entry`) out of those kept here."""
    check_role(roles.PUBLISH_FORECAST, acting)
    with cache.write() as session:
        held = [Departure(**e) for e in meta(session, ENTRIES_META, [])]
        if entry in held:
            held.remove(entry)
        set_meta(session, ENTRIES_META, [asdict(e) for e in held])
        return held


@dataclass(frozen=True)
class Review:
    """What the director reviews before publishing: the months, the forecast's cells
    (group by group, month by month) and the entries it counts."""

    months: list[str]
    cells: list[Cell]
    entries: list[Departure]

    def group_names(self) -> dict[int, str]:
        return {c.group_id: c.group_name for c in self.cells}


def review(cache: Cache, today: date, months: int = MONTHS) -> Review:
    return Review([month_key(m) for m in months_from(today, months)],
                  current(cache, today, months), entries(cache))


def save_entries(cache: Cache, new: Iterable[Departure],
                 acting: Iterable[str] | None = None) -> None:
    """Replace the director's entries (kept on this desk until published)."""
    check_role(roles.PUBLISH_FORECAST, acting)
    chosen = list(new)
    for entry in chosen:
        check_departure(entry)
    with cache.write() as session:
        set_meta(session, ENTRIES_META, [asdict(e) for e in chosen])


def current(cache: Cache, today: date, months: int = MONTHS) -> list[Cell]:
    """The forecast as it stands on this desk now."""
    with cache.read() as session:
        groups = [g for g in model.places(session) if not g.provisional]
        born = model.children_born(session, [g.id for g in groups])
        own = [Departure(**e) for e in meta(session, ENTRIES_META, [])]
    return compute(groups, born, today, months, own)


def publish_args(cells: Iterable[Cell], today: date) -> dict[str, Any]:
    places = []
    for cell in cells:
        if cell.free_places < 0:
            raise ActionRefused(PLACES_NEGATIVE, f"places cannot be negative "
                                f"({cell.free_places})", {"places": cell.free_places})
        item: dict[str, Any] = {"group_id": cell.group_id, "month": cell.month,
                                "free_places": cell.free_places}
        if cell.notes:
            item["note"] = "; ".join(cell.notes)[:NOTE_LIMIT]
        places.append(item)
    return {"period": month_key(today), "places": places}


def publish(cache: Cache, today: date, months: int = MONTHS,
            acting: Iterable[str] | None = None) -> Any:
    """Queue the forecast as it stands for the portal (publish_forecast)."""
    check_role(roles.PUBLISH_FORECAST, acting)
    cells = current(cache, today, months)
    if not cells:
        raise ActionRefused("no_groups", "there are no groups to forecast")
    args = publish_args(cells, today)
    with cache.write() as session:
        return record(session, "publish_forecast", args)
