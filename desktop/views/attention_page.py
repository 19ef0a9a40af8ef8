"""Needs attention: actions the portal did not apply (someone else acted first, a window
closed, a place ran out). Nothing is dropped silently: each stays here, with what the
portal said and holds now, until a staff member has seen it and dismisses it. Below them,
the actions still waiting to be sent (views/outbox_page.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.cache import Cache
from desktop.services.settings import Settings
from desktop.views import cache_rows
from desktop.views.attention_model import AttentionModel
from desktop.views.outbox_page import OutboxSection
from desktop.views.rows_model import ID_ROLE
from desktop.views.sync_worker import SyncWorker
from desktop.views.table_page import TablePage
from desktop.views.tasks import Tasks


class AttentionPage(TablePage):
    def __init__(self, cache: Cache, tasks: Tasks, sync: SyncWorker,
                 settings: Settings | None = None, parent: QWidget | None = None) -> None:
        self.explanation = QLabel(wordWrap=True)
        self.dismiss_button = QPushButton()
        super().__init__(tasks, AttentionModel(), lambda: cache_rows.attention(cache),
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
