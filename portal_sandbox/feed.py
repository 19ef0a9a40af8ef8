"""The staff change feed: publishing object states, and reading them after a cursor.

Cursors are opaque to clients: base64 of the kindergarten, the last sequence seen and the
feed's epoch. A cursor from another epoch (a reset world) is expired, which tells the
client to take a full snapshot.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_
from sqlalchemy.orm import Session

from portal_sandbox import serialize
from portal_sandbox.errors import Problem
from portal_sandbox.models import (
    Application,
    Contract,
    Document,
    FeedEntry,
    Forecast,
    Group,
    Kindergarten,
    Notification,
    Setting,
)
from portal_sandbox.notices import DECLINE_REASONS, DOCUMENT_KINDS, labels

TYPES = ("kindergarten", "group", "request", "document", "contract", "notification", "forecast")

# The vocabularies staff choose from ride the feed, so a client needs no request of its own
# for them: each is one object of its own type (id 1) whose `data.items` are the labels of
# `GET /staff/decline-reasons` and `/staff/document-kinds`. They come with a snapshot's
# first page and again only when they changed: a cursor names the vocabularies it was
# issued with (`r`), and a page read from a cursor naming others carries them again.
REFERENCE = [
    {"type": type_, "id": 1, "version": 1, "deleted": False, "data": {"items": items}}
    for type_, items in (("decline_reasons", labels(DECLINE_REASONS)),
                         ("document_kinds", labels(DOCUMENT_KINDS)))
]
REFERENCE_TAG = hashlib.sha256(json.dumps(REFERENCE, sort_keys=True).encode()).hexdigest()[:8]


# Publishing is deferred to the end of the transaction: an object changed by ten mutations
# of one push is serialised and written to the feed once, with what it is at commit.
Key = tuple[int, str, int]  # kindergarten, type, id
_PENDING = "feed_pending"


@dataclass(frozen=True)
class Tombstone:
    version: int


def _pending(session: Session) -> dict[Key, Any]:
    pending: dict[Key, Any] = session.info.setdefault(_PENDING, {})
    return pending


def publish_kindergarten(session: Session, kg: Kindergarten) -> None:
    _pending(session)[(kg.id, "kindergarten", kg.id)] = kg


def publish_group(session: Session, group: Group) -> None:
    _pending(session)[(group.kindergarten_id, "group", group.id)] = group


def publish_request(session: Session, app: Application) -> None:
    if app.kindergarten_id is not None:
        _pending(session)[(app.kindergarten_id, "request", app.id)] = app


def withdraw_request(session: Session, app: Application, kindergarten_id: int) -> None:
    """Tombstones for a request that left a kindergarten, and for what came with it."""
    pending = _pending(session)
    pending[(kindergarten_id, "request", app.id)] = Tombstone(app.version)
    for doc in session.scalars(select(Document).where(Document.application_id == app.id)):
        pending[(kindergarten_id, "document", doc.id)] = Tombstone(doc.version)


def publish_document(session: Session, doc: Document, kindergarten_id: int) -> None:
    _pending(session)[(kindergarten_id, "document", doc.id)] = doc


def publish_contract(session: Session, contract: Contract) -> None:
    _pending(session)[(contract.kindergarten_id, "contract", contract.id)] = contract


def publish_notification(session: Session, note: Notification) -> None:
    assert note.kindergarten_id is not None
    _pending(session)[(note.kindergarten_id, "notification", note.id)] = note


def publish_forecast(session: Session, forecast: Forecast) -> None:
    _pending(session)[(forecast.kindergarten_id, "forecast", forecast.id)] = forecast


_SERIALISERS: dict[str, Any] = {
    "kindergarten": serialize.kindergarten,
    "group": serialize.group,
    "document": serialize.document,
    "contract": serialize.contract,
    "notification": serialize.notification,
    "forecast": serialize.forecast,
}


def publish_pending(session: Session) -> None:
    """Write what this transaction published to the feed (a `before_commit` hook)."""
    pending: dict[Key, Any] = session.info.pop(_PENDING, None) or {}
    if not pending:
        return
    session.flush()
    apps = [obj for key, obj in pending.items()
            if key[1] == "request" and not isinstance(obj, Tombstone)]
    requests = serialize.requests(session, apps)
    rows = []
    for (kg_id, type_, obj_id), obj in pending.items():
        if isinstance(obj, Tombstone):
            version, data = obj.version, None
        elif type_ == "request":
            version, data = obj.version, requests[obj_id]
        else:
            version, data = getattr(obj, "version", 1), _SERIALISERS[type_](obj)
        rows.append({"kindergarten_id": kg_id, "type": type_, "obj_id": obj_id,
                     "version": version, "deleted": data is None, "data": data})
    # Delete and insert, so each object moves to the end of the feed with a fresh number.
    keys = list(pending)
    for chunk in range(0, len(keys), 500):
        session.execute(delete(FeedEntry).where(
            tuple_(FeedEntry.kindergarten_id, FeedEntry.type, FeedEntry.obj_id).in_(
                keys[chunk:chunk + 500])))
    session.execute(insert(FeedEntry), rows)


# reading


def epoch(session: Session) -> str:
    row = session.get(Setting, "feed_epoch")
    if row is None:
        raise RuntimeError("the feed epoch is set when the world is created")
    return str(row.value["epoch"])


def new_epoch(session: Session) -> None:
    row = session.get(Setting, "feed_epoch")
    value = {"epoch": secrets.token_hex(4)}
    if row is None:
        session.add(Setting(key="feed_epoch", value=value))
    else:
        row.value = value


def encode_cursor(kindergarten_id: int, seq: int, feed_epoch: str) -> str:
    raw = json.dumps({"k": kindergarten_id, "s": seq, "e": feed_epoch, "r": REFERENCE_TAG},
                     separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode()


def decode_cursor(cursor: str, kindergarten_id: int, feed_epoch: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        claims = json.loads(raw)
        seq = claims["s"]
        # Only what encode_cursor writes: whole numbers in the columns' range (not 10**30,
        # not Infinity, not true).
        if type(seq) is not int or not 0 <= seq < 2**62 or type(claims["k"]) is not int \
                or claims["k"] != kindergarten_id:
            raise Problem("cursor_invalid")
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise Problem("cursor_invalid") from exc
    if claims.get("e") != feed_epoch:
        raise Problem("cursor_expired")
    return seq


def _names_reference(cursor: str) -> bool:
    """Whether a cursor (decoded once already) was issued with today's vocabularies."""
    claims = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    return bool(claims.get("r") == REFERENCE_TAG)


@dataclass
class Page:
    changes: list[dict[str, Any]]
    cursor: str
    has_more: bool
    counts: dict[str, int] | None
    after: int
    last: int


def read(
    session: Session, kindergarten_id: int, cursor: str | None, limit: int
) -> Page:
    feed_epoch = epoch(session)
    after = 0 if cursor is None else decode_cursor(cursor, kindergarten_id, feed_epoch)
    rows = session.execute(
        select(
            FeedEntry.seq,
            FeedEntry.type,
            FeedEntry.obj_id,
            FeedEntry.version,
            FeedEntry.deleted,
            FeedEntry.data,
        )
        .where(FeedEntry.kindergarten_id == kindergarten_id, FeedEntry.seq > after)
        .order_by(FeedEntry.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    # A snapshot need not send tombstones: the client has nothing to delete yet.
    changes = [
        {"type": r.type, "id": r.obj_id, "version": r.version, "deleted": r.deleted,
         "data": r.data}
        for r in rows
        if cursor is not None or not r.deleted
    ]
    if cursor is None or not _names_reference(cursor):
        changes = [*REFERENCE, *changes]
    last = rows[-1].seq if rows else after
    counts = None if has_more else count_by_type(session, kindergarten_id)
    return Page(changes, encode_cursor(kindergarten_id, last, feed_epoch), has_more, counts,
                after, last)


def count_by_type(session: Session, kindergarten_id: int) -> dict[str, int]:
    rows = session.execute(
        select(FeedEntry.type, func.count())
        .where(FeedEntry.kindergarten_id == kindergarten_id, FeedEntry.deleted.is_(False))
        .group_by(FeedEntry.type)
    ).all()
    counts = dict.fromkeys(TYPES, 0)
    counts.update({t: int(n) for t, n in rows})
    return counts
