"""Documents over the wire: parents' uploads (sniffed by bytes, size-limited), the staff's
downloads (strong ETag, conditional GET, byte ranges), the staff's uploads keyed by SHA-256,
and `Idempotency-Key` replays (docs/sync.md, "The wire")."""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from portal_sandbox.client import Session
from portal_sandbox.workdays import PORTAL_TZ
from tests.support.pdfs import real_pdf
from tests.support.world import Family, World

MiB = 1024 * 1024
DOCUMENTS = "/api/v1/me/applications/{}/documents/{}"


@pytest.fixture(autouse=True)
def _clock(world: World) -> None:
    """A working morning on which the scenario's child fits the 3-4 group."""
    world.client.set_clock(datetime(2025, 2, 6, 9, 0, tzinfo=PORTAL_TZ))


# files, made by the libraries that make real ones


def make_pdf(text: str = "Справка формы 027/у", pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for number in range(pages):
        page.drawString(72, 770, f"{text} ({number + 1})")
        page.showPage()
    page.save()
    return buffer.getvalue()


def make_image(fmt: str, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), colour).save(buffer, fmt)
    return buffer.getvalue()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# scenario helpers


@dataclass
class Request:
    """A family's application that is now a request at a kindergarten with a director."""

    kg: dict[str, Any]
    staff: Session
    family: Family
    app: dict[str, Any]


def at_kindergarten(world: World) -> Request:
    kg = world.kindergarten()
    staff = world.staff(kg, ["director"])
    family, app = world.request_at(kg)
    assert app["status"] == "awaiting_contract"
    return Request(kg, staff, family, app)


def put_document(world: World, session: Session, application_id: int, kind: str,
                 data: bytes | Iterator[bytes], content_type: str = "application/pdf",
                 headers: dict[str, str] | None = None) -> httpx.Response:
    """The raw response, errors included."""
    return world.client.http.put(
        DOCUMENTS.format(application_id, kind), content=data,
        headers={**session.headers, "Content-Type": content_type, **(headers or {})})


def upload(world: World, r: Request, kind: str, data: bytes,
           content_type: str = "application/pdf") -> dict[str, Any]:
    response = put_document(world, r.family.parent, r.app["id"], kind, data, content_type)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def feed_documents(world: World, staff: Session) -> dict[str, dict[str, Any]]:
    """The live `document` entries of a staff member's full snapshot, by kind."""
    entries = [c for c in world.changes(staff)["changes"] if c["type"] == "document"]
    documents = {}
    for entry in entries:
        if not entry["deleted"]:
            assert entry["data"]["id"] == entry["id"]
            assert entry["data"]["version"] == entry["version"]
            documents[entry["data"]["kind"]] = entry["data"]
    return documents


def app_documents(world: World, r: Request) -> list[dict[str, Any]]:
    documents: list[dict[str, Any]] = world.client.application(
        r.family.parent, r.app["id"])["documents"]
    return documents


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    assert body["title"]
    return body


def content_url(document_id: int) -> str:
    return f"/api/v1/staff/documents/{document_id}/content"


def get_content(world: World, staff: Session, document_id: int,
                **headers: str) -> httpx.Response:
    return world.client.http.get(content_url(document_id), headers={
        **staff.headers, **{k.replace("_", "-"): v for k, v in headers.items()}})


# parents' uploads


@pytest.mark.parametrize(("kind", "make", "media"), [
    ("form_027u", make_pdf, "application/pdf"),
    ("birth_certificate", lambda: make_image("JPEG"), "image/jpeg"),
    ("parent_id", lambda: make_image("PNG"), "image/png"),
])
def test_an_accepted_file_reaches_the_staff_feed(world: World, kind: str, make: Any,
                                                 media: str) -> None:
    r = at_kindergarten(world)
    data = make()
    response = upload(world, r, kind, data, media)
    assert response["status"] == "awaiting_contract"
    [mine] = [d for d in response["documents"] if d["kind"] == kind]

    doc = feed_documents(world, r.staff)[kind]
    assert doc["request_id"] == r.app["id"]
    assert doc["sha256"] == hashlib.sha256(data).hexdigest() == mine["sha256"]
    assert doc["size"] == len(data)
    assert doc["content_type"] == media
    assert doc["status"] == "received"
    assert doc["version"] == 1
    assert doc["id"] == mine["id"]


def test_the_type_is_decided_by_the_bytes_not_the_name_or_header(world: World) -> None:
    r = at_kindergarten(world)
    data = make_pdf("a scan saved as .jpg")
    response = put_document(world, r.family.parent, r.app["id"], "form_065u", data,
                            "image/jpeg",
                            {"Content-Disposition": 'attachment; filename="scan.jpg"'})
    assert response.status_code == 200, response.text
    doc = feed_documents(world, r.staff)["form_065u"]
    assert doc["content_type"] == "application/pdf"
    assert doc["sha256"] == sha(data)
    served = get_content(world, r.staff, doc["id"])
    assert served.headers["content-type"] == "application/pdf"


def _png_with_a_bad_checksum() -> bytes:
    data = bytearray(make_image("PNG"))
    data[data.index(b"IDAT") + 4] ^= 0xFF  # the pixels changed, their CRC not
    return bytes(data)


@pytest.mark.parametrize(("data", "status", "code"), [
    # "%PDF-" within the first KiB was once enough to be stored as a PDF.
    pytest.param(b"MZ\x90\x00" + bytes(60) + b"%PDF-1.7\n" + bytes(2000), 415,
                 "unsupported_media_type", id="exe-with-a-pdf-header-inside"),
    pytest.param(b"<!DOCTYPE html><html><body>%PDF-1.4 <script>x()</script></body></html>",
                 415, "unsupported_media_type", id="html-with-a-pdf-header-inside"),
    pytest.param(b"\r\n" * 10 + make_pdf(), 415, "unsupported_media_type",
                 id="pdf-after-leading-bytes"),
    pytest.param(b"%PDF-1.7\n" + bytes(5000), 422, "file_unreadable", id="pdf-header-only"),
    pytest.param(make_pdf()[:-200], 422, "file_unreadable", id="truncated-pdf"),
    pytest.param(b"\xff\xd8\xff\xe0" + bytes(3000), 422, "file_unreadable",
                 id="jpeg-header-only"),
    pytest.param(make_image("PNG")[:40], 422, "file_unreadable", id="truncated-png"),
    pytest.param(_png_with_a_bad_checksum(), 422, "file_unreadable", id="png-bad-crc"),
])
def test_a_file_that_does_not_open_as_what_it_claims_is_refused(
        world: World, data: bytes, status: int, code: str) -> None:
    r = at_kindergarten(world)
    response = put_document(world, r.family.parent, r.app["id"], "pmpk", data)
    assert_problem(response, status, code)
    assert app_documents(world, r) == []
    # A contract upload is judged the same way.
    staff_upload = world.client.http.put(
        f"/api/v1/staff/uploads/{sha(data)}", content=data,
        headers={**r.staff.headers, "Content-Type": "application/pdf"})
    if data[:5] == b"%PDF-":
        assert_problem(staff_upload, status, code)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_an_unreadable_file_is_explained_in_the_parents_language(world: World,
                                                                  language: str) -> None:
    r = at_kindergarten(world)
    response = world.client.http.put(
        f"/api/v1/me/applications/{r.app['id']}/documents/pmpk",
        content=b"%PDF-1.7\n" + bytes(100),
        headers={**r.family.parent.headers, "Content-Type": "application/pdf",
                 "Accept-Language": language})
    assert assert_problem(response, 422, "file_unreadable")["title"].startswith({
        "kk": "Файл ашылмайды", "ru": "Файл не открывается",
        "en": "The file does not open"}[language])


def _gif() -> bytes:
    return make_image("GIF")


@pytest.mark.parametrize(("data", "status", "code"), [
    pytest.param(_gif(), 415, "unsupported_media_type", id="gif"),
    pytest.param("Справка: ребёнок здоров.\n".encode(), 415, "unsupported_media_type",
                 id="text"),
    pytest.param(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(500), 415,
                 "unsupported_media_type", id="exe"),
    pytest.param(b"%PD" + bytes(1100) + b"%PDF-1.7", 415, "unsupported_media_type",
                 id="pdf-header-past-first-kib"),
    pytest.param(b"", 422, "empty_file", id="empty"),
])
def test_a_refused_file_leaves_the_documents_unchanged(world: World, data: bytes, status: int,
                                                       code: str) -> None:
    r = at_kindergarten(world)
    upload(world, r, "form_027u", make_pdf())
    before_app, before_feed = app_documents(world, r), feed_documents(world, r.staff)

    # The header claims a PDF: only the bytes count.
    response = put_document(world, r.family.parent, r.app["id"], "form_027u", data)
    assert_problem(response, status, code)
    response = put_document(world, r.family.parent, r.app["id"], "birth_certificate", data,
                            "image/jpeg")
    assert_problem(response, status, code)

    assert app_documents(world, r) == before_app
    assert feed_documents(world, r.staff) == before_feed


def _oversized(declared: bool) -> bytes | Iterator[bytes]:
    body = b"%PDF-1.7\n" + bytes(21 * MiB - 9)
    if declared:
        return body

    def chunks() -> Iterator[bytes]:  # no Content-Length: the stream must be cut off
        view = memoryview(body)
        for start in range(0, len(body), MiB):
            yield bytes(view[start:start + MiB])

    return chunks()


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_a_file_over_the_limit_is_413_and_the_sandbox_lives_on(world: World,
                                                               declared: bool) -> None:
    r = at_kindergarten(world)
    before = app_documents(world, r)
    try:
        response = put_document(world, r.family.parent, r.app["id"], "form_027u",
                                _oversized(declared))
    except httpx.TransportError as exc:  # pragma: no cover - the failure we guard against
        pytest.fail(f"the client saw no 413 but a broken connection: {exc!r}")
    body = assert_problem(response, 413, "file_too_large")
    assert body["limit"] == 20 * MiB
    # The sandbox still answers, and nothing was recorded.
    assert world.client.http.get("/sandbox/clock").status_code == 200
    assert app_documents(world, r) == before
    upload(world, r, "form_027u", make_pdf())


def test_a_file_at_the_limit_is_taken(world: World) -> None:
    r = at_kindergarten(world)
    data = real_pdf(20 * MiB)
    upload(world, r, "form_027u", data)
    doc = feed_documents(world, r.staff)["form_027u"]
    assert doc["size"] == 20 * MiB
    assert doc["sha256"] == sha(data)


def test_an_unknown_kind_is_404(world: World) -> None:
    r = at_kindergarten(world)
    response = put_document(world, r.family.parent, r.app["id"], "passport_scan", make_pdf())
    assert_problem(response, 404, "unknown_document_kind")
    assert app_documents(world, r) == []


def test_someone_elses_application_is_404(world: World) -> None:
    r = at_kindergarten(world)
    stranger = world.family()
    response = put_document(world, stranger.parent, r.app["id"], "form_027u", make_pdf())
    assert_problem(response, 404, "not_found")
    assert app_documents(world, r) == []


@pytest.mark.parametrize("row_id", [0, 2**31, 2**63, 10**30])
def test_an_id_out_of_the_databases_range_is_422_not_500(world: World, row_id: int) -> None:
    """SQLite's driver overflows on integers past 64 bits: such ids never reach it."""
    r = at_kindergarten(world)
    http = world.client.http
    response = put_document(world, r.family.parent, row_id, "form_027u", make_pdf())
    assert_problem(response, 422, "validation_error")
    assert_problem(get_content(world, r.staff, row_id), 422, "validation_error")
    response = http.get(f"/api/v1/staff/contracts/{row_id}/pdf", headers=r.staff.headers)
    assert_problem(response, 422, "validation_error")


def test_a_queued_application_takes_no_documents(world: World) -> None:
    family, app = world.application()
    response = put_document(world, family.parent, app["id"], "form_027u", make_pdf())
    assert response.status_code in (409, 422), response.text
    assert response.json()["code"] == "not_allowed_in_status"


def test_documents_uploaded_while_choosing_travel_with_the_request(world: World) -> None:
    kg = world.kindergarten()
    staff = world.staff(kg, ["director"])
    family, app = world.with_voucher()
    app = world.client.act(family.parent, app["id"], "confirm")
    assert app["status"] == "choosing"
    data = make_image("PNG")
    response = put_document(world, family.parent, app["id"], "parent_id", data, "image/png")
    assert response.status_code == 200, response.text
    assert [d["kind"] for d in response.json()["documents"]] == ["parent_id"]
    assert feed_documents(world, staff) == {}

    world.client.act(family.parent, app["id"], "enrollment", json={
        "kindergarten_id": kg["id"], "group_id": kg["groups"][0]["id"]})
    doc = feed_documents(world, staff)["parent_id"]
    assert (doc["sha256"], doc["size"], doc["content_type"], doc["status"]) == (
        sha(data), len(data), "image/png", "received")


def test_the_same_bytes_again_change_nothing_new_bytes_make_a_new_version(world: World) -> None:
    r = at_kindergarten(world)
    first = make_pdf("first scan")
    upload(world, r, "form_027u", first)
    doc = feed_documents(world, r.staff)["form_027u"]
    assert doc["version"] == 1
    cursor = world.changes(r.staff)["cursor"]

    upload(world, r, "form_027u", first)
    assert feed_documents(world, r.staff)["form_027u"] == doc
    assert [c for c in world.changes(r.staff, cursor)["changes"]
            if c["type"] == "document"] == []

    # The methodologist accepts it; a new scan goes back to "received".
    result = world.mutate(r.staff, "accept_documents",
                          {"request_id": r.app["id"], "kinds": ["form_027u"]})
    assert result["outcome"] == "applied", result
    accepted = feed_documents(world, r.staff)["form_027u"]
    assert (accepted["status"], accepted["version"]) == ("accepted", 2)

    upload(world, r, "form_027u", first)  # the same bytes: still accepted
    assert feed_documents(world, r.staff)["form_027u"] == accepted

    second = make_image("JPEG")
    upload(world, r, "form_027u", second, "image/jpeg")
    replaced = feed_documents(world, r.staff)["form_027u"]
    assert replaced["id"] == doc["id"]
    assert replaced["version"] == 3
    assert replaced["status"] == "received"
    assert (replaced["sha256"], replaced["size"], replaced["content_type"]) == (
        sha(second), len(second), "image/jpeg")
    assert get_content(world, r.staff, doc["id"]).content == second


def test_a_returned_document_uploaded_again_is_received_again(world: World) -> None:
    r = at_kindergarten(world)
    data = make_pdf()
    upload(world, r, "birth_certificate", data)
    result = world.mutate(r.staff, "return_documents", {
        "request_id": r.app["id"], "comments": {"birth_certificate": "Скан нечёткий"}})
    assert result["outcome"] == "applied", result
    returned = feed_documents(world, r.staff)["birth_certificate"]
    assert (returned["status"], returned["comment"]) == ("returned", "Скан нечёткий")

    # Even the very same bytes answer a return: the parent says "this is the document".
    upload(world, r, "birth_certificate", data)
    again = feed_documents(world, r.staff)["birth_certificate"]
    assert (again["status"], again["comment"]) == ("received", "")
    assert again["version"] == returned["version"] + 1


# staff downloads


@pytest.fixture
def uploaded(world: World) -> tuple[Request, dict[str, Any], bytes]:
    r = at_kindergarten(world)
    data = make_pdf("Свидетельство о рождении", pages=3)
    assert len(data) > 300
    upload(world, r, "birth_certificate", data)
    return r, feed_documents(world, r.staff)["birth_certificate"], data


def test_a_full_download_carries_a_strong_etag_and_the_digest(
        world: World, uploaded: tuple[Request, dict[str, Any], bytes]) -> None:
    r, doc, data = uploaded
    response = get_content(world, r.staff, doc["id"])
    assert response.status_code == 200
    assert response.content == data
    assert response.headers["etag"] == f'"{sha(data)}"'
    assert response.headers["x-content-sha256"] == sha(data) == doc["sha256"]
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["content-type"] == "application/pdf"
    assert int(response.headers["content-length"]) == len(data)


def test_if_none_match_is_304(world: World,
                              uploaded: tuple[Request, dict[str, Any], bytes]) -> None:
    r, doc, data = uploaded
    etag = f'"{sha(data)}"'
    for tag in (etag, f'"other", {etag}', "*", f"W/{etag}"):
        response = get_content(world, r.staff, doc["id"], if_none_match=tag)
        assert response.status_code == 304, tag
        assert response.content == b""
        assert response.headers["etag"] == etag
    response = get_content(world, r.staff, doc["id"], if_none_match='"0000"')
    assert response.status_code == 200
    assert response.content == data


@pytest.mark.parametrize(("range_", "start", "end"), [
    ("bytes=0-99", 0, 99),
    ("bytes=-10", -10, None),
    ("bytes=100-", 100, None),
    ("bytes=5-5", 5, 5),
])
def test_a_range_is_206_with_content_range(
        world: World, uploaded: tuple[Request, dict[str, Any], bytes], range_: str,
        start: int, end: int | None) -> None:
    r, doc, data = uploaded
    size = len(data)
    first = start % size
    last = size - 1 if end is None else end
    response = get_content(world, r.staff, doc["id"], range=range_)
    assert response.status_code == 206, response.text
    assert response.content == data[first:last + 1]
    assert response.headers["content-range"] == f"bytes {first}-{last}/{size}"
    assert int(response.headers["content-length"]) == last - first + 1
    assert response.headers["etag"] == f'"{sha(data)}"'


def test_a_range_past_the_end_is_clamped(
        world: World, uploaded: tuple[Request, dict[str, Any], bytes]) -> None:
    r, doc, data = uploaded
    size = len(data)
    response = get_content(world, r.staff, doc["id"], range=f"bytes=10-{size * 10}")
    assert response.status_code == 206
    assert response.headers["content-range"] == f"bytes 10-{size - 1}/{size}"
    response = get_content(world, r.staff, doc["id"], range=f"bytes=-{size * 10}")
    assert response.status_code == 206
    assert response.content == data


def test_if_range_continues_only_the_same_file(
        world: World, uploaded: tuple[Request, dict[str, Any], bytes]) -> None:
    r, doc, data = uploaded
    etag = f'"{sha(data)}"'
    response = get_content(world, r.staff, doc["id"], range="bytes=0-99", if_range=etag)
    assert response.status_code == 206
    assert response.content == data[:100]
    for stale in ('"' + "0" * 64 + '"', f"W/{etag}", "Tue, 01 Apr 2025 10:00:00 GMT"):
        response = get_content(world, r.staff, doc["id"], range="bytes=0-99", if_range=stale)
        assert response.status_code == 200, stale
        assert response.content == data
        assert "content-range" not in response.headers


@pytest.mark.parametrize("range_", ["bytes={size}-", "bytes={size}-{more}", "bytes=-0"])
def test_an_unsatisfiable_range_is_416(
        world: World, uploaded: tuple[Request, dict[str, Any], bytes], range_: str) -> None:
    r, doc, data = uploaded
    size = len(data)
    response = get_content(world, r.staff, doc["id"],
                           range=range_.format(size=size, more=size + 100))
    assert response.status_code == 416, response.text
    assert response.headers["content-range"] == f"bytes */{size}"
    assert response.json()["code"] == "range_not_satisfiable"
    assert response.headers["content-type"].startswith("application/problem+json")


def test_an_unusable_range_header_gives_the_whole_file(
        world: World, uploaded: tuple[Request, dict[str, Any], bytes]) -> None:
    """RFC 9110 lets a server ignore what it does not serve (other units, several ranges)."""
    r, doc, data = uploaded
    for range_ in ("items=0-5", "bytes=0-1,5-6", "bytes=-", "bytes=abc"):
        response = get_content(world, r.staff, doc["id"], range=range_)
        assert response.status_code == 200, range_
        assert response.content == data


def test_a_download_resumed_in_two_halves_is_the_file(
        world: World, uploaded: tuple[Request, dict[str, Any], bytes]) -> None:
    r, doc, data = uploaded
    half = doc["size"] // 2
    first = get_content(world, r.staff, doc["id"], range=f"bytes=0-{half - 1}")
    assert first.status_code == 206
    # The link dropped; the client resumes from where it stopped, if the file is the same.
    rest = get_content(world, r.staff, doc["id"], range=f"bytes={len(first.content)}-",
                       if_range=first.headers["etag"])
    assert rest.status_code == 206
    assert rest.headers["content-range"] == f"bytes {half}-{doc['size'] - 1}/{doc['size']}"
    whole = first.content + rest.content
    assert hashlib.sha256(whole).hexdigest() == doc["sha256"] == \
        first.headers["x-content-sha256"]
    assert whole == data


def test_another_kindergartens_staff_cannot_read_the_document(
        world: World, uploaded: tuple[Request, dict[str, Any], bytes]) -> None:
    r, doc, _data = uploaded
    other_kg = world.kindergarten(name="«Айгөлек» балабақшасы")
    other = world.staff(other_kg, ["director"])
    for headers in ({}, {"range": "bytes=0-9"}, {"if_none_match": f'"{doc["sha256"]}"'}):
        assert_problem(get_content(world, other, doc["id"], **headers), 404, "not_found")
    assert_problem(get_content(world, r.staff, 2**31 - 1), 404, "not_found")
    # Nor can a parent, nor anybody without a token.
    response = world.client.http.get(content_url(doc["id"]), headers=r.family.parent.headers)
    assert_problem(response, 403, "forbidden")
    assert_problem(world.client.http.get(content_url(doc["id"])), 401, "unauthorized")


def test_a_declined_request_takes_its_documents_away(
        world: World, uploaded: tuple[Request, dict[str, Any], bytes]) -> None:
    r, doc, _data = uploaded
    cursor = world.changes(r.staff)["cursor"]
    result = world.mutate(r.staff, "decline_request",
                          {"request_id": r.app["id"], "reason": "no_places"})
    assert result["outcome"] == "applied", result
    entries = [c for c in world.changes(r.staff, cursor)["changes"]
               if c["type"] == "document" and c["id"] == doc["id"]]
    assert [e["deleted"] for e in entries] == [True]
    assert feed_documents(world, r.staff) == {}
    assert_problem(get_content(world, r.staff, doc["id"]), 404, "not_found")


def test_a_withdrawn_request_keeps_its_documents_readable(
        world: World, uploaded: tuple[Request, dict[str, Any], bytes]) -> None:
    """An archived request stays with its kindergarten (the staff see why it closed)."""
    r, doc, data = uploaded
    world.client.act(r.family.parent, r.app["id"], "withdraw")
    assert get_content(world, r.staff, doc["id"]).content == data


# staff uploads (contracts), keyed by SHA-256


def put_upload(world: World, staff: Session, digest: str, data: bytes,
               content_type: str = "application/pdf") -> httpx.Response:
    return world.client.http.put(f"/api/v1/staff/uploads/{digest}", content=data,
                                 headers={**staff.headers, "Content-Type": content_type})


def test_an_upload_by_digest_is_idempotent(world: World) -> None:
    kg = world.kindergarten()
    staff = world.staff(kg, ["director"])
    data = make_pdf("Договор № 1")
    digest = sha(data)
    for _ in range(2):  # the same bytes twice: a no-op
        response = put_upload(world, staff, digest, data)
        assert response.status_code == 201, response.text
        assert response.json() == {"sha256": digest, "size": len(data),
                                   "content_type": "application/pdf"}
    # Hex digits in capitals name the same file.
    response = put_upload(world, staff, digest.upper(), data)
    assert response.status_code == 201, response.text
    assert response.json()["sha256"] == digest


def test_an_upload_that_does_not_hash_to_its_path_is_refused(world: World) -> None:
    kg = world.kindergarten()
    staff = world.staff(kg, ["director"])
    data = make_pdf("Договор № 2")
    other = make_pdf("Договор № 3")
    assert_problem(put_upload(world, staff, sha(data), other), 422, "digest_mismatch")
    truncated = data[:-1]
    assert_problem(put_upload(world, staff, sha(data), truncated), 422, "digest_mismatch")
    assert_problem(put_upload(world, staff, sha(data), b""), 422, "digest_mismatch")


def test_an_upload_must_be_a_pdf(world: World) -> None:
    kg = world.kindergarten()
    staff = world.staff(kg, ["director"])
    png = make_image("PNG")
    assert_problem(put_upload(world, staff, sha(png), png, "image/png"), 415,
                   "unsupported_media_type")
    text = b"%PD not quite a contract"
    assert_problem(put_upload(world, staff, sha(text), text), 415, "unsupported_media_type")


@pytest.mark.parametrize("digest", [
    "not-a-digest", "z" * 64, "a" * 63, "a" * 65, "0x" + "a" * 62,
])
def test_an_upload_path_that_is_not_a_sha256_is_422(world: World, digest: str) -> None:
    kg = world.kindergarten()
    staff = world.staff(kg, ["director"])
    assert_problem(put_upload(world, staff, digest, make_pdf()), 422, "validation_error")


def test_uploads_are_for_staff_only(world: World) -> None:
    family = world.family()
    data = make_pdf()
    assert_problem(put_upload(world, family.parent, sha(data), data), 403, "forbidden")
    response = world.client.http.put(f"/api/v1/staff/uploads/{sha(data)}", content=data)
    assert_problem(response, 401, "unauthorized")


def test_an_oversized_upload_by_digest_is_413(world: World) -> None:
    kg = world.kindergarten()
    staff = world.staff(kg, ["director"])
    data = b"%PDF-1.7\n" + bytes(21 * MiB)
    body = assert_problem(put_upload(world, staff, sha(data), data), 413, "file_too_large")
    assert body["limit"] == 20 * MiB
    assert world.client.http.get("/sandbox/clock").status_code == 200


def test_a_sent_contract_downloads_like_a_document(world: World) -> None:
    r = at_kindergarten(world)
    assert world.mutate(r.staff, "accept_request",
                        {"request_id": r.app["id"]})["outcome"] == "applied"
    data = make_pdf("Договор об оказании услуг", pages=2)
    digest = sha(data)
    assert put_upload(world, r.staff, digest, data).status_code == 201
    result = world.mutate(r.staff, "send_contract",
                          {"request_id": r.app["id"], "pdf_sha256": digest})
    assert result["outcome"] == "applied", result
    [contract] = [c for c in world.changes(r.staff)["changes"] if c["type"] == "contract"]
    url = f"/api/v1/staff/contracts/{contract['id']}/pdf"
    http = world.client.http

    full = http.get(url, headers=r.staff.headers)
    assert full.status_code == 200
    assert full.content == data
    assert full.headers["etag"] == f'"{digest}"'
    assert http.get(url, params={"revision": "sent"}, headers=r.staff.headers).content == data
    part = http.get(url, headers={**r.staff.headers, "Range": "bytes=-10",
                                  "If-Range": f'"{digest}"'})
    assert (part.status_code, part.content) == (206, data[-10:])
    assert http.get(url, headers={**r.staff.headers,
                                  "If-None-Match": f'"{digest}"'}).status_code == 304
    assert_problem(http.get(url, params={"revision": "countersigned"},
                            headers=r.staff.headers), 404, "not_found")
    assert_problem(http.get(url, params={"revision": "bogus"}, headers=r.staff.headers),
                   422, "validation_error")

    other = world.staff(world.kindergarten(name="«Айгөлек» балабақшасы"), ["director"])
    assert_problem(http.get(url, headers=other.headers), 404, "not_found")
    # The parent gets the same bytes from their side.
    assert world.client.contract_pdf(r.family.parent, r.app["id"]) == data


# Idempotency-Key


def test_a_replayed_confirm_returns_the_first_response(world: World) -> None:
    family, app = world.with_voucher()
    assert app["status"] == "voucher_issued"
    http = world.client.http
    url = f"/api/v1/me/applications/{app['id']}/confirm"
    key = str(uuid.uuid4())
    headers = {**family.parent.headers, "Idempotency-Key": key}

    first = http.post(url, headers=headers)
    assert first.status_code == 200, first.text
    assert first.json()["status"] == "choosing"
    assert "idempotent-replayed" not in first.headers

    second = http.post(url, headers=headers)
    assert second.status_code == 200
    assert second.content == first.content
    assert second.headers["idempotent-replayed"] == "true"
    assert second.headers["content-type"] == first.headers["content-type"]

    # Without the key the same action is a second confirm, which the portal refuses.
    again = http.post(url, headers=family.parent.headers)
    assert again.json()["code"] == "not_allowed_in_status"
    # The key belongs to this caller: another parent's request with it is their own.
    other, other_app = world.with_voucher()
    mine = http.post(f"/api/v1/me/applications/{other_app['id']}/confirm",
                     headers={**other.parent.headers, "Idempotency-Key": key})
    assert mine.status_code == 200
    assert "idempotent-replayed" not in mine.headers


def test_a_key_reused_on_another_path_or_body_is_422(world: World) -> None:
    family, app = world.with_voucher()
    http = world.client.http
    base = f"/api/v1/me/applications/{app['id']}"
    key = str(uuid.uuid4())
    headers = {**family.parent.headers, "Idempotency-Key": key}
    assert http.post(f"{base}/confirm", headers=headers).status_code == 200

    assert_problem(http.post(f"{base}/decline", headers=headers), 422,
                   "idempotency_key_reused")
    assert_problem(http.post(f"{base}/confirm", headers=headers, json={"again": True}), 422,
                   "idempotency_key_reused")
    assert_problem(http.put(f"{base}/confirm", headers=headers), 422, "idempotency_key_reused")
    # Nothing of that was applied.
    assert world.client.application(family.parent, app["id"])["status"] == "choosing"


def test_a_replayed_upload_returns_the_first_response(world: World) -> None:
    r = at_kindergarten(world)
    key = {"Idempotency-Key": str(uuid.uuid4())}
    data = make_pdf()
    first = put_document(world, r.family.parent, r.app["id"], "form_052_2u", data,
                         headers=key)
    assert first.status_code == 200, first.text
    second = put_document(world, r.family.parent, r.app["id"], "form_052_2u", data,
                          headers=key)
    assert (second.status_code, second.content) == (200, first.content)
    assert second.headers["idempotent-replayed"] == "true"
    other = put_document(world, r.family.parent, r.app["id"], "form_052_2u", make_pdf("2"),
                         headers=key)
    assert_problem(other, 422, "idempotency_key_reused")
    assert feed_documents(world, r.staff)["form_052_2u"]["sha256"] == sha(data)


def test_an_oversized_body_with_a_key_is_413_and_not_remembered(world: World) -> None:
    r = at_kindergarten(world)
    key = {"Idempotency-Key": str(uuid.uuid4())}
    for declared in (True, False):
        response = put_document(world, r.family.parent, r.app["id"], "form_027u",
                                _oversized(declared), headers=key)
        body = assert_problem(response, 413, "file_too_large")
        assert body["limit"] == 20 * MiB
    assert world.client.http.get("/sandbox/clock").status_code == 200
    # The refused body was never taken in: the key is still free for the real file.
    data = make_pdf()
    response = put_document(world, r.family.parent, r.app["id"], "form_027u", data,
                            headers=key)
    assert response.status_code == 200, response.text
    assert "idempotent-replayed" not in response.headers
    assert feed_documents(world, r.staff)["form_027u"]["sha256"] == sha(data)


def test_a_retry_racing_the_first_attempt_is_never_applied_twice(world: World) -> None:
    """A client that times out and retries while the first attempt still runs."""
    family, app = world.with_voucher()
    url = f"/api/v1/me/applications/{app['id']}/confirm"
    headers = {**family.parent.headers, "Idempotency-Key": str(uuid.uuid4())}
    base_url = str(world.client.http.base_url)

    def attempt(_: int) -> httpx.Response:
        with httpx.Client(base_url=base_url, timeout=30) as http:
            return http.post(url, headers=headers)

    with ThreadPoolExecutor(max_workers=6) as pool:
        responses = list(pool.map(attempt, range(6)))
    statuses = sorted(r.status_code for r in responses)
    # One ran; the others are its replay, or "still running, retry" (never a second run).
    assert set(statuses) <= {200, 503}, [r.text for r in responses]
    firsts = [r for r in responses
              if r.status_code == 200 and "idempotent-replayed" not in r.headers]
    assert len(firsts) == 1
    for response in responses:
        if response.status_code == 503:
            assert response.json()["code"] == "retry_later"
            assert response.headers["retry-after"] == "1"
        else:
            assert response.content == firsts[0].content
    replay = world.client.http.post(url, headers=headers)
    assert (replay.status_code, replay.content) == (200, firsts[0].content)
    assert replay.headers["idempotent-replayed"] == "true"


@pytest.mark.parametrize("tail", ["%00", "%C3%81%28", "x" * 600])
def test_a_key_on_an_odd_path_is_remembered_safely(world: World, tail: str) -> None:
    """A NUL, odd UTF-8 or a very long path must not break storing the answer (PostgreSQL
    refuses NUL in text; the column holds 500 characters)."""
    family = world.family()
    headers = {**family.parent.headers, "Idempotency-Key": str(uuid.uuid4())}
    url = f"/api/v1/me/applications/1/documents/{tail}"
    data = make_pdf()
    first = world.client.http.put(url, headers=headers, content=data)
    assert first.status_code < 500, first.text
    again = world.client.http.put(url, headers=headers, content=data)
    assert (again.status_code, again.content) == (first.status_code, first.content)
    assert again.headers["idempotent-replayed"] == "true"
    other = world.client.http.put(url + "x", headers=headers, content=data)
    assert_problem(other, 422, "idempotency_key_reused")


def test_an_overlong_key_is_422(world: World) -> None:
    family, app = world.with_voucher()
    response = world.client.http.post(
        f"/api/v1/me/applications/{app['id']}/confirm",
        headers={**family.parent.headers, "Idempotency-Key": "k" * 129})
    assert_problem(response, 422, "validation_error")
    assert world.client.application(family.parent, app["id"])["status"] == "voucher_issued"
