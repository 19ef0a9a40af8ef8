"""The staff mutation protocol (docs/sync.md, "The portal's side"): ordered, exactly-once,
never silently dropped.

A mutation's effect, the advance of the client's last sequence number and the record of
its outcome commit in one transaction (one per push), so a crash between them is impossible
and a replay returns the stored outcome instead of applying twice.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from portal_sandbox import blobs, feed, keys, lifecycle, serialize
from portal_sandbox.errors import Problem, title
from portal_sandbox.lifecycle import Actor, Ctx
from portal_sandbox.models import (
    Account,
    Application,
    Blob,
    ClientState,
    FeedEntry,
    Forecast,
    Group,
    Kindergarten,
    MutationRecord,
    Person,
    Upload,
)
from portal_sandbox.notices import DOCUMENT_KINDS
from portal_sandbox.portal import Portal
from portal_sandbox.security import Principal
from portal_sandbox.signatures import SignatureRejected, check_countersigned

APPLIED, CONFLICT, INVALID, RETRY_LATER = "applied", "conflict", "invalid", "retry_later"
# Refusals caused by the state of the world (someone else acted, a window closed): the
# staff member must see them and decide again. Everything else is a permanent error.
CONFLICT_CODES = {
    "not_allowed_in_status", "capacity_exceeded", "version_conflict", "already_decided",
    "deadline_passed", "documents_incomplete", "contract_missing", "group_name_taken",
    "group_not_empty", "group_closed", "group_mismatch",
}
GROUP_LANGUAGES = ("kk", "ru", "mixed")
GROUP_KINDS = ("general", "special_needs", "short_stay")


def payload_sha256(name: str, args: Any) -> str:
    canonical = json.dumps({"name": name, "args": args}, sort_keys=True, separators=(",", ":"),
                           ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# argument readers


def _whole(value: Any) -> int | None:
    """A whole number the database's integer columns hold, or None: never a bool (JSON's
    true is not 1 here), a float or a number past 2**31."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31:
        return None
    return value


def _int(args: dict[str, Any], key: str, *, optional: bool = False) -> int | None:
    value = args.get(key)
    if value is None and optional:
        return None
    whole = _whole(value)
    if whole is None:
        raise Problem("validation_error", f"{key} must be a whole number")
    return whole


def _str(args: dict[str, Any], key: str, *, optional: bool = False, limit: int = 2000) -> str:
    value = args.get(key)
    if value is None and optional:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise Problem("validation_error", f"{key} must be text of at most {limit} characters")
    return value


class Handler:
    def __init__(self, roles: tuple[str, ...], apply: Callable[[Ctx, Principal, dict[str, Any]],
                                                                 dict[str, Any]]) -> None:
        self.roles = roles
        self.apply = apply


def _request(ctx: Ctx, principal: Principal, args: dict[str, Any]) -> Application:
    request_id = _int(args, "request_id")
    app = ctx.session.get(Application, request_id)
    if app is None:
        raise Problem("not_found", "no such request")
    if app.kindergarten_id != principal.kindergarten_id:
        was_here = ctx.session.scalars(select(FeedEntry.seq).where(
            FeedEntry.kindergarten_id == principal.kindergarten_id,
            FeedEntry.type == "request", FeedEntry.obj_id == app.id)).first()
        if was_here is None:
            raise Problem("not_found", "no such request")
        raise Problem("not_allowed_in_status", "the request is no longer with this kindergarten",
                      status_now=app.status)
    return app


def _request_state(ctx: Ctx, app: Application) -> dict[str, Any]:
    return {"type": "request", "id": app.id, "version": app.version,
            "data": serialize.request(ctx.session, app)}


def _ref(type_: str, id_: int, version: int) -> dict[str, Any]:
    """What an applied mutation answers with: the object and its new version; its state
    comes with the next pull, like every other change."""
    return {"type": type_, "id": id_, "version": version}


def _group(ctx: Ctx, principal: Principal, group_id: int | None) -> Group:
    group = ctx.session.get(Group, group_id) if group_id is not None else None
    if group is None or group.kindergarten_id != principal.kindergarten_id:
        raise Problem("not_found", "no such group")
    return group


def _group_state(group: Group) -> dict[str, Any]:
    return {"type": "group", "id": group.id, "version": group.version,
            "data": serialize.group(group)}


def _group_ref(group: Group) -> dict[str, Any]:
    return _ref("group", group.id, group.version)


def _uploaded_pdf(ctx: Ctx, principal: Principal, args: dict[str, Any]) -> Blob:
    digest = blobs.check_digest(_str(args, "pdf_sha256", limit=64))
    upload = ctx.session.get(Upload, (digest, principal.kindergarten_id))
    blob = ctx.session.get(Blob, digest) if upload else None
    if blob is None:
        raise Problem("upload_missing")
    if blob.content_type != blobs.PDF:
        raise Problem("unsupported_media_type", "a contract must be a PDF")
    return blob


def accept_request(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    app = _request(ctx, p, args)
    lifecycle.accept(ctx, app, _int(args, "base_version", optional=True))
    return _ref("request", app.id, app.version)


def decline_request(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    app = _request(ctx, p, args)
    lifecycle.decline(ctx, app, _str(args, "reason", limit=64),
                      _str(args, "comment", optional=True),
                      _int(args, "base_version", optional=True))
    return {"type": "request", "id": app.id, "version": app.version, "deleted": True}


def return_documents(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    app = _request(ctx, p, args)
    comments = args.get("comments")
    if not isinstance(comments, dict) or not comments:
        raise Problem("validation_error", "comments must map document kinds to text")
    verdicts = {}
    for kind, text in comments.items():
        if not isinstance(text, str) or len(text) > 2000:
            raise Problem("validation_error", f"the comment on {kind} must be text")
        verdicts[str(kind)] = (lifecycle.RETURNED, text)
    lifecycle.review_documents(ctx, app, verdicts)
    return _ref("request", app.id, app.version)


def accept_documents(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    app = _request(ctx, p, args)
    kinds = args.get("kinds")
    if not isinstance(kinds, list) or not kinds or not all(
            isinstance(k, str) and k in DOCUMENT_KINDS for k in kinds):
        raise Problem("validation_error", "kinds must list document kinds")
    lifecycle.review_documents(ctx, app, {k: (lifecycle.ACCEPTED, "") for k in kinds})
    return _ref("request", app.id, app.version)


def send_contract(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    app = _request(ctx, p, args)
    blob = _uploaded_pdf(ctx, p, args)
    lifecycle.send_contract(ctx, app, blob.sha256)
    return _ref("request", app.id, app.version)


def countersign_contract(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    app = _request(ctx, p, args)
    blob = _uploaded_pdf(ctx, p, args)
    lifecycle._require(app, lifecycle.AWAITING_COUNTERSIGN)
    contract = lifecycle.contract_of(ctx, app)
    parent_signed = ctx.session.get(Blob, contract.parent_signed_sha256)
    kg = ctx.session.get(Kindergarten, p.kindergarten_id)
    assert parent_signed is not None and kg is not None
    try:
        summary = check_countersigned(parent_signed.data, blob.data, kg.bin,
                                      keys.trust(ctx.session, ctx.now))
    except SignatureRejected as exc:
        raise Problem(exc.code, exc.detail) from exc
    lifecycle.countersigned(ctx, app, blob.sha256, keys.signer_json(summary))
    return _ref("request", app.id, app.version)


def _choice(args: dict[str, Any], key: str, current: str, allowed: tuple[str, ...]) -> str:
    if key not in args:
        return current
    value = _str(args, key, limit=16)
    if value not in allowed:
        raise Problem("validation_error", f"{key} must be one of {', '.join(allowed)}")
    return value


def _name_taken(ctx: Ctx, group: Group, name: str) -> bool:
    """Names are told apart without regard to case or surrounding spaces, among the
    kindergarten's open groups (a closed group's name may be used again)."""
    query = select(Group.name).where(Group.kindergarten_id == group.kindergarten_id,
                                     Group.closed.is_(False))
    if group.id is not None:
        query = query.where(Group.id != group.id)
    others = ctx.session.scalars(query)
    return name.casefold() in {other.strip().casefold() for other in others}


def _group_fields(ctx: Ctx, args: dict[str, Any], group: Group) -> None:
    """Check every field first and only then change the group: a refusal leaves no trace."""
    name, age_from, age_to = group.name, group.age_from, group.age_to
    language, starts_on = group.language, group.starts_on
    if "name" in args:
        name = _str(args, "name", limit=200).strip()
        if not name:
            raise Problem("validation_error", "a group needs a name")
        if _name_taken(ctx, group, name):
            raise Problem("group_name_taken", name)
    if "age_from" in args:
        age_from = _int(args, "age_from") or 0
    if "age_to" in args:
        age_to = _int(args, "age_to") or 0
    if not 0 <= age_from <= age_to <= 7:
        raise Problem("validation_error", "ages must satisfy 0 <= age_from <= age_to <= 7")
    language = _choice(args, "language", language, GROUP_LANGUAGES)
    kind = _choice(args, "kind", group.kind or "general", GROUP_KINDS)
    educators = _str(args, "educators", limit=300).strip() if "educators" in args \
        else group.educators or ""
    room = _str(args, "room", limit=100).strip() if "room" in args else group.room or ""
    if "starts_on" in args:
        try:
            starts_on = date.fromisoformat(_str(args, "starts_on", limit=10))
        except ValueError as exc:
            raise Problem("validation_error", "starts_on must be YYYY-MM-DD") from exc
    group.name, group.age_from, group.age_to = name, age_from, age_to
    group.language, group.starts_on = language, starts_on
    group.kind, group.educators, group.room = kind, educators, room


def create_group(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    assert p.kindergarten_id is not None
    capacity = _int(args, "capacity") or 0
    if not 1 <= capacity <= 60:
        raise Problem("validation_error", "capacity must be between 1 and 60")
    today = ctx.now.date()
    group = Group(kindergarten_id=p.kindergarten_id, name="", age_from=0, age_to=0,
                  language="kk", capacity=capacity, enrolled=0, reserved=0,
                  starts_on=date(today.year if today.month < 9 else today.year + 1, 9, 1),
                  version=1, kind="general", educators="", room="", closed=False)
    for required in ("name", "age_from", "age_to", "language"):
        if required not in args:
            raise Problem("validation_error", f"{required} is required")
    _group_fields(ctx, args, group)
    ctx.session.add(group)
    ctx.session.flush()
    feed.publish_group(ctx.session, group)
    return _group_ref(group)


def _group_at_version(ctx: Ctx, p: Principal, args: dict[str, Any]) -> Group:
    """The group to change, refused when the staff member decided on an older version."""
    group = _group(ctx, p, _int(args, "group_id"))
    base = _int(args, "base_version", optional=True)
    if base is not None and base != group.version:
        raise Problem("version_conflict")
    return group


def update_group(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    group = _group_at_version(ctx, p, args)
    if group.closed:
        raise Problem("group_closed")
    closing = args.get("closed")
    if closing not in (None, True):
        raise Problem("validation_error", "closed may only be true: a group is not reopened")
    if closing and group.enrolled + group.reserved:
        raise Problem("group_not_empty",
                      f"{group.enrolled} enrolled and {group.reserved} reserved")
    _group_fields(ctx, args, group)
    group.closed = bool(closing)
    group.version += 1
    feed.publish_group(ctx.session, group)
    return _group_ref(group)


def set_capacity(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    group = _group_at_version(ctx, p, args)
    capacity = _int(args, "capacity") or 0
    if not 1 <= capacity <= 60:
        raise Problem("validation_error", "capacity must be between 1 and 60")
    if capacity < group.enrolled + group.reserved:
        raise Problem("capacity_exceeded",
                      f"{group.enrolled} enrolled and {group.reserved} reserved already")
    group.capacity = capacity
    group.version += 1
    feed.publish_group(ctx.session, group)
    return _group_ref(group)


def _month(value: str) -> str:
    try:
        date.fromisoformat(f"{value}-01")
    except ValueError as exc:
        raise Problem("validation_error", "month must be YYYY-MM") from exc
    return value


def transfer_child(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    app = _request(ctx, p, args)
    target = _group(ctx, p, _int(args, "group_id"))
    lifecycle.transfer(ctx, app, target)
    return _ref("request", app.id, app.version)


def publish_forecast(ctx: Ctx, p: Principal, args: dict[str, Any]) -> dict[str, Any]:
    assert p.kindergarten_id is not None
    period = _str(args, "period", limit=16)
    places = args.get("places")
    if not isinstance(places, list):
        raise Problem("validation_error", "places must be a list")
    clean = []
    for item in places:
        if not isinstance(item, dict):
            raise Problem("validation_error", "each place entry is an object")
        group = _group(ctx, p, _int(item, "group_id"))
        entry: dict[str, Any] = {"group_id": group.id, "group_name": group.name,
                                 "free_places": _int(item, "free_places")}
        if "month" in item:
            entry["month"] = _month(_str(item, "month", limit=7))
        if item.get("note"):
            entry["note"] = _str(item, "note", limit=500)
        clean.append(entry)
    forecast = ctx.session.scalars(select(Forecast).where(
        Forecast.kindergarten_id == p.kindergarten_id, Forecast.period == period)).first()
    if forecast is None:
        forecast = Forecast(kindergarten_id=p.kindergarten_id, period=period, places=clean,
                            published_at=ctx.now, version=1)
        ctx.session.add(forecast)
    else:
        forecast.places, forecast.published_at = clean, ctx.now
        forecast.version += 1
    ctx.session.flush()
    feed.publish_forecast(ctx.session, forecast)
    return _ref("forecast", forecast.id, forecast.version)


DIRECTOR = ("director",)
REVIEWERS = ("director", "methodologist")
HANDLERS: dict[str, Handler] = {
    "accept_request": Handler(DIRECTOR, accept_request),
    "decline_request": Handler(DIRECTOR, decline_request),
    "return_documents": Handler(REVIEWERS, return_documents),
    "accept_documents": Handler(REVIEWERS, accept_documents),
    "send_contract": Handler(DIRECTOR, send_contract),
    "countersign_contract": Handler(DIRECTOR, countersign_contract),
    "create_group": Handler(DIRECTOR, create_group),
    "update_group": Handler(DIRECTOR, update_group),
    "set_capacity": Handler(DIRECTOR, set_capacity),
    "publish_forecast": Handler(DIRECTOR, publish_forecast),
    "transfer_child": Handler(DIRECTOR, transfer_child),
}


def _actor(session: Session, principal: Principal) -> Actor:
    account = session.get(Account, principal.account_id)
    who = session.get(Person, account.iin) if account else None
    name = f"{who.last_name} {who.first_name}" if who else ""
    return Actor("staff", name, principal.account_id)


def _current_state(ctx: Ctx, principal: Principal, args: dict[str, Any]) -> dict[str, Any] | None:
    """What the portal holds now, for a conflict: only what this kindergarten may see."""
    if "request_id" in args:
        request_id = _whole(args.get("request_id"))
        app = ctx.session.get(Application, request_id) if request_id is not None else None
        if app is None:
            return None
        if app.kindergarten_id != principal.kindergarten_id:
            return {"type": "request", "id": app.id, "deleted": True}
        return _request_state(ctx, app)
    group_id = _whole(args.get("group_id"))
    if group_id is not None:
        group = ctx.session.get(Group, group_id)
        if group is not None and group.kindergarten_id == principal.kindergarten_id:
            return _group_state(group)
    return None


def _outcome(outcome: str, mutation: dict[str, Any], language: str,
             code: str | None = None, detail: str | None = None,
             current: dict[str, Any] | None = None) -> dict[str, Any]:
    result: dict[str, Any] = {"seq": mutation["seq"], "id": mutation["id"], "outcome": outcome}
    if code is not None:
        result["code"] = code
        result["reason"] = title(code, language)
        if detail:
            result["detail"] = detail
    if current is not None:
        result["current"] = current
    return result


def _client_state(session: Session, portal: Portal, principal: Principal,
                  client_id: str) -> ClientState:
    state = session.get(ClientState, client_id, with_for_update=True)
    if state is None:
        state = ClientState(client_id=client_id, account_id=principal.account_id, last_seq=0,
                            updated_at=portal.now())
        session.add(state)
    elif state.account_id != principal.account_id:
        raise Problem("forbidden", "this client id belongs to another account")
    return state


def _run_one(ctx: Ctx, principal: Principal, state: ClientState, mutation: dict[str, Any],
             language: str) -> dict[str, Any]:
    """Apply one mutation, record its outcome and advance the client's sequence.

    No savepoint per mutation: every lifecycle operation checks all its rules before it
    changes anything, so a refusal leaves nothing behind to undo.
    """
    session = ctx.session
    seq, name, args = mutation["seq"], mutation["name"], mutation["args"]
    if seq <= state.last_seq:
        record = session.get(MutationRecord, (state.client_id, seq))
        if record is not None and record.mutation_id == mutation["id"] \
                and record.payload_sha256 == mutation["payload_sha256"]:
            return {**record.result, "replayed": True}
        # Loud, and nothing is stored: the client's log disagrees with what it sent before.
        return _outcome(INVALID, mutation, language, "sequence_reused",
                        f"seq {seq} was used for another mutation")
    if payload_sha256(name, args) != mutation["payload_sha256"]:
        result = _outcome(INVALID, mutation, language, "payload_hash_mismatch")
    elif name not in HANDLERS:
        result = _outcome(INVALID, mutation, language, "unknown_mutation", name)
    elif not set(principal.roles) & set(HANDLERS[name].roles):
        result = _outcome(INVALID, mutation, language, "forbidden_role",
                          f"{name} needs the role {' or '.join(HANDLERS[name].roles)}")
    else:
        try:
            current = HANDLERS[name].apply(ctx, principal, args)
            result = _outcome(APPLIED, mutation, language, current=current)
        except Problem as problem:
            if problem.code in CONFLICT_CODES:
                result = _outcome(CONFLICT, mutation, language, problem.code, problem.detail,
                                  _current_state(ctx, principal, args))
            else:
                result = _outcome(INVALID, mutation, language, problem.code, problem.detail)
    state.last_seq = seq
    state.updated_at = ctx.now
    session.add(MutationRecord(client_id=state.client_id, seq=seq,
                               mutation_id=mutation["id"],
                               payload_sha256=mutation["payload_sha256"], name=name,
                               result=result, at=ctx.now))
    return result


def push(portal: Portal, principal: Principal, client_id: str, mutations: list[dict[str, Any]],
         language: str) -> list[dict[str, Any]]:
    """Apply a push in one transaction: its effects, outcomes and the advanced sequence
    commit together, or (the store failing) nothing does and all of it is retried."""
    try:
        with portal.db.write() as session:
            state = _client_state(session, portal, principal, client_id)
            ctx = Ctx(session, portal.now(), portal.settings, _actor(session, principal))
            # One query for the requests the push is about, instead of one per mutation; the
            # list keeps them in the session's identity map (it holds objects only weakly).
            ids = {_whole(m["args"].get("request_id")) for m in mutations} - {None}
            preloaded = [session.get(Kindergarten, principal.kindergarten_id)]
            if ids:
                preloaded += session.scalars(select(Application).where(Application.id.in_(ids)))
            results = [_run_one(ctx, principal, state, m, language) for m in mutations]
            del preloaded
            return results
    except OperationalError:
        return [_outcome(RETRY_LATER, m, language, "retry_later") for m in mutations]


def last_seq(portal: Portal, principal: Principal, client_id: str) -> int:
    with portal.db.read() as session:
        state = session.get(ClientState, client_id)
        if state is None:
            return 0
        if state.account_id != principal.account_id:
            raise Problem("forbidden", "this client id belongs to another account")
        return state.last_seq
