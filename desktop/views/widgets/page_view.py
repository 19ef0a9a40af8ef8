"""The scrolling view of a document's pages, one under another.

The GUI thread only paints images that are already rendered, and placeholders for the rest;
the view says which renders it wants, the viewer has them made.
"""

from __future__ import annotations

import bisect
import math
from collections import OrderedDict

from PySide6.QtCore import QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QRegion,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QWidget

from desktop.views.dialogs.document_problem import PROBLEM_COLOUR
from desktop.views.widgets.document_pages import RenderJob

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.1, 4.0, 1.25
MARGIN, GAP = 16, 12
# Larger renders are shown scaled up: a 4x zoom of A4 stays near 57 MB, not a gigabyte.
MAX_RENDER_PIXELS = 16_000_000
# The rendered pages kept, most recently used first; those on screen always stay.
CACHE_BYTES = 256 * 1024 * 1024
SHADOW = QColor(0, 0, 0, 70)


class PageView(QAbstractScrollArea):
    """The pages one under another, painted from rendered images only.

    Signals:
        current_page_changed(int): the page in the middle of the view changed.
        zoom_changed(float): the zoom factor changed (1.0 is 100 %).
        wanted_changed(): other pages came into view, or the zoom or rotation changed.
        first_image_painted(): a rendered page was painted for the first time since
            `set_pages` (what the person waits for).
    """

    current_page_changed = Signal(int)
    zoom_changed = Signal(float)
    wanted_changed = Signal()
    first_image_painted = Signal()

    FIT_WIDTH, FIT_PAGE = "width", "page"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sizes: list[QSizeF] = []
        self.zoom = 1.0
        self.fit: str | None = self.FIT_WIDTH
        self.rotation = 0
        self.current_page = 0
        self.failed: set[int] = set()
        self._rects: list[QRectF] = []
        self._tops: list[float] = []
        self._content = QSizeF(0, 0)
        self._images: OrderedDict[int, tuple[RenderJob, QImage]] = OrderedDict()
        self._image_bytes = 0
        self._painted_once = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setSingleStep(40)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # what is shown

    def set_pages(self, sizes: list[QSizeF]) -> None:
        self.sizes = sizes
        self.rotation = 0
        self.current_page = 0
        self.failed = set()
        self._images.clear()
        self._image_bytes = 0
        self._painted_once = False
        self._relayout(keep_position=False)
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self.viewport().update()
        self.wanted_changed.emit()

    def clear(self) -> None:
        self.set_pages([])

    def set_zoom(self, zoom: float, fit: str | None = None) -> None:
        self.fit = fit
        zoom = min(ZOOM_MAX, max(ZOOM_MIN, zoom))
        if math.isclose(zoom, self.zoom) and self._rects:
            return
        self.zoom = zoom
        self._relayout(keep_position=True)
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self.fit = self.FIT_WIDTH
        self.set_zoom(self._fitted(), self.FIT_WIDTH)

    def fit_page(self) -> None:
        self.fit = self.FIT_PAGE
        self.set_zoom(self._fitted(), self.FIT_PAGE)

    def rotate(self) -> None:
        """A quarter turn clockwise, all pages."""
        self.rotation = (self.rotation + 90) % 360
        page = self.current_page
        if self.fit is not None:
            self.zoom = self._fitted()
            self.zoom_changed.emit(self.zoom)
        self._relayout(keep_position=False)
        self.go_to_page(page)

    def go_to_page(self, page: int) -> None:
        if 0 <= page < len(self._rects):
            self.verticalScrollBar().setValue(int(self._rects[page].top()) - MARGIN)
            self._update_current(force=page)

    # rendered images

    def target(self, page: int) -> RenderJob:
        """The render that shows `page` sharply at the current zoom and rotation."""
        rect = self._rects[page]
        ratio = self.devicePixelRatioF()
        width, height = rect.width() * ratio, rect.height() * ratio
        if width * height > MAX_RENDER_PIXELS:
            shrink = math.sqrt(MAX_RENDER_PIXELS / (width * height))
            width, height = width * shrink, height * shrink
        return RenderJob(page, max(1, round(width)), max(1, round(height)), self.rotation)

    def has_image(self, job: RenderJob) -> bool:
        held = self._images.get(job.page)
        return held is not None and held[0] == job

    def add_image(self, job: RenderJob, image: QImage) -> None:
        if image.isNull():
            self.failed.add(job.page)
        else:
            self.failed.discard(job.page)
            held = self._images.pop(job.page, None)
            if held is not None:
                self._image_bytes -= held[1].sizeInBytes()
            self._images[job.page] = (job, image)
            self._image_bytes += image.sizeInBytes()
            self._evict()
        if job.page < len(self._rects) and self._visible_rect(job.page):
            self.viewport().update()

    def wanted(self) -> list[RenderJob]:
        """Renders still missing: the visible pages from the middle out, then one page
        either side."""
        if not self._rects:
            return []
        first, last = self.visible_pages()
        middle = (first + last) / 2
        pages = sorted(range(first, last + 1), key=lambda p: abs(p - middle))
        pages += [p for p in (last + 1, first - 1) if 0 <= p < len(self._rects)]
        jobs = []
        for page in pages:
            job = self.target(page)
            if page not in self.failed and not self.has_image(job):
                jobs.append(job)
        return jobs

    def visible_pages(self) -> tuple[int, int]:
        if not self._rects:
            return (0, -1)
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        if self._rects[first].bottom() < top and first + 1 < len(self._rects):
            first += 1
        last = max(first, bisect.bisect_right(self._tops, bottom) - 1)
        return first, min(last, len(self._rects) - 1)

    def page_rect(self, page: int) -> QRect:
        """Where `page` is in the viewport now."""
        rect = self._rects[page].translated(-self.horizontalScrollBar().value(),
                                            -self.verticalScrollBar().value())
        return rect.toAlignedRect()

    # layout

    def _display_size(self, page: int) -> QSizeF:
        size = self.sizes[page]
        if self.rotation % 180:
            size = size.transposed()
        # Whole pixels: a render then covers its page exactly and is painted unscaled.
        return QSizeF(max(1, round(size.width() * self.zoom)),
                      max(1, round(size.height() * self.zoom)))

    def _fitted(self) -> float:
        if not self.sizes:
            return 1.0
        room_w = max(50, self.viewport().width() - 2 * MARGIN)
        room_h = max(50, self.viewport().height() - 2 * MARGIN)
        page = min(self.current_page, len(self.sizes) - 1)
        size = self.sizes[page].transposed() if self.rotation % 180 else self.sizes[page]
        widest = max((s.height() if self.rotation % 180 else s.width()) for s in self.sizes)
        if self.fit == self.FIT_PAGE:
            zoom = min(room_w / size.width(), room_h / size.height())
        else:
            zoom = room_w / widest
        return min(ZOOM_MAX, max(ZOOM_MIN, zoom))

    def _relayout(self, *, keep_position: bool) -> None:
        vbar = self.verticalScrollBar()
        old_height = self._content.height()
        anchor = (vbar.value() + self.viewport().height() / 2) / old_height \
            if keep_position and old_height else 0.0
        sizes = [self._display_size(p) for p in range(len(self.sizes))]
        widest = max((s.width() for s in sizes), default=0.0)
        width = max(widest + 2 * MARGIN, float(self.viewport().width()))
        rects, tops, y = [], [], float(MARGIN)
        for size in sizes:
            rect = QRectF((width - size.width()) // 2, y, size.width(), size.height())
            rects.append(rect)
            tops.append(rect.top() - GAP / 2)
            y += size.height() + GAP
        self._rects, self._tops = rects, tops
        self._content = QSizeF(width, y - GAP + MARGIN if rects else 0)
        self._update_scrollbars()
        if keep_position and old_height:
            vbar.setValue(round(anchor * self._content.height()
                                - self.viewport().height() / 2))
        self.viewport().update()
        self._update_current()
        self.wanted_changed.emit()

    def _update_scrollbars(self) -> None:
        viewport = self.viewport().size()
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setRange(0, max(0, math.ceil(self._content.height()) - viewport.height()))
        vbar.setPageStep(viewport.height())
        hbar.setRange(0, max(0, math.ceil(self._content.width()) - viewport.width()))
        hbar.setPageStep(viewport.width())

    def _update_current(self, force: int | None = None) -> None:
        if not self._rects:
            return
        if force is None:
            middle = self.verticalScrollBar().value() + self.viewport().height() / 2
            force = max(0, min(len(self._rects) - 1,
                               bisect.bisect_right(self._tops, middle) - 1))
        if force != self.current_page:
            self.current_page = force
            self.current_page_changed.emit(force)

    def _visible_rect(self, page: int) -> bool:
        return self.page_rect(page).intersects(self.viewport().rect())

    def _evict(self) -> None:
        first, last = self.visible_pages()
        for page in list(self._images):
            if self._image_bytes <= CACHE_BYTES:
                break
            if first <= page <= last:
                continue
            _, image = self._images.pop(page)
            self._image_bytes -= image.sizeInBytes()

    # events

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        self._update_current()
        self.wanted_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit is not None and self.sizes:
            self.zoom = self._fitted()
            self.zoom_changed.emit(self.zoom)
        self._relayout(keep_position=True)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        first, last = self.visible_pages()
        rects = {page: self.page_rect(page) for page in range(first, last + 1)}
        # Each pixel is filled once: the desk between the pages, then the pages (the
        # viewport is opaque, so Qt does not clear it first either).
        desk = QRegion(event.rect())
        for rect in rects.values():
            desk -= QRegion(rect)
        painter.setClipRegion(desk)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Dark))
        painter.setClipping(False)
        painted = False
        for page, rect in rects.items():
            if not rect.intersects(event.rect()):
                continue
            # A shadow on the right and below: two strips, not a blended page-sized fill.
            painter.fillRect(rect.right() + 1, rect.top() + 3, 3, rect.height(), SHADOW)
            painter.fillRect(rect.left() + 3, rect.bottom() + 1, rect.width(), 3, SHADOW)
            held = self._images.get(page)
            if page in self.failed:
                self._paint_message(painter, rect, self.tr("This page cannot be shown."),
                                    QColor(PROBLEM_COLOUR))
            elif held is not None and held[0].rotation == self.rotation:
                if held[1].hasAlphaChannel():  # pdfium leaves unprinted paper transparent
                    painter.fillRect(rect, Qt.GlobalColor.white)
                shown = held[1].deviceIndependentSize()
                if abs(shown.width() - rect.width()) <= 1 \
                        and abs(shown.height() - rect.height()) <= 1:
                    painter.drawImage(rect.topLeft(), held[1])
                else:  # a render at another zoom: scaled for now, sharp when it arrives
                    painter.drawImage(rect, held[1])
                painted = True
            else:
                self._paint_message(painter, rect,
                                    self.tr("Page {page}…").format(page=page + 1),
                                    QColor(128, 128, 128))
        painter.end()
        if painted and not self._painted_once:
            self._painted_once = True
            self.first_image_painted.emit()

    @staticmethod
    def _paint_message(painter: QPainter, rect: QRect, text: str, colour: QColor) -> None:
        painter.fillRect(rect, QColor(255, 255, 255))
        painter.setPen(colour)
        painter.drawText(rect.adjusted(12, 12, -12, -12),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
