"""What the Contracts and Needs-attention pages show, read from the cache.

These run on a worker (through Tasks) and return plain frozen rows, so the item models
never touch SQLAlchemy on the GUI thread. A kindergarten has tens of groups and hundreds
of contracts a year, so these pages take their rows whole; the requests list, which can
hold a whole city's applications, is the one that pages by id. SQLAlchemy and the tables
load with the first read, on its worker, not with the pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.models import request_list
from desktop.models.request_list import RowData
from desktop.services.cache import Cache


@dataclass(frozen=True)
class AttentionRow:
    seq: int
    name: str
    args: dict[str, Any]
    created_at: datetime
    answered_at: datetime | None
    outcome: str | None
    code: str | None
    reason: str | None
    current: dict[str, Any] | None
    request_number: int | None
    group_name: str | None
    state: str = "attention"  # or "pending", still on its way to the portal
    child_name: str | None = None
    attempts: int = 0  # sends that may have reached the portal (then not withdrawable)


def attention(cache: Cache) -> list[AttentionRow]:
    return outbox(cache, ("attention",))


def waiting(cache: Cache) -> list[AttentionRow]:
    """The actions still on their way to the portal."""
    return outbox(cache, ("pending",))


def outbox(cache: Cache, states: tuple[str, ...]) -> list[AttentionRow]:
    """The outbox's actions in `states`, in their order, with what names them for a person
    (the request's number, the group's name)."""
    from sqlalchemy import select

    from desktop.models.tables import Group, OutboxEntry, Request

    with cache.read() as session:
        entries = list(session.scalars(select(OutboxEntry).where(
            OutboxEntry.state.in_(states)).order_by(OutboxEntry.seq)))
        request_ids = {e.args.get("request_id") for e in entries} - {None}
        found = {rid: (number, child) for rid, number, child in session.execute(
            select(Request.id, Request.number, Request.child_name).where(
                Request.id.in_(request_ids)))}
        numbers = {rid: number for rid, (number, _child) in found.items()}
        children = {rid: child for rid, (_number, child) in found.items()}
        group_names = {gid: name for gid, name in session.execute(select(Group.id, Group.name))}
        return [AttentionRow(
            seq=e.seq, name=e.name, args=dict(e.args), created_at=e.created_at,
            answered_at=e.answered_at, outcome=e.outcome, code=e.code, reason=e.reason,
            current=e.current,
            request_number=numbers.get(_id(e.args, "request_id"),
                                       (e.subject or {}).get("request_number")),
            group_name=group_names.get(_id(e.args, "group_id"),
                                       (e.subject or {}).get("group_name")),
            state=e.state,
            child_name=children.get(_id(e.args, "request_id"),
                                    (e.subject or {}).get("child_name")),
            attempts=e.attempts)
            for e in entries]


def kindergarten_name(cache: Cache, kindergarten_id: int) -> str:
    from desktop.models.tables import Kindergarten

    with cache.read() as session:
        row = session.get(Kindergarten, kindergarten_id)
        return row.name if row is not None else ""


def _id(args: dict[str, Any], key: str) -> int:
    """An intent's object id, or -1 (matching nothing) where it names none."""
    value = args.get(key)
    return value if isinstance(value, int) else -1


# Read in pieces: SQLite takes a bounded number of parameters in one statement.
_ROWS_AT_ONCE = 500


def request_rows(cache: Cache, ids: list[int]) -> list[RowData]:
    """The list's rows (`request_list.RowData`) of the requests `ids`, in that order; those
    the cache no longer holds are left out. Plain SQL, quick enough for a context menu's
    few rows on the GUI thread."""
    found: dict[int, RowData] = {}
    with cache.connection() as connection:
        for start in range(0, len(ids), _ROWS_AT_ONCE):
            found.update(request_list.rows(connection, ids[start:start + _ROWS_AT_ONCE]))
    return [found[i] for i in dict.fromkeys(ids) if i in found]


def group_request_ids(cache: Cache, group_ids: list[int]) -> list[int]:
    """The requests of these groups, by number (a group's list to print or export)."""
    if not group_ids:
        return []
    marks = ", ".join("?" * len(group_ids))
    with cache.connection() as connection:
        return [row[0] for row in connection.execute(
            f"SELECT id FROM requests WHERE group_id IN ({marks}) ORDER BY number, id",
            group_ids).fetchall()]
