"""Paper copies of a signed contract: its pages, then a sheet of its electronic signatures.

A signed contract's signatures live in the file, not on its pages; on paper a person sees
only the text. The "Electronic signatures" sheet (`stamp_page`) says who signed, with
which certificate and when, whether each signature checked out, and carries the SHA-256 of
the signed file as text and as a QR code ("sha256:<hex>"), so anyone holding the paper can
tell whether a file in front of them is the one that was printed.

`printable` puts the contract's pages and that sheet into ONE new PDF, for printing and for
"Export PDF". The signed file itself is never touched: it is read and copied.

All human-readable text comes in through `StampLabels` and `SignerBlock`, translated by the
view (services have no tr()).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import PageObject, PdfFileWriter
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.services import pdf_fonts
from desktop.services.calendar import format_datetime
from desktop.services.pdf_fonts import PdfFont

HASH_PREFIX = "sha256:"
QR_LEVEL = "M"
# Where the QR code stands on the sheet (points from the page's bottom-left corner, its
# quiet zone included): the top right corner, inside the margins.
MARGIN = 20 * mm
QR_SIZE = 40 * mm
QR_BOX = (A4[0] - MARGIN - QR_SIZE, A4[1] - MARGIN - QR_SIZE, QR_SIZE, QR_SIZE)
HEADER_HEIGHT = QR_SIZE + 16 * mm  # the QR, the hash line under it, and a gap
FOOTER_HEIGHT = 14 * mm

VALID_COLOUR = colors.HexColor("#1B5E20")
INVALID_COLOUR = colors.HexColor("#B71C1C")
RULE_COLOUR = colors.HexColor("#9E9E9E")
HEADING_BACKGROUND = colors.HexColor("#EEEEEE")

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class SignerBlock:
    """One signature as the sheet shows it; every text already in the reader's language."""

    role: str  # "Parent", "Director"
    name: str
    id_label: str  # "IIN" or "BIN", translated
    id_value: str
    organisation: str  # "" for a private person
    serial: str  # the certificate's serial number in hex
    signed_at: datetime  # aware; shown in the portal's time zone (Asia/Almaty)
    valid: bool
    status: str  # "Valid" or why it is not


@dataclass(frozen=True)
class StampLabels:
    """The sheet's fixed texts, translated by the view."""

    title: str  # "Electronic signatures"
    document: str  # what was signed, e.g. "Contract No. 257062 of 10.02.2025"; may be ""
    hash_heading: str  # "SHA-256 of the signed file"
    qr_caption: str  # what the QR code holds and how to use it
    signer: str  # "Signer"
    organisation: str  # "Organisation"
    serial: str  # "Certificate serial number"
    signed_at: str  # "Signed at"
    status: str  # "Check"
    time_zone: str  # appended to times, e.g. "Almaty time"
    no_signatures: str  # the sheet of a file without signatures
    note: str  # the footer: the signed file is the original, this is a paper copy


def signing_time_text(moment: datetime) -> str:
    """dd.MM.yyyy HH:mm in Asia/Almaty, the portal's time zone."""
    if moment.utcoffset() is None:
        raise ValueError("signing times must carry a time zone")
    return format_datetime(moment)


def qr_value(pdf_sha256: str) -> str:
    """What the QR code carries: "sha256:" and the hash in lower-case hex."""
    return HASH_PREFIX + _checked_hash(pdf_sha256)


def _checked_hash(pdf_sha256: str) -> str:
    value = pdf_sha256.strip().lower()
    if value.startswith(HASH_PREFIX):
        value = value[len(HASH_PREFIX):]
    if not _SHA256.fullmatch(value):
        raise ValueError(f"not a SHA-256 in hex: {pdf_sha256!r}")
    return value


# --- the signatures sheet --------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    text: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    heading: ParagraphStyle
    hash: ParagraphStyle
    note: ParagraphStyle


def _styles(font: PdfFont) -> _Styles:
    base = ParagraphStyle("stamp", fontName=font.regular, fontSize=10, leading=13)
    return _Styles(
        title=ParagraphStyle("title", base, fontName=font.bold, fontSize=17, leading=21),
        text=ParagraphStyle("text", base, fontSize=10.5, leading=14),
        small=ParagraphStyle("small", base, fontSize=8.5, leading=11),
        label=ParagraphStyle("label", base, fontSize=9, leading=12,
                             textColor=colors.HexColor("#424242")),
        value=ParagraphStyle("value", base, fontSize=10, leading=13),
        heading=ParagraphStyle("heading", base, fontName=font.bold, fontSize=11, leading=14),
        hash=ParagraphStyle("hash", base, fontSize=9.5, leading=12),
        note=ParagraphStyle("note", base, fontSize=8, leading=10,
                            textColor=colors.HexColor("#616161")),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _block(index: int, block: SignerBlock, labels: StampLabels, styles: _Styles,
           width: float) -> KeepTogether:
    colour = VALID_COLOUR if block.valid else INVALID_COLOUR
    mark = "✓" if block.valid else "✗"
    status = Paragraph(f'<font color="{colour.hexval()}">{mark} {escape(block.status)}</font>',
                       styles.value)
    rows: list[list[Any]] = [
        [_p(f"{index}. {block.role}", styles.heading), ""],
        [_p(labels.signer, styles.label), _p(block.name, styles.value)],
        [_p(block.id_label, styles.label), _p(block.id_value, styles.value)],
    ]
    if block.organisation:
        rows.append([_p(labels.organisation, styles.label),
                     _p(block.organisation, styles.value)])
    rows += [
        [_p(labels.serial, styles.label), _p(block.serial, styles.value)],
        [_p(labels.signed_at, styles.label),
         _p(f"{signing_time_text(block.signed_at)} ({labels.time_zone})", styles.value)],
        [_p(labels.status, styles.label), status],
    ]
    label_width = 52 * mm
    table = Table(rows, colWidths=[label_width, width - label_width])
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (1, 0), HEADING_BACKGROUND),
        ("BOX", (0, 0), (-1, -1), 0.8, colour),
        ("LINEBELOW", (0, 0), (1, 0), 0.5, RULE_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return KeepTogether([table, Spacer(1, 5 * mm)])


def _draw_header(canvas: Canvas, sha256: str, labels: StampLabels, styles: _Styles) -> None:
    width, height = A4
    left, top = MARGIN, height - MARGIN
    text_width = width - 2 * MARGIN - QR_SIZE - 6 * mm
    y = top
    for text, style, gap in ((labels.title, styles.title, 2 * mm),
                             (labels.document, styles.text, 4 * mm),
                             (labels.hash_heading, styles.heading, 1 * mm),
                             (labels.qr_caption, styles.small, 0)):
        if not text:
            continue
        paragraph = _p(text, style)
        _, used = paragraph.wrapOn(canvas, text_width, height)
        y -= used
        paragraph.drawOn(canvas, left, y)
        y -= gap

    x, qr_y, size, _ = QR_BOX
    widget = QrCodeWidget(qr_value(sha256), barLevel=QR_LEVEL, barWidth=size,
                          barHeight=size)
    drawing = Drawing(size, size)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, qr_y)

    # The hash as text, on one line across the page under the QR code.
    line = _p(qr_value(sha256), styles.hash)
    _, used = line.wrapOn(canvas, width - 2 * MARGIN, height)
    line_y = min(y, qr_y) - 3 * mm - used
    line.drawOn(canvas, left, line_y)
    canvas.setStrokeColor(RULE_COLOUR)
    canvas.setLineWidth(0.6)
    canvas.line(left, line_y - 3 * mm, width - MARGIN, line_y - 3 * mm)


def _draw_footer(canvas: Canvas, labels: StampLabels, styles: _Styles) -> None:
    width, _ = A4
    note = _p(labels.note, styles.note)
    _, used = note.wrapOn(canvas, width - 2 * MARGIN, FOOTER_HEIGHT)
    canvas.setStrokeColor(RULE_COLOUR)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, MARGIN + used + 2 * mm, width - MARGIN, MARGIN + used + 2 * mm)
    note.drawOn(canvas, MARGIN, MARGIN)


def stamp_page(pdf_sha256: str, blocks: Sequence[SignerBlock], labels: StampLabels,
               font: PdfFont | None = None) -> bytes:
    """The "Electronic signatures" sheet (A4) of a signed file with this SHA-256.

    One page for up to four signers; more flow onto a second. The same arguments give the
    same bytes (reportlab's invariant mode: fixed dates and document ID).
    """
    sha256 = _checked_hash(pdf_sha256)
    font = font or pdf_fonts.sans()
    styles = _styles(font)
    width, height = A4
    body_width = width - 2 * MARGIN
    out = BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=A4, invariant=1, pageCompression=1,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=labels.title, subject=qr_value(sha256), author="", creator="Balabaqsha Desk")
    bottom = MARGIN + FOOTER_HEIGHT
    first = Frame(MARGIN, bottom, body_width, height - MARGIN - HEADER_HEIGHT - bottom,
                  id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, bottom, body_width, height - 2 * MARGIN - FOOTER_HEIGHT, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_first(canvas: Canvas, _doc: Any) -> None:
        _draw_header(canvas, sha256, labels, styles)
        _draw_footer(canvas, labels, styles)

    def on_later(canvas: Canvas, _doc: Any) -> None:
        _draw_footer(canvas, labels, styles)

    doc.addPageTemplates([
        PageTemplate("first", [first], onPage=on_first, autoNextPageTemplate="later"),
        PageTemplate("later", [later], onPage=on_later),
    ])
    story: list[Any] = [_block(i, b, labels, styles, body_width)
                        for i, b in enumerate(blocks, start=1)]
    if not story:
        story.append(_p(labels.no_signatures, styles.text))
    doc.build(story)
    return out.getvalue()


# --- the paper copy --------------------------------------------------------------------------
#
# reportlab writes PDFs but cannot read one, so it cannot put the contract's pages in front of
# the sheet. Two ways were open: render the pages through QtPdf at print time (a view's job),
# or copy them into a new file with pyHanko's writer, which the client already uses for the
# signatures. The copy wins: "Export PDF" then saves exactly what is printed, the result is
# vector (sharp at any printer resolution), and it is plain Python, testable without Qt.
#
# Each page is copied as a form XObject (pyHanko's import_page_as_xobject) on a fresh page of
# the same size. Annotations do not come along (a widget belongs to the signed file's form,
# with its signature value), so the appearances of those that print (visible signature
# stamps) are painted onto the page as the PDF standard places them (ISO 32000-1, 12.5.5).

_PRINT_FLAG = 1 << 2
_HIDDEN_FLAG = 1 << 1
_NO_VIEW_FLAG = 1 << 5


def _page_count(reader: PdfFileReader) -> int:
    pages = reader.root["/Pages"]
    return int(pages["/Count"])


def _get(dictionary: Any, key: str, default: Any = None) -> Any:
    """A dictionary's value with indirect references followed (pyHanko's `get` does not)."""
    if key in dictionary:
        return dictionary[key]
    return default


def _inherited(page: generic.DictionaryObject, key: str) -> Any:
    node: Any = page
    while node is not None:
        if key in node:
            return node[key]
        node = _get(node, "/Parent")
    return None


def _numbers(array: Any) -> list[float]:
    return [float(value) for value in array]


def _transform(matrix: Sequence[float], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def _appearance_placement(appearance: generic.StreamObject, rect: Sequence[float]
                          ) -> tuple[float, float, float, float, float, float] | None:
    """The matrix that maps an appearance stream onto its annotation's rectangle: its
    bounding box, transformed by its own /Matrix, is fitted to /Rect (ISO 32000-1, 12.5.5);
    the /Matrix itself is applied by the Do operator."""
    bbox = _numbers(_get(appearance, "/BBox", [0, 0, 0, 0]))
    matrix = _numbers(_get(appearance, "/Matrix", [1, 0, 0, 1, 0, 0]))
    corners = [_transform(matrix, x, y) for x in (bbox[0], bbox[2]) for y in (bbox[1], bbox[3])]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    box_w, box_h = max(xs) - min(xs), max(ys) - min(ys)
    x0, y0, x1, y1 = min(rect[0], rect[2]), min(rect[1], rect[3]), \
        max(rect[0], rect[2]), max(rect[1], rect[3])
    if box_w <= 0 or box_h <= 0 or x1 <= x0 or y1 <= y0:
        return None
    sx, sy = (x1 - x0) / box_w, (y1 - y0) / box_h
    return sx, 0.0, 0.0, sy, x0 - min(xs) * sx, y0 - min(ys) * sy


def _printed_appearances(page: generic.DictionaryObject
                         ) -> list[tuple[Any, tuple[float, ...]]]:
    found: list[tuple[Any, tuple[float, ...]]] = []
    for ref in _get(page, "/Annots", []):
        annot = ref.get_object()
        flags = int(_get(annot, "/F", 0))
        if not flags & _PRINT_FLAG or flags & (_HIDDEN_FLAG | _NO_VIEW_FLAG):
            continue
        appearances = _get(annot, "/AP", {})
        normal = _get(appearances, "/N")
        if normal is None:
            continue
        appearance_ref = appearances.raw_get("/N")
        if isinstance(normal, generic.DictionaryObject) and \
                not isinstance(normal, generic.StreamObject):
            state = _get(annot, "/AS")
            if state is None or state not in normal:
                continue
            appearance_ref = normal.raw_get(state)
            normal = normal[state]
        placement = _appearance_placement(normal, _numbers(annot["/Rect"]))
        if placement is not None:
            found.append((appearance_ref, placement))
    return found


def _copy_page(writer: PdfFileWriter, reader: PdfFileReader, index: int) -> None:
    page_ref, _ = reader.find_page_for_modification(index)
    page = page_ref.get_object()
    media_box = _numbers(_inherited(page, "/MediaBox"))
    xobjects = generic.DictionaryObject({
        generic.pdf_name("/Pg"): writer.import_page_as_xobject(reader, index)})
    commands = ["q /Pg Do Q"]
    for number, (appearance, matrix) in enumerate(_printed_appearances(page)):
        name = f"/Ap{number}"
        imported = writer.import_object(appearance)
        if not isinstance(imported, generic.IndirectObject):
            imported = writer.add_object(imported)
        xobjects[generic.pdf_name(name)] = imported
        numbers = " ".join(f"{value:.4f}" for value in matrix)
        commands.append(f"q {numbers} cm {name} Do Q")
    contents = generic.StreamObject(stream_data="\n".join(commands).encode("ascii"))
    contents.compress()
    resources = generic.DictionaryObject({generic.pdf_name("/XObject"): xobjects})
    new_page = PageObject(writer.add_object(contents), media_box, resources)
    crop_box = _inherited(page, "/CropBox")
    if crop_box is not None:
        new_page[generic.pdf_name("/CropBox")] = generic.ArrayObject(
            generic.FloatObject(value) for value in _numbers(crop_box))
    rotate = _inherited(page, "/Rotate")
    if rotate is not None and int(rotate) % 360:
        new_page[generic.pdf_name("/Rotate")] = generic.NumberObject(int(rotate) % 360)
    writer.insert_page(new_page)


def _keep_metadata() -> None:
    """Stands in for pyHanko's metadata refresh on write (see `merge`)."""


def merge(pdfs: Sequence[bytes], title: str = "") -> bytes:
    """The pages of these PDFs, in order, as one new PDF; the inputs are only read.

    The same inputs give the same bytes, so a printout can be made again and compared.
    """
    writer = PdfFileWriter(stream_xrefs=False)
    for pdf in pdfs:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        for index in range(_page_count(reader)):
            _copy_page(writer, reader, index)
    # pyHanko draws a random /ID for every new file and stamps /ModDate with the wall clock
    # on every write. The ID is derived from the inputs instead, and the metadata refresh is
    # replaced by a fixed Info dictionary. These are private hooks (the sandbox's contract
    # writer uses the same), so tests compare two runs' bytes to guard them across upgrades.
    digest = hashlib.sha256()
    for pdf in pdfs:
        digest.update(hashlib.sha256(pdf).digest())
    doc_id = generic.ByteStringObject(digest.digest()[:16])
    writer._document_id = generic.ArrayObject([doc_id, doc_id])
    info = generic.DictionaryObject({
        generic.pdf_name("/Title"): generic.TextStringObject(title),
        generic.pdf_name("/Creator"): generic.TextStringObject("Balabaqsha Desk")})
    writer._info = writer.add_object(info)
    writer._update_meta = _keep_metadata  # type: ignore[method-assign]
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def printable(signed_pdf: bytes, blocks: Sequence[SignerBlock], labels: StampLabels,
              font: PdfFont | None = None) -> bytes:
    """The signed contract's pages followed by its signatures sheet, as one new PDF for
    printing and export. `signed_pdf` is only read; the sheet carries its SHA-256."""
    sheet = stamp_page(hashlib.sha256(signed_pdf).hexdigest(), blocks, labels, font)
    return merge([signed_pdf, sheet], labels.document or labels.title)
