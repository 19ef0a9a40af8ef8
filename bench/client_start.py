"""Cold start of the main window over 100,000 cached requests, and its memory.

Targets: from launching Python to the first painted rows of the requests list in the main
window <= 1.5 s, and <= 4x a bare QMainWindow measured in the same run (a fresh process each
time, so nothing is warm but the operating system's file cache); resident memory <= 300 MB.

What starts here is what follows a sign-in: QApplication, the bundled fonts, the settings
and the language, the encrypted cache opened with its key (schema check included), the
portal client and the sync worker (not started: the first sync runs once the window shows),
the main window with every page, and the requests list's first page of rows. The sign-in
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

import time

# The child's own clock starts here; what came before (the interpreter) is the difference
# between the parent's wall clock and this.
STARTED = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from bench.common import verdict, wait_for_paint  # noqa: E402

PHASES = ("Python and PySide6", "the client's modules",
          "application, settings, opening the cache", "building the main window",
          "first paint")


# What the window must not wait for: loaded by background work once it has painted (the
# count, the other pages, the first sync) or by the actions that need them.
DEFERRED = frozenset({"sqlalchemy", "alembic", "httpx", "keyring", "argon2", "cryptography",
                      "asn1crypto", "pyhanko", "reportlab", "openpyxl", "qrcode"})


def loaded_deferred() -> list[str]:
    """The DEFERRED packages loaded in this process now."""
    return sorted(DEFERRED & {name.partition(".")[0] for name in sys.modules})


def _memory() -> dict[str, int]:
    """VmRSS and VmHWM of this process, in KB (Linux)."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0])
    return found


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Balabaqsha"))
    window.resize(1280, 800)
    window.show()
    wait_for_paint(app, window.centralWidget())
    print("ready", _memory()["VmRSS"], flush=True)


def child_window(path: Path, key: str) -> None:
    from PySide6.QtCore import Qt
    marks = []
    from PySide6.QtWidgets import QApplication

    marks.append(time.perf_counter())
    from desktop.models.request_list import RequestFilter
    from desktop.services.cache import open_cache
    from desktop.services.portal_api import PortalClient
    from desktop.services.settings import Settings
    from desktop.services.workspace import Workspace
    from desktop.views.main_window import MainWindow
    from desktop.views.pages.requests_page import RequestsPage
    from desktop.views.runtime.fonts import install_fonts
    from desktop.views.runtime.i18n import LanguageSwitcher
    from desktop.views.runtime.sync_worker import SyncWorker, sync_engine
    from desktop.views.runtime.tasks import Tasks

    marks.append(time.perf_counter())
    app = QApplication([])
    install_fonts(app)
    settings = Settings(path.with_name("bench-settings.ini"))
    languages = LanguageSwitcher(app)
    languages.apply("ru")
    cache = open_cache(path, key)
    marks.append(time.perf_counter())
    # Signed in, the portal not contacted yet: the first sync starts after the window shows.
    client = PortalClient("https://portal.invalid")
    workspace = Workspace("https://portal.invalid", client, cache, "director", 1, 1,
                          ["director"], online=False)
    tasks = Tasks()
    sync = SyncWorker(sync_engine(cache, client), client, tasks, interval_seconds=3600,
                      online=False)
    window = MainWindow(workspace, tasks, settings, sync, languages=languages)
    window.resize(1280, 800)
    window.show_page(window.pages.indexOf(window.requests_page))
    window.show()
    page = window.requests_page
    assert isinstance(page, RequestsPage)
    marks.append(time.perf_counter())
    at_paint: list[str] = []
    wait_for_paint(app, page.table.viewport(), on_paint=lambda: at_paint.extend(
        loaded_deferred() or ["-"]))
    while page.model.rowCount() == 0:
        app.processEvents()
    marks.append(time.perf_counter())
    phases = [b - a for a, b in zip([STARTED, *marks], marks, strict=False)]
    print("ready", _memory()["VmRSS"], *phases, flush=True)
    print("loaded at the first paint:", *at_paint, flush=True)
    # Use: searches, filters, orders, and a scroll through the whole list.
    for text in ("н", "нұр", "нұрлан", "ова", "2103", ""):
        page.search.setText(text)
        page.apply_filter()
        app.processEvents()
    page.status_filter.setCurrentIndex(1)
    for column in range(page.model.columnCount()):
        page.model.sort(column, Qt.SortOrder.AscendingOrder)
        app.processEvents()
    tasks.shutdown()
    page.model.set_filter(RequestFilter())
    bar = page.table.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(bar.maximum() // 200, 1)):
        bar.setValue(value)
        app.processEvents()
    used = _memory()
    print("used", used["VmRSS"], used["VmHWM"], page.model.cached_rows, page.model.rowCount(),
          flush=True)
    sync.stop()
    window.close()
    tasks.shutdown()  # the pages' background reads end before their cache closes
    cache.close()


def run_child(*args: str) -> tuple[list[float], list[str]]:
    """Launch a child; [seconds from launch to its "ready" line (its first paint), then the
    numbers of its "ready" and "used" lines], and the DEFERRED packages it had loaded when
    it painted."""
    from bench.client_requests import KEY

    # The key by environment: importing it would import the data generator as well.
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               BALABAQSHA_BENCH_KEY=KEY)
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "bench.client_start", "--child", *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    line = child.stdout.readline()
    ready = time.perf_counter() - started
    rest, errors = child.communicate(timeout=600)
    if child.returncode != 0 or not line.startswith("ready"):
        raise RuntimeError(f"the child failed:\n{line}{rest}\n{errors}")
    used = next((x for x in rest.splitlines() if x.startswith("used")), "used")
    prefix = "loaded at the first paint:"
    loaded = next((x for x in rest.splitlines() if x.startswith(prefix)), prefix)
    return ([ready, *(float(x) for x in line.split()[1:] + used.split()[1:])],
            [name for name in loaded[len(prefix):].split() if name != "-"])


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs="*")
    args = parser.parse_args()
    if args.child is not None:
        if args.child[0] == "bare":
            child_bare()
        else:
            child_window(Path(args.child[1]), os.environ["BALABAQSHA_BENCH_KEY"])
        return 0

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
