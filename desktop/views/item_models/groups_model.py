"""The kindergarten's groups: name, kind, ages, language and places; a full group is
tinted, an overfull one more so, so it stands out in the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from desktop.models.group_records import GroupPlaces
from desktop.services import counts, vocabulary
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.views.item_models.rows_model import AnyIndex, Column, RowsModel

FULL_TINT = QColor("#fff3cd")
OVER_TINT = QColor("#f8d7da")


def _ages(row: GroupPlaces) -> str:
    return counts.age_band(row.age_from, row.age_to)


def _free(row: GroupPlaces) -> str:
    if row.over:
        return QCoreApplication.translate("GroupsModel", "over by {n}").format(
            n=row.taken - row.capacity)
    return str(row.free)


def _state(row: GroupPlaces) -> str:
    if row.over:
        return QCoreApplication.translate(
            "GroupsModel", "More children than places: raise the capacity or move children.")
    if row.full:
        return QCoreApplication.translate("GroupsModel", "The group is full.")
    return ""


COLUMNS: list[Column[GroupPlaces]] = [
    Column(QT_TRANSLATE_NOOP("GroupsModel", "Group"), lambda r: r.name, lambda r: r.name,
           tooltip=_state),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "Kind"), lambda r: vocabulary.group_kind(r.kind),
           lambda r: r.kind),
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
    Column(QT_TRANSLATE_NOOP("GroupsModel", "Free"), _free,
           lambda r: r.capacity - r.taken, numeric=True, tooltip=_state),
]


class GroupsModel(RowsModel[GroupPlaces]):
    context = "GroupsModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda row: row.id, parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() \
                and 0 <= index.row() < len(self._rows):
            row = self._rows[index.row()]
            return OVER_TINT if row.over else FULL_TINT if row.full else None
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and 0 <= index.row() < len(self._rows):
            # Tinted rows keep dark text whatever the palette (dark themes included).
            return QColor("#212529") if self._rows[index.row()].full else None
        return super().data(index, role)
