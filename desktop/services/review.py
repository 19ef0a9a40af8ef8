"""The checks a decision on a request goes through before it is recorded, and the occupancy
arithmetic the director sees before accepting.

Plain functions of what the cache holds, so the window, the command line and the tests
judge alike. Each refusal is a `Reason`: a stable code and its numbers, which the screens
turn into a sentence in the person's language. The portal checks again when the decision
reaches it; these checks only spare staff a decision that would bounce.

Also here: the portal's list of decline reasons, kept in the cache (meta) so the decline
dialog offers it offline.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from desktop.models.domain import (
    WINDOW_STATUSES,
    DeclineReason,
    DocumentStatus,
    Status,
    parse_moment,
)
from desktop.models.group_records import GroupPlaces, Occupancy, age_on
from desktop.services import roles
from desktop.services.cache import Cache, meta, set_meta

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AWAITING_DECISION = Status.AWAITING_CONTRACT.value
# While the request is with the kindergarten its documents may be reviewed.
AT_KINDERGARTEN = frozenset(s.value for s in WINDOW_STATUSES)
# Document statuses a verdict may change: a returned document waits for the parent.
ACCEPTABLE_DOCUMENTS = frozenset({DocumentStatus.RECEIVED})
RETURNABLE_DOCUMENTS = frozenset({DocumentStatus.RECEIVED, DocumentStatus.ACCEPTED})

# Action names (as the portal's mutations).
ACCEPT, DECLINE = roles.ACCEPT_REQUEST, roles.DECLINE_REQUEST
RETURN_DOCUMENTS, ACCEPT_DOCUMENTS = roles.RETURN_DOCUMENTS, roles.ACCEPT_DOCUMENTS

# Reason codes
PENDING = "pending"  # a decision on the request waits for the portal
NOT_ALLOWED_IN_STATUS = "not_allowed_in_status"  # {status}
ALREADY_ACCEPTED = "already_accepted"
NO_GROUP = "no_group"
BIRTH_DATE_UNKNOWN = "birth_date_unknown"
TOO_YOUNG = "too_young"  # {age, day, age_from, age_to}
TOO_OLD = "too_old"  # {age, day, age_from, age_to}
LANGUAGE_NOT_ASKED = "language_not_asked"  # {language, languages}
NO_FREE_PLACES = "no_free_places"  # {capacity, enrolled, reserved}
NO_DOCUMENTS = "no_documents"  # the parent uploaded none yet
NOTHING_TO_REVIEW = "nothing_to_review"  # every document is returned, awaiting the parent
DOCUMENT_NOT_REVIEWABLE = "document_not_reviewable"  # {kind, status}

DECLINE_REASONS_META = "decline_reasons"
DECLINE_REASONS_FETCHED_AT = "decline_reasons_at"
OTHER_REASON = "other"  # the portal always has it (docs/portal-api.md)
# The portal's reason for a group without a free place: a decline for it while the group
# has places is asked about first.
NO_PLACES_REASON = "no_places"


@dataclass(frozen=True)
class Reason:
    """Why a decision is refused: a code and the numbers a sentence about it needs."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class AcceptReview:
    """What accepting would mean: the child's age on the group's first day, the group's
    places now and after, and every reason to refuse (none: it may be accepted)."""

    group: GroupPlaces | None
    age: int | None
    now: Occupancy | None
    after: Occupancy | None
    reasons: tuple[Reason, ...]

    @property
    def ok(self) -> bool:
        return not self.reasons


def review_accept(birth: date | None, languages: Iterable[str],
                  group: GroupPlaces | None) -> AcceptReview:
    """Check the group's age band on its start day, its language, and its free places."""
    if group is None:
        return AcceptReview(None, None, None, None, (Reason(NO_GROUP),))
    reasons: list[Reason] = []
    age = None
    # The cache stores the oldest day when the portal sent no birth date.
    if birth is None or birth == date.min:
        reasons.append(Reason(BIRTH_DATE_UNKNOWN))
    else:
        age = age_on(birth, group.starts_on)
        band = {"age": age, "day": group.starts_on, "age_from": group.age_from,
                "age_to": group.age_to}
        if age < group.age_from:
            reasons.append(Reason(TOO_YOUNG, band))
        elif age > group.age_to:
            reasons.append(Reason(TOO_OLD, band))
    asked = [code for code in languages if code]
    # A mixed group teaches in both languages: it suits whichever the parent asked for.
    if group.language != "mixed" and group.language not in asked:
        reasons.append(Reason(LANGUAGE_NOT_ASKED, {"language": group.language,
                                                   "languages": tuple(asked)}))
    now = group.occupancy
    if now.free <= 0:
        reasons.append(Reason(NO_FREE_PLACES, {"capacity": now.capacity,
                                               "enrolled": now.enrolled,
                                               "reserved": now.reserved}))
    return AcceptReview(group, age, now, now.with_one_more(), tuple(reasons))


def decision_block(action: str, status: str, review: str | None,
                   pending: bool) -> Reason | None:
    """Why the request's state does not allow `action` now, or None.

    Accepting and declining wait while an earlier decision on the request is unsent: the
    portal would judge the second against a version the first has changed. Document
    verdicts do not; they only wait behind a decline that is on its way.
    """
    if action in (ACCEPT, DECLINE):
        if pending:
            return Reason(PENDING)
        if status != AWAITING_DECISION:
            return Reason(NOT_ALLOWED_IN_STATUS, {"status": status})
        if action == ACCEPT and review == "accepted":
            return Reason(ALREADY_ACCEPTED)
        return None
    if action in (RETURN_DOCUMENTS, ACCEPT_DOCUMENTS):
        if pending and review == "declined":
            return Reason(PENDING)
        if status not in AT_KINDERGARTEN:
            return Reason(NOT_ALLOWED_IN_STATUS, {"status": status})
        return None
    raise KeyError(action)


def documents_block(documents: Mapping[str, str]) -> Reason | None:
    """Why there is nothing to review among {kind: status}, or None."""
    if not documents:
        return Reason(NO_DOCUMENTS)
    if not any(status in RETURNABLE_DOCUMENTS for status in documents.values()):
        return Reason(NOTHING_TO_REVIEW)
    return None


def verdict_block(action: str, kind: str, status: str | None) -> Reason | None:
    """Why a document of `kind` (in `status`, None when not uploaded) cannot take the
    verdict `action`, or None."""
    allowed = ACCEPTABLE_DOCUMENTS if action == ACCEPT_DOCUMENTS else RETURNABLE_DOCUMENTS
    if status not in allowed:
        return Reason(DOCUMENT_NOT_REVIEWABLE, {"kind": kind, "status": status})
    return None


# The portal's decline reasons, kept for offline use


class ReasonSource(Protocol):
    def decline_reasons(self) -> list[dict[str, str]]: ...


def keep_decline_reasons(cache: Cache, fetched: Iterable[Any]) -> list[DeclineReason]:
    """Keep the portal's list of decline reasons (as `client.decline_reasons()` gave it)."""
    with cache.write() as session:
        reasons = store_decline_reasons(session, fetched)
    return _parse(reasons)


def store_decline_reasons(session: Session, fetched: Iterable[Any]) -> list[dict[str, Any]]:
    """Keep the portal's list in the caller's transaction (the change feed brings it with
    a page, docs/sync.md); what was kept."""
    reasons = [r for r in fetched if isinstance(r, dict) and r.get("code")]
    set_meta(session, DECLINE_REASONS_META, reasons)
    set_meta(session, DECLINE_REASONS_FETCHED_AT, datetime.now(UTC).isoformat())
    return reasons


def refresh_decline_reasons(client: ReasonSource, cache: Cache) -> list[DeclineReason]:
    """Ask the portal for its decline reasons and keep them (its errors propagate: the kept
    list stays as it was)."""
    return keep_decline_reasons(cache, client.decline_reasons())


def fetch_decline_reasons_if_never_kept(client: ReasonSource, cache: Cache) -> None:
    """After a sync: the change feed brings the portal's list with its first page and
    whenever it changes; a portal whose feed never brought one is asked for it."""
    if decline_reasons_age(cache, datetime.now(UTC)) is None:
        refresh_decline_reasons(client, cache)


def decline_reasons(cache: Cache) -> list[DeclineReason]:
    """The kept decline reasons; `other` is always among them (last when the portal's list
    was never fetched)."""
    with cache.read() as session:
        kept = meta(session, DECLINE_REASONS_META, []) or []
    return _parse(kept)


def decline_reasons_age(cache: Cache, now: datetime) -> float | None:
    """Seconds since the list was fetched, or None when it never was."""
    with cache.read() as session:
        at = parse_moment(meta(session, DECLINE_REASONS_FETCHED_AT))
    return None if at is None else (now - at).total_seconds()


def _parse(kept: Iterable[Any]) -> list[DeclineReason]:
    reasons = [DeclineReason(str(r["code"]), {k: str(v) for k, v in r.items()
                                              if k != "code" and isinstance(v, str)})
               for r in kept if isinstance(r, dict) and r.get("code")]
    if not any(r.code == OTHER_REASON for r in reasons):
        reasons.append(DeclineReason(OTHER_REASON, {}))
    return reasons
