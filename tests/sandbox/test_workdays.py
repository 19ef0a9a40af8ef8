"""The one calendar service: Kazakh working days and the deadlines built on them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from portal_sandbox.workdays import (
    PORTAL_TZ,
    DayUnit,
    add_working_days,
    deadline_after,
    extend_deadline,
    is_last_day,
    is_working_day,
    working_days_between,
)


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=PORTAL_TZ)  # type: ignore[misc]


def test_the_guides_worked_example() -> None:
    # Issued Thursday 06.02.2025: confirm by Monday 10.02.2025 23:59:59.
    assert deadline_after(local(2025, 2, 6, 16, 46), 2) == local(2025, 2, 10, 23, 59, 59)


def test_calendar_days_setting_counts_weekends() -> None:
    issued = local(2025, 2, 6, 16, 46)
    assert deadline_after(issued, 2, DayUnit.CALENDAR) == local(2025, 2, 8, 23, 59, 59)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 3, 21), False),  # Nauryz
        (date(2025, 3, 24), False),  # Nauryz falling on the weekend, observed on Monday
        (date(2025, 3, 25), False),
        (date(2025, 3, 26), True),
        (date(2025, 1, 3), False),  # a day off transferred from a weekend
        (date(2025, 12, 16), False),  # Independence Day
        (date(2025, 2, 8), False),  # an ordinary Saturday
        (date(2025, 2, 10), True),
    ],
)
def test_working_days_follow_the_kazakh_calendar(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_deadline_across_nauryz() -> None:
    # Thursday 20.03.2025: the 21st to the 25th are all days off, so the 26th and 27th count.
    assert deadline_after(local(2025, 3, 20, 10), 2) == local(2025, 3, 27, 23, 59, 59)


def test_deadline_counts_from_the_local_day() -> None:
    # 20:30 in Almaty is still Thursday although it is 15:30 UTC; 00:30 local is Friday.
    assert deadline_after(local(2025, 2, 6, 23, 30), 2) == local(2025, 2, 10, 23, 59, 59)
    assert deadline_after(local(2025, 2, 7, 0, 30), 2) == local(2025, 2, 11, 23, 59, 59)


def test_five_day_window_and_its_extension() -> None:
    confirmed = local(2025, 2, 7, 11)
    window = deadline_after(confirmed, 5)
    assert window == local(2025, 2, 14, 23, 59, 59)
    assert not is_last_day(window, local(2025, 2, 13, 12))
    assert is_last_day(window, local(2025, 2, 14, 9))
    assert not is_last_day(window, local(2025, 2, 15, 0, 0, 1))
    assert extend_deadline(window, 2) == local(2025, 2, 18, 23, 59, 59)


def test_counting_helpers_agree() -> None:
    start = date(2025, 3, 18)
    for count in range(1, 30):
        end = add_working_days(start, count)
        assert working_days_between(start, end) == count
        assert is_working_day(end)
    with pytest.raises(ValueError):
        add_working_days(start, 0)
