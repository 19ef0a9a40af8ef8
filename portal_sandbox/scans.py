"""Generated "scans" of the six documents a parent attaches to a voucher application.

The simulator attaches hundreds of these, so they must be small and quick to make, yet look
enough like a real scan (grey paper, a slight tilt, a round stamp, a pen signature) that staff
testing the desktop client see what they will see in production. Every draw comes from the
``random.Random`` passed in and the PDF is written with reportlab's ``invariant`` mode, so the
same seed and fields give byte-identical files; tests and demo fixtures rely on that.

One layout, built in millimetres from the top-left corner, feeds both renderers: reportlab for
PDF and Pillow for JPEG/PNG. That keeps the two outputs of the same document in agreement.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Final, Literal, get_args

from PIL import Image, ImageChops, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm as _reportlab_mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from portal_sandbox.names import KAZAKH_SURNAMES, RUSSIAN_SURNAMES, surname_for_sex
from portal_sandbox.resources import font_path

__all__ = [
    "BIRTH_DATE_FIELD",
    "SCAN_KINDS",
    "TITLES",
    "ScanKind",
    "scan_jpeg",
    "scan_pdf",
    "scan_png",
]

ScanKind = Literal[
    "form_027u", "birth_certificate", "parent_id", "form_052_2u", "form_065u", "pmpk"
]
SCAN_KINDS: Final[tuple[ScanKind, ...]] = get_args(ScanKind)

# (Russian, Kazakh) titles as the forms print them. Kazakh health forms number themselves
# "/е нысаны" where the Russian edition says "форма .../у".
TITLES: Final[dict[ScanKind, tuple[str, str]]] = {
    "form_027u": ("Медицинская справка (форма 027/у)", "Медициналық анықтама (027/е нысаны)"),
    "birth_certificate": ("Свидетельство о рождении", "Туу туралы куәлік"),
    "parent_id": ("Удостоверение личности", "Жеке куәлік"),
    "form_052_2u": (
        "Паспорт здоровья ребёнка (форма 052-2/у)",
        "Баланың денсаулық паспорты (052-2/е нысаны)",
    ),
    "form_065u": (
        "Карта профилактических прививок (форма 065/у)",
        "Профилактикалық екпелер картасы (065/е нысаны)",
    ),
    "pmpk": (
        "Заключение психолого-медико-педагогической консультации (ПМПК)",
        "Психологиялық-медициналық-педагогикалық консультация (ПМПК) қорытындысы",
    ),
}

# If ``person_fields`` has this label with a dd.mm.yyyy value, the document's own dates
# (vaccinations, civil registration, height and weight) are made consistent with it.
BIRTH_DATE_FIELD: Final[str] = "Дата рождения"

# Documents are dated relative to this day, never to "today", so output does not change with
# the clock.
_REFERENCE_DATE: Final[date] = date(2024, 9, 2)

_MM: Final[float] = float(_reportlab_mm)  # points per millimetre, typed
_PAGE_W_MM: Final[float] = 210.0
_PAGE_H_MM: Final[float] = 297.0

_Rgb = tuple[float, float, float]
_Align = Literal["left", "centre", "right"]
_FontKey = Literal["sans", "sans-bold", "serif", "serif-bold"]

_PRINT_INK: Final[_Rgb] = (0.12, 0.12, 0.12)
_PEN_INK: Final[_Rgb] = (0.10, 0.17, 0.52)
_STAMP_INK: Final[_Rgb] = (0.27, 0.30, 0.72)
_FAINT_INK: Final[_Rgb] = (0.45, 0.45, 0.45)

_FONT_FILES: Final[dict[_FontKey, tuple[str, str]]] = {
    # logical key -> (reportlab font name, file in resources/fonts)
    "sans": ("DejaVuSans", "DejaVuSans.ttf"),
    "sans-bold": ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif", "DejaVuSerif.ttf"),
    "serif-bold": ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
}


# --------------------------------------------------------------------------------------------
# Layout items (millimetres, origin top-left, y growing downwards; text y is the baseline)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Text:
    x: float
    y: float
    text: str
    font: _FontKey
    size: float  # points
    align: _Align = "left"
    color: _Rgb = _PRINT_INK


@dataclass(frozen=True, slots=True)
class _Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.25  # millimetres
    color: _Rgb = _PRINT_INK


@dataclass(frozen=True, slots=True)
class _Stamp:
    cx: float
    cy: float
    radius: float
    rim: str
    centre: str
    angle: float  # degrees, clockwise: nobody puts a stamp on straight


@dataclass(frozen=True, slots=True)
class _Scribble:
    points: tuple[tuple[float, float], ...]


_Item = _Text | _Rule | _Stamp | _Scribble


@dataclass(frozen=True, slots=True)
class _Content:
    """Everything about one document that is drawn at random, decided once for all pages."""

    kind: ScanKind
    issuer: str
    number: str
    lines: tuple[tuple[str, str], ...]
    table: tuple[tuple[str, str, str], ...]
    issued: date
    signer: str
    stamp: _Stamp
    signature: _Scribble


# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------


@cache
def _register_pdf_fonts() -> None:
    """Register the DejaVu fonts with reportlab once per process.

    Parsing a TrueType file costs tens of milliseconds; doing it per document would blow the
    time budget for the simulator's hundreds of scans. A name some other module has already
    registered (pdfsign uses DejaVuSans from the same file) is left alone rather than replaced
    under its feet.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for pdf_name, file_name in _FONT_FILES.values():
        if pdf_name not in registered:
            pdfmetrics.registerFont(TTFont(pdf_name, str(font_path(file_name))))


def _pdf_font(key: _FontKey) -> str:
    return _FONT_FILES[key][0]


@lru_cache(maxsize=64)
def _pil_font(key: _FontKey, size_px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(_FONT_FILES[key][1])), size_px)


def _text_width_mm(text: str, font: _FontKey, size: float) -> float:
    _register_pdf_fonts()
    return float(pdfmetrics.stringWidth(text, _pdf_font(font), size)) / _MM


# --------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------


def _fmt(d: date) -> str:
    return f"{d:%d.%m.%Y}"


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February in a non-leap target year
        return d.replace(year=d.year + years, day=28)


def _birth_date(fields: Mapping[str, str]) -> date | None:
    value = fields.get(BIRTH_DATE_FIELD)
    if value is None:
        return None
    try:
        return datetime.strptime(value.strip(), "%d.%m.%Y").date()
    except ValueError:
        return None


def _person_initials(rng: random.Random) -> str:
    surname = surname_for_sex(rng.choice(KAZAKH_SURNAMES + RUSSIAN_SURNAMES), "female")
    first, middle = rng.sample("АГДЕЖЗИКЛМНОРСТ", 2)
    return f"{surname} {first}.{middle}."


def _clinic(rng: random.Random) -> str:
    return f"ГКП на ПХВ «Городская поликлиника № {rng.randint(1, 5)}» г. Уральск"


# Approximately Kazakhstan's national schedule for the first two years: (vaccine, age in days).
_VACCINATIONS: Final[tuple[tuple[str, int], ...]] = (
    ("ВГВ-1 (гепатит В)", 0),
    ("БЦЖ (туберкулёз)", 2),
    ("АбКДС-ИПВ-Hib-ВГВ (1)", 60),
    ("ПКВ-1 (пневмококк)", 60),
    ("АбКДС-ИПВ-Hib (2)", 90),
    ("АбКДС-ИПВ-Hib-ВГВ (3)", 120),
    ("ПКВ-2 (пневмококк)", 120),
    ("ККП-1 (корь, краснуха, паротит)", 365),
    ("ПКВ-3 (пневмококк)", 365),
    ("АбКДС-ИПВ-Hib (4)", 548),
)


def _kind_details(
    kind: ScanKind, rng: random.Random, issued: date, born: date | None
) -> tuple[str, str, list[tuple[str, str]], list[tuple[str, str, str]], str]:
    """Issuer, document number, extra lines, table rows and stamp centre for ``kind``."""
    lines: list[tuple[str, str]] = []
    table: list[tuple[str, str, str]] = []
    age_years = (issued - born).days / 365.25 if born else 3.0
    if kind == "form_027u":
        issuer = _clinic(rng)
        number = f"{rng.randint(1, 4999)}"
        lines += [
            ("Заключение", "здоров(а), может посещать дошкольную организацию"),
            ("Группа здоровья", rng.choice(("I", "II", "II"))),
            ("Перенесённые заболевания", rng.choice(("ОРВИ", "ветряная оспа", "нет"))),
            ("Аллергологический анамнез", rng.choice(("не отягощён", "пищевая аллергия"))),
            ("Контакт с инфекционными больными", "не было"),
        ]
        centre = "ОРАЛ"
    elif kind == "birth_certificate":
        issuer = "Отдел ЗАГС г. Уральск"
        number = f"{rng.randrange(10**7):07d}"
        registered = (born or issued - timedelta(days=1000)) + timedelta(days=rng.randint(3, 25))
        lines += [
            ("Место рождения", "Западно-Казахстанская область, г. Уральск"),
            ("Актовая запись", f"№ {rng.randint(100, 3999)} от {_fmt(registered)}"),
            ("Место регистрации", "г. Уральск"),
        ]
        centre = "АХАЖ"
    elif kind == "parent_id":
        issuer = "Министерство внутренних дел Республики Казахстан"
        number = f"{rng.randrange(10**8):09d}"  # nine digits, the first a zero, as on ID cards
        given = issued - timedelta(days=rng.randint(30, 3000))
        lines += [
            ("Орган выдачи", "МВД РК"),
            ("Дата выдачи", _fmt(given)),
            ("Срок действия", _fmt(_add_years(given, 10) - timedelta(days=1))),
        ]
        centre = "ІІМ"
    elif kind == "form_052_2u":
        issuer = _clinic(rng)
        number = f"{rng.randint(1, 9999)}"
        height = 76 + 6.5 * max(age_years - 1, 0) + rng.uniform(-3, 3)
        weight = 10 + 2.0 * max(age_years - 1, 0) + rng.uniform(-1.2, 1.2)
        lines += [
            ("Группа крови", rng.choice(("O (I) Rh+", "A (II) Rh+", "B (III) Rh+", "A (II) Rh−"))),
            ("Рост, см", f"{height:.0f}"),
            ("Вес, кг", f"{weight:.1f}".replace(".", ",")),
            ("Физическое развитие", rng.choice(("среднее, гармоничное", "выше среднего"))),
            ("Профилактические прививки", "по календарю"),
        ]
        centre = "ОРАЛ"
    elif kind == "form_065u":
        issuer = _clinic(rng)
        number = f"{rng.randint(1, 9999)}"
        start = born or issued - timedelta(days=1000)
        visits: dict[int, date] = {}  # vaccines due at the same age are given at one visit
        for vaccine, age_days in _VACCINATIONS:
            if age_days not in visits:
                delay = rng.randint(0, 1) if age_days < 30 else rng.randint(0, 12)
                visits[age_days] = start + timedelta(days=age_days + delay)
            when = visits[age_days]
            if when <= issued:
                series = f"{rng.choice('ABCEHKMPT')}{rng.randint(1000, 9999)}"
                table.append((vaccine, _fmt(when), series))
        centre = "ОРАЛ"
    else:  # pmpk
        issuer = "КГУ «Психолого-медико-педагогическая консультация» г. Уральск"
        number = f"{rng.randint(1, 999)}"
        lines += [
            (
                "Заключение",
                rng.choice(
                    (
                        "общее недоразвитие речи III уровня",
                        "фонетико-фонематическое недоразвитие речи",
                        "задержка психоречевого развития",
                    )
                ),
            ),
            (
                "Рекомендовано",
                rng.choice(
                    (
                        "логопедическая группа",
                        "специальная (коррекционная) группа",
                        "инклюзивное обучение в группе общего типа",
                    )
                ),
            ),
            ("Срок пересмотра", _fmt(_add_years(issued, 1))),
        ]
        centre = "ПМПК"
    return issuer, number, lines, table, centre


def _signature(rng: random.Random, x: float, y: float) -> _Scribble:
    """A pen squiggle: a few damped loops, different for every draw."""
    loops = rng.uniform(2.5, 4.5)
    height = rng.uniform(2.0, 3.5)
    length = rng.uniform(28, 40)
    slant = rng.uniform(0.2, 0.5)
    points = []
    for i in range(48):
        t = i / 47
        wobble = math.sin(t * loops * 2 * math.pi) * height * (1.1 - t * 0.6)
        points.append((x + t * length + wobble * slant, y - wobble - t * 1.5))
    return _Scribble(tuple(points))


def _content(
    kind: ScanKind, fields: Mapping[str, str], rng: random.Random, issued: date | None
) -> _Content:
    born = _birth_date(fields)
    if issued is None:
        issued = _REFERENCE_DATE - timedelta(days=rng.randrange(200))
        if born is not None and issued <= born:
            issued = born + timedelta(days=rng.randint(30, 200))
    issuer, number, extra, table, centre = _kind_details(kind, rng, issued, born)
    lines = tuple((k, v) for k, v in fields.items()) + tuple(extra)
    stamp = _Stamp(
        cx=150 + rng.uniform(-6, 6),
        cy=258 + rng.uniform(-5, 4),
        radius=19,
        rim=f"{issuer.upper()} • ",
        centre=centre,
        angle=rng.uniform(-25, 25),
    )
    return _Content(
        kind=kind,
        issuer=issuer,
        number=number,
        lines=lines,
        table=tuple(table),
        issued=issued,
        signer=_person_initials(rng),
        stamp=stamp,
        signature=_signature(rng, 58 + rng.uniform(-3, 3), 263 + rng.uniform(-1, 1)),
    )


# --------------------------------------------------------------------------------------------
# Page layout
# --------------------------------------------------------------------------------------------

_LEFT: Final[float] = 20.0
_RIGHT: Final[float] = 190.0
_VALUE_X: Final[float] = 82.0
_BODY_TOP: Final[float] = 66.0
_BODY_BOTTOM: Final[float] = 238.0
_TABLE_ROWS_FIRST_PAGE: Final[int] = 12


def _fitted(text: str, font: _FontKey, size: float, width: float) -> float:
    """The largest size not above ``size`` at which ``text`` fits ``width`` millimetres."""
    natural = _text_width_mm(text, font, size)
    return size if natural <= width else max(6.0, size * width / natural)


def _header(content: _Content, page: int, pages: int) -> list[_Item]:
    ru, kk = TITLES[content.kind]
    items: list[_Item] = [
        _Text(105, 14, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ  •  РЕСПУБЛИКА КАЗАХСТАН", "sans", 7.5, "centre"),
        _Text(105, 20, content.issuer, "sans", _fitted(content.issuer, "sans", 8, 170), "centre"),
        _Rule(_LEFT, 23, _RIGHT, 23, 0.35),
    ]
    title_size = 13.0 if page == 1 else 10.0
    items += [
        _Text(105, 34, kk, "serif-bold", _fitted(kk, "serif-bold", title_size, 170), "centre"),
        _Text(105, 42, ru, "serif-bold", _fitted(ru, "serif-bold", title_size, 170), "centre"),
        _Text(105, 50, f"№ {content.number}", "serif", 10, "centre"),
        _Text(105, 291, f"{page} / {pages}", "sans", 7, "centre", _FAINT_INK),
    ]
    return items


def _field_rows(
    lines: Sequence[tuple[str, str]], top: float, bottom: float
) -> tuple[list[_Item], float]:
    """Label/value rows from ``top``, squeezed if needed to end by ``bottom``; and their end."""
    items: list[_Item] = []
    if not lines:
        return items, top
    step = min(8.5, (bottom - top) / len(lines))
    label_size = min(10.0, step * 1.3)
    for i, (label, value) in enumerate(lines):
        y = top + i * step
        items.append(
            _Text(_LEFT, y, f"{label}:", "serif", _fitted(f"{label}:", "serif", label_size, 60))
        )
        size = _fitted(value, "serif", min(11.0, step * 1.4), _RIGHT - _VALUE_X - 2)
        items.append(_Text(_VALUE_X + 1, y, value, "serif", size, color=_PEN_INK))
        items.append(_Rule(_VALUE_X, y + 1.4, _RIGHT, y + 1.4, 0.15, _FAINT_INK))
    return items, top + len(lines) * step


def _table_rows(rows: Sequence[tuple[str, str, str]], top: float) -> list[_Item]:
    columns = (_LEFT, 112.0, 150.0)
    items: list[_Item] = [
        _Text(columns[0], top, "Прививка / Екпе", "sans-bold", 9),
        _Text(columns[1], top, "Дата / Күні", "sans-bold", 9),
        _Text(columns[2], top, "Серия / Сериясы", "sans-bold", 9),
        _Rule(_LEFT, top + 2, _RIGHT, top + 2, 0.3),
    ]
    for i, row in enumerate(rows):
        y = top + 9 + i * 7.5
        for x, cell in zip(columns, row, strict=True):
            # The vaccine names are pre-printed; dates and series are written in by the nurse.
            color = _PRINT_INK if x == columns[0] else _PEN_INK
            items.append(_Text(x, y, cell, "serif", 10, color=color))
        items.append(_Rule(_LEFT, y + 2, _RIGHT, y + 2, 0.15, _FAINT_INK))
    return items


def _footer(content: _Content) -> list[_Item]:
    return [
        _Text(_LEFT, 250, "Дата выдачи / Берілген күні:", "serif", 10),
        _Text(_VALUE_X + 1, 250, _fmt(content.issued), "serif", 11, color=_PEN_INK),
        _Text(_LEFT, 264, "Подпись / Қолы:", "serif", 10),
        _Rule(55, 265.5, 100, 265.5, 0.15, _FAINT_INK),
        _Text(102, 264, f"/{content.signer}/", "serif", 10),
        content.signature,
        content.stamp,
    ]


def _page_items(content: _Content, page: int, pages: int) -> list[_Item]:
    items = _header(content, page, pages)
    table_first = content.table[:_TABLE_ROWS_FIRST_PAGE]
    table_rest = content.table[_TABLE_ROWS_FIRST_PAGE:]
    if page == 1:
        table_height = 9 + 7.5 * len(table_first) if table_first else 0
        rows, end = _field_rows(content.lines, _BODY_TOP, _BODY_BOTTOM - table_height)
        items += rows
        if table_first:
            items += _table_rows(table_first, end + 4)
        items += _footer(content)
    elif page == 2 and table_rest:
        items += _table_rows(table_rest, _BODY_TOP)
    else:
        # The back of the form: ruled lines for notes, left empty as they usually are.
        items.append(_Text(_LEFT, _BODY_TOP, "Отметки / Белгілер:", "serif", 10))
        for i in range(14):
            y = _BODY_TOP + 10 + i * 10
            items.append(_Rule(_LEFT, y, _RIGHT, y, 0.15, _FAINT_INK))
    return items


# --------------------------------------------------------------------------------------------
# PDF rendering
# --------------------------------------------------------------------------------------------


def _pdf_y(y_mm: float) -> float:
    return (_PAGE_H_MM - y_mm) * _MM


def _pdf_draw(c: Canvas, item: _Item) -> None:
    if isinstance(item, _Text):
        c.setFillColorRGB(*item.color)
        c.setFont(_pdf_font(item.font), item.size)
        x, y = item.x * _MM, _pdf_y(item.y)
        if item.align == "centre":
            c.drawCentredString(x, y, item.text)
        elif item.align == "right":
            c.drawRightString(x, y, item.text)
        else:
            c.drawString(x, y, item.text)
    elif isinstance(item, _Rule):
        c.setStrokeColorRGB(*item.color)
        c.setLineWidth(item.width * _MM)
        c.line(item.x1 * _MM, _pdf_y(item.y1), item.x2 * _MM, _pdf_y(item.y2))
    elif isinstance(item, _Scribble):
        c.setStrokeColorRGB(*_PEN_INK)
        c.setLineWidth(0.35 * _MM)
        path = c.beginPath()
        (x0, y0), *rest = item.points
        path.moveTo(x0 * _MM, _pdf_y(y0))
        for x, y in rest:
            path.lineTo(x * _MM, _pdf_y(y))
        c.drawPath(path, stroke=1, fill=0)
    else:
        _pdf_stamp(c, item)


def _pdf_stamp(c: Canvas, stamp: _Stamp) -> None:
    c.saveState()
    c.translate(stamp.cx * _MM, _pdf_y(stamp.cy))
    c.rotate(-stamp.angle)
    c.setStrokeColorRGB(*_STAMP_INK)
    c.setFillColorRGB(*_STAMP_INK)
    c.setLineWidth(0.6 * _MM)
    c.circle(0, 0, stamp.radius * _MM, stroke=1, fill=0)
    c.setLineWidth(0.3 * _MM)
    c.circle(0, 0, (stamp.radius - 6) * _MM, stroke=1, fill=0)
    font = _pdf_font("sans-bold")
    rim_radius = (stamp.radius - 4.3) * _MM
    step = 360 / len(stamp.rim)
    c.setFont(font, _rim_font_size(stamp))
    for i, ch in enumerate(stamp.rim):
        c.saveState()
        c.rotate(-i * step)
        c.drawCentredString(0, rim_radius, ch)
        c.restoreState()
    c.setFont(font, 11)
    c.drawCentredString(0, -4, stamp.centre)
    c.restoreState()


def _rim_font_size(stamp: _Stamp) -> float:
    """A size at which the rim text just goes round the stamp once."""
    circumference_mm = 2 * math.pi * (stamp.radius - 3.5)
    per_char_mm = circumference_mm / len(stamp.rim)
    return max(4.0, min(8.0, per_char_mm / 0.62 / 25.4 * 72))


def _pdf_page_background(c: Canvas, rng: random.Random) -> None:
    """Grey paper, a darker scanner edge and dust specks."""
    width, height = A4
    c.setFillGray(rng.uniform(0.915, 0.945))
    c.rect(0, 0, width, height, stroke=0, fill=1)
    c.setFillGray(0.80)
    edge = rng.choice((0.0, width - 3 * _MM))
    c.rect(edge, 0, 3 * _MM, height, stroke=0, fill=1)
    for _ in range(40):
        c.setFillGray(rng.uniform(0.55, 0.8))
        c.circle(rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0.15, 0.5), 0, 1)


def scan_pdf(
    kind: ScanKind,
    person_fields: Mapping[str, str],
    rng: random.Random,
    *,
    pages: int = 1,
    issued: date | None = None,
) -> bytes:
    """A scanned-looking A4 PDF of ``kind`` with ``person_fields`` (label → value) filled in.

    Fields are printed in the given order, followed by the form's own lines (diagnosis,
    registration record, vaccinations ...). Pages after the first carry the rest of a long
    table or the form's empty back. ``issued`` fixes the date of issue; by default it is drawn
    from ``rng`` within the half year before 2 September 2024.
    """
    if kind not in TITLES:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {SCAN_KINDS}")
    if pages < 1:
        raise ValueError(f"pages must be at least 1, got {pages}")
    _register_pdf_fonts()
    content = _content(kind, person_fields, rng, issued)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    ru, kk = TITLES[kind]
    c.setTitle(f"{kk} / {ru}")
    c.setSubject(kind)
    c.setAuthor(content.issuer)
    c.setCreator("Balabaqsha sandbox scanner")
    for page in range(1, pages + 1):
        _pdf_page_background(c, rng)
        c.saveState()
        # Tilt the sheet about the page centre, as if laid on the glass by hand.
        c.translate(A4[0] / 2, A4[1] / 2)
        c.rotate(rng.uniform(-0.8, 0.8))
        c.translate(-A4[0] / 2, -A4[1] / 2)
        for item in _page_items(content, page, pages):
            _pdf_draw(c, item)
        c.restoreState()
        c.showPage()
    c.save()
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# Image rendering
# --------------------------------------------------------------------------------------------


def _rgb255(color: _Rgb) -> tuple[int, int, int]:
    return (round(color[0] * 255), round(color[1] * 255), round(color[2] * 255))


def _paper(rng: random.Random, width: int, height: int, *, grain: bool) -> Image.Image:
    """Off-white paper with soft uneven shading and, optionally, sensor grain.

    Everything is computed on one grey channel and tinted at the end, and both textures are
    made small and enlarged without interpolation: full-size filtering would cost more than
    the rest of the page together. The shading is already smooth at 1/8 scale, so the blocks
    are invisible; the grain's 2x2 blocks are too fine to notice and cheaper for JPEG to encode
    than single-pixel noise.
    """
    cells_x, cells_y = 12, 17
    coarse = Image.frombytes("L", (cells_x, cells_y), rng.randbytes(cells_x * cells_y))
    # 0..255 random cells become a band 10 levels deep, smoothed at 1/8 of the final size.
    coarse = coarse.point([245 - v * 10 // 255 for v in range(256)])
    shade = coarse.resize((max(1, width // 8), max(1, height // 8)), Image.Resampling.BICUBIC)
    light = shade.resize((width, height), Image.Resampling.NEAREST)
    if grain:
        half = (max(1, width // 2), max(1, height // 2))
        noise = Image.frombytes("L", half, rng.randbytes(half[0] * half[1]))
        noise = noise.point([v * 8 // 255 for v in range(256)])
        light = ImageChops.subtract(light, noise.resize((width, height), Image.Resampling.NEAREST))
    tint = (rng.randint(0, 4), rng.randint(3, 8), rng.randint(12, 20))  # warm: less blue
    bands = [light.point([max(0, v - t) for v in range(256)]) for t in tint]
    return Image.merge("RGB", bands)


@lru_cache(maxsize=32)
def _stamp_image(rim: str, centre: str, radius_px: int) -> Image.Image:
    """The stamp, upright, as an RGBA tile; cached because one clinic stamps many documents."""
    size = radius_px * 2 + 8
    tile = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(tile)
    ink = (*_rgb255(_STAMP_INK), 215)
    c = size / 2
    outer = max(2, radius_px // 32)
    draw.ellipse(
        (c - radius_px, c - radius_px, c + radius_px, c + radius_px), outline=ink, width=outer
    )
    inner_r = radius_px * (19 - 6) / 19
    draw.ellipse(
        (c - inner_r, c - inner_r, c + inner_r, c + inner_r), outline=ink, width=max(1, outer // 2)
    )
    rim_r = radius_px * (19 - 4.3) / 19
    circumference = 2 * math.pi * radius_px * (19 - 3.5) / 19
    font_px = max(6, min(round(radius_px * 0.16), round(circumference / len(rim) / 0.62)))
    font = _pil_font("sans-bold", font_px)
    glyph_box = font_px * 2
    step = 360 / len(rim)
    for i, ch in enumerate(rim):
        if ch.isspace():
            continue
        glyph = Image.new("RGBA", (glyph_box, glyph_box), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text(
            (glyph_box / 2, glyph_box / 2), ch, font=font, fill=ink, anchor="mm"
        )
        theta = math.radians(i * step)
        rotated = glyph.rotate(-i * step, resample=Image.Resampling.BILINEAR)
        gx = c + rim_r * math.sin(theta) - glyph_box / 2
        gy = c - rim_r * math.cos(theta) - glyph_box / 2
        tile.alpha_composite(rotated, (round(gx), round(gy)))
    draw.text(
        (c, c), centre, font=_pil_font("sans-bold", round(radius_px * 0.22)), fill=ink, anchor="mm"
    )
    return tile


def _paste_text(image: Image.Image, item: _Text, scale: float, tilt: _Tilt) -> None:
    """Draw one text item tilted with the page: on its own small tile, rotated and pasted.

    Rotating a few dozen text-sized tiles costs a fraction of resampling the whole page and
    keeps the glyphs properly anti-aliased.
    """
    size_px = max(6, round(item.size * 25.4 / 72 * scale))
    font = _pil_font(item.font, size_px)
    text_w = font.getlength(item.text)
    left_mm = (
        item.x - {"left": 0.0, "centre": text_w / 2 / scale, "right": text_w / scale}[item.align]
    )
    pad = size_px  # room for descenders and for the corners swinging out when rotated
    # The tile is only a coverage mask; the ink colour is applied when pasting.
    mask = Image.new("L", (math.ceil(text_w) + 2 * pad, 3 * size_px), 0)
    baseline = (pad, 2 * size_px)
    ImageDraw.Draw(mask).text(baseline, item.text, font=font, fill=255, anchor="ls")
    mask = mask.rotate(tilt.degrees, resample=Image.Resampling.BILINEAR, center=baseline)
    x, y = tilt.point(left_mm * scale, item.y * scale)
    left, top = round(x - baseline[0]), round(y - baseline[1])
    image.paste(_rgb255(item.color), (left, top, left + mask.width, top + mask.height), mask)


@dataclass(frozen=True, slots=True)
class _Tilt:
    """A small rotation of the whole sheet about its centre, in image coordinates.

    Positive angles turn the sheet anticlockwise as seen, matching ``Image.rotate``.
    """

    degrees: float
    cx: float
    cy: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        a = math.radians(self.degrees)
        dx, dy = x - self.cx, y - self.cy
        return (
            self.cx + dx * math.cos(a) + dy * math.sin(a),
            self.cy - dx * math.sin(a) + dy * math.cos(a),
        )


def _render_image(
    kind: ScanKind,
    fields: Mapping[str, str],
    rng: random.Random,
    width: int,
    issued: date | None,
    *,
    grain: bool,
) -> Image.Image:
    """Page one as an RGB image, the sheet slightly tilted on the paper background."""
    if kind not in TITLES:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {SCAN_KINDS}")
    if width < 200:
        raise ValueError(f"width must be at least 200 pixels, got {width}")
    content = _content(kind, fields, rng, issued)
    height = round(width * _PAGE_H_MM / _PAGE_W_MM)
    scale = width / _PAGE_W_MM  # pixels per millimetre
    image = _paper(rng, width, height, grain=grain)
    tilt = _Tilt(rng.uniform(-0.9, 0.9), width / 2, height / 2)
    draw = ImageDraw.Draw(image)

    def px(x_mm: float, y_mm: float) -> tuple[float, float]:
        return tilt.point(x_mm * scale, y_mm * scale)

    for item in _page_items(content, 1, 1):
        if isinstance(item, _Text):
            _paste_text(image, item, scale, tilt)
        elif isinstance(item, _Rule):
            draw.line(
                [px(item.x1, item.y1), px(item.x2, item.y2)],
                fill=_rgb255(item.color),
                width=max(1, round(item.width * scale)),
            )
        elif isinstance(item, _Scribble):
            draw.line(
                [px(x, y) for x, y in item.points],
                fill=_rgb255(_PEN_INK),
                width=max(1, round(0.35 * scale)),
                joint="curve",
            )
        else:
            tile = _stamp_image(item.rim, item.centre, round(item.radius * scale))
            tile = tile.rotate(tilt.degrees - item.angle, resample=Image.Resampling.BILINEAR)
            cx, cy = px(item.cx, item.cy)
            image.paste(tile, (round(cx - tile.width / 2), round(cy - tile.height / 2)), tile)
    return image


def scan_jpeg(
    kind: ScanKind,
    person_fields: Mapping[str, str],
    rng: random.Random,
    *,
    width: int = 1240,
    issued: date | None = None,
) -> bytes:
    """The first page of :func:`scan_pdf`'s document as a phone-or-scanner JPEG.

    ``width`` is in pixels (1240 is A4 at 150 dpi); the height follows the A4 proportions.
    Off-white paper, a slight tilt and grain; quality 80, like most scanner defaults.
    """
    image = _render_image(kind, person_fields, rng, width, issued, grain=True)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80, optimize=True)
    return buffer.getvalue()


def scan_png(
    kind: ScanKind,
    person_fields: Mapping[str, str],
    rng: random.Random,
    *,
    width: int = 1240,
    issued: date | None = None,
) -> bytes:
    """The same page as :func:`scan_jpeg` as a PNG, in a scanner's 16-colour document mode.

    Lossless output with grain or a full colour range would be several megabytes; reduced to a
    small palette it stays within a few hundred kilobytes and keeps the blue ink.
    """
    image = _render_image(kind, person_fields, rng, width, issued, grain=False)
    # Choosing the palette is the slow part; a quarter-size sample has the same colours, and
    # mapping the full page onto a given palette is cheap.
    sample = image.resize((image.width // 4, image.height // 4), Image.Resampling.NEAREST)
    palette = sample.quantize(colors=16, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    quantised = image.quantize(palette=palette, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    quantised.save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()
