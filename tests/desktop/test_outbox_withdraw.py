"""Withdrawing an outbox action (desktop/services/actions.withdraw) against a live sandbox:
its local effect is undone in the same transaction, the other pending actions keep theirs,
and an action that has been sent (or is being sent) is refused, because only the portal's
answer can say whether it was applied (docs/sync.md)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.tables import Request
from desktop.services import actions
from desktop.services.actions import ActionRefused
from desktop.services.portal_api import PortalUnreachable
from tests.support.sites import Site
from tests.support.sync_desks import (
    Desk,
    Kindergarten,
    Wire,
    directors_desk,
    portal_group,
    snapshot,
)
from tests.support.windows import close, open_window, signed_in


@pytest.fixture
def desk(kg: Kindergarten, wire: Wire, tmp_path: Path) -> Iterator[Desk]:
    with directors_desk(kg, tmp_path, wire) as made:
        yield made


def test_a_withdrawn_accept_gives_its_place_back_and_never_reaches_the_portal(
        kg: Kindergarten, desk: Desk) -> None:
    desk.sync()
    first, second = kg.apps[0]["id"], kg.apps[1]["id"]
    group_id = kg.group_id(0)
    before = desk.group(group_id).reserved
    accepted = actions.accept(desk.cache, first)
    declined = actions.decline(desk.cache, second, "other", "Семья переехала")
    assert desk.group(group_id).reserved == before + 1

    withdrawn = desk.engine.withdraw(accepted.seq)
    assert withdrawn.name == "accept_request" and withdrawn.seq == accepted.seq
    row = desk.request(first)
    assert row is not None and not row.pending and row.review != "accepted"
    assert desk.group(group_id).reserved == before  # the place is free again
    # The other decision keeps its effect and still waits.
    other = desk.request(second)
    assert other is not None and other.pending and other.review == "declined"
    assert [(e.seq, e.state) for e in desk.outbox()] == [(declined.seq, "pending")]

    summary = desk.sync()
    assert (summary.pushed, summary.applied) == (1, 1)  # the gap in seq is no matter
    portal = snapshot(desk.client)
    assert portal[("request", first)]["data"].get("review") != "accepted"
    assert ("request", second) not in portal  # declined: no longer this kindergarten's
    assert portal_group(desk, group_id)["reserved"] == desk.group(group_id).reserved


def test_an_action_sent_even_once_cannot_be_withdrawn(kg: Kindergarten, desk: Desk,
                                                      wire: Wire) -> None:
    desk.sync()
    request_id = kg.apps[0]["id"]
    entry = actions.accept(desk.cache, request_id)
    # The push reached the portal, which applied it; the answer was lost on the way back.
    wire.fail("/staff/mutations", "after")
    with pytest.raises(PortalUnreachable) as lost:
        desk.sync()
    assert not lost.value.unsent
    with pytest.raises(ActionRefused) as refused:
        desk.engine.withdraw(entry.seq)
    assert refused.value.code == "already_sent"
    row = desk.request(request_id)
    assert row is not None and row.pending and row.review == "accepted"  # nothing undone
    desk.sync()
    [done] = desk.outbox()
    assert done.state == "done"
    with pytest.raises(ActionRefused) as answered:
        desk.engine.withdraw(entry.seq)
    assert answered.value.code == "already_answered"
    with pytest.raises(ActionRefused) as gone:
        desk.engine.withdraw(entry.seq + 100)
    assert gone.value.code == "not_in_outbox"


def test_a_push_that_never_connected_leaves_the_action_withdrawable(
        kg: Kindergarten, desk: Desk, wire: Wire) -> None:
    desk.sync()
    entry = actions.accept(desk.cache, kg.apps[0]["id"])
    wire.fail("/staff/mutations", "before")
    with pytest.raises(PortalUnreachable) as failed:
        desk.sync()
    assert failed.value.unsent
    [waiting] = desk.outbox()
    assert (waiting.state, waiting.attempts) == ("pending", 0)
    desk.engine.withdraw(entry.seq)
    assert desk.outbox() == []


def test_an_action_being_sent_right_now_cannot_be_withdrawn(
        kg: Kindergarten, desk: Desk, wire: Wire) -> None:
    """The push is held on the wire (the portal has the request, its answer has not come);
    a withdrawal meanwhile is refused and changes nothing."""
    desk.sync()
    request_id = kg.apps[0]["id"]
    entry = actions.accept(desk.cache, request_id)
    on_the_wire, release = threading.Event(), threading.Event()
    inner = wire.inner.handle_request

    def held(request):  # type: ignore[no-untyped-def]
        if "/staff/mutations" in request.url.path:
            on_the_wire.set()
            release.wait(30)
        return inner(request)

    wire.inner.handle_request = held  # type: ignore[method-assign]
    pushing = threading.Thread(target=desk.sync)
    pushing.start()
    try:
        assert on_the_wire.wait(30)
        with pytest.raises(ActionRefused) as refused:
            desk.engine.withdraw(entry.seq)
        assert refused.value.code == "already_sent"
    finally:
        release.set()
        pushing.join(60)
    [done] = desk.outbox()
    assert done.state == "done"
    row = desk.request(request_id)
    assert row is not None and row.review == "accepted"



# --- the window: Needs attention → Waiting to be sent -----------------------------------------


def test_the_director_reads_the_outbox_and_withdraws_an_action(
        qtbot: QtBot, site: Site, profile_dir: Path) -> None:
    profile, settings, workspace = signed_in(site, profile_dir)
    opened = open_window(qtbot, profile, settings, workspace)
    try:
        opened.sync.sync_now()
        cache = workspace.cache
        first, second = site.requests[0], site.requests[1]
        actions.accept(cache, first["id"])
        actions.decline(cache, second["id"], "other", "Семья переехала")
        page = opened.window.attention_page
        page.refresh()
        section = page.outbox
        model = section.model
        assert model.rowCount() == 2
        texts = [[model.index(r, c).data() for c in range(5)] for r in range(2)]
        assert texts[0][1] == f"№{first['number']}" and texts[0][2]
        assert texts[0][3] == "Accept: a place in the group is reserved"
        assert texts[1][3] == "Decline: Other reason (Семья переехала)"
        assert texts[0][4] == "Not sent yet"
        assert section.title.text() == "Waiting to be sent"

        assert not section.withdraw_button.isEnabled()
        section.select_row(0)
        assert section.withdraw_button.isEnabled()
        question = section.ask_to_withdraw()
        assert question is not None
        assert f"№{first['number']}" in question.text()
        [confirm] = [b for b in question.buttons() if b.text() == "Withdraw"]
        confirm.click()
        assert model.rowCount() == 1
        assert model.index(0, 1).data() == f"№{second['number']}"
        with cache.read() as session:
            row = session.get(Request, first["id"])
            assert row is not None and not row.pending and row.review != "accepted"
        assert opened.window.sync_status.pending == 1
    finally:
        close(opened)
