"""Each rule of docs/lifecycle.md and each archive reason, over HTTP against a live sandbox."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from portal_sandbox.client import PortalError
from portal_sandbox.iin import make_iin
from portal_sandbox.workdays import PORTAL_TZ
from tests.support.sandbox import start_sandbox, stop_sandbox
from tests.support.world import World


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=PORTAL_TZ)  # type: ignore[misc]


def iso(*parts: int) -> str:
    return local(*parts).isoformat()


def refused(code: str, call: Any, *args: Any, **kwargs: Any) -> PortalError:
    with pytest.raises(PortalError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value.body
    return caught.value


def test_application_is_queued_with_a_position(world: World) -> None:
    world.client.set_clock(local(2025, 2, 3, 10))
    family, app = world.application(languages=["kk", "ru"])
    assert app["status"] == "queued"
    assert app["queue_position"] == 1
    assert app["languages"] == ["kk", "ru"]
    assert app["priority_category"] == "age_3"
    assert app["number"] > 257000
    refused("application_exists", world.client.apply, family.parent, family.child_iin,
            world.locality, ["kk"])
    notes = world.client.json("GET", "/api/v1/me/notifications", session=family.parent,
                              headers={"Accept-Language": "ru"})
    assert notes[0]["text"] == "Ваша заявка принята. Место в очереди 1"


def test_queue_order_is_priority_then_submission_time(world: World) -> None:
    world.client.set_clock(local(2025, 2, 3, 9))
    _, first = world.application()
    world.client.advance(hours=1)
    _, second = world.application()
    world.client.advance(hours=1)
    priority_family, priority = world.application(priority="large_family")
    assert priority["queue_position"] == 1
    issued = world.client.issue_vouchers(world.locality, 1)
    assert [a["id"] for a in issued] == [priority["id"]]
    issued = world.client.issue_vouchers(world.locality, 5)
    assert [a["id"] for a in issued] == [first["id"], second["id"]]
    assert world.client.application(priority_family.parent, priority["id"])["queue_position"] \
        is None


def test_voucher_deadline_is_two_working_days(world: World) -> None:
    family, app = world.with_voucher(local(2025, 2, 6, 16, 46))
    assert app["status"] == "voucher_issued"
    assert app["voucher"]["confirm_by"] == iso(2025, 2, 10, 23, 59, 59)
    notes = world.client.json("GET", "/api/v1/me/notifications", session=family.parent,
                              headers={"Accept-Language": "ru"})
    assert "Подтвердите заинтересованность до 10.02.2025" in notes[0]["text"]


def test_voucher_deadline_across_nauryz(world: World) -> None:
    _, app = world.with_voucher(local(2025, 3, 20, 10))
    assert app["voucher"]["confirm_by"] == iso(2025, 3, 27, 23, 59, 59)


def test_confirm_opens_five_working_days(world: World) -> None:
    family, app = world.with_voucher(local(2025, 2, 6, 16, 46))
    world.client.set_clock(local(2025, 2, 7, 11))
    app = world.client.act(family.parent, app["id"], "confirm")
    assert app["status"] == "choosing"
    assert app["voucher"]["confirmed_at"].startswith("2025-02-07T11:00")
    assert app["voucher"]["enroll_by"] == iso(2025, 2, 14, 23, 59, 59)


def test_no_decides_archive(world: World) -> None:
    family, app = world.with_voucher(local(2025, 2, 6, 10))
    app = world.client.act(family.parent, app["id"], "decline")
    assert (app["status"], app["archive_reason"]) == ("archived", "declined")
    refused("not_allowed_in_status", world.client.act, family.parent, app["id"], "confirm")


def test_no_answer_sends_to_the_stop_list(world: World) -> None:
    family, app = world.with_voucher(local(2025, 2, 6, 10))
    world.client.set_clock(local(2025, 2, 10, 23, 59))
    assert world.client.application(family.parent, app["id"])["status"] == "voucher_issued"
    moved = world.client.set_clock(local(2025, 2, 11, 0, 1))
    assert moved["deadlines_applied"] >= 1
    app = world.client.application(family.parent, app["id"])
    assert app["status"] == "stop_list"
    # Annulled as 11.02 began; 28 calendar days from that day.
    assert app["stop_list_until"] == iso(2025, 3, 11, 23, 59, 59)
    refused("not_allowed_in_status", world.client.act, family.parent, app["id"], "confirm")


def test_restore_once_then_a_second_silence_archives(world: World) -> None:
    family, app = world.with_voucher(local(2025, 2, 6, 10))
    world.client.set_clock(local(2025, 3, 11, 12))  # on the stop-list, day 28
    app = world.client.act(family.parent, app["id"], "restore")
    assert (app["status"], app["restored"]) == ("queued", True)
    assert app["voucher"] is None
    world.client.issue_vouchers(world.locality, 1)
    world.client.advance(days=5)
    app = world.client.application(family.parent, app["id"])
    assert (app["status"], app["archive_reason"]) == ("archived", "second_no_response")


def test_restore_is_not_offered_twice(world: World) -> None:
    family, app = world.with_voucher(local(2025, 2, 6, 10))
    world.client.set_clock(local(2025, 2, 12, 12))
    world.client.act(family.parent, app["id"], "restore")
    refused("not_allowed_in_status", world.client.act, family.parent, app["id"], "restore")


def test_after_28_days_the_stop_list_archives(world: World) -> None:
    family, app = world.with_voucher(local(2025, 2, 6, 10))
    world.client.set_clock(local(2025, 3, 12, 0, 0, 5))
    app = world.client.application(family.parent, app["id"])
    assert (app["status"], app["archive_reason"]) == ("archived", "stop_list_expired")
    refused("not_allowed_in_status", world.client.act, family.parent, app["id"], "restore")


def test_extension_only_on_the_fifth_day_and_only_once(world: World) -> None:
    family, app = world.with_voucher(local(2025, 2, 6, 10))
    world.client.set_clock(local(2025, 2, 7, 11))
    world.client.act(family.parent, app["id"], "confirm")
    world.client.set_clock(local(2025, 2, 13, 12))  # the 4th working day
    assert world.client.application(family.parent, app["id"])["extension_available"] is False
    refused("extension_not_available", world.client.act, family.parent, app["id"], "extend")
    world.client.set_clock(local(2025, 2, 14, 9))  # the 5th
    assert world.client.application(family.parent, app["id"])["extension_available"] is True
    app = world.client.act(family.parent, app["id"], "extend")
    assert app["voucher"]["extended"] is True
    assert app["voucher"]["enroll_by"] == iso(2025, 2, 18, 23, 59, 59)
    world.client.set_clock(local(2025, 2, 18, 10))
    refused("extension_not_available", world.client.act, family.parent, app["id"], "extend")


def test_window_closing_archives_and_frees_the_reserved_place(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    family, app = world.request_at(kg, at=local(2025, 2, 6, 10))
    assert app["status"] == "awaiting_contract"
    assert world.mutate(director, "accept_request", {"request_id": app["id"]})["outcome"] \
        == "applied"
    groups = world.client.json("GET", "/api/v1/kindergartens",
                               params={"locality": world.locality})[0]["groups"]
    assert groups[0]["reserved"] == 1
    world.client.set_clock(local(2025, 2, 25, 9))
    app = world.client.application(family.parent, app["id"])
    assert (app["status"], app["archive_reason"]) == ("archived", "enrollment_window_expired")
    groups = world.client.json("GET", "/api/v1/kindergartens",
                               params={"locality": world.locality})[0]["groups"]
    assert groups[0]["reserved"] == 0
    request = next(c for c in world.changes(director)["changes"]
                   if c["type"] == "request" and c["id"] == app["id"])
    assert request["data"]["status"] == "archived"


def test_withdrawn(world: World) -> None:
    world.client.set_clock(local(2025, 2, 3, 9))
    family, app = world.application()
    app = world.client.act(family.parent, app["id"], "withdraw")
    assert (app["status"], app["archive_reason"]) == ("archived", "withdrawn")


def test_choosing_a_group_checks_age_language_and_places(world: World) -> None:
    kg = world.kindergarten(groups=[
        {"name": "Ясли", "age_from": 1, "age_to": 2, "language": "kk", "capacity": 10},
        {"name": "Средняя", "age_from": 3, "age_to": 4, "language": "ru", "capacity": 10},
        {"name": "Ортаңғы", "age_from": 3, "age_to": 4, "language": "kk", "capacity": 1},
    ])
    family, app = world.with_voucher(local(2025, 2, 6, 10))
    world.client.act(family.parent, app["id"], "confirm")
    for group, code in ((0, "group_mismatch"), (1, "group_mismatch")):
        refused(code, world.client.act, family.parent, app["id"], "enrollment",
                json={"kindergarten_id": kg["id"], "group_id": kg["groups"][group]["id"]})
    app = world.client.act(family.parent, app["id"], "enrollment", json={
        "kindergarten_id": kg["id"], "group_id": kg["groups"][2]["id"]})
    assert app["status"] == "awaiting_contract"


def test_a_declined_request_lets_the_parent_choose_again(world: World) -> None:
    kg = world.kindergarten()
    other = world.kindergarten(name="«Ақбота» балабақшасы")
    director = world.staff(kg, ["director"])
    family, app = world.request_at(kg, at=local(2025, 2, 6, 10))
    snapshot = world.changes(director)
    assert any(c["type"] == "request" and c["id"] == app["id"] for c in snapshot["changes"])
    result = world.mutate(director, "decline_request",
                          {"request_id": app["id"], "reason": "no_places"})
    assert result["outcome"] == "applied"
    app = world.client.application(family.parent, app["id"])
    assert (app["status"], app["decline_reason"], app["kindergarten_id"]) == \
        ("choosing", "no_places", None)
    delta = world.changes(director, snapshot["cursor"])
    tombstone = next(c for c in delta["changes"] if c["type"] == "request")
    assert (tombstone["id"], tombstone["deleted"], tombstone["data"]) == (app["id"], True, None)
    app = world.client.act(family.parent, app["id"], "enrollment", json={
        "kindergarten_id": other["id"], "group_id": other["groups"][0]["id"]})
    assert (app["status"], app["kindergarten_id"]) == ("awaiting_contract", other["id"])


def test_every_transition_is_journaled(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    _, app = world.request_at(kg, at=local(2025, 2, 6, 10))
    request = next(c for c in world.changes(director)["changes"]
                   if c["type"] == "request" and c["id"] == app["id"])
    events = [(h["event"], h["to_status"], h["actor_kind"]) for h in request["data"]["history"]]
    assert events == [
        ("submitted", "queued", "parent"),
        ("voucher_issued", "voucher_issued", "portal"),
        ("voucher_confirmed", "choosing", "parent"),
        ("request_sent", "awaiting_contract", "parent"),
    ]
    assert request["data"]["history"][0]["actor_name"] == "Сейткали Әйгерім"


@pytest.mark.live
def test_calendar_days_setting(tmp_path: Any) -> None:
    from portal_sandbox.client import SandboxClient

    process, url = start_sandbox(tmp_path, None, "--confirm-unit", "calendar")
    try:
        with SandboxClient(url) as client:
            world = World(client)
            _, app = world.with_voucher(local(2025, 2, 6, 16, 46))
            assert app["voucher"]["confirm_by"] == iso(2025, 2, 8, 23, 59, 59)
    finally:
        stop_sandbox(process)


def test_children_must_be_the_parents_per_the_register(world: World) -> None:
    family = world.family()
    stranger = world.person(date(2021, 1, 1), "male")
    refused("not_your_child", world.client.add_child, family.parent, stranger)
    refused("child_exists", world.client.add_child, family.parent, family.child_iin)
    unknown = make_iin(date(2021, 2, 2), "female", 9321)
    refused("child_not_in_register", world.client.add_child, family.parent, unknown)
    refused("invalid_iin", world.client.add_child, family.parent, unknown[:-1] + "0"
            if unknown[-1] != "0" else unknown[:-1] + "1")


def test_the_register_never_rewrites_a_person(world: World) -> None:
    iin = world.person(date(1990, 4, 4), "female", last_name="Ахметова", first_name="Дана")
    # The same record again is harmless; another person under the same IIN is refused.
    world.client.add_person(iin, "Ахметова", "Дана", "Нұрланқызы", "female", date(1990, 4, 4))
    refused("person_exists", world.client.add_person, iin, "Петрова", "Анна", "", "female",
            date(1990, 4, 4))
    assert world.client.json("GET", f"/sandbox/registry/{iin}")["last_name"] == "Ахметова"
