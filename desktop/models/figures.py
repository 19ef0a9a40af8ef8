"""What the figures are drawn from, read from the cache: each enrolled child's request with
the day it was enrolled (from the request's journal), and the requests counted by status.

The enrollment day is the portal's: the journal entry that moved the request to
`enrolled`, its moment in the portal's time zone (so its first ten characters are the
local day). Plain SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from desktop.models.domain import Status
from desktop.models.tables import Request


@dataclass(frozen=True)
class Enrollment:
    """An enrolled child's request: when it reached the kindergarten and when the child
    was enrolled."""

    request_id: int
    number: int
    group_id: int | None
    requested_at: datetime | None
    enrolled_on: date


def enrollments(session: Session) -> list[Enrollment]:
    """The enrolled requests with their enrollment day, the earliest first. SQLite reads
    the journal (json_each) of the enrolled requests only, found by the status index."""
    history = func.json_each(Request.data, "$.history").table_valued("value")
    moment = func.json_extract(history.c.value, "$.at")
    rows = session.execute(
        select(Request.id, Request.number, Request.group_id, Request.requested_at,
               func.substr(func.max(moment), 1, 10))
        .join(history, true())
        .where(Request.status == Status.ENROLLED.value,
               func.json_extract(history.c.value, "$.to_status") == Status.ENROLLED.value)
        .group_by(Request.id))
    found = []
    for request_id, number, group_id, requested_at, day in rows:
        try:
            enrolled_on = date.fromisoformat(str(day))
        except ValueError:
            continue  # a journal entry without a readable moment says nothing of when
        found.append(Enrollment(request_id, number, group_id, requested_at, enrolled_on))
    return sorted(found, key=lambda e: (e.enrolled_on, e.request_id))


def by_status(session: Session) -> dict[str, int]:
    """How many requests the cache holds in each status (counted in the status index)."""
    return {str(status): int(count) for status, count in session.execute(
        select(Request.status, func.count()).group_by(Request.status))}
