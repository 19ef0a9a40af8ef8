"""Bulk actions on the requests list: the selection's ids read by SQL from its row ranges;
export to a file chosen in the save dialog, with the person's words and a clear message
when it cannot be written; printing the summary sheets through the print preview; and
downloading the selection's documents from a live sandbox, offline included."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, QPoint, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select

from desktop.models.domain import Status
from desktop.models.tables import Document, Kindergarten, StoredFile
from desktop.services.cache import Cache
from desktop.services.documents import DocumentStore
from desktop.services.exports import COLUMNS, TEXT_KEYS, VALUE_KINDS
from desktop.services.settings import Settings
from desktop.services.sync import SyncEngine
from desktop.services.workspace import Workspace
from desktop.views.item_models.requests_model import ID_ROLE
from desktop.views.pages.requests_page import RequestsPage
from desktop.views.runtime.files import SavedMessage
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.print_preview import PdfPages
from tests.support.pdfs import real_pdf
from tests.support.sites import Site
from tests.support.synthetic import NOW
from tests.support.windows import signed_in


def clock() -> datetime:
    return NOW.astimezone(UTC)


def workspace_on(cache: Cache) -> Workspace:
    # Exports and printing read the cache only; no portal is needed.
    client: Any = None
    return Workspace("https://portal.invalid", client, cache, "director", 1, 1, ["director"])


@pytest.fixture
def tasks() -> Tasks:
    return Tasks(inline=True)


@pytest.fixture
def page(qtbot: QtBot, cache: Cache, tasks: Tasks, tmp_path: Path) -> RequestsPage:
    built = RequestsPage(workspace_on(cache), tasks, clock=clock)
    built.bulk.settings = Settings(tmp_path / "settings.ini")
    qtbot.addWidget(built)
    built.resize(1200, 700)
    return built


def select_rows(page: RequestsPage, *spans: tuple[int, int]) -> list[int]:
    """Select rows first..last of each span, as a person does with Shift and Ctrl; the ids
    shown on them."""
    model = page.model
    selection = QItemSelection()
    ids = []
    for first, last in spans:
        selection.select(model.index(first, 0), model.index(last, 0))
        ids += [model.index(row, 0).data(ID_ROLE) for row in range(first, last + 1)]
    page.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    return ids


def test_the_selection_drives_the_bulk_actions(qtbot: QtBot, page: RequestsPage) -> None:
    bulk = page.bulk
    assert not bulk.export_xlsx_action.isEnabled() and not bulk.print_action.isEnabled()
    # Nothing selected, the list shown can still be exported whole.
    assert bulk.export_action.isEnabled() and bulk.export_shown_actions["xlsx"].isEnabled()
    assert not bulk.bar.count_label.isVisibleTo(page)
    select_rows(page, (3, 7), (120, 122), (6, 9))
    # In the list's order, each once, whatever order the rows were picked in.
    order = [page.model.index(row, 0).data(ID_ROLE) for row in [*range(3, 10),
                                                               *range(120, 123)]]
    assert bulk.selected_ids() == order
    assert bulk.bar.count_label.text() == "10 selected"
    for action in (bulk.prefetch_action, bulk.print_action, bulk.export_action,
                   bulk.export_xlsx_action):
        assert action.isEnabled()
    # All of them: the ids come from SQL, not by reading every page into the model.
    page.table.selectAll()
    assert len(bulk.selected_ids()) == page.model.rowCount()
    assert page.model.cached_rows <= 8 * 50
    page.table.clearSelection()
    assert not bulk.print_action.isEnabled()


def test_the_context_menu_offers_the_bulk_actions(qtbot: QtBot, page: RequestsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    select_rows(page, (0, 1))
    page.table.customContextMenuRequested.emit(QPoint(20, 20))
    menu = next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMenu) and w.isVisible())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[-3:] == ["Download documents", "Print summaries…", "Export"]
    menu.close()


def test_export_to_a_chosen_file(qtbot: QtBot, page: RequestsPage, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ids = select_rows(page, (10, 14))
    asked: list[str] = []

    def save_dialog(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str,
                                                                                      str]:
        asked.append(suggested)
        return str(tmp_path / "for the department"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    posted: list[str] = []
    page.bulk.message_posted.connect(posted.append)
    page.bulk.export_xlsx_action.trigger()
    assert asked[0].endswith("requests-06.02.2025.xlsx")
    path = tmp_path / "for the department.xlsx"  # the extension is added
    sheet = load_workbook(path).active
    assert sheet is not None
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [
        int(page.model.index(row, 0).data()) for row in range(10, 15)]
    assert [c.value for c in sheet[1]][:3] == ["Number", "Child", "IIN"]
    assert posted == [f"5 request(s) saved to {path}"]
    assert len(ids) == 5
    # Saved: the file can be opened, or shown in its folder, from the message that says so.
    saved = page.bulk.saved_message
    assert isinstance(saved, SavedMessage) and saved.isVisible()
    assert saved.text() == posted[0] and saved.path == path
    assert saved.open_button.isVisibleTo(saved) and saved.folder_button.isVisibleTo(saved)
    saved.close()
    # The next export suggests the same folder.
    page.bulk.export_pdf_action.trigger()
    assert asked[1] == str(tmp_path / "requests-06.02.2025.pdf")


def test_an_export_that_cannot_be_written_says_why(qtbot: QtBot, page: RequestsPage,
                                                   tasks: Tasks, tmp_path: Path) -> None:
    select_rows(page, (0, 2))
    failures: list[Any] = []
    tasks.task_failed.connect(failures.append)
    page.bulk.export_to(tmp_path / "no such folder" / "requests.xlsx", "xlsx")
    box = page.bulk.message_box
    assert box is not None and box.isVisible()
    assert box.text() == ("requests.xlsx could not be saved: the folder no longer exists (a "
                          "removed USB stick?). Choose another folder and export again.")
    assert box.icon() == QMessageBox.Icon.Warning
    assert failures == []  # a message, not the error dialog of a bug
    assert page.bulk.progress is None
    box.close()


def test_a_cancelled_export_says_so(qtbot: QtBot, page: RequestsPage, tmp_path: Path) -> None:
    select_rows(page, (0, 199))
    bulk = page.bulk
    progressed = bulk._progressed

    def cancel_at_first_report(value: Any) -> None:
        progressed(value)
        assert bulk.progress is not None
        bulk.progress.canceled.emit()  # what its Cancel button, Esc or closing it do

    bulk._progressed = cancel_at_first_report  # type: ignore[method-assign]
    bulk.export_to(tmp_path / "requests.pdf", "pdf")
    assert bulk.last_message == "The export was cancelled; no file was written."
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*part")) == []


def test_the_files_words_cover_every_column_and_text(page: RequestsPage) -> None:
    labels = page.bulk.labels()
    assert set(labels.headings) == set(COLUMNS)
    assert set(TEXT_KEYS) <= set(labels.texts)
    assert set(labels.values) == set(VALUE_KINDS)
    assert set(labels.values["status"]) == {s.value for s in Status}
    assert labels.kindergarten == ""  # the synthetic cache has no kindergarten row
    assert labels.generated_at == clock()


def test_files_carry_the_kindergartens_name(qtbot: QtBot, page: RequestsPage,
                                            tmp_path: Path) -> None:
    cache = page.workspace.cache
    name = "Балабақша «Айгөлек»"
    with cache.write() as session:
        session.add(Kindergarten(id=page.workspace.kindergarten_id, version=1,
                                 bin="123456789012", name=name, data={}))
    try:
        select_rows(page, (0, 2))
        path = tmp_path / "requests.xlsx"
        page.bulk.export_to(path, "xlsx")
        qtbot.waitUntil(path.exists)
        assert load_workbook(path).properties.creator == name
    finally:
        with cache.write() as session:
            session.execute(delete(Kindergarten))


def test_summary_sheets_go_through_the_print_preview(qtbot: QtBot, page: RequestsPage,
                                                     tmp_path: Path) -> None:
    select_rows(page, (0, 2))
    page.bulk.print_selected()
    preview = page.bulk.preview
    assert preview is not None and preview.isVisible()
    assert page.bulk.sheets_pdf is not None
    # The preview paints the sheets on its own printer once the loop runs (after Python
    # has collected what it holds no reference to).
    gc.collect()
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == 3, timeout=10_000)
    preview.resize(1000, 760)
    widget.setZoomFactor(0.8)
    assert not preview.grab().isNull()
    # What the preview's printer receives, printed to a PDF file this time.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    assert PdfPages(page.bulk.sheets_pdf).paint(printer) == 3
    printed = QPdfDocument()
    assert printed.load(str(tmp_path / "printed.pdf")) == QPdfDocument.Error.None_
    assert printed.pageCount() == 3
    size = printed.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (595, 842)  # A4 portrait
    printed.close()
    preview.close()
    qtbot.waitUntil(lambda: page.bulk.preview is None)


# downloading the selection's documents from a live sandbox


@pytest.fixture
def synced(site: Site, profile_dir: Path) -> Iterator[tuple[Workspace, dict[str, Any]]]:
    family, app = site.world.request_at(site.kindergarten)
    for kind in ("form_027u", "birth_certificate"):
        data = real_pdf(20_000)
        site.world.client.upload_document(family.parent, app["id"], kind, data,
                                          "application/pdf")
    _profile, _settings, workspace = signed_in(site, profile_dir)
    SyncEngine(workspace.cache, workspace.client).run_cycle()
    try:
        yield workspace, app
    finally:
        workspace.close()


def test_documents_of_the_selection_are_downloaded(qtbot: QtBot, synced: tuple[
        Workspace, dict[str, Any]], profile_dir: Path) -> None:
    workspace, app = synced
    page = RequestsPage(workspace, Tasks(inline=True), clock=clock)
    qtbot.addWidget(page)
    assert page.select_request(app["id"])
    page.bulk.download_selected()
    assert page.bulk.last_message == "2 document(s) downloaded."
    with workspace.cache.read() as session:
        digests = set(session.scalars(select(Document.sha256).where(
            Document.request_id == app["id"])))
        stored = set(session.scalars(select(StoredFile.sha256)))
    assert digests <= stored
    folder = workspace.documents.folder
    assert folder.is_relative_to(profile_dir)
    assert {p.name for p in folder.iterdir()} >= digests
    page.bulk.download_selected()
    assert page.bulk.last_message == ("All the documents of the selected requests are on "
                                      "this computer already.")


def test_downloading_offline_says_what_was_left(qtbot: QtBot, synced: tuple[
        Workspace, dict[str, Any]]) -> None:
    workspace, _app = synced
    workspace.client._http.base_url = "http://127.0.0.1:9"  # nothing listens there
    page = RequestsPage(workspace, Tasks(inline=True), clock=clock)
    qtbot.addWidget(page)
    page.table.selectAll()
    page.bulk.download_selected()
    box = page.bulk.message_box
    assert box is not None and box.isVisible()
    assert box.text() == ("The portal cannot be reached: 2 document(s) were not downloaded. "
                          "Try again when the connection returns; what arrived is kept.")
    box.close()


def test_files_too_large_for_this_computer_are_left_out_and_said_so(
        qtbot: QtBot, synced: tuple[Workspace, dict[str, Any]], tmp_path: Path) -> None:
    workspace, app = synced
    page = RequestsPage(workspace, Tasks(inline=True), clock=clock)
    qtbot.addWidget(page)
    page.bulk.store = DocumentStore(workspace.cache, tmp_path / "small", max_bytes=1000)
    assert page.select_request(app["id"])
    page.bulk.download_selected()
    box = page.bulk.message_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("2 document(s) were left out: larger than this program "
                                 "takes, or the disk is nearly full.")
    assert list((tmp_path / "small").iterdir()) == []
    box.close()


@pytest.mark.parametrize(("language", "person", "group"),
                         [("ru", "ФИО", "Название"), ("kk", "Аты-жөні", "Атауы")])
def test_a_groups_name_is_not_labelled_as_a_persons(page: RequestsPage, language: str,
                                                    person: str, group: str) -> None:
    switcher = LanguageSwitcher()
    switcher.apply(language)
    labels = page.bulk.labels()
    assert (labels.text("name"), labels.text("group_name")) == (person, group)


class Opened(QObject):
    """Stands in for the desktop's file manager and viewers: QDesktopServices hands it
    every file:// address it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_all_shown_exports_the_filtered_list_without_a_selection(
        qtbot: QtBot, page: RequestsPage, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    index = page.status_filter.findData(Status.CONTRACT_SENT.value)
    page.status_filter.setCurrentIndex(index)
    shown = page.model.count
    assert 0 < shown < 1000
    menu = [a.text() for a in page.bulk.export_menu.actions()]
    assert menu == ["Selected: 0", "List as Excel (XLSX)…", "List as PDF…",
                    "Summary sheets as PDF…", f"All shown: {shown}",
                    "List as Excel (XLSX)…", "List as PDF…", "Summary sheets as PDF…"]
    titles: list[str] = []

    def save_dialog(_parent: Any, title: str, _suggested: str, _filter: str) -> tuple[str,
                                                                                     str]:
        titles.append(title)
        return str(tmp_path / "contracts sent.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    page.bulk.export_shown_actions["xlsx"].trigger()
    assert titles == ["Export the requests shown"]
    path = tmp_path / "contracts sent.xlsx"
    sheet = load_workbook(path).active
    assert sheet is not None
    numbers = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert len(numbers) == shown
    assert numbers[:3] == [int(page.model.index(row, 0).data()) for row in range(3)]
    # Where it went, with the way to it.
    box = page.bulk.saved_message
    assert isinstance(box, SavedMessage) and box.isVisible()
    assert box.text() == f"{shown} request(s) saved to {path}"
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        next(b for b in box.buttons() if b.text() == "Show in folder").click()
        assert opened.urls == [QUrl.fromLocalFile(str(tmp_path))]
        page.bulk.export_shown_actions["xlsx"].trigger()
        again = page.bulk.saved_message
        assert again is not None and again is not box
        next(b for b in again.buttons() if b.text() == "Open file").click()
        assert opened.urls[-1] == QUrl.fromLocalFile(str(path))
    finally:
        QDesktopServices.unsetUrlHandler("file")
