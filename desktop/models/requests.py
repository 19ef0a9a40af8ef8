"""Requests as the cache holds them, each with its group and its documents
(`request_records.RequestDetails`): one for its detail window, or many at once, in the
order asked, for their summary sheets. Each read opens its own session."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select

from desktop.models import groups
from desktop.models.domain import parse_moment
from desktop.models.request_records import DocumentState, RequestDetails
from desktop.models.sessions import Sessions
from desktop.models.tables import Document, Group, Request


def _ids_json(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def selection(ids: Sequence[int]) -> Any:
    """`id IN (the ids)`, as one parameter however many there are (SQLite caps the
    number of parameters of a statement)."""
    each = func.json_each(_ids_json(ids)).table_valued("value")
    return select(each.c.value)


def in_order(ids: Sequence[int], found: Mapping[int, Any]) -> list[Any]:
    """What `found` holds of `ids`, in their order, once each."""
    return [found[i] for i in dict.fromkeys(ids) if i in found]


def details(cache: Sessions, request_id: int) -> RequestDetails | None:
    """The request `request_id`, or None when the cache no longer holds it."""
    with cache.read() as session:
        request = session.get(Request, request_id)
        if request is None:
            return None
        group = session.get(Group, request.group_id) if request.group_id is not None else None
        documents = session.scalars(select(Document).where(Document.request_id == request_id)
                                    .order_by(Document.kind, Document.id))
        return _details(request, group, documents)


def details_of(cache: Sessions, ids: Sequence[int]) -> list[RequestDetails]:
    """The requests `ids`, in that order (three queries in all); those the cache no longer
    holds are left out."""
    if not ids:
        return []
    with cache.read() as session:
        requests = {r.id: r for r in session.scalars(
            select(Request).where(Request.id.in_(selection(ids))))}
        group_ids = {r.group_id for r in requests.values() if r.group_id is not None}
        found_groups = {g.id: g for g in session.scalars(
            select(Group).where(Group.id.in_(group_ids)))}
        documents: dict[int, list[Document]] = {}
        for document in session.scalars(select(Document).where(
                Document.request_id.in_(selection(ids)))
                .order_by(Document.kind, Document.id)):
            documents.setdefault(document.request_id, []).append(document)
        found = {r.id: _details(r, found_groups.get(r.group_id) if r.group_id is not None
                                else None, documents.get(r.id, ()))
                 for r in requests.values()}
    return in_order(ids, found)


def _details(request: Request, group: Group | None,
             documents: Iterable[Document]) -> RequestDetails:
    return RequestDetails(
        id=request.id, number=request.number, status=request.status, review=request.review,
        pending=request.pending, child_name=request.child_name, child_iin=request.child_iin,
        child_birth_date=request.child_birth_date, languages=request.languages,
        requested_at=request.requested_at, deadline=request.deadline, data=dict(request.data),
        group=None if group is None else groups.record(group),
        documents=tuple(_document(d) for d in documents))


def _document(document: Document) -> DocumentState:
    data: dict[str, Any] = document.data or {}
    size = data.get("size")
    return DocumentState(
        kind=document.kind, status=document.status, comment=str(data.get("comment") or ""),
        id=document.id, sha256=document.sha256,
        size=size if isinstance(size, int) else None,
        content_type=str(data.get("content_type") or ""),
        uploaded_at=parse_moment(data.get("uploaded_at")))
