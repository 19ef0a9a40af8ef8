"""Accepting or declining several requests in one step, each checked as if it were alone.

Each request goes through the single decision of `services.actions` (its own transaction,
its outbox row and local effect), in the order given, so an accept's reserved place counts
against the next accept in the same group, exactly as if the director had accepted them
one after the other. What cannot be recorded is refused with its reasons and the rest go
on: the result says, per request, what was recorded and what was refused and why.

`plan` says the same beforehand without writing anything, for the confirmation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from desktop.models import groups
from desktop.models.tables import Group, Request
from desktop.services import actions, review, roles
from desktop.services.actions import ActionRefused
from desktop.services.cache import Cache

DECISIONS = (roles.ACCEPT_REQUEST, roles.DECLINE_REQUEST)


@dataclass(frozen=True)
class Outcome:
    """One request's part of a batch: recorded (`refusal` None), or refused and why."""

    request_id: int
    number: int | None  # None: the request is no longer in the cache
    child_name: str
    refusal: ActionRefused | None = None

    @property
    def recorded(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class Batch:
    action: str  # roles.ACCEPT_REQUEST or DECLINE_REQUEST
    outcomes: tuple[Outcome, ...]

    @property
    def recorded(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.recorded]

    @property
    def refused(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.recorded]


def _unknown(request_id: int) -> Outcome:
    return Outcome(request_id, None, "", ActionRefused(
        "not_found", f"there is no request {request_id} in the cache"))


def plan(cache: Cache, action: str, request_ids: Sequence[int]) -> Batch:
    """What deciding would do, request by request, without recording anything: the same
    checks as `decide`, places taken by the accepts before each counted."""
    if action not in DECISIONS:
        raise KeyError(action)
    taken: dict[int, int] = {}  # places the planned accepts reserve, by group
    outcomes = []
    with cache.read() as session:
        for request_id in dict.fromkeys(request_ids):
            request = session.get(Request, request_id)
            if request is None:
                outcomes.append(_unknown(request_id))
                continue
            outcome = Outcome(request.id, request.number, request.child_name)
            block = review.decision_block(action, request.status, request.review,
                                          request.pending)
            if block is not None:
                outcomes.append(replace(outcome, refusal=actions.refused((block,))))
                continue
            if action == roles.ACCEPT_REQUEST:
                group = session.get(Group, request.group_id) \
                    if request.group_id is not None else None
                # As the group would be after the accepts planned before this one.
                planned = None if group is None else replace(
                    groups.record(group), reserved=group.reserved + taken.get(group.id, 0))
                checked = review.review_accept(request.child_birth_date,
                                               request.languages.split(","), planned)
                if not checked.ok:
                    outcomes.append(replace(outcome, refusal=actions.refused(checked.reasons)))
                    continue
                if group is not None:
                    taken[group.id] = taken.get(group.id, 0) + 1
            outcomes.append(outcome)
    return Batch(action, tuple(outcomes))


def decide(cache: Cache, action: str, request_ids: Sequence[int], *, reason: str = "",
           comment: str = "", acting: Iterable[str] | None = None) -> Batch:
    """Accept or decline each request as the single decision does, in order. A role that
    may not, or a decline without a usable reason or comment, refuses the whole batch
    (ActionRefused) before anything is recorded; a request's own refusal refuses it alone."""
    if action not in DECISIONS:
        raise KeyError(action)
    acting = None if acting is None else list(acting)
    actions.check_role(action, acting)
    if action == roles.DECLINE_REQUEST:
        actions.check_decline(reason, comment)
    named = {o.request_id: o for o in plan(cache, action, request_ids).outcomes}
    outcomes = []
    for request_id in dict.fromkeys(request_ids):
        known = named.get(request_id) or _unknown(request_id)
        try:
            if action == roles.ACCEPT_REQUEST:
                actions.accept(cache, request_id, acting)
            else:
                actions.decline(cache, request_id, reason, comment, acting)
        except ActionRefused as refusal:
            outcomes.append(replace(known, refusal=refusal))
        else:
            outcomes.append(replace(known, refusal=None))
    return Batch(action, tuple(outcomes))
