"""A group's children: name, IIN, date of birth, age on the group's first day, contract
number, enrolled since, and whether the place is reserved or the child enrolled."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from desktop.models.group_records import ENROLLED, RosterRow
from desktop.services import vocabulary
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.views.item_models.rows_model import Column, RowsModel

STATUSES = {ENROLLED: QT_TRANSLATE_NOOP("RosterModel", "enrolled"),
            "reserved": QT_TRANSLATE_NOOP("RosterModel", "reserved")}
# The headings, by the export's column keys (services.exports.ROSTER_COLUMNS).
HEADINGS = {
    "child": QT_TRANSLATE_NOOP("RosterModel", "Child"),
    "iin": QT_TRANSLATE_NOOP("RosterModel", "IIN"),
    "born": QT_TRANSLATE_NOOP("RosterModel", "Date of birth"),
    "age": QT_TRANSLATE_NOOP("RosterModel", "Age"),
    "contract": QT_TRANSLATE_NOOP("RosterModel", "Contract"),
    "since": QT_TRANSLATE_NOOP("RosterModel", "Enrolled since"),
    "status": QT_TRANSLATE_NOOP("RosterModel", "Status"),
}


def status_text(code: str) -> str:
    return QCoreApplication.translate("RosterModel", STATUSES.get(code, code))


def _status(row: RosterRow) -> str:
    text = status_text(row.status)
    if row.pending:
        return QCoreApplication.translate("RosterModel", "{status}, not sent yet").format(
            status=text)
    return text


def _day(value: date | None) -> str:
    return vocabulary.format_date(value) if value is not None else ""


COLUMNS: list[Column[RosterRow]] = [
    Column(HEADINGS["child"], lambda r: r.name, lambda r: r.name),
    Column(HEADINGS["iin"], lambda r: r.child_iin, lambda r: r.child_iin),
    Column(HEADINGS["born"], lambda r: _day(r.birth_date),
           lambda r: r.birth_date or date.min, numeric=True),
    Column(HEADINGS["age"], lambda r: "" if r.age is None else str(r.age),
           lambda r: -1 if r.age is None else r.age, numeric=True),
    Column(HEADINGS["contract"], lambda r: r.contract_number, lambda r: r.contract_number),
    Column(HEADINGS["since"], lambda r: _day(r.since), lambda r: r.since or date.min,
           numeric=True),
    Column(HEADINGS["status"], _status, lambda r: (r.status, r.pending)),
]


class RosterModel(RowsModel[RosterRow]):
    context = "RosterModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda row: row.request_id, parent)
