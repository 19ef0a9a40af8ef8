"""A staff computer's cache and sync engine against the live sandbox (docs/sync.md), with a
`Wire` transport that counts what crosses the wire, loses a request before it is sent or an
answer after the portal committed, or answers as an overloaded portal would; and the checks
that hold the cache to what the portal holds."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from desktop.models.tables import FEED_TABLES, Document, Group, OutboxEntry, PortalState, Request
from desktop.services.cache import Cache, meta, open_cache, set_meta
from desktop.services.portal_api import PortalClient
from desktop.services.sync import SyncEngine, client_id
from portal_sandbox.client import SandboxClient
from tests.support.pdfs import real_pdf
from tests.support.sites import Site, make_site
from tests.support.world import PASSWORD, Family

KEY = "0123456789abcdef" * 4


# the wire: watch it, lose a request or an answer, play an overloaded portal


@dataclass
class Exchange:
    method: str
    path: str
    status: int
    request_headers: dict[str, str]
    wire_bytes: int  # request and response, headers and (compressed) bodies


class Wire(httpx.BaseTransport):
    """The real transport, plus a record of every exchange and planned failures.

    `fail(path_part, when)`: the next request whose path contains `path_part` fails with a
    transport error "before" it is sent, or "after" the portal answered (the answer is lost
    after the portal committed). `answer(path_part, make)` answers the next such request
    without the portal, as a portal in trouble would.
    """

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.log: list[Exchange] = []
        self.failures: list[tuple[str, str]] = []
        self.answers: list[tuple[str, Callable[[httpx.Request], httpx.Response]]] = []

    def fail(self, path_part: str, when: str) -> None:
        self.failures.append((path_part, when))

    def answer(self, path_part: str, make: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answers.append((path_part, make))

    def _take(self, plans: list[Any], path: str) -> Any:
        for plan in plans:
            if plan[0] in path:
                plans.remove(plan)
                return plan[1]
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        make = self._take(self.answers, path)
        if make is not None:
            return make(request)
        when = self._take(self.failures, path)
        if when == "before":
            raise httpx.ConnectError("the link dropped before the request left", request=request)
        response = self.inner.handle_request(request)
        response.read()
        if when == "after":
            raise httpx.ReadError("the link dropped before the answer arrived", request=request)
        sent = len(request.content) + sum(len(k) + len(v) + 4 for k, v in request.headers.raw)
        got = response.num_bytes_downloaded + sum(len(k) + len(v) + 4
                                                  for k, v in response.headers.raw)
        self.log.append(Exchange(request.method, path, response.status_code,
                                 dict(request.headers), sent + got))
        return response

    def close(self) -> None:
        self.inner.close()


def sign_in(url: str, login: str, wire: Wire | None = None,
            language: str = "ru") -> PortalClient:
    client = PortalClient(url, language=language, transport=wire)
    client.login(login, PASSWORD)
    return client


@dataclass
class Desk:
    """One staff member's computer: the cache (reopened like a restart) and the engine."""

    folder: Path
    client: PortalClient
    cache: Cache = field(init=False)
    engine: SyncEngine = field(init=False)

    def __post_init__(self) -> None:
        self.open()

    @property
    def path(self) -> Path:
        return self.folder / "cache.db"

    def open(self) -> None:
        self.cache = open_cache(self.path, KEY)
        self.engine = SyncEngine(self.cache, self.client)

    def restart(self) -> None:
        self.cache.close()
        self.open()

    def close(self) -> None:
        self.cache.close()
        self.client.close()

    def sync(self, **kwargs: Any) -> Any:
        return self.engine.run_cycle(**kwargs)

    def request(self, request_id: int) -> Request | None:
        with self.cache.read() as session:
            return session.get(Request, request_id)

    def group(self, group_id: int) -> Group:
        with self.cache.read() as session:
            group = session.get(Group, group_id)
            assert group is not None
            return group

    def outbox(self) -> list[OutboxEntry]:
        with self.cache.read() as session:
            return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))

    def count(self, model: Any) -> int:
        with self.cache.read() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

    def meta(self, key: str) -> Any:
        with self.cache.read() as session:
            return meta(session, key)

    def set_meta(self, key: str, value: Any) -> None:
        with self.cache.write() as session:
            set_meta(session, key, value)


def snapshot(client: PortalClient) -> dict[tuple[str, int], dict[str, Any]]:
    """What the portal holds for this kindergarten now: a fresh full snapshot."""
    objects: dict[tuple[str, int], dict[str, Any]] = {}
    cursor = None
    while True:
        page = client.changes(cursor, 2000)
        assert page is not None
        for change in page.changes:
            objects[(change["type"], change["id"])] = change
        cursor = page.cursor
        if not page.has_more:
            return objects


def cursor_seq(cursor: str | None) -> int:
    """The sandbox's position in its feed (tests may know what clients may not)."""
    if cursor is None:
        return -1
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    return int(json.loads(raw)["s"])


def assert_exactly_once(desk: Desk) -> None:
    """Every intent is answered and the portal holds each answered one exactly once.

    Sending them all again proves it: each comes back as a replay of the answer the desk
    recorded (the portal keeps one record per sequence number and intent id); an intent
    reported as a reused number is still unknown to the portal, and is reported again.
    """
    entries = desk.outbox()
    assert all(e.state in ("done", "attention", "resolved") for e in entries), entries
    if not entries:
        return
    mutations = [{"seq": e.seq, "id": e.id, "name": e.name, "args": e.args,
                  "payload_sha256": e.payload_sha256} for e in entries]
    replies = [reply for start in range(0, len(mutations), 100)
               for reply in desk.client.push(client_id(desk.cache),
                                             mutations[start:start + 100])["results"]]
    for entry, reply in zip(entries, replies, strict=True):
        assert reply["id"] == entry.id
        if entry.code == "sequence_reused":
            assert (reply["outcome"], reply["code"]) == ("invalid", "sequence_reused")
        else:
            assert reply.get("replayed") is True, (entry.seq, reply)
            assert (reply["outcome"], reply.get("code")) == (entry.outcome, entry.code)


def assert_equals_portal(desk: Desk) -> dict[tuple[str, int], dict[str, Any]]:
    """After a clean sync with nothing pending, the cache is what the portal holds."""
    portal = snapshot(desk.client)
    with desk.cache.read() as session:
        for type_, model in FEED_TABLES.items():
            mine = {(type_, row.id): (row.version, row.data)
                    for row in session.scalars(select(model))}
            theirs = {key: (c["version"], c["data"]) for key, c in portal.items()
                      if key[0] == type_}
            assert mine == theirs, type_
        requests = session.scalars(select(Request)).all()
        assert session.scalars(select(PortalState)).all() == []  # no effect left on top
    assert not any(r.pending for r in requests)
    for request in requests:
        assert (request.status, request.review, request.group_id) == (
            request.data["status"], request.data["review"], request.data["group_id"])
    return portal


def accepted_events(portal: dict[tuple[str, int], dict[str, Any]], request_id: int) -> int:
    history = portal[("request", request_id)]["data"]["history"]
    return [h["event"] for h in history].count("request_accepted")


@dataclass
class Kindergarten:
    """A site whose requests' families are at hand, so parents can act."""

    site: Site
    families: list[Family]
    apps: list[dict[str, Any]]

    @property
    def sandbox(self) -> SandboxClient:
        return self.site.world.client

    def group_id(self, index: int) -> int:
        return int(self.site.kindergarten["groups"][index]["id"])


def kindergarten(url: str, requests: int = 3) -> Kindergarten:
    site = make_site(url, requests=0)
    made = [site.world.request_at(site.kindergarten, group_index=i % 2)
            for i in range(requests)]
    return Kindergarten(site, [f for f, _ in made], [a for _, a in made])


def pdf_bytes(size: int) -> bytes:
    """Something the portal takes as a PDF, `size` bytes long and unlike any other."""
    return real_pdf(size)


def portal_group(desk: Desk, group_id: int) -> dict[str, Any]:
    return snapshot(desk.client)[("group", group_id)]["data"]


@dataclass
class Scan:
    document_id: int
    sha256: str
    data: bytes


def upload_scan(kg: Kindergarten, desk: Desk, size: int = 300_000) -> Scan:
    data = pdf_bytes(size)
    kg.sandbox.upload_document(kg.families[0].parent, kg.apps[0]["id"], "form_027u", data,
                               "application/pdf")
    desk.sync()
    with desk.cache.read() as session:
        document = session.scalars(select(Document).where(
            Document.request_id == kg.apps[0]["id"])).one()
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    return Scan(document.id, document.sha256, data)


@contextmanager
def directors_desk(kg: Kindergarten, folder: Path, wire: Wire | None = None
                   ) -> Iterator[Desk]:
    """The director's computer at `kg`, signed in over `wire` (or the plain transport), its
    cache in `folder`; closed afterwards."""
    made = Desk(folder, sign_in(kg.site.url, kg.site.director_login, wire))
    try:
        yield made
    finally:
        made.close()
