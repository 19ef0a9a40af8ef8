"""`python -m desktop groups ...` and `forecast ...` as scripts run them, against the live
sandbox: the JSON fields docs/architecture.md fixes, changes through the outbox, and exit 1
with a reason, nothing queued, whenever the portal would refuse."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from desktop.services.calendar import PORTAL_TZ
from tests.support.commands import Desk, child_environment, ok
from tests.support.sites import Site, make_site


@pytest.fixture(scope="module")
def site(sandbox: str) -> Iterator[Site]:
    built = make_site(sandbox, requests=3)
    try:
        yield built
    finally:
        built.world.client.close()


@pytest.fixture(scope="module")
def desk(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Desk:
    folder = tmp_path_factory.mktemp("cli-groups")
    desk = Desk(folder / "profile", child_environment(folder / "keyring.json"), site.url)
    ok(desk.run("login", site.director_login, password=site.password))
    ok(desk.run("sync"))
    return desk


def refused(desk: Desk, *args: str, says: str) -> None:
    before = desk.json("outbox")
    result = desk.run(*args)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert says in result.stderr, result.stderr
    assert desk.json("outbox") == before


def test_help_lists_groups_and_forecast(desk: Desk) -> None:
    usage = ok(desk.run("--help"))
    assert "    groups " in usage and "    forecast " in usage


def test_groups_as_json_then_changes_through_the_outbox(desk: Desk, site: Site) -> None:
    rows = desk.json("groups")
    assert [r["id"] for r in rows] == [g["id"] for g in site.kindergarten["groups"]]
    for row in rows:
        assert {"id", "name", "age_from", "age_to", "language", "capacity", "enrolled",
                "reserved", "free", "pending"} <= set(row)
        assert (row["capacity"], row["enrolled"], row["reserved"], row["free"]) == \
            (20, 0, 0, 20)
    first = rows[0]["id"]
    ok(desk.run("decide", "accept", str(site.requests[0]["id"])))
    ok(desk.run("decide", "accept", str(site.requests[2]["id"])))
    shown = {r["id"]: r for r in desk.json("groups")}[first]
    assert (shown["reserved"], shown["free"], shown["pending"]) == (2, 18, True)

    refused(desk, "groups", "capacity", str(first), "1", says="below the children")
    refused(desk, "groups", "create", "--name", "Жаңа топ", "--ages", "4-2", "--language",
            "kk", "--capacity", "10", says="inverted")
    refused(desk, "groups", "create", "--name", "Жаңа топ", "--ages", "", "--language",
            "kk", "--capacity", "10", says="empty")
    refused(desk, "groups", "create", "--name", rows[1]["name"].lower(), "--ages", "3-4",
            "--language", "ru", "--capacity", "10", says="already has a group")
    refused(desk, "groups", "create", "--name", " ", "--ages", "3-4", "--language", "ru",
            "--capacity", "10", says="needs a name")

    ok(desk.run("groups", "capacity", str(first), "22"))
    ok(desk.run("groups", "create", "--name", "Аралас топ «Ақбота»", "--ages", "3-4",
                "--language", "mixed", "--capacity", "1", "--kind", "short_stay"))
    pending = desk.json("outbox")["pending"]
    assert [e["name"] for e in pending][-2:] == ["set_capacity", "create_group"]
    created = [r for r in desk.json("groups") if r["name"] == "Аралас топ «Ақбота»"]
    assert created[0]["pending"] and created[0]["id"] < 0
    assert "applied 4" in ok(desk.run("sync"))
    rows = {r["name"]: r for r in desk.json("groups")}
    mixed = rows["Аралас топ «Ақбота»"]
    assert mixed["id"] > 0 and not mixed["pending"] and mixed["kind"] == "short_stay"
    assert {r["id"]: r for r in rows.values()}[first]["capacity"] == 22

    roster = desk.json("groups", "roster", str(first))
    assert sorted(r["request_id"] for r in roster) == \
        sorted([site.requests[0]["id"], site.requests[2]["id"]])
    for row in roster:
        assert {"request_id", "child_iin", "name", "birth_date", "status"} <= set(row)
        assert row["status"] == "reserved" and row["birth_date"] == "2021-03-15"

    # Transfers: the full mixed group refuses the second child; the first one moves.
    ok(desk.run("groups", "transfer", str(site.requests[0]["id"]), "--to", str(mixed["id"])))
    refused(desk, "groups", "transfer", str(site.requests[2]["id"]), "--to", str(mixed["id"]),
            says="is full")
    refused(desk, "groups", "transfer", str(site.requests[1]["id"]), "--to", str(first),
            says="Only an enrolled child")
    assert "applied 1" in ok(desk.run("sync"))
    assert [r["request_id"] for r in desk.json("groups", "roster", str(mixed["id"]))] == \
        [site.requests[0]["id"]]


def test_forecast_then_published_to_the_catalogue(desk: Desk, site: Site) -> None:
    cells = desk.json("forecast", "--months", "3")
    groups = {r["id"] for r in desk.json("groups")}
    assert {c["group_id"] for c in cells} == groups
    today = datetime.now(PORTAL_TZ).date()
    assert cells[0]["month"] == f"{today.year:04d}-{today.month:02d}"
    for cell in cells:
        assert {"group_id", "month", "free_places"} <= set(cell)
        assert cell["free_places"] >= 0
    assert len(cells) == 3 * len(groups)
    bad = desk.run("forecast", "--months", "0")
    assert bad.returncode == 1
    ok(desk.run("forecast", "publish"))
    assert "applied 1" in ok(desk.run("sync"))
    catalogue = site.world.client.kindergartens(site.world.locality)
    published = next(k for k in catalogue if k["id"] == site.kindergarten["id"])["forecast"]
    assert len(published["places"]) == 12 * len(groups)

