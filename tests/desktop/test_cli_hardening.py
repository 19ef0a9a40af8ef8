"""Bad input to the command line: what the signed-in roles may not do, numbers too large
for the cache, profiles and contract files that cannot be what they claim. Each is refused
with exit 1 or 2 and words saying what to do, nothing queued and no traceback (`Desk.run`
fails on one)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.commands import (
    ROOT,
    Desk,
    Kindergarten,
    build_kindergarten,
    child_environment,
    ok,
)


@pytest.fixture(scope="module")
def methodologist(kindergarten: Kindergarten, tmp_path_factory: pytest.TempPathFactory) -> Desk:
    folder = tmp_path_factory.mktemp("methodologist")
    site = kindergarten.site
    desk = Desk(folder / "profile", child_environment(folder / "keyring.json"), site.url)
    ok(desk.run("login", site.methodologist_login, password=site.password))
    ok(desk.run("sync"))
    return desk


@pytest.mark.parametrize("args", [
    ["decide", "accept", "{id}"],
    ["decide", "decline", "{id}", "--reason", "no_places"],
    ["groups", "capacity", "{group}", "30"],
    ["forecast", "publish"],
])
def test_a_methodologist_cannot_queue_a_directors_action(
        methodologist: Desk, kindergarten: Kindergarten, args: list[str]) -> None:
    group = kindergarten.site.kindergarten["groups"][0]["id"]
    given = [a.format(id=kindergarten.ids[0], group=group) for a in args]
    result = methodologist.run(*given)
    assert result.returncode == 1, result.stderr
    assert "Your role (Methodologist) does not allow this: it needs the role Director" \
        in result.stderr
    assert "Nothing was recorded" in result.stderr
    assert methodologist.json("outbox") == {"pending": [], "attention": []}


def test_the_refusal_speaks_kazakh_and_russian(methodologist: Desk,
                                               kindergarten: Kindergarten) -> None:
    for lang, words in (("kk", "директор"), ("ru", "директор")):
        result = methodologist.run("decide", "accept", str(kindergarten.ids[0]), lang=lang)
        assert result.returncode == 1
        assert words in result.stderr.lower()
        assert "Your role" not in result.stderr


def test_a_methodologist_still_returns_documents(methodologist: Desk,
                                                 kindergarten: Kindergarten) -> None:
    result = methodologist.run("decide", "return", str(kindergarten.ids[2]), "--document",
                               "form_027u=Мөрі жоқ")
    ok(result)
    pending = methodologist.json("outbox")["pending"]
    assert [e["name"] for e in pending] == ["return_documents"]
    ok(methodologist.run("sync"))
    assert methodologist.json("outbox") == {"pending": [], "attention": []}


@pytest.mark.parametrize("args", [
    ["decide", "accept", "99999999999999999999999"],
    ["decide", "decline", "-99999999999999999999999", "--reason", "other"],
    ["groups", "capacity", "1", "99999999999999999999999"],
    ["groups", "roster", "9223372036854775808"],
    ["groups", "transfer", "1", "--to", "99999999999999999999999"],
])
def test_numbers_too_large_for_the_local_data_are_bad_usage(methodologist: Desk,
                                                            args: list[str]) -> None:
    result = methodologist.run(*args)
    assert result.returncode == 2, result.stderr
    assert "is out of range" in result.stderr


@pytest.mark.parametrize("command", [
    ["requests"], ["outbox"], ["doctor"], ["sync"], ["decide", "accept", "1"],
    ["decide", "decline", "--help"], ["contract", "verify", "x.pdf"], ["groups"],
])
@pytest.mark.parametrize("where", ["under_a_file", "impossible"])
def test_a_profile_that_cannot_exist_is_told_for_every_command(
        child_env: dict[str, str], tmp_path: Path, command: list[str], where: str) -> None:
    plain = tmp_path / "plain"
    plain.write_text("not a folder")
    folder = plain / "profile" if where == "under_a_file" else Path("/proc/self/no/profile")
    result = Desk(folder, child_env, None).run(*command)
    assert result.returncode == 1, result.stderr
    assert str(folder) in result.stderr or "profile" in result.stderr.lower()


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "contract.pdf"
    os.mkfifo(path)
    return path


def _huge(tmp_path: Path) -> Path:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as sparse:  # 51 MB, nothing written: a hole
        sparse.truncate(51 * 1024 * 1024)
    return path


@pytest.mark.parametrize(("make", "words"), [
    (lambda tmp: Path("/dev/zero"), "is not a file"),
    (lambda tmp: tmp, "is not a file"),
    (_fifo, "is not a file"),
    (_huge, "is larger than 50 MB"),
])
@pytest.mark.parametrize("action", ["verify", "countersign"])
def test_contract_files_that_are_not_contracts_are_refused_unread(
        child_env: dict[str, str], tmp_path: Path, make: Any, words: str,
        action: str) -> None:
    given = make(tmp_path)
    extra = ["--key", str(given), "--out", str(tmp_path / "out.pdf"), "--bin",
             "150640000123"] if action == "countersign" else []
    started = time.monotonic()
    result = Desk(tmp_path / "profile", child_env, None).run(
        "contract", action, str(given), *extra)
    assert time.monotonic() - started < 60
    assert result.returncode == 2, result.stderr
    assert words in result.stderr and "Nothing was read" in result.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_a_key_that_is_not_a_key_file_is_refused_unread(tmp_path: Path) -> None:
    from desktop.services import eds

    for given in (Path("/dev/zero"), tmp_path, _fifo(tmp_path)):
        with pytest.raises(eds.KeyFileUnreadable) as refused:
            eds.load_key(given, "Qwerty12")
        assert "is not a key file" in str(refused.value)


def test_concurrent_syncs_on_one_profile_share_the_session(
        kindergarten: Kindergarten, tmp_path: Path) -> None:
    """Each process refreshes the session as it starts; the portal rotates the refresh
    token on each use, so without the profile's lock all but one would find theirs spent."""
    site = kindergarten.site
    desk = Desk(tmp_path / "profile", child_environment(tmp_path / "keyring.json"), site.url)
    ok(desk.run("login", site.director_login, password=site.password))
    command = [sys.executable, "-m", "desktop", "--profile", str(desk.profile), "--lang", "en",
               "sync"]
    runs = [subprocess.Popen(command, env=desk.env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
                             cwd=ROOT) for _ in range(12)]
    results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    for code, out, err in results:
        assert code == 0, (out, err)
        assert "sign in again" not in err and "Traceback" not in err
    # The session is still good for the next run: the token the keyring kept is live.
    ok(desk.run("sync"))


def _cache_file(desk: Desk) -> Path:
    (found,) = (desk.profile / "caches").glob("*.db")
    return found


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


def _removed(path: Path) -> None:
    path.unlink()
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)


def _cut(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2 + 77])


def _flipped(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3 + 200] ^= 0x10  # one bit of the fourth page
    path.write_bytes(bytes(data))


@pytest.fixture
def own_kindergarten(sandbox: str) -> Iterator[Kindergarten]:
    """A kindergarten of the test's own: the module's shared one has its form returned."""
    built = build_kindergarten(sandbox)
    try:
        yield built
    finally:
        built.site.world.client.close()


@pytest.mark.parametrize(("spoil", "words", "doctor_words"), [
    (_emptied, "The local data is lost", "lost: the file is empty"),
    (_removed, "The local data is lost", None),
    (_cut, "The local data is damaged", "damaged: the file is cut short"),
    # A flipped bit in a page no command reads yet: the commands cannot see it, but
    # none may blame the key, and the doctor reads every page.
    (_flipped, None, "HMAC verification failed for page 4"),
])
def test_a_lost_or_damaged_cache_is_never_silently_replaced(
        own_kindergarten: Kindergarten, tmp_path: Path, spoil: Any, words: str | None,
        doctor_words: str | None) -> None:
    kindergarten = own_kindergarten
    site = kindergarten.site
    desk = Desk(tmp_path / "profile", child_environment(tmp_path / "keyring.json"), site.url,
                password=site.password)
    ok(desk.run("login", site.methodologist_login))
    ok(desk.run("sync"))
    ok(desk.run("decide", "return", str(kindergarten.ids[2]), "--document", "form_027u=?"))
    path = _cache_file(desk)
    ok(desk.run("outbox"))  # closed cleanly: the WAL is folded into the file
    spoil(path)
    for command in (["outbox"], ["requests"], ["sync"]):
        result = desk.run(*command)
        if words is not None:
            assert result.returncode == 1, (command, result.stdout, result.stderr)
            assert words in result.stderr
        assert "outbox is empty" not in result.stdout
        assert "another key" not in result.stderr and "ERROR CORE" not in result.stderr
    if doctor_words is not None:
        doctor = desk.run("doctor")
        assert doctor.returncode == 1 and doctor_words in doctor.stdout, doctor.stdout
        assert "ERROR CORE" not in doctor.stderr
    # Nothing was made in its place.
    assert not path.exists() or path.stat().st_size in (0, len(path.read_bytes()))
