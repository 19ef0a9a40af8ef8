"""Accepted requests waiting for their contract, and contracts with where each stands and
what comes next."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject

from desktop.services import contract_items as flow
from desktop.services import vocabulary
from desktop.services.contract_items import ContractItem
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.views.item_models.rows_model import Column, RowsModel

CONTEXT = "ContractsModel"
_NEVER = datetime.min.replace(tzinfo=UTC)
STAGE_ORDER = (flow.TO_SEND, flow.SENDING, flow.WITH_PARENT, flow.TO_COUNTERSIGN,
               flow.COUNTERSIGNING, flow.ENROLLED, flow.CLOSED)

# Where a contract stands, as the Contract column says it; the portal's own contract
# statuses (the vocabulary's) where the stage is one of them.
STAGES: dict[str, str] = {
    flow.TO_SEND: QT_TRANSLATE_NOOP("ContractsModel", "Not sent yet"),
    flow.SENDING: QT_TRANSLATE_NOOP("ContractsModel", "Sent from here, waiting for the portal"),
    flow.COUNTERSIGNING: QT_TRANSLATE_NOOP("ContractsModel",
                                           "Countersigned here, waiting for the portal"),
}
# What comes next, for the row's tooltip.
NEXT_STEPS: dict[str, str] = {
    flow.TO_SEND: QT_TRANSLATE_NOOP(
        "ContractsModel", "Next: the director sends the contract to the parent."),
    flow.SENDING: QT_TRANSLATE_NOOP(
        "ContractsModel", "The contract goes to the portal at the next sync."),
    flow.WITH_PARENT: QT_TRANSLATE_NOOP(
        "ContractsModel", "Next: the parent signs the contract on the portal."),
    flow.TO_COUNTERSIGN: QT_TRANSLATE_NOOP(
        "ContractsModel", "Next: check the parent's signature, then the director "
        "countersigns."),
    flow.COUNTERSIGNING: QT_TRANSLATE_NOOP(
        "ContractsModel", "The countersigned contract goes to the portal at the next sync; "
        "the child is enrolled once the portal accepts it."),
    flow.ENROLLED: QT_TRANSLATE_NOOP("ContractsModel", "Signed by both; the child is enrolled."),
    flow.CLOSED: QT_TRANSLATE_NOOP("ContractsModel",
                                   "The request is no longer with the kindergarten."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def stage_text(row: ContractItem) -> str:
    stage = row.stage
    if stage in STAGES:
        return _tr(STAGES[stage])
    if stage == flow.CLOSED and not row.contract_status:
        return ""
    return vocabulary.contract_status(row.contract_status)


def next_step(row: ContractItem) -> str:
    text = _tr(NEXT_STEPS[row.stage])
    if row.stage == flow.TO_COUNTERSIGN and row.missing_documents:
        text += " " + vocabulary.plurals().documents_to_accept(len(row.missing_documents))
    return text


def _when(value: datetime | None) -> datetime:
    return value or _NEVER


COLUMNS: list[Column[ContractItem]] = [
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Request №"),
           lambda r: "" if r.request_number is None else str(r.request_number),
           lambda r: r.request_number or 0, numeric=True),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Child"), lambda r: r.child_name,
           lambda r: r.child_name),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Group"), lambda r: r.group_name,
           lambda r: r.group_name),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Contract"), stage_text,
           lambda r: STAGE_ORDER.index(r.stage), tooltip=next_step),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Request"),
           lambda r: vocabulary.request_status(r.request_status),
           lambda r: r.request_status, tooltip=next_step),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Sent"),
           lambda r: vocabulary.format_datetime(r.sent_at), lambda r: _when(r.sent_at)),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Signed by the parent"),
           lambda r: vocabulary.format_datetime(r.parent_signed_at),
           lambda r: _when(r.parent_signed_at)),
    Column(QT_TRANSLATE_NOOP("ContractsModel", "Countersigned"),
           lambda r: vocabulary.format_datetime(r.countersigned_at),
           lambda r: _when(r.countersigned_at)),
]


class ContractsModel(RowsModel[ContractItem]):
    context = CONTEXT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda row: row.request_id, parent)

    def row_of(self, request_id: int) -> ContractItem | None:
        return next((r for r in self.rows if r.request_id == request_id), None)
