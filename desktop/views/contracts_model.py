"""Contracts with the request they belong to and where each stands."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from desktop.views import vocabulary
from desktop.views.cache_rows import ContractRow
from desktop.views.rows_model import Column, RowsModel

_NEVER = datetime.min.replace(tzinfo=UTC)


def _when(value: datetime | None) -> datetime:
    return value or _NEVER


COLUMNS: list[Column[ContractRow]] = [
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Request №"),
           lambda r: "" if r.request_number is None else str(r.request_number),
           lambda r: r.request_number or 0, numeric=True),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Child"), lambda r: r.child_name,
           lambda r: r.child_name),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Group"), lambda r: r.group_name,
           lambda r: r.group_name),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Contract"),
           lambda r: vocabulary.contract_status(r.status), lambda r: r.status),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Request"),
           lambda r: vocabulary.request_status(r.request_status),
           lambda r: r.request_status),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Sent"),
           lambda r: vocabulary.format_datetime(r.sent_at), lambda r: _when(r.sent_at)),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Signed by the parent"),
           lambda r: vocabulary.format_datetime(r.parent_signed_at),
           lambda r: _when(r.parent_signed_at)),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Countersigned"),
           lambda r: vocabulary.format_datetime(r.countersigned_at),
           lambda r: _when(r.countersigned_at)),
]


class ContractsModel(RowsModel[ContractRow]):
    context = "ContractsModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda row: row.id, parent)
