"""A sync over a slow link: the window keeps answering while a sync crawls through the
delay line of tests/support/delay_line.py (100 kbit/s, 500 ms round trip) to the live
sandbox, the status bar says the phase and the pages, and a sync cancelled mid-pull loses
nothing: the next one completes it, nothing doubled."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.services import actions
from desktop.services.cache import open_cache
from desktop.services.sync import SyncEngine
from desktop.views.runtime.sync_worker import SyncWorker
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.sync_status import SYNCING, SyncStatusBar
from tests.support.delay_line import DelayLine
from tests.support.sync_desks import (
    KEY,
    Desk,
    Kindergarten,
    accepted_events,
    assert_equals_portal,
    sign_in,
)


def test_a_sync_cancelled_mid_pull_loses_nothing(kg: Kindergarten,
                                                 tmp_path: Path) -> None:
    desk = Desk(tmp_path, sign_in(kg.site.url, kg.site.director_login))
    desk.engine.page_size = 2  # several pages, so there is a middle to stop in
    pages: list[int] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "pull" and done:
            pages.append(done)

    try:
        # A first snapshot stopped after its first page, then finished.
        summary = desk.sync(progress=progress, cancelled=lambda: len(pages) >= 1)
        assert pages == [1] and summary.full
        assert desk.engine.status().last_sync_at is None  # a stopped cycle is no sync
        assert desk.sync().full  # it goes on as it began, and sweeps at its end
        assert_equals_portal(desk)
        # A decision waits in the outbox and new requests wait on the portal; the next
        # cycle sends the decision, then is stopped after one page of the pull.
        request_id = kg.apps[0]["id"]
        actions.accept(desk.cache, request_id)
        for index in range(2):
            kg.site.world.request_at(kg.site.kindergarten, group_index=index)
        pages.clear()
        summary = desk.sync(progress=progress, cancelled=lambda: len(pages) >= 1)
        assert pages == [1] and summary.applied == 1
        summary = desk.sync()
        assert summary.pulled > 0 and summary.pushed == 0
        portal = assert_equals_portal(desk)
        assert accepted_events(portal, request_id) == 1
        assert [entry.state for entry in desk.outbox()] == ["done"]
        assert desk.request(request_id) is not None
    finally:
        desk.close()


def test_the_window_answers_during_a_slow_sync_and_shows_its_pages(
        qtbot: QtBot, kg: Kindergarten, tmp_path: Path) -> None:
    with DelayLine.before(kg.site.url) as line:
        client = sign_in(line.url, kg.site.director_login)
        cache = open_cache(tmp_path / "cache.db", KEY)
        # Small pages: a snapshot of several round trips, each half a second at least.
        engine = SyncEngine(cache, client, page_size=4)
        worker = SyncWorker(engine, client, Tasks(), interval_seconds=3600)
        bar = SyncStatusBar()
        # As the main window connects them (MainWindow._connect_sync).
        worker.sync_started.connect(lambda: bar.set_state(SYNCING))
        worker.sync_progressed.connect(bar.set_progress)
        shown: list[str] = []
        worker.sync_progressed.connect(lambda _text: shown.append(bar.state_label.text()))
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(20)
        try:
            started = time.monotonic()
            with qtbot.waitSignal(worker.sync_finished, timeout=120_000) as finished:
                worker.sync_now()
            elapsed = time.monotonic() - started
            timer.stop()
            assert elapsed > 2.0  # it did crawl: several round trips of 500 ms
            assert finished.args[0].pulled > 0 and line.traffic.requests
            # The GUI thread kept turning: no gap between two ticks near a round trip.
            gaps = [b - a for a, b in itertools.pairwise(ticks)]
            assert len(ticks) > elapsed / 0.02 / 4 and max(gaps) < 0.25, max(gaps)
            # The status bar said the phase, then the pages as they came.
            assert shown[0] == "● Syncing… receiving"
            assert "● Syncing… receiving, page 1" in shown
            assert "● Syncing… receiving, page 2" in shown
        finally:
            worker.stop()
            cache.close()
            client.close()


def test_stop_syncing_in_the_status_bar_stops_a_slow_sync_and_loses_nothing(
        qtbot: QtBot, kg: Kindergarten, tmp_path: Path) -> None:
    with DelayLine.before(kg.site.url) as line:
        client = sign_in(line.url, kg.site.director_login)
        cache = open_cache(tmp_path / "cache.db", KEY)
        engine = SyncEngine(cache, client, page_size=2)  # a snapshot of many round trips
        worker = SyncWorker(engine, client, Tasks(), interval_seconds=3600)
        bar = SyncStatusBar()
        # As the main window connects them.
        worker.sync_started.connect(lambda: bar.set_state(SYNCING))
        worker.sync_progressed.connect(bar.set_progress)
        bar.cancel_requested.connect(worker.cancel)
        try:
            with qtbot.waitSignal(worker.sync_progressed, timeout=60_000):
                worker.sync_now()
            assert bar.sync_button.text() == "Stop syncing" and bar.sync_button.isEnabled()
            with qtbot.waitSignal(worker.sync_finished, timeout=60_000) as finished:
                bar.sync_button.click()
            stopped = finished.args[0]
            assert engine.status().last_sync_at is None  # a stopped cycle is no sync
            # The next sync goes on from where it stopped, and ends equal to the portal.
            with qtbot.waitSignal(worker.sync_finished, timeout=120_000) as finished:
                worker.sync_now()
            assert finished.args[0].full and stopped.full
            assert engine.status().last_sync_at is not None
        finally:
            worker.stop()
            cache.close()
            client.close()
