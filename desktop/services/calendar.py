"""Working days on Kazakhstan's calendar, as the portal counts them, for the deadline column.

The portal owns the rules; the client only shows how many working days a parent has left,
from the deadline the portal sent, on the same calendar (the `holidays` package's KZ one).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

PORTAL_TZ = ZoneInfo("Asia/Almaty")


@lru_cache(maxsize=1)
def _calendar() -> holidays.HolidayBase:
    return holidays.country_holidays("KZ")


def is_working_day(day: date) -> bool:
    return bool(_calendar().is_working_day(day))


def working_days_left(deadline: datetime, now: datetime) -> int:
    """Working days after today up to the deadline's day: 0 on the last day itself (and
    after it, when the portal is about to close the window)."""
    today = now.astimezone(PORTAL_TZ).date()
    last = deadline.astimezone(PORTAL_TZ).date()
    if last < today:
        return 0
    days, current = 0, today + timedelta(days=1)
    while current <= last:
        if is_working_day(current):
            days += 1
        current += timedelta(days=1)
    return days


def deadline_until(now: datetime, days: int) -> datetime:
    """The first instant with more than `days` working days left: the start (portal time)
    of the (days + 1)-th working day after today, as `working_days_left` counts them."""
    day, found = now.astimezone(PORTAL_TZ).date(), 0
    while found <= days:
        day += timedelta(days=1)
        if is_working_day(day):
            found += 1
    return datetime.combine(day, datetime.min.time(), PORTAL_TZ).astimezone(UTC)


def format_date(value: date | None) -> str:
    """dd.MM.yyyy, as the desk writes every day (screens, papers, the command line). Written
    out by hand: strftime does not pad a year before 1000 (the cache's `date.min`)."""
    return "" if value is None else f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def format_datetime(value: datetime | None) -> str:
    """dd.MM.yyyy HH:mm on the portal's clock (Asia/Almaty, where deadlines are counted)."""
    if value is None:
        return ""
    local = value.astimezone(PORTAL_TZ)
    return f"{format_date(local.date())} {local:%H:%M}"
