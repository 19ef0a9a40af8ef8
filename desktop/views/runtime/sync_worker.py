"""Keeps the cache in step with the portal from the GUI: the sync engine on the Tasks
writing lane, on a timer, on "Sync now", and again as soon as the connection returns.

Every call into the engine goes through the writing lane, so a cycle never races a staff
action's outbox write or a Dismiss. While the portal is away the worker does not run full
cycles: it probes with `PortalClient.ping` on the backoff schedule (Backoff adds jitter
and honours Retry-After) and syncs the moment a probe gets through.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.services.backoff import Backoff
from desktop.services.portal_api import PortalClient, PortalUnreachable, SessionExpired
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks

if TYPE_CHECKING:
    from desktop.services.cache import Cache

log = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 5.0
BACKOFF_CAP_SECONDS = 600.0


class Engine(Protocol):
    def run_cycle(self, *, allow_mass_delete: bool = False, progress: Any = None,
                  cancelled: Any = None) -> Any: ...

    def status(self) -> Any: ...

    def resolve(self, seq: int) -> Any: ...

    def withdraw(self, seq: int) -> Any: ...


class _Deferred:
    """An engine made by its first call, on the worker making it."""

    def __init__(self, make: Callable[[], Engine]) -> None:
        self._make = make
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    def _made(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = self._make()
            return self._engine

    def run_cycle(self, *, allow_mass_delete: bool = False, progress: Any = None,
                  cancelled: Any = None) -> Any:
        return self._made().run_cycle(allow_mass_delete=allow_mass_delete,
                                      progress=progress, cancelled=cancelled)

    def status(self) -> Any:
        return self._made().status()

    def resolve(self, seq: int) -> Any:
        return self._made().resolve(seq)

    def withdraw(self, seq: int) -> Any:
        return self._made().withdraw(seq)


def sync_engine(cache: Cache, client: PortalClient) -> Engine:
    """The sync engine of a workspace, made when the worker first uses it: its module loads
    SQLAlchemy, which the window does not wait for."""
    def make() -> Engine:
        from desktop.services.sync import SyncEngine

        return SyncEngine(cache, client)

    return _Deferred(make)


def progress_text(stage: str, done: int, total: int) -> str:
    """The engine's progress(stage, done, total) as a person reads it: the phase, with the
    actions sent or the pages received so far."""
    if stage == "pull" and done:
        return QCoreApplication.translate("SyncWorker", "receiving, page {page}").format(
            page=done)
    stages = {"push": QCoreApplication.translate("SyncWorker", "sending"),
              "pull": QCoreApplication.translate("SyncWorker", "receiving")}
    label = stages.get(stage, stage)
    if total:
        return f"{label} {done}/{total}"
    return f"{label} {done}" if done else label


class SyncWorker(QObject):
    """Drives the SyncEngine.

    Signals:
        sync_started(): a cycle began.
        sync_progressed(str): what the running cycle reports.
        sync_finished(object): a cycle ended; the engine's SyncSummary.
        sync_failed(str): a cycle failed; the message for a person.
        status_changed(object): the engine's SyncStatus after a cycle or a change.
        went_offline(): the portal stopped answering.
        came_online(): it answers again (a sync follows at once).
        session_expired(): the portal no longer accepts this sign-in.
        mass_deletion_suspected(str): a pull would delete most local data; it waits for a
            person to allow it (`sync_now(allow_mass_delete=True)`).
    """

    sync_started = Signal()
    sync_progressed = Signal(str)
    sync_finished = Signal(object)
    sync_failed = Signal(str)
    status_changed = Signal(object)
    went_offline = Signal()
    came_online = Signal()
    session_expired = Signal()
    mass_deletion_suspected = Signal(str)

    def __init__(self, engine: Engine, client: PortalClient, tasks: Tasks, *,
                 interval_seconds: int, online: bool = True,
                 backoff: Backoff | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._client = client
        self._tasks = tasks
        self._backoff = backoff or Backoff(BACKOFF_BASE_SECONDS, BACKOFF_CAP_SECONDS)
        self.online = online
        self.syncing = False
        self.last_status: Any = None
        self._again = False
        self._stopping = threading.Event()
        self._cancelled = threading.Event()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer)
        self.set_interval(interval_seconds)
        self._probe_timer = QTimer(self)
        self._probe_timer.setSingleShot(True)
        self._probe_timer.timeout.connect(self._probe)

    # control

    def start(self) -> None:
        """Sync now and then on the timer (or probe first, when opened offline)."""
        self._stopping.clear()
        self._timer.start()
        if self.online:
            self.sync_now()
        else:
            self._probe()

    def stop(self) -> None:
        """No more cycles; a running one is asked to stop at its next safe point."""
        self._stopping.set()
        self._timer.stop()
        self._probe_timer.stop()

    def cancel(self) -> None:
        """Stop the running cycle at its next safe point (between batches and pages): what
        it pushed and pulled so far is kept, the rest comes with the next sync."""
        if self.syncing:
            self._again = False
            self._cancelled.set()

    def set_interval(self, seconds: int) -> None:
        self._timer.setInterval(max(int(seconds), 10) * 1000)

    @property
    def probing(self) -> bool:
        return self._probe_timer.isActive()

    def sync_now(self, allow_mass_delete: bool = False) -> None:
        if self._stopping.is_set():
            return
        if self.syncing:
            self._again = True  # one more cycle right after this one
            return
        self.syncing = True
        self._probe_timer.stop()
        self._cancelled.clear()
        self.sync_started.emit()
        engine, stopping, cancelled = self._engine, self._stopping, self._cancelled

        def cycle(report: Any) -> tuple[Any, Any]:
            summary = engine.run_cycle(allow_mass_delete=allow_mass_delete,
                                       progress=lambda *args: report(args),
                                       cancelled=lambda: stopping.is_set() or
                                       cancelled.is_set())
            return summary, engine.status()

        self._tasks.run(cycle, on_done=self._cycle_done, on_failed=self._cycle_failed,
                        on_progress=self._progressed, writes_cache=True)

    def send_outbox(self) -> None:
        """A staff action has just gone into the outbox. Online it goes to the portal at
        once (a cycle pushes before it pulls), so the request is not locked until the timer
        comes round; offline it waits, and the sync on reconnection sends it. Either way
        the counts are read again now."""
        self.refresh_status()
        if self.online and not self.probing:
            self.sync_now()

    def refresh_status(self) -> None:
        """Read the counts again (after a staff action or a Dismiss)."""
        self._tasks.run(self._engine.status, on_done=self._status_read, writes_cache=True)

    def resolve(self, seq: int) -> None:
        """Dismiss a needs-attention entry, then report the new counts."""
        engine = self._engine

        def dismiss() -> Any:
            engine.resolve(seq)
            return engine.status()

        self._tasks.run(dismiss, on_done=self._status_read, writes_cache=True)

    def withdraw(self, seq: int, on_done: Callable[[Any], None],
                 on_failed: Callable[[Any], None]) -> None:
        """Take back an outbox action not sent yet; `on_done(entry)` or `on_failed(failure)`
        (an ActionRefused when it was sent meanwhile), then the new counts."""
        engine = self._engine

        def take_back() -> Any:
            return engine.withdraw(seq)

        def done(entry: Any) -> None:
            on_done(entry)
            self.refresh_status()

        self._tasks.run(take_back, on_done=done, on_failed=on_failed, writes_cache=True)

    # results

    def _progressed(self, args: tuple[Any, ...]) -> None:
        if len(args) == 3:
            self.sync_progressed.emit(progress_text(str(args[0]), int(args[1]), int(args[2])))

    def _status_read(self, status: Any) -> None:
        self.last_status = status
        self.status_changed.emit(status)

    def _cycle_done(self, result: tuple[Any, Any]) -> None:
        summary, status = result
        self.syncing = False
        self._backoff.succeeded()
        if not self.online:
            self.online = True
            self.came_online.emit()
        self._status_read(status)
        self.sync_finished.emit(summary)
        self._timer.start()  # a full interval from now, not from the last tick
        self._next()

    def _cycle_failed(self, failure: Failure) -> None:
        from desktop.services.sync import MassDeletion  # loaded by the cycle that failed

        self.syncing = False
        error = failure.error
        self.sync_failed.emit(failure.message)
        if isinstance(error, SessionExpired):
            self.session_expired.emit()
        elif isinstance(error, PortalUnreachable):
            self._went_offline(error.retry_after)
        elif isinstance(error, MassDeletion):
            self.mass_deletion_suspected.emit(failure.message)
        self.refresh_status()
        if not isinstance(error, PortalUnreachable):
            self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()

    # offline

    def _went_offline(self, retry_after: float | None) -> None:
        if self.online:
            self.online = False
            self.went_offline.emit()
        self._again = False
        self._schedule_probe(retry_after)

    def _schedule_probe(self, retry_after: float | None) -> None:
        if self._stopping.is_set():
            return
        delay = self._backoff.failed(retry_after)
        log.info("portal unreachable; probing again in %.1f s", delay)
        self._probe_timer.start(max(int(delay * 1000), 0))

    def _probe(self) -> None:
        if self._stopping.is_set() or self.syncing:
            return
        self._tasks.run(self._client.ping, on_done=lambda _rtt: self.sync_now(),
                        on_failed=self._probe_failed)

    def _probe_failed(self, failure: Failure) -> None:
        error = failure.error
        retry_after = error.retry_after if isinstance(error, PortalUnreachable) else None
        self._schedule_probe(retry_after)

    def _on_timer(self) -> None:
        if self.online:
            self.sync_now()
