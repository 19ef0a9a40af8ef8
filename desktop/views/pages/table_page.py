"""A page that lists rows from the cache: a title, a search box, a sortable table and a
line that says when there is nothing to show. Rows load through Tasks, off the GUI thread.

Strings here use explicit contexts: PySide's `self.tr` takes the context from the
instance's class, which for a subclass is not the one lupdate recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.settings import Settings
from desktop.views.item_models.rows_model import ID_ROLE, SORT_ROLE, RowsModel
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.labels import bold_label


def list_table(model: QAbstractItemModel) -> QTableView:
    """A table as the lists show theirs: whole rows selected, alternate rows shaded, no row
    numbers, columns the person can resize."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table



def select_by_id(table: QTableView, wanted: object) -> bool:
    """Select the one row of `table` whose ID_ROLE is `wanted` (False: none is).

    `QTableView.selectRow` follows the keys held at the time: after a Ctrl shortcut Qt
    still counts Ctrl as held until the next input event, and the row would be added to
    the selection rather than replace it. A selection made from code replaces it."""
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == wanted:
            table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return True
    return False

class TablePage(QWidget):
    """Subclasses give the model, the loader and their texts (`page_texts`)."""

    def __init__(self, tasks: Tasks, model: RowsModel[Any],
                 load: Callable[[], Sequence[Any]], settings: Settings | None = None,
                 parent: QWidget | None = None, *, stretch_column: int = 0) -> None:
        super().__init__(parent)
        self._stretch_column = stretch_column
        self._tasks = tasks
        self._load = load
        self._settings = settings
        self._loaded = False
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        top = self._build_title_row()
        self._build_table()
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty.hide()
        self.body = QVBoxLayout(self)
        self.body.addLayout(top)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.empty, 1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        model.modelReset.connect(self._show_empty)

        self._retranslate_table_page()
        # Until rows come, the headers alone decide the widths (none may be clipped).
        self._fit_columns()

    def _build_title_row(self) -> QHBoxLayout:
        self.title = bold_label(1.3)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.search)
        return top

    def _build_table(self) -> None:
        self.table = list_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        # The names (of a group, of a child) take the room left over, not the last column:
        # a wide "Free" column with its number far on the right reads badly.
        self.table.horizontalHeader().setStretchLastSection(False)

    # what subclasses say

    def page_texts(self) -> tuple[str, str, str]:
        """(title, search placeholder, shown when there are no rows)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        self._retranslate_table_page()

    # behaviour

    def refresh(self) -> None:
        self._tasks.run(self._load, on_done=self._loaded_rows)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def header_state_key(self) -> str:
        return f"window/{type(self).__name__}/header"

    def save_state(self) -> None:
        if self._settings is not None:
            self._settings.set_raw(self.header_state_key(),
                                   self.table.horizontalHeader().saveState())

    def _loaded_rows(self, rows: Sequence[Any]) -> None:
        # A reload (after a sync, a decision) keeps what the person had selected: the same
        # rows, found again by their ids.
        chosen = {index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()}
        self.model.set_rows(rows)
        if chosen:
            self._select_ids(chosen)
        if not self._loaded and rows:
            # Columns are sized once, to the first rows there are (or as the person left
            # them last time); later loads keep the widths they chose.
            self._loaded = True
            self._restore_header()

    def _select_ids(self, ids: set[Any]) -> None:
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) in ids:
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    def _has_saved_header(self) -> bool:
        return self._settings is not None and \
            self._settings.raw(self.header_state_key()) is not None

    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = self._settings.raw(self.header_state_key()) if self._settings else None
        if state is not None and header.restoreState(state):
            return
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as its text, and the name taking the room left over (fitting
        shrinks it to its text too)."""
        self.table.resizeColumnsToContents()
        if 0 <= self._stretch_column < self.model.columnCount():
            self.table.horizontalHeader().setSectionResizeMode(
                self._stretch_column, QHeaderView.ResizeMode.Stretch)

    def _show_empty(self) -> None:
        # An empty table says nothing; the sentence in its place says why it is empty.
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    def _retranslate_table_page(self) -> None:
        title, placeholder, empty = self.page_texts()
        self.title.setText(title)
        self.search.setPlaceholderText(placeholder)
        self.search.setToolTip(QCoreApplication.translate("TablePage", "Search (Ctrl+F)"))
        self.empty.setText(empty)
        self.model.retranslate()
        if self._loaded and not self._has_saved_header():
            # Headers and labels changed length with the language: fit them again.
            self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
