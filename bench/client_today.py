"""The home page and the bulk exports over 100,000 cached requests.

Home: the four sections' counts and first 100 entries (`desktop.models.today.today`) and
the tray's notices, which run after every sync, against a baseline measured in the same
run: a plain indexed SELECT of one page (the newest 64 requests' list columns, as in
bench/client_requests.py). Target: the home read p95 <= 16 ms, so the page refreshes at
once even where SQLCipher decrypts every page it reads.

Exports: the ids of every request of the list (select all), then the list of a selection
as XLSX and as PDF and its summary sheets, each against the bare library writing the same
values (openpyxl's write-only sheet with no styles, widths or filter; reportlab's table of
plain strings in one document), to show what the formats' care costs on top.

Run: `python -m bench.client_today [--requests 100000] [--rows 2000] [--sheets 50]`.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from datetime import UTC

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table
from sqlalchemy import select

from bench.client_requests import baseline_page, bench_folder, built_cache
from bench.common import p50, p95, timed, verdict
from desktop.models import requests, today
from desktop.models.queries import ids_in_ranges
from desktop.models.request_list import RequestFilter, RowData
from desktop.models.tables import Request
from desktop.services import exports
from desktop.services.cache import Cache, open_cache
from desktop.services.calendar import deadline_until
from tests.support.synthetic import KEY, NOW


def labels() -> exports.Labels:
    return exports.Labels(headings={c: c for c in exports.COLUMNS},
                          texts={"page": "Page {page} of {pages}"}, generated_at=NOW)


def bare_xlsx(rows: list[RowData]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Requests")
    for row in rows:
        sheet.append([row.number, row.child_name, row.child_iin, row.child_birth_date,
                      row.group_name, row.languages, row.status, row.review,
                      row.requested_at and row.requested_at.replace(tzinfo=None),
                      row.deadline and row.deadline.replace(tzinfo=None), None])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def bare_pdf(rows: list[RowData]) -> bytes:
    exports.register_fonts()
    out = io.BytesIO()
    data = [[str(row.number), row.child_name, row.child_iin, str(row.child_birth_date),
             row.group_name or "", row.languages, row.status, row.review or "",
             str(row.requested_at or ""), str(row.deadline or ""), ""] for row in rows]
    tables = [Table(data[i:i + exports.PDF_CHUNK], style=[("FONT", (0, 0), (-1, -1),
                                                           exports.FONT, 7.5)])
              for i in range(0, len(data), exports.PDF_CHUNK)]
    SimpleDocTemplate(out, pagesize=landscape(A4)).build(tables)
    return out.getvalue()


def seconds(call: Callable[[], object], repeat: int = 3) -> float:
    return p50(timed(call, repeat=repeat, warmup=1))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--sheets", type=int, default=50)
    args = parser.parse_args()
    print(f"Home page and exports over {args.requests} cached requests:")
    cache: Cache = open_cache(built_cache(bench_folder(), args.requests), KEY)
    ok = True
    try:
        now = NOW.astimezone(UTC)
        until = deadline_until(now, 1)
        base = p50(timed(baseline_page(cache), repeat=200, warmup=20))
        print(f"  baseline, a plain indexed SELECT of one page (64 rows): p50 "
              f"{base * 1000:.2f} ms")

        def home() -> object:
            with cache.read() as session:
                return today.today(session, now=now, due_until=until, limit=100)

        samples = timed(home, repeat=100, warmup=5)
        found = home()
        assert isinstance(found, today.Today)
        print(f"  home read (new {found.new.count}, due {found.due.count}, documents "
              f"{found.documents.count}, conflicts {found.conflicts.count}): p50 "
              f"{p50(samples) * 1000:.2f} ms, p95 {p95(samples) * 1000:.2f} ms; "
              f"p50 / baseline {p50(samples) / base:.1f}x")
        ok &= verdict("home read p95", p95(samples) * 1000, 16.0, " ms")

        def notices() -> object:
            with cache.read() as session:  # read-only here: nothing is remembered
                return today.take_notices(session, now=now, due_until=until)

        samples = timed(notices, repeat=30, warmup=3)
        print(f"  tray notices after a sync: p50 {p50(samples) * 1000:.2f} ms; p50 / "
              f"baseline {p50(samples) / base:.1f}x")

        every = seconds(lambda: ids_in_ranges(cache, RequestFilter(now=now),
                                              [(0, args.requests)]))
        def every_id() -> object:
            with cache.read() as session:
                return session.execute(select(Request.id)).all()

        plain = seconds(every_id)
        print(f"  ids of a select-all ({args.requests}): {every * 1000:.0f} ms; a plain "
              f"SELECT of every id {plain * 1000:.0f} ms; ratio {every / plain:.1f}x")

        ids = list(range(1, args.rows + 1))
        read = seconds(lambda: exports.list_rows(cache, ids))
        rows = exports.list_rows(cache, ids)
        xlsx = seconds(lambda: exports.list_xlsx(rows, labels()))
        xlsx_bare = seconds(lambda: bare_xlsx(rows))
        pdf = seconds(lambda: exports.list_pdf(rows, labels()), repeat=1)
        pdf_bare = seconds(lambda: bare_pdf(rows), repeat=1)
        print(f"  {args.rows} rows: read {read * 1000:.0f} ms (one query); XLSX "
              f"{xlsx * 1000:.0f} ms vs bare openpyxl {xlsx_bare * 1000:.0f} ms "
              f"({xlsx / xlsx_bare:.1f}x); PDF {pdf * 1000:.0f} ms vs a bare reportlab "
              f"table {pdf_bare * 1000:.0f} ms ({pdf / pdf_bare:.1f}x)")
        sheet_ids = ids[:args.sheets]
        started = time.perf_counter()
        data = exports.summary_pdf(requests.details_of(cache, sheet_ids), labels())
        spent = time.perf_counter() - started
        print(f"  {args.sheets} summary sheets (read + PDF): {spent * 1000:.0f} ms, "
              f"{spent / args.sheets * 1000:.1f} ms a sheet, {len(data) // 1024} KB")
    finally:
        cache.close()
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
