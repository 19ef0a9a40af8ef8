"""The command line without the portal: a portal of its own that the test stops and starts
again on the same data and port (the cache is filed by the portal's address), and the
embedded sandbox a profile starts when no portal is configured."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from desktop.services.settings import PORTAL_URL, Settings
from tests.support.commands import Desk, child_environment, ok
from tests.support.sandbox import start_sandbox, stop_sandbox
from tests.support.sites import make_site

# Each test starts and stops a sandbox of its own.
pytestmark = pytest.mark.live


def test_offline_work_waits_in_the_outbox_and_goes_out_when_the_portal_is_back(
        tmp_path: Path) -> None:
    data = tmp_path / "portal"
    process, url = start_sandbox(data, None)
    try:
        site = make_site(url, requests=2)
        site.world.client.close()
        desk = Desk(tmp_path / "profile", child_environment(tmp_path / "keyring.json"), url)
        ok(desk.run("login", site.director_login, password=site.password))
        ok(desk.run("sync"))
    finally:
        stop_sandbox(process)
    first, second = (app["id"] for app in site.requests)

    # Reading the local data offline still needs the person's password.
    no_password = desk.run("requests")
    assert no_password.returncode == 2 and "BALABAQSHA_PASSWORD" in no_password.stderr
    wrong = desk.run("requests", password="Balabaqsha-1999")
    assert wrong.returncode == 1 and "password is wrong" in wrong.stderr
    rows = desk.json("requests", password=site.password)
    assert sorted(row["id"] for row in rows) == sorted([first, second])

    # Decisions are recorded; the decline reasons are the ones the portal listed online.
    decided = desk.run("decide", "decline", str(first), "--reason", "age_mismatch",
                       password=site.password)
    assert decided.returncode == 0 and "working offline" in decided.stderr
    unknown = desk.run("decide", "decline", str(second), "--reason", "bored",
                       password=site.password)
    assert unknown.returncode == 1 and "age_mismatch" in unknown.stderr

    for password in (None, site.password):
        synced = desk.run("sync", password=password)
        assert synced.returncode == 3, synced.stderr
        assert "could not be reached" in synced.stderr and "Nothing is lost" in synced.stderr
    pending = desk.json("outbox", password=site.password)["pending"]
    assert [(e["seq"], e["name"], e["args"]["request_id"]) for e in pending] == [
        (1, "decline_request", first)]

    # The same portal again, on the same data and address: the session and the work carry on.
    process, again = start_sandbox(data, None, "--port", str(urlsplit(url).port))
    try:
        assert again == url
        summary = ok(desk.run("sync"))
        assert "pushed 1 (applied 1)" in summary
        assert desk.json("outbox") == {"pending": [], "attention": []}
        assert [row["id"] for row in desk.json("requests")] == [second]
    finally:
        stop_sandbox(process)


def test_without_a_portal_the_embedded_sandbox_runs_for_the_command(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    # The embedded sandbox's data folder, made ready beforehand: a world of one kindergarten
    # keeps it from building the (slow) demo world on its first start.
    process, url = start_sandbox(profile / "sandbox", None)
    try:
        site = make_site(url, requests=1)
        site.world.client.close()
    finally:
        stop_sandbox(process)

    desk = Desk(profile, child_environment(tmp_path / "keyring.json"), None)
    signed_in = desk.run("login", site.director_login, password=site.password)
    assert ok(signed_in).startswith("Signed in as")
    assert "starting the embedded portal sandbox" in signed_in.stderr
    # Another start, another port: still the same portal, its session and its cache.
    synced = ok(desk.run("sync"))
    assert "full snapshot" in synced
    assert [row["id"] for row in desk.json("requests")] == [site.requests[0]["id"]]
    assert Settings(profile / "settings.ini").get(PORTAL_URL) == ""  # nothing remembered
    secrets = json.loads((tmp_path / "keyring.json").read_text())
    assert any(name.startswith("Balabaqsha Desk\nrefresh:embedded:") for name in secrets)
