"""Occupancy across groups: a stacked bar per group (enrolled, reserved, free, and the
children beyond capacity in red), for the Groups page and the home screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from desktop.models.group_records import GroupPlaces
from desktop.services.cache import Cache

COLOURS = {"enrolled": QColor("#2e6da4"), "reserved": QColor("#7fb2e5"),
           "free": QColor("#c8e6c9"), "over": QColor("#d9534f")}
NAME_LIMIT = 28
# Each group's bar needs a line of its name beside it: Qt Charts hides names that would
# overlap, so the chart grows with the groups (up to a cap, past which it scrolls with
# its page).
ROW_HEIGHT = 18
FRAME_HEIGHT = 120
MAX_HEIGHT = 560


class OccupancyChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(FRAME_HEIGHT)
        self._groups: list[GroupPlaces] = []
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.setChart(chart)

    @property
    def groups(self) -> list[GroupPlaces]:
        return list(self._groups)

    def set_groups(self, groups: Sequence[GroupPlaces]) -> None:
        self._groups = list(groups)
        self._draw()

    def _draw(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        labels = {"enrolled": self.tr("Enrolled"), "reserved": self.tr("Reserved"),
                  "free": self.tr("Free"), "over": self.tr("Over capacity")}
        sets = {key: QBarSet(text) for key, text in labels.items()}
        for key, bar in sets.items():
            bar.setColor(COLOURS[key])
            bar.setBorderColor(COLOURS[key])
        # Bottom to top in the chart reads top to bottom like the table.
        ordered = list(reversed(self._groups))
        for g in ordered:
            within = min(g.enrolled, g.capacity)
            sets["enrolled"].append(within)
            sets["reserved"].append(min(g.reserved, g.capacity - within))
            sets["free"].append(g.free)
            sets["over"].append(max(g.taken - g.capacity, 0))
        series = QHorizontalStackedBarSeries()
        for bar in sets.values():
            series.append(bar)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([_short(g.name) for g in ordered])
        # Whole names (up to NAME_LIMIT): Qt would otherwise cut every one down to "…".
        names.setTruncateLabels(False)
        self.setMinimumHeight(min(FRAME_HEIGHT + ROW_HEIGHT * len(ordered), MAX_HEIGHT))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        places = QValueAxis()
        places.setLabelFormat("%d")
        places.setRange(0, max([g.capacity for g in ordered] + [g.taken for g in ordered]
                               + [1]))
        places.applyNiceNumbers()
        chart.addAxis(places, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(places)
        chart.setTitle(self.tr("Places by group"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._draw()
        super().changeEvent(event)


def _short(name: str) -> str:
    return name if len(name) <= NAME_LIMIT else name[:NAME_LIMIT - 1] + "…"


def read_places(cache: Cache) -> list[GroupPlaces]:
    """The groups and their places, for the chart and the Groups page's list. Run on a
    worker: the services it needs load SQLAlchemy, which waits for the window's first
    paint."""
    from desktop.services import groups

    return groups.places(cache)
