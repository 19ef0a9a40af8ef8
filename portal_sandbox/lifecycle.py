"""The voucher and enrollment lifecycle (docs/lifecycle.md), as operations on the store.

Every operation takes a `Ctx` (session, clock reading, settings, who acts), checks the rule,
changes the application, writes the journal and the notifications, and republishes what
the kindergarten's staff see. Callers own the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from portal_sandbox import feed
from portal_sandbox.config import Settings
from portal_sandbox.errors import Problem
from portal_sandbox.models import (
    Account,
    Application,
    Contract,
    Document,
    Group,
    JournalEntry,
    Kindergarten,
    Notification,
    Person,
)
from portal_sandbox.notices import DECLINE_REASONS, DOCUMENT_KINDS, REQUIRED_DOCUMENTS
from portal_sandbox.workdays import (
    DayUnit,
    deadline_after,
    end_of_day,
    extend_deadline,
    is_last_day,
    local_date,
)

QUEUED = "queued"
VOUCHER_ISSUED = "voucher_issued"
STOP_LIST = "stop_list"
CHOOSING = "choosing"
AWAITING_CONTRACT = "awaiting_contract"
CONTRACT_SENT = "contract_sent"
AWAITING_COUNTERSIGN = "awaiting_countersign"
ENROLLED = "enrolled"
ARCHIVED = "archived"
STATUSES = (QUEUED, VOUCHER_ISSUED, STOP_LIST, CHOOSING, AWAITING_CONTRACT, CONTRACT_SENT,
            AWAITING_COUNTERSIGN, ENROLLED, ARCHIVED)
ARCHIVE_REASONS = ("declined", "stop_list_expired", "second_no_response",
                   "enrollment_window_expired", "withdrawn")
# While the enrollment window runs, the application is somewhere in these.
IN_WINDOW = (CHOOSING, AWAITING_CONTRACT, CONTRACT_SENT, AWAITING_COUNTERSIGN)
AT_KINDERGARTEN = (AWAITING_CONTRACT, CONTRACT_SENT, AWAITING_COUNTERSIGN)
ACTIVE = (QUEUED, VOUCHER_ISSUED, STOP_LIST, *IN_WINDOW)
# A document is received when uploaded (again), then accepted or returned with a comment.
RECEIVED, ACCEPTED, RETURNED = "received", "accepted", "returned"
DOCUMENT_STATUSES = (RECEIVED, ACCEPTED, RETURNED)

QUEUE_TYPES = ("general", "special", "sanatorium")
# Legal priority categories come before the age cohorts; within one rank, submission time.
PRIORITY_RANKS = {"orphan": 1, "disabled": 2, "large_family": 3, "military_family": 4}
COHORT_RANK = 10


@dataclass(frozen=True)
class Actor:
    kind: str  # "parent", "staff", "portal"
    name: str = ""
    account_id: int | None = None


PORTAL = Actor("portal", "BALABAQSHA")


@dataclass
class Ctx:
    session: Session
    now: datetime
    settings: Settings
    actor: Actor = PORTAL


# helpers


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def priority_for(child: Person, claimed: str | None, today: date) -> tuple[str, int]:
    if claimed:
        if claimed not in PRIORITY_RANKS:
            raise Problem("validation_error", f"unknown priority category {claimed!r}")
        return claimed, PRIORITY_RANKS[claimed]
    return f"age_{age_on(child.birth_date, today)}", COHORT_RANK


def _running_deadline(app: Application) -> datetime | None:
    if app.status == VOUCHER_ISSUED:
        return app.confirm_by
    if app.status == STOP_LIST:
        return app.stop_list_until
    if app.status in IN_WINDOW:
        return app.enroll_by
    return None


def _transition(ctx: Ctx, app: Application, to_status: str, event: str, note: str = "") -> None:
    from_status = app.status
    app.status = to_status
    _touch(ctx, app)
    ctx.session.add(
        JournalEntry(
            application_id=app.id,
            at=ctx.now,
            event=event,
            from_status=from_status,
            to_status=to_status,
            actor_kind=ctx.actor.kind,
            actor_name=ctx.actor.name,
            note=note,
        )
    )


def _touch(ctx: Ctx, app: Application) -> None:
    app.version += 1
    app.updated_at = ctx.now
    app.deadline_at = _running_deadline(app)


def _journal(ctx: Ctx, app: Application, event: str, note: str = "") -> None:
    ctx.session.add(
        JournalEntry(
            application_id=app.id, at=ctx.now, event=event, from_status=app.status,
            to_status=app.status, actor_kind=ctx.actor.kind, actor_name=ctx.actor.name,
            note=note,
        )
    )


def notify_parent(ctx: Ctx, app: Application, code: str, **params: Any) -> None:
    ctx.session.add(
        Notification(account_id=app.account_id, application_id=app.id, code=code,
                     params=params, created_at=ctx.now)
    )


def notify_staff(ctx: Ctx, kindergarten_id: int, app: Application, code: str,
                 **params: Any) -> None:
    note = Notification(kindergarten_id=kindergarten_id, application_id=app.id, code=code,
                        params={"number": app.number, **params}, created_at=ctx.now)
    ctx.session.add(note)
    ctx.session.flush()
    feed.publish_notification(ctx.session, note)


def child_name(session: Session, app: Application) -> str:
    child = session.get(Person, app.child_iin)
    return f"{child.last_name} {child.first_name}" if child else app.child_iin


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _require(app: Application, *statuses: str) -> None:
    if app.status not in statuses:
        raise Problem("not_allowed_in_status", f"the application is {app.status}",
                      status_now=app.status)


def _lock_group(ctx: Ctx, group_id: int) -> Group:
    """The group, locked for this transaction: places are counted by one writer at a time."""
    # Held here, the locked group also stays in the session's identity map for the rest of
    # the transaction, so the next decision on it costs no query.
    locked: dict[int, Group] = ctx.session.info.setdefault("locked_groups", {})
    if group_id not in locked:
        locked[group_id] = ctx.session.scalars(
            select(Group).where(Group.id == group_id).with_for_update()
        ).one()
    return locked[group_id]


def _bump_group(ctx: Ctx, group: Group) -> None:
    group.version += 1
    feed.publish_group(ctx.session, group)


def _release_place(ctx: Ctx, app: Application) -> None:
    if app.review == "accepted" and app.group_id is not None:
        group = _lock_group(ctx, app.group_id)
        group.reserved = max(group.reserved - 1, 0)
        _bump_group(ctx, group)


def _leave_kindergarten(ctx: Ctx, app: Application) -> int | None:
    """Detach a request from its kindergarten (declined): the staff get tombstones."""
    kg_id = app.kindergarten_id
    _release_place(ctx, app)
    app.kindergarten_id = None
    app.group_id = None
    app.review = None
    app.requested_at = None
    if kg_id is not None:
        feed.withdraw_request(ctx.session, app, kg_id)
    return kg_id


def _archive(ctx: Ctx, app: Application, reason: str) -> None:
    _release_place(ctx, app)
    app.archive_reason = reason
    kg_id = app.kindergarten_id
    _transition(ctx, app, ARCHIVED, f"archived_{reason}")
    notify_parent(ctx, app, f"archived_{reason}")
    if kg_id is not None:
        notify_staff(ctx, kg_id, app, "staff_request_closed", archive_reason=reason)
        feed.publish_request(ctx.session, app)


# the queue


def submit(ctx: Ctx, account: Account, child: Person, locality: str, languages: list[str],
           queue_type: str, priority: str | None) -> Application:
    active = ctx.session.scalars(
        select(Application.id).where(
            Application.child_iin == child.iin, Application.status.in_(ACTIVE)
        )
    ).first()
    if active is not None:
        raise Problem("application_exists")
    category, rank = priority_for(child, priority, local_date(ctx.now))
    number = (ctx.session.scalar(select(func.max(Application.number))) or 257000) + 1
    app = Application(
        number=number, account_id=account.id, child_iin=child.iin, locality=locality,
        languages=languages, queue_type=queue_type, priority_category=category,
        priority_rank=rank, submitted_at=ctx.now, status=QUEUED, version=0,
        updated_at=ctx.now,
    )
    ctx.session.add(app)
    ctx.session.flush()
    ctx.session.add(JournalEntry(application_id=app.id, at=ctx.now, event="submitted",
                                 from_status=None, to_status=QUEUED, actor_kind=ctx.actor.kind,
                                 actor_name=ctx.actor.name))
    _touch(ctx, app)
    notify_parent(ctx, app, "application_accepted", position=queue_position(ctx.session, app))
    return app


def queue_position(session: Session, app: Application) -> int | None:
    if app.status != QUEUED:
        return None
    ahead = session.scalar(
        select(func.count()).select_from(Application).where(
            Application.locality == app.locality,
            Application.status == QUEUED,
            or_(
                Application.priority_rank < app.priority_rank,
                and_(Application.priority_rank == app.priority_rank,
                     Application.submitted_at < app.submitted_at),
                and_(Application.priority_rank == app.priority_rank,
                     Application.submitted_at == app.submitted_at,
                     Application.id < app.id),
            ),
        )
    )
    return int(ahead or 0) + 1


def issue_vouchers(ctx: Ctx, locality: str, count: int) -> list[Application]:
    apps = list(
        ctx.session.scalars(
            select(Application)
            .where(Application.locality == locality, Application.status == QUEUED)
            .order_by(Application.priority_rank, Application.submitted_at, Application.id)
            .limit(count)
            .with_for_update()
        )
    )
    for app in apps:
        issue_voucher(ctx, app)
    return apps


def issue_voucher(ctx: Ctx, app: Application) -> None:
    _require(app, QUEUED)
    s = ctx.settings
    app.voucher_issued_at = ctx.now
    app.confirm_by = deadline_after(ctx.now, s.confirm_days, s.confirm_unit)
    app.confirmed_at = None
    app.enroll_by = None
    app.extended = False
    _transition(ctx, app, VOUCHER_ISSUED, "voucher_issued")
    notify_parent(ctx, app, "voucher_issued", child=child_name(ctx.session, app),
                  confirm_by=_iso(app.confirm_by))


# the parent's answers


def confirm(ctx: Ctx, app: Application) -> None:
    _require(app, VOUCHER_ISSUED)
    assert app.confirm_by is not None
    if ctx.now > app.confirm_by:
        raise Problem("deadline_passed")
    app.confirmed_at = ctx.now
    app.enroll_by = deadline_after(ctx.now, ctx.settings.choose_working_days, DayUnit.WORKING)
    _transition(ctx, app, CHOOSING, "voucher_confirmed")
    notify_parent(ctx, app, "voucher_confirmed", enroll_by=_iso(app.enroll_by))


def decline_voucher(ctx: Ctx, app: Application) -> None:
    _require(app, VOUCHER_ISSUED)
    assert app.confirm_by is not None
    if ctx.now > app.confirm_by:
        raise Problem("deadline_passed")
    app.archive_reason = "declined"
    _transition(ctx, app, ARCHIVED, "voucher_declined")
    notify_parent(ctx, app, "voucher_declined")


def restore(ctx: Ctx, app: Application) -> None:
    _require(app, STOP_LIST)
    if app.restored:
        raise Problem("restore_not_available", "already restored once")
    assert app.stop_list_until is not None
    if ctx.now > app.stop_list_until:
        raise Problem("restore_not_available", "the 28 days have passed")
    app.restored = True
    app.stop_list_until = None
    app.voucher_issued_at = None
    app.confirm_by = None
    _transition(ctx, app, QUEUED, "restored")
    notify_parent(ctx, app, "restored_from_stop_list")


def extend(ctx: Ctx, app: Application) -> None:
    _require(app, *IN_WINDOW)
    assert app.enroll_by is not None
    if app.extended or not is_last_day(app.enroll_by, ctx.now):
        raise Problem("extension_not_available")
    app.extended = True
    app.enroll_by = extend_deadline(app.enroll_by, ctx.settings.extension_working_days)
    _touch(ctx, app)
    _journal(ctx, app, "extended", app.enroll_by.isoformat())
    notify_parent(ctx, app, "extension_granted", enroll_by=_iso(app.enroll_by))
    feed.publish_request(ctx.session, app)


def extension_available(app: Application, now: datetime) -> bool:
    return (
        app.status in IN_WINDOW
        and not app.extended
        and app.enroll_by is not None
        and is_last_day(app.enroll_by, now)
    )


def withdraw(ctx: Ctx, app: Application) -> None:
    _require(app, *ACTIVE)
    _archive(ctx, app, "withdrawn")


def group_fits(child: Person, group: Group, languages: list[str]) -> str | None:
    """Why a group does not suit the child, or None when it does."""
    age = age_on(child.birth_date, group.starts_on)
    if not group.age_from <= age <= group.age_to:
        return f"the child will be {age} on {group.starts_on.isoformat()}, the group takes " \
               f"{group.age_from}-{group.age_to}"
    # A mixed group teaches in both languages: it suits whichever the parent asked for.
    if group.language != "mixed" and group.language not in languages:
        return f"the group teaches in {group.language}, the application asks for {languages}"
    return None


def choose(ctx: Ctx, app: Application, kg: Kindergarten, group: Group) -> None:
    _require(app, CHOOSING)
    assert app.enroll_by is not None
    if ctx.now > app.enroll_by:
        raise Problem("deadline_passed")
    if group.kindergarten_id != kg.id:
        raise Problem("not_found", "the group is not in this kindergarten")
    if group.closed:
        raise Problem("group_closed")
    child = ctx.session.get(Person, app.child_iin)
    assert child is not None
    mismatch = group_fits(child, group, app.languages)
    if mismatch:
        raise Problem("group_mismatch", mismatch)
    if group.free <= 0:
        raise Problem("capacity_exceeded")
    app.kindergarten_id = kg.id
    app.group_id = group.id
    app.review = "new"
    app.requested_at = ctx.now
    app.decline_reason = None
    app.decline_comment = None
    _transition(ctx, app, AWAITING_CONTRACT, "request_sent", kg.name)
    notify_parent(ctx, app, "request_sent", kindergarten=kg.name)
    notify_staff(ctx, kg.id, app, "staff_new_request", child=child_name(ctx.session, app))
    feed.publish_request(ctx.session, app)
    # Documents uploaded for an earlier choice travel with the request.
    for doc in ctx.session.scalars(select(Document).where(Document.application_id == app.id)):
        feed.publish_document(ctx.session, doc, kg.id)


# documents


def upload_document(ctx: Ctx, app: Application, kind: str, sha256: str, content_type: str,
                    size: int) -> Document:
    if kind not in DOCUMENT_KINDS:
        raise Problem("unknown_document_kind")
    _require(app, CHOOSING, *AT_KINDERGARTEN)
    doc = ctx.session.scalars(
        select(Document).where(Document.application_id == app.id, Document.kind == kind)
    ).first()
    if doc is None:
        doc = Document(application_id=app.id, kind=kind, sha256=sha256,
                       content_type=content_type, size=size, status=RECEIVED, comment="",
                       uploaded_at=ctx.now, version=1)
        ctx.session.add(doc)
    elif doc.sha256 != sha256 or doc.status == RETURNED:
        doc.sha256, doc.content_type, doc.size = sha256, content_type, size
        doc.status, doc.comment, doc.uploaded_at = RECEIVED, "", ctx.now
        doc.version += 1
    else:
        return doc  # the same file again: nothing changes
    ctx.session.flush()
    _journal(ctx, app, "document_uploaded", kind)
    if app.kindergarten_id is not None:
        feed.publish_document(ctx.session, doc, app.kindergarten_id)
        notify_staff(ctx, app.kindergarten_id, app, "staff_document_uploaded", kind=kind)
    return doc


def _documents(ctx: Ctx, app: Application) -> dict[str, Document]:
    rows = ctx.session.scalars(select(Document).where(Document.application_id == app.id))
    return {d.kind: d for d in rows}


def review_documents(ctx: Ctx, app: Application, verdicts: dict[str, tuple[str, str]]) -> None:
    """Mark documents accepted or returned (with a comment): methodologist's work."""
    _require(app, *AT_KINDERGARTEN)
    docs = _documents(ctx, app)
    for kind, (status, comment) in verdicts.items():
        if kind not in DOCUMENT_KINDS:
            raise Problem("unknown_document_kind", kind)
        if kind not in docs:
            raise Problem("not_found", f"no {kind} was uploaded")
        if status == RETURNED and not comment.strip():
            raise Problem("validation_error", f"a returned {kind} needs a comment")
    returned: list[str] = []
    for kind, (status, comment) in verdicts.items():
        doc = docs[kind]
        doc.status, doc.comment = status, comment.strip()
        doc.version += 1
        assert app.kindergarten_id is not None
        feed.publish_document(ctx.session, doc, app.kindergarten_id)
        if status == RETURNED:
            returned.append(kind)
    _touch(ctx, app)
    summary = ", ".join(f"{k}={v[0]}" for k, v in verdicts.items())
    _journal(ctx, app, "documents_reviewed", summary)
    if returned:
        kg = ctx.session.get(Kindergarten, app.kindergarten_id)
        notify_parent(ctx, app, "documents_returned", kindergarten=kg.name if kg else "",
                      kind_list=returned)
    feed.publish_request(ctx.session, app)


# the kindergarten's decisions


def _check_base_version(app: Application, base_version: int | None) -> None:
    if base_version is not None and base_version != app.version:
        raise Problem("version_conflict", f"the request is at version {app.version}")


def accept(ctx: Ctx, app: Application, base_version: int | None = None) -> None:
    _require(app, AWAITING_CONTRACT)
    _check_base_version(app, base_version)
    if app.review == "accepted":
        raise Problem("already_decided")
    assert app.group_id is not None
    group = _lock_group(ctx, app.group_id)
    if group.free <= 0:
        raise Problem("capacity_exceeded", group=group.name)
    group.reserved += 1
    _bump_group(ctx, group)
    app.review = "accepted"
    _touch(ctx, app)
    _journal(ctx, app, "request_accepted")
    kg = ctx.session.get(Kindergarten, app.kindergarten_id)
    notify_parent(ctx, app, "request_accepted", kindergarten=kg.name if kg else "")
    feed.publish_request(ctx.session, app)


def decline(ctx: Ctx, app: Application, reason: str, comment: str = "",
            base_version: int | None = None) -> None:
    _require(app, AWAITING_CONTRACT)
    _check_base_version(app, base_version)
    if reason not in DECLINE_REASONS:
        raise Problem("unknown_decline_reason")
    if reason == "other" and not comment.strip():
        raise Problem("validation_error", "the reason 'other' needs a comment")
    kg = ctx.session.get(Kindergarten, app.kindergarten_id)
    app.decline_reason, app.decline_comment = reason, comment.strip()
    _transition(ctx, app, CHOOSING, "request_declined", f"{reason}: {comment}".strip(": "))
    _leave_kindergarten(ctx, app)
    notify_parent(ctx, app, "request_declined", kindergarten=kg.name if kg else "",
                  reason_code=reason, comment=comment.strip(), enroll_by=_iso(app.enroll_by))


# contracts


def send_contract(ctx: Ctx, app: Application, sha256: str) -> Contract:
    _require(app, AWAITING_CONTRACT)
    if app.review != "accepted":
        raise Problem("not_allowed_in_status", "accept the request (reserve a place) first",
                      status_now=app.status)
    assert app.kindergarten_id is not None
    contract = ctx.session.scalars(
        select(Contract).where(Contract.application_id == app.id)
    ).first()
    if contract is None:
        contract = Contract(application_id=app.id, kindergarten_id=app.kindergarten_id,
                            status="sent", sent_sha256=sha256, sent_at=ctx.now, version=1)
        ctx.session.add(contract)
    else:  # a contract sent again after a decline and a new choice of the same kindergarten
        contract.kindergarten_id = app.kindergarten_id
        contract.status, contract.sent_sha256, contract.sent_at = "sent", sha256, ctx.now
        contract.parent_signed_sha256 = contract.countersigned_sha256 = None
        contract.parent_signed_at = contract.countersigned_at = None
        contract.parent_signer = contract.director_signer = None
        contract.version += 1
    ctx.session.flush()
    _transition(ctx, app, CONTRACT_SENT, "contract_sent", sha256)
    kg = ctx.session.get(Kindergarten, app.kindergarten_id)
    notify_parent(ctx, app, "contract_received", kindergarten=kg.name if kg else "")
    feed.publish_contract(ctx.session, contract)
    feed.publish_request(ctx.session, app)
    return contract


def contract_of(ctx: Ctx, app: Application) -> Contract:
    contract = ctx.session.scalars(
        select(Contract).where(Contract.application_id == app.id)
    ).first()
    if contract is None:
        raise Problem("contract_missing")
    return contract


def missing_documents(ctx: Ctx, app: Application, *, need_accepted: bool) -> list[str]:
    docs = _documents(ctx, app)
    missing = []
    for kind in REQUIRED_DOCUMENTS:
        doc = docs.get(kind)
        if doc is None or doc.status == RETURNED or (need_accepted and doc.status != ACCEPTED):
            missing.append(kind)
    return missing


def parent_signed(ctx: Ctx, app: Application, sha256: str, signer: dict[str, Any]) -> Contract:
    """Record the parent's signature, already checked by the caller against the sent PDF."""
    _require(app, CONTRACT_SENT)
    contract = contract_of(ctx, app)
    contract.status = "signed_by_parent"
    contract.parent_signed_sha256 = sha256
    contract.parent_signed_at = ctx.now
    contract.parent_signer = signer
    contract.version += 1
    _transition(ctx, app, AWAITING_COUNTERSIGN, "contract_signed_by_parent", sha256)
    notify_parent(ctx, app, "contract_signed_by_parent")
    assert app.kindergarten_id is not None
    notify_staff(ctx, app.kindergarten_id, app, "staff_contract_signed")
    feed.publish_contract(ctx.session, contract)
    feed.publish_request(ctx.session, app)
    return contract


def countersigned(ctx: Ctx, app: Application, sha256: str, signer: dict[str, Any]) -> Contract:
    """Record the director's countersignature (checked by the caller): the child is enrolled."""
    _require(app, AWAITING_COUNTERSIGN)
    missing = missing_documents(ctx, app, need_accepted=True)
    if missing:
        raise Problem("documents_incomplete", ", ".join(missing), missing=missing)
    contract = contract_of(ctx, app)
    contract.status = "countersigned"
    contract.countersigned_sha256 = sha256
    contract.countersigned_at = ctx.now
    contract.director_signer = signer
    contract.version += 1
    assert app.group_id is not None
    group = _lock_group(ctx, app.group_id)
    group.reserved = max(group.reserved - 1, 0)
    group.enrolled += 1
    _bump_group(ctx, group)
    app.review = "enrolled"
    _transition(ctx, app, ENROLLED, "enrolled", sha256)
    kg = ctx.session.get(Kindergarten, app.kindergarten_id)
    notify_parent(ctx, app, "enrolled", child=child_name(ctx.session, app),
                  kindergarten=kg.name if kg else "", group=group.name)
    feed.publish_contract(ctx.session, contract)
    feed.publish_request(ctx.session, app)
    return contract


def holds_place(app: Application) -> bool:
    """Whether the child counts in its group: enrolled, or accepted (a place reserved)."""
    return app.status == ENROLLED or (app.status in IN_WINDOW and app.review == "accepted")


def transfer(ctx: Ctx, app: Application, target: Group) -> None:
    """Move a child holding a place to another group of the same kindergarten: the target
    must suit the child's age on its start day and the parent's language, and have room."""
    if not holds_place(app) or app.group_id is None:
        raise Problem("not_allowed_in_status", "only an enrolled or accepted child moves",
                      status_now=app.status)
    if target.kindergarten_id != app.kindergarten_id:
        raise Problem("not_found", "no such group")
    if target.id == app.group_id:
        raise Problem("validation_error", "the child is in this group already")
    if target.closed:
        raise Problem("group_closed")
    child = ctx.session.get(Person, app.child_iin)
    assert child is not None
    mismatch = group_fits(child, target, app.languages)
    if mismatch:
        raise Problem("group_mismatch", mismatch)
    source = _lock_group(ctx, app.group_id)
    target = _lock_group(ctx, target.id)
    if target.free <= 0:
        raise Problem("capacity_exceeded", group=target.name)
    counter = "enrolled" if app.status == ENROLLED else "reserved"
    setattr(source, counter, max(getattr(source, counter) - 1, 0))
    setattr(target, counter, getattr(target, counter) + 1)
    _bump_group(ctx, source)
    _bump_group(ctx, target)
    app.group_id = target.id
    _touch(ctx, app)
    _journal(ctx, app, "child_transferred", f"{source.name} → {target.name}")
    notify_parent(ctx, app, "child_transferred", child=child_name(ctx.session, app),
                  source=source.name, group=target.name)
    feed.publish_request(ctx.session, app)


# the scheduler


def run_deadlines(ctx: Ctx) -> int:
    """Apply every deadline that has passed by `ctx.now`; returns how many moved."""
    overdue = ctx.session.scalars(
        select(Application)
        .where(Application.deadline_at.is_not(None), Application.deadline_at < ctx.now)
        .order_by(Application.deadline_at, Application.id)
        .with_for_update()
    ).all()
    return sum(apply_deadlines(ctx, app) for app in overdue)


def apply_deadlines(ctx: Ctx, app: Application) -> int:
    """Apply one application's deadlines that passed by `ctx.now`, one after another.

    Each rule runs as of the moment its deadline passed, so the stop-list's 28 days start
    then, not whenever the scheduler happens to run.
    """
    moved = 0
    while app.deadline_at is not None and app.deadline_at < ctx.now:
        passed = Ctx(ctx.session, app.deadline_at + timedelta(seconds=1), ctx.settings, PORTAL)
        if app.status == VOUCHER_ISSUED and app.restored:
            _archive(passed, app, "second_no_response")
        elif app.status == VOUCHER_ISSUED:
            app.stop_list_until = end_of_day(
                local_date(passed.now) + timedelta(days=ctx.settings.stop_list_days)
            )
            _transition(passed, app, STOP_LIST, "voucher_annulled")
            notify_parent(passed, app, "voucher_annulled_stop_list",
                          until=_iso(app.stop_list_until))
        elif app.status == STOP_LIST:
            _archive(passed, app, "stop_list_expired")
        else:
            _archive(passed, app, "enrollment_window_expired")
        moved += 1
    return moved
