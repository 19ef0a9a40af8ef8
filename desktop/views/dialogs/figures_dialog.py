"""The kindergarten in figures (services/figures.py), drawn with QtCharts: children enrolled
month by month against the places, the requests by status, and the days from request to
enrollment. Printed through the print preview (each chart drawn on a landscape A4 page of
a PDF) and saved as an Excel workbook with the tables behind the charts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMargins,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsScene,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import kindergarten
from desktop.services import figures as service
from desktop.services import vocabulary
from desktop.services.workspace import Workspace
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks

if TYPE_CHECKING:
    from desktop.services.exports import Labels

translate = QCoreApplication.translate

OCCUPANCY, STATUSES, WAITS = "occupancy", "statuses", "waits"
KINDS = (OCCUPANCY, STATUSES, WAITS)
ENROLLED_COLOUR, PLACES_COLOUR = QColor("#2e6da4"), QColor("#d9534f")
BAR_COLOUR = QColor("#7fb2e5")
PRINT_DPI = 96


def chart_title(kind: str) -> str:
    return {
        OCCUPANCY: translate("FiguresDialog", "Children enrolled, month by month"),
        STATUSES: translate("FiguresDialog", "Requests by status"),
        WAITS: translate("FiguresDialog", "Days from request to enrollment"),
    }[kind]


def tab_title(kind: str) -> str:
    return {OCCUPANCY: translate("FiguresDialog", "Occupancy"),
            STATUSES: translate("FiguresDialog", "Statuses"),
            WAITS: translate("FiguresDialog", "Waiting")}[kind]


def band_texts() -> dict[str, str]:
    return {"band": translate("FiguresDialog", "{low}–{high} days"),
            "band_open": translate("FiguresDialog", "{low}+ days")}


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _count_axis(top: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(top, 1))
    axis.applyNiceNumbers()
    return axis


def draw(kind: str, chart: QChart, figures: service.Figures) -> None:
    """Draw one figure in `chart` (emptied first)."""
    _clear(chart)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setTitle(chart_title(kind))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if kind == OCCUPANCY:
        _draw_occupancy(chart, figures)
    elif kind == STATUSES:
        _draw_bars(chart, [vocabulary.request_status(code) for code, _ in figures.statuses],
                   [count for _, count in figures.statuses],
                   translate("FiguresDialog", "Requests"), horizontal=True)
    else:
        texts = band_texts()
        labels = [texts["band_open"].format(low=b.low) if b.high is None
                  else texts["band"].format(low=b.low, high=b.high) for b in figures.waits]
        _draw_bars(chart, labels, [b.requests for b in figures.waits],
                   translate("FiguresDialog", "Enrolled children"), horizontal=False)


def _draw_occupancy(chart: QChart, figures: service.Figures) -> None:
    months = figures.occupancy
    enrolled, places = QLineSeries(), QLineSeries()
    enrolled.setName(translate("FiguresDialog", "Children enrolled"))
    places.setName(translate("FiguresDialog", "Places in the groups"))
    enrolled.setPen(QPen(ENROLLED_COLOUR, 3))
    places.setPen(QPen(PLACES_COLOUR, 2, Qt.PenStyle.DashLine))
    for index, month in enumerate(months):
        enrolled.append(index, month.enrolled)
        places.append(index, month.capacity)
    enrolled.setPointsVisible(True)
    chart.addSeries(enrolled)
    chart.addSeries(places)
    axis_x = QBarCategoryAxis()
    # The year only where it starts (and on the first month): the labels stay short.
    axis_x.append([vocabulary.month_text(m.month) if index == 0 or m.month.endswith("-01")
                   else vocabulary.month_text(m.month, year=False)
                   for index, m in enumerate(months)])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    top = max([m.capacity for m in months] + [m.enrolled for m in months] + [1])
    axis_y = _count_axis(top)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for series in (enrolled, places):
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)


def _draw_bars(chart: QChart, names: list[str], counts: list[int], label: str, *,
               horizontal: bool) -> None:
    if horizontal:
        # A horizontal chart lists from the bottom: reversed, it reads top to bottom.
        names, counts = list(reversed(names)), list(reversed(counts))
    bars = QBarSet(label)
    bars.setColor(BAR_COLOUR)
    bars.setBorderColor(ENROLLED_COLOUR)
    bars.setLabelColor(QColor("#1b1b1b"))
    bars.append(counts)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(names)
    values = _count_axis(max([*counts, 1]))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal
                  else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal
                  else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(False)


def charts_pdf(figures: service.Figures, heading: Callable[[str], str]) -> bytes:
    """The figures on landscape A4 pages, one chart a page under `heading(kind)`: drawn by
    Qt's own chart painter into a PDF, so the paper shows what the screen shows."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMargins(36, 36, 36, 36),
                                     QPageLayout.Unit.Point))
    writer.setResolution(PRINT_DPI)
    writer.setCreator("Balabaqsha Desk")
    painter = QPainter(writer)
    area = writer.pageLayout().paintRectPixels(PRINT_DPI)
    font = QFont(painter.font())
    font.setPointSize(10)
    for index, kind in enumerate(KINDS):
        if index:
            writer.newPage()
        painter.setFont(font)
        painter.drawText(0, 0, area.width(), 40, Qt.AlignmentFlag.AlignLeft
                         | Qt.TextFlag.TextWordWrap, heading(kind))
        chart = QChart()
        draw(kind, chart, figures)
        scene = QGraphicsScene()
        scene.addItem(chart)
        size = QSizeF(area.width(), area.height() - 48)
        chart.resize(size)
        scene.setSceneRect(QRectF(QPointF(0, 0), size))
        scene.render(painter, QRectF(QPointF(0, 48), size), scene.sceneRect())
        scene.removeItem(chart)
    painter.end()
    buffer.close()
    return bytes(buffer.data().data())


class FiguresDialog(QDialog):
    def __init__(self, workspace: Workspace, tasks: Tasks, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._tasks = tasks
        self.today = today
        self.figures: service.Figures | None = None
        self.preview: QDialog | None = None
        self.tabs = QTabWidget()
        self.views: dict[str, QChartView] = {}
        for kind in KINDS:
            view = QChartView(QChart())
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.views[kind] = view
            self.tabs.addTab(view, "")
        self.summary = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton()
        self.export_button = QPushButton()
        for button in (self.print_button, self.export_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)
        self.print_button.clicked.connect(self.print_figures)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.summary)
        column.addWidget(self.buttons)
        self.resize(1000, 640)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        cache, today = self.workspace.cache, self.today
        self._tasks.run(lambda: service.collect(cache, today), on_done=self._loaded,
                        on_failed=self._failed)

    def _loaded(self, figures: service.Figures) -> None:
        self.figures = figures
        for button in (self.print_button, self.export_button):
            button.setEnabled(True)
        self.retranslate()

    def _failed(self, failure: Failure) -> None:
        self.summary.setText(failure.message)

    # paper and files

    def kindergarten(self) -> str:
        ws = self.workspace
        return kindergarten.name(ws.cache, ws.kindergarten_id)

    def heading(self, kind: str) -> str:
        made = vocabulary.format_date(self.today)
        return translate("FiguresDialog", "{kindergarten} — {figure}, made {day}").format(
            kindergarten=self.kindergarten(), figure=chart_title(kind), day=made)

    def pdf(self) -> bytes:
        assert self.figures is not None
        return charts_pdf(self.figures, self.heading)

    def print_figures(self) -> QDialog | None:
        from desktop.views.widgets.print_preview import PdfUnreadable, preview_dialog

        if self.figures is None:
            return None
        title = translate("FiguresDialog", "Figures")
        try:
            preview = preview_dialog(self, self.pdf(), title, self._file_stem() + ".pdf")
        except PdfUnreadable:
            QMessageBox.warning(self, translate("FiguresDialog", "Not printed"), translate(
                "FiguresDialog", "The figures could not be prepared for printing. Try again; "
                "if it happens again, report it to support."))
            return None
        preview.finished.connect(lambda _result: setattr(self, "preview", None))
        self.preview = preview
        preview.open()
        return preview

    def labels(self) -> Labels:
        from desktop.services.exports import Labels

        headings = {
            "month": translate("FiguresDialog", "Month"),
            "enrolled": translate("FiguresDialog", "Children enrolled"),
            "capacity": translate("FiguresDialog", "Places in the groups"),
            "status": translate("FiguresDialog", "Status"),
            "requests": translate("FiguresDialog", "Requests"),
            "days": translate("FiguresDialog", "Days from request to enrollment"),
            "number": translate("FiguresDialog", "Request"),
            "group": translate("FiguresDialog", "Group"),
            "requested": translate("FiguresDialog", "Request received"),
            "enrolled_on": translate("FiguresDialog", "Enrolled on"),
        }
        texts = {"occupancy_title": chart_title(OCCUPANCY),
                 "status_title": chart_title(STATUSES), "waits_title": chart_title(WAITS),
                 "enrollments_title": translate("FiguresDialog", "Enrolled children"),
                 **band_texts()}
        shown = self.figures.statuses if self.figures is not None else []
        statuses = {code: vocabulary.request_status(code) for code, _ in shown}
        return Labels(headings=headings, texts=texts, values={"status": statuses},
                      kindergarten=self.kindergarten(), generated_at=datetime.now(UTC))

    def workbook(self) -> bytes:
        from desktop.services.exports import tables_xlsx

        assert self.figures is not None
        labels = self.labels()
        return tables_xlsx(service.tables(self.figures, labels), labels)

    def _file_stem(self) -> str:
        return translate("FiguresDialog", "figures-{day}").format(day=self.today.isoformat())

    def export(self) -> Path | None:
        from desktop.views.widgets.print_preview import save_file

        if self.figures is None:
            return None
        data = self.workbook()
        return save_file(self, data, self._file_stem() + ".xlsx",
                         translate("FiguresDialog", "Export to Excel"),
                         translate("FiguresDialog", "Excel workbook (*.xlsx)"), ".xlsx")

    # texts

    def retranslate(self) -> None:
        self.setWindowTitle(translate("FiguresDialog", "Figures"))
        for index, kind in enumerate(KINDS):
            self.tabs.setTabText(index, tab_title(kind))
        self.print_button.setText(translate("FiguresDialog", "Print…"))
        self.export_button.setText(translate("FiguresDialog", "Export XLSX…"))
        figures = self.figures
        if figures is None:
            self.summary.setText(translate("FiguresDialog", "Reading the figures…"))
            return
        for kind, view in self.views.items():
            draw(kind, view.chart(), figures)
        if figures.empty:
            self.summary.setText(translate(
                "FiguresDialog", "No requests yet. The figures fill after the first sync "
                "with the portal."))
            return
        text = translate("FiguresDialog", "Children enrolled now: {count}.").format(
            count=len(figures.enrollments))
        if figures.median_days is not None:
            text += " " + translate(
                "FiguresDialog", "Half of them waited {days} days or less from the request "
                "to enrollment.").format(days=f"{figures.median_days:g}")
        self.summary.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
