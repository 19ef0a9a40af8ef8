"""The request detail on a live sandbox: the child with the age on the group's first day, the
parent, the application, the voucher with its extension, the group and its places, the
documents, working days left and the history (each transition with its time and who made
it), in English, Kazakh and Russian."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.services import actions
from desktop.views.dialogs.decision_dialogs import AcceptDialog, DeclineDialog
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.widgets.request_detail import RequestDetailDialog, load_details
from portal_sandbox.workdays import PORTAL_TZ
from tests.support.desks import (
    Desk,
    clock,
    confirm_decline,
    open_detail,
    opened,
    portal_decides,
    request_with,
    upload,
)
from tests.support.sites import START, Site


def fields(dialog: RequestDetailDialog, section: str) -> dict[str, str]:
    """A section's rows as {label: value}."""
    form = dialog.detail.forms[section]
    shown = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, form.ItemRole.LabelRole)
        value = form.itemAt(row, form.ItemRole.FieldRole)
        if label is not None and value is not None:
            name, text = label.widget(), value.widget()
            assert isinstance(name, QLabel) and isinstance(text, QLabel)
            shown[name.text()] = text.text()
    return shown


def history(dialog: RequestDetailDialog) -> list[str]:
    items = dialog.detail.history
    return [items.item(i).text() for i in range(items.count())]


def test_every_section_of_a_new_request(qtbot: QtBot, site: Site, director: Desk) -> None:
    request = site.requests[0]
    dialog = open_detail(qtbot, director, request["id"])
    number = request["number"]
    assert dialog.windowTitle() == f"Request №{number}"
    assert dialog.detail.title.text() == (f"Request №{number} — Сейткали Нұрсұлтан "
                                          "Нұрланұлы")
    assert fields(dialog, "child") == {
        "Name": "Сейткали Нұрсұлтан Нұрланұлы", "IIN": request["child"]["iin"],
        "Born": "15.03.2021", "Sex": "Boy",
        "Age when the group starts": "4 year(s) on 01.09.2025"}
    parent = fields(dialog, "parent")
    assert parent["Name"] == "Сейткали Әйгерім Нұрланқызы"
    assert len(parent["IIN"]) == 12 and parent["Phone"].startswith("+7747")
    assert fields(dialog, "application") == {
        "Number": str(number), "Status": "Awaiting the contract", "Review": "New",
        "Submitted": "06.02.2025 10:00", "Requested": "06.02.2025 10:00",
        "Queue": "General", "Languages": "Kazakh, Russian",
        "Priority category": "Children, 3 year(s)", "Locality": site.world.locality}
    # Issued on Thursday 06.02.2025: confirm by Monday, then 5 working days to enroll.
    assert fields(dialog, "voucher") == {
        "Issued": "06.02.2025 10:00", "Confirm by": "10.02.2025 23:59",
        "Confirmed": "06.02.2025 10:00", "Enroll by": "13.02.2025 23:59", "Extended": "No",
        "Working days left": "5"}
    assert fields(dialog, "group") == {
        "Name": "Ортаңғы топ «Күншуақ»", "Ages": "3–4 years", "Language": "Kazakh",
        "Starts": "01.09.2025",
        "Places": "0 of 20 places taken: 0 enrolled, 0 reserved; 20 free",
        "Free places": "20"}
    assert fields(dialog, "documents") == {
        name: "Not uploaded yet" for name in (
            "Medical certificate (form 027/u)", "Birth certificate", "Parent's ID card",
            "Health passport (form 052-2/u)", "Vaccination card (form 065/u)")}
    parent_actor = "Сейткали Әйгерім (parent)"
    assert history(dialog) == [
        f"06.02.2025 10:00 · Application submitted · {parent_actor}",
        "06.02.2025 10:00 · Voucher issued · the portal",
        f"06.02.2025 10:00 · Parent confirmed the voucher · {parent_actor}",
        f"06.02.2025 10:00 · Request sent to the kindergarten · {parent_actor} · "
        f"{site.kindergarten['name']}"]


def test_an_extension_reviewed_documents_and_a_decline_read_as_words(
        qtbot: QtBot, site: Site, director: Desk) -> None:
    family, request_id = request_with(site, ["kk"], group_index=0)
    upload(site, family, request_id, "form_027u", "birth_certificate")
    portal_decides(site, "return_documents", {"request_id": request_id,
                                              "comments": {"form_027u": "Мөрі анық емес"}})
    portal_decides(site, "accept_documents", {"request_id": request_id,
                                              "kinds": ["birth_certificate"]})
    # The parent's last day: the one extension by two working days.
    client = site.world.client
    client.set_clock(datetime(2025, 2, 13, 12, tzinfo=PORTAL_TZ))
    client.act(family.parent, request_id, "extend")
    director.sync()
    dialog = open_detail(qtbot, director, request_id)
    voucher = fields(dialog, "voucher")
    assert (voucher["Enroll by"], voucher["Extended"]) == ("17.02.2025 23:59",
                                                           "Yes, once by 2 working days")
    documents = fields(dialog, "documents")
    assert documents["Medical certificate (form 027/u)"] == (
        "Returned for correction: “Мөрі анық емес”")
    assert documents["Birth certificate"] == "Accepted"
    lines = history(dialog)
    assert lines[4].endswith("Document uploaded · Сейткали Әйгерім (parent) · Medical "
                             "certificate (form 027/u)")
    reviewed = [line for line in lines if "Documents reviewed" in line]
    assert [line.split(" · ", 3)[3] for line in reviewed] == [
        "Medical certificate (form 027/u): Returned for correction",
        "Birth certificate: Accepted"]
    assert all(line.split(" · ")[2].endswith("(kindergarten)") for line in reviewed)
    assert lines[-1] == ("13.02.2025 12:00 · Enrollment window extended · Сейткали Әйгерім "
                         "(parent) · 17.02.2025 23:59")
    # A decline kept locally shows the portal's words for its reason.
    dialog.decline_button.click()
    opened(dialog, DeclineDialog).reject()  # fetches the portal's list of reasons
    actions.decline(director.cache, request_id, "no_places", "Мест нет до осени")
    dialog.reload()
    assert fields(dialog, "application")["Decline reason"] == ("No free places — Мест нет до "
                                                               "осени")


def test_a_request_no_longer_cached_says_so(qtbot: QtBot, director: Desk) -> None:
    dialog = open_detail(qtbot, director, 10**9)
    assert dialog.detail.details is None
    assert dialog.detail.title.text() == "This request is no longer in the cache."
    assert not dialog.detail.sections["child"].isVisibleTo(dialog)
    for button in dialog.buttons_by_action.values():
        assert not button.isEnabled()
    assert dialog.accept_button.toolTip() == ("The request is no longer in this computer's "
                                              "copy.")


def test_the_detail_and_the_portals_reasons_follow_the_language(
        qtbot: QtBot, site: Site, director: Desk, languages: LanguageSwitcher) -> None:
    request_id = site.requests[1]["id"]
    dialog = open_detail(qtbot, director, request_id)
    dialog.decline_button.click()
    decline = opened(dialog, DeclineDialog)
    box = dialog.detail.sections["child"]
    for language, child, status, no_places in (
            ("kk", "Бала", "Шартты күтуде", "Бос орын жоқ"),
            ("ru", "Ребёнок", "Ожидает договор", "Нет свободных мест"),
            ("en", "Child", "Awaiting the contract", "No free places")):
        languages.apply(language)

        def retitled(title: str = child) -> bool:
            return box.title() == title

        qtbot.waitUntil(retitled)
        assert status in fields(dialog, "application").values()
        assert decline.reason.itemText(decline.reason.findData("no_places")) == no_places
    decline.reject()
    actions.decline(director.cache, request_id, "no_places")
    for language, expected in (("kk", "Бос орын жоқ"), ("ru", "Нет свободных мест")):
        languages.apply(language)
        dialog.reload()
        assert expected in fields(dialog, "application").values()


def test_working_days_left_count_from_the_clock(qtbot: QtBot, site: Site,
                                                director: Desk) -> None:
    details = load_details(director.cache, site.requests[0]["id"])
    dialog = RequestDetailDialog(workspace=director.workspace, tasks=director.tasks)
    qtbot.addWidget(dialog)
    # Monday 10.02: Tue, Wed and Thu are left before the window closes on Thursday.
    dialog.show_details(details, datetime(2025, 2, 10, 9, tzinfo=PORTAL_TZ).astimezone(UTC))
    assert fields(dialog, "voucher")["Working days left"] == "3"
    dialog.show_details(details, clock())
    assert fields(dialog, "voucher")["Working days left"] == "5"
    assert START.date().isoformat() == "2025-02-06"


def test_a_decisions_note_stays_with_its_request_and_follows_the_language(
        qtbot: QtBot, site: Site, director: Desk, languages: LanguageSwitcher) -> None:
    # One window shows one request after another, as the requests page reuses it.
    first, second, third = (r["id"] for r in site.requests)
    detail = open_detail(qtbot, director, first)
    detail.accept_button.click()
    with qtbot.waitSignal(detail.decision_recorded):
        opened(detail, AcceptDialog).accept_button.click()
    # Nothing sends it in this test: online, a recorded decision is said to be on its way.
    accepted = "Accepted: a place is reserved. Sending it to the portal…"
    assert detail.message.text() == accepted
    detail.show_details(load_details(director.cache, second), clock())
    assert not detail.message.isVisibleTo(detail) and detail.message.text() == ""
    detail.decline_button.click()
    decline = opened(detail, DeclineDialog)
    decline.reason.setCurrentIndex(decline.reason.findData("no_places"))
    decline.decline_button.click()
    with qtbot.waitSignal(detail.decision_recorded):
        confirm_decline(decline)  # the group has free places: asked first
    assert detail.message.text().startswith("Declined.")
    detail.show_details(load_details(director.cache, third), clock())
    assert not detail.message.isVisibleTo(detail)
    # Back on the first request, its own note again, in the language chosen since.
    detail.show_details(load_details(director.cache, first), clock())
    assert detail.message.isVisibleTo(detail) and detail.message.text() == accepted

    def says(start: str) -> bool:
        return detail.message.text().startswith(start)

    languages.apply("ru")
    qtbot.waitUntil(lambda: says("Принята"))
    assert detail.message.text() == "Принята: место забронировано. Отправляется на портал…"
    languages.apply("kk")
    qtbot.waitUntil(lambda: says("Қабылданды: орын брондалды."))
    # A refusal is a note of its request too, and is said again in the new language.
    actions.decline(director.cache, third, "no_places")
    detail.show_details(load_details(director.cache, third), clock())
    detail._record_accept(third)
    assert detail.message.text().startswith("Тіркелмеді: ")
    languages.apply("en")
    qtbot.waitUntil(lambda: says("Not recorded: A decision on this request is"))


def _no_sideways_scrolling(dialog: RequestDetailDialog) -> bool:
    """The sections fit the window's width, or the window is as wide as the screen."""
    detail = dialog.detail
    screen = dialog.screen().availableGeometry()
    return detail.body.minimumSizeHint().width() <= detail.scroll_area.viewport().width() \
        or dialog.width() >= screen.width() - 16


def test_the_window_fits_its_sections_in_every_language(
        qtbot: QtBot, site: Site, director: Desk, languages: LanguageSwitcher) -> None:
    request = site.requests[0]
    dialog = open_detail(qtbot, director, request["id"])
    qtbot.waitUntil(lambda: _no_sideways_scrolling(dialog))
    # The window is sized to the sections, not a fixed 820×720 with a scroll bar below.
    assert dialog.width() >= dialog.detail.body.minimumSizeHint().width()
    for language in ("kk", "ru", "en"):
        languages.apply(language)
        qtbot.waitUntil(lambda: _no_sideways_scrolling(dialog))
        assert dialog.height() <= dialog.screen().availableGeometry().height()


def test_ages_and_the_queue_read_alike_in_every_language(
        qtbot: QtBot, site: Site, director: Desk, languages: LanguageSwitcher) -> None:
    dialog = open_detail(qtbot, director, site.requests[0]["id"])
    for language, ages, queue in (("kk", "3–4 жас", "Жалпы"), ("ru", "3–4 года", "Общая"),
                                  ("en", "3–4 years", "General")):
        languages.apply(language)

        def retranslated(expected: str = queue) -> bool:
            return expected in fields(dialog, "application").values()

        qtbot.waitUntil(retranslated)
        assert ages in fields(dialog, "group").values()
