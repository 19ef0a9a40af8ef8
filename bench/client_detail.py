"""Opening a request's detail from the cache of 100,000 requests.

Target: from the click to the detail painted <= 100 ms. Measured per request: reading it
(with its group, documents and journal) from the encrypted cache and showing it in the
detail dialog, until the dialog has painted; against a baseline in the same run: reading
the same request's row alone and painting a label with the child's name in a dialog.

Run: `python -m bench.client_detail [--requests 100000] [--opens 60]`.
"""

from __future__ import annotations

import argparse
import os
import random
import time

from bench.client_requests import bench_folder, built_cache
from bench.common import p50, p95, verdict
from tests.support.paint import wait_for_paint
from tests.support.synthetic import KEY, NOW


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--opens", type=int, default=60)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout
    from sqlalchemy import select

    from desktop.models.tables import Request
    from desktop.services.cache import open_cache
    from desktop.services.portal_api import PortalClient
    from desktop.services.workspace import Workspace
    from desktop.views.runtime.tasks import Tasks
    from desktop.views.widgets.request_detail import RequestDetailDialog, load_details

    app = QApplication.instance() or QApplication([])
    print(f"Opening a request's detail, {args.requests} requests in the cache:")
    cache = open_cache(built_cache(bench_folder(), args.requests), KEY)
    tasks = Tasks()
    client = PortalClient("https://portal.invalid")
    workspace = Workspace("https://portal.invalid", client, cache, "director", 1, 1,
                          ["director"], online=False)
    try:
        with cache.read() as session:
            ids = list(session.scalars(select(Request.id)))
        chosen = random.Random(7).sample(ids, args.opens)
        detail = RequestDetailDialog(workspace=workspace, tasks=tasks)
        detail.resize(900, 860)
        detail.show()
        bare = QDialog()
        label = QLabel()
        QVBoxLayout(bare).addWidget(label)
        bare.resize(900, 860)
        bare.show()
        opened, floor = [], []
        for request_id in chosen:  # interleaved, so a busy moment hits both alike
            started = time.perf_counter()
            with cache.read() as session:
                row = session.get(Request, request_id)
                label.setText(row.child_name if row is not None else "")
            wait_for_paint(app, bare, repaint=True)
            floor.append(time.perf_counter() - started)
            started = time.perf_counter()
            detail.show_details(load_details(cache, request_id), NOW)
            wait_for_paint(app, detail, repaint=True)
            opened.append(time.perf_counter() - started)
        print(f"  detail: p50 {p50(opened) * 1000:.1f} ms, p95 {p95(opened) * 1000:.1f} ms "
              f"(n={len(opened)}); the row alone in a bare dialog: p50 "
              f"{p50(floor) * 1000:.1f} ms; ratio {p50(opened) / p50(floor):.1f}x")
        ok = verdict("open a detail, p95", p95(opened) * 1000, 100.0, " ms")
        detail.close()
        bare.close()
    finally:
        tasks.shutdown()
        cache.close()
        client.close()
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
