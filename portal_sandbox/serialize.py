"""The JSON shapes of the API: what parents see of their applications, and what a
kindergarten's staff receive through the change feed."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from portal_sandbox.models import (
    Account,
    Application,
    Contract,
    Document,
    Forecast,
    Group,
    JournalEntry,
    Kindergarten,
    Notification,
    Person,
)
from portal_sandbox.notices import render_all
from portal_sandbox.workdays import PORTAL_TZ


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601; moments with the portal's offset (Asia/Almaty), as the portal shows them."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(PORTAL_TZ).isoformat()
    return value.isoformat()


def person(p: Person | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "iin": p.iin,
        "last_name": p.last_name,
        "first_name": p.first_name,
        "patronymic": p.patronymic,
        "sex": p.sex,
        "birth_date": iso(p.birth_date),
    }


def voucher(app: Application) -> dict[str, Any] | None:
    if app.voucher_issued_at is None:
        return None
    return {
        "issued_at": iso(app.voucher_issued_at),
        "confirm_by": iso(app.confirm_by),
        "confirmed_at": iso(app.confirmed_at),
        "enroll_by": iso(app.enroll_by),
        "extended": app.extended,
    }


def document(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "request_id": doc.application_id,
        "kind": doc.kind,
        "status": doc.status,
        "comment": doc.comment,
        "sha256": doc.sha256,
        "size": doc.size,
        "content_type": doc.content_type,
        "uploaded_at": iso(doc.uploaded_at),
        "version": doc.version,
    }


def contract(c: Contract | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "id": c.id,
        "request_id": c.application_id,
        "kindergarten_id": c.kindergarten_id,
        "status": c.status,
        "sent_sha256": c.sent_sha256,
        "sent_at": iso(c.sent_at),
        "parent_signed_sha256": c.parent_signed_sha256,
        "parent_signed_at": iso(c.parent_signed_at),
        "parent_signer": c.parent_signer,
        "countersigned_sha256": c.countersigned_sha256,
        "countersigned_at": iso(c.countersigned_at),
        "director_signer": c.director_signer,
        "version": c.version,
    }


def group(g: Group) -> dict[str, Any]:
    return {
        "id": g.id,
        "kindergarten_id": g.kindergarten_id,
        "name": g.name,
        "age_from": g.age_from,
        "age_to": g.age_to,
        "language": g.language,
        "capacity": g.capacity,
        "enrolled": g.enrolled,
        "reserved": g.reserved,
        "free": g.free,
        "starts_on": iso(g.starts_on),
        "kind": g.kind,
        "educators": g.educators,
        "room": g.room,
        "closed": g.closed,
        "version": g.version,
    }


def director(kg: Kindergarten) -> dict[str, Any] | None:
    """The head named in the kindergarten's contracts: its first staff account with the
    director role (a kindergarten has one head; a second is a stand-in until the first goes).
    """
    session = object_session(kg)
    if session is None:
        return None
    staff = session.scalars(select(Account).where(Account.kindergarten_id == kg.id)
                            .order_by(Account.id))
    head = next((a for a in staff if "director" in (a.roles or [])), None)
    found = person(session.get(Person, head.iin)) if head is not None else None
    if found is None:
        return None
    return {key: found[key] for key in ("iin", "last_name", "first_name", "patronymic")}


def kindergarten(kg: Kindergarten, groups: list[Group] | None = None,
                 forecast: Forecast | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": kg.id,
        "bin": kg.bin,
        "name": kg.name,
        "locality": kg.locality,
        "address": kg.address,
        "phone": kg.phone,
        "director": director(kg),
        "languages": kg.languages,
        "version": kg.version,
    }
    if groups is not None:
        data["groups"] = [group(g) for g in groups]
        data["free_places"] = sum(max(g.free, 0) for g in groups)
    if forecast is not None:
        # The parents' "forecast of free places": what the kindergarten last published.
        data["forecast"] = {"period": forecast.period, "places": forecast.places,
                            "published_at": iso(forecast.published_at)}
    return data


def _journal(j: JournalEntry) -> dict[str, Any]:
    return {
        "at": iso(j.at),
        "event": j.event,
        "from_status": j.from_status,
        "to_status": j.to_status,
        "actor_kind": j.actor_kind,
        "actor_name": j.actor_name,
        "note": j.note,
    }


def _common(app: Application, child: Person | None) -> dict[str, Any]:
    return {
        "id": app.id,
        "number": app.number,
        "submitted_at": iso(app.submitted_at),
        "child": person(child),
        "locality": app.locality,
        "languages": app.languages,
        "queue_type": app.queue_type,
        "priority_category": app.priority_category,
        "status": app.status,
        "archive_reason": app.archive_reason,
        "voucher": voucher(app),
        "stop_list_until": iso(app.stop_list_until),
        "restored": app.restored,
        "kindergarten_id": app.kindergarten_id,
        "group_id": app.group_id,
        "version": app.version,
    }


def application(
    session: Session, app: Application, *, queue_position: int | None, extension_available: bool
) -> dict[str, Any]:
    """An application as its parent sees it."""
    data = _common(app, session.get(Person, app.child_iin))
    docs = session.scalars(select(Document).where(Document.application_id == app.id))
    c = session.scalars(select(Contract).where(Contract.application_id == app.id)).first()
    data.update(
        queue_position=queue_position,
        extension_available=extension_available,
        review=app.review,
        decline_reason=app.decline_reason,
        decline_comment=app.decline_comment,
        contract=contract(c),
        documents=[document(d) for d in docs],
    )
    return data


def requests(session: Session, apps: list[Application]) -> dict[int, dict[str, Any]]:
    """Applications as the kindergarten's staff see them (their enrollment requests).

    Made for many at once, with one query per related table, because a push of a hundred
    decisions republishes a hundred requests in one transaction.
    """
    if not apps:
        return {}
    ids = [app.id for app in apps]
    accounts = {a.id: a for a in session.scalars(
        select(Account).where(Account.id.in_({app.account_id for app in apps})))}
    iins = {app.child_iin for app in apps} | {a.iin for a in accounts.values()}
    people = {p.iin: p for p in session.scalars(select(Person).where(Person.iin.in_(iins)))}
    contracts = {c.application_id: c.id for c in session.scalars(
        select(Contract).where(Contract.application_id.in_(ids)))}
    journal: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for j in session.scalars(select(JournalEntry).where(JournalEntry.application_id.in_(ids))
                             .order_by(JournalEntry.id)):
        journal[j.application_id].append(_journal(j))
    out = {}
    for app in apps:
        data = _common(app, people.get(app.child_iin))
        account = accounts.get(app.account_id)
        parent = person(people.get(account.iin)) if account else None
        if parent is not None and account is not None:
            parent["phone"] = account.phone
        data.update(
            parent=parent,
            requested_at=iso(app.requested_at),
            review=app.review,
            decline_reason=app.decline_reason,
            decline_comment=app.decline_comment,
            contract_id=contracts.get(app.id),
            history=journal[app.id],
        )
        out[app.id] = data
    return out


def request(session: Session, app: Application) -> dict[str, Any]:
    return requests(session, [app])[app.id]


def notification(n: Notification) -> dict[str, Any]:
    return {
        "id": n.id,
        "code": n.code,
        "params": n.params,
        "request_id": n.application_id,
        "created_at": iso(n.created_at),
        "text": render_all(n.code, n.params),
    }


def forecast(f: Forecast) -> dict[str, Any]:
    return {
        "id": f.id,
        "kindergarten_id": f.kindergarten_id,
        "period": f.period,
        "places": f.places,
        "published_at": iso(f.published_at),
        "version": f.version,
    }
