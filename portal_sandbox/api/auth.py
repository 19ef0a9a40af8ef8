"""Identity: SMS codes, registration, log-in by password, SMS or EDS, refresh, reset."""

from __future__ import annotations

import base64
import binascii
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import or_, select, update

from portal_sandbox import identity, serialize
from portal_sandbox.api.deps import PortalDep, PrincipalDep
from portal_sandbox.errors import Problem
from portal_sandbox.models import Account, EdsChallenge, Kindergarten, RefreshToken
from portal_sandbox.portal import Portal
from portal_sandbox.security import (
    Principal,
    check_password_rules,
    hash_password,
    new_refresh_token,
    refresh_token_hash,
)

router = APIRouter(prefix="/api/v1", tags=["identity"])


class SmsCodeIn(BaseModel):
    phone: str = Field(max_length=32)
    iin: str = Field(max_length=32)
    purpose: Literal["register", "login", "reset"]


class RegisterIn(BaseModel):
    phone: str = Field(max_length=32)
    iin: str = Field(max_length=32)
    code: str = Field(max_length=16)
    password: str = Field(max_length=200)


class TokenIn(BaseModel):
    login: str | None = Field(default=None, max_length=254)
    password: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=32)
    code: str | None = Field(default=None, max_length=16)
    role: str | None = Field(default=None, max_length=32,
                             description="Act in one of the account's roles only.")


class RefreshIn(BaseModel):
    refresh_token: str = Field(max_length=200)
    role: str | None = Field(
        default=None, max_length=32,
        description="Act in this one of the account's roles from now on (the session "
                    "already proved the account: no password again). Omitted: the roles "
                    "the token had.")


class EdsIn(BaseModel):
    nonce: str = Field(max_length=128)
    signature: str = Field(max_length=200_000, description="Base64 CMS over the nonce")
    role: str | None = Field(default=None, max_length=32)


def _tokens(portal: Portal, account: Account, role: str | None,
            family: str | None = None) -> dict[str, Any]:
    """New tokens; `family` is the log-in a refresh continues (None: a new log-in)."""
    roles = tuple(account.roles)
    if role is not None:
        if role not in roles:
            raise Problem("forbidden_role", f"the account has no role {role!r}")
        roles = (role,)
    principal = Principal(account.id, roles, account.kindergarten_id)
    refresh, digest = new_refresh_token()
    with portal.db.write() as session:
        session.add(RefreshToken(
            token_hash=digest, account_id=account.id, scope=list(roles),
            family=family or secrets.token_hex(16),
            # Real time, like access tokens: moving the sandbox's clock logs nobody out.
            expires_at=datetime.now(UTC) + timedelta(days=portal.settings.refresh_token_days),
        ))
    return {
        "access_token": portal.tokens.issue(principal),
        "refresh_token": refresh,
        "token_type": "Bearer",
        "expires_in": portal.tokens.lifetime,
        "roles": list(roles),
        "available_roles": list(account.roles),
        "kindergarten_id": account.kindergarten_id,
        # Who signed in, so a client that knows the rest (its cache) needs no `GET /me`.
        "account_id": account.id,
    }


@router.post("/auth/sms-code", status_code=202)
def request_sms_code(body: SmsCodeIn, portal: PortalDep) -> dict[str, Any]:
    with portal.db.write() as session:
        sms = identity.send_code(session, portal.settings, portal.now(), body.phone, body.iin,
                                 body.purpose)
        return {"phone": sms.phone, "expires_in": portal.settings.sms_code_seconds}


@router.post("/auth/register", status_code=201)
def register(body: RegisterIn, portal: PortalDep) -> dict[str, Any]:
    phone = identity.normalise_phone(body.phone)
    identity.check_iin(body.iin)
    check_password_rules(body.password)
    with portal.db.write() as session:
        now = portal.now()
        identity.use_code(session, portal.settings, now, phone, body.iin, "register", body.code)
        who = identity.person(session, body.iin)
        # The phone too: another person may have registered it since this code was sent.
        if session.scalars(select(Account.id).where(
                or_(Account.iin == body.iin, Account.phone == phone))).first():
            raise Problem("account_exists")
        session.add(Account(iin=body.iin, phone=phone, password_hash=hash_password(body.password),
                            roles=["parent"], created_at=now))
        data = serialize.person(who)
        assert data is not None
        return {**data, "phone": phone}


@router.post("/auth/token", responses={429: {
    "description": "`login_attempts_exceeded`: too many wrong passwords for this account or "
                   "from this address; `Retry-After` says when to try again"}})
def token(body: TokenIn, request: Request, portal: PortalDep) -> dict[str, Any]:
    with portal.db.write() as session:
        if body.login is not None and body.password is not None:
            source = request.client.host if request.client else "?"
            account = identity.authenticate(session, portal.login_throttle, source,
                                            body.login, body.password)
        elif body.phone is not None and body.code is not None:
            phone = identity.normalise_phone(body.phone)
            identity.use_code(session, portal.settings, portal.now(), phone, None, "login",
                              body.code)
            found = session.scalars(select(Account).where(Account.phone == phone)).first()
            if found is None:
                raise Problem("account_not_found")
            account = found
        else:
            raise Problem("validation_error", "give login and password, or phone and code")
        session.expunge(account)
    return _tokens(portal, account, body.role)


@router.post("/auth/refresh")
def refresh(body: RefreshIn, portal: PortalDep) -> dict[str, Any]:
    with portal.db.write() as session:
        row = session.get(RefreshToken, refresh_token_hash(body.refresh_token))
        if row is None:
            raise Problem("unauthorized")
        if row.revoked:
            # A spent token again: whoever holds it and whoever rotated it cannot both be
            # the owner. End the whole log-in (OAuth 2.0 Security BCP, 4.14.2), so a thief's
            # newer token dies with it; the owner signs in again.
            session.execute(update(RefreshToken).where(RefreshToken.family == row.family)
                            .values(revoked=True))
            session.commit()
            raise Problem("unauthorized", "this refresh token was already used")
        if row.expires_at < datetime.now(UTC):
            raise Problem("token_expired")
        account = session.get(Account, row.account_id)
        if account is None:
            raise Problem("unauthorized")
        if body.role is not None and body.role not in account.roles:
            # Refused before the token is spent: the session goes on in its roles.
            raise Problem("forbidden_role", f"the account has no role {body.role!r}")
        row.revoked = True  # rotation: each refresh token works once
        scope, family = list(row.scope), row.family
        session.expunge(account)
    role = body.role or (scope[0] if len(scope) == 1 and len(account.roles) > 1 else None)
    return _tokens(portal, account, role, family)


@router.post("/auth/password-reset", status_code=204)
def password_reset(body: RegisterIn, portal: PortalDep) -> None:
    phone = identity.normalise_phone(body.phone)
    identity.check_iin(body.iin)
    check_password_rules(body.password)
    with portal.db.write() as session:
        identity.use_code(session, portal.settings, portal.now(), phone, body.iin, "reset",
                          body.code)
        account = identity.account_by_phone_iin(session, phone, body.iin)
        if account is None:
            raise Problem("account_not_found")
        account.password_hash = hash_password(body.password)
        for row in session.scalars(select(RefreshToken).where(
                RefreshToken.account_id == account.id)):
            row.revoked = True


@router.post("/auth/eds/challenge")
def eds_challenge(portal: PortalDep) -> dict[str, Any]:
    nonce = secrets.token_hex(32)
    with portal.db.write() as session:
        session.add(EdsChallenge(nonce=nonce, expires_at=portal.now() + timedelta(minutes=5)))
    return {"nonce": nonce, "expires_in": 300}


@router.post("/auth/eds")
def eds_login(body: EdsIn, portal: PortalDep) -> dict[str, Any]:
    from portal_sandbox import keys
    from portal_sandbox.signatures import SignatureRejected, verify_login_cms

    try:
        cms = base64.b64decode(body.signature, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise Problem("signature_invalid", "the signature is not base64") from exc
    with portal.db.write() as session:
        challenge = session.get(EdsChallenge, body.nonce)
        if challenge is None or challenge.used or challenge.expires_at < portal.now():
            raise Problem("eds_challenge_invalid")
        challenge.used = True
        trust = keys.trust(session, portal.now())
    try:
        who = verify_login_cms(body.nonce.encode(), cms, trust)
    except SignatureRejected as exc:
        raise Problem(exc.code, exc.detail) from exc
    with portal.db.read() as session:
        account = session.scalars(select(Account).where(Account.iin == who.iin)).first()
        if account is None:
            raise Problem("eds_unknown_signer")
        if account.kindergarten_id is not None and who.bin is not None:
            kg = session.get(Kindergarten, account.kindergarten_id)
            if kg is None or kg.bin != who.bin:
                raise Problem("eds_unknown_signer", "the key belongs to another organisation")
        session.expunge(account)
    return _tokens(portal, account, body.role)


@router.get("/me")
def me(principal: PrincipalDep, portal: PortalDep) -> dict[str, Any]:
    with portal.db.read() as session:
        account = session.get(Account, principal.account_id)
        if account is None:
            raise Problem("unauthorized")
        who = serialize.person(identity.person(session, account.iin))
        kg = session.get(Kindergarten, account.kindergarten_id) if account.kindergarten_id \
            else None
        return {
            "id": account.id,
            "person": who,
            "phone": account.phone,
            "login": account.login,
            "email": account.email,
            "roles": list(principal.roles),
            "available_roles": list(account.roles),
            "kindergarten": serialize.kindergarten(kg) if kg else None,
        }
