"""The local cache: what the portal last said, plus the staff's own pending intents.

Each portal object is kept whole (`data`, as the change feed sent it) beside the columns the
screens filter and sort on, each indexed, so a list of 100,000 requests is paged and
filtered by SQL and never held in memory. Times are stored as UTC and come back aware.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, Index, Integer, String, Text, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Naive UTC in SQLite (which keeps no offsets), aware UTC in Python."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: give a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON,
    }


class Meta(Base):
    """Small durable state: the sync cursor, this desk's client id, the next sequence."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class Kindergarten(Base):
    __tablename__ = "kindergartens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int]
    bin: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(300))
    data: Mapped[dict[str, Any]]


class Group(Base):
    __tablename__ = "groups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    age_from: Mapped[int]
    age_to: Mapped[int]
    language: Mapped[str] = mapped_column(String(2))
    capacity: Mapped[int]
    enrolled: Mapped[int]
    reserved: Mapped[int]
    starts_on: Mapped[date] = mapped_column(Date)
    data: Mapped[dict[str, Any]]


# Kazakh alphabetical order for sorting by name, as an expression SQLite can index: binary
# (code point) order puts Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ after Я and І, Ё before А, so each is
# rewritten as the letter it follows plus a character above every letter (U+FFF0, U+FFF1).
# Written out literally because SQLite uses an expression index only for the identical
# expression; migration 0003 creates the index from the same text.
_KAZAKH_AFTER = (("Ә", "А", 0), ("Ғ", "Г", 0), ("Ё", "Е", 0), ("Қ", "К", 0), ("Ң", "Н", 0),
                 ("Ө", "О", 0), ("Ұ", "У", 0), ("Ү", "У", 1), ("Һ", "Х", 0), ("І", "Ы", 0))
NAME_SORT_SUBSTITUTIONS: tuple[tuple[str, str], ...] = tuple(
    pair for letter, after, rank in _KAZAKH_AFTER
    for pair in ((letter, after + chr(0xFFF0 + rank)),
                 (letter.lower(), after.lower() + chr(0xFFF0 + rank))))


def _name_sort_sql() -> str:
    sql = "child_name"
    for letter, key in NAME_SORT_SUBSTITUTIONS:
        sql = f"replace({sql}, '{letter}', '{key[0]}' || char({ord(key[1])}))"
    return sql


NAME_SORT_SQL = _name_sort_sql()
REQUEST_FILTER_COLUMNS = ("status", "languages", "group_id", "child_birth_date", "deadline")


class Request(Base):
    """An enrollment request (the portal's application while it is with us)."""

    __tablename__ = "requests"
    __table_args__ = (
        Index("ix_requests_status_requested", "status", "requested_at"),
        Index("ix_requests_group_requested", "group_id", "requested_at"),
        Index("ix_requests_name_sort", text(NAME_SORT_SQL)),
        # Covering indexes of the requests page (desktop/models/queries.py): the list is
        # filtered and paged inside them, never by reading the rows (~5 KB of JSON each,
        # which SQLCipher would decrypt).
        Index("ix_requests_by_id", "id", *REQUEST_FILTER_COLUMNS, "requested_at", "search"),
        Index("ix_requests_recent", "requested_at", *REQUEST_FILTER_COLUMNS, "search"),
        # The home page's new requests, the latest first (desktop/models/today.py).
        Index("ix_requests_review_requested", "review", "requested_at"),
        # The children holding a place in each group, with their birth dates
        # (desktop/models/groups.py): read inside the index, not from the rows.
        Index("ix_requests_group_places", "group_id", "status", "review", "child_birth_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int]
    number: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    review: Mapped[str | None] = mapped_column(String(16), index=True)
    group_id: Mapped[int | None] = mapped_column(Integer, index=True)
    child_iin: Mapped[str] = mapped_column(String(12), index=True)
    child_name: Mapped[str] = mapped_column(String(300), index=True)
    child_birth_date: Mapped[date] = mapped_column(Date, index=True)
    languages: Mapped[str] = mapped_column(String(8), index=True)  # "kk", "ru" or "kk,ru"
    requested_at: Mapped[datetime | None] = mapped_column(index=True)
    # The parent's running deadline (enroll_by while the request is with us).
    deadline: Mapped[datetime | None] = mapped_column(index=True)
    # Lower-case name, IIN and number, for search as the user types. Migration 0003 mirrors
    # it into the FTS5 trigram index `requests_fts` by triggers, so writers need not know.
    search: Mapped[str] = mapped_column(Text)
    # True while a local decision on it awaits the portal.
    pending: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    data: Mapped[dict[str, Any]]


class Document(Base):
    __tablename__ = "documents"
    # Documents sent again after a review (desktop/models/today.py), by index alone.
    __table_args__ = (Index("ix_documents_status_version", "status", "version", "request_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int]
    request_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]]


class Contract(Base):
    __tablename__ = "contracts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int]
    request_id: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]]


class Notification(Base):
    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int]
    request_id: Mapped[int | None] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    seen: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]]


class Forecast(Base):
    __tablename__ = "forecasts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int]
    data: Mapped[dict[str, Any]]


class OutboxEntry(Base):
    """A staff action (an intent) the portal has not confirmed yet, or that needs attention.

    Written in the same transaction as its optimistic local effect. `seq` is this desk's
    monotonically increasing sequence number; `id` is the action's UUID, sent with it;
    `payload_sha256` lets the portal tell a replay from a reuse (docs/sync.md).
    """

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(48))
    args: Mapped[dict[str, Any]]
    payload_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    # pending: not yet answered; attention: a conflict or refusal staff must see; done:
    # applied; resolved: an attention item staff have seen and dismissed (kept, not deleted).
    state: Mapped[str] = mapped_column(String(16), index=True, default="pending")
    outcome: Mapped[str | None] = mapped_column(String(16))
    code: Mapped[str | None] = mapped_column(String(48))
    reason: Mapped[str | None] = mapped_column(Text)
    current: Mapped[dict[str, Any] | None]
    # What the intent is about in words (request number, child, group name), kept with it
    # so Needs attention can name a request that has left the cache since.
    subject: Mapped[dict[str, Any] | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    answered_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]


class PortalState(Base):
    """What the portal last said about a row that local intents have changed on top.

    The sync engine restores a row from here before it applies the still-pending intents
    again after a pull, so an optimistic effect (a reserved place) is never counted twice
    and is undone when the portal refuses it. A row without an entry here is the portal's.
    """

    __tablename__ = "portal_states"
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[dict[str, Any]]


class SweepMark(Base):
    """An object the full snapshot in progress has sent: what is not marked when the last
    page arrives is gone from the portal and is deleted (mark and sweep)."""

    __tablename__ = "sweep_marks"
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class StoredFile(Base):
    """A file of the content-addressed document store, named by its SHA-256.

    Recorded only after the file was verified, fsynced and renamed into place, so a row
    here always means a whole, correct file.
    """

    __tablename__ = "stored_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime]


# The change feed's object types and the tables that keep them (each with `id`, `version`
# and `data`).
FEED_TABLES: dict[str, type[Any]] = {
    "kindergarten": Kindergarten,
    "group": Group,
    "request": Request,
    "document": Document,
    "contract": Contract,
    "notification": Notification,
    "forecast": Forecast,
}
