"""The background-task API: callbacks on the GUI thread, one writing lane, the busy
indicator only after its delay, known failures told apart from bugs, and inline mode."""

from __future__ import annotations

import errno
import threading
import time

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop.services.portal_api import PortalUnreachable, SessionExpired
from desktop.views.runtime.failures import Failure, describe
from desktop.views.runtime.tasks import Tasks


def test_callbacks_run_on_the_gui_thread(qtbot: QtBot) -> None:
    tasks = Tasks()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is qtbot_app_thread()

    tasks.run(work, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen == {"worker": True, "value": 42, "gui": True}
    assert tasks.shutdown()


def qtbot_app_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_cache_writes_run_one_at_a_time(qtbot: QtBot) -> None:
    tasks = Tasks()
    running, most, finished = [0], [0], []
    lock = threading.Lock()

    def write(n: int) -> int:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= 1
        return n

    for n in range(5):
        tasks.run(lambda n=n: write(n), on_done=finished.append, writes_cache=True)
    qtbot.waitUntil(lambda: len(finished) == 5)
    assert most[0] == 1
    assert finished == [0, 1, 2, 3, 4]


def test_the_busy_indicator_waits_for_its_delay(qtbot: QtBot) -> None:
    tasks = Tasks(busy_delay_ms=100)
    changes: list[tuple[bool, str]] = []
    tasks.busy_changed.connect(lambda busy, label: changes.append((busy, label)))
    finished: list[object] = []
    tasks.run(lambda: None, on_done=finished.append, progress_label="quick")
    qtbot.waitUntil(lambda: finished == [None])
    qtbot.wait(150)
    assert changes == []  # a quick task never shows it
    tasks.run(lambda: time.sleep(0.4), on_done=finished.append, progress_label="slow")
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=5_000)
    assert changes == [(True, "slow"), (False, "")]


def test_known_failures_have_friendly_messages_and_bugs_reach_the_dialog(
        qtbot: QtBot) -> None:
    tasks = Tasks(inline=True)
    unhandled: list[Failure] = []
    handled: list[Failure] = []
    tasks.task_failed.connect(unhandled.append)

    def fail(error: Exception) -> None:
        raise error

    tasks.run(lambda: fail(PortalUnreachable("timed out")), on_failed=handled.append)
    assert handled[-1].known and "cannot be reached" in handled[-1].message
    assert unhandled == []
    tasks.run(lambda: fail(KeyError("a bug")), on_failed=handled.append)
    assert not handled[-1].known
    assert unhandled == [handled[-1]]
    assert "KeyError" in unhandled[0].details
    tasks.run(lambda: fail(SessionExpired(401, {"code": "unauthorized"})))
    assert unhandled[-1].known and "sign in again" in unhandled[-1].message


@pytest.mark.parametrize(("error", "words"), [
    (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
    (Exception("(sqlite3.OperationalError) database is locked"), "busy in another program"),
    (PortalUnreachable("x", retry_after=30), "cannot be reached"),
])
def test_environmental_failures_are_known(error: Exception, words: str) -> None:
    failure = describe(error)
    assert failure.known
    assert words in failure.message


def test_inline_tasks_run_at_once_and_cancelled_ones_stay_quiet() -> None:
    tasks = Tasks(inline=True)
    results: list[int] = []
    progress: list[str] = []
    tasks.run(lambda report: (report("half"), 7)[1], on_done=results.append,
              on_progress=progress.append)
    assert results == [7] and progress == ["half"]
    assert tasks.running == 0


def test_a_screen_deleted_while_its_task_ran_gets_no_callback(qtbot: QtBot) -> None:
    import shiboken6
    from PySide6.QtWidgets import QDialog

    class Screen(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.loaded: list[object] = []

        def show_result(self, value: object) -> None:
            self.loaded.append(value)
            self.setWindowTitle(str(value))  # would raise on a deleted dialog

    tasks = Tasks()
    gate = threading.Event()
    screen = Screen()
    tasks.run(lambda: gate.wait(5) and "loaded", on_done=screen.show_result)
    shiboken6.delete(screen)  # closed with WA_DeleteOnClose while the task runs
    gate.set()
    qtbot.waitUntil(lambda: tasks.running == 0)
    kept = Screen()
    tasks.run(lambda: "loaded", on_done=kept.show_result)
    qtbot.waitUntil(lambda: kept.loaded == ["loaded"])
    tasks.shutdown()
    kept.deleteLater()


def test_held_tasks_start_on_release_in_their_order(qtbot: QtBot) -> None:
    tasks = Tasks()
    started: list[str] = []
    done: list[str] = []
    tasks.hold()
    for name, writes in (("read", False), ("write", True), ("second write", True)):
        tasks.run(lambda n=name: started.append(n) or n, on_done=done.append,
                  writes_cache=writes)
    qtbot.wait(200)
    assert started == [] and done == []  # nothing ran while held
    tasks.release()
    qtbot.waitUntil(lambda: len(done) == 3)
    # The writing lane keeps its order; the read ran beside it.
    assert [n for n in started if "write" in n] == ["write", "second write"]
    tasks.run(lambda: "after", on_done=done.append)  # no longer held
    qtbot.waitUntil(lambda: "after" in done)
    assert tasks.shutdown()


def test_shutting_down_drops_held_tasks(qtbot: QtBot) -> None:
    tasks = Tasks()
    ran: list[int] = []
    tasks.hold()
    tasks.run(lambda: ran.append(1))
    assert tasks.shutdown(timeout_ms=1000)
    tasks.release()
    qtbot.wait(200)
    assert ran == []


def test_the_window_holds_background_work_until_it_has_painted(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMainWindow

    from desktop.views.runtime.first_paint import after_first_paint

    tasks = Tasks()
    window = QMainWindow()
    qtbot.addWidget(window)
    ran: list[str] = []
    tasks.hold()
    tasks.run(lambda: ran.append("task"))
    after_first_paint(window, lambda: (ran.append("painted"), tasks.release()))
    qtbot.wait(100)
    assert ran == []  # not shown, not painted
    window.show()
    qtbot.waitUntil(lambda: "task" in ran)
    assert ran == ["painted", "task"]
    assert tasks.shutdown()
