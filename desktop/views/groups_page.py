"""Groups page: the kindergarten's groups and their places, from the cache."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.cache import Cache
from desktop.services.settings import Settings
from desktop.views import cache_rows
from desktop.views.groups_model import GroupsModel
from desktop.views.table_page import TablePage
from desktop.views.tasks import Tasks


class GroupsPage(TablePage):
    def __init__(self, cache: Cache, tasks: Tasks, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, GroupsModel(), lambda: cache_rows.groups(cache), settings,
                         parent)

    def page_texts(self) -> tuple[str, str, str]:
        return (self.tr("Groups"), self.tr("Find a group"),
                self.tr("No groups yet. They appear after the first sync with the portal."))
