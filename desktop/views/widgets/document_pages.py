"""A document's pages: what a file is (by its first bytes), how big its pages are, and the
renderers that make images of them off the GUI thread.

PDF pages are rendered by `QPdfPageRenderer` on its own C++ thread: PySide6 holds the GIL for
the whole of `QPdfDocument.render` (~60 ms for a scanned A4 page), so rendering on a Python
worker would stall the GUI thread as surely as rendering on it. Images are decoded by
`QImageReader` through `Tasks` (its `read()` lets the GIL go), at the size they are shown
(`setScaledSize`: JPEG's decoder scales while it decodes).

pdfium, under QtPdf, is one library-wide lock: while a page renders, any call on a
`QPdfDocument` waits for it. So the GUI thread asks the document for its page sizes once,
when it opens it, and never touches it again until it closes it.

Qt decodes a truncated JPEG without any error (grey below the cut), so a JPEG must end its
last scan with the end-of-image marker to be shown at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, QSizeF, Signal
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QTransform
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer

from desktop.views.dialogs.document_problem import Unreadable
from desktop.views.runtime.tasks import Tasks

# 100 % is a page's real size on a 96 dpi screen.
POINTS_TO_PIXELS = 96 / 72
A4_POINTS = QSizeF(595.0, 842.0)
# More pixels than a 60-megapixel photo cannot be decoded whole within Qt's 256 MB limit.
MAX_IMAGE_PIXELS = 60_000_000


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


def file_format(data: bytes) -> str:
    """The viewer's name for the file's format; raises Unreadable."""
    head = data[:1024]
    if not head:
        raise Unreadable("empty")
    kind = sniff(head)
    if kind is None:
        raise Unreadable("unknown_format", head[:16].hex())
    return kind


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    """A reader over bytes in memory (the stored file is decrypted, never written plain);
    the buffer is returned to be kept alive as long as the reader."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader, buffer


def inspect_image(data: bytes) -> list[QSize]:
    """The size of each page (frame) of an image as shown, EXIF turns applied.

    Raises Unreadable for a truncated JPEG, a header Qt cannot read, or more pixels than
    can be decoded."""
    if file_format(data) == "jpeg" and not jpeg_is_whole(data):
        raise Unreadable("truncated_image", "no end-of-image marker after the last scan")
    reader, _buffer = _reader(data)
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


def decode_image(data: bytes, index: int, size: QSize, rotation: int) -> tuple[QImage, str]:
    """Page `index` of an image at `size` (as shown, after `rotation`), or a null image
    and Qt's reason."""
    reader, _buffer = _reader(data)
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


class Pages(QObject):
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


class PdfPages(Pages):
    def __init__(self, data: bytes) -> None:
        # QPdfDocument reads from the device as it renders: the buffer lives as long.
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        error = document.error()
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
        self._buffer = buffer
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
_RETIRING: set[PdfPages] = set()


class ImagePages(Pages):
    def __init__(self, data: bytes, sizes: list[QSize], tasks: Tasks) -> None:
        super().__init__([QSizeF(size) for size in sizes])
        self._data = data
        self._tasks = tasks
        self._closed = False

    def submit(self, job: RenderJob) -> None:
        data = self._data

        def done(result: tuple[QImage, str]) -> None:
            image, reason = result
            if image.isNull():
                self.errors[job.page] = reason or "the image could not be decoded"
            if not self._closed:
                self.rendered.emit(job, image)

        self._tasks.run(lambda: decode_image(data, job.page, job.size, job.rotation),
                        on_done=done, on_failed=lambda failure: done((QImage(), failure.message)))

    def close(self) -> None:
        self._closed = True
