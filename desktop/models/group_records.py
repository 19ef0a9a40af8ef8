"""A group with its places and a child in its roster, as plain records: what the Groups
page, the dialogs, a request's detail and summary sheet, and the review's rules hold. Kept
apart from the queries of models/groups.py, which need SQLAlchemy: the window builds its
pages (and paints its first rows) before SQLAlchemy is loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ENROLLED, RESERVED = "enrolled", "reserved"
LANGUAGES = ("kk", "ru", "mixed")
KINDS = ("general", "special_needs", "short_stay")
# The portal's bounds (portal_sandbox/mutations.py refuses anything outside them).
MIN_AGE, MAX_AGE = 0, 7
MIN_CAPACITY, MAX_CAPACITY = 1, 60


def age_on(birth: date, day: date) -> int:
    """Full years on `day`."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class Occupancy:
    """A group's places: enrolled and reserved children against its capacity."""

    capacity: int
    enrolled: int
    reserved: int

    @property
    def taken(self) -> int:
        return self.enrolled + self.reserved

    @property
    def free(self) -> int:
        """Free places (never below 0: a group over capacity has none)."""
        return max(self.capacity - self.taken, 0)

    @property
    def over(self) -> bool:
        return self.taken > self.capacity

    def with_one_more(self) -> Occupancy:
        """As it would be after accepting one more request (which reserves a place)."""
        return Occupancy(self.capacity, self.enrolled, self.reserved + 1)


@dataclass(frozen=True)
class GroupPlaces:
    """A group with its places, the one record of a group (`groups.places` reads every open
    group, `groups.record` one group's row). `pending`: a change to it waits for the portal,
    which `places` finds from the outbox and `record` knows only of a group created here;
    `by_age` counts its children by their age on its start day (`places` only)."""

    id: int
    version: int
    name: str
    age_from: int
    age_to: int
    language: str
    kind: str
    educators: str
    room: str
    capacity: int
    enrolled: int
    reserved: int
    starts_on: date
    pending: bool
    by_age: dict[int, int] = field(default_factory=dict, hash=False)

    @property
    def occupancy(self) -> Occupancy:
        return Occupancy(self.capacity, self.enrolled, self.reserved)

    @property
    def taken(self) -> int:
        return self.occupancy.taken

    @property
    def free(self) -> int:
        """Free places, never below 0 (an overfull group has none)."""
        return self.occupancy.free

    @property
    def full(self) -> bool:
        return self.taken >= self.capacity

    @property
    def over(self) -> bool:
        return self.occupancy.over

    @property
    def provisional(self) -> bool:
        """Created on this desk and not yet confirmed by the portal."""
        return self.id < 0


@dataclass(frozen=True)
class RosterRow:
    """A child holding a place in a group."""

    request_id: int
    number: int
    child_iin: str
    name: str
    birth_date: date | None
    age: int | None  # on the group's start day
    contract_number: str
    since: date | None  # enrolled since (None while only reserved)
    status: str  # reserved or enrolled
    languages: tuple[str, ...]
    pending: bool
