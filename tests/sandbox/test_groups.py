"""Groups and capacity on the portal: details, names, closing, transfers and the forecast
of free places that parents read in the catalogue."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from portal_sandbox.workdays import PORTAL_TZ
from tests.support.world import World

START = datetime(2025, 2, 6, 10, tzinfo=PORTAL_TZ)


@pytest.fixture(autouse=True)
def _start_of_february(world: World) -> None:
    world.client.set_clock(START)


def _group(world: World, staff: Any, group_id: int) -> dict[str, Any]:
    changes = world.changes(staff)["changes"]
    return next(c["data"] for c in changes if c["type"] == "group" and c["id"] == group_id)


def test_details_names_and_closing(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    created = world.mutate(director, "create_group", {
        "name": "Аралас топ «Ақбота»", "age_from": 2, "age_to": 4, "language": "mixed",
        "kind": "short_stay", "educators": "Сейітова А.", "room": "12", "capacity": 10})
    assert created["outcome"] == "applied"
    group_id = created["current"]["id"]
    data = _group(world, director, group_id)
    assert (data["language"], data["kind"], data["educators"], data["room"], data["closed"]) \
        == ("mixed", "short_stay", "Сейітова А.", "12", False)
    taken = world.mutate(director, "create_group", {
        "name": "  аралас топ «ақбота» ", "age_from": 2, "age_to": 3, "language": "kk",
        "capacity": 5})
    assert (taken["outcome"], taken["code"]) == ("conflict", "group_name_taken")
    wrong_kind = world.mutate(director, "update_group", {"group_id": group_id,
                                                         "kind": "boarding"})
    assert (wrong_kind["outcome"], wrong_kind["code"]) == ("invalid", "validation_error")

    busy = kg["groups"][0]["id"]
    _, app = world.request_at(kg, 0)
    assert world.mutate(director, "accept_request", {"request_id": app["id"]})["outcome"] \
        == "applied"
    refused = world.mutate(director, "update_group", {"group_id": busy, "closed": True})
    assert (refused["outcome"], refused["code"]) == ("conflict", "group_not_empty")
    closed = world.mutate(director, "update_group", {"group_id": group_id, "closed": True})
    assert closed["outcome"] == "applied"
    catalogue = world.client.kindergartens(world.locality)
    ours = next(k for k in catalogue if k["id"] == kg["id"])
    assert group_id not in [g["id"] for g in ours["groups"]]
    # A closed group's name is free again.
    again = world.mutate(director, "create_group", {
        "name": "Аралас топ «Ақбота»", "age_from": 2, "age_to": 4, "language": "mixed",
        "capacity": 10})
    assert again["outcome"] == "applied"


def test_transfer_moves_the_place_and_tells_the_parent(world: World) -> None:
    kg = world.kindergarten(groups=[
        {"name": "Ортаңғы топ «Күншуақ»", "age_from": 3, "age_to": 4, "language": "kk",
         "capacity": 5},
        {"name": "Средняя группа «Солнышко»", "age_from": 3, "age_to": 4, "language": "ru",
         "capacity": 1},
        {"name": "Ясельная группа", "age_from": 1, "age_to": 2, "language": "ru",
         "capacity": 10},
    ])
    director = world.staff(kg, ["director"])
    first, ids = kg["groups"][0]["id"], [g["id"] for g in kg["groups"]]
    family, app = world.request_at(kg, 0)
    assert world.mutate(director, "accept_request", {"request_id": app["id"]})["outcome"] \
        == "applied"

    too_young = world.mutate(director, "transfer_child", {"request_id": app["id"],
                                                          "group_id": ids[2]})
    assert (too_young["outcome"], too_young["code"]) == ("conflict", "group_mismatch")
    moved = world.mutate(director, "transfer_child", {"request_id": app["id"],
                                                      "group_id": ids[1]})
    assert moved["outcome"] == "applied"
    assert _group(world, director, first)["reserved"] == 0
    assert _group(world, director, ids[1])["reserved"] == 1

    _, other = world.request_at(kg, 0)
    assert world.mutate(director, "accept_request", {"request_id": other["id"]})["outcome"] \
        == "applied"
    full = world.mutate(director, "transfer_child", {"request_id": other["id"],
                                                     "group_id": ids[1]})
    assert (full["outcome"], full["code"]) == ("conflict", "capacity_exceeded")

    seen = world.client.application(family.parent, app["id"])
    assert seen["group_id"] == ids[1]
    request = next(c["data"] for c in world.changes(director)["changes"]
                   if c["type"] == "request" and c["id"] == app["id"])
    assert request["history"][-1]["event"] == "child_transferred"
    notes = world.client.json("GET", "/api/v1/me/notifications", session=family.parent,
                              headers={"Accept-Language": "ru"})
    assert notes[0]["text"].startswith("Ребенок ")
    assert "«Средняя группа «Солнышко»»" in notes[0]["text"]


def test_published_forecast_is_in_the_catalogue(world: World) -> None:
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    group_id = kg["groups"][1]["id"]
    negative = world.mutate(director, "publish_forecast", {
        "period": "2025-03", "places": [{"group_id": group_id, "month": "2025-03",
                                         "free_places": -1}]})
    assert (negative["outcome"], negative["code"]) == ("invalid", "validation_error")
    published = world.mutate(director, "publish_forecast", {
        "period": "2025-03", "places": [
            {"group_id": group_id, "month": "2025-03", "free_places": 20},
            {"group_id": group_id, "month": "2025-09", "free_places": 23,
             "note": "3 children leave for school"}]})
    assert published["outcome"] == "applied"
    catalogue = world.client.kindergartens(world.locality)
    forecast = next(k for k in catalogue if k["id"] == kg["id"])["forecast"]
    assert forecast["period"] == "2025-03"
    assert [(p["month"], p["free_places"]) for p in forecast["places"]] == \
        [("2025-03", 20), ("2025-09", 23)]
    assert forecast["places"][1]["note"] == "3 children leave for school"
    assert forecast["places"][0]["group_name"] == "Средняя группа «Солнышко»"
