"""The sandbox's storage schema (SQLAlchemy 2 typed mappings; migrations under Alembic).

Works unchanged on SQLite and PostgreSQL. Times are stored as UTC and come back aware.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Naive UTC in the database, aware UTC in Python: SQLite keeps no offsets."""

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


class Setting(Base):
    """Small persistent state: the signing secret, the sandbox clock, portal settings."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class Person(Base):
    """The state register stand-in: who an IIN is, and who the child's parents are."""

    __tablename__ = "people"
    iin: Mapped[str] = mapped_column(String(12), primary_key=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    sex: Mapped[str] = mapped_column(String(6))
    birth_date: Mapped[date] = mapped_column(Date)
    parents: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Account(Base):
    """A portal user: a parent, or a member of a kindergarten's staff (or both)."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    iin: Mapped[str] = mapped_column(String(12), unique=True)
    phone: Mapped[str | None] = mapped_column(String(16), unique=True)
    login: Mapped[str | None] = mapped_column(String(64), unique=True)
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    roles: Mapped[list[Any]] = mapped_column(JSON, default=list)
    kindergarten_id: Mapped[int | None] = mapped_column(ForeignKey("kindergartens.id"))
    created_at: Mapped[datetime]


class SmsCode(Base):
    __tablename__ = "sms_codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phone: Mapped[str] = mapped_column(String(16), index=True)
    iin: Mapped[str] = mapped_column(String(12))
    purpose: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    scope: Mapped[list[Any]] = mapped_column(JSON)
    expires_at: Mapped[datetime]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    # Every token a log-in's rotations made: one reused is taken as stolen, and all go.
    family: Mapped[str] = mapped_column(String(64), index=True)


class EdsChallenge(Base):
    __tablename__ = "eds_challenges"
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[datetime]
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class Kindergarten(Base):
    __tablename__ = "kindergartens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bin: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    locality: Mapped[str] = mapped_column(String(100), index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    languages: Mapped[list[Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Group(Base):
    __tablename__ = "groups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kindergarten_id: Mapped[int] = mapped_column(ForeignKey("kindergartens.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    age_from: Mapped[int] = mapped_column(Integer)
    age_to: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8))  # kk, ru or mixed
    capacity: Mapped[int] = mapped_column(Integer)
    enrolled: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    starts_on: Mapped[date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(16), default="general")
    educators: Mapped[str] = mapped_column(String(300), default="")
    room: Mapped[str] = mapped_column(String(100), default="")
    # A closed group keeps its history but takes no one and leaves the catalogue.
    closed: Mapped[bool] = mapped_column(Boolean, default=False)

    @property
    def free(self) -> int:
        return self.capacity - self.enrolled - self.reserved


class ChildLink(Base):
    """A child on a parent's "Мои дети" list."""

    __tablename__ = "children"
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    child_iin: Mapped[str] = mapped_column(ForeignKey("people.iin"), primary_key=True)
    added_at: Mapped[datetime]


class Application(Base):
    """A voucher application; while it sits with a kindergarten it is that one's request."""

    __tablename__ = "applications"
    __table_args__ = (
        Index("ix_applications_queue", "locality", "status", "priority_rank", "submitted_at"),
        Index("ix_applications_deadline", "status", "deadline_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    child_iin: Mapped[str] = mapped_column(ForeignKey("people.iin"), index=True)
    locality: Mapped[str] = mapped_column(String(100))
    languages: Mapped[list[Any]] = mapped_column(JSON)
    queue_type: Mapped[str] = mapped_column(String(32))
    priority_category: Mapped[str] = mapped_column(String(32))
    priority_rank: Mapped[int] = mapped_column(Integer)
    submitted_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(24))
    archive_reason: Mapped[str | None] = mapped_column(String(32))
    voucher_issued_at: Mapped[datetime | None]
    confirm_by: Mapped[datetime | None]
    confirmed_at: Mapped[datetime | None]
    enroll_by: Mapped[datetime | None]
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    stop_list_until: Mapped[datetime | None]
    restored: Mapped[bool] = mapped_column(Boolean, default=False)
    kindergarten_id: Mapped[int | None] = mapped_column(ForeignKey("kindergartens.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"))
    requested_at: Mapped[datetime | None]
    review: Mapped[str | None] = mapped_column(String(16))
    decline_reason: Mapped[str | None] = mapped_column(String(32))
    decline_comment: Mapped[str | None] = mapped_column(Text)
    # The one deadline that is running now, whichever it is: the scheduler's index.
    deadline_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime]


class JournalEntry(Base):
    """One transition of an application: when, from what, to what, by whom."""

    __tablename__ = "journal"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    at: Mapped[datetime]
    event: Mapped[str] = mapped_column(String(64))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    actor_kind: Mapped[str] = mapped_column(String(16))
    actor_name: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Blob(Base):
    """Content-addressed bytes: documents, contracts, their signed revisions."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]


class Upload(Base):
    """Which kindergarten uploaded which blob: a kindergarten may only use its own."""

    __tablename__ = "uploads"
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), primary_key=True)
    kindergarten_id: Mapped[int] = mapped_column(ForeignKey("kindergartens.id"), primary_key=True)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("application_id", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    content_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="")
    uploaded_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)


class Contract(Base):
    __tablename__ = "contracts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), unique=True)
    kindergarten_id: Mapped[int] = mapped_column(ForeignKey("kindergartens.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    sent_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    sent_at: Mapped[datetime]
    parent_signed_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    parent_signed_at: Mapped[datetime | None]
    parent_signer: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    countersigned_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    countersigned_at: Mapped[datetime | None]
    director_signer: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Notification(Base):
    """A message to a parent's inbox, or to a kindergarten's staff; rendered per language."""

    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    kindergarten_id: Mapped[int | None] = mapped_column(ForeignKey("kindergartens.id"))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    code: Mapped[str] = mapped_column(String(48))
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime]


class Forecast(Base):
    """A kindergarten's published forecast of free places ("Прогноз по распределению мест")."""

    __tablename__ = "forecasts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kindergarten_id: Mapped[int] = mapped_column(ForeignKey("kindergartens.id"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    places: Mapped[list[Any]] = mapped_column(JSON)
    published_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)


class FeedEntry(Base):
    """The staff change feed: one row per object, moved to a new sequence on every change.

    Reading "what changed after seq N" is an index range scan on (kindergarten, seq), so an
    empty pull costs the same however large the world is. The data is the object's state as
    published, so a snapshot is a plain scan with no joins.
    """

    __tablename__ = "feed"
    __table_args__ = (
        UniqueConstraint("kindergarten_id", "type", "obj_id"),
        Index("ix_feed_kindergarten_seq", "kindergarten_id", "seq"),
        Index("ix_feed_kindergarten_type", "kindergarten_id", "type", "deleted"),
        # A deleted-then-reinserted row must never get back an old number on SQLite.
        {"sqlite_autoincrement": True},
    )
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                     primary_key=True, autoincrement=True)
    kindergarten_id: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16))
    obj_id: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ClientState(Base):
    """Per staff client: the last applied mutation sequence, kept forever (docs/sync.md)."""

    __tablename__ = "client_state"
    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime]


class MutationRecord(Base):
    """The stored outcome of each mutation, so a replay returns the first answer."""

    __tablename__ = "mutation_log"
    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    mutation_id: Mapped[str] = mapped_column(String(64))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(48))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime]


class IdempotencyRecord(Base):
    __tablename__ = "idempotency"
    principal: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(500))
    body_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(100))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    at: Mapped[datetime]


class IssuedCertificate(Base):
    """Every key the test CA issued, so it can be revoked and listed on the CRL."""

    __tablename__ = "issued_certificates"
    serial: Mapped[str] = mapped_column(String(48), primary_key=True)
    iin: Mapped[str] = mapped_column(String(12), index=True)
    bin: Mapped[str | None] = mapped_column(String(12))
    role: Mapped[str] = mapped_column(String(24))
    usage: Mapped[str] = mapped_column(String(8))
    filename: Mapped[str] = mapped_column(String(200))
    not_after: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
