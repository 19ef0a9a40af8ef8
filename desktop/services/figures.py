"""The kindergarten in figures, from the cache: places taken month by month (the enrolled
children counted from the day each was enrolled), the requests by status, and how many
days a request waited from reaching the kindergarten to the child's enrollment. With the
tables behind them, for a workbook (services/exports.py writes it).

Only children enrolled now are counted: the cache keeps no request that left, so the
months before show the children of today as they came, not those who have gone since.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from desktop.models import figures as model
from desktop.models import groups as groups_model
from desktop.models.figures import Enrollment
from desktop.services.cache import Cache
from desktop.services.calendar import PORTAL_TZ
from desktop.services.forecast import month_key, months_from

if TYPE_CHECKING:  # the exports' libraries load when a file is made, not at start
    from desktop.services.exports import ExportTable, Labels

MONTHS = 12
# Days from request to enrollment, in bands (both ends in; None: and more).
WAIT_BANDS: tuple[tuple[int, int | None], ...] = (
    (0, 2), (3, 5), (6, 10), (11, 20), (21, 30), (31, None))


@dataclass(frozen=True)
class MonthPlaces:
    month: str  # YYYY-MM
    enrolled: int  # children enrolled by the month's end
    capacity: int  # the places of today's groups


@dataclass(frozen=True)
class WaitBand:
    low: int
    high: int | None
    requests: int


@dataclass(frozen=True)
class Figures:
    occupancy: list[MonthPlaces]
    statuses: list[tuple[str, int]]  # the most requests first
    waits: list[WaitBand]
    enrollments: list[Enrollment]  # the rows behind the occupancy and the waits
    group_names: dict[int, str]
    median_days: float | None

    @property
    def empty(self) -> bool:
        return not self.enrollments and not self.statuses


def waited(enrollment: Enrollment) -> int | None:
    """Days from the request reaching the kindergarten to the child's enrollment, on the
    portal's calendar (None when the request's arrival is unknown)."""
    if enrollment.requested_at is None:
        return None
    arrived = enrollment.requested_at.astimezone(PORTAL_TZ).date()
    return max((enrollment.enrolled_on - arrived).days, 0)


def first_month(today: date, months: int) -> date:
    """The first day of the month `months - 1` months before `today`'s."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def occupancy(enrollments: list[Enrollment], capacity: int, today: date,
              months: int = MONTHS) -> list[MonthPlaces]:
    """The children enrolled by the end of each of the last `months` months."""
    firsts = months_from(first_month(today, months), months + 1)
    days = sorted(e.enrolled_on for e in enrollments)
    shown, counted = [], 0
    for first, following in pairwise(firsts):
        while counted < len(days) and days[counted] < following:
            counted += 1
        shown.append(MonthPlaces(month_key(first), counted, capacity))
    return shown


def wait_bands(days: list[int]) -> list[WaitBand]:
    return [WaitBand(low, high, sum(1 for d in days if low <= d and (high is None or
                                                                     d <= high)))
            for low, high in WAIT_BANDS]


def collect(cache: Cache, today: date, months: int = MONTHS) -> Figures:
    with cache.read() as session:
        found = model.enrollments(session)
        statuses = model.by_status(session)
        groups = groups_model.places(session)
    days = [d for d in (waited(e) for e in found) if d is not None]
    return Figures(
        occupancy=occupancy(found, sum(g.capacity for g in groups), today, months),
        statuses=sorted(statuses.items(), key=lambda item: (-item[1], item[0])),
        waits=wait_bands(days), enrollments=found,
        group_names={g.id: g.name for g in groups},
        median_days=statistics.median(days) if days else None)


# --- the tables behind the figures ----------------------------------------------------------

# The tables' columns; `Labels.headings` names each, `Labels.texts` the tables' titles
# (TABLE_TITLES) and the bands ("band": "{low}–{high}", "band_open": "{low} and more"),
# `Labels.values["status"]` the statuses.
TABLE_TITLES = ("occupancy_title", "status_title", "waits_title", "enrollments_title")


def _first_day(month: str) -> date:
    return date.fromisoformat(f"{month}-01")


def band_text(band: WaitBand, labels: Labels) -> str:
    if band.high is None:
        return labels.text("band_open").format(low=band.low)
    return labels.text("band").format(low=band.low, high=band.high)


def tables(figures: Figures, labels: Labels) -> list[ExportTable]:
    """The figures' data, a table each, and the enrolled children's requests behind them."""
    from desktop.services.exports import DATE_FORMAT, ExportTable

    heading = labels.headings.get
    month_format = {0: "MM.YYYY"}
    rows: list[tuple[Any, ...]] = [
        (e.number, figures.group_names.get(e.group_id or 0, ""),
         e.requested_at.astimezone(PORTAL_TZ).date() if e.requested_at else None,
         e.enrolled_on, waited(e)) for e in figures.enrollments]
    return [
        ExportTable(labels.text("occupancy_title"),
                    [heading(k, k) for k in ("month", "enrolled", "capacity")],
                    [(_first_day(m.month), m.enrolled, m.capacity) for m in figures.occupancy],
                    formats=month_format),
        ExportTable(labels.text("status_title"),
                    [heading(k, k) for k in ("status", "requests")],
                    [(labels.value("status", code), count) for code, count in figures.statuses]),
        ExportTable(labels.text("waits_title"),
                    [heading(k, k) for k in ("days", "requests")],
                    [(band_text(b, labels), b.requests) for b in figures.waits]),
        ExportTable(labels.text("enrollments_title"),
                    [heading(k, k) for k in ("number", "group", "requested", "enrolled_on",
                                             "days")],
                    rows, formats={2: DATE_FORMAT, 3: DATE_FORMAT}),
    ]
