"""Groups page: the kindergarten's groups and their places, with a chart across them, and
the director's changes to them (new group, fields, capacity, closing), and the selected
group's children below (views/widgets/roster_panel.py).

Who may not change groups sees the actions disabled, each saying why (services/roles.py).
A change recorded here is in the outbox with its local effect; `changes_recorded` tells
the window, which sends it and reads the pages again. The list's context menu offers the
same changes, shows the group's requests in the requests list, copies its name, and prints
or exports its requests.

Signals:
    changes_recorded(): a change to groups went to the outbox (or was withdrawn from it).
    group_requests_requested(int): show this group's requests (its id) in the list.
    message_posted(str): what was just done, for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QToolButton, QWidget

from desktop.models import request_list
from desktop.models.group_records import GroupPlaces
from desktop.services import roles
from desktop.services.cache import Cache
from desktop.services.calendar import PORTAL_TZ
from desktop.services.refusal import Refusal
from desktop.services.settings import Settings
from desktop.services.workspace import Workspace
from desktop.views.dialogs.decision_dialogs import role_text
from desktop.views.item_models.groups_model import GroupsModel
from desktop.views.pages.table_page import TablePage, select_by_id
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.bulk_actions import BulkActions
from desktop.views.widgets.flow_layout import FlowLayout
from desktop.views.widgets.occupancy_chart import OccupancyChart, read_places
from desktop.views.widgets.roster_panel import RosterPanel

if TYPE_CHECKING:
    from desktop.services.move_up import GroupMove

translate = QCoreApplication.translate

NEW, EDIT, CAPACITY, CLOSE = "new", "edit", "capacity", "close"
MOVE_UP, UNDO_MOVE_UP = "move_up", "undo_move_up"
# Open to every role: who may not publish sees the forecast read-only, saying why.
FORECAST, FIGURES = "forecast", "figures"
# The role each action needs.
ROLE_OF = {NEW: roles.CREATE_GROUP, EDIT: roles.UPDATE_GROUP, CAPACITY: roles.SET_CAPACITY,
           CLOSE: roles.UPDATE_GROUP, MOVE_UP: roles.UPDATE_GROUP,
           UNDO_MOVE_UP: roles.UPDATE_GROUP}


class GroupsPage(TablePage):
    changes_recorded = Signal()
    group_requests_requested = Signal(int)
    message_posted = Signal(str)

    def __init__(self, workspace: Workspace, tasks: Tasks, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        cache = workspace.cache
        super().__init__(tasks, GroupsModel(), lambda: read_places(cache), settings,
                         parent)
        self.workspace = workspace
        self.cache = cache
        self.dialog: QDialog | None = None
        self.menu: QMenu | None = None
        self.actions_by_name: dict[str, QAction] = {}
        self.today: Callable[[], date] = lambda: datetime.now(PORTAL_TZ).date()
        self.undoable = False

        self._build_action_bar()
        self.body.insertWidget(1, self.action_bar)
        self.chart = OccupancyChart(self)
        self.body.insertWidget(2, self.chart, 1)
        self.roster = RosterPanel(workspace, tasks, self)
        self.body.addWidget(self.roster, 1)
        # The group's requests, printed or exported as the requests list does it.
        self.files = BulkActions(None, None, workspace, tasks, parent=self,
                                 chosen=self.selected_request_ids)
        self.files.settings = settings
        self._connect_groups()

        self._retranslate_actions()
        self.update_actions()

    def _build_action_bar(self) -> None:
        # The actions wrap onto a second row where the window is too narrow for them (long
        # Kazakh and Russian words), rather than holding the whole window wider.
        self.action_bar = QWidget()
        bar = FlowLayout(self.action_bar)
        for name, slot in ((NEW, self.new_group), (EDIT, self.edit_group),
                           (CAPACITY, self.change_capacity), (CLOSE, self.close_group),
                           (MOVE_UP, self.move_up), (UNDO_MOVE_UP, self.undo_move_up),
                           (FORECAST, self.open_forecast), (FIGURES, self.open_figures)):
            if name in (MOVE_UP, FORECAST):
                gap = QWidget()
                gap.setFixedSize(6, 1)  # the flow's spacing and this: apart from the rest
                bar.addWidget(gap)
            action = QAction(self)
            action.triggered.connect(slot)
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
            self.actions_by_name[name] = action

    def _connect_groups(self) -> None:
        """The chart, the roster and the actions follow the groups listed and chosen."""
        self.model.modelReset.connect(lambda: self.chart.set_groups(self.model.rows))
        self.roster.transferred.connect(self._recorded)
        self.model.modelReset.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.files.message_posted.connect(self.message_posted)

    def page_texts(self) -> tuple[str, str, str]:
        return (self.tr("Groups"), self.tr("Find a group"),
                self.tr("No groups yet. They appear after the first sync with the portal."))

    # selection and what it allows

    def selected(self) -> GroupPlaces | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, group_id: int) -> bool:
        return select_by_id(self.table, group_id)

    def selected_request_ids(self) -> list[int]:
        group = self.selected()
        return request_list.group_request_ids(self.cache, [group.id]) if group else []

    def _context_menu(self, point: QPoint) -> QMenu | None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
        group = self.selected()
        if group is None:
            return None
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        show = menu.addAction(self.tr("Show the group's requests"))
        show.triggered.connect(lambda: self.group_requests_requested.emit(group.id))
        copy = menu.addAction(self.tr("Copy the name"))
        copy.triggered.connect(lambda: self._copy(group.name))
        menu.addSeparator()
        for name in (EDIT, CAPACITY, CLOSE):
            menu.addAction(self.actions_by_name[name])
        menu.addSeparator()
        self.files.update_enabled()
        self.files.add_to(menu)
        menu.popup(self.table.viewport().mapToGlobal(point))
        self.menu = menu
        return menu

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        # The request menu's words: one sentence, translated once.
        self.message_posted.emit(QCoreApplication.translate("RequestMenu",
                                                            "Copied to the clipboard."))

    def why_not(self, name: str) -> str | None:
        """None when the action may run on the selection; otherwise why not."""
        if name == FIGURES:
            return None
        if name == FORECAST:
            return None if self.model.rowCount() else translate(
                "GroupsPage", "There are no groups to forecast yet: sync to fetch them.")
        ws = self.workspace
        refused = roles.refusal(ROLE_OF[name], ws.roles, ws.available_roles)
        if refused is not None:
            return role_text(refused)
        if name == NEW:
            return None
        if name == MOVE_UP:
            return None if self.model.rowCount() else translate(
                "GroupsPage", "There are no groups to move up yet.")
        if name == UNDO_MOVE_UP:
            return None if self.undoable else translate(
                "GroupsPage", "There is no move-up to undo: none was made here, or it has "
                "been sent to the portal already.")
        group = self.selected()
        if group is None:
            return translate("GroupsPage", "Select a group in the list.")
        if group.provisional:
            return translate("GroupsPage", "The group waits to be created on the portal: "
                             "sync first, then change it.")
        return None

    def _selection_changed(self) -> None:
        self.update_actions()
        self.roster.set_group(self.selected(), self.model.rows)

    def update_actions(self) -> None:
        if hasattr(self, "roster"):
            self.roster.update_actions()
        for name, action in self.actions_by_name.items():
            reason = self.why_not(name)
            action.setEnabled(reason is None)
            action.setToolTip(reason or self._what(name))

    def _what(self, name: str) -> str:
        return {
            NEW: translate("GroupsPage", "Add a group to the kindergarten"),
            EDIT: translate("GroupsPage", "Change the group's name, kind, ages, language, "
                            "places, educators or room"),
            CAPACITY: translate("GroupsPage", "Change the number of places in the group"),
            CLOSE: translate("GroupsPage", "Close an empty group"),
            MOVE_UP: translate("GroupsPage", "Preview and make the September move-up: every "
                               "group a year older, school starters leaving"),
            UNDO_MOVE_UP: translate("GroupsPage", "Withdraw the move-up while it has not "
                                    "been sent to the portal"),
            FORECAST: translate("GroupsPage", "Free places per group for the next twelve "
                                "months: review them, add known departures and publish"),
            FIGURES: translate("GroupsPage", "Occupancy over the months, requests by status "
                               "and days from request to enrollment, to print or export"),
        }[name]

    # the dialogs

    def _acting(self) -> list[str]:
        return list(self.workspace.roles)

    def _open(self, make: Callable[[], QDialog]) -> QDialog:
        dialog = make()
        dialog.recorded.connect(self._recorded)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_group(self) -> QDialog | None:
        from desktop.views.dialogs.group_dialogs import GroupDialog

        if self.why_not(NEW) is not None:
            return None
        return self._open(lambda: GroupDialog(self.cache, self._tasks, None, self._acting(),
                                              self))

    def edit_group(self) -> QDialog | None:
        from desktop.views.dialogs.group_dialogs import GroupDialog

        group = self.selected()
        if group is None or self.why_not(EDIT) is not None:
            return None
        return self._open(lambda: GroupDialog(self.cache, self._tasks, group, self._acting(),
                                              self))

    def change_capacity(self) -> QDialog | None:
        from desktop.views.dialogs.group_dialogs import CapacityDialog

        group = self.selected()
        if group is None or self.why_not(CAPACITY) is not None:
            return None
        return self._open(lambda: CapacityDialog(self.cache, self._tasks, group,
                                                 self._acting(), self))

    def close_group(self) -> QDialog | None:
        from desktop.views.dialogs.group_dialogs import CloseGroupDialog

        group = self.selected()
        if group is None or self.why_not(CLOSE) is not None:
            return None
        return self._open(lambda: CloseGroupDialog(self.cache, self._tasks, group,
                                                   self._acting(), self))

    def move_up(self) -> None:
        from desktop.services import move_up as move_up_service

        if self.why_not(MOVE_UP) is not None:
            return
        cache, today = self.cache, self.today()
        self._tasks.run(lambda: move_up_service.plan(cache, today),
                        on_done=self._move_up_planned)

    def _move_up_planned(self, planned: tuple[date, list[GroupMove]]) -> None:
        from desktop.views.dialogs.move_up_dialog import MoveUpDialog

        day, moves = planned
        self._open(lambda: MoveUpDialog(self.cache, self._tasks, day, moves, self._acting(),
                                        self))

    def open_forecast(self) -> QDialog | None:
        from desktop.views.dialogs.forecast_dialog import ForecastDialog

        if self.why_not(FORECAST) is not None:
            return None
        ws = self.workspace
        return self._open(lambda: ForecastDialog(
            self.cache, self._tasks, self.today(), self._acting(), list(ws.available_roles),
            self))

    def open_figures(self) -> QDialog:
        from desktop.views.dialogs.figures_dialog import FiguresDialog

        dialog = FiguresDialog(self.workspace, self._tasks, self.today(), self)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def undo_move_up(self) -> None:
        from desktop.services import move_up as move_up_service

        if self.why_not(UNDO_MOVE_UP) is not None:
            return
        cache, acting = self.cache, self._acting()
        self._tasks.run(lambda: move_up_service.undo(cache, acting), on_done=self._undone,
                        on_failed=self._undo_failed, writes_cache=True)

    def _undone(self, count: int) -> None:
        self.refresh()
        self.changes_recorded.emit()
        self.message_posted.emit(translate("GroupsPage", "The move-up is undone: its changes "
                                           "were taken out of the outbox."))

    def _undo_failed(self, failure: Failure) -> None:
        error = failure.error
        self.refresh()
        QMessageBox.warning(self, translate("GroupsPage", "Not undone"), translate(
            "GroupsPage", "The move-up has been sent to the portal already and cannot be "
            "undone here; change the groups one by one instead.")
            if isinstance(error, Refusal) else failure.message)

    def refresh(self) -> None:
        super().refresh()
        cache = self.cache
        self._tasks.run(lambda: _can_undo(cache), on_done=self._undo_known)

    def _undo_known(self, undoable: bool) -> None:
        self.undoable = undoable
        self.update_actions()

    def _open_selected(self) -> None:
        if self.why_not(EDIT) is None:
            self.edit_group()

    def _recorded(self) -> None:
        self.refresh()
        self.changes_recorded.emit()

    # texts

    def _retranslate_actions(self) -> None:
        texts = {NEW: translate("GroupsPage", "New group…"),
                 EDIT: translate("GroupsPage", "Edit…"),
                 CAPACITY: translate("GroupsPage", "Capacity…"),
                 CLOSE: translate("GroupsPage", "Close group…"),
                 MOVE_UP: translate("GroupsPage", "September move-up…"),
                 UNDO_MOVE_UP: translate("GroupsPage", "Undo the move-up"),
                 FORECAST: translate("GroupsPage", "Forecast…"),
                 FIGURES: translate("GroupsPage", "Figures…")}
        for name, action in self.actions_by_name.items():
            action.setText(texts[name])
        self.update_actions()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "actions_by_name"):
            self._retranslate_actions()


def _can_undo(cache: Cache) -> bool:
    from desktop.services import move_up

    return move_up.can_undo(cache)
