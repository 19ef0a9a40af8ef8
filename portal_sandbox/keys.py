"""The sandbox's test certification authority, kept in its database.

The CA is made on first use and stored, so keys issued before a restart stay valid; every
issued certificate is recorded, so revoking one puts it on the CRL.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal_sandbox.models import IssuedCertificate, Setting
from portal_sandbox.pki import IssuedKey, Role, Subject, TestCA, Usage
from portal_sandbox.signatures import SignerSummary, Trust

_KEY = "pki_ca"
CRL_LIFETIME = timedelta(days=1)
_cache: dict[str, TestCA] = {}


def ca(session: Session, now: datetime) -> TestCA:
    row = session.get(Setting, _KEY)
    if row is None:
        authority = TestCA.create(now)
        session.add(Setting(key=_KEY, value=authority.to_pem()))
        session.flush()
        return authority
    fingerprint = row.value["root_cert"] if "root_cert" in row.value else str(row.value)
    if fingerprint not in _cache:
        _cache.clear()
        _cache[fingerprint] = TestCA.from_pem(row.value)
    return _cache[fingerprint]


def issue(session: Session, now: datetime, subject: Subject, *, role: Role, usage: Usage,
          password: str, not_before: datetime | None = None,
          not_after: datetime | None = None) -> IssuedKey:
    key = ca(session, now).issue(subject, role=role, usage=usage, password=password, now=now,
                                 not_before=not_before, not_after=not_after)
    session.add(IssuedCertificate(
        serial=str(key.serial), iin=subject.iin, bin=subject.bin, role=role, usage=usage,
        filename=key.filename, not_after=key.certificate.not_valid_after_utc, revoked_at=None,
    ))
    return key


def revoke(session: Session, serial: int, now: datetime) -> bool:
    row = session.get(IssuedCertificate, str(serial))
    if row is None:
        return False
    if row.revoked_at is None:
        row.revoked_at = now
    return True


def crl(session: Session, now: datetime) -> bytes:
    revoked = [
        (int(row.serial), row.revoked_at)
        for row in session.scalars(
            select(IssuedCertificate).where(IssuedCertificate.revoked_at.is_not(None)))
        if row.revoked_at is not None
    ]
    return ca(session, now).crl(revoked, now, now + CRL_LIFETIME)


def trust(session: Session, now: datetime) -> Trust:
    authority = ca(session, now)
    return Trust(roots=[authority.root_cert], intermediates=[authority.nca_cert],
                 crls=[crl(session, now)], now=now)


def signer_json(summary: SignerSummary) -> dict[str, Any]:
    who = summary.identity
    return {
        "field": summary.field_name,
        "name": who.common_name,
        "iin": who.iin,
        "bin": who.bin,
        "organisation": who.organisation,
        "roles": sorted(who.roles),
        "certificate_serial": f"{summary.serial:x}",
        "signing_time": summary.signing_time.isoformat() if summary.signing_time else None,
    }
