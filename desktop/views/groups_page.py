"""Groups page: the kindergarten's groups and their places, from the cache. Its context
menu shows a group's requests in the requests list, copies the group's name, and prints or
exports the group's requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from desktop.services.cache import Cache
from desktop.services.settings import Settings
from desktop.views import cache_rows
from desktop.views.cache_rows import GroupRow
from desktop.views.groups_model import GroupsModel
from desktop.views.table_page import TablePage
from desktop.views.tasks import Tasks

if TYPE_CHECKING:
    from desktop.services.workspace import Workspace
    from desktop.views.bulk_actions import BulkActions


class GroupsPage(TablePage):
    """Signals:
        group_requests_requested(int): show this group's requests (its id) in the list.
        message_posted(str): what was done, for the status bar.
    """

    group_requests_requested = Signal(int)
    message_posted = Signal(str)

    def __init__(self, cache: Cache, tasks: Tasks, settings: Settings | None = None,
                 parent: QWidget | None = None, *,
                 workspace: Workspace | None = None) -> None:
        super().__init__(tasks, GroupsModel(), lambda: cache_rows.groups(cache), settings,
                         parent)
        self._cache = cache
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.menu: QMenu | None = None
        self.files: BulkActions | None = None
        if workspace is not None:
            from desktop.views.bulk_actions import BulkActions

            self.files = BulkActions(None, None, workspace, tasks, parent=self,
                                     chosen=self.selected_request_ids)
            self.files.settings = settings
            self.files.message_posted.connect(self.message_posted)

    def page_texts(self) -> tuple[str, str, str]:
        return (self.tr("Groups"), self.tr("Find a group"),
                self.tr("No groups yet. They appear after the first sync with the portal."))

    def selected(self) -> list[GroupRow]:
        rows = sorted({self.proxy.mapToSource(index).row()
                       for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def selected_request_ids(self) -> list[int]:
        return cache_rows.group_request_ids(self._cache, [g.id for g in self.selected()])

    def _context_menu(self, point: QPoint) -> QMenu | None:
        index = self.table.indexAt(point)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        groups = self.selected()
        if not groups:
            return None
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        show = menu.addAction(self.tr("Show the group's requests"))
        show.setEnabled(len(groups) == 1)
        if len(groups) == 1:
            show.triggered.connect(lambda: self.group_requests_requested.emit(groups[0].id))
        else:
            show.setToolTip(self.tr("Select one group to see its requests."))
        names = "\n".join(group.name for group in groups)
        copy = menu.addAction(self.tr("Copy the name") if len(groups) == 1
                              else self.tr("Copy the %n names", "", len(groups)))
        copy.triggered.connect(lambda: self._copy(names))
        if self.files is not None:
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
