"""Waiting to be sent: the outbox as a director reads it, on the Needs attention page. Each
action still on its way to the portal with its request's number and child, when it was
done and what it will do in words; one not sent yet can be withdrawn (its effect on this
computer is undone; desktop.services.actions.withdraw)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from desktop.models import outbox
from desktop.models.domain import DeclineReason
from desktop.models.outbox import AttentionRow
from desktop.services import vocabulary
from desktop.services.cache import Cache
from desktop.services.settings import Settings
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.views.item_models.rows_model import ID_ROLE, Column, RowsModel
from desktop.views.pages.table_page import TablePage
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.sync_worker import SyncWorker
from desktop.views.runtime.tasks import Tasks

# Called by this name, so lupdate finds the strings with their explicit context.
translate = QCoreApplication.translate

# The decline reasons the portal gave (kept in the cache), by code; read with the rows.
_REASONS: dict[str, DeclineReason] = {}


def _kinds(codes: Any) -> str:
    return ", ".join(vocabulary.document_kind(str(code)) for code in codes or ())


def what_it_does(row: AttentionRow) -> str:
    """The action's effect in words: what the portal will be told."""
    args = row.args
    if row.name == "accept_request":
        return translate("OutboxModel", "Accept: a place in the group is reserved")
    if row.name == "decline_request":
        from desktop.views.dialogs.decision_dialogs import decline_label

        code = str(args.get("reason", ""))
        known = _REASONS.get(code)
        reason = decline_label(known) if known is not None else code
        comment = str(args.get("comment", "")).strip()
        text = translate("OutboxModel", "Decline: {reason}").format(reason=reason)
        return f"{text} ({comment})" if comment else text
    if row.name == "return_documents":
        return translate("OutboxModel", "Return documents to the parent: {documents}").format(
            documents=_kinds(dict(args.get("comments") or {})))
    if row.name == "accept_documents":
        return translate("OutboxModel", "Accept documents: {documents}").format(
            documents=_kinds(args.get("kinds")))
    if row.name == "send_contract":
        return translate("OutboxModel", "Send the contract to the parent")
    if row.name == "countersign_contract":
        return translate("OutboxModel", "Countersign the contract: the child is enrolled once "
                         "the portal accepts it")
    return vocabulary.action(row.name, args, number=row.request_number, group=row.group_name)


def request_text(row: AttentionRow) -> str:
    return f"№{row.request_number}" if row.request_number is not None else ""


def where_it_is(row: AttentionRow) -> str:
    if row.attempts:
        return translate("OutboxModel", "Sent, waiting for the portal's answer")
    return translate("OutboxModel", "Not sent yet")


COLUMNS: list[Column[AttentionRow]] = [
    Column(QT_TRANSLATE_NOOP("OutboxModel", "When"),
           lambda r: vocabulary.format_datetime(r.created_at), lambda r: r.created_at),
    Column(QT_TRANSLATE_NOOP("OutboxModel", "Request"), request_text,
           lambda r: r.request_number or 0),
    Column(QT_TRANSLATE_NOOP("OutboxModel", "Child"), lambda r: r.child_name or "",
           lambda r: r.child_name or ""),
    Column(QT_TRANSLATE_NOOP("OutboxModel", "What it will do"), what_it_does, what_it_does,
           tooltip=what_it_does),
    Column(QT_TRANSLATE_NOOP("OutboxModel", "State"), where_it_is, where_it_is),
]


class OutboxModel(RowsModel[AttentionRow]):
    context = "OutboxModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda row: row.seq, parent)


def _waiting_with_reasons(cache: Cache) -> list[AttentionRow]:
    """On a worker: the rows, and the portal's decline reasons their words come from."""
    from desktop.services import review

    _REASONS.update({r.code: r for r in review.decline_reasons(cache)})
    return outbox.waiting(cache)


class OutboxSection(TablePage):
    """Signals: none of its own; withdrawals go through the SyncWorker, whose new counts
    refresh the window."""

    def __init__(self, cache: Cache, tasks: Tasks, sync: SyncWorker,
                 settings: Settings | None = None, parent: QWidget | None = None) -> None:
        self.withdraw_button = QPushButton()
        super().__init__(tasks, OutboxModel(), lambda: _waiting_with_reasons(cache),
                         settings, parent, stretch_column=3)
        self._sync = sync
        self.question: QMessageBox | None = None
        self.body.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        self.body.addLayout(buttons)
        self.withdraw_button.clicked.connect(self.ask_to_withdraw)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        sync.status_changed.connect(lambda _status: self.refresh())
        self._selection_changed()

    def page_texts(self) -> tuple[str, str, str]:
        self._selection_changed()
        self.withdraw_button.setText(self.tr("Withdraw…"))
        return (self.tr("Waiting to be sent"), self.tr("Find"),
                self.tr("Nothing is waiting: the portal has every action."))

    def selected(self) -> AttentionRow | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        seq = int(rows[0].data(ID_ROLE))
        return next((r for r in self.model.rows if r.seq == seq), None)

    def select_row(self, row: int) -> None:
        self.table.selectionModel().select(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _selection_changed(self) -> None:
        row = self.selected()
        self.withdraw_button.setEnabled(row is not None and row.attempts == 0)
        if row is not None and row.attempts:
            self.withdraw_button.setToolTip(self.tr(
                "This action has been sent to the portal: only its answer can say whether it "
                "was applied. Wait for the next sync."))
        else:
            self.withdraw_button.setToolTip(self.tr(
                "Take back the selected action before it is sent: its effect on this "
                "computer is undone and nothing reaches the portal"))

    def ask_to_withdraw(self) -> QMessageBox | None:
        row = self.selected()
        if row is None:
            return None
        what = what_it_does(row)
        subject = self.tr("request {number}, {child}").format(
            number=request_text(row), child=row.child_name or "") \
            if row.request_number is not None else ""
        question = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Withdraw the action?"),
            self.tr("Withdraw “{action}”{subject}? Its effect on this computer is undone and "
                    "nothing is sent to the portal.").format(
                action=what, subject=f" ({subject})" if subject else ""),
            QMessageBox.StandardButton.Cancel, self)
        confirm = question.addButton(self.tr("Withdraw"), QMessageBox.ButtonRole.AcceptRole)
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.finished.connect(
            lambda _result: self.withdraw(row.seq) if question.clickedButton() is confirm
            else None)
        self.question = question
        question.open()
        return question

    def withdraw(self, seq: int) -> None:
        self.withdraw_button.setEnabled(False)
        self._sync.withdraw(seq, on_done=lambda _entry: self.refresh(),
                            on_failed=self._withdraw_failed)

    def _withdraw_failed(self, failure: Failure) -> None:
        code = getattr(failure.error, "code", "")
        if code == "already_sent":
            text = self.tr("The action was sent to the portal meanwhile, so it cannot be "
                           "withdrawn. Wait for the portal's answer: if you decide otherwise "
                           "after it, make the new decision then.")
        elif code in ("already_answered", "not_in_outbox"):
            text = self.tr("The portal has answered this action meanwhile: see the request "
                           "and Needs attention as they are now.")
        else:
            text = failure.message
        self.refresh()
        QMessageBox.warning(self, self.tr("Not withdrawn"), text)

    def _loaded_rows(self, rows: Sequence[Any]) -> None:
        super()._loaded_rows(rows)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
