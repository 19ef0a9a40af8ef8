"""The selected group's children under the Groups page: who they are, their age on the
group's first day, contract and since when enrolled; printed through the print preview,
exported as PDF or XLSX, and moved to another group (Transfer…, the director's).

Signals:
    transferred(): a transfer went to the outbox.
    message_posted(str): what was just done, for the status bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import kindergarten
from desktop.models.group_records import RosterRow
from desktop.services import counts, roles, vocabulary
from desktop.services.cache import Cache
from desktop.services.workspace import Workspace
from desktop.views.dialogs.decision_dialogs import role_text
from desktop.views.item_models.roster_model import HEADINGS, STATUSES, RosterModel
from desktop.views.item_models.rows_model import SORT_ROLE
from desktop.views.pages.table_page import list_table, select_by_id
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.labels import bold_label

if TYPE_CHECKING:
    from desktop.models.group_records import GroupPlaces
    from desktop.services.exports import ExportTable, Labels

translate = QCoreApplication.translate

TRANSFER, PRINT, PDF, XLSX = "transfer", "print", "pdf", "xlsx"


class RosterPanel(QWidget):
    transferred = Signal()
    message_posted = Signal(str)

    def __init__(self, workspace: Workspace, tasks: Tasks,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._tasks = tasks
        self.group: GroupPlaces | None = None
        self.groups: list[GroupPlaces] = []
        self.dialog: QDialog | None = None
        self.preview: QDialog | None = None
        self.actions_by_name: dict[str, QAction] = {}
        self.model = RosterModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.title = bold_label()
        self.table = list_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        top = self._build_title_row()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())

        self.retranslate()

    def _build_title_row(self) -> QHBoxLayout:
        """The group's title, and the roster's actions beside it."""
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for name, slot in ((TRANSFER, self.transfer), (PRINT, self.print_roster),
                           (PDF, lambda: self.export(PDF)), (XLSX, lambda: self.export(XLSX))):
            action = QAction(self)
            action.triggered.connect(slot)
            button = QToolButton()
            button.setDefaultAction(action)
            top.addWidget(button)
            self.actions_by_name[name] = action
        return top

    # filling

    def set_group(self, group: GroupPlaces | None, every: Sequence[GroupPlaces]) -> None:
        """Show `group`'s children (None: none chosen); `every` group, for transfers."""
        self.groups = list(every)
        same = group is not None and self.group is not None and group.id == self.group.id
        self.group = group
        if group is None:
            self.model.set_rows([])
            self.retranslate()
            return
        cache, group_id = self.workspace.cache, group.id
        chosen = self.selected()
        self._tasks.run(lambda: _roster(cache, group_id),
                        on_done=lambda rows: self._loaded(group_id, rows,
                                                          chosen if same else None),
                        on_failed=lambda _failure: self.model.set_rows([]))

    def _loaded(self, group_id: int, rows: list[RosterRow],
                chosen: RosterRow | None) -> None:
        if self.group is None or self.group.id != group_id:
            return  # another group was chosen meanwhile
        self.model.set_rows(rows)
        if rows:
            self.table.resizeColumnsToContents()
        if chosen is not None:
            self.select(chosen.request_id)
        self.retranslate()

    def selected(self) -> RosterRow | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, request_id: int) -> bool:
        return select_by_id(self.table, request_id)

    # what may be done

    def why_not(self, name: str) -> str | None:
        if self.group is None:
            return translate("RosterPanel", "Select a group in the list.")
        if name != TRANSFER:
            return None if self.model.rowCount() else translate(
                "RosterPanel", "The group has no children yet.")
        ws = self.workspace
        refused = roles.refusal(roles.TRANSFER_CHILD, ws.roles, ws.available_roles)
        if refused is not None:
            return role_text(refused)
        child = self.selected()
        if child is None:
            return translate("RosterPanel", "Select a child in the group's list.")
        if child.pending:
            return translate("RosterPanel", "A change about this child waits to be sent to "
                             "the portal: the next one can be made after the next sync.")
        return None

    def update_actions(self) -> None:
        what = {TRANSFER: translate("RosterPanel", "Move the selected child to another group"),
                PRINT: translate("RosterPanel", "Print the group's list of children"),
                PDF: translate("RosterPanel", "Save the group's list of children as PDF"),
                XLSX: translate("RosterPanel", "Save the group's list of children as an "
                                "Excel workbook")}
        for name, action in self.actions_by_name.items():
            reason = self.why_not(name)
            action.setEnabled(reason is None)
            action.setToolTip(reason or what[name])

    # transfer

    def transfer(self) -> QDialog | None:
        child, group = self.selected(), self.group
        if child is None or group is None or self.why_not(TRANSFER) is not None:
            return None
        from desktop.views.dialogs.group_dialogs import TransferDialog

        dialog = TransferDialog(self.workspace.cache, self._tasks, child, group, self.groups,
                                list(self.workspace.roles), self)
        dialog.recorded.connect(self.transferred)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    # paper and files

    def labels(self) -> Labels:
        """The files' words in the current language (made on the GUI thread)."""
        from desktop.services.exports import Labels

        return Labels(
            headings={key: translate("RosterModel", text) for key, text in HEADINGS.items()},
            texts={"page": translate("RosterPanel", "Page {page} of {pages}"),
                   "generated": translate("RosterPanel", "Made {when}")},
            values={"roster": {code: translate("RosterModel", text)
                               for code, text in STATUSES.items()}},
            generated_at=datetime.now(UTC))

    def title_text(self) -> str:
        group = self.group
        if group is None:
            return ""
        return translate("RosterPanel", "Children of the group “{name}”, {ages}, on {day}"
                         ).format(name=group.name, ages=counts.age_band(group.age_from,
                                                                         group.age_to),
                                  day=vocabulary.format_date(group.starts_on))

    def table_data(self) -> ExportTable:
        from desktop.services import exports

        return exports.roster_table(self.title_text(), self.model.rows, self.labels())

    def _named(self, labels: Labels) -> Labels:
        ws = self.workspace
        return replace(labels, kindergarten=kindergarten.name(
            ws.cache, ws.kindergarten_id))

    def print_roster(self) -> None:
        if self.why_not(PRINT) is not None:
            return
        table, labels = self.table_data(), self.labels()

        def work() -> bytes:
            from desktop.services import exports

            return exports.table_pdf(table, self._named(labels))

        self._tasks.run(work, on_done=self._show_preview, on_failed=self._failed)

    def _show_preview(self, pdf: bytes) -> None:
        from desktop.views.widgets.print_preview import PdfUnreadable, preview_dialog

        try:
            preview = preview_dialog(self, pdf, self.title_text(), self._file_stem() + ".pdf")
        except PdfUnreadable:
            self._failed_text(translate("RosterPanel", "The list could not be prepared for "
                                        "printing. Try again; if it happens again, report "
                                        "it to support."))
            return
        preview.finished.connect(lambda _result: setattr(self, "preview", None))
        self.preview = preview
        preview.open()

    def _file_stem(self) -> str:
        group = self.group
        name = group.name if group is not None else ""
        return translate("RosterPanel", "children-{group}").format(group=name)

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the list as `kind` (pdf or xlsx)."""
        from desktop.views.widgets.print_preview import save_file

        if self.why_not(kind) is not None:
            return None
        table, labels = self.table_data(), self.labels()

        def make() -> bytes:
            from desktop.services import exports

            named = self._named(labels)
            return exports.table_xlsx(table, named) if kind == XLSX else \
                exports.table_pdf(table, named)

        if kind == XLSX:
            title = translate("RosterPanel", "Export to Excel")
            saved = save_file(self, make, self._file_stem() + ".xlsx", title,
                              translate("RosterPanel", "Excel workbook (*.xlsx)"), ".xlsx")
        else:
            saved = save_file(self, make, self._file_stem() + ".pdf",
                              translate("RosterPanel", "Export PDF"),
                              translate("RosterPanel", "PDF document (*.pdf)"), ".pdf")
        if saved is not None:
            self.message_posted.emit(translate("RosterPanel", "Saved to {path}").format(
                path=saved))
        return saved

    def _failed(self, failure: Failure) -> None:
        self._failed_text(failure.message)

    def _failed_text(self, text: str) -> None:
        QMessageBox.warning(self, translate("RosterPanel", "Not printed"), text)

    # texts

    def retranslate(self) -> None:
        texts = {TRANSFER: translate("RosterPanel", "Transfer…"),
                 PRINT: translate("RosterPanel", "Print…"),
                 PDF: translate("RosterPanel", "Export PDF…"),
                 XLSX: translate("RosterPanel", "Export XLSX…")}
        for name, action in self.actions_by_name.items():
            action.setText(texts[name])
        group = self.group
        if group is None:
            self.title.setText(translate("RosterPanel", "Select a group to see its children."))
        else:
            self.title.setText(translate("RosterPanel", "Children of “{name}”: {count}").format(
                name=group.name, count=self.model.rowCount()))
        self.model.retranslate()
        if not self.model.rowCount():
            # No children to size the columns by: the headings, in this language, do.
            self.table.resizeColumnsToContents()
        self.update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _roster(cache: Cache, group_id: int) -> list[RosterRow]:
    # On the worker that reads: the query loads SQLAlchemy, after the first paint.
    from desktop.services import groups

    return groups.roster(cache, group_id)
