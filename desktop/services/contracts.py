"""Contract PDFs from templates: the kindergarten's side of the contract workflow.

`contract_data` gathers what a contract names from the cache (the request, its child and
parent, the group, the kindergarten and its director); `generate` lays a template out with
reportlab in the bundled DejaVu fonts (which have every Kazakh letter), with the two empty
signature fields on the last page, so the parent's and the director's signatures are each
one incremental revision on top of exactly these bytes.

The same data and template always give the same bytes: the portal and the desk compare
contracts by SHA-256. reportlab runs in invariant mode (its /ID is a digest of the content)
with the creation date taken from the contract's date, font subsets are named in order of
use, and nothing random or read from the clock goes into the file.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from io import BytesIO
from types import UnionType
from typing import Any, get_args, get_type_hints
from xml.sax.saxutils import escape

from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError
from sqlalchemy import select

from desktop.models.domain import parse_moment
from desktop.models.tables import Group, Kindergarten, Request
from desktop.services import pdf_fonts, pdf_pages
from desktop.services.cache import Cache
from desktop.services.calendar import PORTAL_TZ, format_date
from desktop.services.refusal import Refusal
from desktop.services.templates import (
    Block,
    ParsedText,
    Party,
    Template,
)
from desktop.services.translation import translate

# The portal's parent simulator and its checks look for exactly these two fields.
PARENT_FIELD = "ParentSignature"
DIRECTOR_FIELD = "DirectorSignature"

# What a contract shows where the portal sent nothing (an address not on file): a line to
# fill in by hand on the printed copy, never an empty gap in a sentence.
BLANK = "_" * 16

FONT = pdf_fonts.SERIF
FONT_BOLD = pdf_fonts.SERIF_BOLD
# reportlab keeps process-wide state (its font registry, one shared paragraph parser): one
# contract is laid out at a time, whichever worker thread asks.
_reportlab_lock = threading.RLock()

_PAGE_W, _PAGE_H = A4
_LEFT, _RIGHT, _TOP, _BOTTOM = 25 * mm, 15 * mm, 18 * mm, 20 * mm
_WIDTH = _PAGE_W - _LEFT - _RIGHT
_COLUMN_GAP = 8 * mm
_BOX_H = 20 * mm
KEYWORDS_PREFIX = "balabaqsha-contract"


class ContractError(Refusal):
    """A contract cannot be made; the message says why and what to do, `code` which case."""


# the data


@dataclass(frozen=True)
class ContractData:
    """Everything a contract names, as plain values (dates as dates, the rest as text)."""

    request_id: int
    application_number: int
    application_date: date | None
    contract_number: str
    contract_date: date
    locality: str
    kindergarten_name: str
    kindergarten_bin: str
    kindergarten_address: str
    kindergarten_phone: str
    director_name: str
    parent_name: str
    parent_iin: str
    parent_phone: str
    child_name: str
    child_iin: str
    child_birth_date: date | None
    group_name: str
    group_language: str  # "kk" or "ru"
    group_age_from: int
    group_age_to: int
    group_start_date: date | None

    def values(self, language: str) -> dict[str, str]:
        """The placeholders' text in `language` (the group's language and ages are words)."""
        found: dict[str, str] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, date):
                found[item.name] = format_date(value)
            elif value is None:
                found[item.name] = ""
            else:
                found[item.name] = str(value)
        found["group_language"] = _LANGUAGE_NAMES[language].get(self.group_language,
                                                                 self.group_language)
        found["group_ages"] = _ages(language, self.group_age_from, self.group_age_to)
        for name, value in found.items():
            if not value.strip():
                found[name] = BLANK
        return found

    @property
    def missing(self) -> tuple[str, ...]:
        """Placeholders the portal sent no value for (printed as a blank line)."""
        return tuple(name for name, value in self.values("ru").items() if value == BLANK)


_LANGUAGE_NAMES = {
    "kk": {"kk": "қазақ тілі", "ru": "орыс тілі"},
    "ru": {"kk": "казахский", "ru": "русский"},
}


def _ages(language: str, age_from: int, age_to: int) -> str:
    if language == "kk":
        if age_from <= 0:
            return f"{age_to} жасқа дейін"
        return f"{age_from} жастан {age_to} жасқа дейін"
    # Russian: "до N лет" is genitive plural for every N but 1 ("до 1 года").
    upto = "до 1 года" if age_to == 1 else f"до {age_to} лет"
    return upto if age_from <= 0 else f"от {age_from} {upto}"


def _full_name(person: dict[str, Any] | None) -> str:
    if not person:
        return ""
    parts = (person.get("last_name"), person.get("first_name"), person.get("patronymic"))
    return " ".join(str(p).strip() for p in parts if p and str(p).strip())


def _date(value: Any) -> date | None:
    moment = parse_moment(value)
    return None if moment is None else moment.astimezone(PORTAL_TZ).date()


def contract_data(cache: Cache, request_id: int, *, on: date | None = None) -> ContractData:
    """What the contract for a request names, from the cache; dated `on` (by default today
    in the portal's time zone). `ContractError` when the cache lacks what a contract needs."""
    with cache.read() as session:
        request = session.get(Request, request_id)
        if request is None:
            raise ContractError("request_missing", translate(
                "Contracts", "The request is not in the local data any more: synchronise, "
                "then open it again."))
        data = request.data
        group = session.get(Group, request.group_id) if request.group_id is not None else None
        if group is None:
            raise ContractError("group_missing", translate(
                "Contracts", "The request has no group in the local data, so the contract "
                "cannot name one: synchronise, then try again."))
        kindergarten = None
        if data.get("kindergarten_id") is not None:
            kindergarten = session.get(Kindergarten, int(data["kindergarten_id"]))
        if kindergarten is None:
            kindergarten = session.scalars(select(Kindergarten).order_by(Kindergarten.id)).first()
        if kindergarten is None:
            raise ContractError("kindergarten_missing", translate(
                "Contracts", "The kindergarten's details are not in the local data yet: "
                "synchronise, then try again."))
        parent = data.get("parent")
        if not parent or not parent.get("iin"):
            raise ContractError("parent_missing", translate(
                "Contracts", "The portal has not sent who the parent is for this request, so "
                "the contract cannot name them: synchronise, then try again."))
        child = data.get("child") or {}
        kg = kindergarten.data
        return ContractData(
            request_id=request.id,
            application_number=int(data.get("number") or request.number),
            application_date=_date(data.get("submitted_at")),
            contract_number=str(data.get("number") or request.number),
            contract_date=on or datetime.now(PORTAL_TZ).date(),
            locality=str(data.get("locality") or kg.get("locality") or ""),
            kindergarten_name=kindergarten.name,
            kindergarten_bin=kindergarten.bin,
            kindergarten_address=str(kg.get("address") or ""),
            kindergarten_phone=str(kg.get("phone") or ""),
            director_name=_full_name(kg.get("director")),
            parent_name=_full_name(parent),
            parent_iin=str(parent.get("iin") or ""),
            parent_phone=str(parent.get("phone") or ""),
            child_name=_full_name(child) or request.child_name,
            child_iin=str(child.get("iin") or request.child_iin),
            child_birth_date=_date(child.get("birth_date")) or request.child_birth_date,
            group_name=group.name,
            group_language=group.language,
            group_age_from=group.age_from,
            group_age_to=group.age_to,
            group_start_date=group.starts_on,
        )


# date.fromisoformat takes other forms too (20250210, week dates); the JSON form is one.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class BadContractData(ValueError):
    """A contract's data as JSON that is not what `data_from_json` takes. `code`: missing,
    unknown, not_text, not_number, not_date or not_language; `field` names the field."""

    def __init__(self, code: str, field: str) -> None:
        super().__init__(f"{code}: {field}")
        self.code = code
        self.field = field


def data_from_json(given: Mapping[str, Any]) -> ContractData:
    """ContractData from its JSON form: every field by its name, dates as `YYYY-MM-DD`,
    numbers as numbers, `group_language` kk or ru; a date that may be absent (the
    application's, the child's birth, the group's start) may be null or left out.
    `BadContractData` for the first field that is wrong, missing or not a field at all."""
    types = get_type_hints(ContractData)
    for name in given:
        if name not in types:
            raise BadContractData("unknown", name)
    values: dict[str, Any] = {}
    for name, kind in types.items():
        optional = isinstance(kind, UnionType) and type(None) in get_args(kind)
        value = given.get(name)
        if value is None:
            if not optional:
                raise BadContractData("missing", name)
            values[name] = None
        elif date in (kind, *get_args(kind)):
            if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
                raise BadContractData("not_date", name)
            try:
                values[name] = date.fromisoformat(value)
            except ValueError:
                raise BadContractData("not_date", name) from None
        elif kind is int:
            if not isinstance(value, int) or isinstance(value, bool):
                raise BadContractData("not_number", name)
            values[name] = value
        elif not isinstance(value, str):
            raise BadContractData("not_text", name)
        else:
            values[name] = value
    if values["group_language"] not in _LANGUAGE_NAMES:
        raise BadContractData("not_language", "group_language")
    return ContractData(**values)


def default_layout(data: ContractData) -> str:
    """The template a contract uses unless staff choose another: the group's language."""
    return data.group_language if data.group_language in ("kk", "ru") else "bilingual"


def sample_contract_data() -> ContractData:
    """A made-up but realistic contract, for previews of a template being edited."""
    return ContractData(
        request_id=0, application_number=257062, application_date=date(2024, 11, 4),
        contract_number="257062", contract_date=date(2025, 2, 10), locality="г.Уральск",
        kindergarten_name="КМҚК «№12 «Балапан» бөбекжай-бақшасы»",
        kindergarten_bin="120140012010",
        kindergarten_address="г. Уральск, проспект Абулхаир хана, 98",
        kindergarten_phone="+7 7112 51 50 12", director_name="Жұмабаева Сәуле Қайратқызы",
        parent_name="Серікова Гүлжан Маратқызы", parent_iin="920708423452",
        parent_phone="+7 701 234 56 78", child_name="Серікова Әмина Нұрланқызы",
        child_iin="210315612346", child_birth_date=date(2021, 3, 15),
        group_name="Ортаңғы топ «Күншуақ»", group_language="kk", group_age_from=3,
        group_age_to=4, group_start_date=date(2025, 9, 1),
    )


# fonts and styles


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    left: ParagraphStyle
    right: ParagraphStyle
    party_head: ParagraphStyle
    party: ParagraphStyle
    caption: ParagraphStyle


def _styles(size: float, indent: float, alignment: int) -> _Styles:
    leading = size * 1.25
    # embeddedHyphenation: a compound such as «воспитательно-образовательный» may break
    # after its hyphen instead of leaving a half-empty line.
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=leading,
                          alignment=alignment, firstLineIndent=indent, spaceAfter=size * 0.2,
                          embeddedHyphenation=1)
    return _Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=size + 1.5,
                             leading=(size + 1.5) * 1.25, alignment=TA_CENTER,
                             firstLineIndent=0),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, alignment=TA_CENTER,
                               firstLineIndent=0, spaceBefore=size * 0.6,
                               spaceAfter=size * 0.3, keepWithNext=1),
        body=body,
        left=ParagraphStyle("left", parent=body, alignment=TA_LEFT, firstLineIndent=0),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0),
        party_head=ParagraphStyle("party_head", parent=body, fontName=FONT_BOLD,
                                  alignment=TA_LEFT, firstLineIndent=0, spaceAfter=size * 0.3),
        party=ParagraphStyle("party", parent=body, alignment=TA_LEFT, firstLineIndent=0,
                             spaceAfter=0),
        caption=ParagraphStyle("caption", parent=body, alignment=TA_LEFT, firstLineIndent=0,
                               fontSize=size - 0.5, leading=(size - 0.5) * 1.2,
                               spaceBefore=size * 0.8, spaceAfter=size * 0.3),
    )


_SINGLE = _styles(10.0, 10 * mm, TA_JUSTIFY)
# Justified half-page columns open wide gaps around long Kazakh and Russian words.
_BILINGUAL = _styles(8.5, 5 * mm, TA_LEFT)
# FONT: a table sets its cells' font before drawing them, Helvetica unless told; that
# would put a font in the contract that is not embedded (though it draws no letter), and
# a signed contract should depend on no font the reader happens to have.
_CLEAR: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT),
    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ("VALIGN", (0, 0), (-1, -1), "TOP")]


# layout


class _Paragraph(Paragraph):
    """A paragraph that keeps its line breaks for the width it was last wrapped to.

    Tables, their row splitting and KeepTogether wrap the same paragraph several times at
    one width, and reportlab breaks its lines anew every time: that was most of a
    contract's layout time. `split` drops `blPara` when it refuses, which re-arms the wrap.
    """

    _wrapped_at: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width == self._wrapped_at and hasattr(self, "blPara"):
            return self.width, self.height
        size: tuple[float, float] = super().wrap(available_width, available_height)
        self._wrapped_at = available_width
        return size


class _SignatureBox(Flowable):
    """An empty signature field in a dashed frame, written into the page as it is drawn.

    The field is made here, in reportlab's one pass, rather than added afterwards with
    pyHanko: re-reading and re-writing the whole file for two dictionaries cost more than a
    quarter of the contract's time, and an appended revision would make an unsigned file of
    two revisions. The dictionaries are the ones pyHanko's `append_signature_field` writes
    (a /Sig widget, print and locked flags, an empty appearance, /SigFlags 1); the tests
    check that pyHanko, the portal and poppler all find and sign both fields.
    """

    def __init__(self, field: str, tooltip: str, width: float, height: float,
                 placed: dict[str, tuple[int, float, float, float, float]]) -> None:
        super().__init__()
        self.field, self.tooltip, self.width, self.height = field, tooltip, width, height
        self.placed = placed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
        canvas.setLineWidth(0.6)
        canvas.setDash(2, 2)
        canvas.rect(0, 0, self.width, self.height)
        canvas.restoreState()
        x0, y0 = canvas.absolutePosition(0, 0)
        x1, y1 = x0 + self.width, y0 + self.height
        page = canvas.getPageNumber()
        self.placed[self.field] = (page, x0, y0, x1, y1)
        document = canvas._doc
        appearance = document.Reference(pdfdoc.PDFStream(pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("XObject"), "Subtype": pdfdoc.PDFName("Form"),
            "BBox": pdfdoc.PDFArray([0, 0, round(self.width, 2), round(self.height, 2)]),
            "Resources": pdfdoc.PDFDictionary({}),
        }), content=b"", filters=[]))
        widget = pdfdoc.PDFDictionary({
            "FT": pdfdoc.PDFName("Sig"), "T": pdfdoc.PDFString(self.field),
            "TU": pdfdoc.PDFString(self.tooltip),
            "Type": pdfdoc.PDFName("Annot"), "Subtype": pdfdoc.PDFName("Widget"),
            "F": 132,  # print, locked
            "Rect": pdfdoc.PDFArray([round(v, 2) for v in (x0, y0, x1, y1)]),
            # Pages are named by number when the (deferred) pages are finally written.
            "P": pdfdoc.PDFObjectReference(f"Page{page}"),
            "AP": pdfdoc.PDFDictionary({"N": appearance}),
        })
        canvas._addAnnotation(widget, name=self.field)
        form = canvas.acroForm
        form.sigFlags = 1  # SignaturesExist
        form.fields.append(form.getRef(widget))


def _fill(text: str, values: dict[str, str]) -> str:
    return escape(text.format_map(values))


def _row(left: str, right: str, styles: _Styles, width: float) -> Table:
    table = Table([[_Paragraph(left, styles.left), _Paragraph(right, styles.right)]],
                  colWidths=[width * 0.6, width * 0.4])
    table.setStyle(TableStyle([*_CLEAR, ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return table


def _blocks(blocks: tuple[Block, ...], values: dict[str, str], styles: _Styles,
            width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        if block.kind == "title":
            out.append(_Paragraph(_fill(block.text, values), styles.title))
        elif block.kind == "heading":
            out.append(_Paragraph(_fill(block.text, values), styles.heading))
        elif block.kind == "row":
            if out and isinstance(out[-1], Paragraph):
                out.append(Spacer(1, styles.body.fontSize * 0.8))
            out.append(_row(_fill(block.text, values), _fill(block.right, values), styles,
                            width))
        else:
            out.append(_Paragraph(_fill(block.text, values), styles.body))
    return out


def _party(party: Party, values: dict[str, str], styles: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for index, line in enumerate(party.lines):
        out.append(_Paragraph(_fill(line, values), styles.party_head if index == 0
                             else styles.party))
    return out


_TOOLTIPS = {PARENT_FIELD: "Ата-ана / Родитель", DIRECTOR_FIELD: "Басшы / Руководитель"}


def _signature(captions: list[str], field: str, styles: _Styles, width: float,
               placed: dict[str, tuple[int, float, float, float, float]]) -> list[Flowable]:
    return [_Paragraph("<br/>".join(captions), styles.caption),
            _SignatureBox(field, _TOOLTIPS[field], width, _BOX_H, placed)]


def _two_columns(rows: list[list[Any]], column: float, *, lines: bool,
                 split: bool = True) -> Table:
    # splitInRow: a long section may run on to the next page inside its row. The signature
    # row never splits (split=False), so both boxes share the last page.
    table = Table(rows, colWidths=[column + _COLUMN_GAP / 2] * 2, splitInRow=int(split),
                  splitByRow=int(split))
    style: list[tuple[Any, ...]] = [
        *_CLEAR, ("RIGHTPADDING", (0, 0), (0, -1), _COLUMN_GAP / 2),
        ("LEFTPADDING", (1, 0), (1, -1), _COLUMN_GAP / 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if lines:
        style.append(("LINEAFTER", (0, 0), (0, -1), 0.4, colors.Color(0.7, 0.7, 0.7)))
    table.setStyle(TableStyle(style))
    return table


def _single_flow(text: ParsedText, values: dict[str, str],
                 placed: dict[str, tuple[int, float, float, float, float]]) -> list[Flowable]:
    styles = _SINGLE
    flow = _blocks(text.preamble, values, styles, _WIDTH)
    for section in text.sections[:-1]:
        flow += _blocks(section, values, styles, _WIDTH)
    last = _blocks(text.sections[-1], values, styles, _WIDTH) if text.sections else []
    column = (_WIDTH - _COLUMN_GAP) / 2
    details = _two_columns([
        [_party(text.kindergarten, values, styles), _party(text.parent, values, styles)],
    ], column, lines=False)
    signatures = _two_columns([[
        _signature([_fill(text.kindergarten.caption, values)], DIRECTOR_FIELD, styles,
                   column, placed),
        _signature([_fill(text.parent.caption, values)], PARENT_FIELD, styles, column,
                   placed),
    ]], column, lines=False, split=False)
    # The last section (the parties' details) and the signature boxes stay on one page when
    # they fit: the signature fields are on the last page, under the text they sign.
    flow.append(KeepTogether([*last, Spacer(1, 2 * mm), details, signatures]))
    return flow


def _bilingual_flow(kk: ParsedText, ru: ParsedText, kk_values: dict[str, str],
                    ru_values: dict[str, str],
                    placed: dict[str, tuple[int, float, float, float, float]]) -> list[Flowable]:
    styles = _BILINGUAL
    column = (_WIDTH - _COLUMN_GAP) / 2

    def closing(text: ParsedText, values: dict[str, str]) -> list[Flowable]:
        # The last section of a column, then both parties' details in that language.
        return [*_blocks(text.sections[-1] if text.sections else text.preamble, values,
                         styles, column),
                Spacer(1, 2 * mm), *_party(text.kindergarten, values, styles),
                Spacer(1, 3 * mm), *_party(text.parent, values, styles)]

    kk_parts = [kk.preamble, *kk.sections]
    ru_parts = [ru.preamble, *ru.sections]
    rows = [[_blocks(a, kk_values, styles, column), _blocks(b, ru_values, styles, column)]
            for a, b in zip(kk_parts[:-1], ru_parts[:-1], strict=True)]
    flow: list[Flowable] = [_two_columns(rows, column, lines=True)] if rows else []
    last = [[closing(kk, kk_values), closing(ru, ru_values)]]
    signatures = _two_columns([[
        _signature([_fill(kk.kindergarten.caption, kk_values),
                    _fill(ru.kindergarten.caption, ru_values)], DIRECTOR_FIELD, styles,
                   column, placed),
        _signature([_fill(kk.parent.caption, kk_values), _fill(ru.parent.caption, ru_values)],
                   PARENT_FIELD, styles, column, placed),
    ]], column, lines=False, split=False)
    flow.append(KeepTogether([_two_columns(last, column, lines=True), signatures]))
    return flow


_FOOTERS = {
    "kk": ("№ {number} шарт · үлгі, {version}-нұсқа", "{page}-бет, барлығы {pages}"),
    "ru": ("Договор № {number} · шаблон, версия {version}", "Страница {page} из {pages}"),
    "bilingual": ("№ {number} шарт / Договор № {number} · үлгі / шаблон {version}",
                  "Бет / Страница {page} / {pages}"),
}
_LANG = {"kk": "kk-KZ", "ru": "ru-RU", "bilingual": "kk-KZ"}
_TITLES = {"kk": "№ {number} шарт", "ru": "Договор № {number}",
           "bilingual": "№ {number} шарт / Договор № {number}"}


def _render(data: ContractData, template: Template,
            placed: dict[str, tuple[int, float, float, float, float]]) -> tuple[bytes, int]:
    parsed = template.parsed()
    layout = template.layout
    if layout == "bilingual":
        flow = _bilingual_flow(parsed["kk"], parsed["ru"], data.values("kk"),
                               data.values("ru"), placed)
    else:
        flow = _single_flow(parsed[layout], data.values(layout), placed)
    left, right = _FOOTERS[layout]
    pages: list[int] = []  # the page count, as the footers learn it

    def draw_footer(canvas: Canvas, page: int, total: int) -> None:
        pages.append(total)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
        canvas.drawString(_LEFT, _BOTTOM / 2,
                          left.format(number=data.contract_number, version=template.version))
        canvas.drawRightString(_PAGE_W - _RIGHT, _BOTTOM / 2,
                               right.format(page=page, pages=total))

    # Invariant mode dates every file 01.01.2000; the contract's own date says more and is
    # just as fixed.
    stamp = f"D:{data.contract_date:%Y%m%d}000000+05'00'"

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        canvas = pdf_pages.FooterCanvas(*args, footer=draw_footer, **kwargs)
        canvas.setDateFormatter(lambda *_parts: stamp)
        return canvas

    buffer = BytesIO()
    title = _TITLES[layout].format(number=data.contract_number)
    document = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP,
        bottomMargin=_BOTTOM, invariant=1, pageCompression=1, lang=_LANG[layout],
        title=title, author=data.kindergarten_name, subject=title,
        creator="Balabaqsha Desk",
        # Each page's preamble sets this font; reportlab's default is Helvetica (see _CLEAR).
        initialFontName=FONT,
        keywords=[KEYWORDS_PREFIX, f"layout={layout}", f"version={template.version}",
                  f"digest={template.digest}", f"request={data.request_id}"],
    )
    document.addPageTemplates([PageTemplate("page", [Frame(
        _LEFT, _BOTTOM, _WIDTH, _PAGE_H - _TOP - _BOTTOM, leftPadding=0, rightPadding=0,
        topPadding=0, bottomPadding=0, id="body")])])
    try:
        document.build(flow, canvasmaker=make_canvas)
    except LayoutError:
        raise ContractError("layout", translate(
            "Contracts", "The contract's text cannot be laid out on pages: a part that must "
            "stay on one page is longer than a page. Shorten the captions over the signature "
            "boxes (the lines that start with “@”) in the template.")) from None
    return buffer.getvalue(), pages[-1]


def generate(data: ContractData, template: Template) -> bytes:
    """The contract's PDF: one revision with empty `ParentSignature` and
    `DirectorSignature` fields on its last page. The same data and template always give
    the same bytes. `ContractError` if the text cannot be laid out, `TemplateError` if the
    template is broken (saved templates never are)."""
    placed: dict[str, tuple[int, float, float, float, float]] = {}
    with _reportlab_lock:
        pdf_fonts.serif()
        pdf, pages = _render(data, template, placed)
    if set(placed) != {PARENT_FIELD, DIRECTOR_FIELD} or any(
            where[0] != pages for where in placed.values()):
        raise RuntimeError(f"signature boxes not on the last page: {placed}, {pages} pages")
    return pdf


def template_of(pdf: bytes) -> tuple[str, int, str] | None:
    """The layout, version and digest of the template a contract was made from, as its
    metadata records them; None for a PDF this program did not make."""
    try:
        info = PdfFileReader(BytesIO(pdf)).trailer_view["/Info"]
        keywords = str(info.get_object()["/Keywords"])
    except (PdfError, KeyError, ValueError, TypeError, AttributeError, OSError):
        return None
    parts = dict(p.split("=", 1) for p in keywords.replace(",", " ").split() if "=" in p)
    if KEYWORDS_PREFIX not in keywords or not {"layout", "version", "digest"} <= set(parts):
        return None
    return parts["layout"], int(parts["version"]), parts["digest"]


__all__ = [
    "DIRECTOR_FIELD", "PARENT_FIELD", "BadContractData", "ContractData", "ContractError",
    "contract_data", "data_from_json", "default_layout", "generate", "sample_contract_data",
    "template_of",
]
