"""What the kindergarten's staff client uses: the change feed, mutations, files."""

from __future__ import annotations

import hashlib
import re
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from portal_sandbox import blobs, feed, mutations
from portal_sandbox.api.deps import LanguageDep, PortalDep, RowId, StaffDep
from portal_sandbox.api.parents import _read_limited
from portal_sandbox.app import problem_response
from portal_sandbox.errors import Problem
from portal_sandbox.models import Application, Blob, Contract, Document, Upload
from portal_sandbox.notices import DECLINE_REASONS, DOCUMENT_KINDS, labels

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])


class MutationIn(BaseModel):
    seq: int = Field(strict=True, ge=1, le=2**62)
    id: str = Field(min_length=1, max_length=64, description="UUID of the intent")
    name: str = Field(min_length=1, max_length=48)
    args: dict[str, Any]
    payload_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class PushIn(BaseModel):
    client_id: str = Field(min_length=1, max_length=64)
    mutations: list[MutationIn] = Field(max_length=500)


@router.get("/changes")
def changes(
    principal: StaffDep,
    portal: PortalDep,
    response: Response,
    cursor: Annotated[str | None, Query(max_length=512)] = None,
    limit: Annotated[int | None, Query(ge=1, le=2000)] = None,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Any:
    """The kindergarten's changes after `cursor` (none: a snapshot), oldest first.

    Types: `kindergarten`, `group`, `request`, `document`, `contract`, `notification`,
    `forecast`, and the vocabularies staff choose from, `decline_reasons` and
    `document_kinds` (one object each, id 1, `data.items` as `GET /staff/decline-reasons`
    and `/staff/document-kinds` answer them): those come with a snapshot's first page and
    again only when they change. `counts` (live objects per type) only on the last page.
    An `ETag` on every page; `If-None-Match` with it when nothing is new → 304."""
    assert principal.kindergarten_id is not None
    with portal.db.read() as session:
        page = feed.read(session, principal.kindergarten_id, cursor,
                         limit or portal.settings.feed_page_default)
    tag = hashlib.sha256(
        f"{principal.kindergarten_id}:{cursor}:{page.last}:{page.has_more}".encode()
    ).hexdigest()[:32]
    etag = f'"{tag}"'
    if if_none_match and etag in [t.strip() for t in if_none_match.split(",")] \
            and not page.changes:
        return Response(status_code=304, headers={"ETag": etag})
    response.headers["ETag"] = etag
    body: dict[str, Any] = {"changes": page.changes, "cursor": page.cursor,
                            "has_more": page.has_more}
    if page.counts is not None:
        body["counts"] = page.counts
    return body


@router.post("/mutations")
def push(body: PushIn, principal: StaffDep, portal: PortalDep,
         language: LanguageDep) -> dict[str, Any]:
    """Apply a desk's intents in order, exactly once; one result per mutation (`applied`,
    `conflict` with the object's current state, `invalid`, or `retry_later`).

    Names and arguments: `accept_request {request_id, base_version?}`, `decline_request
    {request_id, reason, comment?, base_version?}`, `return_documents {request_id, comments:
    {kind: text}}`, `accept_documents {request_id, kinds}`, `send_contract {request_id,
    pdf_sha256}`, `countersign_contract {request_id, pdf_sha256}`, `create_group {name,
    age_from, age_to, language: kk|ru|mixed, capacity, kind?: general|special_needs|
    short_stay, educators?, room?}`, `update_group {group_id, base_version?, name?, age_from?,
    age_to?, language?, kind?, educators?, room?, closed?: true}`, `set_capacity {group_id,
    capacity, base_version?}`, `transfer_child {request_id, group_id}` (an enrolled or
    accepted child to another group: age, language and free places checked; journalled and
    told to the parent), `publish_forecast {period, places: [{group_id, free_places, month?:
    YYYY-MM, note?}]}` (shown to parents in the catalogue)."""
    seqs = [m.seq for m in body.mutations]
    if seqs != sorted(seqs) or len(set(seqs)) != len(seqs):
        raise Problem("validation_error", "mutations must come in increasing seq order")
    results = mutations.push(portal, principal, body.client_id,
                             [m.model_dump() for m in body.mutations], language)
    return {"client_id": body.client_id, "results": results,
            "last_seq": mutations.last_seq(portal, principal, body.client_id)}


@router.get("/mutations/last")
def last(principal: StaffDep, portal: PortalDep,
         client_id: Annotated[str, Query(min_length=1, max_length=64)]) -> dict[str, Any]:
    return {"client_id": client_id,
            "last_seq": mutations.last_seq(portal, principal, client_id)}


@router.get("/decline-reasons")
def decline_reasons(principal: StaffDep) -> list[dict[str, str]]:
    return labels(DECLINE_REASONS)


@router.get("/document-kinds")
def document_kinds(principal: StaffDep) -> list[dict[str, str]]:
    return labels(DOCUMENT_KINDS)


_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _opaque(tag: str) -> str:
    tag = tag.strip()
    return tag[2:] if tag.startswith("W/") else tag


def serve_bytes(request: Request, blob_data: bytes, digest: str, content_type: str,
                range_: str | None, if_range: str | None,
                if_none_match: str | None) -> Response:
    """A file with a strong ETag, conditional GET and single byte ranges (RFC 9110)."""
    etag = f'"{digest}"'
    size = len(blob_data)
    headers = {"ETag": etag, "Accept-Ranges": "bytes", "X-Content-SHA256": digest,
               "Cache-Control": "private, max-age=31536000, immutable"}
    # If-None-Match compares weakly (RFC 9110, 13.1.2); If-Range only strongly (13.1.5).
    if if_none_match and (if_none_match.strip() == "*" or etag in [
            _opaque(t) for t in if_none_match.split(",")]):
        return Response(status_code=304, headers=headers)
    if range_ and (if_range is None or if_range.strip() == etag):
        match = _RANGE.match(range_.strip())
        if match and (match.group(1) or match.group(2)):
            first, last = match.group(1), match.group(2)
            if first:
                start = int(first)
                end = min(int(last), size - 1) if last else size - 1
            else:  # the last N bytes
                start, end = max(size - int(last), 0), size - 1
            if start >= size or end < start:
                return problem_response(request, Problem("range_not_satisfiable", size=size),
                                        {**headers, "Content-Range": f"bytes */{size}"})
            return Response(blob_data[start:end + 1], status_code=206, media_type=content_type,
                            headers={**headers, "Content-Range": f"bytes {start}-{end}/{size}"})
    return Response(blob_data, media_type=content_type, headers=headers)


_FILE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/octet-stream": {}}},
    206: {"description": "Partial content"},
    304: {"description": "Not modified"},
    416: {"description": "Range not satisfiable (a problem document with "
                "`Content-Range: bytes */<size>`)",
          "content": {"application/problem+json": {}}},
}


@router.get("/documents/{document_id}/content", responses=_FILE_RESPONSES)
def document_content(
    document_id: RowId,
    request: Request,
    principal: StaffDep,
    portal: PortalDep,
    range: Annotated[str | None, Header()] = None,
    if_range: Annotated[str | None, Header()] = None,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    with portal.db.read() as session:
        doc = session.get(Document, document_id)
        app = session.get(Application, doc.application_id) if doc else None
        if doc is None or app is None or app.kindergarten_id != principal.kindergarten_id:
            raise Problem("not_found")
        blob = session.get(Blob, doc.sha256)
        if blob is None:  # the portal lost the file: say so, the client offers a report
            raise Problem("not_found", "the file of this document is missing on the portal")
        return serve_bytes(request, blob.data, blob.sha256, blob.content_type, range,
                           if_range, if_none_match)


@router.get("/contracts/{contract_id}/pdf", responses=_FILE_RESPONSES)
def contract_pdf(
    contract_id: RowId,
    request: Request,
    principal: StaffDep,
    portal: PortalDep,
    revision: Annotated[str, Query(pattern="^(sent|parent_signed|countersigned|latest)$")]
    = "latest",
    range: Annotated[str | None, Header()] = None,
    if_range: Annotated[str | None, Header()] = None,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    with portal.db.read() as session:
        contract = session.get(Contract, contract_id)
        if contract is None or contract.kindergarten_id != principal.kindergarten_id:
            raise Problem("not_found")
        digests = {"sent": contract.sent_sha256, "parent_signed": contract.parent_signed_sha256,
                   "countersigned": contract.countersigned_sha256}
        digests["latest"] = digests["countersigned"] or digests["parent_signed"] \
            or digests["sent"]
        digest = digests[revision]
        if digest is None:
            raise Problem("not_found", f"the contract has no {revision} revision yet")
        blob = session.get(Blob, digest)
        assert blob is not None
        return serve_bytes(request, blob.data, digest, blob.content_type, range, if_range,
                           if_none_match)


@router.put("/uploads/{sha256}", status_code=201,
            openapi_extra={"requestBody": {"required": True, "content": {
                "application/pdf": {"schema": {"type": "string", "format": "binary"}}}}})
async def upload(sha256: str, request: Request, principal: StaffDep,
                 portal: PortalDep) -> dict[str, Any]:
    digest = blobs.check_digest(sha256)
    data = await _read_limited(request, portal.settings.max_upload_bytes)
    if blobs.sha256_hex(data) != digest:
        raise Problem("digest_mismatch")
    media = blobs.accept_file(data, portal.settings.max_upload_bytes, (blobs.PDF,))

    def store() -> dict[str, Any]:
        with portal.db.write() as session:
            blob = blobs.store(session, data, media, portal.now())
            if session.get(Upload, (digest, principal.kindergarten_id)) is None:
                session.add(Upload(sha256=digest, kindergarten_id=principal.kindergarten_id))
            return {"sha256": blob.sha256, "size": blob.size, "content_type": media}

    return await run_in_threadpool(store)


@router.get("/counts")
def counts(principal: StaffDep, portal: PortalDep) -> dict[str, int]:
    assert principal.kindergarten_id is not None
    with portal.db.read() as session:
        return feed.count_by_type(session, principal.kindergarten_id)

