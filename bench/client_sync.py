"""The client's sync against its targets.

- Initial sync of 2,000 requests <= 2x the floor: fetching the same pages raw plus bulk
  inserting them into an encrypted cache, measured in the same run.
- A sync with nothing new: one round trip per feed, <= 2 KB.

Run: `python -m bench.client_sync`. A live sandbox on loopback, as the client meets it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert

from bench.common import live_sandbox, verdict
from bench.sandbox_sync import PASSWORD, bulk_world
from desktop.models.tables import Request
from desktop.services import sync
from desktop.services.cache import open_cache
from desktop.services.portal_api import PortalClient
from desktop.services.sync import SyncEngine


def floor(url: str, staff_iin: str, cache_path: Path) -> float:
    """Fetch every page raw and bulk-insert the requests: what no sync can beat."""
    cache = open_cache(cache_path, "f" * 64)
    started = time.perf_counter()
    with httpx.Client(base_url=url, timeout=60) as http:
        token = http.post("/api/v1/auth/token", json={"login": staff_iin,
                                                      "password": PASSWORD}).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        cursor, rows = None, []
        while True:
            params: dict[str, Any] = {"limit": 1000}
            if cursor:
                params["cursor"] = cursor
            page = http.get("/api/v1/staff/changes", params=params, headers=headers).json()
            for change in page["changes"]:
                if change["type"] == "request":
                    row = Request(id=change["id"], version=change["version"], pending=False)
                    sync._fill_request(row, change["data"])
                    rows.append({c.key: getattr(row, c.key) for c in Request.__table__.c})
            cursor = page["cursor"]
            if not page["has_more"]:
                break
    with cache.write() as session:
        session.execute(insert(Request), rows)
    seconds = time.perf_counter() - started
    cache.close()
    return seconds


def engine_sync(url: str, staff_iin: str, cache_path: Path) -> tuple[float, Any, Any]:
    cache = open_cache(cache_path, "e" * 64)
    client = PortalClient(url)
    client.login(staff_iin, PASSWORD)
    engine = SyncEngine(cache, client)
    started = time.perf_counter()
    first = engine.run_cycle()
    seconds = time.perf_counter() - started
    requests_seen: list[str] = []
    client._http.event_hooks["request"].append(  # count the round trips of an empty sync
        lambda request: requests_seen.append(str(request.url.path)))
    second = engine.run_cycle()
    client.close()
    cache.close()
    return seconds, first, (second, requests_seen)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db_url = f"sqlite:///{root / 'portal.db'}"
        staff = bulk_world(db_url, root / "portal", args.requests, args.requests, 0)
        with live_sandbox(root / "portal", db_url) as url:
            floors, syncs = [], []
            for attempt in range(args.repeat):
                # Interleaved, so machine noise weighs on both alike.
                floors.append(floor(url, staff["measured_staff"], root / f"f{attempt}.db"))
                seconds, first, (second, trips) = engine_sync(
                    url, staff["measured_staff"], root / f"e{attempt}.db")
                syncs.append(seconds)
            f, s = statistics.median(floors), statistics.median(syncs)
            print(f"Initial sync of {first.pulled} changes ({args.requests} requests):")
            print(f"  floor (raw pages + bulk insert): {f:.3f} s; sync engine: {s:.3f} s")
            ok &= verdict("ratio engine/floor", s / f, 2.0)
            print("A sync with nothing new:")
            print(f"  round trips: {len(trips)} ({', '.join(trips)})")
            ok &= verdict("round trips for the one feed", len(trips), 1)
            ok &= verdict("bytes received", second.bytes_received / 1024, 2.0, " KB")
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
