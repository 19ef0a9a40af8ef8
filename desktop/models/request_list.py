"""What the requests list shows: its filter and order, a row, and what the list shows as
it opens, read without SQLAlchemy.

The types are plain Python, shared by the SQL of `desktop.models.queries` and the views.
`opening_page` and `group_choices` are plain SQL on a DB-API connection the cache lends
(`Sessions.connection`): the newest requests, unfiltered, and the groups to filter by. They
are what the main window paints first at start, before SQLAlchemy is loaded: importing
SQLAlchemy alone costs more than building the whole window, so the start does not wait for
it (it loads in the background while the person looks at the list). `queries.page_ids` and
`queries.rows` give the same rows as `opening_page` for `RequestFilter()`, and a test holds
the two together; `rows` reads a page's rows for both. `rows_of` and `group_request_ids`
read the same way for a context menu's few rows and a group's list, on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from desktop.models.domain import Status
from desktop.models.sessions import Sessions


class Deadline(StrEnum):
    ANY = "any"
    OVERDUE = "overdue"  # the deadline has passed
    WITHIN = "within"  # from now up to `RequestFilter.deadline_until`


class AgeOn(StrEnum):
    GROUP_START = "group_start"  # the age the child will be when its group starts
    TODAY = "today"


class SortKey(StrEnum):
    NUMBER = "number"
    CHILD = "child"
    BIRTH_DATE = "birth_date"
    GROUP = "group"
    LANGUAGES = "languages"
    STATUS = "status"
    REVIEW = "review"
    REQUESTED_AT = "requested_at"
    DEADLINE = "deadline"


# Languages as stored (the feed's list joined: "kk", "ru", "kk,ru", in whatever order the
# portal lists them) that offer education in a language.
LANGUAGE_VALUES: dict[str, tuple[str, ...]] = {"kk": ("kk", "kk,ru", "ru,kk"),
                                               "ru": ("ru", "kk,ru", "ru,kk")}
# The order of the small-domain columns when sorted; values not listed come after these.
LANGUAGE_ORDER = ("kk", "kk,ru", "ru,kk", "ru")
STATUS_ORDER = tuple(s.value for s in Status)
REVIEW_ORDER = ("new", "accepted", "declined", "enrolled")

@dataclass(frozen=True)
class RequestFilter:
    """What the requests page shows, and in which order. Empty fields do not filter.

    `now` and `today` (the portal's date) fix the moment the deadline and age conditions
    refer to, so a count and the pages after it agree. `deadline_until` is the first instant
    past `within_days` working days; the caller works it out with the calendar service
    (models do not import services).
    """

    statuses: frozenset[str] = frozenset()
    group_id: int | None = None
    age_from: int | None = None  # years, inclusive
    age_to: int | None = None  # years, inclusive
    age_on: AgeOn = AgeOn.GROUP_START
    language: str | None = None  # "kk" or "ru"
    deadline: Deadline = Deadline.ANY
    within_days: int = 2
    deadline_until: datetime | None = None
    search: str = ""
    sort: SortKey = SortKey.REQUESTED_AT
    descending: bool = True
    now: datetime | None = None
    today: date | None = None

    def __post_init__(self) -> None:
        # Values that went through Qt (a combo box's data) come back as plain strings; the
        # queries compare enums by identity.
        object.__setattr__(self, "age_on", AgeOn(self.age_on))
        object.__setattr__(self, "deadline", Deadline(self.deadline))
        object.__setattr__(self, "sort", SortKey(self.sort))
        object.__setattr__(self, "statuses", frozenset(self.statuses))

    def moment(self) -> datetime:
        return self.now if self.now is not None else datetime.now(UTC)

    def day(self) -> date:
        return self.today if self.today is not None else self.moment().date()

    @property
    def filters_rows(self) -> bool:
        """Whether anything but the search narrows the rows."""
        return bool(self.statuses or self.group_id is not None or self.language
                    or self.age_from is not None or self.age_to is not None
                    or self.deadline is not Deadline.ANY)


@dataclass(frozen=True, slots=True)
class RowData:
    """What one line of the requests table shows."""

    id: int
    number: int
    child_name: str
    child_iin: str
    child_birth_date: date
    group_id: int | None
    group_name: str | None
    languages: str
    status: str
    review: str | None
    pending: bool
    requested_at: datetime | None
    deadline: datetime | None


@dataclass
class Memo:
    """What one filter's queries learnt that the next ones can reuse (segment sizes, how
    many requests the search matched); valid until the cache or the filter changes."""

    key: RequestFilter | None = None
    sizes: dict[int, int] = field(default_factory=dict)
    search_count: int | None = None
    search: Any = None  # the _Search built for key, or None before
    few: dict[int, bool] = field(default_factory=dict)  # at most N matches, by N

    def for_filter(self, f: RequestFilter) -> Memo:
        if self.key != f:
            self.key, self.sizes, self.search_count, self.search = f, {}, None, None
            self.few = {}
        return self


# The list as it opens: `ix_requests_recent` walked from its newest end (see queries.py), then
# the page's rows with their group's name.
_NEWEST_IDS = ("SELECT id FROM requests INDEXED BY ix_requests_recent "
               "WHERE requested_at IS NOT NULL ORDER BY requested_at DESC, id DESC LIMIT ?")
_ROWS = ("SELECT r.id, r.number, r.child_name, r.child_iin, r.child_birth_date, r.group_id, "
         "g.name, r.languages, r.status, r.review, r.pending, r.requested_at, r.deadline "
         "FROM requests AS r LEFT OUTER JOIN groups AS g ON g.id = r.group_id "
         "WHERE r.id IN ({marks})")


# Read in pieces: SQLite takes a bounded number of parameters in one statement.
_ROWS_AT_ONCE = 500


def group_choices(cache: Sessions) -> list[tuple[int, str]]:
    """The groups to filter by, (id, name) by name."""
    with cache.connection() as connection:
        return [(group_id, name) for group_id, name in connection.execute(
            "SELECT id, name FROM groups ORDER BY name, id").fetchall()]


def opens_list(f: RequestFilter) -> bool:
    """Whether `f` is the list as it opens: nothing filtered or searched, newest first."""
    return (not f.filters_rows and not f.search.strip()
            and f.sort is SortKey.REQUESTED_AT and f.descending)


def opening_page(cache: Sessions, f: RequestFilter, limit: int) -> list[RowData] | None:
    """The first `limit` rows of `f` in order when `f` is the list as it opens; None
    otherwise, and when the dated requests do not fill the page (the undated ones follow
    them, a case left to `queries`)."""
    if not opens_list(f) or limit <= 0:
        return None
    with cache.connection() as connection:
        ids = [row[0] for row in connection.execute(_NEWEST_IDS, (limit,)).fetchall()]
        if len(ids) < limit:
            return None
        found = rows(connection, ids)
    return [found[request_id] for request_id in ids if request_id in found]


def rows_of(cache: Sessions, ids: list[int]) -> list[RowData]:
    """The rows of the requests `ids`, in that order; those the cache no longer holds are
    left out."""
    found: dict[int, RowData] = {}
    with cache.connection() as connection:
        for start in range(0, len(ids), _ROWS_AT_ONCE):
            found.update(rows(connection, ids[start:start + _ROWS_AT_ONCE]))
    return [found[i] for i in dict.fromkeys(ids) if i in found]


def group_request_ids(cache: Sessions, group_ids: list[int]) -> list[int]:
    """The requests of these groups, by number (a group's list to print or export)."""
    if not group_ids:
        return []
    marks = ", ".join("?" * len(group_ids))
    with cache.connection() as connection:
        return [row[0] for row in connection.execute(
            f"SELECT id FROM requests WHERE group_id IN ({marks}) ORDER BY number, id",
            group_ids).fetchall()]


def rows(connection: Any, ids: list[int]) -> dict[int, RowData]:
    """The rows of the requests `ids` (a page's worth: one parameter each), by id."""
    found = {}
    marks = ", ".join("?" * len(ids))
    for (request_id, number, name, iin, born, group_id, group_name, languages, status,
         review, pending, requested_at, deadline) in connection.execute(
            _ROWS.format(marks=marks), ids).fetchall():
        found[request_id] = RowData(
            request_id, number, name, iin, date.fromisoformat(born), group_id, group_name,
            languages, status, review, bool(pending), _moment(requested_at), _moment(deadline))
    return found


def _moment(stored: str | None) -> datetime | None:
    """A stored instant (naive UTC text, as `tables.UTCDateTime` writes it), aware UTC."""
    return None if stored is None else datetime.fromisoformat(stored).replace(tzinfo=UTC)
