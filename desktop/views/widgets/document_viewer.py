"""The document viewer: scanned PDFs (pages, thumbnails, zoom, rotate) and images (JPEG, PNG,
TIFF: zoom, rotate, fit), with a way out when a file cannot be shown, and the window around
it.

One render is in flight at a time and the next is chosen when it ends: the pages on screen
first, nearest the middle, then their neighbours, then the visible thumbnails, so scrolling
never waits behind a queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.dialogs.document_problem import (
    PROBLEM_COLOUR,
    ProblemPanel,
    Unreadable,
    problem_message,
)
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.document_pages import (
    ImagePages,
    Pages,
    PdfPages,
    RenderJob,
    file_format,
    inspect_image,
)
from desktop.views.widgets.page_view import ZOOM_MAX, ZOOM_MIN, PageView

log = logging.getLogger(__name__)

THUMB = QSize(84, 119)


def _on_paper(image: QImage | None, size: QSize = THUMB) -> QPixmap:
    """A thumbnail on white paper with an edge (pdfium leaves unpainted paper transparent,
    and a white page would vanish into the list); a blank sheet for `None`."""
    ratio = image.devicePixelRatio() if image is not None else 1.0
    pixmap = QPixmap(image.size() if image is not None else size)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    if image is not None:
        painter.drawImage(0, 0, image)
    painter.setPen(QColor(160, 160, 160))
    painter.drawRect(QRectF(0, 0, pixmap.width() / ratio - 1, pixmap.height() / ratio - 1))
    painter.end()
    return pixmap


def _damaged() -> QPixmap:
    """The thumbnail of a page that cannot be shown."""
    pixmap = _on_paper(None)
    painter = QPainter(pixmap)
    font = painter.font()
    font.setPixelSize(THUMB.height() // 3)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(PROBLEM_COLOUR))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return pixmap


class DocumentViewer(QWidget):
    """A PDF or an image, with thumbnails (PDFs of several pages), zoom, fit and rotate.

    Signals:
        opened(int): a file was opened with this many pages.
        failed(str): the file cannot be shown; the code is a key of PROBLEMS.
        redownload_requested(): the person asked for the file again.
    """

    opened = Signal(int)
    failed = Signal(str)
    redownload_requested = Signal()

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.path: Path | None = None
        self.kind: str | None = None
        self.problem: Unreadable | None = None
        self._pages: Pages | None = None
        self._in_flight: RenderJob | None = None
        self._pumping = False
        self._opening = 0  # which open() the image inspection answers
        self._thumbs_done: dict[int, int] = {}  # page -> rotation of its thumbnail

        self.pages = PageView()
        self._build_thumbnails()
        self._build_stack()
        self._build_toolbar()
        self._build_layout()
        self._connect()

        self.retranslate()
        self._show_controls(False)

    def _build_thumbnails(self) -> None:
        self.thumbnails = QListWidget()
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setIconSize(THUMB)
        self.thumbnails.setUniformItemSizes(True)
        cell = QSize(THUMB.width() + 16, THUMB.height() + self.fontMetrics().height() + 12)
        self.thumbnails.setGridSize(cell)
        self.thumbnails.setFixedWidth(
            cell.width() + self.thumbnails.style().pixelMetric(
                QStyle.PixelMetric.PM_ScrollBarExtent) + 2 * self.thumbnails.frameWidth() + 4)
        self.thumbnails.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _build_stack(self) -> None:
        """The pages, or the file's problem in their place, or the busy note."""
        self.problem_panel = ProblemPanel()
        self.page_problem = ProblemPanel(compact=True)
        self.page_problem.hide()
        self.busy = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        problem_holder = QWidget()
        holder = QVBoxLayout(problem_holder)
        centred = QHBoxLayout()  # stretches, not an alignment: the panel keeps its height
        centred.addStretch(1)
        centred.addWidget(self.problem_panel)
        centred.addStretch(1)
        holder.addStretch(1)
        holder.addLayout(centred)
        holder.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pages)
        self.stack.addWidget(problem_holder)
        self.stack.addWidget(self.busy)

    def _build_toolbar(self) -> None:
        self.toolbar = QWidget()
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(6, 4, 6, 4)
        self.zoom_out_button = self._tool(self.pages.zoom_out, "−",
                                          QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(
            self.zoom_label.fontMetrics().horizontalAdvance("400 %") + 8)
        self.zoom_in_button = self._tool(self.pages.zoom_in, "+",
                                         QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.fit_width_button = self._tool(self.pages.fit_width, "", QKeySequence("Ctrl+0"))
        self.fit_page_button = self._tool(self.pages.fit_page, "", QKeySequence("Ctrl+9"))
        self.rotate_button = self._tool(self.pages.rotate, "", QKeySequence("Ctrl+R"))
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda value: self.pages.go_to_page(value - 1))
        self.page_count = QLabel()
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.fit_width_button, self.fit_page_button, self.rotate_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.page_label = QLabel()
        row.addWidget(self.page_label)
        row.addWidget(self.page_box)
        row.addWidget(self.page_count)

    def _build_layout(self) -> None:
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.thumbnails)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.page_problem)
        layout.addLayout(body, 1)

    def _connect(self) -> None:
        self.thumbnails.currentRowChanged.connect(self._thumbnail_chosen)
        self.thumbnails.verticalScrollBar().valueChanged.connect(self._schedule)
        self.problem_panel.redownload_requested.connect(self.redownload_requested)
        self.page_problem.redownload_requested.connect(self.redownload_requested)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._pump)
        self.pages.wanted_changed.connect(self._schedule)
        self.pages.current_page_changed.connect(self._current_page_changed)
        self.pages.zoom_changed.connect(self._zoom_changed)

    def _tool(self, slot: Callable[[], None], text: str, keys: QKeySequence) -> QToolButton:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def retranslate(self) -> None:
        self.zoom_out_button.defaultAction().setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.zoom_in_button.defaultAction().setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit_width_button.defaultAction().setText(self.tr("Fit width"))
        self.fit_width_button.defaultAction().setToolTip(
            self.tr("Make the page as wide as the window (Ctrl+0)"))
        self.fit_page_button.defaultAction().setText(self.tr("Whole page"))
        self.fit_page_button.defaultAction().setToolTip(
            self.tr("Show the whole page in the window (Ctrl+9)"))
        self.rotate_button.defaultAction().setText(self.tr("Rotate"))
        self.rotate_button.defaultAction().setToolTip(
            self.tr("Turn the pages a quarter clockwise (Ctrl+R)"))
        self.page_label.setText(self.tr("Page"))
        self.page_count.setText(self.tr("of {count}").format(count=len(self.pages.sizes)))
        self.busy.setText(self.tr("Opening the file…"))
        self._zoom_changed(self.pages.zoom)
        if self.problem is not None:
            self._show_problem_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # opening

    def set_report(self, provider: Callable[[], tuple[str, str]] | None) -> None:
        """Where "Report" gets its text and file name (the documents panel knows the
        document; the viewer knows only the file)."""
        self.problem_panel.report.provider = provider
        self.page_problem.report.provider = provider

    def open_file(self, source: Path | bytes) -> None:
        """Show a file (a PDF or an image, told apart by its first bytes): the bytes of one
        decrypted in memory, or a file at a path the person chose."""
        self.close_file()
        self.path = source if isinstance(source, Path) else None
        self._opening += 1
        try:
            if isinstance(source, Path):
                try:
                    source = source.read_bytes()
                except OSError as exc:
                    raise Unreadable("unreadable_file", str(exc)) from exc
            data = source
            self.kind = file_format(data)
            if self.kind == "pdf":
                self._show_pages(PdfPages(data))
                return
        except Unreadable as exc:
            self._fail(exc)
            return
        self.stack.setCurrentWidget(self.busy)
        opening = self._opening

        def inspect() -> list[QSize] | Unreadable:
            try:
                return inspect_image(data)
            except Unreadable as exc:
                return exc

        def inspected(result: list[QSize] | Unreadable) -> None:
            if opening != self._opening:
                return  # another file was opened meanwhile
            if isinstance(result, Unreadable):
                self._fail(result)
            else:
                self._show_pages(ImagePages(data, result, self._tasks))

        self._tasks.run(inspect, on_done=inspected)

    def close_file(self) -> None:
        self._opening += 1
        if self._pages is not None:
            self._pages.rendered.disconnect(self._rendered)
            self._pages.close()
            self._pages = None
        self._in_flight = None
        self.path, self.kind, self.problem = None, None, None
        self.pages.clear()
        self.thumbnails.clear()
        self._thumbs_done.clear()
        self.page_problem.hide()
        self._show_controls(False)

    def _show_pages(self, pages: Pages) -> None:
        self._pages = pages
        pages.rendered.connect(self._rendered)
        self.stack.setCurrentWidget(self.pages)
        count = len(pages.sizes)
        self.pages.set_pages(pages.sizes)
        if count > 1:
            self.pages.fit_width()
        else:
            self.pages.fit_page()
        self.pages.go_to_page(0)
        blank = _on_paper(None)
        for page in range(count):
            item = QListWidgetItem(QIcon(blank), str(page + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbnails.addItem(item)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(count)
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self._show_controls(True)
        self.retranslate()
        self.opened.emit(count)
        self._schedule()

    def _fail(self, problem: Unreadable) -> None:
        log.info("cannot show %s: %s", self.path, problem)
        if self._pages is not None:
            self._pages.rendered.disconnect(self._rendered)
            self._pages.close()
            self._pages = None
        self.problem = problem
        self._show_problem_text()
        self.pages.clear()
        self.thumbnails.clear()
        self._thumbs_done.clear()
        self.page_problem.hide()
        self.stack.setCurrentIndex(1)
        self._show_controls(False)
        self.failed.emit(problem.code)

    def _show_problem_text(self) -> None:
        assert self.problem is not None
        self.problem_panel.message.setText(problem_message(self.problem.code))
        self.page_problem.message.setText(problem_message("damaged_pages"))

    def _show_controls(self, shown: bool) -> None:
        for child in self.toolbar.findChildren(QWidget):
            child.setEnabled(shown)
        several = shown and self.thumbnails.count() > 1
        self.thumbnails.setVisible(several)
        for widget in (self.page_label, self.page_box, self.page_count):
            widget.setVisible(several)
        self.toolbar.setVisible(shown)

    # rendering: one job in flight, the most wanted next

    def _schedule(self) -> None:
        if self._pages is not None and not self._timer.isActive():
            self._timer.start()

    def _next_job(self) -> RenderJob | None:
        jobs = self.pages.wanted()
        if jobs:
            return jobs[0]
        return self._next_thumbnail()

    def _next_thumbnail(self) -> RenderJob | None:
        if not self.thumbnails.isVisible() or self._pages is None:
            return None
        viewport = self.thumbnails.viewport().rect()
        first = self.thumbnails.indexAt(viewport.topLeft() + QPoint(THUMB.width() // 2, 8))
        last = self.thumbnails.indexAt(viewport.bottomLeft() + QPoint(THUMB.width() // 2, -8))
        start = first.row() if first.isValid() else 0
        end = last.row() if last.isValid() else self.thumbnails.count() - 1
        ratio = self.devicePixelRatioF()
        rotation = self.pages.rotation
        for page in range(start, end + 1):
            if self._thumbs_done.get(page) == rotation or page in self.pages.failed:
                continue
            size = self._pages.sizes[page]
            if rotation % 180:
                size = size.transposed()
            scale = min(THUMB.width() / size.width(), THUMB.height() / size.height()) * ratio
            return RenderJob(page, max(1, round(size.width() * scale)),
                             max(1, round(size.height() * scale)), rotation, thumbnail=True)
        return None

    def _pump(self) -> None:
        if self._pumping:
            return
        self._pumping = True
        try:
            while self._pages is not None and self._in_flight is None:
                job = self._next_job()
                if job is None:
                    return
                self._in_flight = job
                self._pages.submit(job)  # inline tasks answer before this returns
        finally:
            self._pumping = False

    def _rendered(self, job: RenderJob, image: QImage) -> None:
        if job == self._in_flight:
            self._in_flight = None
        if self._pages is None:
            return
        image.setDevicePixelRatio(self.devicePixelRatioF())
        if job.thumbnail:
            self._thumbs_done[job.page] = job.rotation
            item = self.thumbnails.item(job.page)
            if item is not None:
                item.setIcon(QIcon(_on_paper(image) if not image.isNull() else _damaged()))
        else:
            self.pages.add_image(job, image)
            if image.isNull():
                item = self.thumbnails.item(job.page)
                if item is not None:
                    item.setIcon(QIcon(_damaged()))
                self._page_failed()
        self._schedule()

    def _page_failed(self) -> None:
        if self.kind != "pdf" and self._pages is not None:
            # An image is one picture: when it cannot be decoded, nothing can be shown.
            detail = self._pages.errors.get(0, "")
            self._fail(Unreadable("damaged_image", detail))
            return
        if self.problem is None:
            self.problem = Unreadable("damaged_pages", ", ".join(
                str(p + 1) for p in sorted(self.pages.failed)))
            self._show_problem_text()
            self.page_problem.show()
            self.failed.emit("damaged_pages")

    # controls follow the view

    def _current_page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.thumbnails.blockSignals(True)
        self.thumbnails.setCurrentRow(page)
        self.thumbnails.blockSignals(False)
        item = self.thumbnails.item(page)
        if item is not None:
            self.thumbnails.scrollToItem(item)

    def _thumbnail_chosen(self, row: int) -> None:
        if row >= 0:
            self.pages.go_to_page(row)

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(zoom * 100)))
        self.zoom_in_button.setEnabled(self._pages is not None and zoom < ZOOM_MAX)
        self.zoom_out_button.setEnabled(self._pages is not None and zoom > ZOOM_MIN)


class DocumentViewerDialog(QDialog):
    """A window around the viewer (not modal: staff compare a scan with the request)."""

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.viewer = DocumentViewer(tasks)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 1000)
        self.title = ""

    def show_file(self, source: Path | bytes, title: str) -> None:
        self.title = title
        self.setWindowTitle(title)
        self.viewer.open_file(source)

    def done(self, result: int) -> None:
        self.viewer.close_file()
        super().done(result)
