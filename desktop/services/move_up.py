"""The September move-up: every group takes children a year older, and the children who
start school that September leave it.

The director sees the plan first (each group's new age band, who stays and who leaves),
then applies it in one step: one `update_group` intent per group whose band changes, all
recorded in one transaction with their local effect. Until the portal has been sent any of
them, the move-up can be undone: its intents are withdrawn and their effect with them, in
one transaction too (services/actions.py `withdraw_entries`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import groups as model
from desktop.models.tables import Group, OutboxEntry
from desktop.services import roles
from desktop.services.actions import ActionRefused, check_role, record, withdraw_entries
from desktop.services.cache import Cache, meta, set_meta
from desktop.services.forecast import SCHOOL_DAY, school_start
from desktop.services.groups import base_version

MOVE_UP_META = "move_up_seqs"
NOTHING_TO_MOVE = "nothing_to_move"
MOVE_UP_SENT = "move_up_sent"
NO_MOVE_UP = "no_move_up"


@dataclass(frozen=True)
class GroupMove:
    """One group's move: its band now and after, who stays and who leaves for school."""

    group: model.GroupPlaces
    age_from: int
    age_to: int
    staying: tuple[model.RosterRow, ...]
    leaving: tuple[model.RosterRow, ...]

    @property
    def changes(self) -> bool:
        return (self.age_from, self.age_to) != (self.group.age_from, self.group.age_to)


def move_up_day(today: date) -> date:
    """The 1 September of the move-up: this year's until the end of September, then the
    next year's."""
    year = today.year if today.month <= SCHOOL_DAY[0] else today.year + 1
    return date(year, *SCHOOL_DAY)


def plan(cache: Cache, today: date) -> tuple[date, list[GroupMove]]:
    """Every open group (not the ones waiting to be created) with its move."""
    day = move_up_day(today)
    moves = []
    with cache.read() as session:
        for group in model.places(session):
            if group.provisional:
                continue
            children = model.roster(session, group.id)
            leaving = tuple(c for c in children
                            if c.birth_date is not None and school_start(c.birth_date) <= day)
            staying = tuple(c for c in children if c not in leaving)
            age_to = min(group.age_to + 1, model.MAX_AGE)
            age_from = min(group.age_from + 1, age_to)
            moves.append(GroupMove(group, age_from, age_to, staying, leaving))
    return day, moves


def apply(cache: Cache, moves: Iterable[GroupMove],
          acting: Iterable[str] | None = None) -> list[OutboxEntry]:
    """One intent per group whose band changes, all in one transaction."""
    check_role(roles.UPDATE_GROUP, acting)
    chosen = [m for m in moves if m.changes]
    if not chosen:
        raise ActionRefused(NOTHING_TO_MOVE, "no group's age band changes")
    with cache.write() as session:
        entries = []
        for move in chosen:
            row = session.get(Group, move.group.id)
            if row is None or row.data.get("closed"):
                raise ActionRefused("group_not_found", f"there is no group {move.group.id}",
                                    {"group_id": move.group.id})
            entries.append(record(session, "update_group", {
                "group_id": row.id, "base_version": base_version(session, row),
                "age_from": move.age_from, "age_to": move.age_to}))
        session.flush()
        set_meta(session, MOVE_UP_META, [e.seq for e in entries])
        return entries


def _recorded(session: Session) -> list[OutboxEntry]:
    seqs = meta(session, MOVE_UP_META, None) or []
    return list(session.scalars(select(OutboxEntry).where(OutboxEntry.seq.in_(seqs))))


def can_undo(cache: Cache) -> bool:
    """A move-up was applied here and none of its intents has left this computer."""
    with cache.read() as session:
        entries = _recorded(session)
        return bool(entries) and all(e.state == "pending" and not e.attempts for e in entries)


def undo(cache: Cache, acting: Iterable[str] | None = None) -> int:
    """Withdraw the move-up's intents and their local effect; how many were withdrawn."""
    check_role(roles.UPDATE_GROUP, acting)
    with cache.write() as session:
        entries = _recorded(session)
        if not entries:
            raise ActionRefused(NO_MOVE_UP, "no move-up waits to be sent")
        # One that was tried may have reached the portal (its answer lost): only the
        # portal's answer settles it now.
        if any(e.state != "pending" or e.attempts for e in entries):
            raise ActionRefused(MOVE_UP_SENT, "the move-up has been sent to the portal")
        withdraw_entries(session, entries)
        set_meta(session, MOVE_UP_META, None)
        return len(entries)
