"""Syncs over a rural site's link: 100 kbit/s each way and 500 ms round trip.

A delay line (an asyncio TCP proxy on loopback: tests/support/delay_line.py) sits in front
of a live sandbox: it holds every byte 250 ms in each direction and paces each direction at
100 kbit/s, one link shared by all connections. Each `python -m desktop sync` runs as a
fresh process, as a scheduled task runs it, against a profile signed in once through the
same line.

For each scenario it prints the HTTP requests (what each asked), the bytes both ways, the
time the link was busy (from the first byte the client sent to the last byte it received),
the whole process's time, the floor and their ratio. The floor is what no sync can beat:
two round trips (renewing the session, then the data) plus the bytes at the link's rate.
The process's own start (Python, the cache, the keyring) is local work that no link change
can shorten, so the ratio is taken over the link's time.

Targets: a sync with nothing new <= 2 requests and <= 2 KB both ways; a first sync of 200
requests and a sync of 5 new requests <= 1.3x their floor.

Run: `python -m bench.sync_link [--requests 200]`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from bench.common import live_sandbox, verdict
from bench.sandbox_sync import NOW, PASSWORD, pending_requests
from portal_sandbox.config import Settings
from portal_sandbox.portal import Portal
from tests.support.delay_line import DELAY, RATE, SCENARIO_SECONDS, DelayLine, Traffic

ROOT = Path(__file__).parents[1]


class Desk:
    """One profile and file keyring, `python -m desktop` run as a fresh process each time."""

    def __init__(self, folder: Path, portal: str) -> None:
        self.profile = folder / "profile"
        self.portal = portal
        self.env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
                        BALABAQSHA_TEST_KEYRING=str(folder / "keyring.json"),
                        QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        self.env.pop("BALABAQSHA_PASSWORD", None)

    def run(self, *args: str, password: str | None = None) -> tuple[float, str]:
        env = dict(self.env, BALABAQSHA_PASSWORD=password) if password else self.env
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "--profile", str(self.profile), "--lang", "en",
             "--portal", self.portal, *args], env=env, capture_output=True, text=True,
            stdin=subprocess.DEVNULL, timeout=SCENARIO_SECONDS, cwd=ROOT)
        seconds = time.perf_counter() - started
        if result.returncode not in (0, 4):
            raise RuntimeError(f"{args} exited {result.returncode}: {result.stderr}")
        return seconds, result.stdout.strip()


def build_world(data_dir: Path, requests: int) -> tuple[str, int]:
    """A kindergarten with `requests` requests waiting for a decision; its director's IIN
    and its locality's first group, for the requests added later."""
    portal = Portal(Settings(data_dir=data_dir))
    portal.set_clock(NOW)
    director, _ = pending_requests(portal, requests)
    portal.close()
    return director, requests


def add_requests(data_dir: Path, count: int) -> None:
    """`count` new requests, made the way the first were, as parents would while the
    sandbox runs (its store takes a second writer)."""
    from sqlalchemy import select

    from portal_sandbox import lifecycle, world
    from portal_sandbox.iin import make_iin
    from portal_sandbox.lifecycle import Actor, Ctx
    from portal_sandbox.models import Account, ChildLink, Group, Kindergarten, Person

    portal = Portal(Settings(data_dir=data_dir))
    now = portal.now()
    with portal.db.write() as session:
        kg = session.scalars(select(Kindergarten).where(Kindergarten.locality == "Бенч")).one()
        group = session.scalars(select(Group).where(Group.kindergarten_id == kg.id)
                                .order_by(Group.id.desc())).first()
        assert group is not None
        base = session.scalar(select(Account.id).order_by(Account.id.desc())) or 0
        for n in range(count):
            born = date(1991, 1, 1 + n)
            parent = make_iin(born, "female", 900 + base % 50 + n)
            child = make_iin(date(2021, 6, 1 + n), "male", 900 + base % 50 + n)
            world.add_person(session, iin=parent, last_name="Ата", first_name="Ана",
                             sex="female", birth_date=born)
            world.add_person(session, iin=child, last_name="Жаңа", first_name="Бала",
                             sex="male", birth_date=date(2021, 6, 1 + n), parents=[parent])
            account = Account(iin=parent, roles=["parent"], created_at=now)
            session.add(account)
            session.flush()
            session.add(ChildLink(account_id=account.id, child_iin=child, added_at=now))
            ctx = Ctx(session, now, portal.settings, Actor("parent", "Ата Ана", account.id))
            person = session.get(Person, child)
            assert person is not None
            app = lifecycle.submit(ctx, account, person, "Бенч", ["kk"], "general", None)
            lifecycle.issue_voucher(ctx, app)
            lifecycle.confirm(ctx, app)
            lifecycle.choose(ctx, app, kg, group)
    portal.close()


@contextmanager
def site(folder: Path, requests: int) -> Iterator[tuple[DelayLine, Desk, Path]]:
    data_dir = folder / "portal"
    director, _ = build_world(data_dir, requests)
    with live_sandbox(data_dir) as url, DelayLine.before(url) as line:
        desk = Desk(folder, line.url)
        desk.run("login", director, password=PASSWORD)
        yield line, desk, data_dir


def scenario(line: DelayLine, desk: Desk, name: str) -> Traffic:
    line.reset()
    seconds, said = desk.run("sync")
    traffic = line.reset()
    floor = traffic.floor()
    print(f"{name}:")
    print(f"  {len(traffic.requests)} requests over {traffic.connections} connection(s), "
          f"{traffic.gzipped} answer(s) gzipped: {', '.join(traffic.requests)}")
    print(f"  bytes: {traffic.up} up, {traffic.down} down, "
          f"{(traffic.up + traffic.down) / 1024:.1f} KB both ways")
    print(f"  link busy {traffic.busy:.2f} s (the process: {seconds:.2f} s); floor "
          f"{floor:.2f} s; ratio {traffic.busy / floor:.2f}")
    print(f"  the desk said: {said}")
    return traffic


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--new", type=int, default=5)
    args = parser.parse_args()
    ok = True
    print(f"A delay line of {RATE * 8 / 1000:.0f} kbit/s each way and "
          f"{2 * DELAY * 1000:.0f} ms round trip; each sync a fresh process.")
    with tempfile.TemporaryDirectory() as tmp, site(Path(tmp), args.requests) as (
            line, desk, data_dir):
        first = scenario(line, desk, f"First sync of {args.requests} requests")
        ok &= verdict("ratio link/floor", first.busy / first.floor(), 1.3)
        empty = scenario(line, desk, "A sync with nothing new")
        ok &= verdict("requests", len(empty.requests), 2)
        ok &= verdict("bytes both ways", (empty.up + empty.down) / 1024, 2.0, " KB")
        again = scenario(line, desk, "Another sync with nothing new")
        ok &= verdict("requests", len(again.requests), 2)
        ok &= verdict("bytes both ways", (again.up + again.down) / 1024, 2.0, " KB")
        add_requests(data_dir, args.new)
        new = scenario(line, desk, f"A sync of {args.new} new requests")
        ok &= verdict("ratio link/floor", new.busy / new.floor(), 1.3)
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
