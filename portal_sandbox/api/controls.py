"""Sandbox controls: the clock, the queue, the register, the world and the test PKI.

They exist only when the portal was started as a sandbox.
"""

from __future__ import annotations

import base64
from datetime import date, datetime, timedelta
from typing import Annotated, Any, Literal

from cryptography.hazmat.primitives.serialization import Encoding
from fastapi import APIRouter, Query, Response
from pydantic import AwareDatetime, BaseModel, Field
from sqlalchemy import select

from portal_sandbox import identity, keys, lifecycle, serialize, world
from portal_sandbox.api.deps import SandboxDep
from portal_sandbox.errors import Problem
from portal_sandbox.models import (
    Account,
    Application,
    Group,
    Kindergarten,
    Person,
    Setting,
    SmsCode,
)
from portal_sandbox.pki import Subject
from portal_sandbox.seed import DEMO_KEYS, KEY_PASSWORD
from portal_sandbox.workdays import add_working_days, local_date

router = APIRouter(prefix="/sandbox", tags=["sandbox controls"])


class ClockIn(BaseModel):
    now: AwareDatetime


class AdvanceIn(BaseModel):
    days: int = Field(strict=True, default=0, ge=0, le=3650)
    hours: int = Field(strict=True, default=0, ge=0, le=87600)
    working_days: int = Field(strict=True, default=0, ge=0, le=2000)


class IssueIn(BaseModel):
    locality: str = Field(min_length=1, max_length=100)
    count: int = Field(strict=True, ge=1, le=10000)


class PersonIn(BaseModel):
    iin: str = Field(max_length=32)
    last_name: str = Field(min_length=1, max_length=100)
    first_name: str = Field(min_length=1, max_length=100)
    patronymic: str = Field(default="", max_length=100)
    sex: Literal["male", "female"]
    birth_date: date
    parents: list[str] = Field(default_factory=list, max_length=4)


class GroupIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    age_from: int = Field(strict=True, ge=0, le=7)
    age_to: int = Field(strict=True, ge=0, le=7)
    language: Literal["kk", "ru", "mixed"]
    capacity: int = Field(strict=True, ge=1, le=60)
    kind: Literal["general", "special_needs", "short_stay"] = "general"


class KindergartenIn(BaseModel):
    bin: str = Field(max_length=32)
    name: str = Field(min_length=1, max_length=300)
    locality: str = Field(min_length=1, max_length=100)
    languages: list[Literal["kk", "ru"]] = Field(min_length=1, max_length=2)
    address: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=32)
    groups: list[GroupIn] = Field(default_factory=list, max_length=100)


class StaffIn(BaseModel):
    bin: str = Field(max_length=32)
    iin: str = Field(max_length=32)
    roles: list[Literal["director", "methodologist", "administrator"]] = Field(
        min_length=1, max_length=3)
    password: str = Field(max_length=200)
    login: str | None = Field(default=None, max_length=64, pattern=r"^[A-Za-z0-9._-]+$")
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=32)


class PkiIssueIn(BaseModel):
    iin: str = Field(max_length=32)
    bin: str | None = Field(default=None, max_length=32)
    role: Literal["individual", "first_head", "right_to_sign", "employee", "financial",
                  "hr"] | None = None
    usage: Literal["sign", "auth"]
    password: str = Field(min_length=1, max_length=200)
    not_before: AwareDatetime | None = None
    not_after: AwareDatetime | None = None


class RevokeIn(BaseModel):
    serial: str = Field(pattern=r"^[0-9]{1,60}$", description="Decimal serial number")


def _moved(portal: Any, now: datetime, moved: int) -> dict[str, Any]:
    return {"now": now.isoformat(), "deadlines_applied": moved}


@router.get("/demo")
def demo_logins(portal: SandboxDep) -> dict[str, Any]:
    """The demo world's staff accounts, for a client's log-in screen in sandbox mode, with
    where their test keys are (a client on the same computer shows them where keys are
    asked for): `keys_dir` holds every account's folder; each account's `auth_key` signs
    in and `sign_key` signs contracts; all open with `key_password`."""
    with portal.db.read() as session:
        row = session.get(Setting, "demo_logins")
        logins = [] if row is None else row.value["logins"]
    shown = []
    for login in logins:
        paths = list(login.get("keys") or [])
        entry = {k: v for k, v in login.items() if k != "keys"}
        # The seed writes each account's AUTH key first, then its signing key.
        entry["auth_key"], entry["sign_key"] = [*paths, "", ""][:2]
        shown.append(entry)
    return {"logins": shown, "key_password": KEY_PASSWORD if logins else None,
            "keys_dir": str(portal.settings.data_dir / DEMO_KEYS) if logins else None}


@router.get("/clock")
def get_clock(portal: SandboxDep) -> dict[str, Any]:
    return {"now": portal.now().isoformat()}


@router.post("/clock")
def set_clock(body: ClockIn, portal: SandboxDep) -> dict[str, Any]:
    if not datetime(2000, 1, 1).astimezone() < body.now < datetime(2200, 1, 1).astimezone():
        raise Problem("validation_error", "the clock must stay between 2000 and 2200")
    now, moved = portal.set_clock(body.now)
    return _moved(portal, now, moved)


@router.post("/clock/advance")
def advance_clock(body: AdvanceIn, portal: SandboxDep) -> dict[str, Any]:
    target = portal.now() + timedelta(days=body.days, hours=body.hours)
    if body.working_days:
        # Same time of day, that many working days on.
        day = add_working_days(local_date(target), body.working_days)
        target += timedelta(days=(day - local_date(target)).days)
    now, moved = portal.set_clock(target)
    return _moved(portal, now, moved)


@router.post("/deadlines/run")
def run_deadlines(portal: SandboxDep) -> dict[str, Any]:
    return _moved(portal, portal.now(), portal.run_deadlines())


@router.post("/vouchers/issue")
def issue_vouchers(body: IssueIn, portal: SandboxDep) -> dict[str, Any]:
    with portal.change() as ctx:
        apps = lifecycle.issue_vouchers(ctx, body.locality, body.count)
        return {"issued": [{"id": a.id, "number": a.number,
                            "confirm_by": serialize.iso(a.confirm_by)} for a in apps]}


@router.get("/sms")
def sms(portal: SandboxDep,
        phone: Annotated[str, Query(max_length=32)]) -> list[dict[str, Any]]:
    normalised = identity.normalise_phone(phone)
    with portal.db.read() as session:
        rows = session.scalars(select(SmsCode).where(SmsCode.phone == normalised)
                               .order_by(SmsCode.id.desc()).limit(50))
        return [{"phone": r.phone, "text": r.text, "code": r.code, "purpose": r.purpose,
                 "sent_at": serialize.iso(r.created_at),
                 "expires_at": serialize.iso(r.expires_at)} for r in rows]


StatusName = Literal["queued", "voucher_issued", "stop_list", "choosing", "awaiting_contract",
                     "contract_sent", "awaiting_countersign", "enrolled", "archived"]


def _parent_json(account: Account, who: Person | None,
                 apps: list[Application]) -> dict[str, Any]:
    return {
        "account_id": account.id, "iin": account.iin, "phone": account.phone,
        "last_name": who.last_name if who else "", "first_name": who.first_name if who else "",
        "patronymic": who.patronymic if who else "",
        "applications": [{"id": a.id, "number": a.number, "status": a.status,
                          "version": a.version, "child_iin": a.child_iin,
                          "deadline_at": serialize.iso(a.deadline_at)} for a in apps],
    }


@router.get("/parents")
def parents(portal: SandboxDep,
            status: Annotated[list[StatusName] | None, Query()] = None,
            limit: Annotated[int, Query(ge=1, le=1000)] = 100,
            offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> dict[str, Any]:
    """Parent accounts with their applications: how the parent simulator finds the world's
    parents. `status` (repeatable) keeps those with an application in one of them."""
    with portal.db.read() as session:
        query = select(Account).order_by(Account.id)
        if status:
            query = query.where(Account.id.in_(
                select(Application.account_id).where(Application.status.in_(status))))
        # Roles are a JSON list, which SQLite and PostgreSQL query differently: filter here.
        accounts = [a for a in session.scalars(query) if "parent" in (a.roles or [])]
        page = accounts[offset:offset + limit]
        ids = [a.id for a in page]
        apps: dict[int, list[Application]] = {i: [] for i in ids}
        for app in session.scalars(select(Application).where(
                Application.account_id.in_(ids)).order_by(Application.id)):
            apps[app.account_id].append(app)
        people = {p.iin: p for p in session.scalars(
            select(Person).where(Person.iin.in_([a.iin for a in page])))}
        return {"parents": [_parent_json(a, people.get(a.iin), apps[a.id]) for a in page],
                "total": len(accounts), "limit": limit, "offset": offset}


@router.post("/registry", status_code=201)
def add_person(body: PersonIn, portal: SandboxDep) -> dict[str, Any]:
    with portal.db.write() as session:
        person = world.add_person(session, **body.model_dump())
        return {**(serialize.person(person) or {}), "parents": person.parents}


@router.get("/registry/{iin}")
def get_person(iin: str, portal: SandboxDep) -> dict[str, Any]:
    with portal.db.read() as session:
        person = identity.person(session, iin)
        return {**(serialize.person(person) or {}), "parents": person.parents}


@router.post("/kindergartens", status_code=201)
def add_kindergarten(body: KindergartenIn, portal: SandboxDep) -> dict[str, Any]:
    with portal.db.write() as session:
        kg = world.add_kindergarten(
            session, portal.now(), bin_=body.bin, name=body.name, locality=body.locality,
            languages=list(body.languages), address=body.address, phone=body.phone,
            groups=[world.GroupSpec(**g.model_dump()) for g in body.groups])
        groups = list(session.scalars(select(Group).where(Group.kindergarten_id == kg.id)
                                      .order_by(Group.id)))
        return serialize.kindergarten(kg, groups)


@router.post("/staff", status_code=201)
def add_staff(body: StaffIn, portal: SandboxDep) -> dict[str, Any]:
    with portal.db.write() as session:
        account = world.add_staff(session, portal.now(), bin_=body.bin, iin=body.iin,
                                  roles=list(body.roles), password=body.password,
                                  login=body.login, email=body.email, phone=body.phone)
        return {"id": account.id, "iin": account.iin, "roles": account.roles,
                "kindergarten_id": account.kindergarten_id, "login": account.login}


@router.post("/pki/issue", status_code=201)
def pki_issue(body: PkiIssueIn, portal: SandboxDep) -> dict[str, Any]:
    identity.check_iin(body.iin)
    role = body.role or ("individual" if body.bin is None else "employee")
    if (role == "individual") != (body.bin is None):
        raise Problem("validation_error", "a BIN goes with an employee's role, and only then")
    with portal.db.write() as session:
        person = identity.person(session, body.iin)
        organisation = None
        if body.bin is not None:
            kg = session.scalars(select(Kindergarten).where(
                Kindergarten.bin == identity.check_bin(body.bin))).first()
            organisation = kg.name if kg else "ТОО «Тестовая организация»"
        subject = Subject(iin=person.iin, last_name=person.last_name,
                          first_name=person.first_name, patronymic=person.patronymic,
                          bin=body.bin, organisation=organisation)
        key = keys.issue(session, portal.now(), subject, role=role, usage=body.usage,
                         password=body.password, not_before=body.not_before,
                         not_after=body.not_after)
        return {
            "filename": key.filename,
            "serial": str(key.serial),
            "p12": base64.b64encode(key.p12).decode(),
            "certificate": key.certificate.public_bytes(Encoding.PEM).decode(),
        }


@router.post("/pki/revoke")
def pki_revoke(body: RevokeIn, portal: SandboxDep) -> dict[str, Any]:
    with portal.db.write() as session:
        if not keys.revoke(session, int(body.serial), portal.now()):
            raise Problem("not_found", "no certificate with this serial")
        return {"serial": body.serial, "revoked": True}


@router.get("/pki/roots", responses={200: {"content": {"application/x-pem-file": {}}}})
def pki_roots(portal: SandboxDep) -> Response:
    with portal.db.write() as session:
        pem = keys.ca(session, portal.now()).roots_pem()
    return Response(pem, media_type="application/x-pem-file")


@router.get("/pki/crl", responses={200: {"content": {"application/pkix-crl": {}}}})
def pki_crl(portal: SandboxDep) -> Response:
    with portal.db.write() as session:
        der = keys.crl(session, portal.now())
    return Response(der, media_type="application/pkix-crl")


