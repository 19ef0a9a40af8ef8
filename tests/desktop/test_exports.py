"""Exports of selected requests from the synthetic cache: the XLSX's real types, frozen
header, filter and widths; the landscape PDF list with its headings on every page and
page numbers; a summary sheet of one page per request; Kazakh letters in both PDFs (read
back with QtPdf); the same bytes for the same export; and files that cannot be written,
which change nothing and say why.

The disk-full and file-in-use cases inject the operating system's answer (ENOSPC, and the
PermissionError Windows gives for a file open in Excel): a test cannot fill the disk or
lock a file portably. The unwritable folder is a real one."""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from desktop.models import requests
from desktop.models.domain import Status
from desktop.models.group_records import GroupPlaces
from desktop.models.request_records import DocumentState, RequestDetails
from desktop.services import exports, files
from desktop.services.cache import Cache
from desktop.services.calendar import PORTAL_TZ, working_days_left
from desktop.services.exports import COLUMNS, Labels
from desktop.services.files import ExportFailed
from tests.support.pdfs import pdf_pages
from tests.support.reference import World
from tests.support.synthetic import NOW, UNKNOWN_GROUP_ID

HEADINGS = {"number": "Number", "child": "Child", "iin": "IIN", "born": "Born",
            "group": "Group", "languages": "Languages", "status": "Status",
            "review": "Decision", "requested": "Requested", "deadline": "Deadline",
            "days_left": "Days left"}
TEXTS = {"list_title": "Requests", "page": "Page {page} of {pages}",
         "generated": "Exported {when}", "pending": "{review}, not sent yet",
         "unsent": "Not sent yet", "sheet_title": "Request №{number}",
         "printed": "Printed {when}", "child": "Child", "parent": "Parent",
         "documents": "Documents", "not_uploaded": "Not uploaded", "iin": "IIN"}
VALUES = {"status": {s.value: s.value.replace("_", " ").capitalize() for s in Status},
          "review": {"new": "New", "accepted": "Accepted"},
          "language": {"kk": "Kazakh", "ru": "Russian"},
          "document_kind": {"form_027u": "Medical certificate (form 027/u)"},
          "document_status": {"returned": "Returned for correction"}}
KINDERGARTEN = "«Балапан» бөбекжай-бақшасы"


def labels(at: datetime = NOW) -> Labels:
    return Labels(HEADINGS, TEXTS, VALUES, KINDERGARTEN, at)


@pytest.fixture(scope="module")
def chosen(world: World) -> list[int]:
    """Forty requests in a deliberate order: Kazakh names, with and without deadlines, one
    without a group and one in a group this cache does not know."""
    kazakh = [r.id for r in world.rows if set(r.name) & set("әғқңөұүһі")][:20]
    due = [r.id for r in world.rows if r.deadline is not None and r.id not in kazakh][:15]
    no_group = next(r.id for r in world.rows if r.group_id is None)
    unknown = next(r.id for r in world.rows if r.group_id == UNKNOWN_GROUP_ID)
    ids = [*due, no_group, *kazakh, unknown]
    return list(reversed(dict.fromkeys(ids)))


def pdf_size(data: bytes, qapp: QApplication) -> tuple[float, float]:
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"size-{os.getpid()}-{id(data)}.pdf"
    path.write_bytes(data)
    document = QPdfDocument()
    try:
        document.load(str(path))
        size = document.pagePointSize(0)
        return size.width(), size.height()
    finally:
        document.close()
        path.unlink()


def test_the_xlsx_has_real_types_a_frozen_header_a_filter_and_widths(
        cache: Cache, world: World, chosen: list[int], tmp_path: Path) -> None:
    path = tmp_path / "requests.xlsx"
    assert exports.export(cache, chosen, path, "xlsx", labels()) == len(chosen)
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.title == "Requests"
    assert [c.value for c in sheet[1]] == [HEADINGS[name] for name in COLUMNS]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:K{len(chosen) + 1}"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJK"}
    assert widths["B"] > widths["A"] >= 8  # the child's name is the widest
    refs = {r.id: r for r in world.rows}
    now = NOW.astimezone(UTC)
    for row, request_id in zip(sheet.iter_rows(min_row=2), chosen, strict=True):
        ref = refs[request_id]
        number, child, iin, born, _group, _langs, status, _review, requested, deadline, \
            days = row
        assert number.value == ref.number and isinstance(number.value, int)
        assert child.value == ref.name
        assert iin.value == ref.iin and isinstance(iin.value, str)  # leading zeros kept
        assert born.value.date() == ref.birth and born.number_format == "DD.MM.YYYY"
        assert status.value == ref.status.replace("_", " ").capitalize()
        if ref.requested_at is not None:
            local = ref.requested_at.astimezone(PORTAL_TZ).replace(tzinfo=None)
            assert requested.value == local.replace(microsecond=0) or \
                abs(requested.value - local) < timedelta(milliseconds=1)
            assert requested.number_format == "DD.MM.YYYY HH:MM"
        if ref.deadline is None:
            assert deadline.value is None and days.value is None
        else:
            assert days.value == working_days_left(ref.deadline, now)
            assert isinstance(days.value, int)
    groups = {r[0].value: r[4].value for r in sheet.iter_rows(min_row=2)}
    assert any(value in (None, "") for value in groups.values())  # no group, or unknown


def test_the_same_export_gives_the_same_bytes(cache: Cache, chosen: list[int]) -> None:
    rows = exports.list_rows(cache, chosen)
    assert exports.list_xlsx(rows, labels()) == exports.list_xlsx(rows, labels())
    assert exports.list_pdf(rows, labels()) == exports.list_pdf(rows, labels())
    sheets = requests.details_of(cache, chosen[:3])
    assert exports.summary_pdf(sheets, labels()) == exports.summary_pdf(sheets, labels())
    # The moment of the export is the one thing that differs between two days' files.
    later = labels(NOW + timedelta(days=1))
    assert exports.list_xlsx(rows, later) != exports.list_xlsx(rows, labels())


def test_the_pdf_list_is_landscape_with_headings_and_page_numbers(
        cache: Cache, world: World, qapp: QApplication) -> None:
    ids = [r.id for r in world.rows[:120]]
    data = exports.list_pdf(exports.list_rows(cache, ids), labels())
    width, height = pdf_size(data, qapp)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points
    pages = pdf_pages(data, qapp)
    assert len(pages) > 2
    assert pages[0].startswith("Requests")
    assert f"{KINDERGARTEN} · Exported 06.02.2025 10:00" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert "Number Child IIN Born Group" in page  # the headings, once per page
        assert page.count("Number Child IIN") == 1
        assert page.rstrip().endswith(f"Page {number} of {len(pages)}")
    text = "".join(pages)
    # Every request is there once, Kazakh letters and all, as text a reader can copy.
    for ref in world.rows[:120]:
        assert text.count(str(ref.number)) >= 1
    kazakh = next(r for r in world.rows[:120] if set(r.name) & set("әғқңөұүһі"))
    assert kazakh.name.split()[0] in text


def test_a_summary_sheet_is_one_page_per_request(cache: Cache, world: World,
                                                 qapp: QApplication) -> None:
    ids = [r.id for r in world.rows[:4]]
    data = exports.summary_pdf(requests.details_of(cache, ids), labels())
    pages = pdf_pages(data, qapp)
    assert len(pages) == 4
    refs = {r.id: r for r in world.rows}
    for page, request_id in zip(pages, ids, strict=True):
        ref = refs[request_id]
        assert f"Request №{ref.number}" in page
        assert ref.name in page.replace("\r\n", " ")
        assert "Нұрланова Айгүл Серікқызы" in page  # the parent, from the portal's data
        assert "Printed 06.02.2025 10:00" in page
        assert "Medical certificate (form 027/u) Not uploaded" in page


def test_a_long_comment_still_fits_one_page(tmp_path: Path, qapp: QApplication) -> None:
    sheet = RequestDetails(
        id=1, number=257001, status="awaiting_contract", review="new", pending=True,
        child_name="Нұрланов Әлихан Серікұлы", child_iin="210315500017",
        child_birth_date=date(2021, 3, 15), languages="kk,ru", requested_at=NOW,
        deadline=NOW + timedelta(days=4), data={"parent": {"last_name": "Нұрланова"}},
        group=GroupPlaces(id=7, version=1, name="Ортаңғы топ «Күншуақ»", age_from=3, age_to=4,
                          language="kk", kind="general", educators="", room="", capacity=20,
                          enrolled=12, reserved=3, starts_on=date(2025, 9, 1), pending=False),
        documents=tuple(DocumentState(kind, "returned", "Мөр анық емес. " * 120) for kind in (
            "form_027u", "birth_certificate", "parent_id", "form_052_2u", "form_065u",
            "pmpk")))
    pages = pdf_pages(exports.summary_pdf([sheet], labels()), qapp)
    assert len(pages) == 1
    assert "Returned for correction" in pages[0]
    assert "New, not sent yet" in pages[0]


def test_rows_keep_the_selection_order_and_skip_what_left(cache: Cache, world: World,
                                                          chosen: list[int]) -> None:
    asked = [*chosen[:5], 10_000_000, chosen[0]]
    assert [r.id for r in exports.list_rows(cache, asked)] == chosen[:5]
    assert [s.id for s in requests.details_of(cache, asked)] == chosen[:5]
    assert exports.list_rows(cache, []) == []
    # Beyond SQLite's limit of parameters in one statement: still one query.
    many = list(range(1, 40_001))
    assert len(many) > 32_766 > len(world.rows)
    assert [r.id for r in exports.list_rows(cache, many)] == sorted(r.id for r in world.rows)


def test_markup_characters_print_as_they_are(cache: Cache, world: World,
                                             qapp: QApplication) -> None:
    # The footer is drawn as plain text, the title as a paragraph: "&" reads "&" in both.
    name = "ТОО «Ана & Бала» <Балапан>"
    marked = Labels(HEADINGS, TEXTS, VALUES, name, NOW)
    ids = [r.id for r in world.rows[:2]]
    files = {"Requests": exports.list_pdf(exports.list_rows(cache, ids), marked),
             "Balabaqsha Desk": exports.summary_pdf(requests.details_of(cache, ids), marked)}
    for footer, data in files.items():
        for page in pdf_pages(data, qapp):
            assert "&amp;" not in page and "&lt;" not in page
            assert f"{name} · {footer}" in page
            assert f"{name} · " in page.split(f"{name} · {footer}")[0]  # the heading too


def test_an_empty_selection_still_makes_valid_files(qapp: QApplication) -> None:
    assert load_workbook(io.BytesIO(exports.list_xlsx([], labels()))).active is not None
    assert len(pdf_pages(exports.list_pdf([], labels()), qapp)) == 1


# files that cannot be written


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "requests.xlsx"
    path.write_bytes(b"last week's export")
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def unwritable(tmp_path: Path) -> Iterator[Path]:
    """A folder that refuses new files: read-only for its owner, or, for the superuser who
    ignores that, a system folder that refuses everyone."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if not os.access(folder, os.W_OK):
            yield folder
        elif Path("/sys/kernel").is_dir():
            yield Path("/sys/kernel")
        else:
            pytest.skip("no folder here refuses new files")
    finally:
        folder.chmod(0o700)


def test_an_unwritable_folder_is_reported(cache: Cache, chosen: list[int],
                                          unwritable: Path) -> None:
    with pytest.raises(ExportFailed) as failed:
        exports.export(cache, chosen, unwritable / "requests.xlsx", "xlsx", labels())
    assert failed.value.code == "not_writable"
    assert not (unwritable / "requests.xlsx").exists()


def test_a_missing_folder_is_reported(cache: Cache, chosen: list[int],
                                      tmp_path: Path) -> None:
    with pytest.raises(ExportFailed) as failed:
        exports.export(cache, chosen, tmp_path / "gone" / "requests.pdf", "pdf", labels())
    assert failed.value.code == "no_folder"


def test_a_full_disk_keeps_the_old_file(cache: Cache, chosen: list[int], old_file: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen

    class FullDisk(io.RawIOBase):
        def __init__(self, handle: int) -> None:
            self.file = real_fdopen(handle, "wb")

        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self) -> None:
            self.file.close()
            super().close()

    monkeypatch.setattr(files.os, "fdopen", lambda handle, _mode: FullDisk(handle))
    with pytest.raises(ExportFailed) as failed:
        exports.export(cache, chosen, old_file, "xlsx", labels())
    assert failed.value.code == "disk_full"
    assert old_file.read_bytes() == b"last week's export"
    assert leftovers(old_file.parent) == []


def test_a_file_open_elsewhere_keeps_the_old_file(cache: Cache, chosen: list[int],
                                                  old_file: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def held(_source: Any, _target: Any) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(files.os, "replace", held)
    with pytest.raises(ExportFailed) as failed:
        exports.export(cache, chosen, old_file, "xlsx", labels())
    assert failed.value.code == "in_use"
    assert old_file.read_bytes() == b"last week's export"
    assert leftovers(old_file.parent) == []


def test_a_cancelled_export_writes_nothing(cache: Cache, chosen: list[int],
                                           old_file: Path) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(exports.ExportCancelled):
        exports.export(cache, chosen, old_file, "pdf", labels(),
                       progress=lambda done, total: seen.append((done, total)),
                       cancelled=lambda: bool(seen))
    assert old_file.read_bytes() == b"last week's export"
    assert leftovers(old_file.parent) == []


def test_a_written_file_replaces_the_old_one_whole(cache: Cache, chosen: list[int],
                                                   old_file: Path) -> None:
    progress: list[tuple[int, int]] = []
    exports.export(cache, chosen, old_file, "xlsx", labels(),
                   progress=lambda done, total: progress.append((done, total)))
    assert progress[-1] == (len(chosen), len(chosen))
    assert load_workbook(old_file).active is not None
    assert leftovers(old_file.parent) == []
