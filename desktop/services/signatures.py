"""The contract's signatures (docs/eds.md): check the ones in a PDF, the parent's against
the PDF the kindergarten sent, the director's key, and countersign.

A check never takes a signed PDF on trust. Each signature must be intact, cover its
revision, and be followed by nothing but later signatures; its certificate must chain to a
trusted root (`desktop.services.trust`) and be valid at the time the signer reports
(pyHanko's, since a baseline-B signature has no proven time), and not be revoked before
that time according to the newest cached CRL. A CRL past its next-update time, or none at
all, does not make a signature invalid: it is a warning, and the director decides.

The countersignature is one incremental revision filling the empty DirectorSignature field
(or, in a contract made elsewhere, its only empty field, or a new invisible one when every
field is signed; PAdES baseline B, B-T when a time-stamp authority is configured and
answers), with a visible stamp drawn in a font that has the Kazakh letters.

Refusals are `SignatureError`s (a reason code and a message a person can act on); a
signature that fails a check is a `SignatureCheck` with its reason, so a screen or the
command line can list every signature of a file.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from io import BytesIO
from typing import Any, Literal

from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from desktop.services import counts, eds, trust
from desktop.services.calendar import PORTAL_TZ, format_date, format_datetime
from desktop.services.eds import KeyIdentity, LoadedKey
from desktop.services.refusal import Refusal
from desktop.services.translation import translate
from desktop.services.trust import CachedCrl, TrustStore

log = logging.getLogger(__name__)

PARENT_FIELD = "ParentSignature"
DIRECTOR_FIELD = "DirectorSignature"
DIRECTOR_ROLES = frozenset({"first_head", "right_to_sign"})
TSA_TIMEOUT = 10.0


class SignatureError(Refusal):
    """A document or key the check refuses; `code` says which case, the message why."""


class NotAPdf(SignatureError):
    """The bytes cannot be read as a PDF at all."""


class CountersignRefused(SignatureError):
    """Nothing was signed: the document or the key failed a check."""


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


@dataclass
class CountersignPlan:
    """Everything checked, nothing signed yet: the warnings are the director's to weigh."""

    pdf: bytes
    key: LoadedKey
    signatures: list[SignatureCheck]
    key_check: KeyCheck
    warnings: list[Notice] = field(default_factory=list)
    # The empty field the kindergarten signs in (`_director_field`); a new one is added
    # when the contract came without any.
    field_name: str = DIRECTOR_FIELD
    new_field: bool = False


@dataclass(frozen=True)
class Countersigned:
    pdf: bytes
    signatures: list[SignatureCheck]
    key_check: KeyCheck
    timestamped: bool
    warnings: tuple[Notice, ...]


# --- reading ------------------------------------------------------------------------------


def _reader(data: bytes) -> Any:
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
    except Exception as exc:  # malformed signature dictionaries, see _reader
        raise NotAPdf("unreadable_signature", translate(
            "signatures", "A signature in the PDF cannot be read ({detail}): the file is "
            "damaged. Get the file again, then check it anew.").format(
            detail=exc)) from exc


def signature_fields(data: bytes) -> dict[str, bool]:
    """The PDF's signature fields: name -> filled."""
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = _reader(data)
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
    except Exception as exc:  # a signature without a readable certificate, see _reader
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
    except Exception as exc:  # structurally broken signatures, see _reader
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


async def _verify(data: bytes, store: TrustStore, now: datetime) -> list[SignatureCheck]:
    signatures = _embedded(_reader(data))
    newest = max((s.signed_revision for s in signatures), default=-1)
    return [await _check_signature(s, store, newest=s.signed_revision == newest, now=now)
            for s in signatures]


def verify(data: bytes, store: TrustStore, *, now: datetime | None = None
           ) -> list[SignatureCheck]:
    """One check per signature of the PDF, in document order; NotAPdf when it cannot be
    read."""
    return asyncio.run(_verify(data, store, now or datetime.now(UTC)))


# --- the parent's signature ---------------------------------------------------------------


def _refusal(code: str, message: str) -> SignatureCheck:
    return SignatureCheck(PARENT_FIELD, 0, None, None, code, message)


def _parent_signature(sent: bytes, signed: bytes) -> tuple[Any, bool] | SignatureCheck:
    """The one signature `signed` adds to `sent` (and whether it is the newest), or why
    `signed` is not `sent` plus exactly that."""
    base_revisions = _reader(sent).xrefs.total_revisions
    reader = _reader(signed)
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


def _parent_identity(check: SignatureCheck, applicant_iin: str) -> SignatureCheck:
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
    found = _parent_signature(sent, signed)
    if isinstance(found, SignatureCheck):
        return found
    signature, newest = found
    check = await _check_signature(signature, store, newest=newest, now=now)
    return _parent_identity(check, applicant_iin)


def check_parent(sent: bytes, signed: bytes, applicant_iin: str, store: TrustStore, *,
                 now: datetime | None = None) -> SignatureCheck:
    """The parent's signature on `signed`: exactly `sent` plus one revision with one
    signature, valid and unrevoked at its signing time, by an individual's signing key of
    the applicant `applicant_iin`. NotAPdf when either file cannot be read."""
    return asyncio.run(_check_parent(sent, signed, applicant_iin, store,
                                     now or datetime.now(UTC)))


# --- the director's key -------------------------------------------------------------------


async def _check_key(key: LoadedKey, kindergarten_bin: str, store: TrustStore,
                     now: datetime) -> KeyCheck:
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
    return asyncio.run(_check_key(key, kindergarten_bin, store, now or datetime.now(UTC)))


# --- countersigning -----------------------------------------------------------------------


def _refuse_signature(check: SignatureCheck) -> CountersignRefused:
    name = check.signer.display_name if check.signer else check.field
    return CountersignRefused(check.reason or "signature_invalid", translate(
        "signatures", "Nothing was signed: the signature in {field} ({who}) is not valid. "
        "{reason}").format(field=check.field, who=name, reason=check.message))


async def _plan(pdf: bytes, key: LoadedKey, kindergarten_bin: str, store: TrustStore, *,
                sent_pdf: bytes | None, applicant_iin: str | None,
                now: datetime) -> CountersignPlan:
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = _reader(pdf)
    fields_found = {str(n): v is not None
                    for n, v, _ in enumerate_sig_fields(reader, filled_status=None)}
    checks = await _verify(pdf, store, now)
    if not checks:
        raise CountersignRefused("no_parent_signature", translate(
            "signatures", "Nothing was signed: the contract carries no signature yet. The "
            "parent signs first."))
    for check in checks:
        if not check.valid:
            raise _refuse_signature(check)
    # A signature by this kindergarten in a field of another name counts as ours too.
    ours = any(c.signer is not None and c.signer.bin == kindergarten_bin for c in checks)
    field_name, new_field = _director_field(fields_found, countersigned=ours)
    if sent_pdf is not None:
        # The parent's signature was validated with the others: only where it sits and
        # whose it is remain to be checked.
        found = _parent_signature(sent_pdf, pdf)
        if isinstance(found, SignatureCheck):
            raise _refuse_signature(found)
        revision = int(found[0].signed_revision)
        parent = _parent_identity(next(c for c in checks if c.revision == revision),
                                  applicant_iin or "")
        if not parent.valid:
            raise _refuse_signature(parent)
    key_check = await _check_key(key, kindergarten_bin, store, now)
    if not key_check.valid:
        raise CountersignRefused(key_check.reason or "key_invalid", translate(
            "signatures", "Nothing was signed. {reason}").format(reason=key_check.message))
    warnings: list[Notice] = []
    for notice in [n for c in checks for n in c.warnings] + list(key_check.warnings):
        if notice not in warnings:
            warnings.append(notice)
    return CountersignPlan(pdf, key, checks, key_check, warnings, field_name, new_field)


def _director_field(fields_found: dict[str, bool], *, countersigned: bool
                    ) -> tuple[str, bool]:
    """The field the kindergarten signs in, and whether it must be added: this program's
    own (`DirectorSignature`) when the contract has it empty, else the only empty field (a
    contract made by another program names it its own way), else a new field when every
    field is signed. Several empty fields, none of them ours: which one is the
    kindergarten's cannot be told, and signing the wrong one would take a place meant for
    someone else."""
    if countersigned or fields_found.get(DIRECTOR_FIELD):
        raise CountersignRefused("already_countersigned", translate(
            "signatures", "Nothing was signed: the contract is countersigned already."))
    if DIRECTOR_FIELD in fields_found:
        return DIRECTOR_FIELD, False
    empty = [name for name, filled in fields_found.items() if not filled]
    if len(empty) == 1:
        return empty[0], False
    if not empty:
        return DIRECTOR_FIELD, True
    raise CountersignRefused("no_director_field", translate(
        "signatures", "Nothing was signed: the contract has several empty signature fields "
        "({fields}) and none of them is named {field}, so which one is the kindergarten's "
        "cannot be told. Ask whoever made the contract to leave one empty field for the "
        "kindergarten.").format(fields=", ".join(empty), field=DIRECTOR_FIELD))


def plan_countersign(pdf: bytes, key: LoadedKey, kindergarten_bin: str, store: TrustStore,
                     *, sent_pdf: bytes | None = None, applicant_iin: str | None = None,
                     now: datetime | None = None) -> CountersignPlan:
    """Check everything before signing: the signatures in `pdf` (with `sent_pdf`, the
    parent's against it and `applicant_iin`), the empty director's field, the key.
    Raises CountersignRefused (NotAPdf for a broken file); warnings are in the plan."""
    return asyncio.run(_plan(pdf, key, kindergarten_bin, store, sent_pdf=sent_pdf,
                             applicant_iin=applicant_iin, now=now or datetime.now(UTC)))


def _field_box(pdf: bytes, field_name: str) -> tuple[float, float]:
    from pyhanko.sign.fields import enumerate_sig_fields

    for name, _, ref in enumerate_sig_fields(_reader(pdf), filled_status=None):
        if str(name) == field_name:
            rect = [float(v) for v in ref.get_object()["/Rect"]]
            return abs(rect[2] - rect[0]), abs(rect[3] - rect[1])
    return 220.0, 60.0


def stamp_pdf(width: float, height: float, who: KeyIdentity, moment: datetime) -> bytes:
    """The visible stamp, a one-page PDF of the field's size. reportlab with DejaVu Sans,
    because pyHanko's own stamp font has no Cyrillic (let alone Kazakh) letters. The text
    is the document's, in Kazakh and Russian, not the user's language."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    from desktop.services import pdf_fonts

    font = pdf_fonts.register(pdf_fonts.SANS)
    buffer = BytesIO()
    page = canvas.Canvas(buffer, pagesize=(width, height), invariant=True)
    page.setStrokeColorRGB(0.1, 0.25, 0.55)
    page.setFillColorRGB(0.1, 0.25, 0.55)
    page.setLineWidth(1)
    page.roundRect(1, 1, width - 2, height - 2, 4)
    lines = [
        "ЭЦҚ-мен қол қойылды / Подписано ЭЦП",
        f"Қол қойды / Подписал: {who.common_name}",
        f"БСН / БИН: {who.bin}" if who.bin else f"ЖСН / ИИН: {who.iin}",
        f"Уақыты / Время: {format_datetime(moment)}",
    ]
    size = min(8.0, (height - 8) / (len(lines) * 1.25))
    y = height - 4 - size
    for line in lines:
        # A long name is set smaller rather than cut: the stamp must name the signer whole.
        fitted = size
        while pdfmetrics.stringWidth(line, font, fitted) > width - 10 and fitted > 5:
            fitted -= 0.25
        page.setFont(font, fitted)
        page.drawString(5, y, line)
        y -= size * 1.25
    page.showPage()
    page.save()
    return buffer.getvalue()


def _stamp_style(stamp: bytes) -> Any:
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import StaticStampStyle

    class ImportedStamp(PdfContent):
        """pyHanko's ImportedPdfPage, from bytes instead of a file name."""

        def render(self) -> bytes:
            writer = self._ensure_writer
            xobject = writer.import_page_as_xobject(PdfFileReader(BytesIO(stamp)), page_ix=0)
            self.resources.xobject["/DirectorStamp"] = xobject
            x1, y1, x2, y2 = xobject.get_object()["/BBox"]
            self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return b"/DirectorStamp Do"

    # The stamp is drawn at the field's size: no margins, so it fills the field exactly.
    fill = layout.SimpleBoxLayoutRule(x_align=layout.AxisAlignment.ALIGN_MID,
                                      y_align=layout.AxisAlignment.ALIGN_MID,
                                      margins=layout.Margins.uniform(0))
    return StaticStampStyle(background=ImportedStamp(), border_width=0, background_layout=fill)


def timestamper(url: str, timeout: float = TSA_TIMEOUT) -> Any:
    """An RFC 3161 time-stamp client over httpx (pyHanko's own one needs aiohttp)."""
    from pyhanko.sign.timestamps.api import TimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError, set_tsp_headers

    class HttpxTimeStamper(TimeStamper):
        async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
            import httpx

            try:
                async with httpx.AsyncClient(timeout=timeout) as http:
                    response = await http.post(url, content=req.dump(),
                                               headers=set_tsp_headers({}))
                    response.raise_for_status()
            except httpx.HTTPError as exc:
                raise TimestampRequestError(
                    f"the time-stamp server {url} did not answer: {exc}") from exc
            try:
                return tsp.TimeStampResp.load(response.content)
            except ValueError as exc:
                raise TimestampRequestError(
                    f"the time-stamp server {url} sent no time-stamp") from exc

    return HttpxTimeStamper()


async def _sign(plan: CountersignPlan, tsa_url: str | None, now: datetime
                ) -> tuple[bytes, bool, list[Notice]]:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    if plan.new_field:
        # Invisible: on a page laid out by another program, no spot is known to be free,
        # and a stamp over the text would hide part of the contract. The printed copy's
        # signatures sheet still names the signer.
        style, new_field = None, fields.SigFieldSpec(plan.field_name, on_page=-1)
    else:
        width, height = _field_box(plan.pdf, plan.field_name)
        style = _stamp_style(stamp_pdf(width, height, plan.key.identity, now))
        new_field = None
    meta = signers.PdfSignatureMetadata(
        field_name=plan.field_name, md_algorithm="sha256",
        # PAdES baseline B: ETSI.CAdES.detached, the time in /M (B-T: a time-stamp token).
        subfilter=fields.SigSeedSubFilter.PADES)
    signer = eds.simple_signer(plan.key)
    notices: list[Notice] = []
    stamper = timestamper(tsa_url) if tsa_url else None
    for attempt in ([stamper, None] if stamper is not None else [None]):
        pdf_signer = signers.PdfSigner(meta, signer, timestamper=attempt, stamp_style=style,
                                       new_field_spec=new_field)
        writer = IncrementalPdfFileWriter(BytesIO(plan.pdf))
        try:
            # existing_fields_only unless the plan adds the field: the field must be the
            # one the plan chose, never one pyHanko would make up.
            out = await pdf_signer.async_sign_pdf(writer,
                                                  existing_fields_only=not plan.new_field)
        except OSError as exc:  # TimestampRequestError is an IOError
            if attempt is None:
                raise
            log.warning("time-stamp server %s failed: %s", tsa_url, exc)
            notices.append(Notice("tsa_unreachable", translate(
                "signatures", "The time-stamp server {url} did not answer: the contract was "
                "signed without a time-stamp (PAdES baseline B).").format(url=tsa_url)))
            continue
        return bytes(out.getvalue()), attempt is not None, notices
    raise AssertionError("unreachable")


def apply_countersign(plan: CountersignPlan, *, tsa_url: str | None = None,
                      now: datetime | None = None) -> Countersigned:
    """Sign a checked plan: the whole countersigned PDF, the input untouched."""
    moment = now or datetime.now(UTC)
    data, stamped, notices = asyncio.run(_sign(plan, tsa_url, moment))
    if not data.startswith(plan.pdf):
        raise CountersignRefused("not_incremental", translate(
            "signatures", "The signature could not be added as an incremental revision: "
            "nothing was signed."))
    return Countersigned(data, plan.signatures, plan.key_check, stamped,
                         tuple(plan.warnings) + tuple(notices))


def countersign(pdf: bytes, key: LoadedKey, kindergarten_bin: str, store: TrustStore, *,
                sent_pdf: bytes | None = None, applicant_iin: str | None = None,
                tsa_url: str | None = None, now: datetime | None = None) -> Countersigned:
    """Check (plan_countersign) and sign (apply_countersign) in one go."""
    plan = plan_countersign(pdf, key, kindergarten_bin, store, sent_pdf=sent_pdf,
                            applicant_iin=applicant_iin, now=now)
    return apply_countersign(plan, tsa_url=tsa_url, now=now)


# --- many contracts -----------------------------------------------------------------------


@dataclass(frozen=True)
class CountersignJob:
    """One contract of a batch, named by what the caller knows it by."""

    label: str
    pdf: bytes
    sent_pdf: bytes | None = None
    applicant_iin: str | None = None


@dataclass(frozen=True)
class JobResult:
    job: CountersignJob
    result: Countersigned | None
    error: SignatureError | None


def countersign_batch(jobs: Sequence[CountersignJob], key: LoadedKey, kindergarten_bin: str,
                      store: TrustStore, *, tsa_url: str | None = None,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> list[JobResult]:
    """Countersign one contract after another with one opened key. `progress(done, total)`
    after each; `cancelled()` is asked before each, and stops the batch there (what is done
    stays done). A contract that is refused does not stop the others."""
    results: list[JobResult] = []
    for index, job in enumerate(jobs):
        if cancelled is not None and cancelled():
            break
        try:
            signed = countersign(job.pdf, key, kindergarten_bin, store, sent_pdf=job.sent_pdf,
                                 applicant_iin=job.applicant_iin, tsa_url=tsa_url)
            results.append(JobResult(job, signed, None))
        except SignatureError as exc:
            results.append(JobResult(job, None, exc))
        if progress is not None:
            progress(index + 1, len(jobs))
    return results


# --- keys for the session -----------------------------------------------------------------


class SessionPasswords:
    """Key passwords the user asked to keep for this session: in memory only, never
    written anywhere, forgotten on `forget` (sign-out, idle lock) and at exit."""

    def __init__(self) -> None:
        self._passwords: dict[str, str] = {}

    def remember(self, key_path: str, password: str) -> None:
        self._passwords[key_path] = password

    def password(self, key_path: str) -> str | None:
        return self._passwords.get(key_path)

    def forget(self) -> None:
        self._passwords.clear()


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


__all__ = [
    "DIRECTOR_FIELD", "DIRECTOR_ROLES", "PARENT_FIELD", "CertificateDetails", "CountersignJob",
    "CountersignPlan", "CountersignRefused", "Countersigned", "JobResult", "KeyCheck",
    "NotAPdf", "Notice", "Revocation", "SessionPasswords", "SignatureCheck", "SignatureError",
    "apply_countersign", "certificate_details", "check_key", "check_parent",
    "check_revocation", "countersign", "countersign_batch", "details_of", "plan_countersign",
    "signature_fields", "stamp_pdf", "verify",
]

