"""The kindergarten's groups: name, ages, language and places."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.services import counts
from desktop.views import vocabulary
from desktop.views.cache_rows import GroupRow
from desktop.views.rows_model import Column, RowsModel
from desktop.views.translatable import QT_TRANSLATE_NOOP


def _ages(row: GroupRow) -> str:
    return counts.age_band(row.age_from, row.age_to)


COLUMNS: list[Column[GroupRow]] = [
    Column(QT_TRANSLATE_NOOP("GroupsModel", "Group"), lambda r: r.name, lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "Ages"), _ages,
           lambda r: (r.age_from, r.age_to)),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "Language"),
           lambda r: vocabulary.group_language(r.language), lambda r: r.language),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "Capacity"), lambda r: str(r.capacity),
           lambda r: r.capacity, numeric=True),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "Enrolled"), lambda r: str(r.enrolled),
           lambda r: r.enrolled, numeric=True),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "Reserved"), lambda r: str(r.reserved),
           lambda r: r.reserved, numeric=True),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "Free"), lambda r: str(r.free),
           lambda r: r.free, numeric=True),
]


class GroupsModel(RowsModel[GroupRow]):
    context = "GroupsModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda row: row.id, parent)
