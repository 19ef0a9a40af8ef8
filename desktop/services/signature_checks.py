"""What checking a contract's signatures and a countersigning key finds (docs/eds.md),
shared by verification.py, which makes the checks, and countersigning.py, which signs only
after them: the verdicts, the warnings that do not make a signature invalid, the refusals,
and the names of the parent's and the kindergarten's signature fields.

Refusals are `SignatureError`s (a reason code and a message a person can act on); a
signature that fails a check is a `SignatureCheck` with its reason, so a screen or the
command line can list every signature of a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from desktop.services.refusal import Refusal

if TYPE_CHECKING:
    from cryptography import x509

    from desktop.services.eds import KeyIdentity
    from desktop.services.trust import CachedCrl

PARENT_FIELD = "ParentSignature"
DIRECTOR_FIELD = "DirectorSignature"


class SignatureError(Refusal):
    """A document or key the check refuses; `code` says which case, the message why."""


class NotAPdf(SignatureError):
    """The bytes cannot be read as a PDF at all."""


@dataclass(frozen=True)
class Notice:
    """A warning that does not make a signature invalid (a stale CRL, none at all)."""

    code: str
    message: str


RevocationState = Literal["good", "revoked", "unknown", "not_checked"]


@dataclass(frozen=True)
class Revocation:
    """What the cached CRLs say about a certificate chain at a moment.

    `state`: good (listed nowhere), revoked (before the moment), unknown (a certificate
    names a CRL that is not cached), not_checked (no certificate names a CRL). `crl` is
    the CRL the end certificate was checked against."""

    state: RevocationState
    crl: CachedCrl | None = None
    revoked_at: datetime | None = None


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of a PDF and the verdict on it: `reason` None means valid."""

    field: str
    revision: int
    signer: KeyIdentity | None
    signing_time: datetime | None
    reason: str | None
    message: str
    warnings: tuple[Notice, ...] = ()
    certificate: x509.Certificate | None = None
    chain: tuple[x509.Certificate, ...] = ()  # issuers, the signer's own first, root last
    revocation: Revocation | None = None
    timestamp: datetime | None = None  # a time-stamp token's time (B-T), when intact

    @property
    def valid(self) -> bool:
        return self.reason is None

    @property
    def serial(self) -> int | None:
        return self.certificate.serial_number if self.certificate is not None else None


@dataclass(frozen=True)
class KeyCheck:
    """The countersigning key's verdict now: `reason` None means it may sign."""

    identity: KeyIdentity
    reason: str | None
    message: str
    warnings: tuple[Notice, ...] = ()
    chain: tuple[x509.Certificate, ...] = ()
    revocation: Revocation | None = None

    @property
    def valid(self) -> bool:
        return self.reason is None
