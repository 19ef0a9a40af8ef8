"""What parents do, as the guide describes it (the simulator and tests drive these)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from portal_sandbox import blobs, identity, keys, lifecycle, serialize
from portal_sandbox.api.deps import LanguageDep, ParentDep, PortalDep, RowId
from portal_sandbox.errors import Problem
from portal_sandbox.lifecycle import Actor, Ctx
from portal_sandbox.models import (
    Account,
    Application,
    Blob,
    ChildLink,
    Forecast,
    Group,
    Kindergarten,
    Notification,
    Person,
)
from portal_sandbox.notices import DOCUMENT_KINDS, render
from portal_sandbox.security import Principal
from portal_sandbox.signatures import SignatureRejected, check_parent_signed

router = APIRouter(prefix="/api/v1", tags=["parents"])

Language = Literal["kk", "ru"]


class ChildIn(BaseModel):
    iin: str = Field(max_length=32)


class ApplicationIn(BaseModel):
    child_iin: str = Field(max_length=32)
    locality: str = Field(min_length=1, max_length=100)
    languages: list[Language] = Field(min_length=1, max_length=2)
    queue_type: Literal["general", "special", "sanatorium"] = "general"
    priority: Literal["orphan", "disabled", "large_family", "military_family"] | None = None


class EnrollmentIn(BaseModel):
    kindergarten_id: int = Field(strict=True, ge=1, le=2**31 - 1)
    group_id: int = Field(strict=True, ge=1, le=2**31 - 1)


def _actor(session: Any, principal: Principal) -> Actor:
    account = session.get(Account, principal.account_id)
    who = session.get(Person, account.iin) if account else None
    name = f"{who.last_name} {who.first_name}" if who else ""
    return Actor("parent", name, principal.account_id)


def _own(session: Any, principal: Principal, application_id: int) -> Application:
    app = session.get(Application, application_id)
    if app is None or app.account_id != principal.account_id:
        raise Problem("not_found")
    return app


def _app_json(ctx_session: Any, app: Application, now: Any) -> dict[str, Any]:
    return serialize.application(
        ctx_session, app,
        queue_position=lifecycle.queue_position(ctx_session, app),
        extension_available=lifecycle.extension_available(app, now),
    )


@router.get("/me/children")
def list_children(principal: ParentDep, portal: PortalDep) -> list[dict[str, Any]]:
    with portal.db.read() as session:
        links = session.scalars(select(ChildLink).where(
            ChildLink.account_id == principal.account_id))
        return [serialize.person(session.get(Person, link.child_iin)) or {} for link in links]


@router.post("/me/children", status_code=201)
def add_child(body: ChildIn, principal: ParentDep, portal: PortalDep) -> dict[str, Any]:
    identity.check_iin(body.iin)
    with portal.db.write() as session:
        child = session.get(Person, body.iin)
        if child is None:
            raise Problem("child_not_in_register")
        account = session.get(Account, principal.account_id)
        assert account is not None
        if account.iin not in (child.parents or []):
            raise Problem("not_your_child")
        if session.get(ChildLink, (account.id, child.iin)) is not None:
            raise Problem("child_exists")
        session.add(ChildLink(account_id=account.id, child_iin=child.iin,
                              added_at=portal.now()))
        data = serialize.person(child)
        assert data is not None
        return data


@router.post("/me/applications", status_code=201)
def submit(body: ApplicationIn, principal: ParentDep, portal: PortalDep) -> dict[str, Any]:
    identity.check_iin(body.child_iin)
    with portal.db.write() as session:
        ctx = Ctx(session, portal.now(), portal.settings, _actor(session, principal))
        if session.get(ChildLink, (principal.account_id, body.child_iin)) is None:
            raise Problem("not_your_child", "add the child under “Мои дети” first")
        account = session.get(Account, principal.account_id)
        child = session.get(Person, body.child_iin)
        assert account is not None and child is not None
        app = lifecycle.submit(ctx, account, child, body.locality, list(dict.fromkeys(
            body.languages)), body.queue_type, body.priority)
        return _app_json(session, app, ctx.now)


@router.get("/me/applications")
def list_applications(principal: ParentDep, portal: PortalDep) -> list[dict[str, Any]]:
    now = portal.now()
    with portal.db.read() as session:
        apps = session.scalars(select(Application).where(
            Application.account_id == principal.account_id).order_by(Application.id))
        return [_app_json(session, app, now) for app in apps]


@router.get("/me/applications/{application_id}")
def get_application(application_id: RowId, principal: ParentDep,
                    portal: PortalDep) -> dict[str, Any]:
    with portal.db.read() as session:
        return _app_json(session, _own(session, principal, application_id), portal.now())


def _act(portal: Any, principal: Principal, application_id: int, action: Any) -> dict[str, Any]:
    with portal.db.write() as session:
        ctx = Ctx(session, portal.now(), portal.settings, _actor(session, principal))
        app = _own(session, principal, application_id)
        action(ctx, app)
        session.flush()
        return _app_json(session, app, ctx.now)


@router.post("/me/applications/{application_id}/confirm")
def confirm(application_id: RowId, principal: ParentDep, portal: PortalDep) -> dict[str, Any]:
    return _act(portal, principal, application_id, lifecycle.confirm)


@router.post("/me/applications/{application_id}/decline")
def decline(application_id: RowId, principal: ParentDep, portal: PortalDep) -> dict[str, Any]:
    return _act(portal, principal, application_id, lifecycle.decline_voucher)


@router.post("/me/applications/{application_id}/restore")
def restore(application_id: RowId, principal: ParentDep, portal: PortalDep) -> dict[str, Any]:
    return _act(portal, principal, application_id, lifecycle.restore)


@router.post("/me/applications/{application_id}/extend")
def extend(application_id: RowId, principal: ParentDep, portal: PortalDep) -> dict[str, Any]:
    return _act(portal, principal, application_id, lifecycle.extend)


@router.post("/me/applications/{application_id}/withdraw")
def withdraw(application_id: RowId, principal: ParentDep, portal: PortalDep) -> dict[str, Any]:
    return _act(portal, principal, application_id, lifecycle.withdraw)


@router.get("/kindergartens", tags=["catalogue"])
def catalogue(portal: PortalDep,
              locality: Annotated[str | None, Query(max_length=100)] = None
              ) -> list[dict[str, Any]]:
    with portal.db.read() as session:
        query = select(Kindergarten).order_by(Kindergarten.id)
        if locality:
            query = query.where(Kindergarten.locality == locality)
        kgs = list(session.scalars(query))
        groups: dict[int, list[Group]] = {kg.id: [] for kg in kgs}
        forecasts: dict[int, Forecast] = {}
        if kgs:
            for g in session.scalars(select(Group).where(
                    Group.kindergarten_id.in_(list(groups)), Group.closed.is_(False))
                    .order_by(Group.id)):
                groups[g.kindergarten_id].append(g)
            # The newest published forecast of each: later rows win.
            for f in session.scalars(select(Forecast).where(
                    Forecast.kindergarten_id.in_(list(groups)))
                    .order_by(Forecast.published_at, Forecast.id)):
                forecasts[f.kindergarten_id] = f
        return [serialize.kindergarten(kg, groups[kg.id], forecasts.get(kg.id)) for kg in kgs]


@router.post("/me/applications/{application_id}/enrollment")
def choose(application_id: RowId, body: EnrollmentIn, principal: ParentDep,
           portal: PortalDep) -> dict[str, Any]:
    def action(ctx: Ctx, app: Application) -> None:
        kg = ctx.session.get(Kindergarten, body.kindergarten_id)
        group = ctx.session.get(Group, body.group_id)
        if kg is None:
            raise Problem("kindergarten_not_found")
        if group is None:
            raise Problem("not_found", "no such group")
        lifecycle.choose(ctx, app, kg, group)

    return _act(portal, principal, application_id, action)


@router.put("/me/applications/{application_id}/documents/{kind}",
            openapi_extra={"requestBody": {"required": True, "content": {
                "application/pdf": {"schema": {"type": "string", "format": "binary"}},
                "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
                "image/png": {"schema": {"type": "string", "format": "binary"}},
            }}})
async def upload_document(application_id: RowId, kind: str,
                          request: Request, principal: ParentDep,
                          portal: PortalDep) -> dict[str, Any]:
    if kind not in DOCUMENT_KINDS:
        raise Problem("unknown_document_kind")
    data = await _read_limited(request, portal.settings.max_upload_bytes)
    media = blobs.accept_file(data, portal.settings.max_upload_bytes)

    def action(ctx: Ctx, app: Application) -> None:
        blob = blobs.store(ctx.session, data, media, ctx.now)
        lifecycle.upload_document(ctx, app, kind, blob.sha256, media, blob.size)

    return await run_in_threadpool(_act, portal, principal, application_id, action)


async def _read_limited(request: Request, limit: int) -> bytes:
    """Read a body, refusing early once it passes the limit instead of buffering it all."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise Problem("file_too_large", limit=limit)
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > limit:
            raise Problem("file_too_large", limit=limit)
    return bytes(data)


@router.get("/me/applications/{application_id}/contract")
def get_contract(application_id: RowId, principal: ParentDep,
                 portal: PortalDep) -> dict[str, Any]:
    with portal.db.read() as session:
        app = _own(session, principal, application_id)
        ctx = Ctx(session, portal.now(), portal.settings)
        data = serialize.contract(lifecycle.contract_of(ctx, app))
        assert data is not None
        return data


@router.get("/me/applications/{application_id}/contract/pdf",
            responses={200: {"content": {"application/pdf": {}}}})
def get_contract_pdf(application_id: RowId, principal: ParentDep, portal: PortalDep) -> Response:
    with portal.db.read() as session:
        app = _own(session, principal, application_id)
        contract = lifecycle.contract_of(Ctx(session, portal.now(), portal.settings), app)
        digest = contract.countersigned_sha256 or contract.parent_signed_sha256 \
            or contract.sent_sha256
        blob = session.get(Blob, digest)
        assert blob is not None
        return Response(blob.data, media_type="application/pdf",
                        headers={"ETag": f'"{digest}"'})


@router.post("/me/applications/{application_id}/contract/signature",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/pdf": {"schema": {"type": "string", "format": "binary"}}}}})
async def sign_contract(application_id: RowId, request: Request, principal: ParentDep,
                        portal: PortalDep) -> dict[str, Any]:
    data = await _read_limited(request, portal.settings.max_upload_bytes)
    blobs.accept_file(data, portal.settings.max_upload_bytes, (blobs.PDF,))

    def action(ctx: Ctx, app: Application) -> None:
        lifecycle._require(app, lifecycle.CONTRACT_SENT)
        contract = lifecycle.contract_of(ctx, app)
        sent = ctx.session.get(Blob, contract.sent_sha256)
        account = ctx.session.get(Account, app.account_id)
        assert sent is not None and account is not None
        try:
            summary = check_parent_signed(sent.data, data, account.iin,
                                          keys.trust(ctx.session, ctx.now))
        except SignatureRejected as exc:
            raise Problem(exc.code, exc.detail) from exc
        blob = blobs.store(ctx.session, data, blobs.PDF, ctx.now)
        lifecycle.parent_signed(ctx, app, blob.sha256, keys.signer_json(summary))

    return await run_in_threadpool(_act, portal, principal, application_id, action)


@router.get("/me/notifications")
def notifications(principal: ParentDep, portal: PortalDep,
                  language: LanguageDep) -> list[dict[str, Any]]:
    with portal.db.read() as session:
        rows = session.scalars(select(Notification).where(
            Notification.account_id == principal.account_id).order_by(Notification.id.desc()))
        return [
            {"id": n.id, "code": n.code, "application_id": n.application_id,
             "created_at": serialize.iso(n.created_at),
             "text": render(n.code, n.params, language)}
            for n in rows
        ]

