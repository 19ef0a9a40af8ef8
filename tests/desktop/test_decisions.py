"""The decision screens on a live sandbox: the request detail's buttons, the accept
confirmation with the group's places now and after (and its refusals), the decline dialog
with the portal's reasons, and the documents review. Every decision lands in the outbox
with its local effect; the portal is only asked for the list of decline reasons.

The desks and requests come from tests/support/desks.py, the `director` from the conftest.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.group_records import GroupPlaces, Occupancy
from desktop.services import actions, review
from desktop.services.cache import open_cache, set_meta
from desktop.views.dialogs.decision_dialogs import (
    COMMENT_LIMIT,
    NO_MARK,
    OK_MARK,
    AcceptDialog,
    DeclineDialog,
    DocumentsReviewDialog,
    refusal_text,
)
from desktop.views.pages.requests_page import RequestsPage
from desktop.views.widgets.request_detail import RequestDetailDialog, load_details
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


@pytest.fixture
def methodologist(site: Site, tmp_path: Path) -> Iterator[Desk]:
    desk = open_desk(site, tmp_path / "methodologist", site.methodologist_login)
    try:
        yield desk
    finally:
        desk.close()


def check_texts(accept: AcceptDialog) -> list[str]:
    return [label.text() for label in accept.check_labels]


# accept


def test_a_director_sees_the_group_now_and_after_and_accepts(qtbot: QtBot, site: Site,
                                                             director: Desk) -> None:
    request_id = site.requests[0]["id"]
    detail = open_detail(qtbot, director, request_id)
    assert detail.accept_button.isEnabled() and detail.decline_button.isEnabled()
    assert detail.accept_button.toolTip() == "Reserve a place in the group; a contract follows"
    # No documents yet: nothing to review, and the why says so.
    assert not detail.documents_button.isEnabled()
    assert detail.documents_button.toolTip() == ("The parent has not uploaded any documents "
                                                 "yet.")
    assert detail.why.text() == detail.documents_button.toolTip()
    qtbot.mouseClick(detail.accept_button, Qt.MouseButton.LeftButton)
    confirm = opened(detail, AcceptDialog)
    assert confirm.isVisible() and confirm.isModal()
    assert confirm.now_value.text() == "0 of 20 places taken: 0 enrolled, 0 reserved; 20 free"
    assert confirm.after_value.text() == ("1 of 20 places taken: 0 enrolled, 1 reserved; "
                                          "19 free")
    assert (confirm.after_bar.occupancy, confirm.after_bar.added) == (
        Occupancy(20, 0, 1), 1)
    assert check_texts(confirm) == [
        f"{OK_MARK}  Age: on 01.09.2025, when the group starts, the child will be 4 year(s) "
        "old; the group takes children of 3–4 years.",
        f"{OK_MARK}  Language: the group teaches in Kazakh, which the parent asked for.",
        f"{OK_MARK}  Places: 20 free place(s) before accepting."]
    assert confirm.accept_button.isEnabled()
    with qtbot.waitSignal(detail.decision_recorded) as recorded:
        qtbot.mouseClick(confirm.accept_button, Qt.MouseButton.LeftButton)
    assert recorded.args == [request_id]
    [entry] = director.outbox()
    assert (entry.name, entry.state) == ("accept_request", "pending")
    assert entry.args == {"request_id": request_id,
                          "base_version": site.requests[0]["version"]}
    # The detail shows the local effect at once, and why nothing more can be decided.
    assert detail.detail.field("application", "Review") == "Accepted, not sent yet"
    assert detail.detail.field("group", "Places").startswith("1 of 20 places taken")
    assert detail.detail.field("group", "Free places") == "19"
    for button in (detail.accept_button, detail.decline_button):
        assert not button.isEnabled()
        assert button.toolTip().startswith("A decision on this request is waiting to be sent")
    assert detail.message.isVisibleTo(detail)
    assert detail.message.text() == "Accepted: a place is reserved. Sending it to the portal…"
    assert detail.open_dialog is None


def test_cancelling_the_accept_records_nothing(qtbot: QtBot, site: Site,
                                               director: Desk) -> None:
    detail = open_detail(qtbot, director, site.requests[0]["id"])
    detail.accept_button.click()
    opened(detail, AcceptDialog).cancel_button.click()
    assert director.outbox() == []
    assert detail.accept_button.isEnabled()


def test_accept_refuses_a_full_group_and_says_why(qtbot: QtBot, site: Site,
                                                  director: Desk) -> None:
    first, third = site.requests[0]["id"], site.requests[2]["id"]  # both in group 0
    portal_decides(site, "set_capacity", {"group_id": group_id(site, 0), "capacity": 1})
    portal_decides(site, "accept_request", {"request_id": third})  # the last place
    director.sync()
    detail = open_detail(qtbot, director, first)
    assert detail.detail.field("group", "Free places") == "0"
    detail.accept_button.click()
    confirm = opened(detail, AcceptDialog)
    assert not confirm.accept_button.isEnabled()
    assert confirm.now_value.text() == "1 of 1 places taken: 0 enrolled, 1 reserved; 0 free"
    assert confirm.after_bar.occupancy is not None and confirm.after_bar.occupancy.over
    assert check_texts(confirm)[2] == (
        f"{NO_MARK}  No free places: 0 enrolled and 1 reserved fill all 1 places. Free a "
        "place or raise the capacity first, or decline the request.")
    assert confirm.outcome.text().startswith("This request cannot be accepted as it is.")
    confirm.reject()
    # The command line and every other caller are refused alike, with the same reason.
    with pytest.raises(actions.ActionRefused) as refused:
        actions.accept(director.cache, first)
    assert refused.value.code == review.NO_FREE_PLACES
    assert refused.value.params == {"capacity": 1, "enrolled": 0, "reserved": 1}
    assert director.outbox() == []


def test_accept_refuses_an_age_outside_the_band_and_a_language_not_asked(
        qtbot: QtBot, site: Site, director: Desk) -> None:
    _, russian_only = request_with(site, ["ru"], group_index=1)
    portal_decides(site, "update_group", {"group_id": group_id(site, 0), "age_from": 5,
                                          "age_to": 6})
    portal_decides(site, "update_group", {"group_id": group_id(site, 1), "language": "kk"})
    director.sync()
    detail = open_detail(qtbot, director, site.requests[0]["id"])
    assert detail.detail.field("child", "Age when the group starts") == (
        "4 year(s) on 01.09.2025")
    detail.accept_button.click()
    confirm = opened(detail, AcceptDialog)
    assert not confirm.accept_button.isEnabled()
    assert check_texts(confirm)[0] == (
        f"{NO_MARK}  Too young: on 01.09.2025, when the group starts, the child will be "
        "4 year(s) old; the group takes children of 5–6 years.")
    confirm.reject()
    detail.show_details(load_details(director.cache, russian_only), clock())
    detail.accept_button.click()
    confirm = opened(detail, AcceptDialog)
    assert not confirm.accept_button.isEnabled()
    assert check_texts(confirm)[1] == (
        f"{NO_MARK}  Wrong language: the group teaches in Kazakh, the parent asked for "
        "Russian.")
    confirm.reject()
    portal_decides(site, "update_group", {"group_id": group_id(site, 0), "age_from": 1,
                                          "age_to": 3})
    director.sync()
    with pytest.raises(actions.ActionRefused) as refused:
        actions.accept(director.cache, site.requests[0]["id"], ["director"])
    assert refused.value.code == review.TOO_OLD
    assert director.outbox() == []


# decline


def test_declining_needs_a_reason_and_other_needs_a_comment(qtbot: QtBot, site: Site,
                                                            director: Desk) -> None:
    request_id = site.requests[1]["id"]
    detail = open_detail(qtbot, director, request_id)
    detail.decline_button.click()
    dialog = opened(detail, DeclineDialog)
    # The portal's list, fetched when the detail opened and kept for offline use.
    codes = [dialog.reason.itemData(i) for i in range(dialog.reason.count())]
    assert codes[0] == "no_places" and codes[-1] == "other" and len(codes) == 7
    assert dialog.fetched and not dialog.list_note.isVisibleTo(dialog)
    assert dialog.reason.currentIndex() == -1
    assert not dialog.decline_button.isEnabled()
    assert dialog.hint.text() == "Choose a reason."
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert dialog.reason.currentText() == "Other reason"
    assert dialog.hint.text() == ("The reason “Other reason” needs a comment for the "
                                  "parent.")
    assert not dialog.decline_button.isEnabled()
    dialog.comment.setPlainText("x" * (COMMENT_LIMIT + 1))
    assert dialog.hint.text() == ("The comment is too long: the portal keeps at most 2000 "
                                  "characters, this one has 2001.")
    assert not dialog.decline_button.isEnabled()
    dialog.comment.setPlainText("  Группа переводится в другое здание  ")
    assert dialog.hint.text() == "" and dialog.decline_button.isEnabled()
    with qtbot.waitSignal(detail.decision_recorded):
        dialog.decline_button.click()
    [entry] = director.outbox()
    assert entry.name == "decline_request"
    assert entry.args == {"request_id": request_id, "reason": "other",
                          "comment": "Группа переводится в другое здание",
                          "base_version": site.requests[1]["version"]}
    assert detail.detail.field("application", "Review") == "Declined, not sent yet"
    assert detail.detail.field("application", "Decline reason") == (
        "Other reason — Группа переводится в другое здание")


def test_the_reasons_are_kept_for_offline_and_other_remains_without_them(
        qtbot: QtBot, site: Site, director: Desk) -> None:
    # Never fetched (a cache synced before the portal's feed carried the reasons), and
    # offline: "other" alone, and the dialog says how to get the rest.
    with director.cache.write() as session:
        set_meta(session, review.DECLINE_REASONS_META, None)
        set_meta(session, review.DECLINE_REASONS_FETCHED_AT, None)
    director.go_offline()
    detail = open_detail(qtbot, director, site.requests[1]["id"])
    detail.decline_button.click()
    dialog = opened(detail, DeclineDialog)
    assert [dialog.reason.itemData(i) for i in range(dialog.reason.count())] == ["other"]
    assert dialog.list_note.isVisibleTo(dialog)
    assert "sync once" in dialog.list_note.text()
    dialog.reject()
    detail.close()
    # Online once: the list is fetched and kept; offline again, it is all there.
    director.go_online(site.url)
    online = open_detail(qtbot, director, site.requests[1]["id"])
    online.close()
    director.go_offline()
    offline = open_detail(qtbot, director, site.requests[1]["id"])
    offline.decline_button.click()
    dialog = opened(offline, DeclineDialog)
    assert dialog.fetched and dialog.reason.count() == 7
    dialog.reason.setCurrentIndex(dialog.reason.findData("no_places"))
    assert dialog.reason.currentText() == "No free places"
    dialog.decline_button.click()
    confirm_decline(dialog)
    [entry] = director.outbox()
    assert entry.args["reason"] == "no_places" and "comment" not in entry.args


def test_no_free_places_is_asked_about_while_the_group_has_some(
        qtbot: QtBot, site: Site, director: Desk) -> None:
    request_id = site.requests[1]["id"]
    detail = open_detail(qtbot, director, request_id)
    detail.decline_button.click()
    dialog = opened(detail, DeclineDialog)
    assert dialog.free_places == 20
    dialog.reason.setCurrentIndex(dialog.reason.findData("no_places"))
    dialog.decline_button.click()
    assert confirm_decline(dialog, yes=False) == (
        "The group still has 20 free place(s). Decline for “No free places” all the same?")
    # Nothing recorded: the dialog stays for another reason.
    assert dialog.isVisible() and director.outbox() == []
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    dialog.comment.setPlainText("Группа закрывается на ремонт")
    with qtbot.waitSignal(detail.decision_recorded):
        dialog.decline_button.click()  # another reason: nothing to ask
    assert dialog.confirm_box is None
    assert [e.args["reason"] for e in director.outbox()] == ["other"]


def test_a_stale_list_is_fetched_again_and_a_failed_fetch_keeps_it(site: Site,
                                                                  director: Desk) -> None:
    with director.cache.write() as session:
        set_meta(session, review.DECLINE_REASONS_META,
                 [{"code": "old_reason", "kk": "ескі", "ru": "старая", "en": "old"}])
        set_meta(session, review.DECLINE_REASONS_FETCHED_AT, "2020-01-01T00:00:00+00:00")
    assert [r.code for r in review.decline_reasons(director.cache)] == ["old_reason", "other"]
    director.go_offline()
    dialog = RequestDetailDialog(workspace=director.workspace, tasks=director.tasks)
    assert [r.code for r in review.decline_reasons(director.cache)] == ["old_reason", "other"]
    dialog.deleteLater()
    director.go_online(site.url)
    dialog = RequestDetailDialog(workspace=director.workspace, tasks=director.tasks)
    dialog.deleteLater()
    kept = review.decline_reasons(director.cache)
    assert "old_reason" not in [r.code for r in kept] and len(kept) == 7
    assert kept[0].label("kk") == "Бос орын жоқ" and kept[0].label("en") == "No free places"


# documents


@pytest.fixture
def with_documents(site: Site) -> tuple[Family, int]:
    """A request at the site whose parent uploaded three of the five required documents."""
    family, request_id = request_with(site, ["kk"], group_index=0)
    upload(site, family, request_id, "form_027u", "birth_certificate", "parent_id")
    return family, request_id


def test_a_methodologist_reviews_documents_but_cannot_decide(
        qtbot: QtBot, site: Site, with_documents: tuple[Family, int],
        methodologist: Desk) -> None:
    _, request_id = with_documents
    methodologist.sync()
    detail = open_detail(qtbot, methodologist, request_id)
    for button, action in ((detail.accept_button, "Accepting a request"),
                           (detail.decline_button, "Declining a request")):
        assert not button.isEnabled()
        assert button.toolTip() == (f"{action} needs the role Director; you act as "
                                    "Methodologist.")
    assert detail.why.text() == ("Accepting or declining a request needs the role Director; "
                                 "you act as Methodologist.")
    assert detail.documents_button.isEnabled()
    assert detail.detail.field("documents", "Medical certificate (form 027/u)") == (
        "Received, not reviewed")
    assert detail.detail.field("documents", "Vaccination card (form 065/u)") == "Not uploaded yet"
    detail.documents_button.click()
    review_dialog = opened(detail, DocumentsReviewDialog)
    assert [r.document.kind for r in review_dialog.rows] == [
        "form_027u", "birth_certificate", "parent_id"]
    assert review_dialog.missing.text() == ("Not uploaded yet: Health passport (form "
                                            "052-2/u), Vaccination card (form 065/u).")
    assert not review_dialog.record_button.isEnabled()
    assert review_dialog.hint.text() == ("Choose “Accept” or “Return” for at least one "
                                         "document.")
    review_dialog.set_verdict("form_027u", "return")
    assert review_dialog.hint.text() == ("Write what to correct in “Medical certificate "
                                         "(form 027/u)”: the parent sees the comment.")
    row = review_dialog.row("form_027u")
    assert row.comment.isEnabled() and not review_dialog.row("parent_id").comment.isEnabled()
    row.comment.setPlainText("Мөрі анық емес, қайта жүктеңіз")
    review_dialog.accept_all_received()  # the return chosen stays
    assert [r.chosen() for r in review_dialog.rows] == ["return", "accept", "accept"]
    assert not review_dialog.accept_all_button.isEnabled()
    assert review_dialog.record_button.isEnabled()
    with qtbot.waitSignal(detail.decision_recorded):
        review_dialog.record_button.click()
    accepted, returned = methodologist.outbox()
    assert (accepted.name, accepted.args) == ("accept_documents", {
        "request_id": request_id, "kinds": ["birth_certificate", "parent_id"]})
    assert (returned.name, returned.args) == ("return_documents", {
        "request_id": request_id, "comments": {"form_027u": "Мөрі анық емес, қайта жүктеңіз"}})
    assert detail.detail.field("documents", "Birth certificate") == "Accepted"
    assert detail.detail.field("documents", "Medical certificate (form 027/u)") == (
        "Returned for correction: “Мөрі анық емес, қайта жүктеңіз”")
    # A second review offers only what can still change: the returned one waits.
    detail.documents_button.click()
    again = opened(detail, DocumentsReviewDialog)
    assert not again.row("form_027u").verdict.isEnabled()
    assert [again.row("parent_id").verdict.itemData(i) for i in range(2)] == ["keep", "return"]
    assert not again.accept_all_button.isEnabled()
    again.reject()


def test_a_long_document_comment_is_refused(qtbot: QtBot, site: Site,
                                            with_documents: tuple[Family, int],
                                            director: Desk) -> None:
    _, request_id = with_documents
    director.sync()
    detail = open_detail(qtbot, director, request_id)
    detail.documents_button.click()
    dialog = opened(detail, DocumentsReviewDialog)
    dialog.set_verdict("parent_id", "return", "x" * (COMMENT_LIMIT + 1))
    assert dialog.hint.text() == ("The comment on “Parent's ID card” is too long: at most "
                                  "2000 characters.")
    assert not dialog.record_button.isEnabled()
    assert dialog.row("parent_id").counter.text() == "2001 / 2000"
    dialog.reject()
    with pytest.raises(actions.ActionRefused) as refused:
        actions.return_documents(director.cache, request_id, {"pmpk": "нет такого"})
    assert refused.value.code == review.DOCUMENT_NOT_REVIEWABLE
    assert director.outbox() == []


# refusals at recording time, and the list page


def test_a_refusal_while_recording_is_said_in_the_detail(qtbot: QtBot, site: Site,
                                                         director: Desk) -> None:
    request_id = site.requests[0]["id"]
    detail = open_detail(qtbot, director, request_id)
    detail.accept_button.click()
    confirm = opened(detail, AcceptDialog)
    # Between the look and the click, a decision on it was recorded (from the command line).
    actions.decline(director.cache, request_id, "no_places")
    confirm.accept_button.click()
    assert [e.name for e in director.outbox()] == ["decline_request"]
    assert detail.message.text() == (
        "Not recorded: A decision on this request is waiting to be sent to the portal. The "
        "next one can be made when the portal has answered, after the next sync.")
    assert not detail.accept_button.isEnabled()


def test_the_requests_page_opens_the_detail_ready_to_decide(qtbot: QtBot, site: Site,
                                                            director: Desk) -> None:
    page = RequestsPage(director.workspace, director.tasks, clock=clock)
    qtbot.addWidget(page)
    request_id = site.requests[0]["id"]
    page.open_request(request_id)
    detail = page.detail_dialog
    assert detail is not None and detail.workspace is director.workspace
    assert detail.accept_button.isEnabled()
    detail.accept_button.click()
    with qtbot.waitSignal(page.decision_recorded) as recorded:
        opened(detail, AcceptDialog).accept_button.click()
    assert recorded.args == [request_id]
    row = page.model.row_of(request_id)
    assert row is not None
    detail.close()


# the checks behind the screens (services.review), plain


def facts(age_from: int = 3, age_to: int = 4, language: str = "kk", capacity: int = 20,
          enrolled: int = 0, reserved: int = 0) -> GroupPlaces:
    return GroupPlaces(id=1, version=1, name="Күншуақ", age_from=age_from, age_to=age_to,
                       language=language, kind="general", educators="", room="",
                       capacity=capacity, enrolled=enrolled, reserved=reserved,
                       starts_on=date(2025, 9, 1), pending=False)


def codes(checked: review.AcceptReview) -> list[str]:
    return [r.code for r in checked.reasons]


def test_the_age_is_counted_on_the_groups_first_day() -> None:
    assert review.age_on(date(2021, 9, 1), date(2025, 9, 1)) == 4  # the birthday itself
    assert review.age_on(date(2021, 9, 2), date(2025, 9, 1)) == 3  # one day short
    assert review.age_on(date(2020, 2, 29), date(2025, 2, 28)) == 4
    fits = review.review_accept(date(2021, 3, 15), ["kk", "ru"], facts())
    assert fits.ok and fits.age == 4
    young = review.review_accept(date(2022, 9, 2), ["kk"], facts())
    assert codes(young) == [review.TOO_YOUNG]
    assert young.reasons[0].params == {"age": 2, "day": date(2025, 9, 1), "age_from": 3,
                                       "age_to": 4}
    assert codes(review.review_accept(date(2020, 8, 31), ["kk"], facts())) == [review.TOO_OLD]
    assert codes(review.review_accept(date.min, ["kk"], facts())) == [
        review.BIRTH_DATE_UNKNOWN]
    assert codes(review.review_accept(None, ["kk"], None)) == [review.NO_GROUP]


def test_every_failed_check_is_told_at_once() -> None:
    checked = review.review_accept(date(2019, 1, 1), ["ru"], facts(capacity=2, enrolled=1,
                                                                   reserved=1))
    assert codes(checked) == [review.TOO_OLD, review.LANGUAGE_NOT_ASKED,
                              review.NO_FREE_PLACES]
    assert checked.reasons[1].params == {"language": "kk", "languages": ("ru",)}
    assert checked.reasons[2].params == {"capacity": 2, "enrolled": 1, "reserved": 1}


def test_the_occupancy_now_and_after_accepting() -> None:
    now = Occupancy(20, 12, 3)
    after = now.with_one_more()
    assert (now.taken, now.free, now.over) == (15, 5, False)
    assert (after.enrolled, after.reserved, after.taken, after.free) == (12, 4, 16, 4)
    full = Occupancy(2, 1, 1)
    assert (full.free, full.with_one_more().over, full.with_one_more().free) == (0, True, 0)
    # A group already over its capacity (it was made smaller) has no free place, never less.
    assert Occupancy(1, 2, 0).free == 0


def test_what_the_requests_state_allows() -> None:
    block = review.decision_block
    for action in (review.ACCEPT, review.DECLINE):
        assert block(action, "awaiting_contract", "new", False) is None
        assert block(action, "awaiting_contract", "new", True) == review.Reason(review.PENDING)
        assert block(action, "contract_sent", "accepted", False) == review.Reason(
            review.NOT_ALLOWED_IN_STATUS, {"status": "contract_sent"})
    assert block(review.ACCEPT, "awaiting_contract", "accepted", False) == review.Reason(
        review.ALREADY_ACCEPTED)
    assert block(review.DECLINE, "awaiting_contract", "accepted", False) is None
    for action in (review.RETURN_DOCUMENTS, review.ACCEPT_DOCUMENTS):
        # Verdicts go on behind other verdicts, and while the contract is out.
        assert block(action, "awaiting_countersign", "accepted", True) is None
        assert block(action, "awaiting_contract", "declined", True) == review.Reason(
            review.PENDING)
        assert block(action, "enrolled", "enrolled", False) is not None
    assert review.documents_block({}) == review.Reason(review.NO_DOCUMENTS)
    assert review.documents_block({"pmpk": "returned"}) == review.Reason(
        review.NOTHING_TO_REVIEW)
    assert review.documents_block({"pmpk": "returned", "form_027u": "accepted"}) is None
    assert review.verdict_block(review.ACCEPT_DOCUMENTS, "pmpk", "received") is None
    assert review.verdict_block(review.ACCEPT_DOCUMENTS, "pmpk", "accepted") is not None
    assert review.verdict_block(review.RETURN_DOCUMENTS, "pmpk", "accepted") is None
    assert review.verdict_block(review.RETURN_DOCUMENTS, "pmpk", None) == review.Reason(
        review.DOCUMENT_NOT_REVIEWABLE, {"kind": "pmpk", "status": None})


def test_bad_verdicts_are_refused_before_the_outbox(site: Site, director: Desk) -> None:
    request_id = site.requests[0]["id"]
    bad: list[tuple[Any, str]] = [
        (lambda: actions.decline(director.cache, request_id, ""), "reason_required"),
        (lambda: actions.decline(director.cache, request_id, "other", "  "),
         "comment_required"),
        (lambda: actions.return_documents(director.cache, request_id, {"form_999": "x"}),
         "unknown_document_kind"),
        (lambda: actions.return_documents(director.cache, request_id, {"pmpk": " "}),
         "comment_required"),
        (lambda: actions.accept_documents(director.cache, request_id, []),
         "no_documents_chosen"),
        (lambda: actions.review_documents(director.cache, request_id, ["pmpk"],
                                          {"pmpk": "x"}), "conflicting_verdicts"),
        (lambda: actions.review_documents(director.cache, request_id, [], {}),
         "no_documents_chosen"),
        (lambda: actions.accept_documents(director.cache, request_id, ["pmpk"]),
         review.DOCUMENT_NOT_REVIEWABLE),
        (lambda: actions.accept(director.cache, 10**9), "not_found"),
        # Too long for the portal: refused now, not after a sync (into Needs attention).
        (lambda: actions.decline(director.cache, request_id, "other",
                                 "x" * (COMMENT_LIMIT + 1)), "comment_too_long"),
        (lambda: actions.return_documents(director.cache, request_id,
                                          {"pmpk": "x" * (COMMENT_LIMIT + 1)}),
         "comment_too_long"),
    ]
    for record, code in bad:
        with pytest.raises(actions.ActionRefused) as refused:
            record()
        assert refused.value.code == code
        # Each has words of its own for a person, not the unexpected-refusal fallback.
        assert refusal_text(refused.value)
        assert "Unexpected refusal" not in refusal_text(refused.value)
    assert director.outbox() == []


def test_the_kept_reasons_always_offer_other(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.db", "0123456789abcdef" * 4)
    try:
        assert [(r.code, dict(r.labels)) for r in review.decline_reasons(cache)] == [
            ("other", {})]
        assert review.decline_reasons_age(cache, datetime.now(UTC)) is None
        kept = review.keep_decline_reasons(cache, [
            {"code": "no_places", "kk": "Бос орын жоқ", "ru": "Нет свободных мест",
             "en": "No free places"}, {"bad": "entry"}, "junk"])
        assert [r.code for r in kept] == ["no_places", "other"]
        assert kept[0].label("ru") == "Нет свободных мест" and kept[0].label("xx") == (
            "Нет свободных мест")
        age = review.decline_reasons_age(cache, datetime.now(UTC))
        assert age is not None and 0 <= age < 60
    finally:
        cache.close()


def test_the_detail_shows_the_documents_beside_it_and_downloads_one(
        qtbot: QtBot, site: Site, with_documents: tuple[Family, int],
        methodologist: Desk) -> None:
    _, request_id = with_documents
    methodologist.sync()
    detail = open_detail(qtbot, methodologist, request_id)
    panel = detail.documents_panel
    assert panel is not None and panel.request_id == request_id
    assert detail.tabs.count() == 2 and detail.tabs.tabText(1) == "Documents"
    received = panel.row("form_027u")
    missing = panel.row("form_065u")
    assert received is not None and received.status == "received"
    assert missing is not None and missing.document_id is None
    store = methodologist.workspace.documents
    path = store.download(methodologist.workspace.client, received.document_id,
                          received.sha256)
    assert path.exists() and b"%PDF" not in path.read_bytes()  # kept encrypted
    assert store.read(received.sha256).startswith(b"%PDF")


def test_a_reviewed_document_opens_from_the_review_and_its_comment_takes_lines(
        qtbot: QtBot, site: Site, with_documents: tuple[Family, int], director: Desk) -> None:
    _, request_id = with_documents
    director.sync()
    detail = open_detail(qtbot, director, request_id)
    panel = detail.documents_panel
    assert panel is not None
    detail.documents_button.click()
    dialog = opened(detail, DocumentsReviewDialog)
    row = dialog.row("form_027u")
    assert row.open_button.isVisibleTo(dialog) and row.open_button.text() == "Open document"
    assert not row.open_button.autoDefault()
    # The project's viewer, with the document downloaded first.
    row.open_button.click()
    qtbot.waitUntil(lambda: panel.viewer is not None and panel.viewer.isVisible(),
                    timeout=20_000)
    panel.viewer.close()
    # What to correct, over several lines, counted against the portal's limit.
    dialog.set_verdict("form_027u", "return")
    comment = "Мөрі анық емес.\nҚолы жоқ: дәрігер қол қойсын."
    row.comment.setPlainText(comment)
    assert row.counter.isVisibleTo(dialog)
    assert row.counter.text() == f"{len(comment)} / {COMMENT_LIMIT}"
    assert dialog.verdicts() == ([], {"form_027u": comment})
    dialog.reject()
