"""The documents of one request: the six kinds (PMPK only where the parent gave one), each
missing, received, accepted or returned with a comment; its size and whether it is on this
computer; Open, Download again, Cancel, and Report when something went wrong.

Opening a document that is not stored downloads it first, with progress, resuming what an
earlier try left; a stored one is checked against its SHA-256 before it is shown, so a copy
damaged on the disk is fetched again instead of shown. Every failure (the portal lost the
file, the bytes do not verify, the file is over the size limit, the link dropped, the
file cannot be shown) stays on its row as a message with a way out, and "Report" copies or
saves what support needs to look into it.

The request's detail embeds this panel; a methodologist's verdicts are given elsewhere and
call `refresh()` afterwards. `load_documents` reads the cache and is plain Python.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.models import requests
from desktop.models.domain import (
    DOCUMENT_KINDS,
    NOT_UPLOADED,
    REQUIRED_DOCUMENTS,
    DocumentStatus,
)
from desktop.services import vocabulary
from desktop.services.cache import Cache
from desktop.services.documents import (
    DocumentDamaged,
    DocumentError,
    DocumentLost,
    DocumentStore,
    DocumentTooLarge,
    DownloadCancelled,
    DownloadTimedOut,
    HashMismatch,
)
from desktop.services.portal_api import PortalClient, PortalUnreachable
from desktop.views.dialogs.document_problem import PROBLEM_COLOUR, ReportButton, problem_message
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import TaskHandle, Tasks
from desktop.views.widgets.document_viewer import DocumentViewerDialog
from desktop.views.widgets.labels import bold_label

CONTEXT = "DocumentsPanel"

STATUS_COLOURS = {NOT_UPLOADED: "#6b6b6b", DocumentStatus.RECEIVED: "#1f5fa8",
                  DocumentStatus.ACCEPTED: "#2e7d32", DocumentStatus.RETURNED: "#b35c00"}

FORMAT_NAMES = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG",
                "image/tiff": "TIFF"}

# Below this width a row puts its buttons under the size and state, not beside them.
NARROW = 520
# Progress is reported when the percentage moves, not for every 64 KiB chunk.
PROGRESS_STEPS = 100


# Called by this name with literal arguments: the form pyside6-lupdate finds.
translate = QCoreApplication.translate


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def data_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


# what the cache holds


@dataclass(frozen=True)
class DocumentRow:
    """One kind of document of the request, as the cache and the store hold it."""

    kind: str
    document_id: int | None  # None: the parent has not uploaded it
    status: str  # missing, received, accepted, returned (or a newer portal's code)
    comment: str = ""
    sha256: str = ""
    size: int | None = None
    content_type: str = ""
    uploaded_at: datetime | None = None
    stored: bool = False
    partial: int = 0  # bytes of an interrupted download kept for the next try


@dataclass(frozen=True)
class RequestDocuments:
    request_id: int
    number: int | None  # None: the request is not in the cache (any more)
    rows: tuple[DocumentRow, ...]


def load_documents(cache: Cache, store: DocumentStore, request_id: int) -> RequestDocuments:
    """The request's documents in the portal's order: the five required ones always,
    missing or not, and the PMPK conclusion when the parent gave one."""
    details = requests.details(cache, request_id)
    number = details.number if details is not None else None
    documents = {d.kind: d for d in details.documents} if details is not None else {}
    rows = []
    for kind in DOCUMENT_KINDS:
        document = documents.get(kind)
        if document is None:
            if kind in REQUIRED_DOCUMENTS:
                rows.append(DocumentRow(kind, None, NOT_UPLOADED))
            continue
        try:
            digest = document.sha256.lower()
            stored = store.stored(digest) is not None
            partial = 0 if stored else store.partial_size(digest)
        except ValueError:  # not a SHA-256: shown, never fetched under that name
            digest, stored, partial = "", False, 0
        rows.append(DocumentRow(
            kind=kind, document_id=document.id, status=document.status,
            comment=document.comment, sha256=digest, size=document.size,
            content_type=document.content_type, uploaded_at=document.uploaded_at,
            stored=stored, partial=partial))
    # A document of a kind this client does not know yet is still shown, after the rest.
    for kind, document in sorted(documents.items()):
        if kind not in DOCUMENT_KINDS:
            rows.append(DocumentRow(kind, document.id, document.status, document.comment,
                                    document.sha256.lower()))
    return RequestDocuments(request_id, number, tuple(rows))


# what happened to a download or a file


@dataclass
class Problem:
    code: str  # lost, mismatch, too_large, cancelled, timed_out, unreachable, failed,
    #            or a viewer code (damaged_pdf, truncated_image, ...)
    message: str  # translated, for the person
    detail: str  # technical, for the report
    can_retry: bool = True


def download_problem(error: BaseException, failure: Failure | None = None) -> Problem:
    """What a failed download means for the person, and whether trying again may help."""
    detail = f"{type(error).__name__}: {error}"
    if isinstance(error, DocumentDamaged):
        return Problem("damaged_copy", translate(
            "DocumentsPanel",
            "The copy of this document kept on this computer is damaged or can no longer "
            "be decrypted (its key is gone from the system's keyring), so it is not shown. "
            "Download it again."), detail)
    if isinstance(error, DocumentLost):
        return Problem("lost", translate(
            "DocumentsPanel",
            "The portal has no file for this document any more. Report it to the portal's "
            "support, and ask the parent to upload the document again."), detail)
    if isinstance(error, HashMismatch):
        return Problem("mismatch", translate(
            "DocumentsPanel",
            "The file that arrived is not the one the portal listed (its checksum differs), "
            "so it was not kept. Download it again; if this happens again, report it."),
            detail)
    if isinstance(error, DocumentTooLarge):
        return Problem("too_large", translate(
            "DocumentsPanel",
            "This file is {size}, more than the {limit} this program downloads. Return the "
            "document to the parent with a comment asking for a smaller scan, or report "
            "it.").format(size=data_size(error.size), limit=data_size(error.limit)),
            detail, can_retry=False)
    if isinstance(error, DownloadCancelled):
        return Problem("cancelled", translate(
            "DocumentsPanel",
            "Download cancelled. What arrived is kept: opening the document continues from "
            "there."), detail)
    if isinstance(error, DownloadTimedOut):
        return Problem("timed_out", translate(
            "DocumentsPanel",
            "The download took too long and was stopped. What arrived is kept: open the "
            "document again to continue from there."), detail)
    if isinstance(error, PortalUnreachable):
        return Problem("unreachable", translate(
            "DocumentsPanel",
            "The portal cannot be reached. What arrived is kept: open the document again "
            "when the connection returns."), detail)
    if failure is not None and failure.known:
        return Problem("failed", failure.message, detail)
    return Problem("failed", translate(
        "DocumentsPanel",
        "The document could not be downloaded. Download it again; if this happens again, "
        "report it."), detail)


@dataclass(frozen=True)
class _NotFetched:
    """A download that failed as they do on a kindergarten's link, and how much of the
    file is kept for the next try (read on the worker, like the rest of the disk)."""

    error: BaseException
    partial: int


@dataclass
class _Activity:
    """What the panel is doing with one document, or what went wrong with it last."""

    sha256: str
    downloading: bool = False
    done: int = 0
    total: int = 0
    cancel: threading.Event = field(default_factory=threading.Event)
    handle: TaskHandle | None = None
    problem: Problem | None = None


# one row


class DocumentRowWidget(QFrame):
    """One document: its kind, status and comment, size, download state and buttons.

    Signals:
        open_requested(str), redownload_requested(str), cancel_requested(str): the kind.
    """

    open_requested = Signal(str)
    redownload_requested = Signal(str)
    cancel_requested = Signal(str)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.row: DocumentRow | None = None
        self.activity: _Activity | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.title = bold_label(wordWrap=True)
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.comment = QLabel(wordWrap=True)
        self.comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(wordWrap=True)
        self.meta.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.redownload_button = QPushButton()
        self.cancel_button = QPushButton()
        self.report = ReportButton()
        self._build_layout()
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.kind))
        self.redownload_button.clicked.connect(lambda: self.redownload_requested.emit(self.kind))
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(self.kind))

        self.retranslate()

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.status, 0, 1)
        grid.addWidget(self.comment, 1, 0, 1, 2)
        # Beside the size and state when there is room; below them in a narrow detail.
        self.state_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.state_layout.addWidget(self.meta, 1)
        self.state_layout.addWidget(self.progress, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.open_button, self.redownload_button,
                       self.report):
            buttons.addWidget(button)
        self.state_layout.addLayout(buttons)
        grid.addLayout(self.state_layout, 2, 0, 1, 2)
        grid.addWidget(self.problem, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show the document (downloads it first when it "
                                            "is not on this computer)"))
        self.redownload_button.setText(self.tr("Download again"))
        self.redownload_button.setToolTip(self.tr("Throw away the copy on this computer and "
                                                  "download the document afresh"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the download; what arrived is kept"))
        if self.row is not None:
            self.show_row(self.row, self.activity)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        self.state_layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                       else QBoxLayout.Direction.LeftToRight)

    def show_row(self, row: DocumentRow, activity: _Activity | None) -> None:
        self.row, self.activity = row, activity
        self.title.setText(vocabulary.document_kind(row.kind))
        colour = STATUS_COLOURS.get(row.status, "#6b6b6b")
        self.status.setText(vocabulary.document_status(row.status))
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.comment.setText(self.tr("Comment: {comment}").format(comment=row.comment)
                             if row.comment else "")
        self.comment.setVisible(bool(row.comment))
        present = row.document_id is not None and bool(row.sha256)
        downloading = activity is not None and activity.downloading
        problem = activity.problem if activity is not None else None
        self.meta.setText(self._meta(row, activity))
        self.meta.setVisible(not downloading)
        self.progress.setVisible(downloading)
        if downloading and activity is not None:
            self.progress.setValue(activity.done * PROGRESS_STEPS // activity.total
                                   if activity.total else 0)
            self.progress.setFormat(self.tr("{done} of {total}").format(
                done=data_size(activity.done), total=data_size(activity.total))
                if activity.total else self.tr("Starting…"))
        self.problem.setText(problem.message if problem is not None else "")
        self.problem.setVisible(problem is not None)
        self.cancel_button.setVisible(downloading)
        self.open_button.setVisible(present and not downloading)
        self.open_button.setEnabled(problem is None or problem.can_retry)
        self.redownload_button.setVisible(
            present and not downloading and (row.stored or row.partial > 0 or (
                problem is not None and problem.can_retry)))
        self.report.setVisible(present and problem is not None)

    def _meta(self, row: DocumentRow, activity: _Activity | None) -> str:
        if row.document_id is None:
            return self.tr("The parent has not uploaded this document.")
        parts = [FORMAT_NAMES.get(row.content_type, "")]
        if row.size is not None:
            parts.append(data_size(row.size))
        if row.uploaded_at is not None:
            parts.append(self.tr("uploaded {date}").format(
                date=vocabulary.format_datetime(row.uploaded_at)))
        if row.stored:
            parts.append(self.tr("on this computer"))
        elif row.partial and row.size:
            parts.append(self.tr("{done} of {total} downloaded").format(
                done=data_size(row.partial), total=data_size(row.size)))
        else:
            parts.append(self.tr("not downloaded yet"))
        return " · ".join(p for p in parts if p)


# the panel


class DocumentsPanel(QWidget):
    """The documents of one request, with their downloads and the viewer.

    Signals:
        document_opened(int): a document (its id) is shown in the viewer.
        documents_loaded(): the rows were read from the cache (again).
    """

    document_opened = Signal(int)
    documents_loaded = Signal()

    def __init__(self, cache: Cache, store: DocumentStore, tasks: Tasks,
                 client: Callable[[], PortalClient | None], request_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._store = store
        self._tasks = tasks
        self._client = client
        self.request_id = request_id
        self.documents: RequestDocuments | None = None
        self.viewer: DocumentViewerDialog | None = None
        self._viewing: str | None = None  # the kind shown in the viewer
        self._activities: dict[str, _Activity] = {}
        self._widgets: dict[str, DocumentRowWidget] = {}
        self.menu: QMenu | None = None  # the last context menu shown
        self.heading = bold_label()
        self.summary = QLabel()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 4, 0)
        header.addWidget(self.heading)
        header.addWidget(self.summary, 1)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self._rows_layout)
        layout.addStretch(1)
        self.retranslate()
        self.refresh()

    # public

    def set_request(self, request_id: int) -> None:
        for activity in self._activities.values():
            activity.cancel.set()
        self._activities.clear()
        self.request_id = request_id
        self.documents = None
        self.refresh()

    def refresh(self) -> None:
        """Read the rows again (after a sync, or a verdict on a document)."""
        request_id = self.request_id
        self._tasks.run(lambda: load_documents(self._cache, self._store, request_id),
                        on_done=lambda loaded: self._loaded(request_id, loaded))

    def row(self, kind: str) -> DocumentRow | None:
        if self.documents is None:
            return None
        return next((r for r in self.documents.rows if r.kind == kind), None)

    def row_widget(self, kind: str) -> DocumentRowWidget | None:
        return self._widgets.get(kind)

    def problem(self, kind: str) -> Problem | None:
        activity = self._activities.get(kind)
        return activity.problem if activity is not None else None

    def open_document(self, kind: str) -> None:
        """Show the document, downloading it first when it is not stored (or no longer
        verifies)."""
        self._fetch(kind, fresh=False, then_open=True)

    def redownload(self, kind: str) -> None:
        """Forget the stored copy and any partial download, and fetch it afresh."""
        self._fetch(kind, fresh=True, then_open=self._viewing == kind and self._viewer_open())

    def cancel(self, kind: str) -> None:
        activity = self._activities.get(kind)
        if activity is not None and activity.downloading:
            activity.cancel.set()

    def report_text(self, kind: str) -> str:
        """What support needs to look into a document's problem (in English: it is read
        by support, not by the person sending it)."""
        row = self.row(kind)
        activity = self._activities.get(kind)
        problem = activity.problem if activity is not None else None
        number = self.documents.number if self.documents is not None else None
        lines = [
            f"Balabaqsha Desk {__version__}: a problem with a document",
            f"When: {datetime.now(UTC).isoformat(timespec='seconds')}",
            f"Request: id {self.request_id}" + (f", number {number}" if number else ""),
        ]
        if row is not None:
            lines += [
                f"Document: id {row.document_id}, kind {row.kind}, status {row.status}",
                f"File: sha256 {row.sha256 or '?'}, size "
                f"{row.size if row.size is not None else '?'} bytes, "
                f"type {row.content_type or '?'}",
                f"Uploaded: {row.uploaded_at.isoformat() if row.uploaded_at else '?'}",
                f"On this computer: {'yes' if row.stored else 'no'}"
                f"; partial download kept: {row.partial} bytes",
            ]
            if row.comment:
                lines.append(f"Comment: {row.comment}")
        if problem is not None:
            lines += [f"Problem: {problem.code}", f"Detail: {problem.detail}",
                      f"Shown to the person: {problem.message}"]
        else:
            lines.append("Problem: none recorded")
        return "\n".join(lines) + "\n"

    def report_name(self, kind: str) -> str:
        row = self.row(kind)
        return f"document-{row.document_id if row else kind}-report.txt"

    # loading

    def _loaded(self, request_id: int, loaded: RequestDocuments) -> None:
        if request_id != self.request_id:
            return
        self.documents = loaded
        kinds = [row.kind for row in loaded.rows]
        for kind in list(self._widgets):
            if kind not in kinds:
                self._widgets.pop(kind).deleteLater()
        for index, row in enumerate(loaded.rows):
            activity = self._activities.get(row.kind)
            if activity is not None and activity.sha256 != row.sha256 \
                    and not activity.downloading:
                # The parent uploaded a new file: what went wrong with the old one is past.
                del self._activities[row.kind]
            widget = self._widgets.get(row.kind)
            if widget is None:
                widget = DocumentRowWidget(row.kind)
                widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                widget.customContextMenuRequested.connect(
                    lambda point, shown=widget: self.context_menu(shown, point))
                widget.open_requested.connect(self.open_document)
                widget.redownload_requested.connect(self.redownload)
                widget.cancel_requested.connect(self.cancel)
                widget.report.provider = self._reporter(row.kind)
                self._widgets[row.kind] = widget
                self._rows_layout.insertWidget(index, widget)  # the kinds keep their order
            self._show(row.kind)
        self._update_summary()
        self.documents_loaded.emit()

    def _show(self, kind: str) -> None:
        row = self.row(kind)
        widget = self._widgets.get(kind)
        if row is not None and widget is not None:
            widget.show_row(row, self._activities.get(kind))

    def _set_row(self, kind: str, **changes: Any) -> None:
        if self.documents is None:
            return
        rows = tuple(replace(r, **changes) if r.kind == kind else r
                     for r in self.documents.rows)
        self.documents = replace(self.documents, rows=rows)
        self._show(kind)

    def _reporter(self, kind: str) -> Callable[[], tuple[str, str]]:
        return lambda: (self.report_text(kind), self.report_name(kind))

    # downloading

    def _fetch(self, kind: str, *, fresh: bool, then_open: bool) -> None:
        row = self.row(kind)
        if row is None or row.document_id is None or not row.sha256:
            return
        activity = self._activities.get(kind)
        if activity is not None and activity.downloading:
            return
        activity = _Activity(row.sha256, downloading=True, total=row.size or 0)
        self._activities[kind] = activity
        self._show(kind)
        client = self._client()
        store, document_id, digest, size = self._store, row.document_id, row.sha256, row.size
        cancel = activity.cancel

        def work(report: Callable[[Any], None]) -> bytes | _NotFetched | None:
            if fresh:
                store.discard(digest)
            elif store.stored(digest) is not None:
                # Decrypted here, off the window's thread; a damaged copy is reported, not
                # shown, and stays until the person asks for it again.
                try:
                    return store.read(digest) if then_open else None
                except (DocumentDamaged, OSError) as exc:
                    return _NotFetched(exc if isinstance(exc, DocumentDamaged)
                                       else DocumentDamaged(digest, str(exc)), 0)
            if client is None:
                return _NotFetched(PortalUnreachable("working offline: no portal client"),
                                   store.partial_size(digest))
            last = [-1]

            def progress(done: int, total: int) -> None:
                step = done * PROGRESS_STEPS // total if total else 0
                if step != last[0]:
                    last[0] = step
                    report((done, total))

            try:
                store.download(client, document_id, digest, progress=progress,
                               cancelled=cancel.is_set, size=size)
                return store.read(digest) if then_open else None
            except (DocumentError, PortalUnreachable) as exc:
                # Expected on a kindergarten's link: shown on the row, not as a bug.
                return _NotFetched(exc, store.partial_size(digest))

        activity.handle = self._tasks.run(
            work, on_progress=lambda value: self._progressed(kind, activity, value),
            on_done=lambda result: self._fetched(kind, activity, result, then_open),
            on_failed=lambda failure: self._fetch_failed(kind, activity, failure),
            progress_label=self.tr("Downloading {document}").format(
                document=vocabulary.document_kind(kind)))

    def _progressed(self, kind: str, activity: _Activity, value: tuple[int, int]) -> None:
        if self._activities.get(kind) is not activity:
            return
        activity.done, activity.total = value
        self._show(kind)

    def _fetched(self, kind: str, activity: _Activity, result: bytes | _NotFetched | None,
                 then_open: bool) -> None:
        if self._activities.get(kind) is not activity:
            return
        activity.downloading = False
        if isinstance(result, _NotFetched):
            activity.problem = download_problem(result.error)
            self._set_row(kind, stored=False, partial=result.partial)
            return
        self._set_row(kind, stored=True, partial=0)
        if then_open:
            self._open_in_viewer(kind, result)

    def _fetch_failed(self, kind: str, activity: _Activity, failure: Failure) -> None:
        if self._activities.get(kind) is not activity:
            return
        activity.downloading = False
        activity.problem = download_problem(failure.error, failure)
        self._show(kind)

    # the context menu

    def context_menu(self, widget: DocumentRowWidget, point: QPoint) -> QMenu:
        """Open, download again, copy the request's number, print or export the file:
        each off, with why, where the document does not allow it."""
        kind = widget.kind
        row = self.row(kind)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        present = row is not None and row.document_id is not None and bool(row.sha256)
        downloading = widget.activity is not None and widget.activity.downloading
        absent = self.tr("The parent has not uploaded this document.")
        open_action = menu.addAction(self.tr("Open"), lambda: self.open_document(kind))
        again = menu.addAction(self.tr("Download again"), lambda: self.redownload(kind))
        for action in (open_action, again):
            action.setEnabled(present and not downloading)
            action.setToolTip("" if present else absent)
        menu.addSeparator()
        number = self.documents.number if self.documents is not None else None
        copy = menu.addAction(self.tr("Copy the request's number"),
                              lambda: QGuiApplication.clipboard().setText(str(number)))
        copy.setEnabled(number is not None)
        menu.addSeparator()
        path = self._store.stored(row.sha256) if present and row is not None else None
        why = self._why_not_file(row, path)
        title = self.tr("{document} — request №{number}").format(
            document=vocabulary.document_kind(kind), number=number)
        name = f"{vocabulary.document_kind(kind)}-{number}.pdf"
        print_action = menu.addAction(self.tr("Print…"),
                                      lambda: self._print_file(kind, title, name))
        export = menu.addAction(self.tr("Save a copy…"), lambda: self._export_file(kind, name))
        for action in (print_action, export):
            action.setEnabled(not why)
            action.setToolTip(why)
        menu.popup(widget.mapToGlobal(point))
        self.menu = menu
        return menu

    def _why_not_file(self, row: DocumentRow | None, path: Path | None) -> str:
        if row is None or row.document_id is None:
            return self.tr("The parent has not uploaded this document.")
        if path is None:
            return self.tr("The document is not on this computer yet: open it once to "
                           "download it.")
        if row.content_type != "application/pdf":
            return self.tr("Only PDF files are printed and saved from here; open the image "
                           "to look at it.")
        return ""

    def _plain(self, kind: str) -> bytes | None:
        """The stored file decrypted in memory, for a printer or the place the person
        chose: the only plain copies there are. A damaged copy is reported on its row."""
        row = self.row(kind)
        if row is None or not row.sha256:
            return None
        try:
            return self._store.read(row.sha256)
        except (DocumentDamaged, OSError) as exc:
            activity = self._activities.setdefault(kind, _Activity(row.sha256))
            activity.problem = download_problem(
                exc if isinstance(exc, DocumentDamaged) else DocumentDamaged(row.sha256,
                                                                             str(exc)))
            self._set_row(kind, stored=False, partial=0)
            return None

    def _print_file(self, kind: str, title: str, name: str) -> None:
        from desktop.views.widgets.print_preview import print_pdf

        data = self._plain(kind)
        if data is not None:
            print_pdf(self, data, title, name)

    def _export_file(self, kind: str, name: str) -> None:
        from desktop.views.widgets.print_preview import export_pdf

        data = self._plain(kind)
        if data is not None:
            export_pdf(self, data, name)

    # the viewer

    def _viewer_open(self) -> bool:
        return self.viewer is not None and self.viewer.isVisible()

    def _open_in_viewer(self, kind: str, data: bytes | None) -> None:
        row = self.row(kind)
        if row is None or row.document_id is None:
            return
        if self.viewer is None:
            self.viewer = DocumentViewerDialog(self._tasks, self)
            self.viewer.viewer.redownload_requested.connect(self._redownload_viewed)
            self.viewer.viewer.failed.connect(self._viewer_failed)
        self._viewing = kind
        self.viewer.viewer.set_report(self._reporter(kind))
        number = self.documents.number if self.documents is not None else None
        name = vocabulary.document_kind(kind)
        title = self.tr("{document} — request №{number}").format(
            document=name, number=number) if number else name
        self.viewer.show()
        self.viewer.raise_()
        self.viewer.show_file(data or b"", title)
        self.document_opened.emit(row.document_id)

    def _redownload_viewed(self) -> None:
        if self._viewing is not None:
            self.redownload(self._viewing)

    def _viewer_failed(self, code: str) -> None:
        """A file that downloaded and verified but cannot be shown: the row says so too."""
        row = self.row(self._viewing) if self._viewing is not None else None
        if row is None or self.viewer is None:
            return
        activity = self._activities.get(row.kind)
        if activity is None or activity.downloading:
            activity = _Activity(row.sha256)
            self._activities[row.kind] = activity
        shown = self.viewer.viewer.problem
        activity.problem = Problem(code, problem_message(code),
                                   str(shown) if shown is not None else code)
        self._show(row.kind)

    # texts

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Documents"))
        self._update_summary()

    def _update_summary(self) -> None:
        if self.documents is None:
            self.summary.setText("")
            return
        if self.documents.number is None and not any(
                r.document_id for r in self.documents.rows):
            self.summary.setText(self.tr("This request is not in the data on this computer."))
            return
        required = [r for r in self.documents.rows if r.kind in REQUIRED_DOCUMENTS]
        given = sum(1 for r in required if r.document_id is not None)
        accepted = sum(1 for r in required if r.status == DocumentStatus.ACCEPTED)
        self.summary.setText(self.tr("{given} of {required} required received, {accepted} "
                                     "accepted").format(given=given, required=len(required),
                                                        accepted=accepted))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
