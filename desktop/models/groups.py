"""Groups as the cache knows them: their places, their children, and the children's ages.

A group's enrolled and reserved counts are the portal's (kept in the group's row and moved
at once by a local decision's optimistic effect); its roster and the ages of its children
come from the requests that hold a place in it: enrolled, or accepted with the contract
not yet countersigned. One aggregate query serves a whole page of groups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Integer, and_, bindparam, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from desktop.models.domain import WINDOW_STATUSES, Status
from desktop.models.group_records import (
    ENROLLED,
    KINDS,
    LANGUAGES,
    MAX_AGE,
    MAX_CAPACITY,
    MIN_AGE,
    MIN_CAPACITY,
    RESERVED,
    GroupPlaces,
    RosterRow,
    age_on,
)
from desktop.models.tables import Contract, Group, OutboxEntry, PortalState, Request

__all__ = ["ENROLLED", "KINDS", "LANGUAGES", "MAX_AGE", "MAX_CAPACITY", "MIN_AGE",
           "MIN_CAPACITY", "RESERVED", "GroupPlaces", "RosterRow", "age_on"]

def _holding() -> Any:
    """Requests that hold a place in their group.

    Status and review are compared through coalesce(): SQLite's planner, without
    statistics, would otherwise join their two indexes for the OR and read each row (its
    JSON decrypted); so it reads ix_requests_group_places, which holds every column the
    places and ages need."""
    status, review = func.coalesce(Request.status, ""), func.coalesce(Request.review, "")
    return and_(Request.group_id.is_not(None), or_(
        status == Status.ENROLLED.value,
        and_(review == "accepted", status.in_([s.value for s in WINDOW_STATUSES]))))


def pending_group_ids(session: Session) -> set[int]:
    """Groups a pending intent is about: their shown state is this desk's, not yet the
    portal's. A decision on a request is about the request's group; a transfer about
    both of its groups."""
    ids: set[int] = set()
    request_ids: set[int] = set()
    for args in session.scalars(_PENDING_ARGS):
        if isinstance(args.get("group_id"), int):
            ids.add(args["group_id"])
        if isinstance(args.get("request_id"), int):
            request_ids.add(args["request_id"])
    if request_ids:
        ids.update(g for g in session.scalars(select(Request.group_id).where(
            Request.id.in_(request_ids))) if g is not None)
        # Where the request was before this desk moved it: the portal's word.
        ids.update(g for g in (s.data.get("group_id") for s in session.scalars(
            select(PortalState).where(PortalState.type == "request",
                                      PortalState.id.in_(request_ids))))
            if isinstance(g, int))
    return ids


def record(group: Group) -> GroupPlaces:
    """One group's row as its record (see GroupPlaces for what `pending` and `by_age` hold
    then); the kind, educators and room as `places` reads them from the portal's JSON."""
    data = group.data or {}
    return GroupPlaces(
        id=group.id, version=group.version, name=group.name, age_from=group.age_from,
        age_to=group.age_to, language=group.language, kind=str(data.get("kind") or "general"),
        educators=str(data.get("educators") or ""), room=str(data.get("room") or ""),
        capacity=group.capacity, enrolled=group.enrolled, reserved=group.reserved,
        starts_on=group.starts_on, pending=group.id < 0)


def open_groups(session: Session) -> list[Group]:
    """The groups that take children, youngest first (a closed group keeps its history on
    the portal but leaves every list here)."""
    return [g for g in session.scalars(select(Group).order_by(Group.age_from, Group.age_to,
                                                               Group.name))
            if not g.data.get("closed")]


def _age_on_start() -> Any:
    """A child's full years on their group's first day, in SQL. Dates are ISO text, so
    the years and the month-days are cut out with substr(), which costs SQLite a third
    of what strftime() does (it parses the whole date on every call)."""
    start, birth = Group.starts_on, Request.child_birth_date
    return (cast(func.substr(start, 1, 4), Integer) - cast(func.substr(birth, 1, 4), Integer)
            - case((func.substr(start, 6, 5) < func.substr(birth, 6, 5), 1), else_=0))


def _data(key: str) -> Any:
    return func.json_extract(Group.data, f"$.{key}")


# Children are counted by age in one integer per group: each child adds 1 << (AGE_BITS *
# age), so SQLite sums in the index's order instead of sorting every child by group and
# age (which tripled the time). A field holds 0 to 63; ages 0 to MAX_AGE fit in 48 bits,
# so the sum never overflows. A child outside those ages, or a field over 63, makes the
# fields add up to fewer children than counted, and that group's ages are counted
# exactly instead (`_exact_ages`).
AGE_BITS = 6
_FIELD = (1 << AGE_BITS) - 1
_PACKED_AGES = range(MAX_AGE + 1)


def _places_statement() -> Any:
    """Every open group's row with its children (those with a birth date) counted, and
    their ages packed, youngest group first: one row per group, from the covering index."""
    dated = Request.child_birth_date != date.min
    return (select(Group.id, Group.version, Group.name, Group.age_from, Group.age_to,
                   Group.language, _data("kind"), _data("educators"), _data("room"),
                   Group.capacity, Group.enrolled, Group.reserved, Group.starts_on,
                   func.count(Request.group_id),
                   func.sum(literal(1).op("<<")(AGE_BITS * _age_on_start())))
            .outerjoin(Request, and_(Request.group_id == Group.id, _holding(), dated))
            # json_extract gives 1 for true; a closed group leaves every list.
            .where(func.coalesce(_data("closed"), 0) == 0)
            .group_by(Group.id)
            .order_by(Group.age_from, Group.age_to, Group.name, Group.id))


def _exact_statement() -> Any:
    age = _age_on_start()
    return (select(Request.group_id, age, func.count())
            .join(Group, Group.id == Request.group_id)
            .where(_holding(), Request.child_birth_date != date.min,
                   Request.group_id.in_(bindparam("groups", expanding=True)))
            .group_by(Request.group_id, age))


# Built once: building the expressions cost more than SQLite's answer.
_PLACES = _places_statement()
_EXACT_AGES = _exact_statement()
_PENDING_ARGS = select(OutboxEntry.args).where(OutboxEntry.state == "pending")


def _unpacked(packed: int | None, children: int) -> dict[int, int] | None:
    """The ages' counts from their packed sum; None when they do not add up."""
    packed = packed or 0
    ages = {age: n for age in _PACKED_AGES
            if (n := (packed >> (AGE_BITS * age)) & _FIELD)}
    if packed >> (AGE_BITS * len(_PACKED_AGES)) or sum(ages.values()) != children:
        return None
    return ages


def _exact_ages(session: Session, group_ids: list[int]) -> dict[int, dict[int, int]]:
    ages: dict[int, dict[int, int]] = {g: {} for g in group_ids}
    for group_id, years, count in session.execute(_EXACT_AGES, {"groups": group_ids}):
        ages[group_id][int(years)] = int(count)
    return ages


def places(session: Session) -> list[GroupPlaces]:
    """Every open group with its places and its children's ages on its start day, read in
    one statement (SQLite counts; Python only unpacks one number per group)."""
    pending = pending_group_ids(session)
    shown: list[GroupPlaces] = []
    unsure: list[int] = []
    for (group_id, version, name, age_from, age_to, language, kind, educators, room,
         capacity, enrolled, reserved, starts_on, children, packed) in session.execute(
            _PLACES):
        by_age = _unpacked(packed, children)
        if by_age is None:
            unsure.append(group_id)
        shown.append(GroupPlaces(
            id=group_id, version=version, name=name, age_from=age_from, age_to=age_to,
            language=language, kind=str(kind or "general"), educators=str(educators or ""),
            room=str(room or ""), capacity=capacity, enrolled=enrolled, reserved=reserved,
            starts_on=starts_on, pending=group_id in pending or group_id < 0,
            by_age=by_age or {}))
    if unsure:
        exact = _exact_ages(session, unsure)
        shown = [replace(g, by_age=exact[g.id]) if g.id in exact else g for g in shown]
    return shown


def group_places(session: Session, group_id: int) -> GroupPlaces | None:
    return next((g for g in places(session) if g.id == group_id), None)


def _enrolled_on(data: dict[str, Any]) -> date | None:
    for entry in reversed(data.get("history") or []):
        if entry.get("to_status") == Status.ENROLLED.value and entry.get("at"):
            try:
                return date.fromisoformat(str(entry["at"])[:10])
            except ValueError:
                return None
    return None


def roster(session: Session, group_id: int) -> list[RosterRow]:
    """The children enrolled in, or reserved for, a group, by name."""
    group = session.get(Group, group_id)
    if group is None:
        return []
    requests = list(session.scalars(select(Request).where(
        _holding(), Request.group_id == group_id).order_by(Request.child_name, Request.id)))
    with_contract = set(session.scalars(select(Contract.request_id).where(
        Contract.request_id.in_([r.id for r in requests]))))
    rows = []
    for r in requests:
        birth = None if r.child_birth_date == date.min else r.child_birth_date
        # A contract carries its request's number (desktop/services/contracts.py).
        has_contract = r.id in with_contract or r.data.get("contract_id") is not None
        number = str(r.number) if has_contract else ""
        enrolled = r.status == Status.ENROLLED.value
        rows.append(RosterRow(
            request_id=r.id, number=r.number, child_iin=r.child_iin, name=r.child_name,
            birth_date=birth, age=age_on(birth, group.starts_on) if birth else None,
            contract_number=number, since=_enrolled_on(r.data) if enrolled else None,
            status=ENROLLED if enrolled else RESERVED,
            languages=tuple(x for x in r.languages.split(",") if x), pending=r.pending))
    return rows


def names(session: Session, *, except_id: int | None = None) -> list[str]:
    """The names of the open groups (but one), for the duplicate-name check."""
    return [g.name for g in open_groups(session) if g.id != except_id]


def children_born(session: Session, group_ids: Iterable[int]) -> dict[int, list[date]]:
    """The birth dates of the children holding a place in each group (for the forecast)."""
    wanted = list(group_ids)
    born: dict[int, list[date]] = {g: [] for g in wanted}
    for group_id, birth in session.execute(select(Request.group_id, Request.child_birth_date)
                                           .where(_holding(), Request.group_id.in_(wanted))):
        if group_id is not None and birth != date.min:
            born[group_id].append(birth)
    return born
