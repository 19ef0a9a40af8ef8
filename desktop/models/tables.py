"""The local cache: what the portal last said, plus the staff's own pending intents.

Each portal object is kept whole (`data`, as the change feed sent it) beside the columns the
screens filter and sort on, each indexed, so a list of 100,000 requests is paged and
filtered by SQL and never held in memory. Times are stored as UTC and come back aware.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, Index, Integer, String, Text
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


class Request(Base):
    """An enrollment request (the portal's application while it is with us)."""

    __tablename__ = "requests"
    __table_args__ = (
        Index("ix_requests_status_requested", "status", "requested_at"),
        Index("ix_requests_group_requested", "group_id", "requested_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int]
    number: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    review: Mapped[str | None] = mapped_column(String(16))
    group_id: Mapped[int | None] = mapped_column(Integer, index=True)
    child_iin: Mapped[str] = mapped_column(String(12), index=True)
    child_name: Mapped[str] = mapped_column(String(300), index=True)
    child_birth_date: Mapped[date] = mapped_column(Date, index=True)
    languages: Mapped[str] = mapped_column(String(8))  # "kk", "ru" or "kk,ru"
    requested_at: Mapped[datetime | None] = mapped_column(index=True)
    # The parent's running deadline (enroll_by while the request is with us).
    deadline: Mapped[datetime | None] = mapped_column(index=True)
    # Lower-case name, IIN and number, for search as the user types.
    search: Mapped[str] = mapped_column(Text)
    # True while a local decision on it awaits the portal.
    pending: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    data: Mapped[dict[str, Any]]


class Document(Base):
    __tablename__ = "documents"
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
    monotonically increasing sequence number; `id` is the action's UUID (the
    Idempotency-Key); `payload_sha256` lets the portal tell a replay from a reuse.
    """

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(48))
    args: Mapped[dict[str, Any]]
    payload_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    # pending: not yet answered; attention: a conflict or refusal staff must see; done.
    state: Mapped[str] = mapped_column(String(16), index=True, default="pending")
    outcome: Mapped[str | None] = mapped_column(String(16))
    code: Mapped[str | None] = mapped_column(String(48))
    reason: Mapped[str | None] = mapped_column(Text)
    current: Mapped[dict[str, Any] | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    answered_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
