"""The portal's signature checks: the parent's signed contract, the kindergarten's
countersignature, and the CMS a person signs to log in.

A real portal must not take a signed PDF on trust: it has to be the very document the
kindergarten sent, with one more revision holding the signature and nothing else, signed by a
currently valid NCA key of the right person (IIN) or organisation (BIN) and role (EKU). The
sandbox checks exactly that with pyHanko's validator, so the desktop client meets the same
refusals it would meet in production.

Every refusal is a :class:`SignatureRejected` with one of three codes (the HTTP layer turns
them into user-facing messages):

``document_mismatch``
    not the document that was sent: not a PDF, not an incremental update of exactly the
    previous bytes, changed before the signature, or changed after it.
``signature_invalid``
    the signature itself fails: altered bytes, a certificate that does not chain to the trust
    roots, expired or not yet valid, revoked according to the CRLs, or no signature at all.
``signer_mismatch``
    a good signature by the wrong person or role.

Without a trusted time-stamp (baseline B) nothing proves when a signature was made, so every
certificate is judged at ``Trust.now``: an earlier signature whose key has since expired or
been revoked no longer counts. That is the strict reading and the one a portal can defend.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Literal, cast, get_args

from asn1crypto import cms, pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import (
    EmbeddedPdfSignature,
    PdfSignatureStatus,
    SignatureCoverageLevel,
    StandardCMSSignatureStatus,
    async_validate_cms_signature,
    async_validate_detached_cms,
    async_validate_pdf_signature,
)
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureStatus
from pyhanko_certvalidator import ValidationContext

from portal_sandbox.pki import CertIdentity, read_identity

__all__ = [
    "RejectionCode",
    "SignatureRejected",
    "SignerSummary",
    "Trust",
    "async_check_countersigned",
    "async_check_parent_signed",
    "async_verify_login_cms",
    "check_countersigned",
    "check_parent_signed",
    "verify_login_cms",
]

RejectionCode = Literal["signature_invalid", "signer_mismatch", "document_mismatch"]

_DIRECTOR_ROLES = frozenset({"first_head", "right_to_sign"})

# Key usage is judged by this module (a log-in key on a contract is the wrong *signer*, not a
# broken signature), so pyHanko's own key-usage policy is switched off for PDF signatures. An
# empty set means "no requirement" to KeyUsageConstraints, whereas None would fall back to
# pyHanko's default of nonRepudiation.
_NO_KEY_USAGE_POLICY = KeyUsageConstraints(key_usage=set(), extd_key_usage=None)
# A log-in signature proves possession of an AUTH key; pyHanko enforces clientAuth itself.
_LOGIN_KEY_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature"}, extd_key_usage={"client_auth"}
)

# What may follow a signature in later revisions without touching what it signed. For the
# newest signature only DSS updates (LTV material) are allowed; an earlier one also tolerates
# the later signatures themselves (form filling = filling a signature field).
_AFTER_NEWEST = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)
_AFTER_EARLIER = (*_AFTER_NEWEST, ModificationLevel.FORM_FILLING)


class SignatureRejected(Exception):
    """A signed document or log-in signature the portal refuses.

    ``code`` is machine-readable (see the module docstring); ``detail`` is a technical English
    explanation for logs and developers, not for end users.
    """

    def __init__(self, code: RejectionCode, detail: str) -> None:
        if code not in get_args(RejectionCode):
            raise ValueError(f"unknown rejection code {code!r}")
        super().__init__(f"{code}: {detail}")
        self.code: RejectionCode = code
        self.detail = detail


@dataclass
class Trust:
    """What a check may rely on: trust roots, intermediates to build chains with, the cached
    CRLs (DER or PEM), and the moment at which certificates must be valid."""

    roots: list[x509.Certificate]
    intermediates: list[x509.Certificate]
    crls: list[bytes]
    now: datetime


@dataclass(frozen=True)
class SignerSummary:
    """The signature that a check accepted."""

    field_name: str
    identity: CertIdentity
    signing_time: datetime | None  # as claimed by the signer (/M): not proven without a TSA
    serial: int


def _to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def _crl_der(data: bytes) -> bytes:
    # The certvalidator takes DER only; CRLs cached from a file may well be PEM.
    if pem.detect(data):
        _, _, der = pem.unarmor(data)
        return cast(bytes, der)
    return data


def _validation_context(trust: Trust) -> ValidationContext:
    if trust.now.utcoffset() is None:
        raise ValueError("Trust.now must be timezone-aware")
    return ValidationContext(
        trust_roots=[_to_asn1(c) for c in trust.roots],
        other_certs=[_to_asn1(c) for c in trust.intermediates],
        crls=[_crl_der(c) for c in trust.crls],
        allow_fetching=False,
        # "hard-fail": a certificate that names a CRL distribution point must be checked
        # against a CRL we hold, and is refused when listed there (or when the CRL we hold is
        # stale). "soft-fail" would let an unreadable or outdated CRL pass silently.
        revocation_mode="hard-fail",
        moment=trust.now,
    )


def _open_pdf(data: bytes, what: str) -> PdfFileReader:
    try:
        return PdfFileReader(BytesIO(data))
    # The bytes come from outside: a broken file can fail anywhere in the parser, with any
    # exception type, and every such failure means the same thing here.
    except Exception as exc:
        raise SignatureRejected(
            "document_mismatch", f"{what} is not a readable PDF: {exc}"
        ) from exc


def _embedded_signatures(reader: PdfFileReader) -> list[EmbeddedPdfSignature]:
    try:
        return [
            sig
            for sig in cast(list[EmbeddedPdfSignature], reader.embedded_signatures)
            if sig.sig_object_type == "/Sig"
        ]
    except Exception as exc:  # malformed signature dictionaries or CMS blobs, see _open_pdf
        raise SignatureRejected(
            "signature_invalid", f"a signature in the document cannot be read: {exc}"
        ) from exc


def _added_signature(
    base: bytes, signed: bytes, what: str
) -> tuple[EmbeddedPdfSignature, list[EmbeddedPdfSignature]]:
    """The single signature ``signed`` adds to ``base``, and the signatures ``base`` had.

    Refuses anything but "base, byte for byte, then one revision holding one new signature".
    """
    base_revisions = _open_pdf(base, what).xrefs.total_revisions
    reader = _open_pdf(signed, "the signed document")
    # Byte prefix, not a structural comparison: an incremental update never rewrites a byte of
    # what it extends, and anything else (a re-save, another document) is not what was sent.
    if not signed.startswith(base):
        raise SignatureRejected(
            "document_mismatch", f"the signed document is not an incremental update of {what}"
        )
    signatures = _embedded_signatures(reader)
    added = [s for s in signatures if s.signed_revision >= base_revisions]
    if not added:
        raise SignatureRejected("signature_invalid", f"no new signature was added to {what}")
    if len(added) > 1:
        raise SignatureRejected(
            "document_mismatch", f"{len(added)} signatures were added to {what}, expected one"
        )
    signature = added[0]
    # The signed revision must be the first one after the base: a revision in between could
    # have changed the contract before the signer saw it.
    if signature.signed_revision != base_revisions:
        raise SignatureRejected(
            "document_mismatch",
            f"{what} was modified in a revision before the signature "
            f"(signature in revision {signature.signed_revision}, expected {base_revisions})",
        )
    return signature, [s for s in signatures if s.signed_revision < base_revisions]


def _check_coverage(
    status: PdfSignatureStatus, allowed: tuple[ModificationLevel, ...], whose: str
) -> None:
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return
    if status.coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        level = status.modification_level
        if level in allowed and status.docmdp_ok is not False:
            return
        raise SignatureRejected(
            "document_mismatch",
            f"the document was changed after {whose} signature "
            f"(modification level {level.name if level else 'unknown'})",
        )
    raise SignatureRejected(
        "document_mismatch",
        f"{whose} signature does not cover the document (coverage {status.coverage})",
    )


def _check_intact(status: SignatureStatus, whose: str) -> None:
    if not status.intact:
        raise SignatureRejected(
            "signature_invalid", f"{whose} signature does not match the signed bytes"
        )
    if not status.valid:
        raise SignatureRejected(
            "signature_invalid", f"{whose} signature value does not verify with its certificate"
        )


def _check_trusted(status: SignatureStatus, whose: str) -> None:
    _check_intact(status, whose)
    if status.revocation_details is not None:
        details = status.revocation_details
        holder = "a CA certificate in the chain" if details.ca_revoked else "the certificate"
        raise SignatureRejected(
            "signature_invalid",
            f"{whose} signature: {holder} was revoked on "
            f"{details.revocation_date.isoformat()} ({details.revocation_reason.native})",
        )
    if status.trust_problem_indic is not None or status.validation_path is None:
        indication = status.trust_problem_indic
        if indication is None:
            reason = "no path to a trusted root"
        else:
            reason = str(getattr(indication, "name", indication))
        # pyHanko reports expiry as an AdES indication (OUT_OF_BOUNDS_NO_POE without a
        # time-stamp); name the dates too, since that is what a person can act on.
        cert, moment = status.signing_cert, status.validation_time
        if moment is not None and cert.not_valid_after < moment:
            reason = f"expired on {cert.not_valid_after.isoformat()}; {reason}"
        elif moment is not None and cert.not_valid_before > moment:
            reason = f"not valid before {cert.not_valid_before.isoformat()}; {reason}"
        raise SignatureRejected(
            "signature_invalid",
            f"{whose} signature: the certificate is not valid and trusted now ({reason})",
        )


def _identity(status: SignatureStatus, code: RejectionCode) -> CertIdentity:
    cert = x509.load_der_x509_certificate(status.signing_cert.dump())
    try:
        return read_identity(cert)
    except ValueError as exc:
        raise SignatureRejected(code, f"the certificate does not name a person: {exc}") from exc


async def _validate_pdf(
    signature: EmbeddedPdfSignature, trust: Trust, key_usage: KeyUsageConstraints
) -> PdfSignatureStatus:
    context = _validation_context(trust)
    try:
        return await async_validate_pdf_signature(
            signature, signer_validation_context=context, key_usage_settings=key_usage
        )
    except SignatureRejected:
        raise
    # pyHanko raises on structurally broken signatures (bad SubFilter, CMS errors, hybrid
    # xrefs...); for the portal those are all just unusable signatures.
    except Exception as exc:
        raise SignatureRejected(
            "signature_invalid", f"signature cannot be validated: {exc}"
        ) from exc
    finally:
        await context.aclose()


def _summary(
    signature: EmbeddedPdfSignature, status: PdfSignatureStatus, who: CertIdentity
) -> SignerSummary:
    return SignerSummary(
        field_name=str(signature.field_name),
        identity=who,
        signing_time=status.signer_reported_dt,
        serial=who.serial,
    )


def _require_signing_key(who: CertIdentity) -> None:
    if "sign" not in who.usages:
        raise SignatureRejected(
            "signer_mismatch",
            "the certificate is not a signing key (no emailProtection EKU); "
            f"usages: {sorted(who.usages) or 'none'}",
        )


async def async_check_parent_signed(
    sent_pdf: bytes, signed_pdf: bytes, parent_iin: str, trust: Trust
) -> SignerSummary:
    """:func:`check_parent_signed` for callers inside an event loop."""
    signature, _ = _added_signature(sent_pdf, signed_pdf, "the contract that was sent")
    status = await _validate_pdf(signature, trust, _NO_KEY_USAGE_POLICY)
    _check_coverage(status, _AFTER_NEWEST, "the parent's")
    _check_trusted(status, "the parent's")
    who = _identity(status, "signer_mismatch")
    _require_signing_key(who)
    if "individual" not in who.roles:
        raise SignatureRejected(
            "signer_mismatch",
            f"the certificate is not an individual's (roles: {sorted(who.roles) or 'none'})",
        )
    if who.iin != parent_iin:
        raise SignatureRejected(
            "signer_mismatch", f"signed by IIN {who.iin}, the applicant parent is {parent_iin}"
        )
    return _summary(signature, status, who)


async def async_check_countersigned(
    parent_signed_pdf: bytes, countersigned_pdf: bytes, kindergarten_bin: str, trust: Trust
) -> SignerSummary:
    """:func:`check_countersigned` for callers inside an event loop."""
    signature, earlier = _added_signature(
        parent_signed_pdf, countersigned_pdf, "the parent-signed contract"
    )
    if not earlier:
        raise SignatureRejected(
            "document_mismatch", "the parent-signed contract carries no parent signature"
        )
    status = await _validate_pdf(signature, trust, _NO_KEY_USAGE_POLICY)
    _check_coverage(status, _AFTER_NEWEST, "the countersigning")
    # The earlier signatures are validated inside the countersigned file, so pyHanko's diff
    # analysis also proves the countersigning revision did nothing but fill a signature field.
    for previous in earlier:
        previous_status = await _validate_pdf(previous, trust, _NO_KEY_USAGE_POLICY)
        _check_coverage(previous_status, _AFTER_EARLIER, f"the earlier ({previous.field_name})")
        _check_trusted(previous_status, f"the earlier ({previous.field_name})")
    _check_trusted(status, "the countersigning")
    who = _identity(status, "signer_mismatch")
    _require_signing_key(who)
    if who.bin != kindergarten_bin:
        raise SignatureRejected(
            "signer_mismatch",
            f"signed for BIN {who.bin or 'none'}, the kindergarten's BIN is {kindergarten_bin}",
        )
    if not who.roles & _DIRECTOR_ROLES:
        raise SignatureRejected(
            "signer_mismatch",
            "the certificate gives no right to sign for the organisation "
            f"(roles: {sorted(who.roles) or 'none'})",
        )
    return _summary(signature, status, who)


async def async_verify_login_cms(nonce: bytes, cms_der: bytes, trust: Trust) -> CertIdentity:
    """:func:`verify_login_cms` for callers inside an event loop."""
    try:
        content_info = cms.ContentInfo.load(cms_der)
        if content_info["content_type"].native != "signed_data":
            raise ValueError(f"content type is {content_info['content_type'].native}")
        signed_data = content_info["content"]
        attached = signed_data["encap_content_info"]["content"].native
    except Exception as exc:  # any parse failure of outside bytes, see _open_pdf
        raise SignatureRejected("signature_invalid", f"not a CMS SignedData: {exc}") from exc
    if attached is not None and attached != nonce:
        raise SignatureRejected("signature_invalid", "the signed content is not the nonce")

    context = _validation_context(trust)
    try:
        status: StandardCMSSignatureStatus
        if attached is None:
            status = await async_validate_detached_cms(
                nonce,
                signed_data,
                signer_validation_context=context,
                key_usage_settings=_LOGIN_KEY_USAGE,
            )
        else:
            status = await async_validate_cms_signature(
                signed_data,
                status_cls=StandardCMSSignatureStatus,
                validation_context=context,
                key_usage_settings=_LOGIN_KEY_USAGE,
            )
    except SignatureRejected:
        raise
    except Exception as exc:  # structurally broken CMS, see _validate_pdf
        raise SignatureRejected(
            "signature_invalid", f"signature cannot be validated: {exc}"
        ) from exc
    finally:
        await context.aclose()
    _check_intact(status, "the log-in")
    who = _identity(status, "signature_invalid")
    # pyHanko has already refused such a key; saying which rule failed is kinder than its
    # generic "chain constraints" indication.
    if "auth" not in who.usages:
        raise SignatureRejected(
            "signature_invalid",
            "the log-in signature was not made with an AUTH key (no clientAuth EKU)",
        )
    _check_trusted(status, "the log-in")
    return who


def check_parent_signed(
    sent_pdf: bytes, signed_pdf: bytes, parent_iin: str, trust: Trust
) -> SignerSummary:
    """Accept the parent's signed contract, or raise :class:`SignatureRejected`.

    ``signed_pdf`` must be ``sent_pdf`` byte for byte plus one revision with one signature
    (later DSS-only revisions allowed), intact and made with a valid, unrevoked individual's
    signing key whose IIN is ``parent_iin``.
    """
    return asyncio.run(async_check_parent_signed(sent_pdf, signed_pdf, parent_iin, trust))


def check_countersigned(
    parent_signed_pdf: bytes, countersigned_pdf: bytes, kindergarten_bin: str, trust: Trust
) -> SignerSummary:
    """Accept the kindergarten's countersigned contract, or raise :class:`SignatureRejected`.

    Same incremental rule over ``parent_signed_pdf``, whose signatures must still validate;
    the new signature's key must carry ``OU=BIN<kindergarten_bin>`` and the first-head or
    right-to-sign role.
    """
    return asyncio.run(
        async_check_countersigned(parent_signed_pdf, countersigned_pdf, kindergarten_bin, trust)
    )


def verify_login_cms(nonce: bytes, cms_der: bytes, trust: Trust) -> CertIdentity:
    """Who signed the log-in ``nonce``: a CMS SignedData (attached or detached) made with a
    valid, unrevoked AUTH key (clientAuth EKU). Anything else is ``signature_invalid``."""
    return asyncio.run(async_verify_login_cms(nonce, cms_der, trust))
