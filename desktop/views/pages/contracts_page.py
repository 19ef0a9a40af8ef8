"""Contracts page: accepted requests waiting for their contract, and every contract with
where it stands; the workflow's actions in a toolbar and the context menu (send, check the
signatures, countersign one or many, print, save, the enrollment order), each enabled for
the roles and the contract's state it suits, with a tooltip saying why not otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QMenu,
    QToolBar,
    QWidget,
)

from desktop.services import contract_items, roles, vocabulary
from desktop.services.cache import Cache
from desktop.services.contract_items import ContractItem
from desktop.services.embedded import DemoKeys
from desktop.services.settings import Settings
from desktop.views.dialogs.decision_dialogs import NO_COLOUR, role_text
from desktop.views.item_models.contracts_model import ContractsModel
from desktop.views.item_models.rows_model import ID_ROLE
from desktop.views.pages.table_page import TablePage
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.request_menu import RequestMenu, request_menu

# The dialogs, printing and reportlab load when an action first runs, not with the window:
# they would add a quarter of a second to every start.
if TYPE_CHECKING:
    from desktop.services.contract_flow import ContractFlow, Printout
    from desktop.services.workspace import Workspace
    from desktop.views.contracts.contract_send_dialog import SendContractDialog
    from desktop.views.contracts.contract_verify_dialog import VerifyDialog
    from desktop.views.contracts.countersign_dialog import CountersignDialog
    from desktop.views.dialogs.enrollment_order_dialog import EnrollmentOrderDialog

SEND, VERIFY, COUNTERSIGN, PRINT, SAVE, ORDER = (
    "send", "verify", "countersign", "print", "save", "order")


def _items(cache: Cache) -> list[ContractItem]:
    from desktop.services import contract_flow

    return contract_flow.items(cache)


class ContractsPage(TablePage):
    """Signals:
        changes_recorded(): a contract was sent or countersigned here (worth a sync now).
        message_posted(str): what was done, for the status bar.
        request_opened(int): open this request (from the context menu).
        decision_requested(str, list): accept or decline these requests (from the menu).
    """

    changes_recorded = Signal()
    message_posted = Signal(str)
    request_opened = Signal(int)
    decision_requested = Signal(str, list)

    def __init__(self, cache: Cache, tasks: Tasks, settings: Settings | None = None,
                 parent: QWidget | None = None, *, flow: ContractFlow | None = None,
                 workspace: Workspace | None = None) -> None:
        self._cache = cache
        self.flow = flow
        # The training portal's test keys (folder and password), shown when countersigning.
        self.demo_keys: DemoKeys | None = None
        super().__init__(tasks, ContractsModel(), lambda: _items(cache),
                         settings, parent, stretch_column=1)
        self.model: ContractsModel
        self.dialog: QDialog | None = None
        self.menu: RequestMenu | None = None
        self.actions_by_name: dict[str, QAction] = {}

        self._build_toolbar()
        self.notice = QLabel(wordWrap=True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.body.insertWidget(1, self.toolbar)
        self.body.insertWidget(2, self.notice)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        if workspace is not None:
            self._build_menu(workspace, settings)
        self._connect_contracts()

        self._retranslate_actions()
        self.update_actions()

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name, handler in ((SEND, self.send), (VERIFY, self.verify),
                              (COUNTERSIGN, self.countersign), (PRINT, self.print_contract),
                              (SAVE, self.save_pdf), (ORDER, self.enrollment_order)):
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, run=handler: run())
            self.actions_by_name[name] = action
            self.toolbar.addAction(action)
            if name in (COUNTERSIGN, SAVE):
                self.toolbar.addSeparator()

    def _build_menu(self, workspace: Workspace, settings: Settings | None) -> None:
        """The rows' context menu: the request's decisions, printing and exports."""
        self.menu = request_menu(workspace, self._tasks, self, self.selected_request_ids)
        assert self.menu.files is not None
        self.menu.files.settings = settings

    def _connect_contracts(self) -> None:
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self.update_actions)
        if self.menu is not None:
            self.menu.open_requested.connect(self.request_opened)
            self.menu.decision_requested.connect(self.decision_requested)
            assert self.menu.files is not None
            self.menu.files.message_posted.connect(self.message_posted)

    def set_flow(self, flow: ContractFlow | None) -> None:
        """The workflow of the signed-in workspace (the window is built before it)."""
        self.flow = flow
        self.update_actions()

    # texts

    def page_texts(self) -> tuple[str, str, str]:
        return (self.tr("Contracts"), self.tr("Find by request number or child"),
                self.tr("No contracts yet. An accepted request appears here, ready for its "
                        "contract to be sent."))

    def retranslate(self) -> None:
        super().retranslate()
        self._retranslate_actions()
        self.update_actions()

    def _retranslate_actions(self) -> None:
        texts = {
            SEND: self.tr("Send the contract…"),
            VERIFY: self.tr("Signatures…"),
            COUNTERSIGN: self.tr("Countersign…"),
            PRINT: self.tr("Print…"),
            SAVE: self.tr("Save PDF…"),
            ORDER: self.tr("Enrollment order…"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)

    def _what(self, name: str) -> str:
        """What an enabled action does (its tooltip)."""
        return {
            SEND: self.tr("Make the contract from the template, look at it and send it to "
                          "the parent"),
            VERIFY: self.tr("Check the signatures of the contract: whose, when, valid or "
                            "why not"),
            COUNTERSIGN: self.tr("Countersign the selected contracts with the director's "
                                 "key"),
            PRINT: self.tr("Print the contract with a sheet of its signatures and a QR code "
                           "of its hash"),
            SAVE: self.tr("Save the contract's file, with its signatures"),
            ORDER: self.tr("Make the enrollment order for enrolled children"),
        }[name]

    # selection and what it allows

    def selected(self) -> list[ContractItem]:
        rows = sorted({self.proxy.mapToSource(index).row()
                       for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def select(self, request_ids: Sequence[int]) -> None:
        """Select the rows of these requests (and nothing else)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) in request_ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def why_not(self, name: str, rows: Sequence[ContractItem] | None = None) -> str | None:
        """None when the action may run on `rows` (the selection); otherwise why not."""
        rows = self.selected() if rows is None else list(rows)
        if name == ORDER:
            return None
        if self.flow is None:
            return self.tr("Contracts can be worked on once you are signed in.")
        workspace = self.flow.workspace
        role_action = {SEND: roles.SEND_CONTRACT, COUNTERSIGN: roles.COUNTERSIGN_CONTRACT}
        if name in role_action:
            refused = roles.refusal(role_action[name], workspace.roles,
                                    workspace.available_roles)
            if refused is not None:
                return role_text(refused)
        if name == COUNTERSIGN:
            return self._why_not_countersign(rows)
        if len(rows) != 1:
            return self.tr("Select one request in the list.")
        row = rows[0]
        if name == SEND:
            return self._why_not_send(row)
        if name == VERIFY and not row.signed:
            return self.tr("The parent has not signed this contract yet: there is no signature "
                           "to check.")
        if name in (PRINT, SAVE) and row.latest_revision is None:
            return self.tr("The contract has not been sent yet: send it first, then it can be "
                           "printed and saved.")
        return None

    def _why_not_send(self, row: ContractItem) -> str | None:
        stage = row.stage
        if stage == contract_items.TO_SEND:
            return None
        if stage == contract_items.SENDING:
            return self.tr("The contract is recorded already and goes to the portal at the "
                           "next sync.")
        return self.tr("The contract has been sent already; a contract is sent once, to an "
                       "accepted request awaiting it.")

    def _why_not_countersign(self, rows: Sequence[ContractItem]) -> str | None:
        if not rows:
            return self.tr("Select the contracts signed by the parent to countersign them.")
        for row in rows:
            number = row.request_number if row.request_number is not None else row.request_id
            if row.stage == contract_items.COUNTERSIGNING:
                return self.tr("The contract of request №{number} is countersigned already and "
                               "goes to the portal at the next sync.").format(number=number)
            if row.stage == contract_items.ENROLLED:
                return self.tr("The contract of request №{number} is countersigned already: "
                               "the child is enrolled.").format(number=number)
            if row.stage != contract_items.TO_COUNTERSIGN:
                return self.tr("The parent has not signed the contract of request №{number} "
                               "yet: it can be countersigned after that.").format(
                                   number=number)
            if row.missing_documents:
                return self.tr(
                    "Request №{number}: not all the required documents are accepted yet "
                    "({documents}). Review them first: the portal enrolls the child only "
                    "then.").format(number=number, documents=", ".join(
                        vocabulary.document_kind(kind) for kind in row.missing_documents))
        return None

    def update_actions(self) -> None:
        rows = self.selected()
        for name, action in self.actions_by_name.items():
            reason = self.why_not(name, rows)
            action.setEnabled(reason is None)
            action.setToolTip(reason or self._what(name))

    def selected_request_ids(self) -> list[int]:
        return [row.request_id for row in self.selected()]

    def _context_menu(self, point: QPoint) -> QMenu:
        def contract_actions(menu: QMenu) -> None:
            menu.addSeparator()
            for name in (SEND, VERIFY, COUNTERSIGN, PRINT, SAVE):
                menu.addAction(self.actions_by_name[name])

        index = self.table.indexAt(point)
        if index.isValid() and not self.table.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        if self.menu is not None and self.selected():
            return self.menu.popup(self.selected_request_ids(), self.table.viewport(), point,
                                   extra=contract_actions)
        menu = QMenu(self)
        contract_actions(menu)
        menu.setToolTipsVisible(True)
        menu.popup(self.table.viewport().mapToGlobal(point))
        return menu

    def _open(self, _index: QModelIndex) -> None:
        """Double-click: the row's next step, when this person may take it."""
        for name in (SEND, COUNTERSIGN, VERIFY, PRINT):
            if self.why_not(name) is None:
                self.actions_by_name[name].trigger()
                return

    # behaviour

    def refresh(self) -> None:
        self._tasks.run(self._load, on_done=self._loaded_items)

    def _loaded_items(self, rows: list[ContractItem]) -> None:
        chosen = [r.request_id for r in self.selected()]
        self._loaded_rows(rows)
        if chosen:
            self.select(chosen)
        flow = self.flow
        if flow is not None and flow.workspace.online and any(
                r.stage == contract_items.TO_COUNTERSIGN for r in self.model.rows):
            # The files a countersignature needs come down while the link is there, so the
            # director can sign offline later.
            found = list(self.model.rows)
            self._tasks.run(lambda: flow.prefetch(found), on_failed=lambda _failure: None)

    def _show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {NO_COLOUR};" if error else "")
        self.notice.setVisible(bool(text))
        if text and not error:
            self.message_posted.emit(text)

    def _failed(self, failure: Failure) -> None:
        self._show_notice(failure.message, error=True)

    def _one(self, name: str) -> ContractItem | None:
        if self.why_not(name) is not None:
            return None
        rows = self.selected()
        return rows[0] if rows else None

    def _keep(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def send(self) -> SendContractDialog | None:
        from desktop.views.contracts.contract_send_dialog import SendContractDialog

        found = self._one(SEND)
        if found is None or self.flow is None:
            return None
        dialog = SendContractDialog(self.flow, self._tasks, found, self)
        dialog.contract_sent.connect(self._sent)
        self._keep(dialog)
        return dialog

    def _sent(self, request_id: int) -> None:
        found = self.model.row_of(request_id)
        number = found.request_number if found is not None else request_id
        self._show_notice(self.tr("The contract for request №{number} is recorded: it goes to "
                                  "the parent at the next sync.").format(number=number))
        self.refresh()
        self.changes_recorded.emit()

    def verify(self) -> VerifyDialog | None:
        from desktop.views.contracts.contract_verify_dialog import VerifyDialog

        found = self._one(VERIFY)
        if found is None or self.flow is None:
            return None
        dialog = VerifyDialog(self.flow, self._tasks, found, self)
        self._keep(dialog)
        return dialog

    def countersign(self) -> CountersignDialog | None:
        from desktop.views.contracts.countersign_dialog import CountersignDialog

        rows = self.selected()
        if self.flow is None or self.why_not(COUNTERSIGN, rows) is not None:
            return None
        settings = self._settings
        if settings is None:
            return None
        dialog = CountersignDialog(self.flow, self._tasks, settings, rows, self,
                                   key_folder=self._key_folder(), demo_keys=self.demo_keys)
        dialog.countersigned.connect(self._countersigned)
        self._keep(dialog)
        return dialog

    def _key_folder(self) -> Path | None:
        """In sandbox mode, where the training portal keeps its demo keys."""
        flow = self.flow
        if flow is None or not flow.sandbox:
            return None
        if self.demo_keys is not None:
            return self.demo_keys.folder
        folder = flow.data_dir / "sandbox" / "demo-keys"
        return folder if folder.is_dir() else None

    def _countersigned(self, request_ids: list[int], notes: list[str]) -> None:
        self._show_notice(" ".join([self.tr(
            "Countersigned %n contract(s): they go to the portal at the next sync, and each "
            "child shows as enrolled once the portal accepts.", "", len(request_ids)),
            *notes]))
        self.refresh()
        self.changes_recorded.emit()

    def print_contract(self) -> None:
        from desktop.views.contracts.contract_verify_dialog import contract_title, signer_blocks
        from desktop.views.widgets import print_preview

        found = self._one(PRINT)
        flow = self.flow
        if found is None or flow is None:
            return
        number = found.request_number or found.request_id

        def show(printout: Printout) -> None:
            title = contract_title(found, printout.made_on)
            if printout.verification is None:
                print_preview.print_pdf(self, printout.pdf, title, f"contract-{number}.pdf")
                return
            print_preview.print_signed_contract(
                self, self._tasks, printout.pdf, signer_blocks(printout.verification, found),
                title, f"contract-{number}-signed.pdf", on_failed=self._failed)

        self._tasks.run(lambda: flow.printout(found.request_id), on_done=show,
                        on_failed=self._failed,
                        progress_label=self.tr("Preparing the contract for printing…"))

    def save_pdf(self) -> None:
        from desktop.views.widgets import print_preview

        found = self._one(SAVE)
        flow = self.flow
        if found is None or flow is None or found.latest_revision is None:
            return
        revision = found.latest_revision
        number = found.request_number or found.request_id
        suggested = {"sent": f"contract-{number}.pdf",
                     "parent_signed": f"contract-{number}-signed-by-parent.pdf",
                     "countersigned": f"contract-{number}-signed.pdf"}[revision]

        def save(pdf: bytes) -> None:
            print_preview.export_pdf(self, pdf, suggested)

        self._tasks.run(lambda: flow.pdf(found, revision), on_done=save,
                        on_failed=self._failed)

    def enrollment_order(self) -> EnrollmentOrderDialog | None:
        from desktop.views.dialogs.enrollment_order_dialog import EnrollmentOrderDialog

        if self._settings is None:
            return None
        dialog = EnrollmentOrderDialog(self._cache, self._tasks, self._settings, self)
        self._keep(dialog)
        return dialog
