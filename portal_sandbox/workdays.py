"""The one calendar service: Kazakhstan's working days and every deadline built on them.

All deadlines of the lifecycle are computed here, from one holiday source (the `holidays`
package's KZ calendar, which knows observed days off and days transferred onto weekends),
in the portal's time zone, so that the queue, the scheduler and the API never disagree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

PORTAL_TZ = ZoneInfo("Asia/Almaty")
END_OF_DAY = time(23, 59, 59)


class DayUnit(StrEnum):
    """How the confirmation deadline counts: the guide says both (see docs/lifecycle.md)."""

    WORKING = "working"
    CALENDAR = "calendar"


@lru_cache(maxsize=1)
def _kz_calendar() -> holidays.HolidayBase:
    # One shared instance: it expands itself year by year as dates are looked up.
    return holidays.country_holidays("KZ")


def local_date(moment: datetime) -> date:
    """The calendar day a moment falls on in the portal's time zone."""
    return moment.astimezone(PORTAL_TZ).date()


def end_of_day(day: date) -> datetime:
    """23:59:59 local time of `day`, as an aware UTC datetime."""
    return datetime.combine(day, END_OF_DAY, tzinfo=PORTAL_TZ).astimezone(UTC)


def is_working_day(day: date) -> bool:
    return bool(_kz_calendar().is_working_day(day))


def holiday_name(day: date) -> str | None:
    name = _kz_calendar().get(day)
    return str(name) if name else None


def add_working_days(day: date, count: int) -> date:
    """The `count`-th working day after `day` (the day itself never counts)."""
    if count < 1:
        raise ValueError("count must be at least 1")
    current = day
    remaining = count
    while remaining:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    days = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current):
            days += 1
    return days


def deadline_after(event: datetime, count: int, unit: DayUnit = DayUnit.WORKING) -> datetime:
    """End of the `count`-th (working or calendar) day after the local day of `event`.

    Issued Thursday 06.02.2025 with 2 working days: confirm by Monday 10.02.2025 23:59:59.
    """
    day = local_date(event)
    if unit is DayUnit.WORKING:
        last = add_working_days(day, count)
    else:
        last = day + timedelta(days=count)
    return end_of_day(last)


def extend_deadline(deadline: datetime, working_days: int) -> datetime:
    """Move a deadline on by working days counted from its own last day."""
    return end_of_day(add_working_days(local_date(deadline), working_days))


def is_last_day(deadline: datetime, now: datetime) -> bool:
    """Whether `now` falls on the deadline's last local day (the 5th day of the window)."""
    return local_date(now) == local_date(deadline) and now <= deadline
