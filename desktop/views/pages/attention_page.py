"""Needs attention: actions the portal did not apply (someone else acted first, a window
closed, a place ran out). Nothing is dropped silently: each stays here, with what the
portal said and holds now, until a staff member has seen it and dismisses it. Below them,
the actions still waiting to be sent (views/pages/outbox_page.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from desktop.models import outbox, request_list
from desktop.services.cache import Cache
from desktop.services.settings import Settings
from desktop.views.item_models.attention_model import AttentionModel
from desktop.views.item_models.rows_model import ID_ROLE
from desktop.views.pages.outbox_page import OutboxSection
from desktop.views.pages.table_page import TablePage
from desktop.views.runtime.sync_worker import SyncWorker
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.request_menu import RequestMenu, request_menu

if TYPE_CHECKING:
    from desktop.services.workspace import Workspace


class AttentionPage(TablePage):
    """Signals:
        request_opened(int): open this request (from the context menu).
        decision_requested(str, list): accept or decline these requests (from the menu).
    """

    request_opened = Signal(int)
    decision_requested = Signal(str, list)

    def __init__(self, cache: Cache, tasks: Tasks, sync: SyncWorker,
                 settings: Settings | None = None, parent: QWidget | None = None, *,
                 workspace: Workspace | None = None) -> None:
        self.explanation = QLabel(wordWrap=True)
        self.dismiss_button = QPushButton()
        super().__init__(tasks, AttentionModel(), lambda: outbox.attention(cache),
                         settings, parent, stretch_column=2)
        self._sync = sync
        # The actions still on their way, below those the portal refused: what a director
        # did that is not done yet, on one page.
        self.outbox = OutboxSection(cache, tasks, sync, settings)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.body.insertWidget(1, self.explanation)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        self.body.addLayout(buttons)
        self.body.addWidget(self.outbox, 1)
        self.dismiss_button.setEnabled(False)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        sync.status_changed.connect(lambda _status: self.refresh())
        self._cache = cache
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.menu: RequestMenu | None = None
        self.shown_menu: QMenu | None = None
        if workspace is not None:
            self.menu = request_menu(workspace, tasks, self, self.selected_request_ids)
            self.menu.open_requested.connect(self.request_opened)
            self.menu.decision_requested.connect(self.decision_requested)
            assert self.menu.files is not None
            self.menu.files.settings = settings

    def page_texts(self) -> tuple[str, str, str]:
        self.explanation.setText(self.tr(
            "The portal did not apply these actions: the situation changed before they "
            "reached it. Check each request as it is now and decide again if needed, then "
            "dismiss the entry."))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("I have seen this; remove it from the list"))
        return (self.tr("Needs attention"), self.tr("Find"),
                self.tr("Nothing needs your attention."))

    def refresh(self) -> None:
        super().refresh()
        self.outbox.refresh()

    def save_state(self) -> None:
        super().save_state()
        self.outbox.save_state()

    def selected_seqs(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(index.data(ID_ROLE)) for index in rows]

    def selected_request_ids(self) -> list[int]:
        """The requests the selected entries are about (those still in the cache)."""
        wanted: list[int] = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_at(self.proxy.mapToSource(index).row())
            request_id = row.args.get("request_id")
            if isinstance(request_id, int):
                wanted.append(request_id)
        return [row.id for row in request_list.rows_of(self._cache, wanted)]

    def _context_menu(self, point: QPoint) -> QMenu | None:
        index = self.table.indexAt(point)
        if index.isValid() and not self.table.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        if not self.selected_seqs():
            return None

        def dismiss(menu: QMenu) -> None:
            menu.addSeparator()
            action = menu.addAction(self.dismiss_button.text(), self.dismiss_selected)
            action.setToolTip(self.dismiss_button.toolTip())

        ids = self.selected_request_ids()
        if self.menu is not None and ids:
            menu = self.menu.popup(ids, self.table.viewport(), point, extra=dismiss)
        else:
            # Entries about a group, or a request the portal has closed since.
            menu = QMenu(self)
            menu.setToolTipsVisible(True)
            dismiss(menu)
            menu.popup(self.table.viewport().mapToGlobal(point))
        self.shown_menu = menu
        return menu

    def select_row(self, row: int) -> None:
        self.table.selectionModel().select(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def dismiss_selected(self) -> None:
        seqs = self.selected_seqs()
        for seq in seqs:
            self._sync.resolve(seq)
        if seqs:
            self.dismiss_button.setEnabled(False)

    def _selection_changed(self) -> None:
        self.dismiss_button.setEnabled(bool(self.selected_seqs()))

    def _loaded_rows(self, rows: Sequence[Any]) -> None:
        super()._loaded_rows(rows)
        self.table.resizeRowsToContents()
