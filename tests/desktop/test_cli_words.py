"""What the command line says and how it names things: a request by the number people see
or by its id, `requests --status new`, the decline reasons in `decide decline --help`, a
sync that leaves work in "Needs attention" (exit code 4), and every message in the
profile's language or the one `--lang` gives, while `--json` stays the same in all of them.
Child processes against the live sandbox, as in test_cli."""

from __future__ import annotations

import re
from pathlib import Path

import keyring
import pytest

import dev
from desktop.cli.context import read_last_cache
from desktop.models.tables import Request
from desktop.services.cache import Cache
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from tests.support.commands import Desk, Kindergarten, child_environment, ok
from tests.support.keyrings import FileKeyring

NEEDS_ATTENTION = 4


@pytest.fixture(scope="module")
def desk(kindergarten: Kindergarten, tmp_path_factory: pytest.TempPathFactory) -> Desk:
    dev.compile_translations()  # the child processes read the compiled Kazakh and Russian
    folder = tmp_path_factory.mktemp("cli-words")
    site = kindergarten.site
    desk = Desk(folder / "profile", child_environment(folder / "keyring.json"), site.url)
    ok(desk.run("login", site.director_login, password=site.password))
    ok(desk.run("sync"))
    return desk


def set_number(desk: Desk, request_id: int, number: int) -> int:
    """Give a request in the desk's local data another number; its old one back."""
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    old: list[int] = []

    def change(cache: Cache) -> None:
        with cache.write() as session:
            row = session.get(Request, request_id)
            assert row is not None
            old.append(row.number)
            row.number = number

    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("BALABAQSHA_TEST_KEYRING", desk.env["BALABAQSHA_TEST_KEYRING"])
            profile = Profile.at(desk.profile)
            read_last_cache(profile, Settings(profile.settings_file), change)
    finally:
        keyring.set_keyring(previous)
    return old[0]


def test_a_request_is_named_by_its_number_or_its_id(desk: Desk,
                                                   kindergarten: Kindergarten) -> None:
    first, second, third = kindergarten.ids
    numbers = {row["id"]: row["number"] for row in desk.json("requests")}
    assert {row["id"] for row in desk.json("requests", "--status", "new")} == {
        first, second, third}

    recorded = ok(desk.run("decide", "accept", str(numbers[first])))  # as people see it
    assert f"№{numbers[first]}" in recorded and f"id {first}" in recorded
    [pending] = desk.json("outbox")["pending"]
    assert (pending["name"], pending["args"]["request_id"]) == ("accept_request", first)
    # Decided here, if not yet on the portal: no longer awaiting a decision.
    assert {row["id"] for row in desk.json("requests", "--status", "new")} == {second, third}

    # One number, two requests: the third's number is the second's id.
    old = set_number(desk, third, second)
    try:
        both = desk.run("decide", "decline", str(second), "--reason", "other", "--comment",
                        "?")
        assert both.returncode == 1, both.stderr
        assert f"№{second} (id {third})" in both.stderr
        assert f"№{numbers[second]}" in both.stderr
        assert len(desk.json("outbox")["pending"]) == 1  # nothing was recorded
    finally:
        set_number(desk, third, old)
    ok(desk.run("decide", "decline", str(second), "--reason", "other", "--comment",
                "Орын жоқ"))  # by its id
    assert [e["args"]["request_id"] for e in desk.json("outbox")["pending"]] == [first, second]


def test_decline_help_lists_the_reason_codes(desk: Desk, child_env: dict[str, str],
                                             tmp_path: Path) -> None:
    known = ok(desk.run("decide", "decline", "--help"))
    assert "no_places" in known and re.search(r"^\s+other\s", known, re.MULTILINE)
    # A profile nobody has signed in with knows `other` only.
    fresh = ok(Desk(tmp_path / "profile", child_env, None).run("decide", "decline", "--help"))
    assert re.search(r"^\s+other\s", fresh, re.MULTILINE) and "no_places" not in fresh
    russian = ok(desk.run("decide", "decline", "--help", lang="ru"))
    assert "Коды причин" in russian and "no_places" in russian


def test_a_sync_that_leaves_work_needing_attention_says_so(
        desk: Desk, kindergarten: Kindergarten) -> None:
    third = kindergarten.ids[2]
    ok(desk.run("decide", "accept", str(third)))
    client = kindergarten.site.world.client
    client.act(kindergarten.families[2].parent, third, "withdraw")  # the parent was first
    synced = desk.run("sync")
    assert synced.returncode == NEEDS_ATTENTION, (synced.stdout, synced.stderr)
    assert "1 need attention: see `outbox`" in synced.stdout

    english = ok(desk.run("outbox"))
    assert "needs attention" in english and "withdrew" in english
    machine = desk.json("outbox")
    assert [e["args"]["request_id"] for e in machine["attention"]] == [third]
    for language, needs in (("ru", "требует внимания"), ("kk", "назар аударуды қажет етеді")):
        said = ok(desk.run("outbox", lang=language))
        assert needs in said
        # Not a word of English: the actions and the portal's answer are translated too.
        assert not re.search("[A-Za-z]", said), said
        assert desk.json("outbox", lang=language) == machine
    # Without --lang, the profile's language (Russian until one is chosen in the window).
    assert ok(desk.run("outbox", lang=None)) == ok(desk.run("outbox", lang="ru"))
    russian = desk.run("sync", lang="ru")
    assert russian.returncode == NEEDS_ATTENTION and "outbox" in russian.stdout
    assert not re.search("[A-Za-z]", russian.stdout.replace("`outbox`", "")), russian.stdout
