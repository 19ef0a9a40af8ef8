"""The outbox's actions as the Needs attention and Waiting pages and the `outbox` command
show them: each with what names it for a person (the request's number and child, the
group's name).

A kindergarten's outbox holds tens of actions, so the rows are read whole. SQLAlchemy and
the tables load with the first read, on the worker that runs it, not with the pages that
import this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.models.sessions import Sessions


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


def attention(cache: Sessions) -> list[AttentionRow]:
    """The actions the portal did not apply."""
    return rows(cache, ("attention",))


def waiting(cache: Sessions) -> list[AttentionRow]:
    """The actions still on their way to the portal."""
    return rows(cache, ("pending",))


def rows(cache: Sessions, states: tuple[str, ...]) -> list[AttentionRow]:
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


def _id(args: dict[str, Any], key: str) -> int:
    """An intent's object id, or -1 (matching nothing) where it names none."""
    value = args.get(key)
    return value if isinstance(value, int) else -1
