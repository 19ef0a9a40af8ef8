"""The staff side: the change feed, the mutation protocol, isolation, roles, capacity."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import datetime
from typing import Any

import httpx
import pytest

from portal_sandbox.client import PortalError
from portal_sandbox.workdays import PORTAL_TZ
from tests.support.world import World, payload_sha256

START = datetime(2025, 2, 6, 10, tzinfo=PORTAL_TZ)


@pytest.fixture(autouse=True)
def _start_of_february(world: World) -> None:
    # Groups start on the 1st of September after "now": fix now before any group is made.
    world.client.set_clock(START)


def by_type(changes: list[dict[str, Any]], type_: str) -> list[dict[str, Any]]:
    return [c for c in changes if c["type"] == type_]


def group_state(world: World, staff: Any, group_id: int) -> dict[str, Any]:
    snapshot = world.changes(staff)
    return next(c["data"] for c in by_type(snapshot["changes"], "group") if c["id"] == group_id)


def test_snapshot_then_empty_delta(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    page = world.changes(director)
    assert page["has_more"] is False
    assert [c["id"] for c in by_type(page["changes"], "kindergarten")] == [kg["id"]]
    assert sorted(c["id"] for c in by_type(page["changes"], "group")) == \
        sorted(g["id"] for g in kg["groups"])
    assert page["counts"]["group"] == 2
    assert page["counts"]["request"] == 0
    response = world.client.call("GET", "/api/v1/staff/changes", session=director,
                                 params={"cursor": page["cursor"]})
    empty = response.json()
    assert empty["changes"] == []
    assert empty["cursor"] == page["cursor"]
    assert len(response.content) < 2048
    again = world.client.http.get("/api/v1/staff/changes", params={"cursor": page["cursor"]},
                                  headers={**director.headers,
                                           "If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


def test_delta_after_a_change_and_paging(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    cursor = world.changes(director)["cursor"]
    world.client.set_clock(START)
    apps = [world.request_at(kg, group_index=1)[1] for _ in range(3)]
    seen: dict[tuple[str, int], int] = {}
    pages = 0
    while True:
        page = world.client.json("GET", "/api/v1/staff/changes", session=director,
                                 params={"cursor": cursor, "limit": 2})
        pages += 1
        for change in page["changes"]:
            key = (change["type"], change["id"])
            assert key not in seen or seen[key] < change["version"] or change["type"] == "group"
            seen[key] = change["version"]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert pages >= 3
    assert {a["id"] for a in apps} <= {i for t, i in seen if t == "request"}
    assert page["counts"]["request"] == 3
    assert page["counts"]["notification"] >= 3
    snapshot = world.client.call("GET", "/api/v1/staff/changes", session=director)
    assert snapshot.headers["content-encoding"] == "gzip"  # snapshots travel compressed


def test_bad_cursors(world: World) -> None:
    kg = world.kindergarten()
    other = world.kindergarten()
    director = world.staff(kg, ["director"])
    others = world.staff(other, ["director"])
    for cursor in ("garbage!", "eyJrIjoxfQ"):
        with pytest.raises(PortalError) as caught:
            world.changes(director, cursor)
        assert (caught.value.status, caught.value.code) == (400, "cursor_invalid")
    with pytest.raises(PortalError) as caught:
        world.changes(director, world.changes(others)["cursor"])
    assert caught.value.code == "cursor_invalid"


def test_kindergartens_never_see_each_other(world: World) -> None:
    kg, other = world.kindergarten(), world.kindergarten()
    director, stranger = world.staff(kg, ["director"]), world.staff(other, ["director"])
    world.client.set_clock(START)
    _, app = world.request_at(kg)
    theirs = world.changes(stranger)
    assert by_type(theirs["changes"], "request") == []
    assert {c["data"]["kindergarten_id"] for c in by_type(theirs["changes"], "group")} == \
        {other["id"]}
    result = world.mutate(stranger, "accept_request", {"request_id": app["id"]})
    assert (result["outcome"], result["code"]) == ("invalid", "not_found")
    assert "current" not in result
    assert world.mutate(director, "accept_request", {"request_id": app["id"]})["outcome"] == \
        "applied"


def test_roles_are_enforced_by_the_portal(world: World) -> None:
    kg = world.kindergarten()
    methodologist = world.staff(kg, ["methodologist"])
    administrator = world.staff(kg, ["administrator"])
    world.client.set_clock(START)
    _, app = world.request_at(kg)
    for staff in (methodologist, administrator):
        result = world.mutate(staff, "accept_request", {"request_id": app["id"]})
        assert (result["outcome"], result["code"]) == ("invalid", "forbidden_role")
        assert result["reason"]
    result = world.mutate(administrator, "return_documents",
                          {"request_id": app["id"], "comments": {"form_027u": "нечитаемо"}})
    assert result["code"] == "forbidden_role"


def test_capacity_is_never_exceeded(world: World) -> None:
    kg = world.kindergarten()  # the Kazakh group has 2 places
    director = world.staff(kg, ["director"])
    world.client.set_clock(START)
    apps = [world.request_at(kg)[1] for _ in range(3)]
    outcomes = [world.mutate(director, "accept_request", {"request_id": a["id"]})
                for a in apps]
    assert [o["outcome"] for o in outcomes] == ["applied", "applied", "conflict"]
    assert outcomes[2]["code"] == "capacity_exceeded"
    assert outcomes[2]["current"]["data"]["review"] == "new"
    group_id = kg["groups"][0]["id"]
    group = group_state(world, director, group_id)
    assert (group["capacity"], group["reserved"], group["free"]) == (2, 2, 0)
    shrink = world.mutate(director, "set_capacity", {"group_id": group_id, "capacity": 1})
    assert (shrink["outcome"], shrink["code"]) == ("conflict", "capacity_exceeded")
    grow = world.mutate(director, "set_capacity", {"group_id": group_id, "capacity": 3,
                                                   "base_version": group["version"]})
    assert grow["outcome"] == "applied"
    assert world.mutate(director, "accept_request",
                        {"request_id": apps[2]["id"]})["outcome"] == "applied"


def push(world: World, staff: Any, mutations: list[dict[str, Any]],
         client_id: str) -> dict[str, Any]:
    result: dict[str, Any] = world.client.json(
        "POST", "/api/v1/staff/mutations", session=staff,
        json={"client_id": client_id, "mutations": mutations})
    return result


def mutation(seq: int, name: str, args: dict[str, Any]) -> dict[str, Any]:
    return {"seq": seq, "id": str(uuid.uuid4()), "name": name, "args": args,
            "payload_sha256": payload_sha256(name, args)}


def test_replays_return_the_first_answer_and_apply_once(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    world.client.set_clock(START)
    _, app = world.request_at(kg, group_index=1)
    client_id = f"desk-{uuid.uuid4()}"
    accept = mutation(1, "accept_request", {"request_id": app["id"]})
    first = push(world, director, [accept], client_id)["results"][0]
    assert first["outcome"] == "applied"
    again = push(world, director, [accept], client_id)
    assert again["results"][0]["outcome"] == "applied"
    assert again["results"][0]["replayed"] is True
    assert again["last_seq"] == 1
    assert group_state(world, director, kg["groups"][1]["id"])["reserved"] == 1
    last = world.client.json("GET", "/api/v1/staff/mutations/last", session=director,
                             params={"client_id": client_id})
    assert last["last_seq"] == 1


def test_a_reused_sequence_number_with_another_payload_is_loud(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    world.client.set_clock(START)
    _, app = world.request_at(kg, group_index=1)
    client_id = f"desk-{uuid.uuid4()}"
    push(world, director, [mutation(1, "accept_request", {"request_id": app["id"]})],
         client_id)
    other = mutation(1, "decline_request", {"request_id": app["id"], "reason": "no_places"})
    result = push(world, director, [other], client_id)
    assert (result["results"][0]["outcome"], result["results"][0]["code"]) == \
        ("invalid", "sequence_reused")
    assert result["last_seq"] == 1
    request = next(c for c in by_type(world.changes(director)["changes"], "request")
                   if c["id"] == app["id"])
    assert request["data"]["review"] == "accepted"  # the decline never applied


def test_the_four_outcomes_in_one_batch(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    world.client.set_clock(START)
    _, app = world.request_at(kg, group_index=1)
    _, gone = world.request_at(kg, group_index=1)
    client_id = f"desk-{uuid.uuid4()}"
    tampered = mutation(2, "accept_request", {"request_id": gone["id"]})
    tampered["payload_sha256"] = "0" * 64
    batch = [
        mutation(1, "accept_request", {"request_id": app["id"]}),
        tampered,
        mutation(3, "teleport_child", {"request_id": app["id"]}),
        mutation(5, "decline_request", {"request_id": gone["id"], "reason": "other"}),
    ]
    result = push(world, director, batch, client_id)
    outcomes = [(r["seq"], r["outcome"], r.get("code")) for r in result["results"]]
    assert outcomes == [
        (1, "applied", None),
        (2, "invalid", "payload_hash_mismatch"),
        (3, "invalid", "unknown_mutation"),
        (5, "invalid", "validation_error"),  # "other" needs a comment
    ]
    assert result["last_seq"] == 5  # invalid ones advance: the client is never stuck


def test_a_conflict_carries_the_portals_current_state(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    world.client.set_clock(START)
    family, app = world.request_at(kg, group_index=1)
    world.client.act(family.parent, app["id"], "withdraw")
    result = world.mutate(director, "accept_request", {"request_id": app["id"]})
    assert (result["outcome"], result["code"]) == ("conflict", "not_allowed_in_status")
    assert result["current"]["data"]["status"] == "archived"
    assert result["current"]["data"]["archive_reason"] == "withdrawn"


def test_a_colleague_decided_first(world: World) -> None:
    kg = world.kindergarten()
    first, second = world.staff(kg, ["director"]), world.staff(kg, ["director"])
    world.client.set_clock(START)
    _, app = world.request_at(kg, group_index=1)
    version = next(c for c in by_type(world.changes(first)["changes"], "request")
                   if c["id"] == app["id"])["version"]
    mine = world.mutate(first, "accept_request", {"request_id": app["id"],
                                                  "base_version": version},
                        client_id=f"a-{uuid.uuid4()}")
    theirs = world.mutate(second, "decline_request", {"request_id": app["id"],
                                                      "reason": "no_places",
                                                      "base_version": version},
                          client_id=f"b-{uuid.uuid4()}")
    assert mine["outcome"] == "applied"
    assert (theirs["outcome"], theirs["code"]) == ("conflict", "version_conflict")
    assert theirs["current"]["data"]["review"] == "accepted"


def test_a_client_id_belongs_to_one_account(world: World) -> None:
    kg = world.kindergarten()
    first, second = world.staff(kg, ["director"]), world.staff(kg, ["director"])
    client_id = f"desk-{uuid.uuid4()}"
    push(world, first, [mutation(1, "create_group", {
        "name": "Кіші топ", "age_from": 2, "age_to": 3, "language": "kk", "capacity": 15})],
        client_id)
    with pytest.raises(PortalError) as caught:
        push(world, second, [mutation(2, "set_capacity", {"group_id": 1, "capacity": 5})],
             client_id)
    assert (caught.value.status, caught.value.code) == (403, "forbidden")


def test_groups_and_forecast_reach_the_feed(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    cursor = world.changes(director)["cursor"]
    created = world.mutate(director, "create_group", {
        "name": "Мектепалды топ «Балдырған»", "age_from": 5, "age_to": 6, "language": "kk",
        "capacity": 25})
    assert created["outcome"] == "applied"
    group_id = created["current"]["id"]
    renamed = world.mutate(director, "update_group", {"group_id": group_id,
                                                      "name": "Мектепалды топ «Айгөлек»"})
    assert renamed["current"] == {"type": "group", "id": group_id, "version": 2}
    invalid = world.mutate(director, "update_group", {"group_id": group_id, "name": "Жаңа",
                                                      "age_from": 6, "age_to": 2})
    assert (invalid["outcome"], invalid["code"]) == ("invalid", "validation_error")
    forecast = world.mutate(director, "publish_forecast", {
        "period": "2025-09", "places": [{"group_id": group_id, "free_places": 25}]})
    assert forecast["outcome"] == "applied"
    delta = world.changes(director, cursor)
    assert [c["data"]["name"] for c in by_type(delta["changes"], "group")] == \
        ["Мектепалды топ «Айгөлек»"]
    assert by_type(delta["changes"], "forecast")[0]["data"]["places"][0]["free_places"] == 25


def test_staff_lists_in_three_languages(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    reasons = world.client.json("GET", "/api/v1/staff/decline-reasons", session=director)
    assert "other" in [r["code"] for r in reasons]
    assert all(r["kk"] and r["ru"] and r["en"] for r in reasons)
    kinds = world.client.json("GET", "/api/v1/staff/document-kinds", session=director)
    assert [k["code"] for k in kinds] == ["form_027u", "birth_certificate", "parent_id",
                                          "form_052_2u", "form_065u", "pmpk"]


def test_the_vocabularies_ride_the_feed(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    snapshot = world.changes(director)
    reasons = world.client.json("GET", "/api/v1/staff/decline-reasons", session=director)
    kinds = world.client.json("GET", "/api/v1/staff/document-kinds", session=director)
    assert by_type(snapshot["changes"], "decline_reasons") == [
        {"type": "decline_reasons", "id": 1, "version": 1, "deleted": False,
         "data": {"items": reasons}}]
    assert by_type(snapshot["changes"], "document_kinds")[0]["data"]["items"] == kinds
    # Once a cursor was issued with them, they do not come again while they stay the same.
    world.request_at(kg)
    delta = world.changes(director, snapshot["cursor"])
    assert {c["type"] for c in delta["changes"]} >= {"request"}
    assert not by_type(delta["changes"], "decline_reasons")
    # A cursor issued with other vocabularies (or before they rode the feed) gets them again.
    claims = json.loads(base64.urlsafe_b64decode(snapshot["cursor"] + "=="))
    claims.pop("r")
    older = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    again = world.changes(director, older)
    assert len(by_type(again["changes"], "decline_reasons")) == 1
    assert world.changes(director, again["cursor"])["changes"] == []


def test_no_token_no_feed(sandbox_url: str) -> None:
    response = httpx.get(f"{sandbox_url}/api/v1/staff/changes")
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")
