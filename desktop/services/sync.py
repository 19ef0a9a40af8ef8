"""The sync engine (docs/sync.md): push the outbox, then pull the change feed.

Push: pending intents go out in sequence order, in batches, each with its UUID and payload
hash, so the portal can tell a replay from a reuse. Every answer is final except
`retry_later`: applied intents are done, conflicts and refusals become "needs attention"
items that keep what the portal said. An intent is never dropped.

Pull: pages of the change feed after the stored cursor, each applied together with its new
cursor in one transaction, so a page applied twice changes nothing. No cursor (or one the
portal no longer knows) means a full snapshot, which also removes what the portal no longer
has (mark and sweep). The per-type counts of the last page are compared with the cache; a
mismatch makes the next cycle pull everything again. After each page the still-pending
intents are applied again on top of what the portal said, from the portal's state of each
row they touch (`PortalState`), so an optimistic effect is never counted twice.

One cycle fails fast: `PortalUnreachable` (with `retry_after`) when the link or the portal
is down, `SessionExpired` when the log-in must be redone. Nothing is lost either way; the
caller schedules the next try with `Backoff`.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.models.domain import WINDOW_STATUSES, Outcome, parse_moment
from desktop.models.search_text import request_search_text
from desktop.models.tables import (
    FEED_TABLES,
    Contract,
    Document,
    Forecast,
    Group,
    Kindergarten,
    Notification,
    OutboxEntry,
    PortalState,
    Request,
    SweepMark,
)
from desktop.services import actions, cache_backup, review
from desktop.services.cache import Cache, meta, set_meta
from desktop.services.portal_api import (
    ChangesPage,
    PortalClient,
    PortalRefused,
    PortalUnreachable,
)
from desktop.services.privacy import MASKER, PEOPLE_META, cached_names, names_in, words_of

log = logging.getLogger(__name__)

PUSH_BATCH = 100
# Changes asked per page: the portal's largest, so a snapshot costs the fewest round trips.
PAGE_SIZE = 2000
# Joplin's fail-safe: a pull may not delete more than half of this many requests or more.
MASS_DELETE_FLOOR = 20
# A run of 304 answers carries no counts: every so often the pull asks without the ETag.
COUNTS_CHECK_SECONDS = 3600.0
FAILPOINT_ENV = "BALABAQSHA_FAILPOINT"
_FINAL = {Outcome.APPLIED.value, Outcome.CONFLICT.value, Outcome.INVALID.value}
_CURSOR_GONE = {"cursor_invalid", "cursor_expired"}
DECLINE_REASONS = "decline_reasons"  # a feed type of the portal's vocabularies

# Meta keys
_CURSOR, _PLAN, _ETAG, _COUNTS_AT = "cursor", "pull", "feed_etag", "counts_checked_at"
_LAST_SYNC, _LAST_ERROR, _CLIENT_ID, _NEXT_SEQ = ("last_sync_at", "last_error", "client_id",
                                                  "next_seq")


def failpoint(name: str) -> None:
    """Die here, as a power cut would, when BALABAQSHA_FAILPOINT names this point.

    Kill tests use it to prove that every step of a sync survives a crash at its worst
    moment; unset, it costs one dictionary lookup.
    """
    if os.environ.get(FAILPOINT_ENV) != name:
        return
    if sys.platform == "win32":
        os._exit(137)
    os.kill(os.getpid(), signal.SIGKILL)


# results


@dataclass
class SyncSummary:
    pushed: int = 0
    applied: int = 0
    conflicts: int = 0
    invalid: int = 0
    pulled: int = 0
    deleted: int = 0
    pending: int = 0
    attention: int = 0
    bytes_received: int = 0
    seconds: float = 0.0
    full: bool = False

    def line(self) -> str:
        """One line for a log, a status bar or the command line."""
        return ", ".join([self._pushed(), self._pulled(), f"{self.pending} pending",
                          f"{self.attention} {'needs' if self.attention == 1 else 'need'} "
                          f"attention",
                          f"{_size(self.bytes_received)} in {self.seconds:.1f} s"])

    def _pushed(self) -> str:
        if not self.pushed:
            return "nothing to push"
        outcomes = [f"applied {self.applied}"]
        outcomes += [f"{label} {n}" for label, n in (("conflicts", self.conflicts),
                                                     ("invalid", self.invalid)) if n]
        return f"pushed {self.pushed} ({', '.join(outcomes)})"

    def _pulled(self) -> str:
        text = f"pulled {self.pulled} change{'' if self.pulled == 1 else 's'}"
        if self.full:
            text += " (full snapshot)"
        if self.deleted:
            text += f", {self.deleted} deleted"
        return text


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} B"
    if count < 1024 * 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count / 1024 / 1024:.1f} MB"


@dataclass
class SyncStatus:
    pending: int
    attention: int
    last_sync_at: datetime | None
    last_error: str | None


class MassDeletion(Exception):
    """A pull would delete most of the cached requests: stop and ask before doing it.

    Pages applied before it stay applied; the same pull goes on (and asks again) on the
    next cycle, until it is run with `allow_mass_delete=True`.
    """

    def __init__(self, would_delete: int, total: int) -> None:
        super().__init__(f"the portal's changes would delete {would_delete} of the "
                         f"{total} requests kept on this computer")
        self.would_delete = would_delete
        self.total = total


# the desk's identity and the retry schedule


def last_sync_at(cache: Cache) -> datetime | None:
    """When the last complete cycle ended; None before the first."""
    with cache.read() as session:
        return parse_moment(meta(session, _LAST_SYNC))


def client_id(cache: Cache) -> str:
    """This desk's client id: a UUID made once and kept in the cache with its outbox."""
    with cache.read() as session:
        value = meta(session, _CLIENT_ID)
    if value:
        return str(value)
    with cache.write() as session:
        value = meta(session, _CLIENT_ID) or str(uuid.uuid4())
        set_meta(session, _CLIENT_ID, value)
    return str(value)


# mapping the feed's objects into the cache's columns


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _fill_request(row: Request, data: dict[str, Any]) -> None:
    child = data.get("child") or {}
    name = " ".join(str(child[k]) for k in ("last_name", "first_name", "patronymic")
                    if child.get(k))
    iin = str(child.get("iin") or "")
    voucher = data.get("voucher") or {}
    row.number = int(data["number"])
    row.status = str(data["status"])
    row.review = data.get("review")
    row.group_id = data.get("group_id")
    row.child_iin = iin
    row.child_name = name
    # The column cannot be empty; a portal that sent no birth date gets the oldest day.
    row.child_birth_date = _day(child.get("birth_date")) or date.min
    row.languages = ",".join(data.get("languages") or [])
    row.requested_at = parse_moment(data.get("requested_at"))
    # While the request is with the kindergarten, the parent's enrollment window runs.
    row.deadline = parse_moment(voucher.get("enroll_by")) if row.status in WINDOW_STATUSES else None
    row.search = request_search_text(row.number, name, iin)
    row.data = data


def _fill_group(row: Group, data: dict[str, Any]) -> None:
    row.name = str(data["name"])
    row.age_from, row.age_to = int(data["age_from"]), int(data["age_to"])
    row.language = str(data["language"])
    row.capacity, row.enrolled = int(data["capacity"]), int(data["enrolled"])
    row.reserved = int(data["reserved"])
    row.starts_on = _day(data.get("starts_on")) or date.min
    row.data = data


def _fill_kindergarten(row: Kindergarten, data: dict[str, Any]) -> None:
    row.bin, row.name, row.data = str(data["bin"]), str(data["name"]), data


def _fill_document(row: Document, data: dict[str, Any]) -> None:
    row.request_id, row.kind = int(data["request_id"]), str(data["kind"])
    row.status, row.sha256, row.data = str(data["status"]), str(data["sha256"]), data


def _fill_contract(row: Contract, data: dict[str, Any]) -> None:
    row.request_id, row.status, row.data = int(data["request_id"]), str(data["status"]), data


def _fill_notification(row: Notification, data: dict[str, Any]) -> None:
    # `seen` is the staff's own mark: the portal's copy never resets it.
    row.request_id = data.get("request_id")
    row.created_at = parse_moment(data.get("created_at")) or datetime.now(UTC)
    row.data = data


def _fill_forecast(row: Forecast, data: dict[str, Any]) -> None:
    row.data = data


_FILL: dict[str, Callable[[Any, dict[str, Any]], None]] = {
    "kindergarten": _fill_kindergarten,
    "group": _fill_group,
    "request": _fill_request,
    "document": _fill_document,
    "contract": _fill_contract,
    "notification": _fill_notification,
    "forecast": _fill_forecast,
}


# applying a page


@dataclass
class _PageResult:
    applied: int = 0
    deleted: int = 0
    deleted_requests: int = 0


def _existing(session: Session, changes: list[dict[str, Any]]) -> dict[tuple[str, int], Any]:
    """The cached rows a page is about, one query per type."""
    ids: dict[str, set[int]] = {}
    for change in changes:
        if change.get("type") in FEED_TABLES:
            ids.setdefault(change["type"], set()).add(int(change["id"]))
    found: dict[tuple[str, int], Any] = {}
    for type_, wanted in ids.items():
        model = FEED_TABLES[type_]
        for row in session.scalars(select(model).where(model.id.in_(wanted))):
            found[(type_, row.id)] = row
    return found


def _apply_change(session: Session, change: dict[str, Any], existing: dict[Any, Any],
                  states: dict[tuple[str, int], PortalState], result: _PageResult) -> None:
    type_ = str(change.get("type"))
    if type_ == DECLINE_REASONS:
        # The portal's vocabulary rides the feed (docs/portal-api.md): no request of its own.
        items = (change.get("data") or {}).get("items")
        if isinstance(items, list):
            review.store_decline_reasons(session, items)
        return
    if type_ not in FEED_TABLES:
        return  # a type this client does not keep yet
    key = (type_, int(change["id"]))
    version = int(change.get("version") or 0)
    row = existing.get(key)
    if row is not None and row.version > version:
        return  # older than what we hold: a page applied again, or out of order
    state = states.pop(key, None)
    if state is not None:  # the portal's word is fresh: the old one is not needed
        session.delete(state)
    if change.get("deleted"):
        if row is not None:
            session.delete(row)
            existing.pop(key)
            result.deleted += 1
            result.deleted_requests += type_ == "request"
        return
    if row is None:
        row = FEED_TABLES[type_](id=key[1])
        session.add(row)
        existing[key] = row
    row.version = version
    _FILL[type_](row, change["data"])
    result.applied += 1


def _keep_people(session: Session, words: set[str]) -> None:
    """Add a page's name words to those the cache keeps for masking logs when it next
    opens (privacy.learn_cached); the first time, with those of what it already holds."""
    known = meta(session, PEOPLE_META)
    if known is None:
        connection = session.connection().connection.dbapi_connection
        known = words_of(cached_names(connection))
        MASKER.learn(known)
        set_meta(session, PEOPLE_META, sorted(known | words))
    elif not words <= set(known):
        set_meta(session, PEOPLE_META, sorted(set(known) | words))


def _mark_seen(session: Session, changes: list[dict[str, Any]]) -> None:
    marks = [{"type": c["type"], "id": int(c["id"])} for c in changes
             if c.get("type") in FEED_TABLES and not c.get("deleted")]
    if marks:
        session.execute(sqlite_insert(SweepMark).on_conflict_do_nothing(), marks)


def _sweep(session: Session, result: _PageResult) -> None:
    """Delete what the finished snapshot did not send: the portal no longer has it."""
    for type_, model in FEED_TABLES.items():
        unmarked = ~exists().where(SweepMark.type == type_, SweepMark.id == model.id)
        gone = session.scalar(select(func.count()).select_from(model).where(unmarked)) or 0
        if not gone:
            continue
        session.execute(delete(PortalState).where(
            PortalState.type == type_,
            ~exists().where(SweepMark.type == type_, SweepMark.id == PortalState.id)),
            execution_options={"synchronize_session": "fetch"})
        session.execute(delete(model).where(unmarked),
                        execution_options={"synchronize_session": "fetch"})
        result.deleted += gone
        if type_ == "request":
            result.deleted_requests += gone
    session.execute(delete(SweepMark))


def _count_mismatches(session: Session, counts: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Types whose cached count differs from the portal's: {type: (portal, cache)}."""
    mismatches = {}
    for type_, model in FEED_TABLES.items():
        if type_ in counts:
            # Provisional rows (negative ids, made on this desk) are not the portal's.
            local = session.scalar(select(func.count()).select_from(model)
                                   .where(model.id >= 0)) or 0
            if local != int(counts[type_]):
                mismatches[type_] = (int(counts[type_]), local)
    return mismatches


# pending intents on top of what the portal said


def rebase(session: Session, keep: Iterable[int] = ()) -> None:
    """Put back the portal's state of every row local intents changed, then apply the
    still-pending intents (and `keep`, applied ones the pull has not brought yet) again,
    in order."""
    for state in session.scalars(select(PortalState)).all():
        row = session.get(FEED_TABLES[state.type], state.id)
        if row is not None:
            _FILL[state.type](row, state.data)
        session.delete(state)
    # Groups created on this desk come back with their intents, or from the portal.
    session.execute(delete(Group).where(Group.id < 0),
                    execution_options={"synchronize_session": "fetch"})
    session.flush()
    entries = session.scalars(select(OutboxEntry).where(
        or_(OutboxEntry.state == "pending", OutboxEntry.seq.in_(list(keep))))
        .order_by(OutboxEntry.seq)).all()
    for entry in entries:
        actions.apply_local_effect(session, entry.name, entry.args, entry.seq)
    _mark_pending(session, [e for e in entries if e.state == "pending"])


def _mark_pending(session: Session, pending: list[OutboxEntry]) -> None:
    """`Request.pending` is true exactly while a pending intent names the request."""
    named = {e.args.get("request_id") for e in pending}
    named_ids = [i for i in named if isinstance(i, int)]
    for request in session.scalars(select(Request).where(
            or_(Request.pending.is_(True), Request.id.in_(named_ids)))):
        request.pending = request.id in named


# push answers


def _mutation(entry: OutboxEntry) -> dict[str, Any]:
    return {"seq": entry.seq, "id": entry.id, "name": entry.name, "args": entry.args,
            "payload_sha256": entry.payload_sha256}


def _take_answer(entry: OutboxEntry, result: dict[str, Any], now: datetime) -> None:
    entry.outcome = str(result["outcome"])
    entry.code = result.get("code")
    entry.reason = result.get("reason")
    entry.current = result.get("current")
    entry.answered_at = now
    # A conflict or a refusal is never dropped: staff see what they did and what is now.
    entry.state = "done" if entry.outcome == Outcome.APPLIED else "attention"


def _advance_sequence(session: Session, last_seq: Any) -> None:
    """Never hand out a number the portal has seen: after a restored or rolled-back cache
    the portal's last sequence may be ahead of ours."""
    if not isinstance(last_seq, int):
        return
    next_seq = int(meta(session, _NEXT_SEQ, 1))
    if last_seq >= next_seq:
        log.warning("the portal has seen sequence %d, this desk would use %d next: moving on",
                    last_seq, next_seq)
        set_meta(session, _NEXT_SEQ, last_seq + 1)


@dataclass
class _Plan:
    """The pull in progress, kept in Meta so that an interrupted one goes on as it began."""

    sweep: bool  # a full snapshot: delete what it does not send
    base: int  # requests cached when the pull began (the fail-safe's measure)
    deleted: int = 0  # requests it has deleted so far
    fresh: bool = False  # the marks of an earlier snapshot are still to be cleared

    def stored(self) -> dict[str, Any]:
        return {"sweep": self.sweep, "base": self.base, "deleted": self.deleted}


def _no_progress(stage: str, done: int, total: int) -> None:
    pass


def _never() -> bool:
    return False


@dataclass
class _Confirmation:
    type: str
    id: int
    version: int


class SyncEngine:
    """Runs sync cycles for one cache and one signed-in portal client, one at a time."""

    def __init__(self, cache: Cache, client: PortalClient, *,
                 page_size: int = PAGE_SIZE) -> None:
        self.cache = cache
        self.client = client
        self.page_size = page_size
        self._lock = threading.Lock()
        # Intents the portal applied whose new state no pull has brought yet: their effect
        # stays on screen until it does, instead of flickering back.
        self._unconfirmed: dict[int, _Confirmation] = {}

    # the cycle

    def run_cycle(self, *, allow_mass_delete: bool = False,
                  progress: Callable[[str, int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> SyncSummary:
        """Push the outbox, then pull. `progress(stage, done, total)` reports "push" (intents
        answered of those pending) and "pull" (pages applied, total 0: unknown), each with
        done 0 as it begins, since over a slow link a first answer takes seconds;
        `cancelled()` is asked between batches and pages."""
        report, stop = progress or _no_progress, cancelled or _never
        with self._lock:
            summary = SyncSummary()
            started, received = time.monotonic(), self.client.bytes_received
            try:
                self._push(summary, report, stop)
                self._pull(summary, allow_mass_delete, report, stop)
            except Exception as exc:
                self._remember_error(exc)
                raise
            finally:
                summary.bytes_received = self.client.bytes_received - received
                summary.seconds = time.monotonic() - started
            complete = not stop()
            self._finish(summary, complete=complete)
            if complete:
                # On the thread that ran the cycle (the sync worker in the window): a copy
                # of a large cache takes a moment the screen must not wait for.
                cache_backup.back_up_quietly(self.cache)
            return summary

    def status(self) -> SyncStatus:
        with self.cache.read() as session:
            pending, attention = self._outbox_counts(session)
            last = meta(session, _LAST_SYNC)
            return SyncStatus(pending, attention, parse_moment(last),
                              meta(session, _LAST_ERROR))

    def resolve(self, seq: int) -> None:
        """Staff have seen a "needs attention" item and dismissed it; it is kept."""
        with self.cache.write() as session:
            entry = session.get(OutboxEntry, seq)
            if entry is None or entry.state != "attention":
                raise ValueError(f"action {seq} does not need attention")
            entry.state = "resolved"
            entry.resolved_at = datetime.now(UTC)

    # bookkeeping

    @staticmethod
    def _outbox_counts(session: Session) -> tuple[int, int]:
        rows = session.execute(select(OutboxEntry.state, func.count()).where(
            OutboxEntry.state.in_(["pending", "attention"])).group_by(OutboxEntry.state))
        counts = {state: int(n) for state, n in rows}
        return counts.get("pending", 0), counts.get("attention", 0)

    def _finish(self, summary: SyncSummary, complete: bool) -> None:
        with self.cache.write() as session:
            summary.pending, summary.attention = self._outbox_counts(session)
            if complete:
                set_meta(session, _LAST_SYNC, datetime.now(UTC).isoformat())
                set_meta(session, _LAST_ERROR, None)
        log.info("sync: %s", summary.line())

    def _remember_error(self, exc: Exception) -> None:
        try:
            with self.cache.write() as session:
                set_meta(session, _LAST_ERROR, str(exc) or type(exc).__name__)
        except Exception:  # the cache itself failing must not hide the first error
            log.exception("could not record the sync error")

    # push

    def _push(self, summary: SyncSummary, report: Callable[[str, int, int], None],
              stop: Callable[[], bool]) -> None:
        desk = client_id(self.cache)
        with self.cache.read() as session:
            total = self._outbox_counts(session)[0]
        if total:
            report("push", 0, total)
        while total and not stop():
            batch = self._next_batch()
            if not batch:
                return
            try:
                self._upload_files(batch)
                answer = self.client.push(desk, [_mutation(e) for e in batch])
            except PortalUnreachable as exc:
                if exc.unsent:
                    self._not_sent(batch)
                raise
            failpoint("after_send_before_ack")
            answered = self._record_answers(batch, answer, summary)
            report("push", summary.pushed, total)
            if answered < len(batch):
                return  # retry_later: the portal asks for quiet; the rest waits in order

    def _upload_files(self, batch: list[OutboxEntry]) -> None:
        """Upload the files the batch's intents name, before the intents (docs/portal-api.md,
        "Mutations": the PDF first). An upload is keyed by its SHA-256, so sending one again
        after a lost answer is a no-op. A file this desk no longer holds is not sent: the
        portal may have it from an earlier try, and if not, the intent comes back
        `upload_missing` and stays in "needs attention". A link that drops fails the cycle;
        everything is kept."""
        needing = [e for e in batch if e.name in actions.UPLOAD_FIRST]
        if not needing:
            return
        from desktop.services.documents import DocumentDamaged  # it imports this module

        store = actions.outbox_files(self.cache)
        for entry in needing:
            digest = str(entry.args.get("pdf_sha256", ""))
            try:
                data = store.read(digest)  # decrypted and checked against the digest
            except DocumentDamaged:
                log.warning("outbox action %d: its file %s is damaged", entry.seq, digest)
                continue
            except (ValueError, OSError) as exc:
                log.warning("outbox action %d: its file %s is not on this desk (%s)",
                            entry.seq, digest, exc)
                continue
            try:
                self.client.upload(data)
            except PortalRefused as exc:
                # The intent goes anyway: the portal's answer to it says what is wrong.
                log.warning("outbox action %d: the portal refused its file: %s", entry.seq,
                            exc)

    def _next_batch(self) -> list[OutboxEntry]:
        """The next pending intents in sequence order, their attempt counted before sending:
        from then on the portal may have them, so they can no longer be withdrawn
        (`actions.withdraw`) until `_not_sent` says they certainly did not leave."""
        with self.cache.write() as session:
            batch = list(session.scalars(select(OutboxEntry).where(
                OutboxEntry.state == "pending").order_by(OutboxEntry.seq).limit(PUSH_BATCH)))
            for entry in batch:
                entry.attempts += 1
            return batch

    def _not_sent(self, batch: list[OutboxEntry]) -> None:
        """No connection was made: the batch never reached the portal, so its attempt does
        not count (and its intents may still be withdrawn)."""
        with self.cache.write() as session:
            for sent in batch:
                entry = session.get(OutboxEntry, sent.seq)
                if entry is not None and entry.state == "pending" and entry.attempts > 0:
                    entry.attempts -= 1

    def withdraw(self, seq: int) -> OutboxEntry:
        """Take back an intent the portal has not been sent (`actions.withdraw`)."""
        return actions.withdraw(self.cache, seq, keep=self._still_unconfirmed)

    def _record_answers(self, batch: list[OutboxEntry], answer: dict[str, Any],
                        summary: SyncSummary) -> int:
        """Record the final answers in order, up to the first that is not final."""
        results = {r.get("seq"): r for r in answer.get("results", []) if isinstance(r, dict)}
        now, answered = datetime.now(UTC), 0
        with self.cache.write() as session:
            for sent in batch:
                result = results.get(sent.seq)
                if result is None or result.get("outcome") not in _FINAL \
                        or result.get("id") != sent.id:
                    break
                answered += 1
                entry = session.get(OutboxEntry, sent.seq)
                if entry is None or entry.state != "pending":
                    continue
                _take_answer(entry, result, now)
                self._count(summary, entry)
            _advance_sequence(session, answer.get("last_seq"))
            rebase(session, self._still_unconfirmed(session))
        return answered

    def _count(self, summary: SyncSummary, entry: OutboxEntry) -> None:
        summary.pushed += 1
        if entry.outcome == Outcome.APPLIED:
            summary.applied += 1
            current = entry.current or {}
            if current.get("type") in FEED_TABLES and isinstance(current.get("version"), int):
                self._unconfirmed[entry.seq] = _Confirmation(
                    current["type"], int(current["id"]), current["version"])
        elif entry.outcome == Outcome.CONFLICT:
            summary.conflicts += 1
        else:
            summary.invalid += 1

    def _still_unconfirmed(self, session: Session) -> list[int]:
        """Applied intents whose object the cache still holds at an older version."""
        keep = []
        for seq, seen in list(self._unconfirmed.items()):
            row = session.get(FEED_TABLES[seen.type], seen.id)
            if row is not None and row.version < seen.version:
                keep.append(seq)
            else:
                # pop: a withdrawal on another thread may be asking at the same time
                self._unconfirmed.pop(seq, None)
        return keep

    # pull

    def _pull(self, summary: SyncSummary, allow_mass_delete: bool,
              report: Callable[[str, int, int], None], stop: Callable[[], bool]) -> None:
        with self.cache.read() as session:
            cursor: str | None = meta(session, _CURSOR)
            stored_plan = meta(session, _PLAN)
        plan = self._new_plan(cursor is None) if cursor is None or not stored_plan \
            else _Plan(**stored_plan)
        summary.full = summary.full or plan.sweep
        pages = 0
        report("pull", pages, 0)
        while not stop():
            try:
                page = self.client.changes(cursor, self.page_size, self._etag_for(cursor))
            except PortalRefused as exc:
                if cursor is None or exc.code not in _CURSOR_GONE:
                    raise
                log.warning("the portal answered %s for the cursor: taking a full snapshot",
                            exc.code)
                cursor, plan, summary.full = None, self._new_plan(True), True
                continue
            if page is None:
                return  # 304: nothing new since the last empty page
            last = self._apply_page(cursor, page, plan, allow_mass_delete, summary)
            pages += 1
            report("pull", pages, 0)
            cursor = page.cursor
            if last:
                return

    def _new_plan(self, sweep: bool) -> _Plan:
        with self.cache.read() as session:
            base = session.scalar(select(func.count()).select_from(Request)) or 0
        return _Plan(sweep=sweep, base=base, fresh=sweep)

    def _etag_for(self, cursor: str | None) -> str | None:
        """The ETag of the last empty page for this cursor, unless the counts are due a
        check (a 304 carries none)."""
        if cursor is None:
            return None
        with self.cache.read() as session:
            stored = meta(session, _ETAG)
            checked = parse_moment(meta(session, _COUNTS_AT))
        if not stored or stored.get("cursor") != cursor or checked is None:
            return None
        age = (datetime.now(UTC) - checked).total_seconds()
        return str(stored["etag"]) if 0 <= age < COUNTS_CHECK_SECONDS else None

    def _apply_page(self, requested: str | None, page: ChangesPage, plan: _Plan,
                    allow_mass_delete: bool, summary: SyncSummary) -> bool:
        """Apply one page and store its cursor in one transaction; True after the last."""
        last = not page.has_more
        result = _PageResult()
        # Before anything of the page is applied, or logged: its people are masked from
        # the first line that could name them.
        people = words_of(name for change in page.changes
                          for name in names_in(change.get("data")))
        MASKER.learn(people)
        with self.cache.write() as session:
            if plan.fresh:
                session.execute(delete(SweepMark))
            _keep_people(session, people)
            self._apply_changes(session, page.changes, result)
            if plan.sweep:
                _mark_seen(session, page.changes)
                if last:
                    _sweep(session, result)
            would_delete = plan.deleted + result.deleted_requests
            if not allow_mass_delete and plan.base >= MASS_DELETE_FLOOR \
                    and would_delete * 2 > plan.base:
                raise MassDeletion(would_delete, plan.base)
            rebase(session, self._still_unconfirmed(session))
            set_meta(session, _CURSOR, page.cursor)
            set_meta(session, _PLAN, None if last else {**plan.stored(),
                                                        "deleted": would_delete})
            set_meta(session, _ETAG, {"cursor": requested, "etag": page.etag}
                     if last and requested and page.etag else None)
            if last and page.counts is not None:
                self._check_counts(session, page.counts)
        plan.deleted, plan.fresh = would_delete, False
        summary.pulled += result.applied
        summary.deleted += result.deleted
        return last

    @staticmethod
    def _apply_changes(session: Session, changes: list[dict[str, Any]],
                       result: _PageResult) -> None:
        existing = _existing(session, changes)
        states = {(s.type, s.id): s for s in session.scalars(select(PortalState))}
        half = len(changes) // 2
        for index, change in enumerate(changes):
            if index == half:
                session.flush()
                failpoint("mid_page")
            _apply_change(session, change, existing, states, result)
        session.flush()

    @staticmethod
    def _check_counts(session: Session, counts: dict[str, int]) -> None:
        set_meta(session, _COUNTS_AT, datetime.now(UTC).isoformat())
        mismatches = _count_mismatches(session, counts)
        if mismatches:
            # Something was lost on the way (or the cache was changed behind our back):
            # the next cycle pulls everything again and sweeps what the portal lacks.
            log.warning("cached counts differ from the portal's %s: full pull next time",
                        mismatches)
            set_meta(session, _CURSOR, None)
            set_meta(session, _ETAG, None)


__all__ = ["MassDeletion", "SyncEngine", "SyncStatus", "SyncSummary", "client_id",
           "failpoint", "last_sync_at"]
