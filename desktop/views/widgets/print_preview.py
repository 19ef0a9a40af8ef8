"""Print preview, printing (the system's print dialog: printer, pages, copies) and "Export
PDF" of the PDFs the client makes.

Every paper document of the client (a contract with its signatures sheet, an enrollment
order) is a PDF first; this module puts any PDF on paper. QtPdf renders each page at the
printer's resolution (capped: see MAX_RENDER_DPI) and QPainter draws it onto the printer's
page, whose orientation follows the PDF page. QPrintPreviewDialog shows the same painting,
so the preview is exactly what the printer gets; its toolbar also has "Export PDF", which
saves the PDF itself (vector, searchable), not the rendered pages.

Entry points: `print_pdf(parent, pdf, title)`, `export_pdf(parent, pdf, suggested)`, and
`print_signed_contract(...)`, which builds the paper copy of a signed contract first.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QToolBar,
    QWidget,
)

from desktop.services import printing
from desktop.services.printing import SignerBlock, StampLabels
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.files import documents_folder, offer_saved_file
from desktop.views.runtime.tasks import Tasks

if TYPE_CHECKING:
    # reportlab and openpyxl come with it: only when a PDF is saved.
    from desktop.services.files import ExportFailed

# Called by this name, so lupdate finds the strings with their explicit context.
translate = QCoreApplication.translate

CONTEXT = "PrintPreview"
# Text and lines of a 300 dpi raster print as sharp as the eye can tell on office paper; a
# page at a printer's 1200 dpi would take 140 MB of memory for nothing.
MAX_RENDER_DPI = 300

SIGNER_ROLES: dict[str, object] = {
    "parent": QT_TRANSLATE_NOOP("PrintPreview", "Parent (legal representative)"),
    "director": QT_TRANSLATE_NOOP("PrintPreview", "Head of the kindergarten"),
}
ID_LABELS: dict[str, object] = {
    "iin": QT_TRANSLATE_NOOP("PrintPreview", "IIN"),
    "bin": QT_TRANSLATE_NOOP("PrintPreview", "BIN"),
}


class PdfUnreadable(Exception):
    """The bytes are not a PDF that QtPdf can open."""


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def stamp_labels(document: str = "") -> StampLabels:
    """The signatures sheet's texts in the current language; `document` names what was
    signed (e.g. "Contract No. 257062 of 10.02.2025")."""
    return StampLabels(
        title=translate("PrintPreview", "Electronic signatures"),
        document=document,
        hash_heading=translate("PrintPreview", "SHA-256 of the signed file"),
        qr_caption=translate(
            "PrintPreview", "The QR code holds “sha256:” and the SHA-256 of the signed file. "
            "Compare it with the hash of the file you have: if they are equal, this paper was "
            "printed from that file."),
        signer=translate("PrintPreview", "Signer"),
        organisation=translate("PrintPreview", "Organisation"),
        serial=translate("PrintPreview", "Certificate serial number"),
        signed_at=translate("PrintPreview", "Signed at"),
        status=translate("PrintPreview", "Check"),
        time_zone=translate("PrintPreview", "Almaty time"),
        no_signatures=translate("PrintPreview", "The file has no electronic signatures."),
        note=translate(
            "PrintPreview", "A paper copy of an electronically signed document. The signed "
            "file is the original: its signatures can be checked only in the file."),
    )


def role_label(code: str) -> str:
    source = SIGNER_ROLES.get(code)
    return _tr(str(source)) if source is not None else code


def id_label(kind: str) -> str:
    source = ID_LABELS.get(kind.lower())
    return _tr(str(source)) if source is not None else kind


# --- putting a PDF on paper ------------------------------------------------------------------


class PdfPages(QObject):
    """A PDF held in memory, drawn page by page onto a QPrinter through QtPdf."""

    def __init__(self, pdf: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # QPdfDocument reads from the device as it renders: the buffer lives as long.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or \
                self.document.pageCount() < 1:
            raise PdfUnreadable(str(self.document.error()))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_size(self, index: int) -> QSizeF:
        """In points."""
        return self.document.pagePointSize(index)

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """The page indexes (from 0) the printer was asked for, in order."""
        every = list(range(self.page_count))
        if printer.printRange() != QPrinter.PrintRange.PageRange:
            return every
        ranges = printer.pageRanges()
        if ranges.isEmpty():
            return every
        return [index for index in every if ranges.contains(index + 1)]

    def image(self, index: int, dpi: int) -> QImage:
        """The page at `dpi`, on white (QtPdf leaves the paper transparent). Not kept: an A4
        page at 300 dpi is 35 MB, and a preview records what it is drawn anyway."""
        points = self.page_size(index)
        size = QSize(max(1, round(points.width() / 72 * dpi)),
                     max(1, round(points.height() / 72 * dpi)))
        options = QPdfDocumentRenderOptions()
        options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
        rendered = self.document.render(index, size, options)
        page = QImage(size, QImage.Format.Format_RGB32)
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return page

    def print_order(self, printer: QPrinter) -> list[int]:
        """The pages to draw, copies included: a driver that makes copies itself gets each
        page once; otherwise (a PDF, a printer without that) every copy is drawn here,
        whole copies one after another when collated, each page N times when not."""
        pages = self.pages_to_print(printer)
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        if copies == 1:
            return pages
        if printer.collateCopies():
            return pages * copies
        return [index for index in pages for _ in range(copies)]

    def paint(self, printer: QPrinter) -> int:
        """Print the asked-for pages and copies, each fitted to the paper (same size: 1:1)
        and turned as the PDF page is; returns how many pages were printed."""
        pages = self.print_order(printer)
        if not pages:
            return 0
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        printer.setFullPage(True)
        painter = QPainter()
        try:
            for count, index in enumerate(pages):
                points = self.page_size(index)
                printer.setPageOrientation(
                    QPageLayout.Orientation.Landscape if points.width() > points.height()
                    else QPageLayout.Orientation.Portrait)
                if count == 0:
                    if not painter.begin(printer):
                        raise OSError(errno.EIO, translate(
                            "PrintPreview", "The printer could not be started."))
                else:
                    printer.newPage()
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                scale = min(paper.width() / points.width(), paper.height() / points.height())
                width, height = points.width() * scale, points.height() * scale
                target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2,
                                width, height)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, self.image(index, dpi))
        finally:
            if painter.isActive():
                painter.end()
        return len(pages)


def _page_size_of(pages: PdfPages) -> QPageSize:
    points = pages.page_size(0)
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    return QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


class PreviewDialog(QPrintPreviewDialog):
    """QPrintPreviewDialog on a PDF, with "Export PDF" in its toolbar."""

    def __init__(self, pdf: bytes, title: str, suggested: str = "",
                 parent: QWidget | None = None) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self._printer, parent)
        self.pdf = pdf
        self.pages = PdfPages(pdf, self)
        self.suggested = suggested or _file_name(title)
        self._printer.setDocName(title)
        self._printer.setPageSize(_page_size_of(self.pages))
        self.setWindowTitle(title)
        self.paintRequested.connect(self._paint)
        self.print_dialog: QPrintDialog | None = None
        self.saved_message: QMessageBox | None = None
        self._build_actions()
        self.resize(900, 760)

    def _build_actions(self) -> None:
        self.export_action = QAction(translate("PrintPreview", "Export PDF…"), self)
        self.export_action.setToolTip(translate("PrintPreview", "Save this document as a PDF file"))
        self.export_action.triggered.connect(self._export)
        # Our Print… in place of the toolbar's own (its last action): the system's print
        # dialog with the printer, the pages and the copies, which the preview's own leaves
        # to the driver or skips.
        self.print_action = QAction(translate("PrintPreview", "Print…"), self)
        self.print_action.setToolTip(translate(
            "PrintPreview", "Choose the printer, the pages and the number of copies (Ctrl+P)"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.ask_to_print)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            builtin = toolbar.actions()[-1] if toolbar.actions() else None
            if builtin is not None:
                self.print_action.setIcon(builtin.icon())
                builtin.setVisible(False)
            toolbar.addAction(self.print_action)
            toolbar.addSeparator()
            toolbar.addAction(self.export_action)
        else:
            self.addAction(self.print_action)

    @property
    def preview(self) -> QPrintPreviewWidget | None:
        return self.findChild(QPrintPreviewWidget)

    def _paint(self, printer: QPrinter) -> None:
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Put the document on `printer` as it is set (pages, copies); the number of pages
        printed, 0 after a failure, which is said."""
        failed: OSError | None = None
        printed = 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = self.pages.paint(printer)
        except OSError as error:
            failed = error
        finally:
            QApplication.restoreOverrideCursor()
        if failed is not None:
            QMessageBox.warning(self, self.windowTitle(), translate(
                "PrintPreview", "The document was not printed: {reason} Check that the "
                "printer is on and connected, then print again.").format(
                reason=failed.strerror or str(failed)))
        return printed

    def ask_to_print(self) -> QPrintDialog:
        """The system's print dialog (printer, page range, copies); printing follows its OK."""
        if self._printer.outputFormat() == QPrinter.OutputFormat.PdfFormat \
                and not self._printer.outputFileName():
            # No printer installed: Qt prints to a file; offer Documents, not the home folder.
            self._printer.setOutputFileName(str(documents_folder() / self.suggested))
        dialog = QPrintDialog(self._printer, self)
        dialog.setWindowTitle(translate("PrintPreview", "Print {title}").format(
            title=self.windowTitle()))
        dialog.setOptions(QPrintDialog.PrintDialogOption.PrintPageRange
                          | QPrintDialog.PrintDialogOption.PrintCollateCopies
                          | QPrintDialog.PrintDialogOption.PrintToFile)
        dialog.setMinMax(1, self.pages.page_count)
        dialog.accepted.connect(self._print_chosen)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.print_dialog = dialog
        QDialog.open(dialog)  # PySide hides the plain open() behind open(receiver, member)
        return dialog

    def _print_chosen(self) -> None:
        printer = self._printer
        printed = self.print_to(printer)
        # The preview draws through the same printer: back to every page, once.
        printer.setPrintRange(QPrinter.PrintRange.AllPages)
        printer.setCopyCount(1)
        self.print_dialog = None
        if printed:
            self.accept()  # as the preview's own Print: the document went to the printer

    def _export(self) -> None:
        export_pdf(self, self.pdf, self.suggested)


def preview_dialog(parent: QWidget | None, pdf: bytes, title: str,
                   suggested: str = "") -> PreviewDialog:
    """The preview of a PDF, not yet shown (`print_pdf` shows it and waits)."""
    return PreviewDialog(pdf, title, suggested, parent)


def print_pdf(parent: QWidget | None, pdf_bytes: bytes, title: str,
              suggested: str = "") -> bool:
    """Show the print preview of a PDF; True when it was sent to a printer."""
    try:
        dialog = preview_dialog(parent, pdf_bytes, title, suggested)
    except PdfUnreadable:
        QMessageBox.warning(parent, title, translate("PrintPreview",
            "The document cannot be printed: it is not a readable PDF. Make it again; if "
            "this happens again, send the program's report to support."))
        return False
    result = dialog.exec()
    dialog.deleteLater()
    return result == QPrintPreviewDialog.DialogCode.Accepted


# --- saving a PDF ----------------------------------------------------------------------------


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _file_name(title: str) -> str:
    """A file name from a title, safe on Windows."""
    name = _UNSAFE.sub("_", title).strip(" ._") or "document"
    return name[:120] + ".pdf"


def save_failure_reason(error: ExportFailed) -> str:
    """Why a file was not written (services.exports' codes), in one sentence."""
    reasons = {
        "disk_full": translate("PrintPreview", "The disk is full."),
        "not_writable": translate("PrintPreview", "This folder cannot be written to."),
        "no_folder": translate("PrintPreview", "The folder does not exist."),
        "in_use": translate("PrintPreview", "A file of that name is open in another "
                            "program."),
    }
    return reasons.get(error.code, error.detail)


def save_failure_message(error: ExportFailed) -> str:
    """Why a file was not saved where asked, and what to do."""
    if error.path.suffix.lower() != ".pdf":
        return translate(
            "PrintPreview", "The file was not saved as {path}. {reason} Nothing was written "
            "there; choose another folder (for example, Documents) and save again.").format(
            path=str(error.path), reason=save_failure_reason(error))
    return translate(
        "PrintPreview", "The PDF was not saved as {path}. {reason} Nothing was written "
        "there; choose another folder (for example, Documents) and save again.").format(
        path=str(error.path), reason=save_failure_reason(error))


def _start_path(suggested: str) -> str:
    name = Path(suggested).name or "document.pdf"
    if Path(suggested).is_absolute():
        return suggested
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / name)


def export_pdf(parent: QWidget | None, pdf_bytes: bytes, suggested: str) -> Path | None:
    """Ask where to save the PDF and save it; the saved path, or None when the person
    cancelled. A place that cannot be written says why and asks again."""
    return save_file(parent, pdf_bytes, suggested, translate("PrintPreview", "Export PDF"),
                     translate("PrintPreview", "PDF documents (*.pdf)"), ".pdf")


def save_file(parent: QWidget | None, data: bytes | Callable[[], bytes], suggested: str,
              title: str, file_filter: str, suffix: str) -> Path | None:
    """Ask where to save a file and save it (`data`, or what it makes once a place is
    chosen); the saved path, or None when the person cancelled. A place that cannot be
    written says why and asks again."""
    start = _start_path(suggested)
    content: bytes | None = data if isinstance(data, bytes) else None
    while True:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        from desktop.services.files import ExportFailed, write_atomically

        if content is None:
            assert callable(data)
            content = data()
        try:
            write_atomically(path, content)
        except ExportFailed as error:
            QMessageBox.warning(parent, title, save_failure_message(error))
            start = str(path)
            continue
        message = offer_saved_file(parent, path, title, translate(
            "PrintPreview", "The PDF is saved as {path}.").format(path=path))
        if isinstance(parent, PreviewDialog):
            parent.saved_message = message
        return path



# --- a signed contract on paper --------------------------------------------------------------


def print_signed_contract(parent: QWidget | None, tasks: Tasks, signed_pdf: bytes,
                          blocks: Sequence[SignerBlock], document: str,
                          suggested: str = "",
                          on_failed: Callable[[Failure], None] | None = None) -> None:
    """Build the paper copy of a signed contract (its pages, then the signatures sheet)
    off the GUI thread, then show its print preview. `document` names the contract."""
    labels = stamp_labels(document)

    def show(pdf: bytes) -> None:
        print_pdf(parent, pdf, document or labels.title, suggested)

    tasks.run(lambda: printing.printable(signed_pdf, blocks, labels), on_done=show,
              on_failed=on_failed,
              progress_label=translate("PrintPreview", "Preparing the contract for printing…"))
