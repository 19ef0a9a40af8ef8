"""Kill tests (docs/sync.md, "Proving it"): a sync in a child process dies by SIGKILL at each
named fail point; the cache reopens intact, a sync in this process converges, and nothing is lost,
applied twice, or pulled from an earlier point of the feed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models.tables import OutboxEntry, StoredFile
from desktop.services import actions, credentials
from desktop.services.cache import open_cache
from desktop.services.documents import DocumentStore
from tests.support.sync_desks import (
    KEY,
    Desk,
    Kindergarten,
    Wire,
    accepted_events,
    assert_equals_portal,
    assert_exactly_once,
    cursor_seq,
    directors_desk,
    sign_in,
    upload_scan,
)
from tests.support.world import PASSWORD

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def desk(kg: Kindergarten, tmp_path: Path) -> Iterator[Desk]:
    with directors_desk(kg, tmp_path) as made:
        yield made


def run_child(desk: Desk, kg: Kindergarten, child_env: dict[str, str], failpoint: str,
              **extra: str) -> subprocess.CompletedProcess[str]:
    """The child syncs the desk's cache (closed here first) and dies at `failpoint`."""
    desk.cache.close()
    env = {**child_env, "BALABAQSHA_PORTAL": kg.site.url, "BALABAQSHA_CACHE": str(desk.path),
           "BALABAQSHA_CACHE_KEY": KEY, "BALABAQSHA_LOGIN": kg.site.director_login,
           "BALABAQSHA_PASSWORD": PASSWORD, "BALABAQSHA_FAILPOINT": failpoint, **extra}
    done = subprocess.run([sys.executable, "-m", "tests.desktop.sync_child"], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stdout, done.stderr)
    return done


def reopen(desk: Desk) -> None:
    """Start again after the crash: the unclean exit is noticed and the cache checked."""
    desk.open()
    assert desk.cache.checked_after_unclean_exit
    assert desk.cache.integrity() == "ok"


def test_killed_after_the_push_was_sent_before_its_answer_was_recorded(
        kg: Kindergarten, desk: Desk, child_env: dict[str, str]) -> None:
    desk.sync()
    first, second, third = (a["id"] for a in kg.apps)
    actions.accept(desk.cache, first)
    actions.accept(desk.cache, second)
    actions.decline(desk.cache, third, "no_places")
    cursor = cursor_seq(desk.meta("cursor"))
    run_child(desk, kg, child_env, "after_send_before_ack")
    reopen(desk)
    assert [e.state for e in desk.outbox()] == ["pending"] * 3  # the answers died with it
    assert desk.client.last_seq(desk.meta("client_id")) == 3  # the portal committed them
    summary = desk.sync()
    assert (summary.applied, summary.pending, summary.attention) == (3, 0, 0)
    assert cursor_seq(desk.meta("cursor")) > cursor
    assert_exactly_once(desk)
    portal = assert_equals_portal(desk)
    assert accepted_events(portal, first) == accepted_events(portal, second) == 1
    assert ("request", third) not in portal
    assert [portal[("group", kg.group_id(i))]["data"]["reserved"] for i in (0, 1)] == [1, 1]


def test_killed_half_way_through_applying_a_page(kg: Kindergarten, desk: Desk,
                                                 child_env: dict[str, str]) -> None:
    desk.sync()
    cursor = desk.meta("cursor")
    first, second, third = (a["id"] for a in kg.apps)
    actions.accept(desk.cache, first)
    # Meanwhile on the portal: a parent withdraws, a colleague declines, a new request.
    kg.sandbox.act(kg.families[2].parent, third, "withdraw")
    colleague = kg.sandbox.login(kg.site.director_login, PASSWORD)
    assert kg.site.world.mutate(colleague, "decline_request", {
        "request_id": second, "reason": "no_places"})["outcome"] == "applied"
    _, newcomer = kg.site.world.request_at(kg.site.kindergarten, group_index=1)
    run_child(desk, kg, child_env, "mid_page")
    reopen(desk)
    assert desk.meta("cursor") == cursor  # the half page rolled back with its cursor
    [entry] = desk.outbox()
    assert entry.state == "done"  # answered and recorded before the pull began
    row = desk.request(first)
    assert row is not None and row.review == "accepted" and not row.pending
    summary = desk.sync()
    assert summary.pulled > 0 and summary.deleted >= 1
    assert cursor_seq(desk.meta("cursor")) > cursor_seq(cursor)
    assert_exactly_once(desk)
    portal = assert_equals_portal(desk)
    assert accepted_events(portal, first) == 1
    assert portal[("request", third)]["data"]["status"] == "archived"
    assert ("request", second) not in portal and ("request", newcomer["id"]) in portal


def test_killed_after_the_file_was_renamed_before_the_cache_recorded_it(
        kg: Kindergarten, desk: Desk, child_env: dict[str, str], tmp_path: Path) -> None:
    scan = upload_scan(kg, desk)
    folder = tmp_path / "documents"
    # The child keeps its keys in a file keyring: it gets this process's documents key.
    keys = Path(child_env["BALABAQSHA_TEST_KEYRING"])
    shared = json.loads(keys.read_text()) if keys.exists() else {}
    shared[f"{credentials.SERVICE}\ndocuments:{folder.name}"] = credentials.documents_key(
        folder.name, create=True)
    keys.write_text(json.dumps(shared))
    cursor = cursor_seq(desk.meta("cursor"))
    run_child(desk, kg, child_env, "after_rename_before_commit",
              BALABAQSHA_DOCUMENT=f"{scan.document_id}:{scan.sha256}",
              BALABAQSHA_DOCUMENTS=str(folder))
    reopen(desk)
    assert sorted(p.name for p in folder.iterdir()) == [scan.sha256]
    assert desk.count(StoredFile) == 0
    wire = Wire()
    client = sign_in(kg.site.url, kg.site.director_login, wire)
    try:
        store = DocumentStore(desk.cache, folder)
        path = store.download(client, scan.document_id, scan.sha256)
        assert store.read(scan.sha256) == scan.data
        assert wire.log[-1].path == "/api/v1/auth/token"  # adopted, not fetched again
    finally:
        client.close()
    assert store.stored(scan.sha256) == path and desk.count(StoredFile) == 1
    assert cursor_seq(desk.meta("cursor")) >= cursor


def test_a_cache_killed_while_writing_its_outbox_opens_whole(tmp_path: Path) -> None:
    """A writer killed in the middle of a transaction leaves the cache as it was before."""
    path = tmp_path / "cache.db"
    open_cache(path, KEY).close()
    script = (
        "import os, signal\n"
        "from pathlib import Path\n"
        "from desktop.services import actions\n"
        "from desktop.services.cache import open_cache\n"
        f"cache = open_cache(Path({str(path)!r}), {KEY!r})\n"
        "with cache.write() as session:\n"
        "    actions.record(session, 'accept_request', {'request_id': 1})\n"
        "with cache.write() as session:\n"
        "    actions.record(session, 'accept_request', {'request_id': 2})\n"
        "    session.flush()\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=60,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == -signal.SIGKILL
    cache = open_cache(path, KEY)
    try:
        assert cache.checked_after_unclean_exit and cache.integrity() == "ok"
        with cache.read() as session:
            assert [e.args for e in session.scalars(select(OutboxEntry))] == [
                {"request_id": 1}]
    finally:
        cache.close()
