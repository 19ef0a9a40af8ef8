"""The sync engine and the document store against a live sandbox over loopback (docs/sync.md).

No portal is mocked: the only stand-ins are transports that count what crosses the wire,
lose a response after the portal committed, or answer as an overloaded portal would.
The desk, the transport and the checks are in tests/support/sync_desks.py; `kg` and `wire`
come from the conftest.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from desktop.models.search_text import fold
from desktop.models.tables import (
    FEED_TABLES,
    Document,
    Group,
    OutboxEntry,
    Request,
    StoredFile,
)
from desktop.services import actions, credentials
from desktop.services.backoff import Backoff
from desktop.services.cache import open_cache, set_meta
from desktop.services.documents import (
    MAGIC,
    DocumentDamaged,
    DocumentLost,
    DocumentStore,
    DocumentTooLarge,
    DownloadCancelled,
    DownloadTimedOut,
    HashMismatch,
)
from desktop.services.portal_api import PortalClient, PortalUnreachable, SessionExpired
from desktop.services.sync import MassDeletion, SyncEngine, client_id
from portal_sandbox.errors import title
from tests.support.sandbox import start_sandbox, stop_sandbox
from tests.support.sync_desks import (
    KEY,
    Desk,
    Kindergarten,
    Scan,
    Wire,
    assert_equals_portal,
    cursor_seq,
    directors_desk,
    kindergarten,
    portal_group,
    sign_in,
    snapshot,
    upload_scan,
)
from tests.support.world import PASSWORD


@pytest.fixture
def desk(kg: Kindergarten, wire: Wire, tmp_path: Path) -> Iterator[Desk]:
    with directors_desk(kg, tmp_path, wire) as made:
        yield made


# the first sync and the empty one


def test_the_first_sync_fills_the_cache_and_the_counts_match(kg: Kindergarten,
                                                             desk: Desk) -> None:
    summary = desk.sync()
    assert summary.full and summary.pulled > 0 and summary.pushed == 0
    with desk.cache.read() as session:
        requests = {r.id: r for r in session.scalars(select(Request))}
        groups = session.scalars(select(Group)).all()
    assert set(requests) == {a["id"] for a in kg.apps}
    assert {g.id for g in groups} == {g["id"] for g in kg.site.kindergarten["groups"]}
    counts = desk.client.request("GET", "/api/v1/staff/counts").json()
    assert {t: desk.count(m) for t, m in FEED_TABLES.items()} == counts
    assert counts["kindergarten"] == 1 and counts["notification"] >= 3
    first = requests[kg.apps[0]["id"]]
    child = first.data["child"]
    assert first.status == "awaiting_contract" and first.review == "new"
    assert first.languages == "kk,ru"
    assert first.child_iin == child["iin"] == kg.families[0].child_iin
    assert first.child_name == f"{child['last_name']} {child['first_name']} {child['patronymic']}"
    # Folded, so a name is found however its Kazakh letters are typed.
    assert first.search == fold(f"{first.number} {first.child_name} {first.child_iin}")
    assert first.deadline == datetime.fromisoformat(first.data["voucher"]["enroll_by"])
    assert not first.pending
    status = desk.engine.status()
    assert status.last_sync_at is not None and status.last_error is None
    assert status.pending == status.attention == 0
    assert summary.line().startswith("nothing to push, pulled ")
    assert "(full snapshot)" in summary.line()


def test_a_sync_with_nothing_new_is_one_small_round_trip(desk: Desk, wire: Wire) -> None:
    desk.sync()
    for _ in range(3):  # an empty page with the counts, then 304s
        wire.log.clear()
        summary = desk.sync()
        assert [(e.method, e.path) for e in wire.log] == [("GET", "/api/v1/staff/changes")]
        assert wire.log[0].wire_bytes <= 2048, wire.log[0]
        assert summary.bytes_received <= 2048
        assert (summary.pulled, summary.pushed, summary.full) == (0, 0, False)
    assert wire.log[0].status == 304
    assert "If-None-Match" in {k.title() for k in wire.log[0].request_headers}


# push: the outbox


def test_a_decision_recorded_offline_survives_a_restart_and_is_pushed(
        kg: Kindergarten, desk: Desk) -> None:
    desk.sync()
    request_id, group_id = kg.apps[0]["id"], kg.group_id(0)
    entry = actions.accept(desk.cache, request_id)
    row = desk.request(request_id)
    assert row is not None and row.pending and row.review == "accepted"
    assert desk.group(group_id).reserved == 1
    desk.restart()
    offline = SyncEngine(desk.cache, PortalClient("http://127.0.0.1:9", language="en"))
    with pytest.raises(PortalUnreachable):
        offline.run_cycle()
    offline.client.close()
    assert offline.status().last_error and offline.status().pending == 1
    assert [(e.id, e.state) for e in desk.outbox()] == [(entry.id, "pending")]
    summary = desk.sync()
    assert (summary.pushed, summary.applied, summary.pending) == (1, 1, 0)
    assert summary.line().startswith("pushed 1 (applied 1), pulled ")
    [done] = desk.outbox()
    # The offline try never connected, so it does not count as a send.
    assert (done.state, done.outcome, done.attempts) == ("done", "applied", 1)
    assert done.current == {"type": "request", "id": request_id, "version": row.version + 1}
    assert portal_group(desk, group_id)["reserved"] == 1
    row = desk.request(request_id)
    assert row is not None and not row.pending and row.review == "accepted"
    assert desk.group(group_id).reserved == 1  # the portal's count, not ours on top of it
    assert desk.engine.status().last_error is None


def test_a_conflict_needs_attention_with_the_portals_state_and_is_kept(
        kg: Kindergarten, desk: Desk) -> None:
    desk.sync()
    request_id, group_id = kg.apps[0]["id"], kg.group_id(0)
    actions.accept(desk.cache, request_id)
    kg.sandbox.act(kg.families[0].parent, request_id, "withdraw")  # the parent was first
    summary = desk.sync()
    assert (summary.pushed, summary.conflicts, summary.attention) == (1, 1, 1)
    assert "1 needs attention" in summary.line()
    [entry] = desk.outbox()
    assert (entry.state, entry.outcome, entry.code) == ("attention", "conflict",
                                                        "not_allowed_in_status")
    assert entry.reason == title("not_allowed_in_status", "ru")
    assert entry.current is not None
    assert entry.current["data"]["status"] == "archived"
    assert entry.current["data"]["archive_reason"] == "withdrawn"
    row = desk.request(request_id)
    assert row is not None and row.status == "archived" and not row.pending
    assert row.review != "accepted"  # the optimistic effect is undone
    assert desk.group(group_id).reserved == 0
    for _ in range(2):
        desk.sync()
        assert [e.state for e in desk.outbox()] == ["attention"]
    desk.engine.resolve(entry.seq)
    assert [(e.state, e.resolved_at is not None) for e in desk.outbox()] == [("resolved", True)]
    assert desk.engine.status().attention == 0
    with pytest.raises(ValueError):
        desk.engine.resolve(entry.seq)


def test_a_methodologist_accepting_is_invalid_and_needs_attention(
        kg: Kindergarten, tmp_path: Path) -> None:
    desk = Desk(tmp_path, sign_in(kg.site.url, kg.site.methodologist_login, language="en"))
    try:
        desk.sync()
        actions.accept(desk.cache, kg.apps[0]["id"])
        summary = desk.sync()
        assert (summary.invalid, summary.attention) == (1, 1)
        [entry] = desk.outbox()
        assert (entry.state, entry.outcome, entry.code) == ("attention", "invalid",
                                                            "forbidden_role")
        assert entry.reason == title("forbidden_role", "en")
        assert desk.group(kg.group_id(0)).reserved == 0
        row = desk.request(kg.apps[0]["id"])
        assert row is not None and row.review == "new" and not row.pending
    finally:
        desk.close()


def test_a_response_lost_after_the_portal_committed_is_replayed_once(
        kg: Kindergarten, desk: Desk, wire: Wire) -> None:
    desk.sync()
    request_id, group_id = kg.apps[1]["id"], kg.group_id(1)
    actions.accept(desk.cache, request_id)
    wire.fail("/staff/mutations", "after")
    with pytest.raises(PortalUnreachable):
        desk.sync()
    assert [e.state for e in desk.outbox()] == ["pending"]
    assert desk.client.last_seq(client_id(desk.cache)) == 1  # committed on the portal
    summary = desk.sync()
    assert (summary.applied, summary.pending) == (1, 0)
    # The brief's way too: an answered entry set back to pending is answered again, once.
    with desk.cache.write() as session:
        entry = session.get(OutboxEntry, 1)
        assert entry is not None
        entry.state, entry.outcome, entry.current = "pending", None, None
    summary = desk.sync()
    assert (summary.pushed, summary.applied) == (1, 1)
    assert portal_group(desk, group_id)["reserved"] == 1
    assert desk.group(group_id).reserved == 1
    history = snapshot(desk.client)[("request", request_id)]["data"]["history"]
    assert [h["event"] for h in history].count("request_accepted") == 1
    [entry] = desk.outbox()
    assert (entry.state, entry.outcome, entry.attempts) == ("done", "applied", 3)


def test_a_reused_sequence_number_is_reported_loudly(kg: Kindergarten, desk: Desk) -> None:
    desk.sync()
    actions.accept(desk.cache, kg.apps[0]["id"])
    desk.sync()
    # The cache comes back from a backup taken before that decision: the counter rolled back.
    with desk.cache.write() as session:
        session.delete(session.get(OutboxEntry, 1))
        set_meta(session, "next_seq", 1)
    reused = actions.accept(desk.cache, kg.apps[1]["id"])
    assert reused.seq == 1
    summary = desk.sync()
    assert (summary.invalid, summary.attention) == (1, 1)
    [entry] = desk.outbox()
    assert (entry.state, entry.code) == ("attention", "sequence_reused")
    assert entry.id == reused.id
    assert desk.meta("next_seq") == 2  # never again a number the portal has seen
    row = desk.request(kg.apps[1]["id"])
    assert row is not None and row.review == "new" and not row.pending
    again = actions.accept(desk.cache, kg.apps[1]["id"])
    assert desk.sync().applied == 1
    assert [(e.seq, e.state) for e in desk.outbox()] == [(1, "attention"), (again.seq, "done")]


def test_retry_later_stops_the_push_and_keeps_the_order(kg: Kindergarten, desk: Desk,
                                                       wire: Wire) -> None:
    desk.sync()
    first = actions.accept(desk.cache, kg.apps[0]["id"])
    second = actions.accept(desk.cache, kg.apps[1]["id"])

    wire.answer("/staff/mutations", retry_later)
    summary = desk.sync()
    assert (summary.pushed, summary.pending) == (0, 2)
    assert [(e.id, e.state, e.attempts) for e in desk.outbox()] == [
        (first.id, "pending", 1), (second.id, "pending", 1)]
    row = desk.request(kg.apps[0]["id"])
    assert row is not None and row.pending and row.review == "accepted"
    assert desk.sync().applied == 2


def test_a_pending_decision_is_applied_again_on_top_of_a_pull_and_counted_once(
        kg: Kindergarten, desk: Desk, wire: Wire) -> None:
    scan = upload_scan(kg, desk, size=4000)
    request_id, group_id = kg.apps[0]["id"], kg.group_id(0)
    entry = actions.accept(desk.cache, request_id)
    # A colleague returns the scan: the request changes on the portal, its group does not.
    methodologist = kg.sandbox.login(kg.site.methodologist_login, PASSWORD)
    assert kg.site.world.mutate(methodologist, "return_documents", {
        "request_id": request_id, "comments": {"form_027u": "нечитаемо"}})["outcome"] == \
        "applied"
    wire.answer("/staff/mutations", retry_later)  # the decision stays pending meanwhile
    summary = desk.sync()
    assert summary.pulled >= 2 and summary.pending == 1
    row = desk.request(request_id)
    assert row is not None and row.pending and row.review == "accepted"
    assert row.version == entry.args["base_version"] + 1  # the portal's new version below
    assert desk.group(group_id).reserved == 1  # once, not once per pull
    with desk.cache.read() as session:
        document = session.get(Document, scan.document_id)
        assert document is not None and document.status == "returned"
    # The decision was made on the version before the colleague's: the portal says so.
    summary = desk.sync()
    assert summary.conflicts == 1
    [answered] = desk.outbox()
    assert answered.code == "version_conflict"
    assert desk.group(group_id).reserved == 0
    row = desk.request(request_id)
    assert row is not None and not row.pending and row.review == "new"
    assert_equals_portal(desk)


def retry_later(request: httpx.Request) -> httpx.Response:
    """What the portal answers when its store is locked: nothing applied, try later."""
    sent = json.loads(request.content)
    return httpx.Response(200, json={"client_id": sent["client_id"], "last_seq": 0,
                                     "results": [{"seq": m["seq"], "id": m["id"],
                                                  "outcome": "retry_later"}
                                                 for m in sent["mutations"]]})


def test_an_expired_log_in_fails_the_cycle_and_keeps_the_work(kg: Kindergarten,
                                                              desk: Desk) -> None:
    desk.sync()
    actions.accept(desk.cache, kg.apps[0]["id"])
    assert desk.client.tokens is not None
    desk.client.tokens.access_token = desk.client.tokens.refresh_token = "revoked"
    with pytest.raises(SessionExpired):
        desk.sync()
    assert [e.state for e in desk.outbox()] == ["pending"]
    assert desk.engine.status().last_error


# pull: the change feed


def test_a_declined_request_disappears_with_its_tombstone(kg: Kindergarten,
                                                          desk: Desk) -> None:
    desk.sync()
    mine, theirs = kg.apps[0]["id"], kg.apps[1]["id"]
    actions.decline(desk.cache, mine, "no_places")
    colleague = kg.sandbox.login(kg.site.director_login, PASSWORD)
    assert kg.site.world.mutate(colleague, "decline_request", {
        "request_id": theirs, "reason": "other", "comment": "дубль"})["outcome"] == "applied"
    summary = desk.sync()
    assert summary.applied == 1 and summary.deleted >= 2
    assert desk.request(mine) is None and desk.request(theirs) is None
    assert desk.request(kg.apps[2]["id"]) is not None


def test_an_invalid_cursor_takes_a_full_snapshot_that_sweeps(kg: Kindergarten,
                                                              desk: Desk) -> None:
    desk.sync()
    before = cursor_seq(desk.meta("cursor"))
    template = desk.request(kg.apps[0]["id"])
    assert template is not None
    with desk.cache.write() as session:
        session.add(ghost_request(template, 10**9))
    desk.set_meta("cursor", "not-a-cursor")
    summary = desk.sync()
    assert summary.full and summary.deleted == 1
    assert desk.request(10**9) is None
    assert desk.count(Request) == 3
    assert cursor_seq(desk.meta("cursor")) >= before
    assert not desk.sync().full  # the new cursor works


def test_small_pages_and_an_interrupted_full_snapshot_still_sweep(
        kg: Kindergarten, wire: Wire, tmp_path: Path) -> None:
    desk = Desk(tmp_path, sign_in(kg.site.url, kg.site.director_login, wire))
    desk.engine.page_size = 3
    try:
        stages: list[tuple[str, int, int]] = []
        summary = desk.sync(progress=lambda *step: stages.append(step))
        assert summary.full and len(stages) >= 3 and {s[0] for s in stages} == {"pull"}
        assert_equals_portal(desk)
        template = desk.request(kg.apps[0]["id"])
        assert template is not None
        with desk.cache.write() as session:
            session.add(ghost_request(template, 10**9))
        desk.set_meta("cursor", "not-a-cursor")
        synced_at = desk.engine.status().last_sync_at
        pages: list[int] = []
        summary = desk.sync(progress=lambda stage, done, total: pages.append(done),
                            cancelled=lambda: len(pages) >= 1)
        assert len(pages) == 1 and desk.request(10**9) is not None  # one page, then stopped
        assert desk.engine.status().last_sync_at == synced_at  # not a whole cycle
        summary = desk.sync()  # the snapshot goes on where it stopped, and sweeps at its end
        assert summary.full and summary.deleted == 1
        assert desk.request(10**9) is None
        assert_equals_portal(desk)
    finally:
        desk.close()


def ghost_request(template: Request, request_id: int) -> Request:
    """A request the portal does not have (a cache changed behind the engine's back)."""
    return Request(id=request_id, version=1, number=request_id, status="awaiting_contract",
                   review="new", group_id=template.group_id, child_iin="000000000000",
                   child_name="Ghost", child_birth_date=template.child_birth_date,
                   languages="kk", requested_at=None, deadline=None, search="ghost",
                   pending=False, data={"id": request_id})


def test_a_counts_mismatch_makes_the_next_cycle_pull_everything(kg: Kindergarten,
                                                                desk: Desk) -> None:
    desk.sync()
    group_id = kg.group_id(1)
    with desk.cache.write() as session:
        session.delete(session.get(Group, group_id))
    summary = desk.sync()
    assert not summary.full and desk.meta("cursor") is None
    summary = desk.sync()
    assert summary.full
    assert desk.group(group_id).capacity == 20
    assert desk.meta("cursor") is not None


def test_a_pull_that_would_delete_most_requests_stops_and_asks(kg: Kindergarten,
                                                               desk: Desk) -> None:
    desk.sync()
    template = desk.request(kg.apps[0]["id"])
    assert template is not None
    with desk.cache.write() as session:
        session.add_all(ghost_request(template, 10**9 + i) for i in range(25))
    desk.set_meta("cursor", "not-a-cursor")
    with pytest.raises(MassDeletion) as caught:
        desk.sync()
    assert (caught.value.would_delete, caught.value.total) == (25, 28)
    assert desk.count(Request) == 28  # nothing deleted
    assert "25" in (desk.engine.status().last_error or "")
    with pytest.raises(MassDeletion):
        desk.sync()  # it asks again until told
    summary = desk.sync(allow_mass_delete=True)
    assert summary.deleted == 25 and desk.count(Request) == 3
    assert desk.engine.status().last_error is None


def test_an_overloaded_portal_fails_the_cycle_fast_with_retry_after(desk: Desk,
                                                                   wire: Wire) -> None:
    desk.sync()
    wire.answer("/staff/changes", lambda request: httpx.Response(
        503, headers={"Retry-After": "7"}, json={"code": "unavailable", "title": "busy"}))
    with pytest.raises(PortalUnreachable) as caught:
        desk.sync()
    assert caught.value.retry_after == 7.0
    backoff = Backoff(rng=random.Random(1))
    assert backoff.failed(caught.value.retry_after) >= 7.0


def test_backoff_grows_with_jitter_under_a_cap_and_honours_retry_after() -> None:
    backoff = Backoff(base=2.0, cap=60.0, rng=random.Random(7))
    delays = [backoff.failed() for _ in range(12)]
    for attempt, delay in enumerate(delays):
        assert 0.0 <= delay <= min(60.0, 2.0 * 2 ** attempt)
    assert len(set(delays)) == len(delays)  # jittered, never in lockstep
    assert max(delays[:3]) <= 8.0 < max(delays[6:])
    assert backoff.failed(retry_after=30.0) >= 30.0
    assert backoff.failed(retry_after=900.0) == 900.0  # the portal's ask beats the cap
    backoff.succeeded()
    assert backoff.failed() <= 2.0


def test_the_client_id_is_made_once(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "c.db", KEY)
    first = client_id(cache)
    assert uuid.UUID(first) and client_id(cache) == first
    cache.close()
    again = open_cache(tmp_path / "c.db", KEY)
    assert client_id(again) == first
    again.close()


# documents


@pytest.fixture
def store(desk: Desk, tmp_path: Path) -> DocumentStore:
    return DocumentStore(desk.cache, tmp_path / "documents")


def test_a_document_is_stored_by_its_digest(kg: Kindergarten, desk: Desk,
                                            store: DocumentStore) -> None:
    scan = upload_scan(kg, desk)
    seen: list[tuple[int, int]] = []
    path = store.download(desk.client, scan.document_id, scan.sha256,
                          progress=lambda done, total: seen.append((done, total)))
    assert path == store.folder / scan.sha256 and store.read(scan.sha256) == scan.data
    assert seen[-1] == (len(scan.data), len(scan.data)) and len(seen) > 1
    assert store.stored(scan.sha256) == path
    assert list(store.folder.iterdir()) == [path]
    assert store.download(desk.client, scan.document_id, scan.sha256) == path


def cancel_halfway(store: DocumentStore, desk: Desk, scan: Scan) -> int:
    """Start a download and cancel it past half the file; the plain bytes its `.part` holds."""
    done = [0]

    def progress(received: int, total: int) -> None:
        done[0] = received

    with pytest.raises(DownloadCancelled):
        store.download(desk.client, scan.document_id, scan.sha256, progress=progress,
                       cancelled=lambda: done[0] >= len(scan.data) // 2)
    part = store.folder / f"{scan.sha256}.part"
    assert 0 < done[0] < len(scan.data) and b"%PDF" not in part.read_bytes()
    return done[0]


def test_a_download_resumes_from_its_partial_file(kg: Kindergarten, desk: Desk, wire: Wire,
                                                  store: DocumentStore) -> None:
    scan = upload_scan(kg, desk)
    half = cancel_halfway(store, desk, scan)
    # a power cut tore the last record: it is cut off, the rest resumed after it
    with (store.folder / f"{scan.sha256}.part").open("ab") as part:
        part.write(b"\0\0\1\0torn")
    wire.log.clear()
    store.download(desk.client, scan.document_id, scan.sha256)
    assert store.read(scan.sha256) == scan.data
    [exchange] = wire.log
    assert exchange.status == 206
    assert exchange.request_headers["range"] == f"bytes={half}-"
    assert exchange.request_headers["if-range"] == f'"{scan.sha256}"'
    assert exchange.wire_bytes < len(scan.data) - half + 2048
    assert not (store.folder / f"{scan.sha256}.part").exists()


def test_a_partial_file_that_is_not_the_start_of_the_document_is_replaced(
        kg: Kindergarten, desk: Desk, wire: Wire, store: DocumentStore) -> None:
    scan = upload_scan(kg, desk)
    part = store.folder / f"{scan.sha256}.part"
    # a power cut's leftovers: sealed, but not the start of this file
    part.write_bytes(MAGIC + store._sealer(scan.sha256).seal(0, b"\0" * 1000))
    wire.log.clear()
    store.download(desk.client, scan.document_id, scan.sha256)
    assert store.read(scan.sha256) == scan.data
    assert [e.status for e in wire.log] == [206, 200]
    # an older version's plain `.part`, or one whose key is gone, is started afresh
    store.discard(scan.sha256)
    part.write_bytes(scan.data[:1000])
    wire.log.clear()
    store.download(desk.client, scan.document_id, scan.sha256)
    assert store.read(scan.sha256) == scan.data
    assert [e.status for e in wire.log] == [200]


def test_a_wrong_digest_is_refused_and_nothing_is_kept(kg: Kindergarten, desk: Desk,
                                                      store: DocumentStore) -> None:
    scan = upload_scan(kg, desk)
    wrong = hashlib.sha256(b"another file").hexdigest()
    with pytest.raises(HashMismatch) as caught:
        store.download(desk.client, scan.document_id, wrong)
    assert (caught.value.expected, caught.value.actual) == (wrong, scan.sha256)
    assert list(store.folder.iterdir()) == []
    assert desk.count(StoredFile) == 0
    with pytest.raises(ValueError):
        store.download(desk.client, scan.document_id, "../../etc/passwd")


def test_a_cancelled_or_overdue_download_keeps_what_arrived(kg: Kindergarten, desk: Desk,
                                                            store: DocumentStore) -> None:
    scan = upload_scan(kg, desk)
    with pytest.raises(DownloadCancelled):
        store.download(desk.client, scan.document_id, scan.sha256, cancelled=lambda: True)
    with pytest.raises(DownloadTimedOut):
        store.download(desk.client, scan.document_id, scan.sha256, deadline=0.0)
    assert store.stored(scan.sha256) is None
    store.download(desk.client, scan.document_id, scan.sha256)
    assert store.read(scan.sha256) == scan.data


def test_a_file_over_the_limit_is_refused_and_nothing_is_kept(kg: Kindergarten, desk: Desk,
                                                              wire: Wire,
                                                              tmp_path: Path) -> None:
    scan = upload_scan(kg, desk)
    store = DocumentStore(desk.cache, tmp_path / "small", max_bytes=100_000)
    wire.log.clear()
    # by the manifest's size: the portal is not even asked
    with pytest.raises(DocumentTooLarge) as caught:
        store.download(desk.client, scan.document_id, scan.sha256, size=len(scan.data))
    assert (caught.value.size, caught.value.limit) == (len(scan.data), 100_000)
    assert wire.log == []
    # by the response's length, when the manifest says nothing
    with pytest.raises(DocumentTooLarge):
        store.download(desk.client, scan.document_id, scan.sha256)
    # by the whole length of a resumed file (begun by a store without the limit)
    cancel_halfway(DocumentStore(desk.cache, store.folder), desk, scan)
    wire.log.clear()
    with pytest.raises(DocumentTooLarge) as caught:
        store.download(desk.client, scan.document_id, scan.sha256)
    assert caught.value.size == len(scan.data)
    assert [e.status for e in wire.log] == [206]
    assert list(store.folder.iterdir()) == [] and store.partial_size(scan.sha256) == 0
    assert desk.count(StoredFile) == 0


def test_a_damaged_stored_file_is_found_and_discarded(kg: Kindergarten, desk: Desk,
                                                      store: DocumentStore) -> None:
    scan = upload_scan(kg, desk)
    path = store.download(desk.client, scan.document_id, scan.sha256)
    assert store.verify(scan.sha256)
    sealed = bytearray(path.read_bytes())
    sealed[len(sealed) // 2] ^= 1  # the disk, not the portal, damaged it
    path.write_bytes(bytes(sealed))
    with pytest.raises(DocumentDamaged):
        store.read(scan.sha256)
    assert not store.verify(scan.sha256)
    assert store.stored(scan.sha256) is None and not path.exists()
    assert desk.count(StoredFile) == 0
    store.download(desk.client, scan.document_id, scan.sha256)
    assert store.read(scan.sha256) == scan.data
    (store.folder / f"{scan.sha256}.part").write_bytes(b"left over")
    store.discard(scan.sha256)
    assert list(store.folder.iterdir()) == [] and desk.count(StoredFile) == 0


def test_a_document_is_kept_encrypted_where_only_its_user_can_read_it(
        kg: Kindergarten, desk: Desk, store: DocumentStore) -> None:
    scan = upload_scan(kg, desk)
    path = store.download(desk.client, scan.document_id, scan.sha256)
    on_disk = path.read_bytes()
    assert on_disk.startswith(MAGIC) and b"%PDF" not in on_disk
    assert scan.data[1000:1064] not in on_disk
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    # the outbox's files (contracts made here) are kept the same way
    outbox = actions.outbox_files(desk.cache)
    digest = outbox.put(scan.data)
    assert b"%PDF" not in outbox.path(digest).read_bytes()
    assert outbox.read(digest) == scan.data


def test_a_plain_file_of_an_older_version_is_encrypted_on_first_use(
        kg: Kindergarten, desk: Desk, wire: Wire, store: DocumentStore) -> None:
    scan = upload_scan(kg, desk)
    path = store.path(scan.sha256)
    path.write_bytes(scan.data)  # as an older version left it, recorded or not
    wire.log.clear()
    assert store.download(desk.client, scan.document_id, scan.sha256) == path
    assert wire.log == []  # adopted, not fetched again
    assert b"%PDF" not in path.read_bytes() and store.read(scan.sha256) == scan.data
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in store.folder.iterdir()) == [scan.sha256]
    # recorded already, it is encrypted when it is first read
    path.write_bytes(scan.data)
    assert store.stored(scan.sha256) == path
    assert store.read(scan.sha256) == scan.data and b"%PDF" not in path.read_bytes()


def test_a_documents_key_lost_from_the_keyring_means_downloading_again(
        kg: Kindergarten, desk: Desk, store: DocumentStore) -> None:
    scan = upload_scan(kg, desk)
    store.download(desk.client, scan.document_id, scan.sha256)
    import keyring

    keyring.delete_password(credentials.SERVICE, f"documents:{store.folder.name}")
    again = DocumentStore(desk.cache, store.folder)
    with pytest.raises(DocumentDamaged):
        again.read(scan.sha256)
    assert not again.verify(scan.sha256)
    again.download(desk.client, scan.document_id, scan.sha256)
    assert again.read(scan.sha256) == scan.data


@pytest.fixture
def own_sandbox(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A sandbox of this test's own, whose database the test may damage."""
    process, url = start_sandbox(tmp_path / "portal", None)
    try:
        yield url, tmp_path / "portal" / "portal.db"
    finally:
        stop_sandbox(process)


@pytest.mark.live
def test_a_document_the_portal_lost_is_reported(own_sandbox: tuple[str, Path],
                                                tmp_path: Path) -> None:
    url, database = own_sandbox
    kg = kindergarten(url, requests=1)
    desk = Desk(tmp_path / "desk", sign_in(url, kg.site.director_login))
    try:
        scan = upload_scan(kg, desk, size=4000)
        with sqlite3.connect(database) as connection:
            connection.execute("DELETE FROM blobs WHERE sha256 = ?", (scan.sha256,))
        store = DocumentStore(desk.cache, tmp_path / "documents")
        with pytest.raises(DocumentLost) as caught:
            store.download(desk.client, scan.document_id, scan.sha256)
        assert caught.value.document_id == scan.document_id
        assert store.stored(scan.sha256) is None
    finally:
        desk.close()
        kg.sandbox.close()
