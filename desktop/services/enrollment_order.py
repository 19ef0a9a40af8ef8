"""The enrollment order (приказ о зачислении / балаларды қабылдау туралы бұйрық) as a PDF.

A kindergarten's head signs an order that enrolls the children whose contracts were
countersigned; it goes to the personnel file and to the education department. The order is
written in Kazakh, in Russian, or in both (Kazakh first, each passage followed by its
Russian), in the wording kindergartens in Kazakhstan use: the kindergarten and its BIN, the
order's number and date, the legal basis, "ORDER:", the list of children as a table, and
the head's signature line.

The order's own words live here, not in tr(): they are the document's language, chosen per
order, not the language of the screen. The same OrderData always gives the same bytes
(reportlab's invariant mode; every date comes from the data).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
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
from sqlalchemy import select

from desktop.models.domain import Status, parse_moment
from desktop.models.queries import name_sort_key
from desktop.models.tables import Contract, Group, Kindergarten, Request
from desktop.services import pdf_fonts, pdf_pages
from desktop.services.cache import Cache
from desktop.services.calendar import PORTAL_TZ, format_date
from desktop.services.pdf_fonts import PdfFont

LANGUAGES = ("kk", "ru", "bilingual")

# Office documents in Kazakhstan keep a wide left margin for binding.
LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 15 * mm
TOP_MARGIN = 18 * mm
BOTTOM_MARGIN = 18 * mm
# No., name, IIN, date of birth, group, date of enrollment, contract number (170 mm in all).
COLUMN_WIDTHS = [8 * mm, 44 * mm, 26 * mm, 20 * mm, 32 * mm, 20 * mm, 20 * mm]


@dataclass(frozen=True)
class OrderChild:
    full_name: str
    iin: str
    birth_date: date
    group: str
    enrolled_on: date | None
    contract_number: str
    request_id: int = 0  # where the row came from; not printed


@dataclass(frozen=True)
class OrderData:
    kindergarten: str  # its full name, as registered
    bin: str
    address: str
    number: str  # the order's number in the kindergarten's register, e.g. "45-Ә"
    date: date
    director: str  # the head as the signature line names them, e.g. "Г. Сейткали"
    children: Sequence[OrderChild]
    language: str = "bilingual"  # one of LANGUAGES
    locality: str = ""  # as the portal writes it, in Russian: "г.Уральск"


@dataclass(frozen=True)
class _Wording:
    order: str
    subject: str
    basis: str
    directive: str
    enroll: str
    group_lists: str
    control: str
    head: str
    bin: str
    total: str
    columns: tuple[str, ...]


KK = _Wording(
    order="БҰЙРЫҚ",
    subject="Балаларды мектепке дейінгі ұйымға қабылдау туралы",
    basis="Қазақстан Республикасының 2007 жылғы 27 шілдедегі №\u00a0319-III «Білім туралы» "
          "Заңына, Мектепке дейінгі тәрбие мен оқыту ұйымдары қызметінің үлгілік "
          "қағидаларына сәйкес, портал арқылы берілген жолдамалар, ата-аналардың (заңды "
          "өкілдердің) өтініштері және мектепке дейінгі тәрбие мен оқыту қызметтерін "
          "көрсетуге жасалған шарттар негізінде",
    directive="БҰЙЫРАМЫН:",
    enroll="1. Төмендегі тізім бойынша балалар мектепке дейінгі ұйымға қабылдансын:",
    group_lists="2. Топ тәрбиешілері қабылданған балалар туралы мәліметтерді топ тізімдеріне "
                "және балалардың келуін есепке алу табеліне енгізсін.",
    control="3. Осы бұйрықтың орындалуын бақылауды өзіме қалдырамын.",
    head="Басшы",
    bin="БСН",
    total="Барлығы: {count}",
    columns=("№", "Баланың тегі, аты, әкесінің аты", "ЖСН", "Туған күні", "Топ",
             "Қабылдау күні", "Шарт №"),
)

RU = _Wording(
    order="ПРИКАЗ",
    subject="О зачислении детей в дошкольную организацию",
    basis="В соответствии с Законом Республики Казахстан от 27 июля 2007 года №\u00a0319-III "
          "«Об образовании», Типовыми правилами деятельности организаций дошкольного "
          "воспитания и обучения, на основании направлений, выданных через портал, "
          "заявлений родителей (законных представителей) и заключенных договоров об "
          "оказании услуг дошкольного воспитания и обучения",
    directive="ПРИКАЗЫВАЮ:",
    enroll="1. Зачислить в дошкольную организацию детей согласно списку:",
    group_lists="2. Воспитателям групп внести сведения о зачисленных детях в списки групп и "
                "табель учета посещаемости детей.",
    control="3. Контроль за исполнением настоящего приказа оставляю за собой.",
    head="Руководитель",
    bin="БИН",
    total="Всего: {count}",
    columns=("№", "Ф.И.О. ребенка", "ИИН", "Дата рождения", "Группа",
             "Дата зачисления", "№ договора"),
)

# Regional centres and large towns, Russian name -> Kazakh name: the portal writes the
# locality in Russian ("г.Уральск"), a Kazakh order says "Орал қ.".
KAZAKH_TOWNS = {
    "Астана": "Астана", "Алматы": "Алматы", "Шымкент": "Шымкент", "Уральск": "Орал",
    "Актобе": "Ақтөбе", "Атырау": "Атырау", "Актау": "Ақтау", "Караганда": "Қарағанды",
    "Кокшетау": "Көкшетау", "Костанай": "Қостанай", "Кызылорда": "Қызылорда",
    "Павлодар": "Павлодар", "Петропавловск": "Петропавл", "Семей": "Семей",
    "Талдыкорган": "Талдықорған", "Тараз": "Тараз", "Туркестан": "Түркістан",
    "Усть-Каменогорск": "Өскемен", "Жезказган": "Жезқазған", "Конаев": "Қонаев",
    "Экибастуз": "Екібастұз", "Темиртау": "Теміртау", "Рудный": "Рудный",
}


def locality_ru(locality: str) -> str:
    """"г.Уральск" as an order writes it: "г. Уральск"."""
    text = locality.strip()
    if text.startswith("г.") and not text.startswith("г. "):
        text = "г. " + text[2:].strip()
    return text


def locality_kk(locality: str) -> str:
    """The Kazakh form of a town the portal names in Russian: "г.Уральск" -> "Орал қ."."""
    text = locality.strip()
    if text.startswith("г."):
        town = text[2:].strip()
        return f"{KAZAKH_TOWNS.get(town, town)} қ."
    return text


def short_name(last: str, first: str, patronymic: str = "") -> str:
    """How a signature line names a person: "Г.Б. Сейткали"."""
    initials = "".join(f"{part[0]}." for part in (first, patronymic) if part)
    return f"{initials} {last}".strip()


# --- reading the cache ---------------------------------------------------------------------


@dataclass(frozen=True)
class KindergartenDetails:
    id: int
    name: str
    bin: str
    address: str
    locality: str
    director: str  # short_name of the head, "" when the portal names none


def kindergarten_details(cache: Cache) -> KindergartenDetails | None:
    """The signed-in kindergarten as the cache holds it (a desk serves one kindergarten)."""
    with cache.read() as session:
        row = session.scalars(select(Kindergarten).order_by(Kindergarten.id)).first()
        if row is None:
            return None
        data = row.data or {}
        head = data.get("director") or {}
        director = short_name(str(head.get("last_name") or ""),
                              str(head.get("first_name") or ""),
                              str(head.get("patronymic") or "")) if head else ""
        return KindergartenDetails(row.id, row.name, row.bin, str(data.get("address") or ""),
                                   str(data.get("locality") or ""), director)


def _local_day(value: Any) -> date | None:
    moment = parse_moment(value)
    return None if moment is None else moment.astimezone(PORTAL_TZ).date()


def enrolled_on(data: dict[str, Any], contract: dict[str, Any] | None) -> date | None:
    """The day the child was enrolled: the journal's last move to "enrolled", else the day
    the contract was countersigned (which enrolls the child)."""
    for entry in reversed(data.get("history") or []):
        if entry.get("to_status") == Status.ENROLLED or entry.get("event") == "enrolled":
            day = _local_day(entry.get("at"))
            if day is not None:
                return day
    return _local_day((contract or {}).get("countersigned_at"))


def sort_key(child: OrderChild) -> tuple[str, str, str]:
    """Orders list the children group by group, then in Kazakh alphabetical order."""
    return (name_sort_key(child.group), name_sort_key(child.full_name), child.iin)


def enrolled_children(cache: Cache) -> list[OrderChild]:
    """Every enrolled child in the cache, as an order's rows, in the order's order."""
    with cache.read() as session:
        groups = {gid: name for gid, name in session.execute(select(Group.id, Group.name))}
        requests = list(session.scalars(
            select(Request).where(Request.status == Status.ENROLLED.value)))
        ids = [r.id for r in requests]
        contracts: dict[int, dict[str, Any]] = {}
        for row in session.scalars(select(Contract).where(Contract.request_id.in_(ids))):
            contracts[row.request_id] = row.data or {}
        children = []
        for request in requests:
            contract = contracts.get(request.id)
            number = (contract or {}).get("number") or request.number
            children.append(OrderChild(
                full_name=request.child_name, iin=request.child_iin,
                birth_date=request.child_birth_date,
                group=groups.get(request.group_id, "") if request.group_id is not None else "",
                enrolled_on=enrolled_on(request.data or {}, contract),
                contract_number=str(number), request_id=request.id))
    return sorted(children, key=sort_key)


# --- the PDF ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    name: ParagraphStyle
    small_centre: ParagraphStyle
    title: ParagraphStyle
    text: ParagraphStyle
    right: ParagraphStyle
    subject: ParagraphStyle
    body: ParagraphStyle
    directive: ParagraphStyle
    item: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    head_cell: ParagraphStyle


def _styles(font: PdfFont) -> _Styles:
    base = ParagraphStyle("order", fontName=font.regular, fontSize=11, leading=14.5)
    cell = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5)
    return _Styles(
        name=ParagraphStyle("name", base, fontName=font.bold, fontSize=11.5, leading=14.5,
                            alignment=TA_CENTER),
        small_centre=ParagraphStyle("small", base, fontSize=9, leading=11.5,
                                    alignment=TA_CENTER),
        title=ParagraphStyle("title", base, fontName=font.bold, fontSize=14, leading=18,
                             alignment=TA_CENTER),
        text=base,
        right=ParagraphStyle("right", base, alignment=TA_RIGHT),
        subject=ParagraphStyle("subject", base, fontName=font.bold),
        body=ParagraphStyle("body", base, alignment=TA_JUSTIFY, firstLineIndent=10 * mm),
        directive=ParagraphStyle("directive", base, fontName=font.bold),
        item=ParagraphStyle("item", base, alignment=TA_JUSTIFY),
        cell=cell,
        cell_centre=ParagraphStyle("cell_centre", cell, alignment=TA_CENTER),
        head_cell=ParagraphStyle("head_cell", cell, fontName=font.bold, fontSize=7.5,
                                 leading=9, alignment=TA_CENTER),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _wordings(language: str) -> list[_Wording]:
    if language == "kk":
        return [KK]
    if language == "ru":
        return [RU]
    if language == "bilingual":
        return [KK, RU]
    raise ValueError(f"unknown order language {language!r}: one of {', '.join(LANGUAGES)}")


def _joined(wordings: list[_Wording], attribute: str, separator: str = " / ") -> str:
    return separator.join(getattr(w, attribute) for w in wordings)


def _table(data: OrderData, wordings: list[_Wording], styles: _Styles) -> Table:
    # Each heading in Kazakh over its Russian; said once where both say the same ("№").
    header = [list(dict.fromkeys(w.columns[i] for w in wordings))
              for i in range(len(COLUMN_WIDTHS))]
    rows: list[list[Any]] = [[Paragraph("<br/>".join(escape(part) for part in parts),
                                        styles.head_cell) for parts in header]]
    for number, child in enumerate(sorted(data.children, key=sort_key), start=1):
        rows.append([
            _p(str(number), styles.cell_centre),
            _p(child.full_name, styles.cell),
            _p(child.iin, styles.cell_centre),
            _p(format_date(child.birth_date), styles.cell_centre),
            _p(child.group, styles.cell),
            _p(format_date(child.enrolled_on), styles.cell_centre),
            _p(child.contract_number, styles.cell_centre),
        ])
    # The header row is repeated at the top of every page the list runs onto.
    table = Table(rows, colWidths=COLUMN_WIDTHS, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _header(data: OrderData, wordings: list[_Wording], styles: _Styles,
            width: float) -> list[Any]:
    story: list[Any] = [_p(data.kindergarten, styles.name)]
    details = f"{_joined(wordings, 'bin', '/')} {data.bin}"
    if data.address:
        details += f", {data.address}"
    story += [_p(details, styles.small_centre), Spacer(1, 2 * mm)]

    places = {"kk": locality_kk(data.locality), "ru": locality_ru(data.locality)}
    if len(wordings) == 1:
        language = "kk" if wordings[0] is KK else "ru"
        titles: list[Any] = [[_p(wordings[0].order, styles.title)]]
        if data.locality:
            titles.append([_p(places[language], styles.small_centre)])
        title_table = Table(titles, colWidths=[width])
    else:
        titles = [[_p(KK.order, styles.title), _p(RU.order, styles.title)]]
        if data.locality:
            titles.append([_p(places["kk"], styles.small_centre),
                           _p(places["ru"], styles.small_centre)])
        title_table = Table(titles, colWidths=[width / 2, width / 2])
    title_table.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
        ("TOPPADDING", (0, 0), (-1, 0), 5 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    story.append(title_table)
    dated = Table([[_p(format_date(data.date), styles.text),
                    _p(f"№ {data.number}", styles.right)]], colWidths=[width / 2, width / 2])
    dated.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 3 * mm), dated, Spacer(1, 5 * mm)]
    return story


def _signature(data: OrderData, wordings: list[_Wording], styles: _Styles,
               width: float) -> Table:
    line = Table([[_p(_joined(wordings, "head"), styles.text), "",
                   _p(data.director, styles.right)]],
                 colWidths=[width * 0.35, width * 0.3, width * 0.35])
    line.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return line


def order_pdf(data: OrderData, font: PdfFont | None = None) -> bytes:
    """The enrollment order as an A4 PDF; the same data gives the same bytes."""
    wordings = _wordings(data.language)
    if not data.children:
        raise ValueError("an enrollment order needs at least one child")
    font = font or pdf_fonts.sans()
    styles = _styles(font)
    width = A4[0] - LEFT_MARGIN - RIGHT_MARGIN
    title = f"{_joined(wordings, 'order')} № {data.number}, {format_date(data.date)}"
    out = BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=A4, invariant=1, pageCompression=1, title=title,
        subject=_joined(wordings, "subject"), author=data.kindergarten,
        creator="Balabaqsha Desk", leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN)
    # No frame padding: the tables span exactly the text's width.
    frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, width, A4[1] - TOP_MARGIN - BOTTOM_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("order", [frame])])

    story = _header(data, wordings, styles, width)
    for wording in wordings:
        story += [_p(wording.subject, styles.subject), Spacer(1, 3 * mm)]
    for wording in wordings:
        story += [_p(wording.basis, styles.body), Spacer(1, 2 * mm)]
    story += [_p(_joined(wordings, "directive", " / "), styles.directive), Spacer(1, 2 * mm)]
    for wording in wordings:
        story.append(_p(wording.enroll, styles.item))
    story += [Spacer(1, 2 * mm), _table(data, wordings, styles), Spacer(1, 1.5 * mm)]
    story += [_p(_joined(wordings, "total").format(count=len(data.children)), styles.right),
              Spacer(1, 4 * mm)]
    for wording in wordings:
        story.append(_p(wording.group_lists, styles.item))
    story.append(Spacer(1, 1.5 * mm))
    # The last item and the signature stay on one page: a signature is never alone on a
    # page, and never apart from the words it signs.
    closing: list[Any] = [_p(wording.control, styles.item) for wording in wordings]
    closing += [Spacer(1, 10 * mm), _signature(data, wordings, styles, width)]
    story.append(KeepTogether(closing))

    def footer(canvas: Canvas, page: int, total: int) -> None:
        canvas.setFont(font.regular, 8)
        canvas.setFillColor(colors.HexColor("#616161"))
        canvas.drawRightString(A4[0] - RIGHT_MARGIN, BOTTOM_MARGIN / 2,
                               f"{title}    {page} / {total}".strip())

    doc.build(story, canvasmaker=pdf_pages.canvasmaker(footer))
    return out.getvalue()
