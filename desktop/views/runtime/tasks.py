"""The one background-task API of the GUI (Anki's QueryOp, Picard's run_task).

Screens never make threads: they hand a function to `Tasks.run` with what to do with its
result and its failure, and both callbacks run on the GUI thread. Network and reads run in
parallel on a thread pool; everything that writes the cache goes to a lane of one thread,
so writes are serialised and never wait on SQLite's busy timeout. In tests the same API
runs the function at once (`inline=True`), so GUI tests are deterministic.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal

from desktop.views.runtime.failures import Failure, describe

log = logging.getLogger(__name__)

# Quick tasks finish before a busy indicator could be read; showing one only after this
# long keeps the window from flickering on every click (Anki waits as long).
BUSY_DELAY_MS = 600

@dataclass
class TaskHandle:
    """What `run` returns: cancel() drops the callbacks (the function itself runs on)."""

    cancelled: bool = False
    finished: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class _Job:
    handle: TaskHandle
    on_done: Callable[[Any], None] | None
    on_failed: Callable[[Failure], None] | None
    on_progress: Callable[[Any], None] | None


class _Runnable(QRunnable):
    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self._body = body

    def run(self) -> None:
        self._body()


class Tasks(QObject):
    """Runs functions off the GUI thread and calls back on it.

    Signals:
        busy_changed(bool, str): a labelled task has run for BUSY_DELAY_MS (True, its
            label), or the last labelled task ended (False, "").
        task_failed(object): a Failure nobody handled: a known failure without an
            `on_failed`, or a bug (always, so it reaches the error dialog).
    """

    busy_changed = Signal(bool, str)
    task_failed = Signal(object)
    _finished = Signal(int, object, object)
    _progressed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, *, inline: bool = False,
                 busy_delay_ms: int = BUSY_DELAY_MS) -> None:
        super().__init__(parent)
        self.inline = inline
        self._pool = QThreadPool(self)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._jobs: dict[int, _Job] = {}
        # Tasks queued by `hold` until `release`: (their pool, their runnable).
        self._held: list[tuple[QThreadPool, _Runnable]] | None = None
        self._tokens = itertools.count(1)
        self._labels: dict[int, str] = {}
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(busy_delay_ms)
        self._busy_timer.timeout.connect(self._show_busy)
        connection = Qt.ConnectionType.QueuedConnection
        self._finished.connect(self._deliver, connection)
        self._progressed.connect(self._deliver_progress, connection)

    # the API

    def run(self, fn: Callable[..., Any], *, on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[Failure], None] | None = None,
            progress_label: str | None = None,
            on_progress: Callable[[Any], None] | None = None,
            writes_cache: bool = False) -> TaskHandle:
        """Run `fn` in the background; `on_done(result)` or `on_failed(failure)` follow on
        the GUI thread. With `on_progress`, `fn` receives a `report(value)` callable whose
        values reach `on_progress` on the GUI thread. `writes_cache` puts the task on the
        single writing lane. `progress_label` names the task in the busy indicator."""
        token = next(self._tokens)
        handle = TaskHandle()
        self._jobs[token] = _Job(handle, on_done, on_failed, on_progress)
        if progress_label:
            self._labels[token] = progress_label
            if not self._busy_timer.isActive() and not self._busy_shown:
                self._busy_timer.start()

        def body() -> None:
            try:
                if on_progress is not None:
                    result = fn(lambda value: self._report(token, value))
                else:
                    result = fn()
            except Exception as exc:
                self._finished.emit(token, None, exc)
            else:
                self._finished.emit(token, result, None)

        if self.inline:
            self._run_inline(token, fn, on_progress)
        elif self._held is not None:
            self._held.append((self._writer if writes_cache else self._pool, _Runnable(body)))
        else:
            (self._writer if writes_cache else self._pool).start(_Runnable(body))
        return handle

    def hold(self) -> None:
        """Queue the tasks run from now on instead of starting them, until `release`.

        A window holds them until it has painted: Python runs one thread at a time, so
        background reads (and SQLAlchemy's loading under the first of them) would share the
        interpreter with building and painting it. Inline tasks run at once regardless."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the tasks queued since `hold`, in the order they were run."""
        held, self._held = self._held or [], None
        for pool, runnable in held:
            pool.start(runnable)

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Drop every pending callback and wait for running functions to end."""
        for job in self._jobs.values():
            job.handle.cancel()
        if self._held is not None:
            self._held = []  # never started: nothing to wait for
        self._busy_timer.stop()
        done = self._writer.waitForDone(timeout_ms)
        return self._pool.waitForDone(timeout_ms) and done

    @property
    def running(self) -> int:
        return len(self._jobs)

    # plumbing

    def _run_inline(self, token: int, fn: Callable[..., Any],
                    on_progress: Callable[[Any], None] | None) -> None:
        try:
            if on_progress is not None:
                result = fn(lambda value: self._deliver_progress(token, value))
            else:
                result = fn()
        except Exception as exc:
            self._deliver(token, None, exc)
        else:
            self._deliver(token, result, None)

    def _report(self, token: int, value: Any) -> None:
        self._progressed.emit(token, value)

    def _deliver_progress(self, token: int, value: Any) -> None:
        job = self._jobs.get(token)
        if job is not None and not job.handle.cancelled and _alive(job.on_progress):
            assert job.on_progress is not None
            job.on_progress(value)

    def _deliver(self, token: int, result: Any, error: BaseException | None) -> None:
        job = self._jobs.pop(token, None)
        self._end_busy(token)
        if job is None:
            return
        job.handle.finished = True
        # A screen closed (and deleted) while its task ran: its callbacks have nothing
        # left to update, as if it had cancelled them.
        if not (_alive(job.on_done) and _alive(job.on_failed)):
            job.handle.cancel()
        if error is None:
            if not job.handle.cancelled and job.on_done is not None:
                job.on_done(result)
            return
        failure = describe(error)
        if failure.known:
            log.info("task failed (known): %s", failure.details.strip().splitlines()[-1])
        else:
            log.error("task failed:\n%s", failure.details)
        if job.handle.cancelled:
            return
        if job.on_failed is not None:
            job.on_failed(failure)
        if job.on_failed is None or not failure.known:
            self.task_failed.emit(failure)

    def _end_busy(self, token: int) -> None:
        if self._labels.pop(token, None) is None or self._labels:
            return
        self._busy_timer.stop()
        if self._busy_shown:
            self._busy_shown = False
            self.busy_changed.emit(False, "")

    def _show_busy(self) -> None:
        if self._labels:
            self._busy_shown = True
            self.busy_changed.emit(True, next(reversed(self._labels.values())))


def _alive(callback: Callable[..., Any] | None) -> bool:
    """False for a method of a Qt object whose C++ side is gone (a closed dialog deleted
    on close); calling it would raise or touch freed widgets."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
