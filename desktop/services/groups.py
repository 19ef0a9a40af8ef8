"""Groups and capacity: the rules a change must pass before it is queued, and the intents
that carry it to the portal (through the outbox, with its local effect; offline too).

The portal refuses the same things (portal_sandbox/mutations.py); checked here first, a
change that would bounce is never queued, so nothing lands in Needs attention that the
desk could have told at once. Refusals are `ActionRefused` with a stable code and its
numbers; the window and the command line word them in the person's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import groups as model
from desktop.models.domain import WINDOW_STATUSES, Status
from desktop.models.tables import Group, OutboxEntry, Request
from desktop.services import roles
from desktop.services.actions import ActionRefused, check_role, record
from desktop.services.cache import Cache

# Refusal codes (params in braces)
NAME_EMPTY = "group_name_empty"
NAME_TAKEN = "group_name_taken"  # {name}
AGES_EMPTY = "ages_empty"
AGES_INVERTED = "ages_inverted"  # {age_from, age_to}
AGES_OUT_OF_RANGE = "ages_out_of_range"  # {low, high}
LANGUAGE_UNKNOWN = "group_language_unknown"  # {language}
KIND_UNKNOWN = "group_kind_unknown"  # {kind}
CAPACITY_OUT_OF_RANGE = "capacity_out_of_range"  # {capacity, low, high}
CAPACITY_BELOW_TAKEN = "capacity_below_taken"  # {capacity, enrolled, reserved}
GROUP_NOT_FOUND = "group_not_found"  # {group_id}
GROUP_PROVISIONAL = "group_provisional"  # created here, not yet on the portal
GROUP_NOT_EMPTY = "group_not_empty"  # {enrolled, reserved}
NOT_PLACED = "child_not_placed"  # {status}
SAME_GROUP = "same_group"
TARGET_FULL = "target_full"  # {name, capacity, enrolled, reserved}
TARGET_AGE = "target_age"  # {age, age_from, age_to, day}
TARGET_LANGUAGE = "target_language"  # {language, languages}
PLACES_NEGATIVE = "places_negative"  # {places}
TEXT_TOO_LONG = "text_too_long"  # {field, limit}

_AGES = re.compile(r"^\s*(\d+)\s*[-–—]\s*(\d+)\s*$")
# The portal's text limits.
NAME_LIMIT, EDUCATORS_LIMIT, ROOM_LIMIT = 200, 300, 100


@dataclass(frozen=True)
class GroupDraft:
    """A group as the director fills it in."""

    name: str
    age_from: int
    age_to: int
    language: str
    capacity: int
    kind: str = "general"
    educators: str = ""
    room: str = ""

    def args(self) -> dict[str, Any]:
        values = asdict(self)
        values["name"] = self.name.strip()
        values["educators"], values["room"] = self.educators.strip(), self.room.strip()
        return values


def parse_ages(text: str) -> tuple[int, int]:
    """`FROM-TO` (3-4, 3–4) as two ages; an empty or malformed band is refused."""
    found = _AGES.match(text or "")
    if found is None:
        raise ActionRefused(AGES_EMPTY, f"an age band is two ages, FROM-TO; got {text!r}")
    return int(found.group(1)), int(found.group(2))


def check_ages(age_from: int, age_to: int) -> None:
    if age_from > age_to:
        raise ActionRefused(AGES_INVERTED, f"the age band {age_from}-{age_to} is inverted: "
                            "the first age must not be above the second",
                            {"age_from": age_from, "age_to": age_to})
    if age_from < model.MIN_AGE or age_to > model.MAX_AGE:
        raise ActionRefused(AGES_OUT_OF_RANGE, f"ages go from {model.MIN_AGE} to "
                            f"{model.MAX_AGE}", {"low": model.MIN_AGE, "high": model.MAX_AGE})


def check_capacity(capacity: int, enrolled: int = 0, reserved: int = 0) -> None:
    if not model.MIN_CAPACITY <= capacity <= model.MAX_CAPACITY:
        raise ActionRefused(CAPACITY_OUT_OF_RANGE, f"a capacity is {model.MIN_CAPACITY} to "
                            f"{model.MAX_CAPACITY} places, not {capacity}",
                            {"capacity": capacity, "low": model.MIN_CAPACITY,
                             "high": model.MAX_CAPACITY})
    if capacity < enrolled + reserved:
        raise ActionRefused(CAPACITY_BELOW_TAKEN, f"a capacity of {capacity} is below the "
                            f"{enrolled} enrolled and {reserved} reserved children",
                            {"capacity": capacity, "enrolled": enrolled, "reserved": reserved})


def _check_text(field: str, text: str, limit: int) -> None:
    if len(text.strip()) > limit:
        raise ActionRefused(TEXT_TOO_LONG, f"the {field} keeps at most {limit} characters",
                            {"field": field, "limit": limit})


def name_taken(name: str, others: Iterable[str]) -> bool:
    """Names are told apart without regard to case or surrounding spaces (as the portal)."""
    wanted = name.strip().casefold()
    return any(other.strip().casefold() == wanted for other in others)


def check_draft(draft: GroupDraft, other_names: Iterable[str], enrolled: int = 0,
                reserved: int = 0) -> None:
    """Every rule a group's fields must pass; the first broken one is raised."""
    name = draft.name.strip()
    if not name:
        raise ActionRefused(NAME_EMPTY, "a group needs a name")
    _check_text("name", name, NAME_LIMIT)
    if name_taken(name, other_names):
        raise ActionRefused(NAME_TAKEN, f"the kindergarten already has a group “{name}”",
                            {"name": name})
    check_ages(draft.age_from, draft.age_to)
    if draft.language not in model.LANGUAGES:
        raise ActionRefused(LANGUAGE_UNKNOWN, f"the language is one of "
                            f"{', '.join(model.LANGUAGES)}", {"language": draft.language})
    if draft.kind not in model.KINDS:
        raise ActionRefused(KIND_UNKNOWN, f"the kind is one of {', '.join(model.KINDS)}",
                            {"kind": draft.kind})
    check_capacity(draft.capacity, enrolled, reserved)
    _check_text("educators", draft.educators, EDUCATORS_LIMIT)
    _check_text("room", draft.room, ROOM_LIMIT)


def _group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None or group.data.get("closed"):
        raise ActionRefused(GROUP_NOT_FOUND, f"there is no group {group_id} in the cache",
                            {"group_id": group_id})
    if group.id < 0:
        raise ActionRefused(GROUP_PROVISIONAL, "the group waits to be created on the portal: "
                            "sync first, then change it")
    return group


# Intents that move a group's version on the portal when they apply.
_BUMPS_NAMED_GROUP = frozenset({"update_group", "set_capacity", "transfer_child"})
_BUMPS_REQUESTS_GROUP = frozenset({"accept_request"})


def base_version(session: Session, group: Group) -> int:
    """The group's version once this desk's pending intents on it are applied: a change
    queued after another must not be refused for the first one's version step (a
    colleague's change in between still is, and lands in Needs attention)."""
    steps = 0
    for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.state == "pending")):
        if entry.name in _BUMPS_NAMED_GROUP and entry.args.get("group_id") == group.id:
            steps += 1
        elif entry.name in _BUMPS_REQUESTS_GROUP:
            request = session.get(Request, entry.args.get("request_id"))
            steps += request is not None and request.group_id == group.id
    return group.version + steps


def create(cache: Cache, draft: GroupDraft, acting: Iterable[str] | None = None
           ) -> OutboxEntry:
    check_role(roles.CREATE_GROUP, acting)
    with cache.write() as session:
        check_draft(draft, model.names(session))
        return record(session, "create_group", draft.args())


def update(cache: Cache, group_id: int, draft: GroupDraft,
           acting: Iterable[str] | None = None) -> list[OutboxEntry]:
    """Change a group's fields (one intent) and its capacity (another, when it changed),
    in one transaction: both reach the outbox or neither."""
    check_role(roles.UPDATE_GROUP, acting)
    with cache.write() as session:
        group = _group(session, group_id)
        check_draft(draft, model.names(session, except_id=group_id), group.enrolled,
                    group.reserved)
        fields = {k: v for k, v in draft.args().items() if k != "capacity"}
        changed = {k: v for k, v in fields.items() if _current(group, k) != v}
        entries = []
        if changed:
            entries.append(record(session, "update_group", {
                "group_id": group_id, "base_version": base_version(session, group), **changed}))
        if draft.capacity != group.capacity:
            check_role(roles.SET_CAPACITY, acting)
            entries.append(record(session, "set_capacity", {
                "group_id": group_id, "capacity": draft.capacity,
                "base_version": base_version(session, group)}))
        return entries


def _current(group: Group, key: str) -> Any:
    if key in ("name", "age_from", "age_to", "language", "capacity"):
        return getattr(group, key)
    return group.data.get(key, "general" if key == "kind" else "")


def set_capacity(cache: Cache, group_id: int, capacity: int,
                 acting: Iterable[str] | None = None) -> OutboxEntry:
    """A new capacity, never below the children the group holds (enrolled plus reserved)."""
    check_role(roles.SET_CAPACITY, acting)
    with cache.write() as session:
        group = _group(session, group_id)
        check_capacity(capacity, group.enrolled, group.reserved)
        return record(session, "set_capacity", {"group_id": group_id, "capacity": capacity,
                                                 "base_version": base_version(session, group)})


def close(cache: Cache, group_id: int, acting: Iterable[str] | None = None) -> OutboxEntry:
    """Close an empty group (children are moved out first)."""
    check_role(roles.UPDATE_GROUP, acting)
    with cache.write() as session:
        group = _group(session, group_id)
        if group.enrolled + group.reserved:
            raise ActionRefused(GROUP_NOT_EMPTY, f"the group holds {group.enrolled} enrolled "
                                f"and {group.reserved} reserved children",
                                {"enrolled": group.enrolled, "reserved": group.reserved})
        return record(session, "update_group", {"group_id": group_id, "closed": True,
                                                 "base_version": base_version(session, group)})


def holds_place(request: Request) -> bool:
    return request.status == Status.ENROLLED.value or (
        request.review == "accepted" and request.status in {s.value for s in WINDOW_STATUSES})


def check_transfer(request: Request, target: Group) -> None:
    """The move the portal would make: a child holding a place, into another open group
    that suits their age on its start day and the parent's language, and has room."""
    if not holds_place(request):
        raise ActionRefused(NOT_PLACED, f"the request is {request.status}: only an enrolled "
                            "or accepted child moves", {"status": request.status})
    if request.group_id == target.id:
        raise ActionRefused(SAME_GROUP, "the child is in this group already")
    if request.child_birth_date != request.child_birth_date.min:
        age = model.age_on(request.child_birth_date, target.starts_on)
        if not target.age_from <= age <= target.age_to:
            raise ActionRefused(TARGET_AGE, f"the child will be {age} on "
                                f"{target.starts_on:%d.%m.%Y}; the group takes "
                                f"{target.age_from}-{target.age_to}",
                                {"age": age, "age_from": target.age_from,
                                 "age_to": target.age_to, "day": target.starts_on})
    asked = tuple(x for x in request.languages.split(",") if x)
    if target.language != "mixed" and target.language not in asked:
        raise ActionRefused(TARGET_LANGUAGE, f"the group teaches in {target.language}; the "
                            f"parent asked for {', '.join(asked)}",
                            {"language": target.language, "languages": asked})
    if target.enrolled + target.reserved >= target.capacity:
        raise ActionRefused(TARGET_FULL, f"the group “{target.name}” is full "
                            f"({target.enrolled} enrolled and {target.reserved} reserved of "
                            f"{target.capacity})",
                            {"name": target.name, "capacity": target.capacity,
                             "enrolled": target.enrolled, "reserved": target.reserved})


def transfer(cache: Cache, request_id: int, group_id: int,
             acting: Iterable[str] | None = None) -> OutboxEntry:
    check_role(roles.TRANSFER_CHILD, acting)
    with cache.write() as session:
        request = session.get(Request, request_id)
        if request is None:
            raise ActionRefused("not_found", f"there is no request {request_id} in the cache")
        if request.pending:
            raise ActionRefused("pending", "a decision on this request is already waiting "
                                "to be sent to the portal")
        target = _group(session, group_id)
        check_transfer(request, target)
        return record(session, "transfer_child", {"request_id": request_id,
                                                  "group_id": group_id})


def places(cache: Cache) -> list[model.GroupPlaces]:
    with cache.read() as session:
        return model.places(session)


def roster(cache: Cache, group_id: int) -> list[model.RosterRow]:
    with cache.read() as session:
        if session.get(Group, group_id) is None:
            raise ActionRefused(GROUP_NOT_FOUND, f"there is no group {group_id} in the cache",
                                {"group_id": group_id})
        return model.roster(session, group_id)
