"""Groups and capacity from the cache: 50 groups holding 2,000 children.

- Occupancy of every group (places, and each group's children by their age on its first
  day: `services.groups.places`), recomputed as after each decision. Targets: p95 <= 20 ms,
  and p50 <= 3x a baseline measured in the same run: a plain SQL aggregate over the same
  cache (children holding a place, counted per group).
- The Groups page with its chart painted from the cache: the rows read, the model reset,
  the chart drawn and the whole page rendered (`grab`). Target: p95 <= 150 ms.
- The forecast of free places, 50 groups x 12 months (`services.forecast.current`), read
  and computed. Target: p95 <= 50 ms.

Run: `python -m bench.client_groups [--groups 50] [--children 2000] [--repeat 40]`. No
network; offscreen Qt for the page.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import and_, func, insert, or_, select

from bench.common import p50, p95, timed, timed_alternately, verdict
from desktop.models.domain import WINDOW_STATUSES, Status
from desktop.models.tables import Group, Request
from desktop.services import forecast, groups
from desktop.services.cache import Cache, open_cache
from tests.support.synthetic import KEY, synthetic_requests

TODAY = date(2025, 2, 6)
HOLDING = (Status.ENROLLED, Status.AWAITING_CONTRACT, Status.CONTRACT_SENT,
           Status.AWAITING_COUNTERSIGN)


def fill(cache: Cache, group_count: int, children: int) -> None:
    """`group_count` groups of two-year bands, and `children` requests holding places in
    them (enrolled, or accepted in the enrollment window)."""
    rng = random.Random(5)
    with cache.write() as session:
        session.execute(insert(Group), [
            {"id": i, "version": 1, "name": f"Топ №{i}", "age_from": i % 5,
             "age_to": i % 5 + 2, "language": ("kk", "ru", "mixed")[i % 3],
             "capacity": 45, "enrolled": 0, "reserved": 0, "starts_on": date(2025, 9, 1),
             "data": {"id": i}} for i in range(1, group_count + 1)])
        rows: list[dict[str, Any]] = []
        for row in synthetic_requests(children, seed=3):
            status = rng.choice(HOLDING)
            rows.append({**row, "group_id": rng.randrange(1, group_count + 1),
                         "status": status.value,
                         "review": "enrolled" if status == Status.ENROLLED else "accepted"})
        session.execute(insert(Request), rows)
        counts: dict[int, list[int]] = {}
        for row in rows:
            place = counts.setdefault(row["group_id"], [0, 0])
            place[0 if row["status"] == Status.ENROLLED.value else 1] += 1
        for group_id, (enrolled, reserved) in counts.items():
            group = session.get(Group, group_id)
            assert group is not None
            group.enrolled, group.reserved = enrolled, reserved


def plain_aggregate(cache: Cache) -> list[Any]:
    """The baseline: children holding a place, counted per group, in one SQL statement."""
    holding = or_(Request.status == Status.ENROLLED.value, and_(
        Request.review == "accepted",
        Request.status.in_([s.value for s in WINDOW_STATUSES])))
    with cache.read() as session:
        return list(session.execute(
            select(Group.id, Group.capacity, func.count(Request.id))
            .outerjoin(Request, and_(Request.group_id == Group.id, holding))
            .group_by(Group.id)))


def page_paint(cache: Cache) -> tuple[Any, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.views.pages.groups_page import GroupsPage
    from desktop.views.runtime.tasks import Tasks

    app = QApplication.instance() or QApplication([])
    # The page reads the cache and the roles only.
    workspace = SimpleNamespace(cache=cache, roles=["director"], available_roles=["director"],
                                kindergarten_id=1)
    page = GroupsPage(workspace, Tasks(inline=True))  # type: ignore[arg-type]
    page.resize(1280, 800)
    page.show()
    app.processEvents()

    def paint() -> None:
        page.refresh()
        page.grab()

    return app, (page, paint)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=50)
    parser.add_argument("--children", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        cache = open_cache(Path(folder) / "groups.db", KEY)
        fill(cache, args.groups, args.children)
        print(f"Groups over {args.groups} groups and {args.children} children:")
        shown = groups.places(cache)
        assert len(shown) == args.groups
        assert sum(g.taken for g in shown) == args.children
        assert sum(sum(g.by_age.values()) for g in shown) == args.children

        base, occupancy = timed_alternately(
            [lambda: plain_aggregate(cache), lambda: groups.places(cache)], args.repeat)
        print(f"  baseline, a plain SQL aggregate per group: p50 {p50(base) * 1000:.2f} ms")
        print(f"  occupancy with ages: p50 {p50(occupancy) * 1000:.2f} ms, p95 "
              f"{p95(occupancy) * 1000:.2f} ms")
        # The fastest runs are the least disturbed by other work on a shared machine.
        print(f"  fastest runs: occupancy {min(occupancy) * 1000:.2f} ms, baseline "
              f"{min(base) * 1000:.2f} ms, ratio {min(occupancy) / min(base):.2f}")
        ok = verdict("occupancy p95", p95(occupancy) * 1000, 20, " ms")
        ok &= verdict("occupancy p50 / baseline p50", p50(occupancy) / p50(base), 3)

        cells = forecast.current(cache, TODAY)
        assert len(cells) == args.groups * forecast.MONTHS
        spent = timed(lambda: forecast.current(cache, TODAY), args.repeat)
        print(f"  forecast {args.groups} x {forecast.MONTHS}: p50 {p50(spent) * 1000:.2f} ms, "
              f"p95 {p95(spent) * 1000:.2f} ms")
        ok &= verdict("forecast p95", p95(spent) * 1000, 50, " ms")

        _app, (page, paint) = page_paint(cache)
        painted = timed(paint, max(args.repeat // 2, 5))
        assert page.model.rowCount() == args.groups
        print(f"  Groups page with its chart, read and painted: p50 {p50(painted) * 1000:.1f} "
              f"ms, p95 {p95(painted) * 1000:.1f} ms")
        ok &= verdict("page p95", p95(painted) * 1000, 150, " ms")
        page.close()
        cache.close()
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
