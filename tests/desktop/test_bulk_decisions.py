"""Accepting and declining several requests in one step on a live sandbox: each checked as
if alone (the age band on the group's start day, the language, the free places that each
accept before it takes), a summary per request number of what was recorded and what was
refused and why, single decisions' outbox rows, and the portal's state after the sync."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.tables import Request
from desktop.services import bulk_decisions, roles
from desktop.services.actions import ActionRefused
from desktop.views.dialogs.bulk_decision_dialog import BulkDecisionDialog
from desktop.views.dialogs.decision_dialogs import NO_MARK, OK_MARK
from desktop.views.pages.requests_page import RequestsPage
from tests.support.desks import Desk, clock, group_id, open_desk, portal_decides
from tests.support.sites import Site, make_site
from tests.support.world import Family

FAMILIES: dict[int, Family] = {}


@pytest.fixture
def five(sandbox: str) -> Iterator[Site]:
    """Five requests: 1st, 3rd and 5th in the Kazakh group, 2nd and 4th in the Russian;
    their parents' sessions in FAMILIES, to read the portal as they see it."""
    built = make_site(sandbox, requests=0)
    made = [built.world.request_at(built.kindergarten, group_index=i % 2) for i in range(5)]
    built.requests = [app for _family, app in made]
    FAMILIES.clear()
    FAMILIES.update({app["id"]: family for family, app in made})
    try:
        yield built
    finally:
        built.world.client.close()


@pytest.fixture
def director(five: Site, tmp_path: Path) -> Iterator[Desk]:
    desk = open_desk(five, tmp_path / "director", five.director_login)
    try:
        yield desk
    finally:
        desk.close()


def page_of(qtbot: QtBot, desk: Desk) -> RequestsPage:
    page = RequestsPage(desk.workspace, desk.tasks, clock=clock)
    qtbot.addWidget(page)
    return page


def numbers(site: Site, *indexes: int) -> list[str]:
    return [f"№{site.requests[i]['number']}" for i in indexes]


def on_portal(site: Site, request_id: int) -> dict[str, object]:
    """The application as its parent sees it on the portal."""
    return site.world.client.application(FAMILIES[request_id].parent, request_id)


def cached(desk: Desk, request_id: int) -> Request:
    with desk.cache.read() as session:
        row = session.get(Request, request_id)
        assert row is not None
        return row


def test_accepting_several_checks_each_and_says_what_became_of_it(
        qtbot: QtBot, five: Site, director: Desk) -> None:
    # The Kazakh group now takes 5–6 year olds (the children are 4 on its first day), and
    # the Russian group has one place left: two accepts cannot both have it.
    portal_decides(five, "update_group", {"group_id": group_id(five, 0), "age_from": 5,
                                          "age_to": 6})
    portal_decides(five, "set_capacity", {"group_id": group_id(five, 1), "capacity": 1})
    director.sync()
    ids = [r["id"] for r in five.requests]
    page = page_of(qtbot, director)
    page.decide(roles.ACCEPT_REQUEST, ids)
    dialog = page.bulk_dialog
    assert isinstance(dialog, BulkDecisionDialog)
    planned = dialog.lines()
    assert [number for number, _ok, _what in planned] == numbers(five, 0, 1, 2, 3, 4)
    assert [ok for _number, ok, _what in planned] == [False, True, False, False, False]
    assert planned[0][2].startswith("Will not be recorded: Too young: on 01.09.2025")
    assert planned[1][2] == "Will be accepted: a place is reserved."
    assert planned[3][2].startswith("Will not be recorded: No free places: 0 enrolled and "
                                    "1 reserved fill all 1 places.")
    assert dialog.record_button.text() == "Accept 1 request(s)"
    marks = [item.text()[:1] for row in range(5) if (item := dialog.table.item(row, 2))]
    assert marks == [NO_MARK, OK_MARK, NO_MARK, NO_MARK, NO_MARK]
    dialog.record_button.click()
    # The summary, per request number: recorded and refused, and why.
    assert dialog.done_batch is not None and dialog.isVisible()
    done = dialog.lines()
    assert [ok for _n, ok, _w in done] == [False, True, False, False, False]
    assert done[1][2] == "Accepted: a place is reserved."
    assert done[4][2].startswith("Not recorded: Too young")
    assert dialog.heading.text() == "1 request(s) accepted"
    assert dialog.explanation.text().startswith("4 request(s) were refused")
    # Through the outbox, as the single decision: one accept, its place reserved at once.
    outbox = director.outbox()
    assert [(e.name, e.args["request_id"], e.state) for e in outbox] == [
        ("accept_request", ids[1], "pending")]
    assert cached(director, ids[1]).pending
    dialog.record_button.click()  # Close
    assert page.bulk_dialog is None
    summary = director.sync()
    assert (summary.pushed, summary.applied, summary.attention) == (1, 1, 0)
    accepted = cached(director, ids[1])
    assert (accepted.review, accepted.pending) == ("accepted", False)
    assert on_portal(five, ids[1])["review"] == "accepted"
    for refused in (ids[0], ids[2], ids[3], ids[4]):
        assert on_portal(five, refused)["review"] == "new"
        assert cached(director, refused).review == "new"


def test_declining_several_takes_one_reason_for_all(qtbot: QtBot, five: Site,
                                                    director: Desk) -> None:
    ids = [r["id"] for r in five.requests[:3]]
    page = page_of(qtbot, director)
    director.go_offline()
    dialog = page.ask_bulk_decision(roles.DECLINE_REQUEST, ids)
    assert not dialog.record_button.isEnabled()
    assert dialog.hint.text() == "Choose a reason."
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert dialog.hint.text().endswith("needs a comment for the parent.")
    dialog.comment.setPlainText("Топ жабылады")
    assert dialog.record_button.isEnabled()
    assert dialog.record_button.text() == "Decline 3 request(s)"
    dialog.record_button.click()
    assert [ok for _n, ok, _w in dialog.lines()] == [True, True, True]
    assert [(e.name, e.args["request_id"], e.args["reason"], e.args["comment"])
            for e in director.outbox()] == [("decline_request", i, "other", "Топ жабылады")
                                           for i in ids]
    director.go_online(five.url)
    summary = director.sync()
    assert (summary.pushed, summary.applied, summary.attention) == (3, 3, 0)
    with director.cache.read() as session:
        assert all(session.get(Request, i) is None for i in ids)  # they left the kindergarten
    for request_id in ids:
        seen = on_portal(five, request_id)
        assert (seen["status"], seen["decline_reason"], seen["decline_comment"]) == (
            "choosing", "other", "Топ жабылады")


def test_a_role_that_may_not_records_nothing(five: Site, director: Desk) -> None:
    ids = [r["id"] for r in five.requests]
    with pytest.raises(ActionRefused) as refused:
        bulk_decisions.decide(director.cache, roles.ACCEPT_REQUEST, ids,
                              acting=["methodologist"])
    assert refused.value.code == "forbidden_role"
    with pytest.raises(ActionRefused) as no_reason:
        bulk_decisions.decide(director.cache, roles.DECLINE_REQUEST, ids, acting=["director"])
    assert no_reason.value.code == "reason_required"
    assert director.outbox() == []


def test_the_plan_counts_the_places_each_accept_takes(five: Site, director: Desk) -> None:
    portal_decides(five, "set_capacity", {"group_id": group_id(five, 0), "capacity": 2})
    director.sync()
    kazakh = [five.requests[i]["id"] for i in (0, 2, 4)]
    planned = bulk_decisions.plan(director.cache, roles.ACCEPT_REQUEST, kazakh)
    assert [o.recorded for o in planned.outcomes] == [True, True, False]
    assert planned.outcomes[2].refusal is not None
    assert planned.outcomes[2].refusal.code == "no_free_places"
    done = bulk_decisions.decide(director.cache, roles.ACCEPT_REQUEST, kazakh,
                                 acting=["director"])
    assert [o.recorded for o in done.outcomes] == [True, True, False]
    assert [o.number for o in done.outcomes] == [five.requests[i]["number"] for i in (0, 2, 4)]
