"""The document viewer: scanned PDFs (pages, thumbnails, zoom, rotate) and images (JPEG, PNG,
TIFF: zoom, rotate, fit), with a way out when a file cannot be shown.

The GUI thread only paints images that are already rendered, and placeholders for the rest.
PDF pages are rendered by `QPdfPageRenderer` on its own C++ thread: PySide6 holds the GIL for
the whole of `QPdfDocument.render` (~60 ms for a scanned A4 page), so rendering on a Python
worker would stall the GUI thread as surely as rendering on it. Images are decoded by
`QImageReader` through `Tasks` (its `read()` lets the GIL go), at the size they are shown
(`setScaledSize`: JPEG's decoder scales while it decodes). One render is in flight at a
time and the next is chosen when it ends: the pages on screen first, nearest the middle,
then their neighbours, then the visible thumbnails, so scrolling never waits behind a queue.

pdfium, under QtPdf, is one library-wide lock: while a page renders, any call on a
`QPdfDocument` waits for it. So the GUI thread asks the document for its page sizes once,
when it opens it, and never touches it again until it closes it.

A broken PDF, an image that ends too early or cannot be decoded, a format that is neither:
each is a message in place of the page, with "Download again" and "Report", never an
exception. Qt decodes a truncated JPEG without any error (grey below the cut), so a JPEG
must end its last scan with the end-of-image marker to be shown at all.
"""

from __future__ import annotations

import bisect
import logging
import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QImageIOHandler,
    QImageReader,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QRegion,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.tasks import Tasks
from desktop.views.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "DocumentViewer"

# 100 % is a page's real size on a 96 dpi screen.
POINTS_TO_PIXELS = 96 / 72
A4_POINTS = QSizeF(595.0, 842.0)
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.1, 4.0, 1.25
MARGIN, GAP = 16, 12
THUMB = QSize(84, 119)
# Larger renders are shown scaled up: a 4x zoom of A4 stays near 57 MB, not a gigabyte.
MAX_RENDER_PIXELS = 16_000_000
# The rendered pages kept, most recently used first; those on screen always stay.
CACHE_BYTES = 256 * 1024 * 1024
# More pixels than a 60-megapixel photo cannot be decoded whole within Qt's 256 MB limit.
MAX_IMAGE_PIXELS = 60_000_000
PROBLEM_COLOUR = "#b00020"
SHADOW = QColor(0, 0, 0, 70)

# What went wrong with a file, as the person reads it: what happened, what to do.
PROBLEMS: dict[str, object] = {
    "unknown_format": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This file is neither a PDF nor a JPEG, PNG or TIFF image, so it "
        "cannot be shown. Download it again; if it stays like this, report it."),
    "empty": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This file is empty. Download it again; if it stays empty, ask "
        "the parent to upload the document again."),
    "unreadable_file": QT_TRANSLATE_NOOP(
        "DocumentViewer", "The saved copy of this file cannot be read from the disk. "
        "Download it again."),
    "damaged_pdf": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This PDF is damaged and cannot be shown. Download it again; if "
        "it stays damaged, return it to the parent with a comment asking for a new scan."),
    "password": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This PDF is protected with a password, so it cannot be shown. "
        "Return it to the parent with a comment asking for a file without a password."),
    "no_pages": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This PDF has no pages. Return it to the parent with a comment "
        "asking for the scan."),
    "damaged_pages": QT_TRANSLATE_NOOP(
        "DocumentViewer", "Some pages of this PDF are damaged and cannot be shown. Download "
        "it again; if they stay damaged, return it to the parent with a comment."),
    "truncated_image": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This image is incomplete: the file ends too early. Download it "
        "again; if it stays incomplete, return it to the parent with a comment asking for "
        "a new scan."),
    "damaged_image": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This image is damaged and cannot be shown. Download it again; if "
        "it stays damaged, return it to the parent with a comment asking for a new scan."),
    "image_too_large": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This image has too many pixels to be shown. Return it to the "
        "parent with a comment asking for a smaller scan."),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def problem_message(code: str) -> str:
    return _tr(PROBLEMS.get(code, PROBLEMS["damaged_image"]))


class Unreadable(Exception):
    """A file the viewer cannot show; `code` is a key of PROBLEMS."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# reading files (plain functions: they run on workers)


def sniff(head: bytes) -> str | None:
    """The file's format by its first bytes, whatever its name or declared type."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def jpeg_is_whole(data: bytes) -> bool:
    """Whether the last scan of a JPEG ends with the end-of-image marker.

    Inside entropy-coded data every 0xFF byte is followed by 0x00 or a restart marker, so
    the last start-of-scan marker in the file is the real last scan (an EXIF thumbnail's
    comes before it), and a whole file has an end-of-image marker after it.
    """
    scan = data.rfind(b"\xff\xda")
    return scan >= 0 and data.find(b"\xff\xd9", scan) >= 0


def file_format(path: Path) -> str:
    """The viewer's name for the file's format; raises Unreadable."""
    try:
        with path.open("rb") as source:
            head = source.read(1024)
    except OSError as exc:
        raise Unreadable("unreadable_file", str(exc)) from exc
    if not head:
        raise Unreadable("empty")
    kind = sniff(head)
    if kind is None:
        raise Unreadable("unknown_format", head[:16].hex())
    return kind


def inspect_image(path: Path) -> list[QSize]:
    """The size of each page (frame) of an image file as shown, EXIF turns applied.

    Raises Unreadable for a truncated JPEG, a header Qt cannot read, or more pixels than
    can be decoded."""
    if file_format(path) == "jpeg":
        try:
            whole = jpeg_is_whole(path.read_bytes())
        except OSError as exc:
            raise Unreadable("unreadable_file", str(exc)) from exc
        if not whole:
            raise Unreadable("truncated_image", "no end-of-image marker after the last scan")
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if not reader.canRead():
        raise Unreadable("damaged_image", reader.errorString())
    sizes = []
    for index in range(max(1, reader.imageCount())):
        if index and not reader.jumpToImage(index):
            break
        size = reader.size()
        if not size.isValid() or size.isEmpty():
            raise Unreadable("damaged_image", reader.errorString())
        if size.width() * size.height() > MAX_IMAGE_PIXELS:
            raise Unreadable("image_too_large", f"{size.width()}x{size.height()}")
        if _turned(reader):
            size = size.transposed()
        sizes.append(size)
    return sizes


def _turned(reader: QImageReader) -> bool:
    return bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)


def decode_image(path: Path, index: int, size: QSize, rotation: int) -> tuple[QImage, str]:
    """Page `index` of an image file at `size` (as shown, after `rotation`), or a null image
    and Qt's reason."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if index and not reader.jumpToImage(index):
        return QImage(), reader.errorString()
    upright = size.transposed() if rotation % 180 else size
    reader.setScaledSize(upright.transposed() if _turned(reader) else upright)
    image = reader.read()
    if image.isNull():
        return image, reader.errorString()
    if rotation:
        image = image.transformed(QTransform().rotate(rotation))
    return image, ""


# pages and their renderers


@dataclass(frozen=True)
class RenderJob:
    """One page (or its thumbnail) at a size in device pixels, as shown (after rotation)."""

    page: int
    width: int
    height: int
    rotation: int
    thumbnail: bool = False

    @property
    def size(self) -> QSize:
        return QSize(self.width, self.height)


class _Pages(QObject):
    """A document's pages: their sizes at 100 % (upright) and a renderer.

    Signals:
        rendered(object, object): a RenderJob and its QImage (null when it failed).
    """

    rendered = Signal(object, object)

    def __init__(self, sizes: list[QSizeF]) -> None:
        super().__init__()
        self.sizes = sizes
        self.errors: dict[int, str] = {}

    def submit(self, job: RenderJob) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Stop rendering; a render in flight is finished first."""


class _PdfPages(_Pages):
    def __init__(self, path: Path) -> None:
        document = QPdfDocument()
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_:
            document.close()
            code = "password" if error in (QPdfDocument.Error.IncorrectPassword,
                                          QPdfDocument.Error.UnsupportedSecurityScheme) \
                else "unreadable_file" if error == QPdfDocument.Error.FileNotFound \
                else "damaged_pdf"
            raise Unreadable(code, error.name)
        count = document.pageCount()
        if count <= 0:
            document.close()
            raise Unreadable("no_pages")
        sizes = []
        for page in range(count):
            points = document.pagePointSize(page)
            if points.isEmpty():  # a damaged page: laid out as A4, shown as an error
                points = A4_POINTS
            sizes.append(QSizeF(points.width() * POINTS_TO_PIXELS,
                                points.height() * POINTS_TO_PIXELS))
        super().__init__(sizes)
        self._document = document
        self._renderer = QPdfPageRenderer()
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(document)
        self._renderer.pageRendered.connect(self._page_rendered)
        self._jobs: dict[int, RenderJob] = {}
        self._closing = False

    def submit(self, job: RenderJob) -> None:
        options = QPdfDocumentRenderOptions()
        options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
        options.setRotation({90: QPdfDocumentRenderOptions.Rotation.Clockwise90,
                             180: QPdfDocumentRenderOptions.Rotation.Clockwise180,
                             270: QPdfDocumentRenderOptions.Rotation.Clockwise270,
                             }.get(job.rotation, QPdfDocumentRenderOptions.Rotation.None_))
        request = self._renderer.requestPage(job.page, job.size, options)
        self._jobs[int(request)] = job

    def _page_rendered(self, page: int, size: QSize, image: QImage,
                       options: QPdfDocumentRenderOptions, request: int) -> None:
        job = self._jobs.pop(int(request), None)
        if self._closing:
            if not self._jobs:
                self._release()
            return
        if job is None:
            return
        if image.isNull():
            self.errors[page] = "pdfium could not render the page"
        self.rendered.emit(job, image)

    def close(self) -> None:
        # Deleting the renderer waits for the page its thread is rendering (and the
        # document must outlive that render): with a page in flight, both go when it
        # arrives, so closing never blocks the GUI thread.
        self._closing = True
        if self._jobs:
            _RETIRING.add(self)
        else:
            self._release()

    def _release(self) -> None:
        _RETIRING.discard(self)
        self._renderer.pageRendered.disconnect(self._page_rendered)
        shiboken6.delete(self._renderer)
        self._document.close()
        shiboken6.delete(self._document)


# Closed PDFs whose last page is still rendering: kept alive until it arrives.
_RETIRING: set[_PdfPages] = set()


class _ImagePages(_Pages):
    def __init__(self, path: Path, sizes: list[QSize], tasks: Tasks) -> None:
        super().__init__([QSizeF(size) for size in sizes])
        self._path = path
        self._tasks = tasks
        self._closed = False

    def submit(self, job: RenderJob) -> None:
        path = self._path

        def done(result: tuple[QImage, str]) -> None:
            image, reason = result
            if image.isNull():
                self.errors[job.page] = reason or "the image could not be decoded"
            if not self._closed:
                self.rendered.emit(job, image)

        self._tasks.run(lambda: decode_image(path, job.page, job.size, job.rotation),
                        on_done=done, on_failed=lambda failure: done((QImage(), failure.message)))

    def close(self) -> None:
        self._closed = True


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


# the scrolling page view


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
                self._paint_message(painter, rect, _tr("This page cannot be shown."),
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
                self._paint_message(painter, rect, _tr("Page {page}…").format(page=page + 1),
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


# report and problem widgets (the documents panel uses them too)


class ReportButton(QToolButton):
    """"Report" with Copy and Save: the report's text and file name come from `provider`.

    Signals:
        report_copied(): the report is on the clipboard.
        report_saved(str): the report was written to this file.
    """

    report_copied = Signal()
    report_saved = Signal(str)

    def __init__(self, provider: Callable[[], tuple[str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider = provider
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self.copy_action = menu.addAction("")
        self.save_action = menu.addAction("")
        self.copy_action.triggered.connect(self.copy_report)
        self.save_action.triggered.connect(self._ask_where_to_save)
        self.setMenu(menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Report"))
        self.setToolTip(self.tr("A report of this problem for the portal's support"))
        self.copy_action.setText(self.tr("Copy the report"))
        self.save_action.setText(self.tr("Save the report…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy_report(self) -> None:
        if self.provider is None:
            return
        text, _ = self.provider()
        QGuiApplication.clipboard().setText(text)
        self.report_copied.emit()

    def save_report(self, path: str) -> None:
        if self.provider is None:
            return
        text, _ = self.provider()
        Path(path).write_text(text, encoding="utf-8")
        self.report_saved.emit(path)

    def _ask_where_to_save(self) -> None:
        if self.provider is None:
            return
        _, name = self.provider()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), name,
                                              self.tr("Text files (*.txt)"))
        if not path:
            return
        try:
            self.save_report(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the report"), self.tr(
                "The report could not be saved there ({reason}). Choose another folder, "
                "or copy the report instead.").format(reason=exc.strerror or exc))


class ProblemPanel(QFrame):
    """What went wrong, with "Download again" and "Report".

    Signals:
        redownload_requested(): the person asked for the file again.
    """

    redownload_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("problemPanel")
        self.setStyleSheet(f"#problemPanel {{ border: 1px solid {PROBLEM_COLOUR};"
                           " border-radius: 4px; background: palette(base); }")
        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.redownload = QPushButton()
        self.redownload.clicked.connect(self.redownload_requested)
        self.report = ReportButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.redownload)
        buttons.addWidget(self.report)
        if compact:
            layout: QHBoxLayout | QVBoxLayout = QHBoxLayout(self)
            layout.addWidget(self.message, 1)
            layout.addLayout(buttons)
        else:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(16, 14, 16, 12)
            layout.addWidget(self.message)
            layout.addLayout(buttons)
            # A wrapped label in a centred box asks for little width: give it a page's.
            self.setFixedWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.redownload.setText(self.tr("Download again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# the viewer


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
        self._pages: _Pages | None = None
        self._in_flight: RenderJob | None = None
        self._pumping = False
        self._opening = 0  # which open() the image inspection answers
        self._thumbs_done: dict[int, int] = {}  # page -> rotation of its thumbnail
        self.pages = PageView()
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
        self.thumbnails.currentRowChanged.connect(self._thumbnail_chosen)
        self.thumbnails.verticalScrollBar().valueChanged.connect(self._schedule)
        self.problem_panel = ProblemPanel()
        self.problem_panel.redownload_requested.connect(self.redownload_requested)
        self.page_problem = ProblemPanel(compact=True)
        self.page_problem.redownload_requested.connect(self.redownload_requested)
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
        self._build_toolbar()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.thumbnails)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.page_problem)
        layout.addLayout(body, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._pump)
        self.pages.wanted_changed.connect(self._schedule)
        self.pages.current_page_changed.connect(self._current_page_changed)
        self.pages.zoom_changed.connect(self._zoom_changed)
        self.retranslate()
        self._show_controls(False)

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

    def open_file(self, path: Path) -> None:
        """Show the file at `path` (a PDF or an image, told apart by its first bytes)."""
        self.close_file()
        self.path = path
        self._opening += 1
        try:
            self.kind = file_format(path)
            if self.kind == "pdf":
                self._show_pages(_PdfPages(path))
                return
        except Unreadable as exc:
            self._fail(exc)
            return
        self.stack.setCurrentWidget(self.busy)
        opening = self._opening

        def inspect() -> list[QSize] | Unreadable:
            try:
                return inspect_image(path)
            except Unreadable as exc:
                return exc

        def inspected(result: list[QSize] | Unreadable) -> None:
            if opening != self._opening:
                return  # another file was opened meanwhile
            if isinstance(result, Unreadable):
                self._fail(result)
            else:
                self._show_pages(_ImagePages(path, result, self._tasks))

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

    def _show_pages(self, pages: _Pages) -> None:
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

    def show_file(self, path: Path, title: str) -> None:
        self.title = title
        self.setWindowTitle(title)
        self.viewer.open_file(path)

    def done(self, result: int) -> None:
        self.viewer.close_file()
        super().done(result)
