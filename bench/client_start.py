"""Cold start of the main window over 100,000 cached requests, and its memory.

Targets: from launching Python to the first painted rows of the requests list in the main
window <= 1.5 s, and <= 4x a bare QMainWindow measured in the same run (a fresh process each
time, so nothing is warm but the operating system's file cache); resident memory <= 300 MB.

What starts in each child (tests/support/first_paint.py, shared with the start guard's
test) is what follows a sign-in: QApplication, the bundled fonts, the settings and the
language, the encrypted cache opened with its key (schema check included), the portal
client and the sync worker (not started: the first sync runs once the window shows), the
main window with every page, and the requests list's first page of rows. The sign-in
itself is a person typing and a round trip to the portal, not the client's start.

Nothing is warmed up: the window paints its first rows without loading SQLAlchemy, httpx,
keyring or the signing and PDF libraries (DEFERRED; the child reports any it finds loaded
at the first paint). The background work that needs them (the list's count, the other
pages, the first sync) starts once the window has painted.

Memory is read from /proc/self/status (VmRSS, and VmHWM for the peak) when the first rows are
painted, then again after use: typing searches, changing filters and orders, and scrolling
from the top of the list to the bottom.

Run: `python -m bench.client_start [--requests 100000] [--runs 5]`.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from bench.common import verdict
from tests.support.first_paint import DEFERRED, run_child

PHASES = ("Python and PySide6", "the client's modules",
          "application, settings, opening the cache", "building the main window",
          "first paint")


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from bench.client_requests import bench_folder, built_cache

    print(f"Cold start of the main window over {args.requests} cached requests:")
    path = built_cache(bench_folder(), args.requests)
    # An installed client starts from its compiled bytecode; where PYTHONDONTWRITEBYTECODE
    # is set, each child would otherwise compile every module of the client again.
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "desktop"), quiet=1)
    bare, main, memory, phases = [], [], [], []
    loaded: set[str] = set()
    for _ in range(args.runs):  # interleaved, so a busy moment hits both alike
        bare.append(run_child("bare")[0][0])
        result, at_paint = run_child("window", str(path))
        loaded.update(at_paint)
        main.append(result[0])
        inside = result[2:2 + len(PHASES)]
        # The interpreter's start, before the child's clock: the rest of the wall time.
        phases.append([result[0] - sum(inside) + inside[0], *inside[1:]])
        memory.append([result[1], *result[2 + len(PHASES):]])
    bare_s, main_s = statistics.median(bare), statistics.median(main)
    print("  (each from launching Python to the first paint, in a fresh process)")
    print(f"  bare QMainWindow to its first paint: median {bare_s * 1000:.0f} ms "
          f"(runs: {', '.join(f'{x * 1000:.0f}' for x in bare)})")
    print(f"  main window to its first painted requests: median {main_s * 1000:.0f} ms "
          f"(runs: {', '.join(f'{x * 1000:.0f}' for x in main)})")
    for index, name in enumerate(PHASES):
        print(f"    {name}: {_ms([p[index] for p in phases])}")
    print(f"  loaded before the first paint, of {', '.join(sorted(DEFERRED))}: "
          f"{', '.join(sorted(loaded)) or 'none'}")
    ok = verdict("start", main_s, 1.5, " s")
    ok &= verdict("start / bare QMainWindow", main_s / bare_s, 4.0)
    at_start, used, peak, held, rows = (statistics.median(m[i] for m in memory)
                                        for i in range(5))
    print(f"  resident memory: {at_start / 1024:.0f} MB at the first rows; "
          f"{used / 1024:.0f} MB after searching, sorting and scrolling all {rows:.0f} rows "
          f"(peak {peak / 1024:.0f} MB; rows held in the model: {held:.0f})")
    ok &= verdict("resident memory after use", used / 1024, 300.0, " MB")
    ok &= verdict("peak resident memory", peak / 1024, 300.0, " MB")
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
