"""Each decision through the outbox against the live sandbox: accept, decline, return
documents and accept documents reach the portal once; and each way the portal refuses a
decision (the parent withdrew, the window closed by the clock, a colleague decided first,
no place left) lands in Needs attention saying what happened, with the local effect undone.
Last, the issue's whole story: a director and a methodologist review offline after one sync.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.tables import Group, OutboxEntry, Request
from desktop.services import actions, review
from desktop.views.dialogs.decision_dialogs import (
    AcceptDialog,
    DeclineDialog,
    DocumentsReviewDialog,
)
from desktop.views.pages.attention_page import AttentionPage
from desktop.views.runtime.sync_worker import SyncWorker
from desktop.views.widgets.request_detail import load_details
from tests.support.desks import (
    Desk,
    clock,
    confirm_decline,
    group_id,
    open_desk,
    open_detail,
    opened,
    portal_decides,
    request_with,
    upload,
)
from tests.support.sites import Site
from tests.support.world import Family


def portal_view(site: Site, family: Family, request_id: int) -> dict[str, Any]:
    """The application as its parent sees it on the portal."""
    return site.world.client.application(family.parent, request_id)


def cached(desk: Desk, request_id: int) -> Request | None:
    with desk.cache.read() as session:
        return session.get(Request, request_id)


def reserved(desk: Desk, group: int) -> int:
    with desk.cache.read() as session:
        row = session.get(Group, group)
        assert row is not None
        return row.reserved


@pytest.fixture
def attention_page(qtbot: QtBot, director: Desk) -> Iterator[AttentionPage]:
    engine: Any = director.engine  # the worker's Engine protocol is looser than the engine
    worker = SyncWorker(engine, director.workspace.client, director.tasks,
                        interval_seconds=3600)
    page = AttentionPage(director.cache, director.tasks, worker)
    qtbot.addWidget(page)
    yield page


def needs_attention(desk: Desk, page: AttentionPage) -> list[tuple[str, str, str]]:
    """What the Needs attention page shows: (what you did, the portal's answer, now)."""
    summary = desk.sync()
    assert summary.pending == 0
    page.refresh()
    model = page.model
    return [(model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 3).data())
            for r in range(model.rowCount())]


# decisions that reach the portal


def test_an_accept_reaches_the_portal_once_and_reserves_a_place(
        qtbot: QtBot, site: Site, director: Desk) -> None:
    family, request_id = request_with(site, ["kk"], group_index=0)
    director.sync()
    detail = open_detail(qtbot, director, request_id)
    detail.accept_button.click()
    opened(detail, AcceptDialog).accept_button.click()
    assert reserved(director, group_id(site, 0)) == 1  # at once, offline or not
    summary = director.sync()
    assert (summary.pushed, summary.applied, summary.attention) == (1, 1, 0)
    assert portal_view(site, family, request_id)["review"] == "accepted"
    row = cached(director, request_id)
    assert row is not None and row.review == "accepted" and not row.pending
    assert reserved(director, group_id(site, 0)) == 1  # the portal's count, not one more
    detail.reload()  # as the window does after each sync
    lines = [detail.detail.history.item(i).text()
             for i in range(detail.detail.history.count())]
    assert "Request accepted" in lines[-1] and lines[-1].endswith("(kindergarten)")
    assert detail.detail.field("application", "Review") == "Accepted"
    assert not detail.accept_button.isEnabled()
    assert detail.accept_button.toolTip() == ("The request is accepted already: a place is "
                                              "reserved for the child.")
    assert detail.decline_button.isEnabled()  # a reserved place may still be given up


def test_a_decline_reaches_the_portal_and_the_request_leaves(
        qtbot: QtBot, site: Site, director: Desk) -> None:
    family, request_id = request_with(site, ["kk"], group_index=0)
    director.sync()
    detail = open_detail(qtbot, director, request_id)
    detail.decline_button.click()
    dialog = opened(detail, DeclineDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("language_mismatch"))
    dialog.comment.setPlainText("Орыс тобында ғана орын бар")
    dialog.decline_button.click()
    summary = director.sync()
    assert (summary.applied, summary.attention) == (1, 0)
    seen = portal_view(site, family, request_id)
    assert (seen["status"], seen["decline_reason"], seen["decline_comment"]) == (
        "choosing", "language_mismatch", "Орыс тобында ғана орын бар")
    assert cached(director, request_id) is None  # the tombstone took it away


def test_returned_and_accepted_documents_reach_the_portal(qtbot: QtBot, site: Site,
                                                          director: Desk) -> None:
    family, request_id = request_with(site, ["kk"], group_index=0)
    upload(site, family, request_id, "form_027u", "birth_certificate", "parent_id")
    director.sync()
    detail = open_detail(qtbot, director, request_id)
    detail.documents_button.click()
    dialog = opened(detail, DocumentsReviewDialog)
    dialog.set_verdict("parent_id", "return", "Жеке куәліктің екі жағы да керек")
    dialog.accept_all_received()
    dialog.record_button.click()
    summary = director.sync()
    assert (summary.pushed, summary.applied, summary.attention) == (2, 2, 0)
    documents = {d["kind"]: (d["status"], d["comment"])
                 for d in portal_view(site, family, request_id)["documents"]}
    assert documents == {"form_027u": ("accepted", ""), "birth_certificate": ("accepted", ""),
                         "parent_id": ("returned", "Жеке куәліктің екі жағы да керек")}
    # The parent uploads the ID card again: it can be reviewed again.
    upload(site, family, request_id, "parent_id")
    director.sync()
    entry = actions.accept_documents(director.cache, request_id, ["parent_id"], ["director"])
    assert entry.args == {"request_id": request_id, "kinds": ["parent_id"]}
    assert director.sync().applied == 1
    assert {d["status"] for d in portal_view(site, family, request_id)["documents"]} == {
        "accepted"}


# decisions the portal refuses


def test_the_parent_withdrew(site: Site, director: Desk,
                             attention_page: AttentionPage) -> None:
    family, request_id = request_with(site, ["kk"], group_index=0)
    director.sync()
    actions.accept(director.cache, request_id, ["director"])
    site.world.client.act(family.parent, request_id, "withdraw")
    number = portal_view(site, family, request_id)["number"]
    assert needs_attention(director, attention_page) == [(
        f"Accept request №{number}",
        "Conflict: The parent withdrew the application before your decision reached the "
        "portal.", "Archived")]
    assert reserved(director, group_id(site, 0)) == 0  # the optimistic place is given back


def test_the_window_closed_by_the_clock(site: Site, director: Desk,
                                        attention_page: AttentionPage) -> None:
    family, request_id = request_with(site, ["kk"], group_index=0)
    director.sync()
    actions.decline(director.cache, request_id, "no_places")
    site.world.client.advance(working_days=8)  # past the five (and any extension)
    assert portal_view(site, family, request_id)["archive_reason"] == (
        "enrollment_window_expired")
    [(_, answer, now)] = needs_attention(director, attention_page)
    assert answer == ("Conflict: The parent's enrollment window closed before your decision "
                      "reached the portal; the application is archived.")
    assert now == "Archived"


def test_a_colleague_accepted_first(site: Site, director: Desk,
                                    attention_page: AttentionPage) -> None:
    _, request_id = request_with(site, ["kk"], group_index=0)
    director.sync()
    actions.accept(director.cache, request_id, ["director"])
    portal_decides(site, "accept_request", {"request_id": request_id})
    [(_, answer, now)] = needs_attention(director, attention_page)
    assert answer == "Conflict: A colleague accepted this request first."
    assert now == "Awaiting the contract, accepted"
    assert reserved(director, group_id(site, 0)) == 1  # the colleague's, counted once
    with director.cache.read() as session:
        [entry] = session.scalars(select(OutboxEntry)).all()
    assert entry.code in ("version_conflict", "already_decided")


def test_a_colleague_declined_first(site: Site, director: Desk,
                                    attention_page: AttentionPage) -> None:
    family, request_id = request_with(site, ["kk"], group_index=0)
    director.sync()
    actions.accept(director.cache, request_id, ["director"])
    number = portal_view(site, family, request_id)["number"]
    portal_decides(site, "decline_request", {"request_id": request_id, "reason": "no_places"})
    [(done, answer, now)] = needs_attention(director, attention_page)
    # The request has left the cache; the intent kept its number.
    assert done == f"Accept request №{number}"
    assert answer == ("Conflict: A colleague declined this request first: it is no longer "
                      "with this kindergarten.")
    assert now == "No longer with this kindergarten"


def test_no_place_was_left(site: Site, director: Desk, attention_page: AttentionPage) -> None:
    (_, first), (_, second) = (request_with(site, ["kk"], group_index=0) for _ in range(2))
    director.sync()
    # Meanwhile a colleague makes the group one place smaller and gives that place away.
    portal_decides(site, "set_capacity", {"group_id": group_id(site, 0), "capacity": 1})
    portal_decides(site, "accept_request", {"request_id": first})
    actions.accept(director.cache, second, ["director"])  # the cache still shows 20 places
    [(_, answer, _now)] = needs_attention(director, attention_page)
    assert answer == ("Conflict: The group had no free place left when your decision reached "
                      "the portal. Free a place or raise the capacity, then accept again, or "
                      "decline the request.")
    row = cached(director, second)
    assert row is not None and row.review == "new" and not row.pending
    # Now the cache knows: the client refuses before the portal has to.
    with pytest.raises(actions.ActionRefused) as refused:
        actions.accept(director.cache, second, ["director"])
    assert refused.value.code == review.NO_FREE_PLACES


def test_a_decision_made_before_a_colleagues_document_review(
        site: Site, director: Desk, attention_page: AttentionPage) -> None:
    family, request_id = request_with(site, ["kk"], group_index=0)
    upload(site, family, request_id, "form_027u")
    director.sync()
    actions.accept(director.cache, request_id, ["director"])
    # The methodologist's verdict reaches the portal first: the accept was made on the
    # version before it, and the portal says so (docs/sync.md: intents carry their base version).
    methodologist = site.world.client.login(site.methodologist_login, site.password)
    assert site.world.mutate(methodologist, "accept_documents", {
        "request_id": request_id, "kinds": ["form_027u"]})["outcome"] == "applied"
    [(_, answer, now)] = needs_attention(director, attention_page)
    assert answer == ("Conflict: A colleague reviewed the documents before your decision "
                      "reached the portal, so it was made on an older view of the request. "
                      "Look at it as it is now and decide again.")
    assert now == "Awaiting the contract"
    # Deciding again on what the portal holds now goes through.
    actions.accept(director.cache, request_id, ["director"])
    assert director.sync().applied == 1


# the story


def test_a_director_and_a_methodologist_review_offline_after_one_sync(
        qtbot: QtBot, site: Site, director: Desk, tmp_path: Path) -> None:
    (family_w, w), (family_x, x), (family_y, y), (family_z, z) = (
        request_with(site, ["kk"], group_index=0) for _ in range(4))
    upload(site, family_x, x, "form_027u", "birth_certificate", "parent_id", "form_052_2u",
           "form_065u")
    upload(site, family_y, y, "form_027u", "birth_certificate")
    methodologist = open_desk(site, tmp_path / "methodologist", site.methodologist_login)
    try:
        director.sync()
        # The director looks at a request while online, as after signing in.
        open_detail(qtbot, director, z).close()
        for desk in (director, methodologist):
            desk.go_offline()

        # Offline, the methodologist accepts X's documents and returns one of Y's...
        detail = open_detail(qtbot, methodologist, x)
        assert not detail.accept_button.isEnabled()
        detail.documents_button.click()
        verdicts = opened(detail, DocumentsReviewDialog)
        verdicts.accept_all_received()
        verdicts.record_button.click()
        detail.show_details(load_details(methodologist.cache, y), clock())
        detail.documents_button.click()
        verdicts = opened(detail, DocumentsReviewDialog)
        verdicts.set_verdict("form_027u", "return", "Дәрігердің мөрі жоқ")
        verdicts.set_verdict("birth_certificate", "accept")
        verdicts.record_button.click()
        detail.close()
        # ...and the director accepts W and declines Z with a reason from the kept list.
        detail = open_detail(qtbot, director, w)
        detail.accept_button.click()
        opened(detail, AcceptDialog).accept_button.click()
        detail.show_details(load_details(director.cache, z), clock())
        detail.decline_button.click()
        decline = opened(detail, DeclineDialog)
        assert decline.fetched
        decline.reason.setCurrentIndex(decline.reason.findData("no_places"))
        decline.decline_button.click()
        confirm_decline(decline)  # the group still has places: asked first
        detail.close()
        assert [e.name for e in director.outbox()] == ["accept_request", "decline_request"]
        assert [e.name for e in methodologist.outbox()] == [
            "accept_documents", "accept_documents", "return_documents"]

        # Back online: everything reaches the portal once, nothing needs attention.
        for desk in (methodologist, director):
            desk.go_online(site.url)
            summary = desk.sync()
            assert (summary.pending, summary.attention) == (0, 0)
        assert portal_view(site, family_w, w)["review"] == "accepted"
        seen_y = {d["kind"]: d["status"] for d in portal_view(site, family_y, y)["documents"]}
        assert seen_y == {"form_027u": "returned", "birth_certificate": "accepted"}
        seen_z = portal_view(site, family_z, z)
        assert (seen_z["status"], seen_z["decline_reason"]) == ("choosing", "no_places")

        # Offline again, the director sees X's documents accepted and accepts X.
        director.go_offline()
        detail = open_detail(qtbot, director, x)
        assert detail.detail.field("documents", "Vaccination card (form 065/u)") == "Accepted"
        detail.accept_button.click()
        opened(detail, AcceptDialog).accept_button.click()
        detail.close()
        director.go_online(site.url)
        assert director.sync().applied == 1
        seen_x = portal_view(site, family_x, x)
        assert seen_x["review"] == "accepted"
        assert {d["status"] for d in seen_x["documents"]} == {"accepted"}
    finally:
        methodologist.close()
