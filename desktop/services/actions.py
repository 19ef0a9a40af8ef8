"""Staff decisions as intents: an outbox row and its optimistic local effect, one transaction.

The local effect is a function of the intent alone, so the sync engine can apply it again
on top of freshly pulled data while the portal has not answered yet (docs/sync.md).
"""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import groups
from desktop.models.domain import COMMENT_LIMIT, DOCUMENT_KINDS, DocumentStatus
from desktop.models.tables import Document, Group, OutboxEntry, PortalState, Request
from desktop.services import review, roles
from desktop.services.cache import Cache, meta, set_meta
from desktop.services.refusal import Refusal


class ActionRefused(Refusal):
    """The action cannot be recorded as asked.

    `code` is stable (the screens word it in the person's language from `code` and
    `params`); the message is English, for logs and the command line. An accept refused by
    the group's checks carries every reason in `reasons`."""

    def __init__(self, code: str, message: str, params: dict[str, Any] | None = None,
                 reasons: tuple[review.Reason, ...] = ()) -> None:
        super().__init__(code, message)
        self.params = params or {}
        self.reasons = reasons


def payload_sha256(name: str, args: dict[str, Any]) -> str:
    """The portal's payload hash: canonical JSON of {"name", "args"} (docs/sync.md)."""
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


def _reserve(group: Group, places: int) -> None:
    group.reserved = max(group.reserved + places, 0)
    _set_data(group, reserved=group.reserved, free=group.capacity - group.enrolled
              - group.reserved)


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
        _reserve(group, 1)


def _decline(session: Session, args: dict[str, Any]) -> None:
    request = session.get(Request, args["request_id"])
    if request is None:
        return
    if request.review == "accepted" and request.group_id is not None:
        group = session.get(Group, request.group_id)
        if group is not None:
            _reserve(group, -1)
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
            document.status = DocumentStatus.RETURNED.value
            _set_data(document, status=DocumentStatus.RETURNED.value, comment=comment)
    request.pending = True


def _accept_documents(session: Session, args: dict[str, Any]) -> None:
    request = session.get(Request, args["request_id"])
    if request is None:
        return
    kinds = set(args["kinds"])
    for document in session.scalars(select(Document).where(
            Document.request_id == request.id)):
        if document.kind in kinds:
            document.status = DocumentStatus.ACCEPTED.value
            _set_data(document, status=DocumentStatus.ACCEPTED.value, comment="")
    request.pending = True


# Groups: fields the portal keeps in the group's columns, and those only in its data.
_GROUP_COLUMNS = ("name", "age_from", "age_to", "language", "capacity")
_GROUP_DETAILS = ("kind", "educators", "room", "closed")


def _change_group(group: Group, args: dict[str, Any]) -> None:
    for key in _GROUP_COLUMNS:
        if key in args:
            setattr(group, key, args[key])
    _set_data(group, **{k: args[k] for k in _GROUP_COLUMNS + _GROUP_DETAILS if k in args},
              free=group.capacity - group.enrolled - group.reserved)


def _update_group(session: Session, args: dict[str, Any]) -> None:
    group = session.get(Group, args["group_id"])
    if group is not None:
        _change_group(group, args)


def provisional_group_id(seq: int) -> int:
    """The id a group created on this desk has until the portal gives it one: negative, so
    it never meets a portal id, and the rebase removes it before applying intents again."""
    return -seq


def _create_group(session: Session, args: dict[str, Any], seq: int) -> None:
    group_id = provisional_group_id(seq)
    if session.get(Group, group_id) is not None:
        return
    today = datetime.now(UTC).date()
    starts = date(today.year if today.month < 9 else today.year + 1, 9, 1)
    group = Group(id=group_id, version=0, name=args["name"], age_from=args["age_from"],
                  age_to=args["age_to"], language=args["language"], capacity=args["capacity"],
                  enrolled=0, reserved=0, starts_on=starts,
                  data={"id": group_id, "starts_on": starts.isoformat(), "enrolled": 0,
                        "reserved": 0})
    _change_group(group, args)
    session.add(group)


def _transfer(session: Session, args: dict[str, Any]) -> None:
    request = session.get(Request, args["request_id"])
    if request is None or request.group_id == args["group_id"]:
        return
    source = session.get(Group, request.group_id) if request.group_id is not None else None
    target = session.get(Group, args["group_id"])
    counter = "enrolled" if request.status == "enrolled" else "reserved"
    for group, step in ((source, -1), (target, 1)):
        if group is not None:
            setattr(group, counter, max(getattr(group, counter) + step, 0))
            _set_data(group, **{counter: getattr(group, counter)},
                      free=group.capacity - group.enrolled - group.reserved)
    request.group_id = args["group_id"]
    _set_data(request, group_id=args["group_id"])
    request.pending = True


LOCAL_EFFECTS: dict[str, Callable[[Session, dict[str, Any]], None]] = {
    "accept_request": _accept,
    "decline_request": _decline,
    "return_documents": _return_documents,
    "accept_documents": _accept_documents,
    "update_group": _update_group,
    "set_capacity": _update_group,
    "transfer_child": _transfer,
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


def apply_local_effect(session: Session, name: str, args: dict[str, Any], seq: int = 0) -> None:
    """An intent's optimistic effect, the portal's state of what it changes kept first."""
    if name == "create_group":
        # Nothing of the portal's to keep: the group is new, under a provisional id.
        _create_group(session, args, seq)
        return
    effect = LOCAL_EFFECTS.get(name)
    if effect is None:
        return
    keep_portal_state(session, args)
    effect(session, args)


def _subject(session: Session, args: dict[str, Any]) -> dict[str, Any]:
    """The request's number and child and the group's name, as they are now."""
    subject: dict[str, Any] = {}
    request_id, group_id = args.get("request_id"), args.get("group_id")
    request = session.get(Request, request_id) if isinstance(request_id, int) else None
    if request is not None:
        subject.update(request_number=request.number, child_name=request.child_name)
    group = session.get(Group, group_id) if isinstance(group_id, int) else None
    if group is not None:
        subject["group_name"] = group.name
    return subject


def record(session: Session, name: str, args: dict[str, Any]) -> OutboxEntry:
    """Add an intent to the outbox and apply its local effect, in the caller's transaction."""
    seq = int(meta(session, "next_seq", 1))
    set_meta(session, "next_seq", seq + 1)
    entry = OutboxEntry(seq=seq, id=str(uuid.uuid4()), name=name, args=args,
                        payload_sha256=payload_sha256(name, args),
                        created_at=datetime.now(UTC), state="pending", attempts=0,
                        subject=_subject(session, args))
    session.add(entry)
    apply_local_effect(session, name, args, seq)
    return entry


def check_role(action: str, acting: Iterable[str] | None) -> None:
    """Refuse what the acting roles may not do (None: not checked here, as from the
    command line; the portal checks anyway)."""
    if acting is None:
        return
    refused = roles.refusal(action, acting)
    if refused is not None:
        raise ActionRefused("forbidden_role",
                            f"{action} needs the role {' or '.join(refused.needed)}; you act "
                            f"as {', '.join(refused.acting) or 'no role'}",
                            {"action": action, "needed": refused.needed,
                             "acting": refused.acting})


_ENGLISH = {
    review.PENDING: "a decision on this request is already waiting to be sent to the portal",
    review.NOT_ALLOWED_IN_STATUS: "the request is {status}, not awaiting this decision",
    review.ALREADY_ACCEPTED: "the request is accepted already",
    review.NO_GROUP: "the request names no group",
    review.BIRTH_DATE_UNKNOWN: "the child's date of birth is not known",
    review.TOO_YOUNG: "the child will be {age} on {day}, the group takes {age_from}-{age_to}",
    review.TOO_OLD: "the child will be {age} on {day}, the group takes {age_from}-{age_to}",
    review.LANGUAGE_NOT_ASKED: "the group teaches in {language}, the parent asked for "
                               "{languages}",
    review.NO_FREE_PLACES: "the group has no free place ({enrolled} enrolled and {reserved} "
                           "reserved of {capacity})",
    review.DOCUMENT_NOT_REVIEWABLE: "the {kind} document is {status}",
}


def refused(reasons: tuple[review.Reason, ...]) -> ActionRefused:
    """The refusal of a decision for `reasons` (the first names it)."""
    first = reasons[0]
    message = "; ".join(_ENGLISH.get(r.code, r.code).format(**r.params) for r in reasons)
    # Already-decided keeps the code the window and the command line have always known.
    code = "already_decided" if first.code == review.ALREADY_ACCEPTED else first.code
    return ActionRefused(code, message, dict(first.params), reasons)


def _open_request(session: Session, request_id: int, action: str) -> Request:
    request = _request(session, request_id)
    block = review.decision_block(action, request.status, request.review, request.pending)
    if block is not None:
        raise refused((block,))
    return request


def review_accept(session: Session, request: Request) -> review.AcceptReview:
    """The accept checks on what the cache holds about the request and its group."""
    group = session.get(Group, request.group_id) if request.group_id is not None else None
    return review.review_accept(request.child_birth_date, request.languages.split(","),
                                None if group is None else groups.record(group))


def accept(cache: Cache, request_id: int, acting: Iterable[str] | None = None) -> OutboxEntry:
    """Accept a request (it reserves a place), refused when the group does not fit: age on
    the group's start day, language, free places."""
    check_role(roles.ACCEPT_REQUEST, acting)
    with cache.write() as session:
        request = _open_request(session, request_id, review.ACCEPT)
        checked = review_accept(session, request)
        if not checked.ok:
            raise refused(checked.reasons)
        return record(session, "accept_request",
                      {"request_id": request_id, "base_version": request.version})


def check_decline(reason: str, comment: str) -> None:
    """Refuse a decline without a reason, "other" without a comment, a comment too long."""
    if not reason.strip():
        raise ActionRefused("reason_required", "a decline needs a reason")
    if reason == review.OTHER_REASON and not comment.strip():
        raise ActionRefused("comment_required", "the reason “other” needs a comment")
    _check_length(comment)


def decline(cache: Cache, request_id: int, reason: str, comment: str = "",
            acting: Iterable[str] | None = None) -> OutboxEntry:
    check_role(roles.DECLINE_REQUEST, acting)
    check_decline(reason, comment)
    with cache.write() as session:
        request = _open_request(session, request_id, review.DECLINE)
        args: dict[str, Any] = {"request_id": request_id, "reason": reason,
                                "base_version": request.version}
        if comment.strip():
            args["comment"] = comment.strip()
        return record(session, "decline_request", args)


def _check_kinds(kinds: Iterable[str]) -> None:
    unknown = sorted(set(kinds) - set(DOCUMENT_KINDS))
    if unknown:
        raise ActionRefused("unknown_document_kind",
                            f"unknown document kinds: {', '.join(unknown)}",
                            {"kinds": tuple(unknown)})


def _document_request(session: Session, request_id: int, action: str,
                      kinds: Iterable[str]) -> Request:
    """The request whose documents get a verdict, each of `kinds` able to take it."""
    request = _request(session, request_id)
    block = review.decision_block(action, request.status, request.review, request.pending)
    if block is not None:
        raise refused((block,))
    statuses = {kind: status for kind, status in session.execute(
        select(Document.kind, Document.status).where(Document.request_id == request.id))}
    for kind in kinds:
        blocked = review.verdict_block(action, kind, statuses.get(kind))
        if blocked is not None:
            raise refused((blocked,))
    return request


def _clean_comments(comments: dict[str, str]) -> dict[str, str]:
    _check_kinds(comments)
    if not comments or any(not text.strip() for text in comments.values()):
        raise ActionRefused("comment_required", "each returned document needs a comment")
    for text in comments.values():
        _check_length(text)
    return {kind: text.strip() for kind, text in comments.items()}


def _check_length(comment: str) -> None:
    # Refused here, not queued to be refused by the portal later (and land in Needs
    # attention): the dialogs say so as it is typed, the command line only here.
    if len(comment.strip()) > COMMENT_LIMIT:
        raise ActionRefused("comment_too_long",
                            f"a comment keeps at most {COMMENT_LIMIT} characters",
                            {"limit": COMMENT_LIMIT, "length": len(comment.strip())})


def _clean_kinds(kinds: Iterable[str]) -> list[str]:
    chosen = list(dict.fromkeys(kinds))  # each once, in the order given
    _check_kinds(chosen)
    if not chosen:
        raise ActionRefused("no_documents_chosen", "choose at least one document")
    return chosen


def return_documents(cache: Cache, request_id: int, comments: dict[str, str],
                     acting: Iterable[str] | None = None) -> OutboxEntry:
    """Return documents to the parent for correction, a comment on each."""
    check_role(roles.RETURN_DOCUMENTS, acting)
    cleaned = _clean_comments(comments)
    with cache.write() as session:
        request = _document_request(session, request_id, review.RETURN_DOCUMENTS, cleaned)
        return record(session, "return_documents",
                      {"request_id": request.id, "comments": cleaned})


def accept_documents(cache: Cache, request_id: int, kinds: Iterable[str],
                     acting: Iterable[str] | None = None) -> OutboxEntry:
    """Mark received documents accepted (the director countersigns only when all the
    required ones are)."""
    check_role(roles.ACCEPT_DOCUMENTS, acting)
    chosen = _clean_kinds(kinds)
    with cache.write() as session:
        request = _document_request(session, request_id, review.ACCEPT_DOCUMENTS, chosen)
        return record(session, "accept_documents", {"request_id": request.id, "kinds": chosen})


def review_documents(cache: Cache, request_id: int, accepted: Iterable[str],
                     returned: dict[str, str],
                     acting: Iterable[str] | None = None) -> list[OutboxEntry]:
    """A reviewer's verdicts on several documents at once: the accepted ones and the
    returned ones (with their comments) recorded in one transaction, so both or neither
    reach the outbox."""
    chosen = list(dict.fromkeys(accepted))
    if not chosen and not returned:
        raise ActionRefused("no_documents_chosen", "choose at least one document")
    both = set(chosen) & set(returned)
    if both:
        raise ActionRefused("conflicting_verdicts",
                            f"a document cannot be accepted and returned: {sorted(both)}")
    if chosen:
        check_role(roles.ACCEPT_DOCUMENTS, acting)
        _check_kinds(chosen)
    cleaned = _clean_comments(returned) if returned else {}
    if cleaned:
        check_role(roles.RETURN_DOCUMENTS, acting)
    entries = []
    with cache.write() as session:
        if chosen:
            request = _document_request(session, request_id, review.ACCEPT_DOCUMENTS, chosen)
            entries.append(record(session, "accept_documents",
                                  {"request_id": request.id, "kinds": chosen}))
        if cleaned:
            request = _document_request(session, request_id, review.RETURN_DOCUMENTS,
                                        cleaned)
            entries.append(record(session, "return_documents",
                                  {"request_id": request.id, "comments": cleaned}))
    return entries


# Contracts: intents whose PDF must reach the portal (PUT /uploads/{sha256}) before the
# mutation naming it. The bytes are kept in the outbox's own content-addressed store, beside
# the cache, so they survive a restart offline; the sync engine uploads them first.

UPLOAD_FIRST = frozenset({"send_contract", "countersign_contract"})


def outbox_files(cache: Cache) -> Any:
    """The store of files that outbox intents name (a `DocumentStore` beside the cache)."""
    # Imported here: documents imports the sync engine, which imports this module.
    from desktop.services.documents import DocumentStore

    return DocumentStore(cache, cache.path.with_name(cache.path.stem + "-outbox"))


def _contract_pending(session: Session, args: dict[str, Any], step: str) -> None:
    request = session.get(Request, args["request_id"])
    if request is None:
        return
    # Only a mark: the status moves (contract sent, enrolled) when the portal accepts.
    _set_data(request, contract_pending=step, contract_pdf_sha256=args["pdf_sha256"])
    request.pending = True


def _send_contract_effect(session: Session, args: dict[str, Any]) -> None:
    _contract_pending(session, args, "send")


def _countersign_effect(session: Session, args: dict[str, Any]) -> None:
    _contract_pending(session, args, "countersign")


LOCAL_EFFECTS.update({"send_contract": _send_contract_effect,
                      "countersign_contract": _countersign_effect})


def _waiting(session: Session, name: str, request_id: int) -> bool:
    return any(e.args.get("request_id") == request_id for e in session.scalars(
        select(OutboxEntry).where(OutboxEntry.state == "pending", OutboxEntry.name == name)))


def _record_contract(cache: Cache, name: str, request_id: int, pdf: bytes, status: str,
                     acting: Iterable[str] | None) -> OutboxEntry:
    check_role(roles.COUNTERSIGN_CONTRACT if name == "countersign_contract"
                else roles.SEND_CONTRACT, acting)
    if not pdf.startswith(b"%PDF"):
        raise ActionRefused("not_pdf", "a contract must be a PDF")
    with cache.read() as session:
        request = _request(session, request_id)
        if request.status != status:
            raise ActionRefused("not_allowed_in_status",
                                f"the request is {request.status}, not {status}",
                                {"status": request.status})
        if name == "send_contract" and request.review != "accepted":
            raise ActionRefused("not_accepted", "accept the request (reserve a place) first")
        if _waiting(session, name, request_id):
            raise ActionRefused("pending", f"a {name} on this request is already waiting to be "
                                "sent to the portal")
    # The file first, durable, then the intent naming it: an intent never names a file the
    # desk does not hold; a file without an intent is harmless.
    digest = outbox_files(cache).put(pdf)
    with cache.write() as session:
        return record(session, name, {"request_id": request_id, "pdf_sha256": digest})


def send_contract(cache: Cache, request_id: int, pdf: bytes,
                  acting: Iterable[str] | None = None) -> OutboxEntry:
    """Send the generated contract to the parent: through the outbox, so it works offline
    (an accept still waiting in the outbox goes first)."""
    return _record_contract(cache, "send_contract", request_id, pdf, "awaiting_contract",
                            acting)


def countersign_contract(cache: Cache, request_id: int, pdf: bytes,
                         acting: Iterable[str] | None = None) -> OutboxEntry:
    """Send the countersigned contract: the child shows as enrolled once the portal accepts
    it (its checks are the portal's; `desktop.services.countersigning` made them already)."""
    return _record_contract(cache, "countersign_contract", request_id, pdf,
                            "awaiting_countersign", acting)


# Withdrawing: an intent taken back before the portal was sent it.


def withdraw(cache: Cache, seq: int,
             keep: Callable[[Session], Iterable[int]] = lambda _session: ()) -> OutboxEntry:
    """Take an intent out of the outbox and undo its local effect, in one transaction: the
    rows it touched go back to the portal's state and the other pending intents (and those
    `keep` names: applied, not pulled yet) are applied again on top, as after a pull.

    Refused (ActionRefused) unless the intent is pending and was never sent: once a push
    carrying it has started, the portal may have applied it, and only its answer can say
    (docs/sync.md: every intent ends exactly once on the portal or in Needs attention).
    The sequence number is not reused; the portal accepts gaps. A contract's file stays in
    the outbox store, harmless. Returns the withdrawn entry, detached."""
    with cache.write() as session:
        entry = session.get(OutboxEntry, seq)
        if entry is None:
            raise ActionRefused("not_in_outbox", f"there is no action {seq} in the outbox",
                                {"seq": seq})
        withdraw_entries(session, [entry], keep(session))
        session.expunge(entry)
        return entry


def withdraw_entries(session: Session, entries: Sequence[OutboxEntry],
                     keep: Iterable[int] = ()) -> None:
    """`withdraw` of several intents at once, in the caller's transaction (the September
    move-up's, say, which are recorded and undone together); refused, with nothing changed,
    unless every one of them is pending and was never sent."""
    from desktop.services.sync import rebase  # sync imports this module

    for entry in entries:
        if entry.state != "pending":
            raise ActionRefused("already_answered",
                                f"action {entry.seq} has been answered by the portal "
                                f"({entry.state})", {"seq": entry.seq, "state": entry.state})
        if entry.attempts > 0:
            raise ActionRefused("already_sent",
                                f"action {entry.seq} has been sent to the portal; wait for "
                                "its answer", {"seq": entry.seq})
    for entry in entries:
        session.delete(entry)
    session.flush()
    rebase(session, keep)
