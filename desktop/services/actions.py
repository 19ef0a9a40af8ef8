"""Staff decisions as intents: an outbox row and its optimistic local effect, one transaction.

The local effect is a function of the intent alone, so the sync engine can apply it again
on top of freshly pulled data while the portal has not answered yet (sync.md).
"""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.domain import DOCUMENT_KINDS
from desktop.models.tables import Document, Group, OutboxEntry, PortalState, Request
from desktop.services.cache import Cache, meta, set_meta


class ActionRefused(Exception):
    """The action cannot be recorded as asked (the reason says why, for a person)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def payload_sha256(name: str, args: dict[str, Any]) -> str:
    """The portal's payload hash: canonical JSON of {"name", "args"} (portal-api.md)."""
    canonical = json.dumps({"name": name, "args": args}, sort_keys=True, separators=(",", ":"),
                           ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _request(session: Session, request_id: int) -> Request:
    request = session.get(Request, request_id)
    if request is None:
        raise ActionRefused("not_found", f"there is no request {request_id} in the cache")
    return request


def _set_data(row: Request | Group | Document, **changes: Any) -> None:
    # JSON columns change only by assignment of a new value.
    row.data = {**row.data, **changes}


# Local effects, by mutation name: what the screen shows until the portal answers.


def _accept(session: Session, args: dict[str, Any]) -> None:
    request = session.get(Request, args["request_id"])
    if request is None or request.review == "accepted":
        return
    request.review = "accepted"
    _set_data(request, review="accepted")
    request.pending = True
    group = session.get(Group, request.group_id) if request.group_id else None
    if group is not None:
        group.reserved += 1
        _set_data(group, reserved=group.reserved, free=group.capacity - group.enrolled
                  - group.reserved)


def _decline(session: Session, args: dict[str, Any]) -> None:
    request = session.get(Request, args["request_id"])
    if request is None:
        return
    if request.review == "accepted" and request.group_id is not None:
        group = session.get(Group, request.group_id)
        if group is not None:
            group.reserved = max(group.reserved - 1, 0)
            _set_data(group, reserved=group.reserved, free=group.capacity - group.enrolled
                      - group.reserved)
    request.review = "declined"
    _set_data(request, review="declined", decline_reason=args["reason"],
              decline_comment=args.get("comment", ""))
    request.pending = True


def _return_documents(session: Session, args: dict[str, Any]) -> None:
    request = session.get(Request, args["request_id"])
    if request is None:
        return
    for document in session.scalars(select(Document).where(
            Document.request_id == request.id)):
        comment = args["comments"].get(document.kind)
        if comment is not None:
            document.status = "returned"
            _set_data(document, status="returned", comment=comment)
    request.pending = True


LOCAL_EFFECTS: dict[str, Callable[[Session, dict[str, Any]], None]] = {
    "accept_request": _accept,
    "decline_request": _decline,
    "return_documents": _return_documents,
}
# An effect may change only the rows `_touched` names: the sync engine puts exactly those
# back to the portal's state (PortalState) before it applies the effect again, so an effect
# on any other row would be counted once per pull.
_TYPES: dict[type[Request | Group | Document], str] = {
    Request: "request", Group: "group", Document: "document"}


def _touched(session: Session, args: dict[str, Any]) -> list[Request | Group | Document]:
    """The rows an intent's local effect may change: its request with the request's
    documents and group, and a group it names."""
    rows: list[Request | Group | Document] = []
    group_ids: set[int] = set()
    request_id, group_id = args.get("request_id"), args.get("group_id")
    request = session.get(Request, request_id) if isinstance(request_id, int) else None
    if request is not None:
        rows.append(request)
        rows.extend(session.scalars(select(Document).where(Document.request_id == request.id)))
        if request.group_id is not None:
            group_ids.add(request.group_id)
    if isinstance(group_id, int):
        group_ids.add(group_id)
    rows.extend(group for group in (session.get(Group, i) for i in sorted(group_ids)) if group)
    return rows


def keep_portal_state(session: Session, args: dict[str, Any]) -> None:
    """Remember what the portal said about the rows an intent is about to change, unless an
    earlier intent's effect already did (then the remembered state is still the portal's)."""
    for row in _touched(session, args):
        type_ = _TYPES[type(row)]
        if session.get(PortalState, (type_, row.id)) is None:
            session.add(PortalState(type=type_, id=row.id, data=copy.deepcopy(row.data)))
    # Flushed now, so the next intent of the same transaction finds them.
    session.flush()


def apply_local_effect(session: Session, name: str, args: dict[str, Any]) -> None:
    """An intent's optimistic effect, the portal's state of what it changes kept first."""
    effect = LOCAL_EFFECTS.get(name)
    if effect is None:
        return
    keep_portal_state(session, args)
    effect(session, args)


def record(session: Session, name: str, args: dict[str, Any]) -> OutboxEntry:
    """Add an intent to the outbox and apply its local effect, in the caller's transaction."""
    seq = int(meta(session, "next_seq", 1))
    set_meta(session, "next_seq", seq + 1)
    entry = OutboxEntry(seq=seq, id=str(uuid.uuid4()), name=name, args=args,
                        payload_sha256=payload_sha256(name, args),
                        created_at=datetime.now(UTC), state="pending", attempts=0)
    session.add(entry)
    apply_local_effect(session, name, args)
    return entry


def _open_request(session: Session, request_id: int) -> Request:
    request = _request(session, request_id)
    if request.pending:
        raise ActionRefused("pending", "a decision on this request is already waiting to be "
                            "sent to the portal")
    if request.status != "awaiting_contract":
        raise ActionRefused("not_allowed_in_status",
                            f"the request is {request.status}, not awaiting a decision")
    return request


def accept(cache: Cache, request_id: int) -> OutboxEntry:
    with cache.write() as session:
        request = _open_request(session, request_id)
        if request.review == "accepted":
            raise ActionRefused("already_decided", "the request is accepted already")
        return record(session, "accept_request",
                      {"request_id": request_id, "base_version": request.version})


def decline(cache: Cache, request_id: int, reason: str, comment: str = "") -> OutboxEntry:
    if reason == "other" and not comment.strip():
        raise ActionRefused("comment_required", "the reason “other” needs a comment")
    with cache.write() as session:
        request = _open_request(session, request_id)
        args: dict[str, Any] = {"request_id": request_id, "reason": reason,
                                "base_version": request.version}
        if comment.strip():
            args["comment"] = comment.strip()
        return record(session, "decline_request", args)


def return_documents(cache: Cache, request_id: int, comments: dict[str, str]) -> OutboxEntry:
    unknown = sorted(set(comments) - set(DOCUMENT_KINDS))
    if unknown:
        raise ActionRefused("unknown_document_kind",
                            f"unknown document kinds: {', '.join(unknown)}")
    if not comments or any(not text.strip() for text in comments.values()):
        raise ActionRefused("comment_required", "each returned document needs a comment")
    with cache.write() as session:
        request = _request(session, request_id)
        return record(session, "return_documents", {
            "request_id": request.id,
            "comments": {kind: text.strip() for kind, text in comments.items()}})
