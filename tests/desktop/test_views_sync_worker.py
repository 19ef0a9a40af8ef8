"""The sync worker: a cycle's signals, going offline and probing on the backoff schedule,
and syncing as soon as the portal answers again (a fake engine and client, inline tasks)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.services.backoff import Backoff
from desktop.services.portal_api import PortalUnreachable, SessionExpired
from desktop.services.sync import MassDeletion, SyncStatus, SyncSummary
from desktop.views.runtime.sync_worker import SyncWorker, progress_text
from desktop.views.runtime.tasks import Tasks


@dataclass
class FakeEngine:
    failures: list[Exception] = field(default_factory=list)
    cycles: int = 0
    resolved: list[int] = field(default_factory=list)

    def run_cycle(self, *, allow_mass_delete: bool = False, progress: Any = None,
                  cancelled: Any = None) -> SyncSummary:
        self.cycles += 1
        if progress is not None:
            progress("push", 1, 2)
        if self.failures:
            raise self.failures.pop(0)
        return SyncSummary(pulled=3)

    def status(self) -> SyncStatus:
        return SyncStatus(2, len(self.failures), datetime(2025, 2, 6, 5, tzinfo=UTC), None)

    def resolve(self, seq: int) -> None:
        self.resolved.append(seq)


@dataclass
class FakeClient:
    reachable: bool = False
    pings: int = 0

    def ping(self) -> float:
        self.pings += 1
        if not self.reachable:
            raise PortalUnreachable("no route", retry_after=None)
        return 0.01


def worker(engine: FakeEngine, client: FakeClient) -> SyncWorker:
    # Delays of a few milliseconds: the schedule, not the waiting, is under test.
    backoff = Backoff(0.005, 0.02, rng=random.Random(1))
    return SyncWorker(engine, client, Tasks(inline=True),  # type: ignore[arg-type]
                      interval_seconds=3600, backoff=backoff)


def test_a_cycle_reports_its_progress_summary_and_status(qtbot: QtBot) -> None:
    sync = worker(FakeEngine(), FakeClient(reachable=True))
    progress: list[str] = []
    sync.sync_progressed.connect(progress.append)
    with qtbot.waitSignals([sync.sync_started, sync.sync_finished, sync.status_changed]):
        sync.sync_now()
    assert progress == ["sending 1/2"]
    assert sync.last_status.pending == 2
    assert not sync.syncing


def test_offline_it_probes_and_syncs_as_soon_as_the_portal_answers(qtbot: QtBot) -> None:
    engine = FakeEngine(failures=[PortalUnreachable("down", retry_after=0.01)])
    client = FakeClient(reachable=False)
    sync = worker(engine, client)
    failed: list[str] = []
    sync.sync_failed.connect(failed.append)
    with qtbot.waitSignal(sync.went_offline):
        sync.sync_now()
    assert not sync.online and sync.probing
    assert "cannot be reached" in failed[0]
    qtbot.waitUntil(lambda: client.pings >= 2, timeout=5_000)  # probes on the schedule
    assert engine.cycles == 1  # no full cycles while away
    client.reachable = True
    with qtbot.waitSignals([sync.came_online, sync.sync_finished], timeout=5_000):
        pass
    assert sync.online and engine.cycles == 2
    sync.stop()


def test_the_timer_does_not_run_cycles_while_offline(qtbot: QtBot) -> None:
    engine = FakeEngine(failures=[PortalUnreachable("down")])
    sync = worker(engine, FakeClient(reachable=False))
    sync.sync_now()
    sync._on_timer()
    assert engine.cycles == 1
    sync.stop()
    assert not sync.probing


def test_an_expired_session_and_a_mass_deletion_are_reported(qtbot: QtBot) -> None:
    engine = FakeEngine(failures=[SessionExpired(401, {"code": "unauthorized"}),
                                  MassDeletion(90, 100)])
    sync = worker(engine, FakeClient(reachable=True))
    with qtbot.waitSignal(sync.session_expired):
        sync.sync_now()
    with qtbot.waitSignal(sync.mass_deletion_suspected) as asked:
        sync.sync_now()
    assert "delete most" in asked.args[0]
    assert sync.online


def test_a_mass_deletion_is_a_question_not_a_bug_report(qtbot: QtBot) -> None:
    sync = worker(FakeEngine(failures=[MassDeletion(90, 100)]), FakeClient(reachable=True))
    reported: list[Any] = []
    sync._tasks.task_failed.connect(reported.append)
    with qtbot.waitSignal(sync.mass_deletion_suspected):
        sync.sync_now()
    assert reported == []  # no error dialog on top of the question


def test_dismissing_goes_through_the_engine(qtbot: QtBot) -> None:
    engine = FakeEngine()
    sync = worker(engine, FakeClient(reachable=True))
    with qtbot.waitSignal(sync.status_changed):
        sync.resolve(5)
    assert engine.resolved == [5]


def test_progress_reads_well() -> None:
    assert progress_text("pull", 0, 0) == "receiving"
    assert progress_text("pull", 2, 0) == "receiving, page 2"
    assert progress_text("push", 0, 0) == "sending"
