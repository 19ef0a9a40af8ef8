"""Making contract PDFs and signatures inside the sandbox.

The sandbox plays the other parties of the contract workflow: its parent simulator and demo
world sign as parents, its tests sign as directors. The signatures are made the way a real
signing app would (an incremental revision per signature, PAdES baseline B, SHA-256), so that
the portal's checks in :mod:`portal_sandbox.signatures` see nothing sandbox-specific.
"""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from asn1crypto import cms
from cryptography import x509
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.content import PdfContent
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter, copy_into_new_writer
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko.stamp import StaticStampStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from portal_sandbox.pki import CertIdentity, read_identity
from portal_sandbox.workdays import PORTAL_TZ

__all__ = [
    "DIRECTOR_FIELD",
    "FONT_PATH",
    "PARENT_FIELD",
    "async_sign_cms",
    "async_sign_pdf",
    "contract_fields_pdf",
    "load_signer",
    "sign_cms",
    "sign_pdf",
    "stamp_pdf",
]

PARENT_FIELD = "ParentSignature"
DIRECTOR_FIELD = "DirectorSignature"

FONT_PATH = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "DejaVuSans.ttf"
_FONT_NAME = "DejaVuSans"  # Type 1 base fonts have no Cyrillic or Kazakh letters

_PAGE_W, _PAGE_H = A4
_MARGIN = 56.0
_FONT_SIZE = 10.5
_LEADING = 14.0
_FIELD_H = 60
_FIELD_GAP = 24
# Signature fields sit at the bottom of the page; text must stop above their captions.
_TEXT_FLOOR = _MARGIN + _FIELD_H + 28


def _register_font() -> None:
    # reportlab's font registry is process-wide; registering twice is harmless but rereads
    # the 700 KB file.
    if _FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT_NAME, str(FONT_PATH)))


def _render(text_lines: list[str]) -> bytes:
    buf = BytesIO()
    # invariant=True pins reportlab's creation date and document ID, so the same text always
    # gives the same bytes: the kindergarten and the portal compare contracts by hash.
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=True, pageCompression=1)
    pdf.setTitle(text_lines[0] if text_lines else "")
    pdf.setAuthor("BALABAQSHA")
    pdf.setCreator("BALABAQSHA portal sandbox")
    pdf.setSubject("")
    pdf.setFont(_FONT_NAME, _FONT_SIZE)
    width = _PAGE_W - 2 * _MARGIN
    y = _PAGE_H - _MARGIN
    for line in text_lines:
        for piece in simpleSplit(line, _FONT_NAME, _FONT_SIZE, width) or [""]:
            if y < _TEXT_FLOOR:
                raise ValueError("the contract text does not fit on one page")
            pdf.drawString(_MARGIN, y, piece)
            y -= _LEADING
    field_w = (width - _FIELD_GAP) / 2
    captions = ("Ата-ана / Родитель", "Басшы / Руководитель")
    for i, caption in enumerate(captions):
        pdf.drawString(_MARGIN + i * (field_w + _FIELD_GAP), _MARGIN + _FIELD_H + 8, caption)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _field_boxes() -> tuple[tuple[int, int, int, int], tuple[int, int, int, int]]:
    width = _PAGE_W - 2 * _MARGIN
    field_w = (width - _FIELD_GAP) / 2
    left = (
        int(_MARGIN),
        int(_MARGIN),
        int(_MARGIN + field_w),
        int(_MARGIN + _FIELD_H),
    )
    right_x = _MARGIN + field_w + _FIELD_GAP
    right = (int(right_x), int(_MARGIN), int(right_x + field_w), int(_MARGIN + _FIELD_H))
    return left, right


def _keep_metadata() -> None:
    """Stands in for pyHanko's metadata refresh on write (see :func:`contract_fields_pdf`)."""


def contract_fields_pdf(text_lines: list[str]) -> bytes:
    """A one-page contract with empty ``ParentSignature`` and ``DirectorSignature`` fields.

    The fields are part of the only revision: the PDF the kindergarten sends must already
    hold both, so that each party's signature is exactly one incremental revision on top of
    it and the portal can insist on that. The same lines always give the same bytes.
    """
    _register_font()
    rendered = _render(text_lines)
    # Re-writing (not appending to) reportlab's output keeps the file to a single revision.
    writer = copy_into_new_writer(PdfFileReader(BytesIO(rendered)))
    parent_box, director_box = _field_boxes()
    fields.append_signature_field(
        writer, fields.SigFieldSpec(sig_field_name=PARENT_FIELD, on_page=0, box=parent_box)
    )
    fields.append_signature_field(
        writer, fields.SigFieldSpec(sig_field_name=DIRECTOR_FIELD, on_page=0, box=director_box)
    )
    # pyHanko draws a random /ID for every new file and stamps /ModDate with the wall clock
    # on every write; both would make the same contract hash differently each time. The ID
    # is derived from the content instead, and the metadata refresh is switched off (the
    # Info dictionary keeps reportlab's invariant dates). These are private hooks, so the
    # determinism test is what guards them across pyHanko upgrades.
    doc_id = hashlib.sha256(rendered).digest()[:16]
    writer._document_id = generic.ArrayObject(
        [generic.ByteStringObject(doc_id), generic.ByteStringObject(doc_id)]
    )
    writer._update_meta = _keep_metadata  # type: ignore[method-assign]
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def load_signer(p12: bytes, password: str) -> signers.SimpleSigner:
    """Open a PKCS#12 key for signing; ``ValueError`` for a wrong password or an unusable key
    (a GOST key included: see :func:`portal_sandbox.pki.read_p12_key_algorithm`)."""
    signer: signers.SimpleSigner = signers.SimpleSigner.load_pkcs12_data(
        p12, [], passphrase=password.encode("utf-8")
    )
    return signer


class _ClockedPdfSigner(signers.PdfSigner):
    """A ``PdfSigner`` whose notion of "now" can be set.

    The sandbox runs on its own clock (it can be moved days ahead to play deadlines), and a
    signature made "today" in the sandbox must say so in ``/M`` and in its appearance.
    pyHanko takes that time from the signing session, which ``sign_pdf`` creates internally,
    so the session is adjusted as it is handed out.
    """

    def __init__(
        self,
        signature_meta: signers.PdfSignatureMetadata,
        signer: signers.Signer,
        signing_time: datetime | None,
        stamp_style: StaticStampStyle,
    ) -> None:
        super().__init__(signature_meta, signer, stamp_style=stamp_style)
        self._signing_time = signing_time

    def init_signing_session(
        self, pdf_out: BasePdfFileWriter, existing_fields_only: bool = False
    ) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        if self._signing_time is not None:
            session.system_time = self._signing_time
        return session


# The signature's appearance, in the document's languages (Kazakh and Russian) whoever signs.
_STAMP_COLOUR = (0.1, 0.25, 0.55)


def stamp_pdf(width: float, height: float, who: CertIdentity, moment: datetime) -> bytes:
    """The visible signature, a one-page PDF of the field's size: who signed (name, IIN or
    BIN) and when, in DejaVu Sans. pyHanko's own stamp font is a Type 1 base font without
    Cyrillic: it printed the name as raw UTF-16 bytes ("þÿ...")."""
    _register_font()
    buf = BytesIO()
    page = canvas.Canvas(buf, pagesize=(width, height), invariant=True)
    page.setStrokeColorRGB(*_STAMP_COLOUR)
    page.setFillColorRGB(*_STAMP_COLOUR)
    page.setLineWidth(1)
    page.roundRect(1, 1, width - 2, height - 2, 4)
    local = moment.astimezone(PORTAL_TZ)
    lines = [
        "ЭЦҚ-мен қол қойылды / Подписано ЭЦП",
        f"Қол қойды / Подписал: {who.common_name}",
        f"БСН / БИН: {who.bin}" if who.bin else f"ЖСН / ИИН: {who.iin}",
        f"Уақыты / Время: {local:%d.%m.%Y %H:%M}",
    ]
    size = min(8.0, (height - 8) / (len(lines) * 1.25))
    y = height - 4 - size
    for line in lines:
        # A long name is set smaller rather than cut: the stamp must name the signer whole.
        fitted = size
        while pdfmetrics.stringWidth(line, _FONT_NAME, fitted) > width - 10 and fitted > 5:
            fitted -= 0.25
        page.setFont(_FONT_NAME, fitted)
        page.drawString(5, y, line)
        y -= size * 1.25
    page.showPage()
    page.save()
    return buf.getvalue()


class _ImportedStamp(PdfContent):
    """A one-page PDF drawn as the appearance (pyHanko's ImportedPdfPage, from bytes)."""

    def __init__(self, stamp: bytes) -> None:
        super().__init__()
        self._stamp = stamp

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobject = writer.import_page_as_xobject(PdfFileReader(BytesIO(self._stamp)), page_ix=0)
        self.resources.xobject["/SignatureStamp"] = xobject
        x1, y1, x2, y2 = xobject.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return b"/SignatureStamp Do"


def _field_size(pdf: bytes, field_name: str) -> tuple[float, float]:
    for name, _, ref in fields.enumerate_sig_fields(PdfFileReader(BytesIO(pdf)),
                                                    filled_status=None):
        if str(name) == field_name:
            rect = [float(v) for v in ref.get_object()["/Rect"]]
            return abs(rect[2] - rect[0]), abs(rect[3] - rect[1])
    # No such field: pyHanko refuses to sign it (existing_fields_only) with its own message.
    return 200.0, 60.0


def _stamp_style(pdf: bytes, field_name: str, signer: signers.SimpleSigner,
                 moment: datetime) -> StaticStampStyle:
    assert signer.signing_cert is not None
    who = read_identity(x509.load_der_x509_certificate(signer.signing_cert.dump()))
    width, height = _field_size(pdf, field_name)
    fill = layout.SimpleBoxLayoutRule(x_align=layout.AxisAlignment.ALIGN_MID,
                                      y_align=layout.AxisAlignment.ALIGN_MID,
                                      margins=layout.Margins.uniform(0))
    return StaticStampStyle(background=_ImportedStamp(stamp_pdf(width, height, who, moment)),
                            border_width=0, background_layout=fill)


def _pdf_signer(
    pdf: bytes, p12: bytes, password: str, field_name: str, signing_time: datetime | None
) -> _ClockedPdfSigner:
    if signing_time is not None and signing_time.utcoffset() is None:
        raise ValueError("signing_time must be timezone-aware")
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        # PAdES baseline B: ETSI.CAdES.detached, no signingTime attribute (the time is /M).
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    signer = load_signer(p12, password)
    style = _stamp_style(pdf, field_name, signer, signing_time or datetime.now(UTC))
    return _ClockedPdfSigner(meta, signer, signing_time, style)


async def async_sign_pdf(
    pdf: bytes,
    p12: bytes,
    password: str,
    field_name: str,
    *,
    signing_time: datetime | None = None,
) -> bytes:
    """:func:`sign_pdf` for callers already inside an event loop (pyHanko's synchronous
    entry points start their own loop and fail inside a running one)."""
    pdf_signer = _pdf_signer(pdf, p12, password, field_name, signing_time)
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    # existing_fields_only: the field must be the one the kindergarten put there; signing
    # into a new field would change the document beyond the signature.
    out = await pdf_signer.async_sign_pdf(writer, existing_fields_only=True)
    return bytes(out.getvalue())


def sign_pdf(
    pdf: bytes,
    p12: bytes,
    password: str,
    field_name: str,
    *,
    signing_time: datetime | None = None,
) -> bytes:
    """Sign the empty field ``field_name`` of ``pdf`` as one incremental revision.

    ``ValueError`` if the key does not open with the password; pyHanko's ``SigningError``
    if the field does not exist or is already signed.
    """
    return asyncio.run(async_sign_pdf(pdf, p12, password, field_name, signing_time=signing_time))


async def async_sign_cms(
    data: bytes,
    p12: bytes,
    password: str,
    *,
    detached: bool = True,
    signing_time: datetime | None = None,
) -> bytes:
    """:func:`sign_cms` for callers already inside an event loop."""
    signer = load_signer(p12, password)
    # NCALayer's CMS carries a signingTime attribute; so does this one when a time is given.
    attrs = PdfCMSSignedAttributes(signing_time=signing_time)
    content_info: cms.ContentInfo = await signer.async_sign_general_data(
        data, "sha256", detached=detached, signed_attr_settings=attrs
    )
    return bytes(content_info.dump())


def sign_cms(
    data: bytes,
    p12: bytes,
    password: str,
    *,
    detached: bool = True,
    signing_time: datetime | None = None,
) -> bytes:
    """A DER CMS SignedData over ``data``, as NCALayer's ``createCMSSignatureFromBase64``
    makes it: detached by default, or with the data attached."""
    return asyncio.run(
        async_sign_cms(data, p12, password, detached=detached, signing_time=signing_time)
    )
