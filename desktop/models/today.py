"""What needs doing today, read from the cache: the home page's counts and short lists, and
what the tray has not announced yet.

Four kinds of work, each found by an index, never by reading the whole table (a city's
cache holds 100,000 requests and SQLCipher decrypts every page it reads):

- new requests: `review = 'new'` (`ix_requests_review`), the kindergarten has not decided;
- deadlines: the parent's window ends before a given instant (`ix_requests_deadline`; the
  sync engine sets `deadline` only while the request is with the kindergarten);
- documents sent again: a document back at `received` after its first version
  (`ix_documents_status_version`). The portal raises a document's version when staff
  review it and when the parent sends a new file, so a received document past version 1 is
  a file the parent sent after a return (or replaced on their own), which staff have not
  looked at yet;
- conflicts: outbox entries in `attention` (`ix_outbox_state`).

The callers give the moments ("now", the end of the next working day): models know no
calendar. Plain SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models.domain import DocumentStatus, parse_moment
from desktop.models.sessions import Sessions
from desktop.models.tables import Document, Meta, OutboxEntry, Request

NEW_REVIEW = "new"
ATTENTION = "attention"
# The tray's memory of what it announced, in the cache's `meta` table: per kindergarten and
# user, like the cache itself.
NOTICES_KEY = "today_notices"
# At most this many deadlines are remembered as announced (a city's cache has thousands due
# on a busy day; older ones drop out as their deadlines pass anyway).
MAX_REMEMBERED = 5000


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a list: a request, and for a document line the document."""

    request_id: int
    number: int
    child_name: str
    status: str
    review: str | None
    pending: bool
    requested_at: datetime | None
    deadline: datetime | None
    document_id: int | None = None
    document_kind: str | None = None
    uploaded_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """An action the portal did not apply, waiting on the Needs attention page."""

    seq: int
    name: str
    args: dict[str, Any]
    outcome: str | None
    code: str | None
    reason: str | None
    answered_at: datetime | None
    request_id: int | None
    number: int | None


@dataclass(frozen=True)
class Section:
    """How many there are, and the first `limit` of them."""

    count: int
    entries: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Today:
    new: Section
    due: Section
    documents: Section
    conflicts: Section

    @property
    def total(self) -> int:
        return self.new.count + self.due.count + self.documents.count + self.conflicts.count


@dataclass(frozen=True)
class Notices:
    """What the tray should announce now: each request once (a deadline again only when
    the portal moved it)."""

    new: tuple[Entry, ...] = ()
    new_count: int = 0
    due: tuple[Entry, ...] = ()
    due_count: int = 0

    def __bool__(self) -> bool:
        return bool(self.new_count or self.due_count)


_ENTRY_COLUMNS = (Request.id, Request.number, Request.child_name, Request.status,
                  Request.review, Request.pending, Request.requested_at, Request.deadline)


def _entries(session: Session, query: Any) -> tuple[Entry, ...]:
    return tuple(Entry(*tuple(row)) for row in session.execute(query))


def _count(session: Session, query: Any) -> int:
    return int(session.execute(query).scalar_one())


# --- the four lists -----------------------------------------------------------------------


def _new_where() -> Any:
    return Request.review == NEW_REVIEW


def new_requests(session: Session, limit: int) -> Section:
    """Requests the kindergarten has not decided on, the latest to arrive first."""
    count = _count(session, select(func.count()).select_from(Request).where(_new_where()))
    if not count or limit <= 0:
        return Section(count)
    query = (select(*_ENTRY_COLUMNS).where(_new_where())
             .order_by(Request.requested_at.desc().nulls_last(), Request.id.desc())
             .limit(limit))
    return Section(count, _entries(session, query))


def _due_where(now: datetime, until: datetime) -> Any:
    return (Request.deadline >= now) & (Request.deadline < until)


def due_requests(session: Session, now: datetime, until: datetime, limit: int) -> Section:
    """Requests whose parent's window is still open at `now` and closes before `until`
    (the caller's end of the next working day), the first to close first."""
    count = _count(session, select(func.count()).select_from(Request)
                   .where(_due_where(now, until)))
    if not count or limit <= 0:
        return Section(count)
    query = (select(*_ENTRY_COLUMNS).where(_due_where(now, until))
             .order_by(Request.deadline, Request.id).limit(limit))
    return Section(count, _entries(session, query))


def _sent_again_where() -> Any:
    return (Document.status == DocumentStatus.RECEIVED.value) & (Document.version > 1)


def documents_sent_again(session: Session, limit: int) -> Section:
    """Documents parents sent again after staff had reviewed them, the latest first (only
    those of requests this cache holds)."""
    joined = (select(func.count()).select_from(Document)
              .join(Request, Request.id == Document.request_id)
              .where(_sent_again_where()))
    count = _count(session, joined)
    if not count or limit <= 0:
        return Section(count)
    uploaded = func.json_extract(Document.data, "$.uploaded_at")
    query = (select(*_ENTRY_COLUMNS, Document.id, Document.kind, uploaded)
             .join(Request, Request.id == Document.request_id)
             .where(_sent_again_where())
             .order_by(uploaded.desc(), Document.id.desc()).limit(limit))
    entries = []
    for row in session.execute(query):
        request = Entry(*tuple(row)[:len(_ENTRY_COLUMNS)])
        document_id, kind, when = tuple(row)[len(_ENTRY_COLUMNS):]
        entries.append(replace(request, document_id=document_id, document_kind=kind,
                               uploaded_at=parse_moment(when)))
    return Section(count, tuple(entries))


def conflicts(session: Session, limit: int) -> Section:
    """Actions the portal did not apply that nobody has dismissed yet, the latest first."""
    where = OutboxEntry.state == ATTENTION
    count = _count(session, select(func.count()).select_from(OutboxEntry).where(where))
    if not count or limit <= 0:
        return Section(count)
    entries = list(session.scalars(select(OutboxEntry).where(where)
                                   .order_by(OutboxEntry.seq.desc()).limit(limit)))
    request_ids = {_request_id(e.args) for e in entries} - {None}
    numbers: dict[int, int] = {rid: number for rid, number in session.execute(
        select(Request.id, Request.number).where(Request.id.in_(request_ids)))}
    found = []
    for e in entries:
        request_id = _request_id(e.args)
        found.append(Conflict(
            seq=e.seq, name=e.name, args=dict(e.args), outcome=e.outcome, code=e.code,
            reason=e.reason, answered_at=e.answered_at, request_id=request_id,
            # A request gone from the cache is named by what its intent kept.
            number=(numbers.get(request_id) if request_id is not None else None)
            or (e.subject or {}).get("request_number")))
    return Section(count, tuple(found))


def today(session: Session, *, now: datetime, due_until: datetime, limit: int = 50) -> Today:
    """The home page's four sections, each counted and its first `limit` entries listed."""
    return Today(new=new_requests(session, limit),
                 due=due_requests(session, now, due_until, limit),
                 documents=documents_sent_again(session, limit),
                 conflicts=conflicts(session, limit))


# --- the tray's notices -------------------------------------------------------------------


@dataclass
class _Remembered:
    """What was announced: requests that arrived up to `arrived_until`, and the deadlines
    (request id -> deadline, ISO) already announced."""

    arrived_until: datetime | None = None
    deadlines: dict[str, str] = field(default_factory=dict)


def _remembered(session: Session) -> _Remembered | None:
    row = session.get(Meta, NOTICES_KEY)
    if row is None or not isinstance(row.value, dict):
        return None
    value = row.value
    deadlines = value.get("deadlines")
    return _Remembered(parse_moment(value.get("arrived_until")),
                       dict(deadlines) if isinstance(deadlines, dict) else {})


def _remember(session: Session, state: _Remembered) -> None:
    value = {"arrived_until": None if state.arrived_until is None
             else state.arrived_until.astimezone(UTC).isoformat(),
             "deadlines": state.deadlines}
    row = session.get(Meta, NOTICES_KEY)
    if row is None:
        session.add(Meta(key=NOTICES_KEY, value=value))
    else:
        row.value = value


def take_notices(session: Session, *, now: datetime, due_until: datetime,
                 limit: int = 20) -> Notices:
    """What has not been announced yet, remembered as announced in the same transaction
    (call it in a writing session): requests that arrived since the last call, and
    deadlines closing before `due_until` not announced before.

    The first call on a cache announces no arrivals (a first sync's backlog is not news;
    the home page lists it) but does announce the deadlines."""
    state = _remembered(session)
    first = state is None
    if state is None:
        state = _Remembered()
    newest = session.execute(select(func.max(Request.requested_at))
                             .where(_new_where())).scalar_one_or_none()
    new: tuple[Entry, ...] = ()
    new_count = 0
    if not first:
        # Nothing had arrived when the tray last looked: everything new since is news.
        arrived = Request.requested_at.is_not(None) if state.arrived_until is None \
            else Request.requested_at > state.arrived_until
        where = _new_where() & arrived
        new_count = _count(session, select(func.count()).select_from(Request).where(where))
        if new_count:
            new = _entries(session, select(*_ENTRY_COLUMNS).where(where)
                           .order_by(Request.requested_at.desc(), Request.id.desc())
                           .limit(limit))
    if newest is not None:
        newest = newest if newest.tzinfo else newest.replace(tzinfo=UTC)
        if state.arrived_until is None or newest > state.arrived_until:
            state.arrived_until = newest

    due_rows = session.execute(select(Request.id, Request.deadline)
                               .where(_due_where(now, due_until))
                               .order_by(Request.deadline, Request.id)
                               .limit(MAX_REMEMBERED)).all()
    current = {str(request_id): deadline.astimezone(UTC).isoformat()
               for request_id, deadline in due_rows if deadline is not None}
    fresh = [int(key) for key, when in current.items() if state.deadlines.get(key) != when]
    due: tuple[Entry, ...] = ()
    if fresh:
        shown = fresh[:limit]
        found = {e.request_id: e for e in _entries(
            session, select(*_ENTRY_COLUMNS).where(Request.id.in_(shown)))}
        due = tuple(found[i] for i in shown if i in found)
    # Only what is still due is kept: a request that leaves and comes back due (the
    # portal extended its window) is announced again.
    state.deadlines = current
    _remember(session, state)
    return Notices(new=new, new_count=new_count, due=due, due_count=len(fresh))


def _request_id(args: dict[str, Any]) -> int | None:
    value = args.get("request_id")
    return value if isinstance(value, int) else None




# --- read from the cache: what the home page and the tray ask, each in a session of its own


def read_today(cache: Sessions, *, now: datetime, due_until: datetime,
               limit: int = 50) -> Today:
    """`today` in a session of its own."""
    with cache.read() as session:
        return today(session, now=now, due_until=due_until, limit=limit)


def remember_notices(cache: Sessions, *, now: datetime, due_until: datetime) -> Notices:
    """`take_notices` in a transaction of its own, which remembers them as announced."""
    with cache.write() as session:
        return take_notices(session, now=now, due_until=due_until)
