"""Checking a contract's signatures (docs/eds.md): the ones in a PDF, the parent's against
the PDF the kindergarten sent, and the key a director would countersign with; and what a
certificate says, for the details dialog. The verdicts are signature_checks.py's.

A check never takes a signed PDF on trust. Each signature must be intact, cover its
revision, and be followed by nothing but later signatures; its certificate must chain to a
trusted root (`desktop.services.trust`) and be valid at the time the signer reports
(pyHanko's, since a baseline-B signature has no proven time), and not be revoked before
that time according to the newest cached CRL. A CRL past its next-update time, or none at
all, does not make a signature invalid: it is a warning, and the director decides.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from desktop.services import counts, eds, trust
from desktop.services.calendar import PORTAL_TZ, format_date
from desktop.services.eds import LoadedKey
from desktop.services.signature_checks import (
    PARENT_FIELD,
    KeyCheck,
    NotAPdf,
    Notice,
    Revocation,
    RevocationState,
    SignatureCheck,
)
from desktop.services.translation import translate
from desktop.services.trust import CachedCrl, TrustStore

# The key usages (NCA RK's roles) that may sign for the kindergarten.
DIRECTOR_ROLES = frozenset({"first_head", "right_to_sign"})


# --- reading ------------------------------------------------------------------------------


def read_pdf(data: bytes) -> Any:
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise NotAPdf("not_pdf", translate(
            "signatures", "The file is not a PDF document: choose the contract's PDF file."))
    try:
        return PdfFileReader(BytesIO(data))
    # The bytes come from outside: a broken file fails anywhere in the parser, with any
    # exception type, and each such failure means the same thing.
    except Exception as exc:
        raise NotAPdf("not_pdf", translate(
            "signatures", "The PDF cannot be read ({detail}): it is damaged or "
            "incomplete. Get the file again, then check it anew.").format(detail=exc)) from exc


def _embedded(reader: Any) -> list[Any]:
    try:
        return [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
    except Exception as exc:  # malformed signature dictionaries, see read_pdf
        raise NotAPdf("unreadable_signature", translate(
            "signatures", "A signature in the PDF cannot be read ({detail}): the file is "
            "damaged. Get the file again, then check it anew.").format(
            detail=exc)) from exc


def signature_fields(data: bytes) -> dict[str, bool]:
    """The PDF's signature fields: name -> filled."""
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = read_pdf(data)
    return {str(name): value is not None
            for name, value, _ in enumerate_sig_fields(reader, filled_status=None)}


def _cryptography(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def _day(moment: datetime) -> str:
    return format_date(moment.astimezone(PORTAL_TZ))


# --- the chain and the CRLs ---------------------------------------------------------------


def _names_crl(cert: x509.Certificate) -> bool:
    try:
        cert.extensions.get_extension_for_class(x509.CRLDistributionPoints)
    except x509.ExtensionNotFound:
        return False
    return True


def check_revocation(path: Sequence[x509.Certificate], store: TrustStore, moment: datetime,
                     now: datetime) -> tuple[Revocation, list[Notice]]:
    """The chain `path` (root first, end certificate last) against the cached CRLs.

    Revoked at or before `moment` makes it revoked; revoked after it is only a notice (the
    signature was made while the key was good). Each certificate naming a CRL needs its
    issuer's CRL cached; an overdue CRL is used, with a notice."""
    notices: list[Notice] = []
    state: RevocationState = "not_checked"
    leaf_crl: CachedCrl | None = None
    revoked_at: datetime | None = None
    for issuer, cert in itertools.pairwise(path):
        if not _names_crl(cert):
            continue
        crl = store.crl_for(issuer)
        if cert is path[-1]:
            leaf_crl = crl
        who = trust.subject_cn(cert)
        if crl is None:
            notices.append(Notice("crl_missing", translate(
                "signatures", "No revocation list (CRL) of {issuer} is cached, so whether "
                "the certificate of {who} was revoked is unknown. Refresh the CRL while "
                "online.").format(issuer=trust.subject_cn(issuer), who=who)))
            state = "unknown" if state != "revoked" else state
            continue
        if crl.overdue(now) and crl.next_update is not None:
            notice = Notice("crl_stale", translate(
                "signatures", "The revocation list of {issuer} is {age} old and was "
                "due for renewal on {date}: a recent revocation may be missing from it. "
                "Refresh it while online, or decide knowing this.").format(
                issuer=crl.issuer, age=counts.days(max(crl.age(now).days, 0)),
                date=_day(crl.next_update)))
            if notice not in notices:
                notices.append(notice)
        when = crl.revoked_at(cert.serial_number)
        if when is not None and when <= moment:
            state, revoked_at = "revoked", when
        elif when is not None:
            notices.append(Notice("revoked_later", translate(
                "signatures", "The certificate of {who} was revoked on {date}, after this "
                "signature was made.").format(who=who, date=_day(when))))
            state = "good" if state == "not_checked" else state
        elif state == "not_checked":
            state = "good"
    return Revocation(state, leaf_crl, revoked_at), notices


def _revocation_failure(revocation: Revocation, who: str) -> str:
    assert revocation.revoked_at is not None
    return translate(
        "signatures", "The certificate of {who} was revoked on {date} (according to the "
        "revocation list of {issuer} of {crl_date}).").format(
        who=who, date=_day(revocation.revoked_at),
        issuer=revocation.crl.issuer if revocation.crl else "?",
        crl_date=_day(revocation.crl.this_update) if revocation.crl else "?")


def _validity_failure(cert: x509.Certificate, moment: datetime,
                      what: str) -> tuple[str, str] | None:
    if moment > cert.not_valid_after_utc:
        return "expired", translate(
            "signatures", "The certificate of {who} had expired on {date}, before {what}.").format(
            who=trust.subject_cn(cert), date=_day(cert.not_valid_after_utc), what=what)
    if moment < cert.not_valid_before_utc:
        return "not_yet_valid", translate(
            "signatures", "The certificate of {who} is valid only from {date}, after "
            "{what}.").format(who=trust.subject_cn(cert),
                              date=_day(cert.not_valid_before_utc), what=what)
    return None


def _untrusted(store: TrustStore, who: str) -> str:
    text = translate(
        "signatures", "The certificate of {who} does not lead to a trusted root "
        "certificate.").format(who=who)
    hint = store.untrusted_hint()
    return f"{text} {hint}" if hint else text


def _context(store: TrustStore, moment: datetime) -> Any:
    from pyhanko_certvalidator import ValidationContext

    # Revocation is judged here against the cached CRLs (check_revocation), so pyHanko
    # gets none: with "soft-fail" it builds and checks the path, dates and signatures.
    return ValidationContext(
        trust_roots=[_asn1(c) for c in store.roots],
        other_certs=[_asn1(c) for c in store.intermediates],
        moment=moment, allow_fetching=False, revocation_mode="soft-fail")


# --- checking the signatures of a PDF -----------------------------------------------------


async def _check_signature(signature: Any, store: TrustStore, *, newest: bool,
                           now: datetime) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import SignatureCoverageLevel, async_validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    field_name = str(signature.field_name)
    revision = int(signature.signed_revision)
    try:
        cert = _cryptography(signature.signer_cert)
        signer = eds.certificate_identity(cert)
    except Exception as exc:  # a signature without a readable certificate, see read_pdf
        return SignatureCheck(field_name, revision, None, None, "unreadable", translate(
            "signatures", "The signature cannot be read ({detail}).").format(detail=exc))
    claimed = signature.self_reported_timestamp
    moment = claimed or now
    who = signer.display_name or signer.common_name

    def failed(reason: str, message: str, **extra: Any) -> SignatureCheck:
        return SignatureCheck(field_name, revision, signer, claimed, reason, message,
                              certificate=cert, **extra)

    context = _context(store, moment)
    try:
        # Key usage is judged below (a log-in key is the wrong key, not a broken signature).
        status = await async_validate_pdf_signature(
            signature, signer_validation_context=context,
            key_usage_settings=KeyUsageConstraints(key_usage=set(), extd_key_usage=None))
    except Exception as exc:  # structurally broken signatures, see read_pdf
        return failed("unreadable", translate(
            "signatures", "The signature of {who} cannot be checked ({detail}).").format(
            who=who, detail=exc))
    finally:
        await context.aclose()
    if not status.intact:
        return failed("tampered", translate(
            "signatures", "The document was changed after {who} signed it: the signed "
            "content no longer matches the signature.").format(who=who))
    if not status.valid:
        return failed("bad_signature", translate(
            "signatures", "The signature of {who} does not match their certificate.").format(
            who=who))
    allowed = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES) if newest else (
        ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE and not (
            status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and status.modification_level in allowed and status.docmdp_ok is not False):
        return failed("modified_after", translate(
            "signatures", "The document was modified after {who} signed it, beyond adding "
            "later signatures.").format(who=who))
    path = status.validation_path
    if path is None or status.trust_problem_indic is not None:
        problem = _validity_failure(cert, moment, translate("signatures", "the signing time"))
        if problem is not None:
            return failed(*problem)
        return failed("untrusted", _untrusted(store, who))
    chain = [_cryptography(c) for c in path.iter_certs(include_root=True)]
    revocation, notices = check_revocation(chain, store, moment, now)
    issuers = tuple(reversed(chain))
    timestamp = None
    if status.timestamp_validity is not None and status.timestamp_validity.intact:
        timestamp = status.timestamp_validity.timestamp
    if revocation.state == "revoked":
        return failed("revoked", _revocation_failure(revocation, who), chain=issuers,
                      revocation=revocation, warnings=tuple(notices))
    return SignatureCheck(field_name, revision, signer, claimed, None,
                          translate("signatures", "valid"), tuple(notices), cert, issuers,
                          revocation, timestamp)


async def async_verify(data: bytes, store: TrustStore, now: datetime) -> list[SignatureCheck]:
    """`verify` inside a running event loop (countersigning checks before it signs)."""
    signatures = _embedded(read_pdf(data))
    newest = max((s.signed_revision for s in signatures), default=-1)
    return [await _check_signature(s, store, newest=s.signed_revision == newest, now=now)
            for s in signatures]


def verify(data: bytes, store: TrustStore, *, now: datetime | None = None
           ) -> list[SignatureCheck]:
    """One check per signature of the PDF, in document order; NotAPdf when it cannot be
    read."""
    return asyncio.run(async_verify(data, store, now or datetime.now(UTC)))


# --- the parent's signature ---------------------------------------------------------------


def _refusal(code: str, message: str) -> SignatureCheck:
    return SignatureCheck(PARENT_FIELD, 0, None, None, code, message)


def parent_signature(sent: bytes, signed: bytes) -> tuple[Any, bool] | SignatureCheck:
    """The one signature `signed` adds to `sent` (and whether it is the newest), or why
    `signed` is not `sent` plus exactly that."""
    base_revisions = read_pdf(sent).xrefs.total_revisions
    reader = read_pdf(signed)
    # Byte prefix, not a structural comparison: an incremental update never rewrites a byte
    # of what it extends, and anything else (a re-save, another document) is not what was
    # sent.
    if not signed.startswith(sent):
        return _refusal("not_incremental", translate(
            "signatures", "The signed PDF is not the contract that was sent with a signature "
            "added: it is another document, or the contract was saved again before or after "
            "signing."))
    signatures = _embedded(reader)
    added = [s for s in signatures if s.signed_revision >= base_revisions]
    if not added:
        return _refusal("no_signature", translate(
            "signatures", "The parent's PDF carries no signature."))
    if len(added) > 1:
        return _refusal("extra_signatures", translate(
            "signatures", "The parent's PDF carries {count} new signatures, where one was "
            "expected.").format(count=len(added)))
    signature = added[0]
    if signature.signed_revision != base_revisions:
        return _refusal("extra_revision", translate(
            "signatures", "The contract was changed after it was sent and before the parent "
            "signed it."))
    return signature, signature.signed_revision == max(s.signed_revision for s in signatures)


def parent_identity(check: SignatureCheck, applicant_iin: str) -> SignatureCheck:
    """A valid signature that must also be the applicant's, with a personal signing key."""
    if not check.valid or check.signer is None:
        return check
    who = check.signer
    name = who.display_name or who.common_name

    def wrong(reason: str, message: str) -> SignatureCheck:
        return SignatureCheck(check.field, check.revision, who, check.signing_time, reason,
                              message, check.warnings, check.certificate, check.chain,
                              check.revocation, check.timestamp)

    if "sign" not in who.usages:
        return wrong("not_signing_key", translate(
            "signatures", "{who} signed with a log-in key (AUTH), not a signing key: ask the "
            "parent to sign with their RSA256_… key.").format(who=name))
    if "individual" not in who.roles:
        return wrong("not_individual", translate(
            "signatures", "The certificate of {who} is not an individual's: the parent must "
            "sign with a personal key, not an organisation's.").format(who=name))
    if who.iin != applicant_iin:
        return wrong("wrong_person", translate(
            "signatures", "The contract was signed by {who} (IIN {iin}), not by the applicant "
            "parent (IIN {expected}).").format(who=name, iin=who.iin or "?",
                                                expected=applicant_iin))
    return check


async def _check_parent(sent: bytes, signed: bytes, applicant_iin: str, store: TrustStore,
                        now: datetime) -> SignatureCheck:
    found = parent_signature(sent, signed)
    if isinstance(found, SignatureCheck):
        return found
    signature, newest = found
    check = await _check_signature(signature, store, newest=newest, now=now)
    return parent_identity(check, applicant_iin)


def check_parent(sent: bytes, signed: bytes, applicant_iin: str, store: TrustStore, *,
                 now: datetime | None = None) -> SignatureCheck:
    """The parent's signature on `signed`: exactly `sent` plus one revision with one
    signature, valid and unrevoked at its signing time, by an individual's signing key of
    the applicant `applicant_iin`. NotAPdf when either file cannot be read."""
    return asyncio.run(_check_parent(sent, signed, applicant_iin, store,
                                     now or datetime.now(UTC)))


# --- the director's key -------------------------------------------------------------------


async def async_check_key(key: LoadedKey, kindergarten_bin: str, store: TrustStore,
                          now: datetime) -> KeyCheck:
    """`check_key` inside a running event loop (countersigning checks before it signs)."""
    from pyhanko_certvalidator import CertificateValidator
    from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError

    who = key.identity
    name = who.display_name or who.common_name

    def refused(reason: str, message: str, **extra: Any) -> KeyCheck:
        return KeyCheck(who, reason, message, **extra)

    if "sign" not in who.usages:
        return refused("not_signing_key", translate(
            "signatures", "{file} is a log-in key (AUTH): countersigning needs the signing key "
            "issued with it (its file name starts with RSA256_).").format(file=key.path.name))
    if who.bin is None:
        return refused("wrong_bin", translate(
            "signatures", "The key of {who} is a personal key: countersigning needs the key "
            "NCA RK issued to them as an employee of the kindergarten (BIN {bin}).").format(
            who=name, bin=kindergarten_bin))
    if who.bin != kindergarten_bin:
        return refused("wrong_bin", translate(
            "signatures", "The key of {who} belongs to another organisation (BIN {theirs}), "
            "not to this kindergarten (BIN {ours}).").format(
            who=name, theirs=who.bin, ours=kindergarten_bin))
    if not who.roles & DIRECTOR_ROLES:
        return refused("no_right_to_sign", translate(
            "signatures", "The key of {who} gives no right to sign for the kindergarten (it "
            "is not a first head's key, and carries no right to sign): the director, or an "
            "employee with the right to sign, must countersign.").format(who=name))
    problem = key.validity_error(now)
    if problem is not None:
        return refused(problem.code, str(problem))
    context = _context(store, now)
    try:
        validator = CertificateValidator(
            _asn1(key.certificate), [_asn1(c) for c in key.chain], validation_context=context)
        path = await validator.async_validate_usage(set())
    except (PathBuildingError, PathValidationError):
        return refused("untrusted", _untrusted(store, name))
    finally:
        await context.aclose()
    chain = [_cryptography(c) for c in path.iter_certs(include_root=True)]
    revocation, notices = check_revocation(chain, store, now, now)
    issuers = tuple(reversed(chain))
    if revocation.state == "revoked":
        return refused("revoked", _revocation_failure(revocation, name), chain=issuers,
                       revocation=revocation, warnings=tuple(notices))
    return KeyCheck(who, None, translate("signatures", "valid"), tuple(notices), issuers,
                    revocation)


def check_key(key: LoadedKey, kindergarten_bin: str, store: TrustStore, *,
              now: datetime | None = None) -> KeyCheck:
    """May `key` countersign for the kindergarten `kindergarten_bin` now: a signing key of
    the organisation with the first head's role or the right to sign, valid, trusted and
    not revoked per the cached CRL."""
    return asyncio.run(async_check_key(key, kindergarten_bin, store, now or datetime.now(UTC)))


# --- what a certificate says, for the details dialog ---------------------------------------


@dataclass(frozen=True)
class CertificateDetails:
    """Everything the certificate dialog shows, read once (no Qt, no parsing there)."""

    subject: str
    common_name: str
    iin: str | None
    bin: str | None
    organisation: str | None
    roles: tuple[str, ...]
    usages: tuple[str, ...]
    not_before: datetime
    not_after: datetime
    serial: str
    issuers: tuple[str, ...]  # the issuer chain, nearest first, root last
    trusted: bool
    revocation: RevocationState
    revoked_at: datetime | None
    crl_issuer: str | None
    crl_this_update: datetime | None
    crl_next_update: datetime | None


def certificate_details(cert: x509.Certificate, chain: Sequence[x509.Certificate] = (),
                        revocation: Revocation | None = None) -> CertificateDetails:
    """The dialog's view of `cert`; `chain` as in SignatureCheck (the certificate itself
    first), empty when no trusted path was found."""
    who = eds.certificate_identity(cert)
    issuers = [trust.subject_cn(c) for c in chain[1:]]
    if not issuers:
        issuers = [trust.issuer_cn(cert)]
    crl = revocation.crl if revocation is not None else None
    return CertificateDetails(
        subject=trust.subject_text(cert), common_name=who.common_name, iin=who.iin,
        bin=who.bin, organisation=who.organisation, roles=tuple(sorted(who.roles)),
        usages=tuple(sorted(who.usages)), not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc, serial=f"{cert.serial_number:x}",
        issuers=tuple(issuers), trusted=bool(chain),
        revocation=revocation.state if revocation is not None else "not_checked",
        revoked_at=revocation.revoked_at if revocation is not None else None,
        crl_issuer=crl.issuer if crl else None,
        crl_this_update=crl.this_update if crl else None,
        crl_next_update=crl.next_update if crl else None)


def details_of(check: SignatureCheck | KeyCheck, certificate: x509.Certificate | None = None
               ) -> CertificateDetails | None:
    """The dialog's view of a checked signature or key."""
    cert = certificate or (check.certificate if isinstance(check, SignatureCheck) else None)
    if cert is None:
        return None
    return certificate_details(cert, check.chain, check.revocation)
