"""Contracts page: every contract with its request's number and where it stands."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.cache import Cache
from desktop.services.settings import Settings
from desktop.views import cache_rows
from desktop.views.contracts_model import ContractsModel
from desktop.views.table_page import TablePage
from desktop.views.tasks import Tasks


class ContractsPage(TablePage):
    def __init__(self, cache: Cache, tasks: Tasks, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, ContractsModel(), lambda: cache_rows.contracts(cache),
                         settings, parent, stretch_column=1)

    def page_texts(self) -> tuple[str, str, str]:
        return (self.tr("Contracts"), self.tr("Find by request number or child"),
                self.tr("No contracts yet. A contract appears here once it is sent to a "
                        "parent."))
