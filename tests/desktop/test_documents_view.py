"""The documents of a request and the viewer: the panel against a live sandbox over loopback
(real downloads, resumed, verified, refused), the viewer on real scans and on every kind of
bad file, each ending in a message with a way out and never in an exception."""

from __future__ import annotations

import hashlib
import io
import os
import random
import sqlite3
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import keyring
import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from desktop.models.tables import Document, StoredFile
from desktop.services import credentials, vocabulary
from desktop.services.documents import DocumentStore
from desktop.services.portal_api import PortalClient
from desktop.views.dialogs.document_problem import Unreadable
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.document_pages import PdfPages, RenderJob, jpeg_is_whole, sniff
from desktop.views.widgets.document_viewer import DocumentViewer
from desktop.views.widgets.documents_panel import DocumentsPanel, data_size
from desktop.views.widgets.page_view import PageView
from portal_sandbox.scans import scan_jpeg, scan_pdf, scan_png
from tests.support.pdfs import real_pdf
from tests.support.sandbox import start_sandbox, stop_sandbox
from tests.support.sync_desks import Desk, Kindergarten, Wire, kindergarten, sign_in
from tests.support.world import PASSWORD

FIELDS = {"Ф.И.О.": "Сейткали Нұрсұлтан Нұрланұлы", "Дата рождения": "15.03.2021"}
CONTENT = "/content"


def pdf_with_a_damaged_page() -> bytes:
    """Three pages; the second one's dictionary is not a page any more."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    for page in range(3):
        canvas.drawString(100, 700, f"page {page + 1}")
        canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    second = data.index(b"/Type /Page\n", data.index(b"/Type /Page\n") + 1)
    return data[:second] + b"/Type /Xage\n" + data[second + 12:]


def pdf_without_pages() -> bytes:
    data = real_pdf()
    return data.replace(b"<< /Type /Catalog /Pages 2 0 R >>",
                        b"<< /Type /Catalog /Pagez 2 0 R >>")


def png_with_garbled_pixels() -> bytes:
    """A PNG whose IDAT is noise with a correct CRC: its structure checks out, its pixels
    do not decode."""
    data = bytearray(scan_png("form_052_2u", FIELDS, random.Random(2)))
    start = data.index(b"IDAT")
    length = int.from_bytes(data[start - 4:start], "big")
    noise = random.Random(5).randbytes(length)
    data[start + 4:start + 4 + length] = noise
    crc = zlib.crc32(b"IDAT" + noise).to_bytes(4, "big")
    data[start + 4 + length:start + 8 + length] = crc
    return bytes(data)


def test_a_pdf_that_does_not_load_is_damaged(tmp_path: Path) -> None:
    """What a portal should never serve, but the desk may still meet (a file damaged on
    this computer): `damaged_pdf`."""
    with pytest.raises(Unreadable) as caught:
        PdfPages(b"%PDF-1.4\n" + random.Random(1).randbytes(5000))
    assert caught.value.code == "damaged_pdf"


def pdf_with_a_password() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4,
                    encrypt=StandardEncryption("secret", canPrint=0))
    canvas.drawString(100, 700, "private")
    canvas.save()
    return buffer.getvalue()


def tiff_of_two_pages() -> bytes:
    pages = [Image.new("RGB", (300, 420), colour) for colour in ("white", "lightgrey")]
    buffer = io.BytesIO()
    pages[0].save(buffer, format="TIFF", save_all=True, append_images=pages[1:])
    return buffer.getvalue()


def jpeg_turned_by_exif() -> bytes:
    """A landscape-stored JPEG whose EXIF says: show it turned a quarter (portrait)."""
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    buffer = io.BytesIO()
    Image.new("RGB", (400, 200), "white").save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


# the scene: a request at a kindergarten on the live sandbox, with documents uploaded


@dataclass
class Scene:
    kg: Kindergarten
    desk: Desk
    wire: Wire
    store: DocumentStore
    tasks: Tasks
    files: dict[str, bytes]

    @property
    def request_id(self) -> int:
        return int(self.kg.apps[0]["id"])

    def upload(self, kind: str, data: bytes, content_type: str) -> None:
        self.kg.sandbox.upload_document(self.kg.families[0].parent, self.request_id, kind,
                                        data, content_type)
        self.files[kind] = data
        self.desk.sync()

    def review(self, name: str, args: dict[str, Any]) -> None:
        staff = self.kg.sandbox.login(self.kg.site.methodologist_login, PASSWORD)
        result = self.kg.site.world.mutate(staff, name, {"request_id": self.request_id,
                                                         **args})
        assert result["outcome"] == "applied", result
        self.desk.sync()

    def document(self, kind: str) -> Document:
        with self.desk.cache.read() as session:
            return session.scalars(select(Document).where(
                Document.request_id == self.request_id, Document.kind == kind)).one()

    def panel(self, qtbot: QtBot, client: PortalClient | str | None = "online"
              ) -> DocumentsPanel:
        chosen = self.desk.client if client == "online" else client
        panel = DocumentsPanel(self.desk.cache, self.store, self.tasks,
                               lambda: chosen if isinstance(chosen, PortalClient) else None,
                               self.request_id)
        qtbot.addWidget(panel)
        panel.resize(560, 700)
        panel.show()
        return panel

    def content_requests(self) -> list[int]:
        return [e.status for e in self.wire.log if e.path.endswith(CONTENT)]


@pytest.fixture
def scene(sandbox: str, tmp_path: Path) -> Iterator[Scene]:
    kg = kindergarten(sandbox, requests=1)
    wire = Wire()
    folder = tmp_path / "desk"
    folder.mkdir()
    desk = Desk(folder, sign_in(sandbox, kg.site.director_login, wire))
    store = DocumentStore(desk.cache, tmp_path / "documents")
    made = Scene(kg, desk, wire, store, Tasks(inline=True), {})
    rng = random.Random(5)
    made.upload("form_027u", scan_pdf("form_027u", FIELDS, rng, pages=3), "application/pdf")
    made.upload("birth_certificate", scan_jpeg("birth_certificate", FIELDS, rng),
                "image/jpeg")
    made.upload("parent_id", scan_png("parent_id", FIELDS, rng), "image/png")
    made.upload("form_065u", scan_pdf("form_065u", FIELDS, rng), "application/pdf")
    made.review("accept_documents", {"kinds": ["birth_certificate"]})
    made.review("return_documents", {"comments": {"form_065u": "Печать неразборчива"}})
    wire.log.clear()
    try:
        yield made
    finally:
        desk.close()
        kg.sandbox.close()
        wire.close()


def close_viewer(panel: DocumentsPanel) -> None:
    if panel.viewer is not None:
        panel.viewer.done(0)


def shown(panel: DocumentsPanel) -> DocumentViewer:
    assert panel.viewer is not None and panel.viewer.isVisible()
    return panel.viewer.viewer


def wait_first_page(qtbot: QtBot, viewer: DocumentViewer) -> None:
    qtbot.waitUntil(lambda: bool(viewer.pages.sizes)
                    and viewer.pages.has_image(viewer.pages.target(0)), timeout=10000)


# the panel


def test_the_panel_lists_each_kind_with_status_comment_and_size(scene: Scene,
                                                                qtbot: QtBot) -> None:
    panel = scene.panel(qtbot)
    assert panel.documents is not None and panel.documents.number == scene.kg.apps[0]["number"]
    rows = {row.kind: row for row in panel.documents.rows}
    # PMPK only where the parent gave one; the five required ones always.
    assert list(rows) == ["form_027u", "birth_certificate", "parent_id", "form_052_2u",
                          "form_065u"]
    assert {k: r.status for k, r in rows.items()} == {
        "form_027u": "received", "birth_certificate": "accepted", "parent_id": "received",
        "form_052_2u": "missing", "form_065u": "returned"}
    assert rows["form_065u"].comment == "Печать неразборчива"
    assert rows["form_027u"].size == len(scene.files["form_027u"])
    assert not any(row.stored for row in rows.values())

    returned = panel.row_widget("form_065u")
    assert returned is not None
    assert returned.status.text() == "Returned for correction"
    assert returned.comment.text() == "Comment: Печать неразборчива"
    received = panel.row_widget("form_027u")
    assert received is not None and received.open_button.isVisible()
    assert data_size(len(scene.files["form_027u"])) in received.meta.text()
    assert "not downloaded yet" in received.meta.text()
    assert not received.report.isVisible() and not received.redownload_button.isVisible()
    missing = panel.row_widget("form_052_2u")
    assert missing is not None and not missing.open_button.isVisible()
    assert missing.meta.text() == "The parent has not uploaded this document."
    assert panel.summary.text() == "4 of 5 required received, 1 accepted"
    assert scene.content_requests() == []  # nothing is downloaded before it is asked for

    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert received.open_button.text() == "Open" and panel.heading.text() == "Documents"

    scene.upload("pmpk", scan_pdf("pmpk", FIELDS, random.Random(9)), "application/pdf")
    with qtbot.waitSignal(panel.documents_loaded):
        panel.refresh()
    assert [row.kind for row in panel.documents.rows][-1] == "pmpk"
    pmpk = panel.row_widget("pmpk")
    assert pmpk is not None and pmpk.title.text() == vocabulary.document_kind("pmpk")


def test_opening_downloads_with_progress_and_shows_the_pdf(scene: Scene, qtbot: QtBot) -> None:
    panel = scene.panel(qtbot)
    widget = panel.row_widget("form_027u")
    assert widget is not None
    seen: list[int] = []
    widget.progress.valueChanged.connect(seen.append)
    document = scene.document("form_027u")
    with qtbot.waitSignal(panel.document_opened) as opened:
        qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [document.id]
    assert seen and seen[-1] == 100
    assert scene.content_requests() == [200]
    row = panel.row("form_027u")
    assert row is not None and row.stored and row.partial == 0
    assert "on this computer" in widget.meta.text()
    assert scene.store.stored(document.sha256) is not None
    assert panel.viewer is not None and panel.viewer.isVisible()
    viewer = panel.viewer.viewer
    assert viewer.kind == "pdf" and len(viewer.pages.sizes) == 3 and viewer.problem is None
    assert "request №" in panel.viewer.windowTitle()
    assert viewer.thumbnails.count() == 3 and viewer.page_count.text() == "of 3"
    wait_first_page(qtbot, viewer)
    close_viewer(panel)

    # Stored: it opens again without the portal, from the disk.
    offline = scene.panel(qtbot, client=None)
    with qtbot.waitSignal(offline.document_opened):
        offline.open_document("form_027u")
    assert scene.content_requests() == [200]
    close_viewer(offline)


def test_a_cancelled_download_keeps_what_arrived_and_resumes(scene: Scene,
                                                           qtbot: QtBot) -> None:
    panel = scene.panel(qtbot)
    widget = panel.row_widget("birth_certificate")
    assert widget is not None

    def cancel_once(value: int) -> None:
        if value > 0:
            widget.progress.valueChanged.disconnect(cancel_once)
            widget.cancel_button.click()

    widget.progress.valueChanged.connect(cancel_once)
    panel.open_document("birth_certificate")
    problem = panel.problem("birth_certificate")
    assert problem is not None and problem.code == "cancelled"
    assert widget.problem.text() == problem.message and widget.problem.isVisible()
    row = panel.row("birth_certificate")
    assert row is not None and row.size is not None
    assert not row.stored and 0 < row.partial < row.size
    assert "downloaded" in widget.meta.text()
    assert panel.viewer is None

    scene.wire.log.clear()
    with qtbot.waitSignal(panel.document_opened):
        widget.open_button.click()
    [exchange] = [e for e in scene.wire.log if e.path.endswith(CONTENT)]
    assert exchange.status == 206
    assert exchange.request_headers["range"] == f"bytes={row.partial}-"
    assert panel.problem("birth_certificate") is None
    assert scene.store.stored(row.sha256) is not None
    assert scene.store.read(row.sha256) == scene.files["birth_certificate"]
    viewer = shown(panel)
    assert viewer.kind == "jpeg" and not viewer.thumbnails.isVisible()
    wait_first_page(qtbot, viewer)
    close_viewer(panel)


def test_the_downloaded_file_is_encrypted_only_its_user_reads_it_and_it_still_shows(
        scene: Scene, qtbot: QtBot) -> None:
    panel = scene.panel(qtbot)
    with qtbot.waitSignal(panel.document_opened):
        panel.open_document("form_027u")
    viewer = shown(panel)
    assert viewer.kind == "pdf" and len(viewer.pages.sizes) == 3
    wait_first_page(qtbot, viewer)
    close_viewer(panel)
    path = scene.store.path(scene.document("form_027u").sha256)
    on_disk = path.read_bytes()
    assert b"%PDF" not in on_disk and scene.files["form_027u"][:64] not in on_disk
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    # nothing plain is left beside it either
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_a_tampered_stored_copy_is_reported_as_damaged_not_shown(scene: Scene,
                                                                 qtbot: QtBot) -> None:
    panel = scene.panel(qtbot)
    with qtbot.waitSignal(panel.document_opened):
        panel.open_document("parent_id")
    close_viewer(panel)
    digest = scene.document("parent_id").sha256
    path = scene.store.path(digest)
    sealed = bytearray(path.read_bytes())
    sealed[200] ^= 0x40  # changed on this disk after it was stored
    path.write_bytes(bytes(sealed))
    scene.wire.log.clear()
    panel.viewer = None
    panel.open_document("parent_id")
    problem = panel.problem("parent_id")
    assert problem is not None and problem.code == "damaged_copy" and problem.can_retry
    assert "Download it again" in problem.message
    assert panel.viewer is None and scene.content_requests() == []
    widget = panel.row_widget("parent_id")
    assert widget is not None and widget.redownload_button.isVisible()
    assert widget.problem.text() == problem.message
    # "Download again" fetches it afresh and shows it
    panel.redownload("parent_id")
    assert scene.content_requests() == [200] and panel.problem("parent_id") is None
    assert scene.store.read(digest) == scene.files["parent_id"]
    with qtbot.waitSignal(panel.document_opened):
        panel.open_document("parent_id")
    wait_first_page(qtbot, shown(panel))
    close_viewer(panel)


def test_a_plain_copy_of_an_older_version_is_encrypted_and_still_opens(
        scene: Scene, qtbot: QtBot) -> None:
    digest = scene.document("form_065u").sha256
    path = scene.store.path(digest)
    path.write_bytes(scene.files["form_065u"])  # as an older version kept it
    with scene.desk.cache.write() as session:
        session.add(StoredFile(sha256=digest, size=path.stat().st_size,
                               stored_at=datetime.now(UTC)))
    panel = scene.panel(qtbot, client=None)  # offline: it cannot be fetched again
    with qtbot.waitSignal(panel.document_opened):
        panel.open_document("form_065u")
    wait_first_page(qtbot, shown(panel))
    close_viewer(panel)
    assert b"%PDF" not in path.read_bytes() and scene.content_requests() == []


def test_a_documents_key_lost_from_the_keyring_means_download_again(
        scene: Scene, qtbot: QtBot) -> None:
    panel = scene.panel(qtbot)
    with qtbot.waitSignal(panel.document_opened):
        panel.open_document("form_027u")
    close_viewer(panel)
    keyring.delete_password(credentials.SERVICE, f"documents:{scene.store.folder.name}")
    scene.store = DocumentStore(scene.desk.cache, scene.store.folder)  # a new start
    again = scene.panel(qtbot)
    again.open_document("form_027u")
    problem = again.problem("form_027u")
    assert problem is not None and problem.code == "damaged_copy"
    assert again.viewer is None
    with qtbot.waitSignal(again.document_opened):
        again.redownload("form_027u")
        again.open_document("form_027u")
    wait_first_page(qtbot, shown(again))
    close_viewer(again)


def test_a_file_whose_digest_does_not_match_is_refused_with_a_way_out(scene: Scene,
                                                                      qtbot: QtBot) -> None:
    other = hashlib.sha256(b"what the manifest said").hexdigest()
    with scene.desk.cache.write() as session:
        row = session.get(Document, scene.document("form_027u").id)
        assert row is not None
        row.sha256 = other
    panel = scene.panel(qtbot)
    panel.open_document("form_027u")
    problem = panel.problem("form_027u")
    assert problem is not None and problem.code == "mismatch" and problem.can_retry
    assert "checksum" in problem.message
    widget = panel.row_widget("form_027u")
    assert widget is not None
    assert widget.report.isVisible() and widget.redownload_button.isVisible()
    assert panel.viewer is None
    assert list(scene.store.folder.iterdir()) == []
    with scene.desk.cache.read() as session:
        assert session.scalars(select(StoredFile)).all() == []
    assert "HashMismatch" in panel.report_text("form_027u")


def test_a_file_over_the_limit_is_refused_before_it_is_downloaded(scene: Scene,
                                                                  qtbot: QtBot) -> None:
    # A 200 MB scan, as the portal's manifest gives it: nothing is asked of the portal.
    document = scene.document("form_027u")
    with scene.desk.cache.write() as session:
        row = session.get(Document, document.id)
        assert row is not None
        row.data = {**row.data, "size": 200 * 1024 * 1024}
    panel = scene.panel(qtbot)
    panel.open_document("form_027u")
    problem = panel.problem("form_027u")
    assert problem is not None and problem.code == "too_large" and not problem.can_retry
    assert data_size(200 * 1024 * 1024) in problem.message
    assert data_size(50 * 1024 * 1024) in problem.message
    assert scene.content_requests() == []
    widget = panel.row_widget("form_027u")
    assert widget is not None
    assert widget.report.isVisible() and not widget.redownload_button.isVisible()
    assert not widget.open_button.isEnabled()

    # A manifest that understates the size: the response's length gives it away.
    small = DocumentStore(scene.desk.cache, scene.store.folder, max_bytes=100_000)
    jpeg = scene.document("birth_certificate")
    assert len(scene.files["birth_certificate"]) > 100_000
    with scene.desk.cache.write() as session:
        row = session.get(Document, jpeg.id)
        assert row is not None
        row.data = {**row.data, "size": 1000}
    panel = DocumentsPanel(scene.desk.cache, small, scene.tasks, lambda: scene.desk.client,
                           scene.request_id)
    qtbot.addWidget(panel)
    panel.open_document("birth_certificate")
    problem = panel.problem("birth_certificate")
    assert problem is not None and problem.code == "too_large"
    assert scene.content_requests() == [200]
    assert small.partial_size(jpeg.sha256) == 0 and list(small.folder.iterdir()) == []


@pytest.mark.live
def test_a_document_the_portal_lost_is_reported(tmp_path: Path, qtbot: QtBot) -> None:
    process, url = start_sandbox(tmp_path / "portal", None)
    kg = kindergarten(url, requests=1)
    desk = Desk(tmp_path, sign_in(url, kg.site.director_login))
    try:
        data = scan_pdf("parent_id", FIELDS, random.Random(3))
        kg.sandbox.upload_document(kg.families[0].parent, kg.apps[0]["id"], "parent_id",
                                   data, "application/pdf")
        desk.sync()
        with sqlite3.connect(tmp_path / "portal" / "portal.db") as connection:
            connection.execute("DELETE FROM blobs WHERE sha256 = ?",
                               (hashlib.sha256(data).hexdigest(),))
        store = DocumentStore(desk.cache, tmp_path / "documents")
        panel = DocumentsPanel(desk.cache, store, Tasks(inline=True), lambda: desk.client,
                               kg.apps[0]["id"])
        qtbot.addWidget(panel)
        panel.show()
        panel.open_document("parent_id")
        problem = panel.problem("parent_id")
        assert problem is not None and problem.code == "lost"
        widget = panel.row_widget("parent_id")
        assert widget is not None and widget.report.isVisible()
        assert widget.problem.text().startswith("The portal has no file")

        report = panel.report_text("parent_id")
        row = panel.row("parent_id")
        assert row is not None
        document_id = row.document_id
        assert f"Document: id {document_id}, kind parent_id" in report
        assert "DocumentLost" in report and hashlib.sha256(data).hexdigest() in report
        with qtbot.waitSignal(widget.report.report_copied):
            widget.report.copy_action.trigger()
        copied = QGuiApplication.clipboard().text().splitlines()
        assert copied[:1] + copied[2:] == report.splitlines()[:1] + report.splitlines()[2:]
        saved = tmp_path / "report.txt"
        widget.report.save_report(str(saved))
        assert "DocumentLost" in saved.read_text(encoding="utf-8")
        assert panel.report_name("parent_id") == f"document-{document_id}-report.txt"
    finally:
        desk.close()
        kg.sandbox.close()
        stop_sandbox(process)


def test_offline_says_so_and_keeps_the_row(scene: Scene, qtbot: QtBot) -> None:
    panel = scene.panel(qtbot, client=None)
    panel.open_document("form_027u")
    problem = panel.problem("form_027u")
    assert problem is not None and problem.code == "unreachable" and problem.can_retry
    assert "cannot be reached" in problem.message


# bad files: each a message in place of the page, with Download again and Report


@pytest.mark.parametrize(("kind", "make", "content_type", "code"), [
    # The portal takes only files that open (pyHanko's strict reader, Pillow's verify), so
    # the damage here is what those checks let through: a catalogue without pages, a
    # JPEG cut short, a PNG whose compressed pixels are garbage under a correct checksum.
    ("form_052_2u", pdf_without_pages, "application/pdf", "no_pages"),
    ("form_052_2u", lambda: scan_jpeg("form_052_2u", FIELDS, random.Random(2))[:60_000],
     "image/jpeg", "truncated_image"),
    ("form_052_2u", png_with_garbled_pixels, "image/png", "damaged_image"),
    ("form_052_2u", pdf_with_a_password, "application/pdf", "password"),
])
def test_a_file_that_cannot_be_shown_gives_a_message_and_a_way_out(
        scene: Scene, qtbot: QtBot, kind: str, make: Any, content_type: str,
        code: str) -> None:
    scene.upload(kind, make(), content_type)
    panel = scene.panel(qtbot)
    with qtbot.waitSignal(panel.document_opened):
        panel.open_document(kind)
    assert panel.viewer is not None
    viewer = panel.viewer.viewer
    if viewer.problem is None:  # images are decoded on a worker: wait for its answer
        qtbot.waitUntil(lambda: viewer.problem is not None, timeout=10000)
    assert viewer.problem is not None and viewer.problem.code == code
    assert viewer.stack.currentIndex() == 1
    assert viewer.problem_panel.message.text() == viewer.problem_panel.message.text().strip()
    assert viewer.problem_panel.redownload.isVisible()
    assert viewer.problem_panel.report.isVisible()
    problem = panel.problem(kind)
    assert problem is not None and problem.code == code
    widget = panel.row_widget(kind)
    assert widget is not None and widget.report.isVisible()
    assert code in panel.report_text(kind)

    scene.wire.log.clear()
    viewer.problem_panel.redownload.click()  # a fresh copy, shown again: still broken
    assert scene.content_requests() == [200]
    if viewer.problem is None:
        qtbot.waitUntil(lambda: viewer.problem is not None, timeout=10000)
    assert viewer.problem is not None and viewer.problem.code == code
    close_viewer(panel)


def test_a_pdf_with_a_damaged_page_shows_the_others(scene: Scene, qtbot: QtBot) -> None:
    scene.upload("form_052_2u", pdf_with_a_damaged_page(), "application/pdf")
    panel = scene.panel(qtbot)
    with qtbot.waitSignal(panel.document_opened):
        panel.open_document("form_052_2u")
    viewer = shown(panel)
    assert len(viewer.pages.sizes) == 3
    viewer.pages.fit_page()
    qtbot.waitUntil(lambda: viewer.problem is not None, timeout=10000)
    assert viewer.problem is not None and viewer.problem.code == "damaged_pages"
    assert viewer.page_problem.isVisible()
    assert viewer.stack.currentIndex() == 0  # the pages stay, the damaged one marked
    assert viewer.pages.failed == {1}
    viewer.pages.go_to_page(2)
    qtbot.waitUntil(lambda: viewer.pages.has_image(viewer.pages.target(2)), timeout=10000)
    problem = panel.problem("form_052_2u")
    assert problem is not None and problem.code == "damaged_pages"
    close_viewer(panel)


# the viewer on its own


@pytest.fixture
def viewer(qtbot: QtBot) -> Iterator[DocumentViewer]:
    shown = DocumentViewer(Tasks(inline=True))
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close_file()


def test_pdf_pages_zoom_fit_and_rotate(viewer: DocumentViewer, qtbot: QtBot,
                                       tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan_pdf("form_065u", FIELDS, random.Random(4), pages=4))
    viewer.open_file(path)
    pages = viewer.pages
    assert viewer.kind == "pdf" and len(pages.sizes) == 4
    assert pages.fit == PageView.FIT_WIDTH
    wait_first_page(qtbot, viewer)
    width = pages.page_rect(0).width()
    assert abs(width - (pages.viewport().width() - 32)) <= 2  # fits the width
    zoom = pages.zoom
    viewer.zoom_in_button.click()
    assert pages.zoom == pytest.approx(zoom * 1.25) and pages.fit is None
    assert viewer.zoom_label.text() == f"{round(pages.zoom * 100)} %"
    viewer.zoom_out_button.click()
    viewer.zoom_out_button.click()
    assert pages.zoom == pytest.approx(zoom / 1.25)
    viewer.fit_page_button.click()
    rect = pages.page_rect(pages.current_page)
    assert rect.height() <= pages.viewport().height() - 32 + 1
    portrait = pages.page_rect(0)
    viewer.rotate_button.click()
    assert pages.rotation == 90
    turned = pages.page_rect(0)
    assert turned.width() > turned.height() and portrait.height() > portrait.width()
    qtbot.waitUntil(lambda: pages.has_image(pages.target(pages.current_page)), timeout=10000)
    held = pages._images[pages.current_page][1]
    assert held.width() > held.height()  # rendered turned, not only laid out turned
    for _ in range(3):
        viewer.rotate_button.click()
    assert pages.rotation == 0
    QCoreApplication.sendEvent(viewer, QEvent(QEvent.Type.LanguageChange))
    assert viewer.page_count.text() == "of 4" and viewer.rotate_button.text() == "Rotate"

    viewer.page_box.setValue(3)
    assert pages.current_page == 2 and viewer.thumbnails.currentRow() == 2
    viewer.thumbnails.setCurrentRow(0)
    assert pages.current_page == 0 and viewer.page_box.value() == 1
    qtbot.waitUntil(lambda: len(viewer._thumbs_done) == 4, timeout=10000)
    icon = viewer.thumbnails.item(3).icon().pixmap(QSize(84, 119))
    assert not icon.isNull()


def test_only_what_is_on_screen_is_rendered_first(viewer: DocumentViewer, tmp_path: Path,
                                                  qtbot: QtBot) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(scan_pdf("form_065u", FIELDS, random.Random(6), pages=12))
    viewer.open_file(path)
    wanted = viewer.pages.wanted()
    first, last = viewer.pages.visible_pages()
    assert first == 0 and last < 11
    assert [job.page for job in wanted][:last + 1] == sorted(
        range(first, last + 1), key=lambda p: abs(p - (first + last) / 2))
    assert all(not job.thumbnail for job in wanted)
    viewer.pages.go_to_page(11)
    assert viewer.page_box.value() == 12
    qtbot.waitUntil(lambda: viewer.pages.has_image(viewer.pages.target(11)), timeout=10000)


@pytest.mark.parametrize(("name", "make", "pages", "size"), [
    ("scan.png", lambda: scan_png("parent_id", FIELDS, random.Random(7), width=600), 1,
     None),
    ("scan.tiff", tiff_of_two_pages, 2, QSize(300, 420)),
    ("turned.jpg", jpeg_turned_by_exif, 1, QSize(200, 400)),
])
def test_images_open_at_their_size_with_exif_turns(viewer: DocumentViewer, qtbot: QtBot,
                                                   tmp_path: Path, name: str, make: Any,
                                                   pages: int, size: QSize | None) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    with qtbot.waitSignal(viewer.opened) as opened:
        viewer.open_file(path)
    assert opened.args == [pages] and viewer.problem is None
    if size is not None:
        assert viewer.pages.sizes[0].toSize() == size
    wait_first_page(qtbot, viewer)
    image = viewer.pages._images[0][1]
    shown = viewer.pages.page_rect(0)
    assert abs(image.deviceIndependentSize().width() - shown.width()) <= 1
    viewer.rotate_button.click()
    qtbot.waitUntil(lambda: viewer.pages.has_image(viewer.pages.target(0)), timeout=10000)
    turned = viewer.pages._images[0][1]
    assert (turned.width() > turned.height()) == (image.height() > image.width())


@pytest.mark.parametrize(("content", "code"), [
    (b"", "empty"),
    (b"PK\x03\x04 a zip, not a scan", "unknown_format"),
    (b"\xff\xd8\xff\xe0" + b"\0" * 200, "truncated_image"),
])
def test_files_that_are_no_document_at_all(viewer: DocumentViewer, tmp_path: Path,
                                           qtbot: QtBot, content: bytes, code: str) -> None:
    path = tmp_path / "file"
    path.write_bytes(content)
    with qtbot.waitSignal(viewer.failed) as failed:
        viewer.open_file(path)
    assert failed.args == [code]
    assert viewer.stack.currentIndex() == 1 and not viewer.zoom_in_button.isEnabled()


def test_an_image_with_too_many_pixels_is_refused_before_decoding(
        viewer: DocumentViewer, tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "huge.png"
    Image.new("1", (9000, 9000)).save(path)  # 81 megapixels in a few kilobytes
    with qtbot.waitSignal(viewer.failed) as failed:
        viewer.open_file(path)
    assert failed.args == ["image_too_large"]


def test_rendering_runs_off_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    tasks = Tasks()  # real workers
    shown = DocumentViewer(tasks)
    qtbot.addWidget(shown)
    shown.resize(800, 600)
    shown.show()
    try:
        pdf = tmp_path / "scan.pdf"
        pdf.write_bytes(scan_pdf("form_027u", FIELDS, random.Random(8), pages=2))
        shown.open_file(pdf)
        wait_first_page(qtbot, shown)
        jpeg = tmp_path / "scan.jpg"
        jpeg.write_bytes(scan_jpeg("form_027u", FIELDS, random.Random(8)))
        with qtbot.waitSignal(shown.opened, timeout=10000):
            shown.open_file(jpeg)
        wait_first_page(qtbot, shown)
        with qtbot.waitSignal(shown.failed, timeout=10000):
            (tmp_path / "cut.jpg").write_bytes(jpeg.read_bytes()[:30_000])
            shown.open_file(tmp_path / "cut.jpg")
        assert shown.problem is not None and shown.problem.code == "truncated_image"
    finally:
        shown.close_file()
        assert tasks.shutdown()


def test_reading_formats() -> None:
    assert sniff(b"%PDF-1.7") == "pdf"
    assert sniff(b"\n\n%PDF-1.4") == "pdf"  # readers allow junk before the header
    assert sniff(b"\xff\xd8\xff\xe1") == "jpeg"
    assert sniff(b"\x89PNG\r\n\x1a\n") == "png"
    assert sniff(b"II*\x00") == sniff(b"MM\x00*") == "tiff"
    assert sniff(b"GIF89a") is None
    whole = scan_jpeg("pmpk", FIELDS, random.Random(1), width=300)
    assert jpeg_is_whole(whole)
    assert not jpeg_is_whole(whole[:-2]) and not jpeg_is_whole(whole[: len(whole) // 2])


def test_render_jobs_are_capped(viewer: DocumentViewer, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan_pdf("form_065u", FIELDS, random.Random(4)))
    viewer.open_file(path)
    viewer.pages.set_zoom(4.0)
    job: RenderJob = viewer.pages.target(0)
    assert job.width * job.height <= 16_000_000
    assert QApplication.instance() is not None


def test_a_download_on_a_real_worker_reports_progress_and_opens(scene: Scene,
                                                               qtbot: QtBot) -> None:
    tasks = Tasks()  # real workers: progress and results cross threads as signals
    panel = DocumentsPanel(scene.desk.cache, scene.store, tasks, lambda: scene.desk.client,
                           scene.request_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.documents is not None, timeout=10000)
    widget = panel.row_widget("birth_certificate")
    assert widget is not None
    seen: list[int] = []
    widget.progress.valueChanged.connect(seen.append)
    try:
        with qtbot.waitSignal(panel.document_opened, timeout=15000):
            panel.open_document("birth_certificate")
        assert seen and seen[-1] == 100
        wait_first_page(qtbot, shown(panel))
        close_viewer(panel)
    finally:
        assert tasks.shutdown()
