"""`python -m desktop COMMAND` as scripts and support staff run it: child processes with a
file keyring against the live sandbox. One kindergarten and one signed-in profile serve the
whole module (the `kindergarten` of the conftest), because every child process costs about a
second."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.support.commands import Desk, Kindergarten, child_environment, ok


@pytest.fixture(scope="module")
def desk(kindergarten: Kindergarten, tmp_path_factory: pytest.TempPathFactory) -> Desk:
    """Signed in as the director and synced once; later commands need no password."""
    folder = tmp_path_factory.mktemp("cli")
    site = kindergarten.site
    desk = Desk(folder / "profile", child_environment(folder / "keyring.json"), site.url)
    assert "Signed in as" in ok(desk.run("login", site.director_login, password=site.password))
    assert "full snapshot" in ok(desk.run("sync"))
    return desk


def test_help_lists_the_commands(child_env: dict[str, str], tmp_path: Path) -> None:
    result = Desk(tmp_path / "profile", child_env, None).run("--help")
    usage = ok(result)
    for command in ("login", "sync", "requests", "decide", "outbox", "doctor", "contract"):
        assert f"    {command} " in usage


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["--portal", "ftp://portal.example", "outbox"],
    ["requests", "--status", "pondering"],
    ["decide", "decline", "17"],
    ["decide", "return", "17", "--document", "form_027u"],
    ["decide", "accept", "seventeen"],
    ["login", "800120402756"],  # no BALABAQSHA_PASSWORD and no terminal to ask on
])
def test_bad_usage_exits_2(child_env: dict[str, str], tmp_path: Path, args: list[str],
                           sandbox: str) -> None:
    result = Desk(tmp_path / "profile", child_env, sandbox).run(*args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip()


def test_a_wrong_password_is_refused_plainly(desk: Desk, kindergarten: Kindergarten) -> None:
    result = desk.run("login", kindergarten.site.director_login, password="Balabaqsha-1999")
    assert result.returncode == 1
    assert "Wrong login or password" in result.stderr


def test_too_many_wrong_passwords_say_when_to_try_again(
        child_env: dict[str, str], tmp_path: Path, kindergarten: Kindergarten) -> None:
    site = kindergarten.site
    iin = site.world.person(date(1983, 3, 8), "female", last_name="Ахметова",
                            first_name="Сәуле")
    site.world.client.add_staff(site.kindergarten["bin"], iin, ["methodologist"],
                                site.password)
    fresh = Desk(tmp_path / "profile", child_env, site.url)
    for _ in range(5):  # the portal's limit per account
        site.world.client.http.post("/api/v1/auth/token",
                                    json={"login": iin, "password": "Balabaqsha-1999"})
    expected = {
        "en": "Too many failed sign-in attempts. Try again in 15 minutes",
        "ru": "Слишком много неудачных попыток входа. Попробуйте снова через 15 минут",
        "kk": "Кіру әрекеттері тым көп рет сәтсіз болды. 15 минут өткен соң қайталаңыз",
    }
    for language, text in expected.items():
        result = fresh.run("login", iin, password=site.password, lang=language)
        assert result.returncode == 1, result.stderr
        assert text in result.stderr


def test_sync_prints_a_one_line_summary(desk: Desk) -> None:
    lines = ok(desk.run("sync")).splitlines()
    assert len(lines) == 1 and "pulled" in lines[0] and "pending" in lines[0]


def test_requests_as_json(desk: Desk, kindergarten: Kindergarten) -> None:
    rows = desk.json("requests")
    assert sorted(row["id"] for row in rows) == sorted(kindergarten.ids)
    groups = {g["id"] for g in kindergarten.site.kindergarten["groups"]}
    for row in rows:
        assert {"id", "number", "status", "version", "child_iin", "group_id", "pending",
                "child_name", "deadline", "review"} <= set(row)
        assert row["status"] == "awaiting_contract" and row["group_id"] in groups
        assert len(row["child_iin"]) == 12 and row["deadline"].endswith("+05:00")
        assert isinstance(row["pending"], bool) and isinstance(row["version"], int)
    assert desk.json("requests", "--status", "enrolled") == []
    table = ok(desk.run("requests", "--status", "awaiting_contract")).splitlines()
    assert len(table) >= 4 and "13.02.2025" in table[1]


def test_decisions_wait_in_the_outbox_until_the_next_sync(
        desk: Desk, kindergarten: Kindergarten) -> None:
    first, second, third = kindergarten.ids
    ok(desk.run("decide", "accept", str(first)))
    ok(desk.run("decide", "decline", str(second), "--reason", "no_places", "--comment",
                "Орын жоқ"))
    recorded = ok(desk.run("decide", "return", str(third), "--document",
                           "form_027u=Мөрі жоқ, қайта жүктеңіз"))
    assert "next sync" in recorded

    outbox = desk.json("outbox")
    assert outbox["attention"] == []
    assert [(e["name"], e["args"]["request_id"]) for e in outbox["pending"]] == [
        ("accept_request", first), ("decline_request", second), ("return_documents", third)]
    assert [e["seq"] for e in outbox["pending"]] == sorted(e["seq"] for e in outbox["pending"])
    assert outbox["pending"][1]["args"]["reason"] == "no_places"
    assert outbox["pending"][2]["args"]["comments"] == {
        "form_027u": "Мөрі жоқ, қайта жүктеңіз"}
    rows = {row["id"]: row for row in desk.json("requests")}
    assert all(rows[i]["pending"] for i in kindergarten.ids)
    assert (rows[first]["review"], rows[second]["review"]) == ("accepted", "declined")
    # A second decision on a request still waiting is refused, not queued.
    again = desk.run("decide", "accept", str(first))
    assert again.returncode == 1 and "already waiting" in again.stderr

    summary = ok(desk.run("sync"))
    assert "pushed 3 (applied 3)" in summary
    assert desk.json("outbox") == {"pending": [], "attention": []}
    rows = {row["id"]: row for row in desk.json("requests")}
    assert second not in rows  # declined: it left this kindergarten
    assert not rows[first]["pending"] and rows[first]["review"] == "accepted"

    client = kindergarten.site.world.client
    accepted = client.application(kindergarten.families[0].parent, first)
    declined = client.application(kindergarten.families[1].parent, second)
    returned = client.application(kindergarten.families[2].parent, third)
    assert accepted["review"] == "accepted"
    assert (declined["status"], declined["decline_reason"]) == ("choosing", "no_places")
    assert [(d["kind"], d["status"], d["comment"]) for d in returned["documents"]] == [
        ("form_027u", "returned", "Мөрі жоқ, қайта жүктеңіз")]


def test_unknown_requests_and_reasons_are_refused(desk: Desk,
                                                  kindergarten: Kindergarten) -> None:
    missing = desk.run("decide", "accept", "987654")
    assert missing.returncode == 1 and "no request 987654" in missing.stderr
    assert "neither a number nor an id" in missing.stderr
    bogus = desk.run("decide", "decline", str(kindergarten.ids[2]), "--reason", "bored")
    assert bogus.returncode == 1
    assert "“bored”" in bogus.stderr and "no_places" in bogus.stderr
    assert "other" in bogus.stderr
    kind = desk.run("decide", "return", str(kindergarten.ids[2]), "--document", "passport=?")
    assert kind.returncode == 1 and "passport" in kind.stderr
    long = desk.run("decide", "return", str(kindergarten.ids[2]), "--document",
                    "pmpk=" + "x" * 2001)
    assert long.returncode == 1
    assert "at most 2000 characters. Shorten it" in long.stderr


def test_doctor_reports_each_check(desk: Desk) -> None:
    lines = ok(desk.run("doctor")).splitlines()
    topics = [line.split(None, 1)[1].split(":")[0] for line in lines]
    assert topics[-5:] == ["keyring", "portal", "CRL", "disk", "window system"]
    assert all(line.startswith("ok") for line in lines if "local data:" in line)
    assert any(line.startswith("ok") and "round trip" in line for line in lines)
    assert any("no CRL cached yet" in line for line in lines)


def test_a_keyring_that_does_not_work_is_named(desk: Desk) -> None:
    broken = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = desk.run("requests", **broken)
    assert result.returncode == 1
    assert "keyring (keyring.backends.fail.Keyring) cannot be used" in result.stderr
    doctor = desk.run("doctor", **broken)
    assert doctor.returncode == 1 and "PROBLEM  keyring:" in doctor.stdout


def test_a_cache_the_keyring_key_does_not_open_is_refused(
        kindergarten: Kindergarten, child_env: dict[str, str], tmp_path: Path) -> None:
    site = kindergarten.site
    desk = Desk(tmp_path / "profile", child_env, site.url, password=site.password)
    ok(desk.run("login", site.methodologist_login))
    keyring_file = Path(child_env["BALABAQSHA_TEST_KEYRING"])
    secrets = json.loads(keyring_file.read_text())
    (name,) = [n for n in secrets if "\ncache:" in n]
    secrets[name] = "0" * 64  # as if another user's key, or the keyring lost the real one
    keyring_file.write_text(json.dumps(secrets))
    result = desk.run("outbox")
    assert result.returncode == 1
    assert "cannot be opened with the key kept in the keyring" in result.stderr
    doctor = desk.run("doctor")
    assert doctor.returncode == 1
    assert "PROBLEM  local data:" in doctor.stdout and "does not open it" in doctor.stdout
