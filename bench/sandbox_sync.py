"""The portal sandbox's sync costs, against the targets of its issue.

- An empty-delta pull costs the same whatever the world's size: p50 with a 200,000-
  application world over p50 with a 1,000-application world <= 1.5, on PostgreSQL.
- A full snapshot for a kindergarten with 2,000 requests <= 0.5 s.
- One push of 100 mutations <= 10x one push of a single mutation.

Run: `python -m bench.sandbox_sync [--big 200000]`. Everything talks to a live sandbox
process over HTTP on loopback, as the desktop client does.
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert, select

from bench.common import live_sandbox, p50, postgres_database, timed, verdict
from portal_sandbox import lifecycle, world
from portal_sandbox.config import Settings
from portal_sandbox.iin import make_bin, make_iin
from portal_sandbox.lifecycle import Actor, Ctx
from portal_sandbox.models import Account, Application, ChildLink, FeedEntry, Group, Person
from portal_sandbox.portal import Portal
from portal_sandbox.workdays import PORTAL_TZ

PASSWORD = "Bench-password-1"
NOW = datetime(2025, 2, 6, 10, tzinfo=PORTAL_TZ)


def request_data(app_id: int, kg_id: int, group_id: int) -> dict[str, Any]:
    """What one request looks like in the feed (the shape serialize.request makes)."""
    at = "2025-02-05T10:00:00+05:00"
    return {
        "id": app_id, "number": 257000 + app_id, "submitted_at": "2024-03-01T09:12:44+05:00",
        "child": {"iin": "210315500017", "last_name": "Нұрланов", "first_name": "Әлихан",
                  "patronymic": "Нұрланұлы", "sex": "male", "birth_date": "2021-03-15"},
        "locality": "г.Уральск", "languages": ["kk", "ru"], "queue_type": "general",
        "priority_category": "age_3", "status": "awaiting_contract", "archive_reason": None,
        "voucher": {"issued_at": at, "confirm_by": "2025-02-07T23:59:59+05:00",
                    "confirmed_at": at, "enroll_by": "2025-02-12T23:59:59+05:00",
                    "extended": False},
        "stop_list_until": None, "restored": False, "kindergarten_id": kg_id,
        "group_id": group_id, "version": 5,
        "parent": {"iin": "920517400011", "last_name": "Нұрланова", "first_name": "Айгүл",
                   "patronymic": "Серікқызы", "sex": "female", "birth_date": "1992-05-17",
                   "phone": "+77471234567"},
        "requested_at": at, "review": "new", "decline_reason": None, "decline_comment": None,
        "contract_id": None,
        "history": [{"at": at, "event": e, "from_status": None, "to_status": e,
                     "actor_kind": "parent", "actor_name": "Нұрланова Айгүл", "note": ""}
                    for e in ("submitted", "voucher_issued", "voucher_confirmed",
                              "request_sent")],
    }


def bulk_world(db_url: str, data_dir: Path, total: int, measured: int,
               snapshot: int) -> dict[str, Any]:
    """A world of `total` applications: one kindergarten of `measured` requests (the one
    whose pulls are timed), one of `snapshot` requests, the rest spread 1,000 a piece."""
    portal = Portal(Settings(data_dir=data_dir, db_url=db_url))
    sizes = [measured, snapshot]
    rest = total - measured - snapshot
    sizes += [1000] * (rest // 1000) + ([rest % 1000] if rest % 1000 else [])
    staff: list[str] = []
    with portal.db.write() as session:
        kgs = []
        for index, _size in enumerate(sizes):
            kg = world.add_kindergarten(
                session, NOW, bin_=make_bin(date(2012, 1 + index % 12, 1), index + 1),
                name=f"Балабақша №{index + 1}", locality="г.Уральск", languages=["kk", "ru"],
                groups=[world.GroupSpec("Ортаңғы топ", 3, 4, "kk", 25)])
            kgs.append(kg)
        for kg in kgs[:2]:
            iin = make_iin(date(1980, 1, 1 + len(staff)), "female", 10)
            world.add_person(session, iin=iin, last_name="Сейткали", first_name="Гүлнар",
                             sex="female", birth_date=date(1980, 1, 1 + len(staff)))
            world.add_staff(session, NOW, bin_=kg.bin, iin=iin, roles=["director"],
                            password=PASSWORD)
            staff.append(iin)
        parent_iin = make_iin(date(1990, 1, 1), "female", 20)
        world.add_person(session, iin=parent_iin, last_name="Ата", first_name="Ана",
                         sex="female", birth_date=date(1990, 1, 1))
        session.add(Account(iin=parent_iin, roles=["parent"], created_at=NOW))
        session.flush()
        account_id = session.query(Account.id).filter(Account.iin == parent_iin).scalar()
        group_of = {g.kindergarten_id: g.id for g in session.scalars(select(Group))}
    births = (date(2020, 1, 1) + timedelta(days=d) for d in itertools.count())
    app_id = 0
    started = time.perf_counter()
    with portal.db.engine.begin() as connection:
        for kg, size in zip(kgs, sizes, strict=True):
            people, apps, feed = [], [], []
            for _ in range(size):
                app_id += 1
                birth = next(births)
                if birth.year > 2024:
                    births = (date(2020, 1, 1) + timedelta(days=d) for d in itertools.count())
                    birth = next(births)
                iin = make_iin(birth, "male", app_id // 1800)
                people.append({"iin": iin, "last_name": "Бала", "first_name": "Бала",
                               "patronymic": "", "sex": "male", "birth_date": birth,
                               "parents": [parent_iin]})
                apps.append({"id": app_id, "number": 300000 + app_id, "account_id": account_id,
                             "child_iin": iin, "locality": "г.Уральск", "languages": ["kk"],
                             "queue_type": "general", "priority_category": "age_3",
                             "priority_rank": 10, "submitted_at": NOW, "status":
                             "awaiting_contract", "kindergarten_id": kg.id,
                             "group_id": group_of[kg.id], "review": "new", "extended": False,
                             "restored": False, "version": 5, "updated_at": NOW,
                             "deadline_at": NOW + timedelta(days=5)})
                feed.append({"kindergarten_id": kg.id, "type": "request", "obj_id": app_id,
                             "version": 5, "deleted": False,
                             "data": request_data(app_id, kg.id, group_of[kg.id])})
            if people:
                _insert_people(connection, people, db_url)
                connection.execute(insert(Application), apps)
                connection.execute(insert(FeedEntry), feed)
    if db_url.startswith("postgresql"):
        # What autovacuum would do soon after such a load: give the planner real statistics.
        with portal.db.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "ANALYZE")
    portal.close()
    print(f"  built a world of {total} applications in {time.perf_counter() - started:.1f} s")
    return {"measured_staff": staff[0], "snapshot_staff": staff[1]}


def _insert_people(connection: Any, people: list[dict[str, Any]], db_url: str) -> None:
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    if db_url.startswith("postgresql"):
        connection.execute(pg_insert(Person).on_conflict_do_nothing(), people)
    else:
        connection.execute(insert(Person).prefix_with("OR IGNORE"), people)


def login(http: httpx.Client, iin: str) -> dict[str, str]:
    token = http.post("/api/v1/auth/token", json={"login": iin, "password": PASSWORD})
    token.raise_for_status()
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def caught_up(http: httpx.Client, headers: dict[str, str]) -> str:
    """Take the snapshot and return the cursor after it."""
    cursor = None
    while True:
        params = {"limit": 2000} if cursor is None else {"limit": 2000, "cursor": cursor}
        page = http.get("/api/v1/staff/changes", params=params, headers=headers).json()
        cursor = page["cursor"]
        if not page["has_more"]:
            return str(cursor)


def empty_pulls(urls: dict[int, tuple[str, str]], repeat: int) -> dict[int, tuple[float, int]]:
    """p50 of an empty-delta pull on each world, sampled in turn so that whatever else the
    machine is doing weighs on both alike."""
    clients = {size: httpx.Client(base_url=url, timeout=60) for size, (url, _) in urls.items()}
    try:
        calls = {}
        sizes = {}
        for size, http in clients.items():
            headers = login(http, urls[size][1])
            cursor = caught_up(http, headers)

            def pull(http: httpx.Client = http, headers: dict[str, str] = headers,
                     cursor: str = cursor) -> httpx.Response:
                response = http.get("/api/v1/staff/changes", params={"cursor": cursor},
                                    headers=headers)
                response.raise_for_status()
                return response

            calls[size] = pull
            sizes[size] = len(pull().content)
        samples: dict[int, list[float]] = {size: [] for size in clients}
        for _ in range(repeat):
            for size, call in calls.items():
                samples[size] += timed(call, 1, warmup=0)
        return {size: (p50(samples[size]), sizes[size]) for size in clients}
    finally:
        for http in clients.values():
            http.close()


def snapshot_seconds(url: str, staff_iin: str, repeat: int) -> tuple[float, int]:
    with httpx.Client(base_url=url, timeout=60) as http:
        headers = login(http, staff_iin)

        def snapshot() -> int:
            cursor, count = None, 0
            while True:
                params = {"limit": 2000} if cursor is None else {"limit": 2000,
                                                                 "cursor": cursor}
                response = http.get("/api/v1/staff/changes", params=params, headers=headers)
                response.raise_for_status()
                page = response.json()
                count += sum(c["type"] == "request" for c in page["changes"])
                cursor = page["cursor"]
                if not page["has_more"]:
                    return count

        requests = snapshot()
        samples = timed(snapshot, repeat, warmup=1)
    return p50(samples), requests


def pending_requests(portal: Portal, count: int) -> tuple[str, list[int]]:
    """A kindergarten with `count` requests waiting for a decision, made through the real
    lifecycle operations, and its director's IIN."""
    groups = [world.GroupSpec(f"Топ {i}", 3, 4, "kk", 60) for i in range(count // 60 + 1)]
    ids = []
    with portal.db.write() as session:
        kg = world.add_kindergarten(session, NOW, bin_=make_bin(date(2011, 5, 1), 4242),
                                    name="«Бәйтерек»", locality="Бенч", languages=["kk"],
                                    groups=groups)
        director = make_iin(date(1979, 3, 3), "female", 5)
        world.add_person(session, iin=director, last_name="Директор", first_name="Д",
                         sex="female", birth_date=date(1979, 3, 3))
        world.add_staff(session, NOW, bin_=kg.bin, iin=director, roles=["director"],
                        password=PASSWORD)
        group_rows = list(session.scalars(select(Group).where(Group.kindergarten_id == kg.id)))
        for n in range(count):
            parent = make_iin(date(1990, 1, 1) + timedelta(days=n), "female", 1)
            child = make_iin(date(2021, 3, 1) + timedelta(days=n % 300), "male", 100 + n)
            world.add_person(session, iin=parent, last_name="Ата", first_name="Ана",
                             sex="female", birth_date=date(1990, 1, 1) + timedelta(days=n))
            world.add_person(session, iin=child, last_name="Бала", first_name="Бала",
                             sex="male", birth_date=date(2021, 3, 1) + timedelta(days=n % 300),
                             parents=[parent])
            account = Account(iin=parent, roles=["parent"], created_at=NOW)
            session.add(account)
            session.flush()
            session.add(ChildLink(account_id=account.id, child_iin=child, added_at=NOW))
            ctx = Ctx(session, NOW, portal.settings, Actor("parent", "Ата Ана", account.id))
            person = session.get(Person, child)
            assert person is not None
            app = lifecycle.submit(ctx, account, person, "Бенч", ["kk"], "general", None)
            lifecycle.issue_voucher(ctx, app)
            lifecycle.confirm(ctx, app)
            lifecycle.choose(ctx, app, kg, group_rows[n // 60])
            ids.append(app.id)
    return director, ids


def push_ratio(url: str, director: str, ids: list[int], batches: int) -> tuple[float, float]:
    from portal_sandbox.mutations import payload_sha256

    queue = iter(ids)
    seq = itertools.count(1)
    client_id = f"bench-{uuid.uuid4()}"

    def mutations(n: int) -> list[dict[str, Any]]:
        out = []
        for _ in range(n):
            args = {"request_id": next(queue)}
            out.append({"seq": next(seq), "id": str(uuid.uuid4()), "name": "accept_request",
                        "args": args, "payload_sha256": payload_sha256("accept_request",
                                                                       args)})
        return out

    with httpx.Client(base_url=url, timeout=120) as http:
        headers = login(http, director)

        def push(n: int) -> None:
            body = {"client_id": client_id, "mutations": mutations(n)}
            response = http.post("/api/v1/staff/mutations", json=body, headers=headers)
            response.raise_for_status()
            outcomes = {r["outcome"] for r in response.json()["results"]}
            assert outcomes == {"applied"}, response.json()["results"][:2]

        single = timed(lambda: push(1), 30)
        hundred = timed(lambda: push(100), batches, warmup=0)
    return p50(single), p50(hundred)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        print("Empty-delta pull, PostgreSQL (the same kindergarten of 1,000 requests):")
        with postgres_database() as small_db, postgres_database() as big_db:
            small = bulk_world(small_db, Path(tmp) / "small", 1000, 1000, 0)
            big = bulk_world(big_db, Path(tmp) / "big", args.big, 1000, 2000)
            with live_sandbox(Path(tmp) / "small", small_db) as small_url, \
                    live_sandbox(Path(tmp) / "big", big_db) as big_url:
                pulls = empty_pulls({1000: (small_url, small["measured_staff"]),
                                     args.big: (big_url, big["measured_staff"])}, args.repeat)
                for size, (seconds, length) in pulls.items():
                    print(f"  world of {size}: p50 {seconds * 1000:.2f} ms, {length} bytes")
                seconds, count = snapshot_seconds(big_url, big["snapshot_staff"], 5)
        ok &= verdict("p50 ratio big/small", pulls[args.big][0] / pulls[1000][0], 1.5)
        ok &= verdict("empty pull size", pulls[args.big][1] / 1024, 2.0, " KB")
        print(f"Full snapshot of a kindergarten with {count} requests, PostgreSQL:")
        ok &= verdict("snapshot p50", seconds, 0.5, " s")

        print("Push: 100 mutations against 1 (accept_request, PostgreSQL):")
        with postgres_database() as db_url:
            data_dir = Path(tmp) / "push"
            batches = 5
            portal = Portal(Settings(data_dir=data_dir, db_url=db_url))
            director, ids = pending_requests(portal, 33 + 100 * batches)
            portal.close()
            with live_sandbox(data_dir, db_url) as url:
                single, hundred = push_ratio(url, director, ids, batches)
        print(f"  one mutation: p50 {single * 1000:.1f} ms; "
              f"100 mutations: p50 {hundred * 1000:.1f} ms")
        ok &= verdict("ratio 100/1", hundred / single, 10.0)
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
