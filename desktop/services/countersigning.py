"""Countersigning a contract for the kindergarten (docs/eds.md), only after
verification.py's checks of its signatures and of the key have passed.

The countersignature is one incremental revision filling the empty DirectorSignature field
(or, in a contract made elsewhere, its only empty field, or a new invisible one when every
field is signed; PAdES baseline B, B-T when a time-stamp authority is configured and
answers), with a visible stamp drawn in a font that has the Kazakh letters.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from asn1crypto import tsp

from desktop.services import eds
from desktop.services.calendar import format_datetime
from desktop.services.eds import KeyIdentity, LoadedKey
from desktop.services.signature_checks import (
    DIRECTOR_FIELD,
    KeyCheck,
    Notice,
    SignatureCheck,
    SignatureError,
)
from desktop.services.translation import translate
from desktop.services.trust import TrustStore
from desktop.services.verification import (
    async_check_key,
    async_verify,
    parent_identity,
    parent_signature,
    read_pdf,
    signature_fields,
)

log = logging.getLogger(__name__)

TSA_TIMEOUT = 10.0


class CountersignRefused(SignatureError):
    """Nothing was signed: the document or the key failed a check."""


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


# --- countersigning -----------------------------------------------------------------------


def _refuse_signature(check: SignatureCheck) -> CountersignRefused:
    name = check.signer.display_name if check.signer else check.field
    return CountersignRefused(check.reason or "signature_invalid", translate(
        "signatures", "Nothing was signed: the signature in {field} ({who}) is not valid. "
        "{reason}").format(field=check.field, who=name, reason=check.message))


async def _plan(pdf: bytes, key: LoadedKey, kindergarten_bin: str, store: TrustStore, *,
                sent_pdf: bytes | None, applicant_iin: str | None,
                now: datetime) -> CountersignPlan:
    fields_found = signature_fields(pdf)
    checks = await async_verify(pdf, store, now)
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
        found = parent_signature(sent_pdf, pdf)
        if isinstance(found, SignatureCheck):
            raise _refuse_signature(found)
        revision = int(found[0].signed_revision)
        parent = parent_identity(next(c for c in checks if c.revision == revision),
                                 applicant_iin or "")
        if not parent.valid:
            raise _refuse_signature(parent)
    key_check = await async_check_key(key, kindergarten_bin, store, now)
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

    for name, _, ref in enumerate_sig_fields(read_pdf(pdf), filled_status=None):
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
