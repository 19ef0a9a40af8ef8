"""Prefetch against a live sandbox: which documents are fetched before anyone asks (those of
requests waiting on the kindergarten, most urgent first, within a byte budget and the disk's
room), and a run that is cancelled, meets a bad file, or loses the portal."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.tables import Document, Request
from desktop.services.documents import DocumentStore, DownloadCancelled
from desktop.services.portal_api import PortalClient
from desktop.services.prefetch import DISK_RESERVE, Prefetcher, plan, prefetch
from tests.support.sites import START, make_site
from tests.support.sync_desks import Desk, Wire, pdf_bytes, sign_in
from tests.support.world import PASSWORD, Family

ROOM = DISK_RESERVE + 10**9  # a disk with plenty of room, whatever this machine has


@dataclass
class Town:
    """Three requests at one kindergarten: `later` (its deadline a day after the others),
    `sooner`, and `sent` (its contract sent: the parent's turn, not ours)."""

    desk: Desk
    wire: Wire
    store: DocumentStore
    requests: dict[str, int]
    documents: dict[str, tuple[int, str, int]]  # name -> (id, sha256, size)

    def ids(self, *names: str) -> list[int]:
        return [self.documents[name][0] for name in names]

    def size(self, *names: str) -> int:
        return sum(self.documents[name][2] for name in names)

    def content_statuses(self) -> list[int]:
        return [e.status for e in self.wire.log if e.path.endswith("/content")]


@pytest.fixture
def town(sandbox: str, tmp_path: Path) -> Iterator[Town]:
    site = make_site(sandbox, requests=0)
    world, client = site.world, site.world.client
    kg = site.kindergarten
    # Made a day later, so its deadline is a day later though its id is lower.
    client.set_clock(START + timedelta(days=1))
    later: tuple[Family, dict[str, Any]] = world.request_at(kg)
    client.set_clock(START)
    sooner = world.request_at(kg, group_index=1)
    sent = world.request_at(kg)
    uploads = {
        "later_027u": (later, "form_027u", 120_000),
        "later_id": (later, "parent_id", 60_000),
        "sooner_027u": (sooner, "form_027u", 100_000),
        "sooner_birth": (sooner, "birth_certificate", 50_000),
        "sent_027u": (sent, "form_027u", 40_000),
    }
    for (family, app), kind, size in uploads.values():
        client.upload_document(family.parent, app["id"], kind, pdf_bytes(size),
                               "application/pdf")
    methodologist = client.login(site.methodologist_login, PASSWORD)
    director = client.login(site.director_login, PASSWORD)
    returned = world.mutate(methodologist, "return_documents", {
        "request_id": sooner[1]["id"], "comments": {"birth_certificate": "Нечитаемо"}})
    assert returned["outcome"] == "applied", returned
    wire = Wire()
    folder = tmp_path / "desk"
    folder.mkdir()
    desk = Desk(folder, sign_in(sandbox, site.director_login, wire))
    accepted = world.mutate(director, "accept_request", {"request_id": sent[1]["id"]})
    assert accepted["outcome"] == "applied", accepted
    contract = pdf_bytes(5000)
    desk.client.upload(contract)
    contracted = world.mutate(director, "send_contract", {
        "request_id": sent[1]["id"], "pdf_sha256": hashlib.sha256(contract).hexdigest()})
    assert contracted["outcome"] == "applied", contracted
    desk.sync()
    requests = {"later": later[1]["id"], "sooner": sooner[1]["id"], "sent": sent[1]["id"]}
    documents = {}
    with desk.cache.read() as session:
        statuses = {r.id: r.status for r in session.scalars(select(Request))}
        for name, ((_, app), kind, size) in uploads.items():
            row = session.scalars(select(Document).where(
                Document.request_id == app["id"], Document.kind == kind)).one()
            documents[name] = (row.id, row.sha256, size)
    assert statuses == {requests["later"]: "awaiting_contract",
                        requests["sooner"]: "awaiting_contract",
                        requests["sent"]: "contract_sent"}
    wire.log.clear()
    try:
        yield Town(desk, wire, DocumentStore(desk.cache, tmp_path / "documents"), requests,
                   documents)
    finally:
        desk.close()
        wire.close()
        client.close()


def test_the_plan_takes_the_requests_waiting_on_us_most_urgent_first(town: Town) -> None:
    wanted = plan(town.desk.cache, town.store, free_bytes=ROOM)
    # the sooner deadline first; the returned scan and the request with its contract sent
    # are not wanted
    assert [w.document_id for w in wanted] == town.ids("sooner_027u", "later_027u",
                                                       "later_id")
    assert [w.size for w in wanted] == [100_000, 120_000, 60_000]
    assert all(w.request_id != town.requests["sent"] for w in wanted)
    # a selection of requests is taken whatever their status
    chosen = plan(town.desk.cache, town.store, [town.requests["sent"]], free_bytes=ROOM)
    assert [w.document_id for w in chosen] == town.ids("sent_027u")


def test_the_plan_keeps_to_its_budget_the_disk_and_the_size_limit(town: Town) -> None:
    cache, store = town.desk.cache, town.store
    budget = town.size("sooner_027u", "later_id")
    # the larger file does not fit what is left; the smaller one after it does
    assert [w.document_id for w in plan(cache, store, budget=budget, free_bytes=ROOM)] \
        == town.ids("sooner_027u", "later_id")
    # what a `.part` already holds costs nothing
    document_id, digest, _ = town.documents["later_027u"]
    done = [0]

    def progress(received: int, total: int) -> None:
        done[0] = received

    with pytest.raises(DownloadCancelled):
        store.download(town.desk.client, document_id, digest, progress=progress,
                       cancelled=lambda: done[0] > 0)
    assert store.partial_size(digest) == done[0] == 65_536
    assert [w.document_id for w in plan(cache, store, budget=budget + 60_000,
                                        free_bytes=ROOM)] == town.ids("sooner_027u",
                                                                      "later_027u",
                                                                      "later_id")
    (store.folder / f"{digest}.part").unlink()
    # the disk keeps its reserve
    tight = DISK_RESERVE + town.size("sooner_027u")
    assert [w.document_id for w in plan(cache, store, free_bytes=tight)] == town.ids(
        "sooner_027u")
    assert plan(cache, store, free_bytes=DISK_RESERVE // 2) == []
    # a file over the store's limit is never taken
    small = DocumentStore(cache, store.folder, max_bytes=110_000)
    assert [w.document_id for w in plan(cache, small, free_bytes=ROOM)] == town.ids(
        "sooner_027u", "later_id")


def test_a_run_fetches_the_plan_and_the_next_finds_it_done(town: Town) -> None:
    seen: list[tuple[int, int]] = []
    summary = prefetch(town.store, town.desk.client, town.desk.cache,
                       progress=lambda done, total: seen.append((done, total)),
                       free_bytes=ROOM)
    assert summary.fetched == town.ids("sooner_027u", "later_027u", "later_id")
    assert summary.fetched_bytes == town.size("sooner_027u", "later_027u", "later_id")
    assert not summary.failed and not summary.cancelled and summary.left == 0
    total = summary.fetched_bytes
    assert all(t == total for _, t in seen) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    for name in ("sooner_027u", "later_027u", "later_id"):
        assert town.store.stored(town.documents[name][1]) is not None
    assert town.content_statuses() == [200, 200, 200]
    town.wire.log.clear()
    again = prefetch(town.store, town.desk.client, town.desk.cache, free_bytes=ROOM)
    assert again.planned == 0 and town.content_statuses() == []


def test_a_cancelled_run_keeps_its_part_and_the_next_resumes(town: Town) -> None:
    prefetcher = Prefetcher(town.desk.cache, town.store, town.desk.client)

    def cancel_midway(done: int, total: int) -> None:
        if done > 150_000:  # inside the second file
            prefetcher.cancel()

    summary = prefetcher.run(progress=cancel_midway, free_bytes=ROOM)
    assert summary.cancelled and summary.fetched == town.ids("sooner_027u")
    assert summary.left == 2
    _, digest, _ = town.documents["later_027u"]
    assert 0 < town.store.partial_size(digest) < 120_000
    town.wire.log.clear()
    resumed = Prefetcher(town.desk.cache, town.store, town.desk.client).run(free_bytes=ROOM)
    assert resumed.fetched == town.ids("later_027u", "later_id")
    assert town.content_statuses() == [206, 200]


def test_a_bad_file_is_noted_and_the_run_goes_on(town: Town) -> None:
    document_id = town.documents["sooner_027u"][0]
    with town.desk.cache.write() as session:
        row = session.get(Document, document_id)
        assert row is not None
        row.sha256 = hashlib.sha256(uuid.uuid4().bytes).hexdigest()  # not what the portal has
    summary = prefetch(town.store, town.desk.client, town.desk.cache, free_bytes=ROOM)
    assert summary.failed == {document_id: "HashMismatch"}
    assert summary.fetched == town.ids("later_027u", "later_id")


def test_a_run_stops_when_the_portal_cannot_be_reached(town: Town) -> None:
    away = PortalClient("http://127.0.0.1:9")
    try:
        summary = prefetch(town.store, away, town.desk.cache, free_bytes=ROOM)
    finally:
        away.close()
    assert summary.unreachable and summary.fetched == [] and summary.left == 3
    assert summary.failed == {}
