"""Requests to take away: the selected requests' list as XLSX or PDF, and a summary sheet of
one page per request, as PDF, for printing.

Everything a person reads comes in as `Labels` from the screen (services have no tr()), so
a file is in the language of the person who made it. The moment of the export is given too
(`Labels.generated_at`), and neither format records anything else that changes between
runs: the same requests and labels give the same bytes (reportlab's invariant mode; the
XLSX's zip entries and document properties carry that moment, not the clock's).

A file is written whole or not at all (desktop.services.files.write_atomically): a full
disk or a file held open by another program leaves the old file as it was, and
`ExportFailed.code` says which case it was for the message.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable
from sqlalchemy import select

from desktop.models import requests
from desktop.models.domain import DOCUMENT_KINDS, parse_moment
from desktop.models.request_list import RowData
from desktop.models.request_records import RequestDetails
from desktop.models.tables import Group, Request
from desktop.services import pdf_fonts, pdf_pages
from desktop.services.cache import Cache
from desktop.services.calendar import PORTAL_TZ, format_date, format_datetime, working_days_left
from desktop.services.files import write_atomically

FONT = pdf_fonts.SANS
FONT_BOLD = pdf_fonts.SANS_BOLD
# The list's columns, in order; `Labels.headings` names each.
COLUMNS = ("number", "child", "iin", "born", "group", "languages", "status", "review",
           "requested", "deadline", "days_left")
# The texts a list or a sheet prints besides the column headings (`Labels.texts`):
# list_title, page ("Page {page} of {pages}"), generated ("Exported {when}"), pending
# ("{review}, not sent yet"), unsent; sheet_title ("Request №{number}"), printed
# ("Printed {when}"), and the sheet's sections and fields below.
SHEET_FIELDS = ("child", "iin", "born", "parent", "name", "phone", "application", "number",
                "submitted", "requested", "languages", "locality", "status", "review",
                "window", "voucher_issued", "enroll_by", "days_left", "extended", "group",
                "group_name", "ages", "group_language", "documents", "document",
                "document_status", "comment", "not_uploaded", "notes", "checked_by",
                "signature", "date", "yes", "no")
TEXT_KEYS = ("list_title", "page", "generated", "pending", "unsent", "sheet_title",
             "printed", *SHEET_FIELDS)
# Coded values the files print in words (`Labels.values[kind][code]`); a code not listed is
# printed as it is, so a value a newer portal sends is never lost.
VALUE_KINDS = ("status", "review", "language", "document_kind", "document_status")
# A list's PDF is built from tables of this many rows (about a page and a half).
PDF_CHUNK = 40
# Excel column widths, in characters.
MIN_WIDTH, MAX_WIDTH = 6, 60
# Dates as dd.mm.yyyy in every language (the portal's, and Kazakhstan's, way).
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Labels:
    """The person's words for one export: see COLUMNS, TEXT_KEYS and VALUE_KINDS."""

    headings: Mapping[str, str]
    texts: Mapping[str, str]
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    kindergarten: str = ""
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def text(self, key: str) -> str:
        return self.texts.get(key, key)

    def value(self, kind: str, code: str | None) -> str:
        if not code:
            return ""
        return self.values.get(kind, {}).get(code, code)

    def languages(self, codes: str) -> str:
        return ", ".join(self.value("language", code) for code in codes.split(",") if code)

    def review(self, review: str | None, pending: bool) -> str:
        shown = self.value("review", review)
        if not pending:
            return shown
        return self.text("pending").format(review=shown) if shown else self.text("unsent")


# --- reading the selection ----------------------------------------------------------------


def list_rows(cache: Cache, ids: Sequence[int]) -> list[RowData]:
    """The requests `ids` as the list shows them, in that order, read in one query; those
    the cache no longer holds are left out."""
    if not ids:
        return []
    with cache.read() as session:
        query = (select(Request.id, Request.number, Request.child_name, Request.child_iin,
                        Request.child_birth_date, Request.group_id, Group.name,
                        Request.languages,
                        Request.status, Request.review, Request.pending,
                        Request.requested_at, Request.deadline)
                 .outerjoin(Group, Group.id == Request.group_id)
                 .where(Request.id.in_(requests.selection(ids))))
        found = {row[0]: RowData(*tuple(row)) for row in session.execute(query)}
    return requests.in_order(ids, found)


# --- cells ----------------------------------------------------------------------------------


def _local(moment: datetime | None) -> datetime | None:
    """A moment as the portal's wall clock (Excel keeps no time zones)."""
    return None if moment is None else moment.astimezone(PORTAL_TZ).replace(tzinfo=None)


def _values(row: RowData, labels: Labels, now: datetime) -> tuple[Any, ...]:
    """One list row's typed values, in COLUMNS order."""
    days = None if row.deadline is None else working_days_left(row.deadline, now)
    return (row.number, row.child_name, row.child_iin, row.child_birth_date,
            row.group_name or "", labels.languages(row.languages),
            labels.value("status", row.status), labels.review(row.review, row.pending),
            _local(row.requested_at), _local(row.deadline), days)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    return str(value)




Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The person cancelled the export; nothing was written."""


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()


# --- XLSX -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportTable:
    """A titled table to export: its headings and its rows of typed values (text, numbers,
    dates, moments as the portal's wall clock, None for nothing).

    `formats`: Excel number formats by column (dates); `shares`: each column's share of
    a PDF page's width; `right`: columns aligned right; `wrapped`: columns whose words wrap
    in a PDF (the others are short and drawn as they are)."""

    title: str
    headings: Sequence[str]
    rows: Sequence[Sequence[Any]]
    formats: Mapping[int, str] = field(default_factory=dict)
    shares: Sequence[float] = ()
    right: frozenset[int] = frozenset()
    wrapped: frozenset[int] = frozenset()


def table_xlsx(table: ExportTable, labels: Labels) -> bytes:
    """A table as an Excel workbook: real dates and numbers, the header frozen, a filter
    on every column, columns as wide as their contents."""
    return tables_xlsx([table], labels)


def tables_xlsx(tables: Sequence[ExportTable], labels: Labels) -> bytes:
    """Tables as one Excel workbook, a sheet each (titled as the table), written as
    `table_xlsx` writes one; the workbook is titled as the first."""
    book = Workbook(write_only=True)
    for table in tables:
        _xlsx_sheet(book, table)
    when = labels.generated_at.astimezone(UTC).replace(tzinfo=None)
    book.properties.title = tables[0].title if tables else ""
    book.properties.creator = labels.kindergarten or None
    book.properties.created = when
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        writer = ExcelWriter(book, archive)
        book.properties.modified = when
        writer.write_data()
    return _stable_zip(buffer.getvalue())


def _xlsx_sheet(book: Workbook, table: ExportTable) -> None:
    headings, values = list(table.headings), table.rows
    sheet = book.create_sheet(_sheet_title(table.title))
    for column, heading in enumerate(headings):
        longest = max((len(_shown(v[column])) for v in values), default=0)
        width = min(max(longest, len(heading), MIN_WIDTH), MAX_WIDTH) + 2
        sheet.column_dimensions[get_column_letter(column + 1)].width = width
    sheet.freeze_panes = "A2"
    last = f"{get_column_letter(len(headings))}{len(values) + 1}"
    sheet.auto_filter.ref = f"A1:{last}"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFE8EEF4")
    header = []
    for heading in headings:
        cell = WriteOnlyCell(sheet, value=heading)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    for line in values:
        out: list[Any] = list(line)
        for column, number_format in table.formats.items():
            if out[column] is not None:
                cell = WriteOnlyCell(sheet, value=out[column])
                cell.number_format = number_format
                out[column] = cell
        sheet.append(out)


def _list_table(rows: Sequence[RowData], labels: Labels, *, progress: Progress | None,
                cancelled: Cancelled | None) -> ExportTable:
    now = labels.generated_at
    values = []
    for index, row in enumerate(rows):
        if index % 500 == 0:
            _check(cancelled)
            if progress is not None:
                progress(index, len(rows))
        values.append(_values(row, labels, now))
    return ExportTable(
        labels.text("list_title"), [labels.headings.get(name, name) for name in COLUMNS],
        values,
        formats={COLUMNS.index("born"): DATE_FORMAT,
                 COLUMNS.index("requested"): DATETIME_FORMAT,
                 COLUMNS.index("deadline"): DATETIME_FORMAT},
        # Shares of the width: the child's name and the group take what they need most.
        shares=(6, 17, 9, 7, 13, 8, 9, 8, 11, 11, 4),
        right=frozenset(COLUMNS.index(c) for c in ("number", "born", "requested",
                                                   "deadline", "days_left")),
        # Words wrap in their column; numbers, IINs and dates are short and never do, so
        # they are drawn as plain strings (a Paragraph per cell would triple the time).
        wrapped=frozenset(COLUMNS.index(c) for c in ("child", "group", "languages",
                                                     "status", "review")))


def list_xlsx(rows: Sequence[RowData], labels: Labels, *,
              progress: Progress | None = None, cancelled: Cancelled | None = None) -> bytes:
    """The requests' list as an Excel workbook (`table_xlsx`)."""
    data = table_xlsx(_list_table(rows, labels, progress=progress, cancelled=cancelled),
                      labels)
    if progress is not None:
        progress(len(rows), len(rows))
    return data


def _sheet_title(title: str) -> str:
    """A worksheet's name: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title).strip()
    return (cleaned or "Sheet")[:31]


def _stable_zip(data: bytes) -> bytes:
    """The same archive with every entry dated 1980-01-01: zip entries otherwise carry the
    clock's time of writing, and two exports of the same list would differ."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


# --- PDF ------------------------------------------------------------------------------------




def register_fonts() -> None:
    """DejaVu Sans (every Kazakh letter) with reportlab, once per process."""
    pdf_fonts.sans()


def _style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
           **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=leading or size * 1.25, **extra)


def _footer_canvas(left: str, page_text: str) -> Callable[..., Canvas]:
    """A canvas that prints `left` and "Page n of N" at the foot of each page: plain text,
    drawn as it is (no markup, so nothing to escape)."""

    def footer(canvas: Canvas, number: int, total: int) -> None:
        width = canvas._pagesize[0]
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(12 * mm, 7 * mm, left)
        canvas.drawRightString(width - 12 * mm, 7 * mm,
                               page_text.format(page=number, pages=total))

    return pdf_pages.canvasmaker(footer)


class _ListDocument(BaseDocTemplate):
    """Reports progress as each chunk of rows is laid out, and stops when cancelled."""

    def __init__(self, *args: Any, total: int, progress: Progress | None,
                 cancelled: Cancelled | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._total = total
        self._done = 0
        self._progress = progress
        self._cancelled = cancelled

    def afterFlowable(self, flowable: Flowable) -> None:
        # The story holds only the rows' tables, and each piece a page break cuts one into
        # is laid out once: their rows add up to the rows done.
        if not isinstance(flowable, Table):
            return
        self._done += flowable._nrows
        _check(self._cancelled)
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)


def table_pdf(table: ExportTable, labels: Labels, *, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> bytes:
    """A table on landscape A4: the title with the kindergarten and the moment of the
    export, the column headings on every page, page numbers at the foot.

    The rows go in as tables of PDF_CHUNK rows laid end to end (reportlab splits a table
    at a page by measuring all its rows again: one table of 100,000 rows would take hours),
    and the headings are drawn by the page, not a table, so each page has them once."""
    register_fonts()
    count = len(table.headings)
    cell = _style("cell", 7.5, leading=9)
    head = _style("head", 7.5, bold=True, leading=9)
    head_right = _style("head_right", 7.5, bold=True, leading=9, alignment=TA_RIGHT)
    right, wrapped = table.right, table.wrapped
    shares = list(table.shares) or [1.0] * count
    page = landscape(A4)
    margin, bottom = 12 * mm, 14 * mm
    usable = page[0] - 2 * margin
    widths = [usable * s / sum(shares) for s in shares]
    padding = [("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
               ("VALIGN", (0, 0), (-1, -1), "TOP")]
    header = Table([[Paragraph(escape(name), head_right if index in right else head)
                      for index, name in enumerate(table.headings)]], colWidths=widths,
                    style=TableStyle([
                        *padding,
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef4")),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.HexColor("#8a9bb0"))]))
    header_height = header.wrap(usable, page[1])[1]
    title = Paragraph(escape(table.title), _style("title", 14, bold=True, leading=18))
    sub = Paragraph(escape(" · ".join(part for part in (
        labels.kindergarten,
        labels.text("generated").format(when=format_datetime(labels.generated_at)))
        if part)), _style("sub", 9, leading=12, textColor=colors.HexColor("#444444")))
    title_height = title.wrap(usable, page[1])[1] + sub.wrap(usable, page[1])[1] + 4 * mm
    top = page[1] - margin

    def headings(canvas: Canvas, y: float) -> None:
        header.drawOn(canvas, margin, y - header_height)

    def first_page(canvas: Canvas, _document: Any) -> None:
        title.drawOn(canvas, margin, top - title.height)
        sub.drawOn(canvas, margin, top - title.height - sub.height)
        headings(canvas, top - title_height)

    def later_page(canvas: Canvas, _document: Any) -> None:
        headings(canvas, top)

    def frame(reserved: float, name: str) -> Frame:
        return Frame(margin, bottom, usable, top - reserved - bottom, id=name,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    style = TableStyle([
        *padding,
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, colors.HexColor("#f6f7f9")]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#e1e5ea")),
        *(("ALIGN", (index, 0), (index, -1), "RIGHT") for index in sorted(right)),
    ])
    story: list[Flowable] = []
    rows = table.rows
    for start in range(0, len(rows), PDF_CHUNK):
        _check(cancelled)
        body = []
        for row in rows[start:start + PDF_CHUNK]:
            shown = [_shown(v) for v in row]
            body.append([Paragraph(escape(text), cell) if i in wrapped else text
                         for i, text in enumerate(shown)])
        story.append(Table(body, colWidths=widths, style=style))
    if not story:
        story.append(Spacer(0, 0))
    footer = " · ".join(p for p in (labels.kindergarten, table.title) if p)
    buffer = io.BytesIO()
    document = _ListDocument(
        buffer, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=bottom, title=table.title, author=labels.kindergarten,
        creator="Balabaqsha Desk", invariant=True, pageCompression=1, total=len(rows),
        progress=progress, cancelled=cancelled,
        pageTemplates=[
            PageTemplate("first", [frame(title_height + header_height, "first")],
                         onPage=first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [frame(header_height, "later")], onPage=later_page)])
    document.build(story, canvasmaker=_footer_canvas(footer, labels.text("page")))
    if progress is not None:
        progress(len(rows), len(rows))
    return buffer.getvalue()


def list_pdf(rows: Sequence[RowData], labels: Labels, *,
             progress: Progress | None = None, cancelled: Cancelled | None = None) -> bytes:
    """The requests' list as a PDF table (`table_pdf`)."""
    return table_pdf(_list_table(rows, labels, progress=None, cancelled=cancelled), labels,
                     progress=progress, cancelled=cancelled)


# --- a group's roster ---------------------------------------------------------------------

# The roster's columns, in order; `Labels.headings` names each, `Labels.values["roster"]`
# the statuses (reserved, enrolled).
ROSTER_COLUMNS = ("child", "iin", "born", "age", "contract", "since", "status")


def roster_table(title: str, rows: Sequence[Any], labels: Labels) -> ExportTable:
    """A group's children (models.groups.RosterRow) as a table titled `title`."""
    values = [(r.name, r.child_iin, r.birth_date, r.age, r.contract_number, r.since,
               labels.value("roster", r.status)) for r in rows]
    return ExportTable(
        title, [labels.headings.get(name, name) for name in ROSTER_COLUMNS], values,
        formats={ROSTER_COLUMNS.index("born"): DATE_FORMAT,
                 ROSTER_COLUMNS.index("since"): DATE_FORMAT},
        shares=(26, 12, 10, 6, 10, 10, 12),
        right=frozenset(ROSTER_COLUMNS.index(c) for c in ("born", "age", "since")),
        wrapped=frozenset({ROSTER_COLUMNS.index("child")}))


def write_table(table: ExportTable, path: Path, kind: str, labels: Labels) -> int:
    """`table` as `kind` (xlsx or pdf) at `path`, atomically; how many rows it holds."""
    if kind not in ("xlsx", "pdf"):
        raise ValueError(f"unknown export format {kind!r}")
    data = table_xlsx(table, labels) if kind == "xlsx" else table_pdf(table, labels)
    write_atomically(path, data)
    return len(table.rows)


# --- summary sheets -------------------------------------------------------------------------


def _person(data: Any) -> str:
    if not isinstance(data, dict):
        return ""
    return " ".join(str(data.get(k) or "") for k in ("last_name", "first_name", "patronymic")
                    ).strip()


def _part(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _fields(rows: Iterable[tuple[str, str]], key_style: ParagraphStyle,
            value_style: ParagraphStyle, width: float) -> Table:
    data = [[Paragraph(escape(k), key_style), Paragraph(escape(v or "—"), value_style)]
            for k, v in rows]
    return Table(data, colWidths=[width * 0.34, width * 0.66], style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d5dbe3")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]))


def _sheet(sheet: RequestDetails, labels: Labels, width: float, height: float) -> Flowable:
    t = labels.text
    now = labels.generated_at
    key = _style("key", 9, textColor=colors.HexColor("#555555"))
    value = _style("value", 9.5)
    section = _style("section", 11, bold=True, leading=15, spaceBefore=5, spaceAfter=2,
                     textColor=colors.HexColor("#1f3b57"))
    data = sheet.data
    parent = _part(data, "parent")
    voucher = _part(data, "voucher")
    days = None if sheet.deadline is None else working_days_left(sheet.deadline, now)
    parts: list[Flowable] = [
        Paragraph(escape(" · ".join(p for p in (
            labels.kindergarten, t("printed").format(when=format_datetime(now))) if p)),
            _style("top", 8.5, textColor=colors.HexColor("#555555"))),
        Spacer(0, 2 * mm),
        Paragraph(escape(t("sheet_title").format(number=sheet.number)),
                  _style("title", 17, bold=True, leading=21)),
        Paragraph(escape(sheet.child_name), _style("name", 13, bold=True, leading=17)),
        Paragraph(escape(t("child")), section),
        _fields([(t("iin"), sheet.child_iin), (t("born"), format_date(sheet.child_birth_date))],
                key, value, width),
        Paragraph(escape(t("parent")), section),
        _fields([(t("name"), _person(parent)), (t("iin"), str(parent.get("iin") or "")),
                 (t("phone"), str(parent.get("phone") or ""))], key, value, width),
        Paragraph(escape(t("application")), section),
        _fields([(t("number"), str(sheet.number)),
                 (t("submitted"), format_datetime(parse_moment(data.get("submitted_at")))),
                 (t("requested"), format_datetime(sheet.requested_at)),
                 (t("languages"), labels.languages(sheet.languages)),
                 (t("locality"), str(data.get("locality") or "")),
                 (t("status"), labels.value("status", sheet.status)),
                 (t("review"), labels.review(sheet.review, sheet.pending))],
                key, value, width),
        Paragraph(escape(t("window")), section),
        _fields([(t("voucher_issued"), format_datetime(parse_moment(voucher.get("issued_at")))),
                 (t("enroll_by"), format_datetime(sheet.deadline)),
                 (t("days_left"), "" if days is None else str(days)),
                 (t("extended"), t("yes") if voucher.get("extended") else t("no"))],
                key, value, width),
    ]
    group = sheet.group
    parts += [Paragraph(escape(t("group")), section), _fields(
        [(t("group_name"), group.name if group else ""),
         (t("ages"), f"{group.age_from}–{group.age_to}" if group else ""),
         (t("group_language"), labels.value("language", group.language) if group else "")],
        key, value, width)]
    head = _style("dochead", 9, bold=True)
    documents = [[Paragraph(escape(t("document")), head),
                  Paragraph(escape(t("document_status")), head),
                  Paragraph(escape(t("comment")), head)]]
    by_kind = {d.kind: (d.status, d.comment) for d in sheet.documents}
    kinds = [*DOCUMENT_KINDS, *sorted(set(by_kind) - set(DOCUMENT_KINDS))]
    for kind in kinds:
        status, comment = by_kind.get(kind, ("", ""))
        if not status and kind not in DOCUMENT_KINDS[:5]:
            continue  # an optional document (the PMPK conclusion) that was never sent
        documents.append([
            Paragraph(escape(labels.value("document_kind", kind)), value),
            Paragraph(escape(labels.value("document_status", status) if status
                              else t("not_uploaded")), value),
            Paragraph(escape(comment), value)])
    parts += [Paragraph(escape(t("documents")), section), Table(
        documents, colWidths=[width * 0.40, width * 0.22, width * 0.38], repeatRows=1,
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d5dbe3")),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))]
    line = "_" * 28
    parts += [
        Paragraph(escape(t("notes")), section),
        Table([[""], [""], [""]], colWidths=[width], rowHeights=[7 * mm] * 3,
              style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.7, colors.HexColor("#777777"))])),
        Spacer(0, 6 * mm),
        Table([[Paragraph(escape(f"{t('checked_by')}: {line}"), value),
                Paragraph(escape(f"{t('signature')}: {line[:16]}"), value),
                Paragraph(escape(f"{t('date')}: {line[:14]}"), value)]],
              colWidths=[width * 0.44, width * 0.30, width * 0.26]),
    ]
    # One sheet is one page, whatever the comments' length: a long one shrinks the page.
    return KeepInFrame(width, height, parts, mode="shrink")


def summary_pdf(sheets: Sequence[RequestDetails], labels: Labels, *,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> bytes:
    """A portrait A4 page per request, to print and put in its folder."""
    register_fonts()
    page = A4
    margin = 16 * mm
    # The frame keeps 6 points of padding on each side inside the margins.
    width, height = page[0] - 2 * margin - 12, page[1] - 2 * margin - 8 * mm
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        _check(cancelled)
        if progress is not None:
            progress(index, len(sheets))
        if story:
            story.append(PageBreak())
        story.append(_sheet(sheet, labels, width, height))
    if not story:
        story.append(Spacer(0, 0))
    footer = " · ".join(p for p in (labels.kindergarten, "Balabaqsha Desk") if p)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=margin + 4 * mm, title=labels.text("sheet_title").format(
            number=", ".join(str(s.number) for s in sheets[:5])),
        author=labels.kindergarten, creator="Balabaqsha Desk", invariant=True,
        pageCompression=1)
    document.build(story, canvasmaker=_footer_canvas(footer, labels.text("page")))
    if progress is not None:
        progress(len(sheets), len(sheets))
    return buffer.getvalue()


# --- the whole export -----------------------------------------------------------------------


FORMATS = ("xlsx", "pdf", "sheets")


def export(cache: Cache, ids: Sequence[int], path: Path, kind: str, labels: Labels, *,
           progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
    """Read `ids` from the cache and write them as `kind` (xlsx, pdf: the list; sheets:
    the summary sheets) to `path`; returns how many requests the file holds."""
    if kind == "sheets":
        sheets = requests.details_of(cache, ids)
        data = summary_pdf(sheets, labels, progress=progress, cancelled=cancelled)
        count = len(sheets)
    elif kind in ("xlsx", "pdf"):
        rows = list_rows(cache, ids)
        make = list_xlsx if kind == "xlsx" else list_pdf
        data = make(rows, labels, progress=progress, cancelled=cancelled)
        count = len(rows)
    else:
        raise ValueError(f"unknown export format {kind!r}")
    _check(cancelled)
    write_atomically(path, data)
    return count
