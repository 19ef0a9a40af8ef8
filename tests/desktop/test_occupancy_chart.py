"""The places chart names every group beside its bar: Qt Charts cuts names to "…" and hides
those that would overlap, so the chart keeps them whole and grows with the groups."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis
from pytestqt.qtbot import QtBot

from desktop.models.group_records import GroupPlaces
from desktop.views.widgets.occupancy_chart import FRAME_HEIGHT, ROW_HEIGHT, OccupancyChart

NAMES = ["Ясли", "Старшая группа", "Средняя группа", "Предшкольная группа", "Ортаңғы топ",
         "Младшая группа", "Мектепалды тобы", "Ересек топ", "Кіші топ «Балапан»",
         "Ясельная группа"]


def group(index: int, name: str) -> GroupPlaces:
    return GroupPlaces(id=index, version=1, name=name, age_from=2, age_to=3, language="ru",
                       kind="general", educators="", room="", capacity=20, enrolled=5,
                       reserved=3, starts_on=None, pending=False, by_age={})


def test_every_group_is_named_whole_beside_its_bar(qtbot: QtBot) -> None:
    chart = OccupancyChart()
    qtbot.addWidget(chart)
    chart.set_groups([group(i, name) for i, name in enumerate(NAMES)])
    assert chart.minimumHeight() >= FRAME_HEIGHT + ROW_HEIGHT * len(NAMES)
    chart.resize(1000, chart.minimumHeight())
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()  # laid out and painted
    axis = next(a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == list(reversed(NAMES))
    assert not axis.truncateLabels() and not axis.labelsTruncated()
