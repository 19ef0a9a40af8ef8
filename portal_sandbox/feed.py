"""The staff change feed: publishing object states, and reading them after a cursor.

Cursors are opaque to clients: base64 of the kindergarten, the last sequence seen and the
feed's epoch. A cursor from another epoch (a reset world) is expired, which tells the
client to take a full snapshot.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
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

TYPES = ("kindergarten", "group", "request", "document", "contract", "notification", "forecast")


def _put(
    session: Session,
    kindergarten_id: int,
    type_: str,
    obj_id: int,
    version: int,
    data: dict[str, Any] | None,
) -> None:
    # Delete and insert, so the object moves to the end of the feed with a fresh number.
    session.execute(
        delete(FeedEntry).where(
            FeedEntry.kindergarten_id == kindergarten_id,
            FeedEntry.type == type_,
            FeedEntry.obj_id == obj_id,
        )
    )
    session.add(
        FeedEntry(
            kindergarten_id=kindergarten_id,
            type=type_,
            obj_id=obj_id,
            version=version,
            deleted=data is None,
            data=data,
        )
    )


def publish_kindergarten(session: Session, kg: Kindergarten) -> None:
    _put(session, kg.id, "kindergarten", kg.id, kg.version, serialize.kindergarten(kg))


def publish_group(session: Session, group: Group) -> None:
    _put(session, group.kindergarten_id, "group", group.id, group.version, serialize.group(group))


def publish_request(session: Session, app: Application) -> None:
    if app.kindergarten_id is not None:
        data = serialize.request(session, app)
        _put(session, app.kindergarten_id, "request", app.id, app.version, data)


def withdraw_request(session: Session, app: Application, kindergarten_id: int) -> None:
    """Tombstones for a request that left a kindergarten, and for what came with it."""
    _put(session, kindergarten_id, "request", app.id, app.version, None)
    for doc in session.scalars(select(Document).where(Document.application_id == app.id)):
        _put(session, kindergarten_id, "document", doc.id, doc.version, None)


def publish_document(session: Session, doc: Document, kindergarten_id: int) -> None:
    _put(session, kindergarten_id, "document", doc.id, doc.version, serialize.document(doc))


def publish_contract(session: Session, contract: Contract) -> None:
    data = serialize.contract(contract)
    _put(session, contract.kindergarten_id, "contract", contract.id, contract.version, data)


def publish_notification(session: Session, note: Notification) -> None:
    assert note.kindergarten_id is not None
    _put(session, note.kindergarten_id, "notification", note.id, 1, serialize.notification(note))


def publish_forecast(session: Session, forecast: Forecast) -> None:
    data = serialize.forecast(forecast)
    _put(session, forecast.kindergarten_id, "forecast", forecast.id, forecast.version, data)


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
    raw = json.dumps({"k": kindergarten_id, "s": seq, "e": feed_epoch}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode()


def decode_cursor(cursor: str, kindergarten_id: int, feed_epoch: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        claims = json.loads(raw)
        seq = int(claims["s"])
        if int(claims["k"]) != kindergarten_id or seq < 0:
            raise Problem("cursor_invalid")
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise Problem("cursor_invalid") from exc
    if claims.get("e") != feed_epoch:
        raise Problem("cursor_expired")
    return seq


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
