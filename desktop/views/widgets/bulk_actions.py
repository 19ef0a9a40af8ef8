"""Bulk actions on the requests list's selection: download their documents ahead, print
their summary sheets, export the list (XLSX, PDF) or the sheets (PDF) to a file.

The list's model holds ids by page, so the selection's ids are read by SQL from its row
ranges (one query a range), off the GUI thread with everything else: reading the rows,
building the file, downloading. Each long run shows a progress dialog after a moment and
can be cancelled; a file is written whole or not at all (`services.exports`), and a failure
says what happened and what to do, in the person's language.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktop.models import kindergarten
from desktop.models.domain import DOCUMENT_KINDS, DocumentStatus, Status
from desktop.models.request_list import RequestFilter
from desktop.services import vocabulary
from desktop.services.cache import Cache
from desktop.services.calendar import PORTAL_TZ
from desktop.views.item_models.requests_model import RequestsModel, utc_now
from desktop.views.runtime.failures import Failure

if TYPE_CHECKING:
    from desktop.services.documents import DocumentStore
    from desktop.services.exports import Labels
    from desktop.services.prefetch import BulkDownload
    from desktop.services.settings import Settings
    from desktop.services.workspace import Workspace
    from desktop.views.widgets.print_preview import PreviewDialog

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "exports/last_folder"
EXTENSIONS = {"xlsx": ".xlsx", "pdf": ".pdf", "sheets": ".pdf"}
# What an export takes: the selected rows, or every row the list's filter shows.
SELECTED, SHOWN = "selected", "shown"


# --- the selection --------------------------------------------------------------------------


def selected_ranges(table: QTableView) -> list[tuple[int, int]]:
    """The selected rows as (first row, number of rows), top to bottom, overlaps merged."""
    model = table.selectionModel()
    if model is None:
        return []
    selection = model.selection()
    spans = sorted((selection.at(i).top(), selection.at(i).bottom())
                   for i in range(selection.count()))
    merged: list[list[int]] = []
    for top, bottom in spans:
        if merged and top <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], bottom)
        else:
            merged.append([top, bottom])
    return [(top, bottom - top + 1) for top, bottom in merged]


def _ids_in_ranges(cache: Cache, f: RequestFilter, ranges: Sequence[tuple[int, int]]
                   ) -> list[int]:
    from desktop.models import queries  # SQLAlchemy, on the worker that reads

    return queries.ids_in_ranges(cache, f, ranges)


# --- the actions ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Saved:
    path: Path
    count: int


@dataclass(frozen=True)
class NotSaved:
    path: Path
    code: str  # ExportFailed's, or "cancelled"


class BulkActions(QObject):
    """The bulk actions of a requests table: QActions for its tool bar and context menu.

    Signals:
        message_posted(str): a short line for the status bar (a file saved, documents
            downloaded).
    """

    message_posted = Signal(str)

    def __init__(self, table: QTableView | None, model: RequestsModel | None,
                 workspace: Workspace, tasks: object | None = None, *,
                 clock: Callable[[], datetime] = utc_now, parent: QWidget | None = None,
                 chosen: Callable[[], list[int]] | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.model = model
        # The other lists of requests (Today, contracts, needs attention) give the ids they
        # show as chosen; the requests list's are read from its selection's row ranges.
        self.chosen = chosen
        self.workspace = workspace
        self.tasks = tasks
        # The window's (it remembers the last export folder); None: not remembered.
        self.settings: Settings | None = None
        self._clock = clock
        self.store: DocumentStore | None = None  # the workspace's, when first needed
        self._parent = parent
        self._cancel = threading.Event()
        self.progress: QProgressDialog | None = None
        self.preview: PreviewDialog | None = None
        self.message_box: QMessageBox | None = None
        self.saved_message: QMessageBox | None = None  # "Saved": open it, or its folder
        self.last_message = ""
        self.sheets_pdf: bytes | None = None

        self._build_actions()
        self._build_export_menu()
        if parent is not None:
            parent.addAction(self.print_action)
        self._build_bar()
        self.retranslate()
        self.update_enabled()

    # building

    def _build_actions(self) -> None:
        self.prefetch_action = QAction(self)
        self.prefetch_action.triggered.connect(self.download_selected)
        self.print_action = QAction(self)
        self.print_action.setShortcut("Ctrl+P")
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_selected)
        self.export_xlsx_action = QAction(self)
        self.export_xlsx_action.triggered.connect(lambda: self.ask_and_export("xlsx"))
        self.export_pdf_action = QAction(self)
        self.export_pdf_action.triggered.connect(lambda: self.ask_and_export("pdf"))
        self.export_sheets_action = QAction(self)
        self.export_sheets_action.triggered.connect(lambda: self.ask_and_export("sheets"))

    def _build_export_menu(self) -> None:
        # The same three for every request the list shows (its filter and search), with
        # no need to select them first: on the requests list only.
        self.export_shown_actions: dict[str, QAction] = {}
        self.export_menu = QMenu(self._parent)
        self.selected_section = self.export_menu.addSection("")
        for action in (self.export_xlsx_action, self.export_pdf_action,
                       self.export_sheets_action):
            self.export_menu.addAction(action)
        self.shown_section = self.export_menu.addSection("")
        self.shown_section.setVisible(self.model is not None)
        if self.model is not None:
            for kind in EXTENSIONS:
                action = QAction(self)
                action.triggered.connect(partial(self.ask_and_export, kind, SHOWN))
                self.export_shown_actions[kind] = action
                self.export_menu.addAction(action)
        self.export_action = self.export_menu.menuAction()

    def _build_bar(self) -> None:
        self.bar = BulkBar(self)
        table, model = self.table, self.model
        if table is not None and model is not None:
            table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            table.selectionModel().selectionChanged.connect(self.update_enabled)
            model.modelReset.connect(self.update_enabled)
            model.layoutChanged.connect(self.update_enabled)
            model.count_changed.connect(lambda _count: self.update_enabled())
        else:
            # Only the requests list shows the bar; elsewhere it goes with its page, hidden.
            self.bar.setParent(self._parent)
            self.bar.hide()

    # texts

    def retranslate(self) -> None:
        self.prefetch_action.setText(self.tr("Download documents"))
        self.prefetch_action.setToolTip(self.tr(
            "Download the selected requests' documents now, to open them later without a "
            "connection"))
        self.print_action.setText(self.tr("Print summaries…"))
        self.print_action.setToolTip(self.tr(
            "Print a summary sheet of each selected request (Ctrl+P)"))
        self.export_menu.setTitle(self.tr("Export"))
        self.export_action.setToolTip(self.tr(
            "Save the selected requests, or all the requests the list shows, to a file")
            if self.model is not None else self.tr("Save the selected requests to a file"))
        self.export_xlsx_action.setText(self.tr("List as Excel (XLSX)…"))
        self.export_pdf_action.setText(self.tr("List as PDF…"))
        self.export_sheets_action.setText(self.tr("Summary sheets as PDF…"))
        for kind, action in self.export_shown_actions.items():
            action.setText({"xlsx": self.export_xlsx_action, "pdf": self.export_pdf_action,
                            "sheets": self.export_sheets_action}[kind].text())
        self._name_sections()
        self.bar.retranslate()

    def labels(self) -> Labels:
        """The files' words in the current language, made on the GUI thread."""
        from desktop.services.exports import Labels

        headings = {
            "number": self.tr("Number"), "child": self.tr("Child"), "iin": self.tr("IIN"),
            "born": self.tr("Born"), "group": self.tr("Group"), "languages": self.tr("Languages"),
            "status": self.tr("Status"), "review": self.tr("Decision"),
            "requested": self.tr("Requested"), "deadline": self.tr("Deadline"),
            "days_left": self.tr("Days left")}
        texts = {
            "list_title": self.tr("Requests"), "page": self.tr("Page {page} of {pages}"),
            "generated": self.tr("Exported {when}"),
            "pending": vocabulary.translated(vocabulary.PENDING_REVIEW,
                                             vocabulary.REVIEW_CONTEXT),
            "unsent": vocabulary.translated(vocabulary.UNSENT, vocabulary.REVIEW_CONTEXT),
            "sheet_title": self.tr("Request №{number}"),
            "printed": self.tr("Printed {when}"), "child": self.tr("Child"), "iin": self.tr("IIN"),
            "born": self.tr("Date of birth"), "parent": self.tr("Parent"), "name": self.tr("Name"),
            "phone": self.tr("Phone"), "application": self.tr("Application"),
            "number": self.tr("Number"), "submitted": self.tr("Submitted"),
            "requested": self.tr("Request received"),
            "languages": self.tr("Languages of education"), "locality": self.tr("Locality"),
            "status": self.tr("Status"), "review": self.tr("Decision"),
            "window": self.tr("Enrollment window"), "voucher_issued": self.tr("Voucher issued"),
            "enroll_by": self.tr("Enroll by"), "days_left": self.tr("Working days left"),
            "extended": self.tr("Extended"), "group": self.tr("Group"),
            "group_name": self.tr("Name", "group"), "ages": self.tr("Ages"),
            "group_language": self.tr("Language"), "documents": self.tr("Documents"),
            "document": self.tr("Document"), "document_status": self.tr("Status"),
            "comment": self.tr("Comment"), "not_uploaded": vocabulary.document_status(None),
            "notes": self.tr("Notes"), "checked_by": self.tr("Checked by"),
            "signature": self.tr("Signature"), "date": self.tr("Date"), "yes": self.tr("Yes"),
            "no": self.tr("No")}
        values = {
            "status": {s.value: vocabulary.request_status(s.value) for s in Status},
            "review": {code: vocabulary.review(code) for code in vocabulary.REVIEWS},
            "language": {code: vocabulary.group_language(code) for code in ("kk", "ru")},
            "document_kind": {kind: vocabulary.document_kind(kind) for kind in DOCUMENT_KINDS},
            "document_status": {s.value: vocabulary.document_status(s.value)
                                for s in DocumentStatus}}
        # The kindergarten's name is read with the rows, on the worker (see _named).
        return Labels(headings=headings, texts=texts, values=values,
                      generated_at=self._clock())

    def _named(self, labels: Labels) -> Labels:
        """`labels` with the kindergarten's name from the cache (on a worker)."""
        workspace = self.workspace
        return replace(labels, kindergarten=kindergarten.name(
            workspace.cache, workspace.kindergarten_id))

    # the selection

    def selected_count(self) -> int:
        if self.chosen is not None:
            return len(self.chosen())
        if self.table is None:
            return 0
        return sum(count for _first, count in selected_ranges(self.table))

    def shown_count(self) -> int:
        """How many requests the list shows (0 for a list without a filter of its own)."""
        if self.model is None or self.model.count_pending:
            return 0
        return self.model.count

    def _name_sections(self) -> None:
        self.selected_section.setText(self.tr("Selected: %n", "", self.selected_count()))
        self.shown_section.setText(self.tr("All shown: %n", "", self.shown_count()))

    def update_enabled(self) -> None:
        count = self.selected_count()
        for action in (self.prefetch_action, self.print_action,
                       self.export_xlsx_action, self.export_pdf_action,
                       self.export_sheets_action):
            action.setEnabled(count > 0)
        shown = self.shown_count()
        for action in self.export_shown_actions.values():
            action.setEnabled(shown > 0)
        self.export_action.setEnabled(count > 0 or shown > 0)
        self._name_sections()
        self.bar.show_count(count)

    def reader(self, scope: str = SELECTED) -> Callable[[], list[int]] | None:
        """What reads the chosen requests' ids (on a worker: the requests list's selection
        is read by SQL), or with SHOWN every request the list shows; None when there are
        none."""
        if scope == SHOWN:
            shown = self.shown_count()
            if self.model is None or not shown:
                return None
            cache, f = self.workspace.cache, self.model.filter
            return lambda: _ids_in_ranges(cache, f, [(0, shown)])
        if self.chosen is not None:
            ids = list(self.chosen())
            return (lambda: ids) if ids else None
        if self.table is None or self.model is None:
            return None
        cache, f, ranges = self.workspace.cache, self.model.filter, selected_ranges(self.table)
        if not ranges:
            return None
        return lambda: _ids_in_ranges(cache, f, ranges)

    def selected_ids(self) -> list[int]:
        read = self.reader()
        return read() if read is not None else []

    def add_to(self, menu: QMenu) -> None:
        """The download, print and export entries, at the end of a list's context menu."""
        menu.addAction(self.prefetch_action)
        menu.addAction(self.print_action)
        menu.addMenu(self.export_menu)

    # downloading ahead

    def download_selected(self) -> None:
        read, cache = self.reader(), self.workspace.cache
        if read is None:
            return
        if self.store is None:
            self.store = self.workspace.documents
        store, client = self.store, self.workspace.client
        cancel = self._start_progress(self.tr("Downloading documents…"))

        def work(report: Callable[[Any], None]) -> BulkDownload:
            from desktop.services.prefetch import download_documents

            ids = read()
            return download_documents(store, client, cache, ids,
                                      lambda done, total: report((done, total)),
                                      cancel.is_set)

        self._run(work, on_done=self._downloaded, on_failed=self._failed,
                  on_progress=self._progressed)

    def _downloaded(self, result: BulkDownload) -> None:
        self._end_progress()
        stored = result.stored
        if result.unreachable:
            self._warn(self.tr("Documents not downloaded"), self.tr(
                "The portal cannot be reached: %n document(s) were not downloaded. Try "
                "again when the connection returns; what arrived is kept.", "",
                result.left))
        elif result.cancelled:
            self.post(self.tr("Download cancelled: %n document(s) downloaded.", "", stored))
        elif result.failed:
            self._warn(self.tr("Some documents were not downloaded"), self.tr(
                "%n document(s) could not be downloaded: the portal no longer has them, "
                "what arrived was damaged, or the file is too large. Open the request to "
                "see which, or ask the parent to upload them again.", "", result.failed))
        elif result.skipped:
            self._warn(self.tr("Some documents were not downloaded"), self.tr(
                "%n document(s) were left out: larger than this program takes, or the "
                "disk is nearly full. Free some space and try again, or open them from "
                "the request.", "", result.skipped))
        elif not result.missing:
            self.post(self.tr("All the documents of the selected requests are on this "
                              "computer already."))
        else:
            self.post(self.tr("%n document(s) downloaded.", "", stored))

    # printing

    def print_selected(self) -> None:
        read, cache = self.reader(), self.workspace.cache
        if read is None:
            return
        labels = self.labels()
        cancel = self._start_progress(self.tr("Preparing the summary sheets…"))

        def work(report: Callable[[Any], None]) -> bytes:
            from desktop.models import requests
            from desktop.services import exports

            sheets = requests.details_of(cache, read())
            return exports.summary_pdf(sheets, self._named(labels),
                                       progress=lambda d, t: report((d, t)),
                                       cancelled=cancel.is_set)

        self._run(work, on_done=self._sheets_ready, on_failed=self._failed,
                  on_progress=self._progressed)

    def _sheets_ready(self, pdf: bytes) -> None:
        # QtPdf, the printing and the PDF writer load when first printed, not at start.
        from desktop.views.widgets.print_preview import PdfUnreadable, preview_dialog

        self._end_progress()
        self.sheets_pdf = pdf
        try:
            preview = preview_dialog(self._parent, pdf, self.tr("Print summary sheets"),
                                     str(self.default_path("sheets").name))
        except PdfUnreadable:
            log.error("the summary sheets' PDF did not load")
            self._warn(self.tr("Not printed"), self.tr(
                "The summary sheets could not be prepared for printing. Try again; if it "
                "happens again, send the program's report to support."))
            return
        preview.finished.connect(lambda _result: self._preview_closed(preview))
        self.preview = preview
        preview.open()

    def _preview_closed(self, preview: PreviewDialog) -> None:
        if self.preview is preview:
            self.preview = None
        preview.deleteLater()

    # exporting

    def default_path(self, kind: str) -> Path:
        folder = self.settings.raw(LAST_FOLDER_KEY) if self.settings is not None else None
        base = Path(str(folder)) if folder else Path.home()
        day = self._clock().astimezone(PORTAL_TZ).date()
        stem = self.tr("summary-sheets") if kind == "sheets" else self.tr("requests")
        return base / f"{stem}-{vocabulary.format_date(day)}{EXTENSIONS[kind]}"

    def ask_and_export(self, kind: str, scope: str = SELECTED) -> None:
        if self.reader(scope) is None:
            return
        filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "pdf": self.tr("PDF document (*.pdf)"),
                   "sheets": self.tr("PDF document (*.pdf)")}
        title = self.tr("Export the requests shown") if scope == SHOWN else \
            self.tr("Export the selected requests")
        chosen, _ = QFileDialog.getSaveFileName(self._parent, title,
                                                str(self.default_path(kind)), filters[kind])
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != EXTENSIONS[kind]:
                path = path.with_name(path.name + EXTENSIONS[kind])
            self.export_to(path, kind, scope)

    def export_to(self, path: Path, kind: str, scope: str = SELECTED) -> None:
        """Write the selection (or, with SHOWN, every request the list shows) to `path` as
        `kind` (xlsx, pdf, sheets), in the background."""
        read, cache = self.reader(scope), self.workspace.cache
        if read is None:
            return
        labels = self.labels()
        if self.settings is not None:
            self.settings.set_raw(LAST_FOLDER_KEY, str(path.parent))
        cancel = self._start_progress(self.tr("Exporting…"))

        def work(report: Callable[[Any], None]) -> Saved | NotSaved:
            from desktop.services import exports
            from desktop.services.exports import ExportCancelled
            from desktop.services.files import ExportFailed

            ids = read()
            try:
                count = exports.export(cache, ids, path, kind, self._named(labels),
                                       progress=lambda d, t: report((d, t)),
                                       cancelled=cancel.is_set)
            except ExportFailed as error:
                log.warning("export to %s failed: %s", path, error)
                return NotSaved(path, error.code)
            except ExportCancelled:
                return NotSaved(path, "cancelled")
            return Saved(path, count)

        self._run(work, on_done=self._exported, on_failed=self._failed,
                  on_progress=self._progressed)

    def _exported(self, outcome: Saved | NotSaved) -> None:
        self._end_progress()
        if isinstance(outcome, Saved):
            text = self.tr("%n request(s) saved to {path}", "", outcome.count).format(
                path=outcome.path)
            self.post(text)
            from desktop.views.runtime.files import offer_saved_file

            self.saved_message = offer_saved_file(self._parent, outcome.path,
                                                  self.tr("Export"), text)
            return
        name = outcome.path.name
        messages = {
            "cancelled": self.tr("The export was cancelled; no file was written."),
            "not_writable": self.tr(
                "{name} could not be saved: this folder does not accept new files. Choose "
                "another folder, such as Documents, and export again.").format(name=name),
            "in_use": self.tr(
                "{name} could not be saved: the file is open in another program. Close it "
                "there, or choose another name, and export again.").format(name=name),
            "disk_full": self.tr(
                "{name} could not be saved: the disk is full. Free some space or choose "
                "another drive, and export again.").format(name=name),
            "no_folder": self.tr(
                "{name} could not be saved: the folder no longer exists (a removed USB "
                "stick?). Choose another folder and export again.").format(name=name),
        }
        message = messages.get(outcome.code, self.tr(
            "{name} could not be saved. Choose another folder or name and export "
            "again.").format(name=name))
        if outcome.code == "cancelled":
            self.post(message)
        else:
            self._warn(self.tr("Not saved"), message)

    # plumbing

    def _run(self, fn: Callable[..., Any], *, on_done: Callable[[Any], None],
             on_failed: Callable[[Failure], None],
             on_progress: Callable[[Any], None]) -> None:
        run = getattr(self.tasks, "run", None)
        if callable(run):
            run(fn, on_done=on_done, on_failed=on_failed, on_progress=on_progress)
            return
        from desktop.views.runtime.failures import describe

        try:
            result = fn(on_progress)
        except Exception as error:
            on_failed(describe(error))
        else:
            on_done(result)

    def _start_progress(self, label: str) -> threading.Event:
        cancel = threading.Event()
        self._cancel = cancel
        self._end_progress()
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(label.rstrip("…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Quick runs finish before it would be read: it shows only if still running then.
        dialog.setMinimumDuration(600)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        self.progress = dialog
        return cancel

    def _progressed(self, value: Any) -> None:
        done, total = value
        if self.progress is not None and total:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, failure: Failure) -> None:
        self._end_progress()
        if failure.known:
            self._warn(self.tr("Not done"), failure.message)

    def post(self, message: str) -> None:
        self.last_message = message
        self.message_posted.emit(message)

    def _warn(self, title: str, message: str) -> None:
        self.last_message = message
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                          self._parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()


class BulkBar(QToolBar):
    """The bulk actions beside the list's title: how many are selected, and the buttons."""

    def __init__(self, bulk: BulkActions) -> None:
        super().__init__()
        self.bulk = bulk
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.count_label = QLabel()
        self.count_label.setContentsMargins(6, 0, 6, 0)
        self.addWidget(self.count_label)
        self.addAction(bulk.prefetch_action)
        self.addAction(bulk.print_action)
        self.export_button = QToolButton()
        self.export_button.setMenu(bulk.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.setAutoRaise(True)
        self.addWidget(self.export_button)
        self._count = 0

    def show_count(self, count: int) -> None:
        self._count = count
        self.export_button.setEnabled(self.bulk.export_action.isEnabled())
        self.count_label.setText(self.tr("%n selected", "", count) if count else "")
        self.count_label.setVisible(bool(count))

    def retranslate(self) -> None:
        self.export_button.setText(self.bulk.export_menu.title())
        self.export_button.setToolTip(self.bulk.export_action.toolTip())
        self.show_count(self._count)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.bulk.retranslate()
        super().changeEvent(event)
