"""Groups page: the kindergarten's groups and their places, with a chart across them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services import groups
from desktop.services.cache import Cache
from desktop.services.settings import Settings
from desktop.views.groups_model import GroupsModel
from desktop.views.occupancy_chart import OccupancyChart
from desktop.views.table_page import TablePage
from desktop.views.tasks import Tasks


class GroupsPage(TablePage):
    def __init__(self, cache: Cache, tasks: Tasks, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, GroupsModel(), lambda: groups.places(cache), settings,
                         parent)
        self.chart = OccupancyChart(self)
        self.body.insertWidget(1, self.chart, 1)
        self.model.modelReset.connect(lambda: self.chart.set_groups(self.model.rows))

    def page_texts(self) -> tuple[str, str, str]:
        return (self.tr("Groups"), self.tr("Find a group"),
                self.tr("No groups yet. They appear after the first sync with the portal."))
