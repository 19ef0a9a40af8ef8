"""The requests page: a filter bar and a search box over the table of cached requests.

The table model (`requests_model.RequestsModel`) filters, sorts and pages in SQL; reading
one page is a few milliseconds, so filtering runs on the GUI thread as the user types (the
search waits SEARCH_DELAY_MS for a pause). Opening a request (double-click or Enter) shows
its details and tells the window through `request_opened`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import request_list
from desktop.models.domain import Status
from desktop.models.request_list import AgeOn, Deadline, RequestFilter, SortKey
from desktop.services import review, roles, vocabulary
from desktop.services.saved_views import (
    NAME_LIMIT,
    SavedView,
    SavedViews,
    ViewNameRefused,
    clean_name,
)
from desktop.views.dialogs.decision_dialogs import refusal_text
from desktop.views.item_models.requests_model import (
    COLUMN_OF_SORT,
    ID_ROLE,
    PAGE_SIZE,
    Column,
    RequestsModel,
    utc_now,
)
from desktop.views.pages.table_page import list_table
from desktop.views.runtime.failures import Failure, describe
from desktop.views.widgets.bulk_actions import BulkActions
from desktop.views.widgets.flow_layout import FlowLayout
from desktop.views.widgets.labels import bold_label
from desktop.views.widgets.request_menu import RequestMenu

SEARCH_DELAY_MS = 150
# A person's column widths are written this long after they stop dragging a divider.
SAVE_DELAY_MS = 400
# Room kept for the children's names when the columns are fitted, in average characters
# (most Kazakh and Russian surnames, names and patronymics); beyond it the table scrolls
# sideways rather than cut a status short.
NAME_CHARACTERS = 28
NO_AGE = -1  # the spin boxes' "any age"
WITHIN_DAYS = (1, 2, 5)
# The statuses in which the request is with this kindergarten (the parent's window runs).
WITH_US = review.AT_KINDERGARTEN
WITH_US_CHOICE = "with_us"

if TYPE_CHECKING:
    from desktop.models.request_records import RequestDetails
    from desktop.services.settings import Settings
    from desktop.services.workspace import Workspace
    from desktop.views.dialogs.bulk_decision_dialog import BulkDecisionDialog
    from desktop.views.widgets.request_detail import RequestDetailDialog


def person_key(workspace: Workspace, what: str) -> str:
    """Where something of one person's is kept: one profile can serve several people and
    portals, each with their own. (A digest of the portal: its address has slashes, which
    QSettings reads as groups.)"""
    portal = hashlib.sha256(workspace.store_key.encode()).hexdigest()[:12]
    return f"requests/{what}/{portal}-{workspace.account_id}"


def columns_key(workspace: Workspace) -> str:
    """Where the columns a person arranged are kept."""
    return person_key(workspace, "columns")


def views_key(workspace: Workspace) -> str:
    """Where the views a person saved are kept."""
    return person_key(workspace, "views")


class RequestsPage(QWidget):
    """The cached requests, filtered and searched.

    Signals:
        request_opened(int): staff opened a request (its id), by double-click or Enter.
        decision_recorded(int): a decision on the request (its id) went to the outbox.
    """

    request_opened = Signal(int)
    decision_recorded = Signal(int)

    def __init__(self, workspace: Workspace, tasks: object | None = None,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = utc_now,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self._building = True  # no filtering while the widgets are being filled
        self.workspace = workspace
        self._settings = settings
        self._group_names: list[str] = []
        # Tasks (desktop/views/runtime/tasks.py) when the window gives one: counts under filters and
        # the detail's read go through it. Without one everything here runs at once.
        self.tasks = tasks
        self._clock = clock
        self.model = RequestsModel(workspace.cache, self, tasks=tasks, clock=clock)
        self.detail_dialog: RequestDetailDialog | None = None
        # The decision asked for from a menu, made once its request's details are read.
        self._then: str | None = None
        self.bulk_dialog: BulkDecisionDialog | None = None
        self._columns_fitted = False
        self._customized = False  # the person resized, moved or hid a column
        self._fitting = False  # sizes set here, not by the person
        # Saved views: the filters and columns as they are now, under a name, to pick later.
        self.saved_views = SavedViews(settings, views_key(workspace)) \
            if settings is not None else None

        self._build_title()
        self._build_filters()
        self._build_table()
        self._build_bulk_actions()
        self._build_filter_bar()
        self._build_layout()
        self._connect()

        self.retranslate()
        self._load_groups()
        self._building = False
        self._show_count(self.model.count)
        self._restore_columns()
        self._fit_columns()

    # building

    def _build_title(self) -> None:
        self.title = bold_label(1.3)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()

    def _build_filters(self) -> None:
        self.status_filter = QComboBox()
        self.group_filter = QComboBox()
        self.language_filter = QComboBox()
        self.deadline_filter = QComboBox()
        self.age_label = QLabel()
        self.age_from = self._age_box()
        self.age_to = self._age_box()
        self.age_dash = QLabel("–")
        self.age_on = QComboBox()
        for combo in (self.status_filter, self.group_filter, self.language_filter,
                      self.deadline_filter, self.age_on):
            # As wide as their longest choice, so no Kazakh or Russian label is cut; the
            # filter bar is a tool bar, so a window too narrow for them all puts the last
            # ones behind its » button rather than grow past the screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _build_table(self) -> None:
        self.table = list_table(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        # Rows of one height: the view need not ask 100,000 rows for their size hints.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._build_columns()
        self.table.horizontalHeader().setSortIndicator(
            COLUMN_OF_SORT[self.model.filter.sort],
            Qt.SortOrder.DescendingOrder if self.model.filter.descending
            else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty.hide()

    def _build_columns(self) -> None:
        header = self.table.horizontalHeader()
        # Fitting a column to its contents reads that many rows: the first page, which is
        # in memory, and never the 100,000 of a city's cache.
        header.setResizeContentsPrecision(PAGE_SIZE)
        # The columns fit their contents once the first rows are there, and the child's name
        # takes the room left (see fit_columns). People may resize, move and hide columns
        # (the heading's context menu); that arrangement is theirs, kept in the settings.
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_columns)
        header.sectionResized.connect(self._section_resized)
        header.sectionMoved.connect(self._section_moved)
        self.table.viewport().installEventFilter(self)
        self.model.modelReset.connect(self._fit_columns)

    def _build_bulk_actions(self) -> None:
        # Several rows can be selected: their documents downloaded, summaries printed, the
        # list exported (a tool bar here and the table's context menu).
        self.bulk = BulkActions(self.table, self.model, self.workspace, self.tasks,
                                clock=self._clock, parent=self)
        self.menu = RequestMenu(self.workspace, self.bulk, self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _build_filter_bar(self) -> None:
        # The filters wrap onto a second row where the window is too narrow for them (long
        # Kazakh and Russian labels): none is cut or hidden, and the window never has to
        # be wider than the screen. The age's parts stay together.
        self.filter_bar = QWidget()
        flow = FlowLayout(self.filter_bar)
        self.views_menu = QMenu(self)
        self.views_menu.setToolTipsVisible(True)
        self.views_button = QToolButton()
        self.views_button.setMenu(self.views_menu)
        self.views_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.views_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.views_button.setVisible(self.saved_views is not None)
        flow.addWidget(self.views_button)
        for widget in (self.status_filter, self.group_filter, self.language_filter,
                       self.deadline_filter):
            flow.addWidget(widget)
        age = QWidget()
        age_row = QHBoxLayout(age)
        age_row.setContentsMargins(0, 0, 0, 0)
        age_row.setSpacing(4)
        for part in (self.age_label, self.age_from, self.age_dash, self.age_to, self.age_on):
            age_row.addWidget(part)
        flow.addWidget(age)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.bulk.bar)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def _connect(self) -> None:
        self.menu.open_requested.connect(self.open_request)
        self.menu.decision_requested.connect(self.decide)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.views_menu.aboutToShow.connect(self._fill_views_menu)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        # From the search box, Enter opens the result and Down goes to the list.
        self.search.returnPressed.connect(self.open_from_search)
        self.search.installEventFilter(self)
        for combo in (self.status_filter, self.group_filter, self.language_filter,
                      self.deadline_filter, self.age_on):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.age_from, self.age_to):
            box.valueChanged.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(lambda _index: self._status_tooltip())
        self.table.activated.connect(self._activated)
        self.model.count_changed.connect(self._show_count)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()

    # the columns

    def fit_columns(self) -> None:
        """Each column as wide as its heading and every text it can show (all statuses,
        languages, decisions and groups, not only the rows loaded now), so none is cut
        short; the children's names take the room left, at least NAME_CHARACTERS."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column in Column:
                if column is not Column.CHILD:
                    header.resizeSection(int(column), self._content_width(column))
            self._give_names_the_room()
        finally:
            self._fitting = False

    def _fit_columns(self) -> None:
        # Once, with real rows: a page built before the first sync would otherwise keep
        # columns as narrow as their headers, and a person's own widths are left alone.
        if not self._columns_fitted and not self._customized and self.model.rowCount() > 0:
            self.fit_columns()
            self._columns_fitted = True

    def _content_width(self, column: Column) -> int:
        index = int(column)
        widest = max(self.table.horizontalHeader().sectionSizeHint(index),
                     self.table.sizeHintForColumn(index))
        texts = self._group_names if column is Column.GROUP else self.model.labels_of(column)
        return max([widest, *(self._cell_width(text) for text in texts)])

    def _cell_width(self, text: str) -> int:
        """The width a cell needs to show `text` whole: the text and the margins the style
        keeps on both sides (as the item delegate measures), the grid line and a pixel of
        rounding."""
        margin = self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        grid = 1 if self.table.showGrid() else 0
        return self.table.fontMetrics().horizontalAdvance(text) + 2 * margin + grid + 1

    def _give_names_the_room(self) -> None:
        header = self.table.horizontalHeader()
        name = int(Column.CHILD)
        if header.isSectionHidden(name):
            return
        wanted = min(self.table.sizeHintForColumn(name),
                     self.table.fontMetrics().averageCharWidth() * NAME_CHARACTERS)
        used = sum(header.sectionSize(c) for c in range(header.count())
                   if c != name and not header.isSectionHidden(c))
        fitting, self._fitting = self._fitting, True
        try:
            header.resizeSection(name, max(wanted, self.table.viewport().width() - used))
        finally:
            self._fitting = fitting

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Down,
                                                                     Qt.Key.Key_PageDown):
            self.go_to_results()
            return True
        # Until the person arranges the columns, the names follow the window's width.
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport() \
                and self._columns_fitted and not self._customized:
            self._give_names_the_room()
        return super().eventFilter(watched, event)

    def _fit_headers(self) -> None:
        # Widths a person chose in one language keep a longer language's headings whole
        # ("Born" is "Дата рождения").
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column in range(self.model.columnCount()):
                header.resizeSection(column, max(header.sectionSize(column),
                                                 header.sectionSizeHint(column)))
        finally:
            self._fitting = False

    def _section_resized(self, _column: int, _old: int, new: int) -> None:
        # A hidden column is resized to 0 by Qt; hiding is recorded by show_column.
        if not self._fitting and new > 0:
            self._customize()

    def _section_moved(self, *_args: int) -> None:
        if not self._fitting:
            self._customize()

    def _customize(self) -> None:
        self._customized = True
        self._save_timer.start()

    def column_menu(self) -> QMenu:
        """A check box per column, in the order shown, and a way back to fitted columns."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            action = menu.addAction(str(self.model.headerData(column,
                                                              Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(column in shown)
            # The last column shown stays: a table without columns cannot be got back from.
            action.setEnabled(column not in shown or len(shown) > 1)
            action.toggled.connect(partial(self.show_column, column))
        menu.addSeparator()
        menu.addAction(self.tr("Fit the columns to their contents"), self.reset_columns)
        return menu

    def _show_column_menu(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().viewport().mapToGlobal(position))
        menu.deleteLater()

    def show_column(self, column: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            header.setSectionHidden(column, not shown)
            if shown and header.sectionSize(column) < header.sectionSizeHint(column):
                header.resizeSection(column, self._content_width(Column(column)))
        finally:
            self._fitting = False
        self._customize()

    def reset_columns(self) -> None:
        """Every column back, in its first order, fitted to its contents; the saved
        arrangement is forgotten."""
        header = self.table.horizontalHeader()
        self._save_timer.stop()
        self._fitting = True
        try:
            for column in range(header.count()):
                header.setSectionHidden(column, False)
                header.moveSection(header.visualIndex(column), column)
        finally:
            self._fitting = False
        self._customized = False
        if self._settings is not None:
            self._settings.remove(columns_key(self.workspace))
        self.fit_columns()
        self._columns_fitted = self.model.rowCount() > 0

    def save_columns(self) -> None:
        """Keep the person's arrangement (widths, order, hidden columns) for next time."""
        self._save_timer.stop()
        if self._settings is not None and self._customized:
            self._settings.set_raw(columns_key(self.workspace),
                                   self.table.horizontalHeader().saveState())

    def _restore_columns(self) -> None:
        state = self._settings.raw(columns_key(self.workspace)) \
            if self._settings is not None else None
        if state is None:
            return
        self._fitting = True
        try:
            restored = self.table.horizontalHeader().restoreState(state)
        finally:
            self._fitting = False
        # A state from another version of the table (other columns) is not restored.
        self._customized = self._columns_fitted = restored

    # saved views

    def view_state(self, name: str) -> SavedView:
        """The filters and the column arrangement shown now, as a view called `name`."""
        f = self.current_filter()
        filters = {
            "status": self.status_filter.currentData() or "",
            "group_id": f.group_id, "language": f.language,
            "deadline": self.deadline_filter.currentData() or Deadline.ANY.value,
            "age_from": self.age_from.value(), "age_to": self.age_to.value(),
            "age_on": f.age_on.value, "search": f.search, "sort": f.sort.value,
            "descending": f.descending}
        columns = bytes(self.table.horizontalHeader().saveState().data()) \
            if self._customized else None
        return SavedView(name, filters, columns)

    def save_view(self, name: str) -> SavedView:
        """Keep what is shown now under `name` (ViewNameRefused for a name not usable)."""
        assert self.saved_views is not None
        saved = self.saved_views.save(self.view_state(name))
        self.bulk.post(self.tr("View “{name}” saved.").format(name=saved.name))
        return saved

    def apply_view(self, name: str) -> bool:
        """Show the saved view `name`: its filters and its columns. False when it is gone."""
        view = self.saved_views.get(name) if self.saved_views is not None else None
        if view is None:
            return False
        filters = view.filters
        self._building = True
        try:
            missing = not self._choose(self.group_filter, filters.get("group_id"))
            self._choose(self.status_filter, filters.get("status") or "")
            self._choose(self.language_filter, filters.get("language"))
            self._choose(self.deadline_filter, filters.get("deadline") or Deadline.ANY.value)
            self._choose(self.age_on, filters.get("age_on") or AgeOn.GROUP_START.value)
            for box, key in ((self.age_from, "age_from"), (self.age_to, "age_to")):
                value = filters.get(key)
                box.setValue(value if isinstance(value, int) else NO_AGE)
            self.search.setText(str(filters.get("search") or ""))
        finally:
            self._building = False
        self._restore_view_columns(view.columns)
        sort = filters.get("sort")
        if sort in {key.value for key in SortKey}:
            order = Qt.SortOrder.DescendingOrder if filters.get("descending") \
                else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(COLUMN_OF_SORT[SortKey(sort)],
                                                           order)
        self.apply_filter()
        if missing:
            self.bulk.post(self.tr(
                "The group of view “{name}” is no longer in this computer's copy: all "
                "groups are shown. Choose a group and save the view again.").format(
                    name=view.name))
        else:
            self.bulk.post(self.tr("View “{name}” shown.").format(name=view.name))
        return True

    def _restore_view_columns(self, state: bytes | None) -> None:
        if state is None:
            self.reset_columns()
            return
        self._fitting = True
        try:
            restored = self.table.horizontalHeader().restoreState(QByteArray(state))
        finally:
            self._fitting = False
        if restored:
            self._customized = self._columns_fitted = True
            self.save_columns()
            self._fit_headers()
        else:
            self.reset_columns()

    @staticmethod
    def _choose(combo: QComboBox, data: Any) -> bool:
        """Choose the item with `data`; the first (everything) when none has it."""
        found = combo.findData(data) if data is not None else 0
        combo.setCurrentIndex(max(found, 0))
        return found >= 0

    def rename_view(self, old: str, new: str) -> None:
        assert self.saved_views is not None
        self.saved_views.rename(old, new)

    def delete_view(self, name: str) -> None:
        assert self.saved_views is not None
        self.saved_views.delete(name)
        self.bulk.post(self.tr("View “{name}” deleted.").format(name=name))

    def _fill_views_menu(self) -> None:
        menu = self.views_menu
        menu.clear()
        names = self.saved_views.names() if self.saved_views is not None else []
        for name in names:
            menu.addAction(name, partial(self.apply_view, name))
        if not names:
            empty = menu.addAction(self.tr("No saved views yet"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Save the current view…"), self.ask_save_view)
        rename = menu.addMenu(self.tr("Rename"))
        delete = menu.addMenu(self.tr("Delete"))
        for name in names:
            rename.addAction(name, partial(self.ask_rename_view, name))
            delete.addAction(name, partial(self.ask_delete_view, name))
        rename.setEnabled(bool(names))
        delete.setEnabled(bool(names))

    def ask_save_view(self) -> None:
        name, problem = "", ""
        while True:
            name, ok = QInputDialog.getText(
                self, self.tr("Save the view"),
                (problem + "\n\n" if problem else "") + self.tr(
                    "A name for the filters and columns shown now:"), text=name)
            if not ok:
                return
            assert self.saved_views is not None
            try:
                cleaned = clean_name(name)
            except ViewNameRefused as refused:
                problem = self._name_problem(refused)
                continue
            if cleaned in self.saved_views.names() and QMessageBox.question(
                    self, self.tr("Save the view"), self.tr(
                        "A view called “{name}” exists already. Replace it with what is "
                        "shown now?").format(name=cleaned)) \
                    != QMessageBox.StandardButton.Yes:
                problem = ""
                continue
            self.save_view(cleaned)
            return

    def ask_rename_view(self, old: str) -> None:
        name, problem = old, ""
        while True:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename the view"),
                (problem + "\n\n" if problem else "") + self.tr(
                    "A new name for “{name}”:").format(name=old), text=name)
            if not ok:
                return
            try:
                self.rename_view(old, name)
            except ViewNameRefused as refused:
                problem = self._name_problem(refused)
                continue
            return

    def ask_delete_view(self, name: str) -> None:
        if QMessageBox.question(self, self.tr("Delete the view"), self.tr(
                "Delete the view “{name}”? The requests are not changed.").format(name=name)
                ) == QMessageBox.StandardButton.Yes:
            self.delete_view(name)

    def _name_problem(self, refused: ViewNameRefused) -> str:
        return {
            "empty": self.tr("The name is empty: type a name."),
            "too_long": self.tr("The name is too long: at most {limit} characters.").format(
                limit=NAME_LIMIT),
            "taken": self.tr("A view called “{name}” exists already: choose another "
                             "name.").format(name=refused.name),
        }.get(refused.code, self.tr("That view no longer exists."))

    # the window's API

    def refresh(self) -> None:
        """Read the cache again (after a sync), keeping the selection and the scroll."""
        self._load_groups()
        self.model.refresh()
        self._fit_columns()
        if self.detail_dialog is not None and self.detail_dialog.isVisible():
            details = self.detail_dialog.detail.details
            if details is not None:
                self._show_details(details.id)

    def online_changed(self) -> None:
        """The portal went away or came back: an open detail says where its decision is."""
        if self.detail_dialog is not None:
            self.detail_dialog.show_note()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Requests"))
        self.search.setPlaceholderText(self.tr("Name, IIN or number"))
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))
        self.age_label.setText(self.tr("Age"))
        self.views_button.setText(self.tr("Views"))
        self.views_button.setToolTip(self.tr(
            "Save the filters and columns shown now under a name, or show a saved view"))
        # A group of statuses, not one: its name says so, and its tooltip names them, so
        # rows whose Status column reads otherwise are no surprise.
        self._fill(self.status_filter, [
            (self.tr("All statuses"), ""),
            (self.tr("With the kindergarten (%n statuses)", "", len(WITH_US)), WITH_US_CHOICE)]
            + [(vocabulary.request_status(s.value), s.value) for s in Status])
        self.status_filter.setItemData(self.status_filter.findData(WITH_US_CHOICE),
                                       self.with_us_text(), Qt.ItemDataRole.ToolTipRole)
        self._fill(self.language_filter, [(self.tr("Any language"), None),
                                          (vocabulary.group_language("kk"), "kk"),
                                          (vocabulary.group_language("ru"), "ru")])
        self._fill(self.deadline_filter, [(self.tr("Any deadline"), Deadline.ANY.value),
                                          (self.tr("Deadline passed"), Deadline.OVERDUE.value)]
                   + [(self.tr("Within %n working day(s)", "", days), f"within:{days}")
                      for days in WITHIN_DAYS])
        self._fill(self.age_on, [(self.tr("when the group starts"), AgeOn.GROUP_START.value),
                                 (self.tr("today"), AgeOn.TODAY.value)])
        for box in (self.age_from, self.age_to):
            box.setSpecialValueText(self.tr("any"))
            box.updateGeometry()  # the layout asks for its width again: "any" is "любой"
        self.age_from.setToolTip(self.tr("Youngest age, in full years"))
        self.age_to.setToolTip(self.tr("Oldest age, in full years"))
        for widget, name in ((self.status_filter, self.tr("Status")),
                             (self.group_filter, self.tr("Group")),
                             (self.language_filter, self.tr("Language of education")),
                             (self.deadline_filter, self.tr("The parent's deadline")),
                             (self.age_on, self.tr("Age counted")),
                             (self.search, self.tr("Search"))):
            widget.setAccessibleName(name)
            if widget is not self.search:
                widget.setToolTip(name)
        self._status_tooltip()
        if self.group_filter.count():
            self.group_filter.setItemText(0, self.tr("All groups"))
        self.empty.setText(self.tr("No requests match. Clear the search or the filters to "
                                   "see all the requests in this computer's copy."))
        self._show_count(self.model.count)
        self.model.retranslate()
        if self._customized:
            self._fit_headers()
        elif self._columns_fitted:
            self.fit_columns()  # headings and labels changed length with the language

    def with_us_text(self) -> str:
        """What "With the kindergarten" lists: the statuses of the parent's enrollment
        window, in their order on the portal."""
        statuses = [vocabulary.request_status(s.value) for s in Status if s.value in WITH_US]
        return self.tr("Requests in any of these statuses: {statuses}").format(
            statuses=", ".join(f"“{s}”" for s in statuses))

    def _status_tooltip(self) -> None:
        name = self.tr("Status")
        if self.status_filter.currentData() == WITH_US_CHOICE:
            name = f"{name}. {self.with_us_text()}"
        self.status_filter.setToolTip(name)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # filtering

    def current_filter(self) -> RequestFilter:
        """The filter the widgets show, in the model's current order. (Combo boxes hold
        plain strings: Qt turns Python tuples and sets into lists on the way.)"""
        status = self.status_filter.currentData() or ""
        statuses = WITH_US if status == WITH_US_CHOICE else \
            frozenset({status}) if status else frozenset()
        deadline, _, days = (self.deadline_filter.currentData() or "any").partition(":")
        age_from, age_to = self.age_from.value(), self.age_to.value()
        order = self.model.filter
        return RequestFilter(
            statuses=statuses, group_id=self.group_filter.currentData(),
            age_from=None if age_from == NO_AGE else age_from,
            age_to=None if age_to == NO_AGE else age_to,
            age_on=AgeOn(self.age_on.currentData() or AgeOn.GROUP_START.value),
            language=self.language_filter.currentData(),
            deadline=Deadline(deadline), within_days=int(days or 2),
            search=self.search.text(), sort=order.sort, descending=order.descending)

    def apply_filter(self) -> None:
        if self._building:
            return
        self._debounce.stop()
        wanted = self.current_filter()
        # The model's filter carries the moment it was applied; compare what was chosen.
        if wanted == replace(self.model.filter, now=None, today=None, deadline_until=None):
            return
        self.model.set_filter(wanted)

    # from the search box to the results

    def go_to_results(self) -> None:
        """The list takes the focus, on its current row or else the first."""
        self.apply_filter()  # what is typed, without waiting for the pause
        if self.model.rowCount() == 0:
            return
        index = self.table.currentIndex()
        if not index.isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def open_from_search(self) -> None:
        """Enter in the search box: the current result opens, or else the first."""
        self.apply_filter()
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
        if index.isValid():
            self.select_request(int(index.data(ID_ROLE)))
            self._activated(index)

    # opening

    def open_request(self, request_id: int) -> None:
        self.request_opened.emit(request_id)
        self._show_details(request_id)

    def decide(self, action: str, request_ids: list[int]) -> None:
        """Accept or decline (`roles.ACCEPT_REQUEST`, `DECLINE_REQUEST`): one request in
        its detail, with the dialog the detail's button opens; several in one step, each
        checked as if alone, with a summary of what was recorded and what was refused."""
        if len(request_ids) == 1:
            self._then = action
            self.open_request(request_ids[0])
        elif request_ids:
            self.ask_bulk_decision(action, request_ids)

    def ask_bulk_decision(self, action: str, request_ids: list[int]) -> BulkDecisionDialog:
        from desktop.services import bulk_decisions

        cache = self.workspace.cache
        from desktop.views.dialogs.bulk_decision_dialog import BulkDecisionDialog

        dialog = BulkDecisionDialog(bulk_decisions.plan(cache, action, request_ids),
                                    review.decline_reasons(cache), self)
        dialog.accepted.connect(lambda: self._record_bulk(dialog, request_ids))
        dialog.finished.connect(lambda _result: self._bulk_closed(dialog))
        self.bulk_dialog = dialog
        dialog.open()
        return dialog

    def _record_bulk(self, dialog: BulkDecisionDialog, request_ids: list[int]) -> None:
        from desktop.services import bulk_decisions

        if dialog.done_batch is not None:
            return  # the summary's Close
        cache, acting = self.workspace.cache, list(self.workspace.roles)
        action, reason, comment = (dialog.batch.action, dialog.reason_code(),
                                   dialog.comment_text())

        def recorded(done: bulk_decisions.Batch) -> None:
            dialog.show_result(done)
            self.model.refresh()
            if done.recorded:
                self.decision_recorded.emit(done.recorded[0].request_id)

        def refused(failure: Failure) -> None:
            from desktop.services.actions import ActionRefused  # loaded by the task

            dialog.show()
            QMessageBox.warning(dialog, self.tr("Nothing recorded"), refusal_text(
                failure.error, action) if isinstance(failure.error, ActionRefused)
                else failure.message)

        work = partial(bulk_decisions.decide, cache, action, request_ids, reason=reason,
                       comment=comment, acting=acting)
        run = getattr(self.tasks, "run", None)
        if callable(run):
            run(work, on_done=recorded, on_failed=refused, writes_cache=True,
                progress_label=self.tr("Recording the decisions…"))
            return
        try:
            done = work()
        except Exception as error:
            refused(describe(error))
        else:
            recorded(done)

    def _bulk_closed(self, dialog: BulkDecisionDialog) -> None:
        if dialog.done_batch is not None or dialog.result() == 0:
            if self.bulk_dialog is dialog:
                self.bulk_dialog = None
            dialog.deleteLater()

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        selection = self.table.selectionModel()
        if index.isValid() and not selection.isRowSelected(index.row()):
            # A right-click outside the selection means the row under the pointer.
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        ids = self.bulk.selected_ids()
        if ids:
            self.menu.popup(ids, self.table.viewport(), point)

    def _activated(self, index: Any) -> None:
        request_id = index.data(ID_ROLE)
        if request_id is not None:
            self.open_request(int(request_id))

    def _show_details(self, request_id: int) -> None:
        from desktop.views.widgets.request_detail import load_details

        cache = self.workspace.cache
        run = getattr(self.tasks, "run", None)
        if callable(run):
            run(lambda: load_details(cache, request_id), on_done=self._details_loaded)
        else:
            self._details_loaded(load_details(cache, request_id))

    def _details_loaded(self, details: RequestDetails | None) -> None:
        from desktop.views.widgets.request_detail import RequestDetailDialog

        if self.detail_dialog is None:
            self.detail_dialog = RequestDetailDialog(self, workspace=self.workspace,
                                                     tasks=self.tasks, clock=self._clock)
            # A decision changes the row (review, pending) and the window's outbox count.
            self.detail_dialog.decision_recorded.connect(lambda _id: self.model.refresh())
            self.detail_dialog.decision_recorded.connect(self.decision_recorded)
        self.detail_dialog.show_details(details, self._clock())
        self.detail_dialog.show()
        self.detail_dialog.raise_()
        then, self._then = self._then, None
        if then == roles.ACCEPT_REQUEST:
            self.detail_dialog.ask_accept()
        elif then == roles.DECLINE_REQUEST:
            self.detail_dialog.ask_decline()

    # helpers

    def _age_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NO_AGE, 18)
        box.setValue(NO_AGE)
        return box

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        """Set a combo's items, keeping the chosen one (texts change with the language)."""
        index = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        if combo.count() == len(items):
            for row, (text, data) in enumerate(items):
                combo.setItemText(row, text)
                combo.setItemData(row, data)
        else:
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(min(index, combo.count() - 1))
        combo.blockSignals(False)

    def _load_groups(self) -> None:
        groups = request_list.group_choices(self.workspace.cache)
        chosen = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), None)
        self._group_names = [name for _group_id, name in groups]
        for group_id, name in groups:
            self.group_filter.addItem(name, group_id)
        found = self.group_filter.findData(chosen) if chosen is not None else 0
        self.group_filter.setCurrentIndex(max(found, 0))
        self.group_filter.blockSignals(False)
        if chosen is not None and found < 0:
            self.apply_filter()  # the chosen group is gone: show all groups

    def _show_count(self, count: int) -> None:
        if self.model.count_pending:
            self.count_label.setText(self.tr("Counting…"))
        else:
            self.count_label.setText(self.tr("%n request(s)", "", count))
        self.empty.setVisible(count == 0)

    def select_request(self, request_id: int) -> bool:
        """Select and show `request_id` if the filter shows it."""
        row = self.model.row_of(request_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Not a QShortcut: the main window binds Ctrl+F to focus_search too, and two
        # shortcuts on one key would cancel each other out. Here it works when the page
        # stands alone, and the window's action wins when there is one.
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
