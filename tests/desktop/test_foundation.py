"""The client's foundation services against a live sandbox: sign in, cache, outbox."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.models.tables import OutboxEntry
from desktop.services import actions, credentials
from desktop.services.cache import CacheKeyError, meta, open_cache
from desktop.services.portal_api import PortalRefused
from desktop.services.profile import Profile
from desktop.services.settings import LAST_LOGIN, Settings
from desktop.services.workspace import resume, sign_in
from tests.support.sandbox import start_sandbox, stop_sandbox
from tests.support.sites import Site, make_site


def test_sign_in_keeps_the_refresh_token_in_the_keyring(site: Site, profile_dir: Path) -> None:
    profile = Profile.at(profile_dir)
    settings = Settings(profile.settings_file)
    workspace = sign_in(profile, settings, site.url, site.director_login, site.password)
    try:
        assert workspace.kindergarten_id == site.kindergarten["id"]
        assert workspace.roles == ["director"]
        token = credentials.refresh_token(site.url, site.director_login)
        assert token and token not in (profile_dir / "settings.ini").read_text()
        assert settings.get(LAST_LOGIN) == site.director_login
        assert workspace.cache.path.parent == profile_dir / "caches"
    finally:
        workspace.close()
    again = resume(profile, settings, site.url)
    try:
        assert again.online and again.account_id == workspace.account_id
    finally:
        again.close()


def test_a_wrong_password_is_a_refusal(site: Site, profile_dir: Path) -> None:
    profile = Profile.at(profile_dir)
    with pytest.raises(PortalRefused) as caught:
        sign_in(profile, Settings(profile.settings_file), site.url, site.director_login, "nope")
    assert caught.value.code == "invalid_credentials"


@pytest.mark.live
def test_offline_the_last_user_opens_the_cache(profile_dir: Path, tmp_path: Path) -> None:
    process, url = start_sandbox(tmp_path / "portal", None)
    try:
        site = make_site(url, requests=0)
        site.world.client.close()
        profile = Profile.at(profile_dir)
        settings = Settings(profile.settings_file)
        online = sign_in(profile, settings, url, site.director_login, site.password)
        with online.cache.write() as session:
            actions.record(session, "accept_request", {"request_id": 1})
        online.close()
    finally:
        stop_sandbox(process)
    offline = resume(profile, settings, url, site.password)
    try:
        assert not offline.online
        assert offline.account_id == online.account_id
        with offline.cache.read() as session:
            assert session.scalars(select(OutboxEntry.name)).all() == ["accept_request"]
    finally:
        offline.close()


def test_the_cache_is_encrypted_and_keyed(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    cache = open_cache(path, "a" * 64)
    with cache.write() as session:
        actions.record(session, "accept_request", {"request_id": 920517400011})
    cache.close()
    assert b"920517400011" not in path.read_bytes()
    with pytest.raises(CacheKeyError):
        open_cache(path, "b" * 64)
    reopened = open_cache(path, "a" * 64)
    with reopened.read() as session:
        entry = session.scalars(select(OutboxEntry)).one()
        assert (entry.seq, entry.name, meta(session, "next_seq")) == (1, "accept_request", 2)
    reopened.close()


def test_a_cache_keyed_by_passphrase_is_re_encrypted_under_the_raw_key(
        tmp_path: Path) -> None:
    """Earlier versions gave the random key to SQLCipher as a passphrase (a key derivation
    at every connection); such a cache opens, keeps its data and is raw-keyed from then on."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from desktop.services.doctor import integrity_check

    key = secrets.token_hex(32)
    path = tmp_path / "old.db"
    old = sqlcipher.connect(str(path))
    old.execute(f'PRAGMA key="{key}"')
    old.execute("CREATE TABLE kept (note TEXT)")
    old.execute("INSERT INTO kept VALUES ('written by an earlier version')")
    old.commit()
    old.close()
    assert integrity_check(path, key) == "ok"
    cache = open_cache(path, key)
    with cache.read() as session:
        assert session.execute(text("SELECT note FROM kept")).scalar() == \
            "written by an earlier version"
    cache.close()
    raw = sqlcipher.connect(str(path))
    raw.execute(f"PRAGMA key=\"x'{key}'\"")
    assert raw.execute("SELECT count(*) FROM kept").fetchone() == (1,)
    raw.close()
    assert integrity_check(path, key) == "ok"
    with pytest.raises(CacheKeyError):
        open_cache(path, secrets.token_hex(32))


def test_an_unclean_exit_is_checked_on_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    open_cache(path, "k" * 64).engine.dispose()  # no close(): the marker stays
    cache = open_cache(path, "k" * 64)
    assert cache.checked_after_unclean_exit
    cache.close()
    assert not open_cache(path, "k" * 64).checked_after_unclean_exit


def test_more_threads_than_pooled_connections_read_and_write_safely(tmp_path: Path) -> None:
    """A PC with many cores runs many readers beside the one writing lane: each borrows a
    connection for a session and gives it back, so none has its connection closed under it
    (SQLAlchemy's default pool for SQLCipher closed the connections of threads beyond its
    fifth while they were in use, and the process died). In a child process, so a crash
    fails this test rather than the run."""
    import subprocess
    import sys

    child = subprocess.run(
        [sys.executable, "-c", "import sys; from tests.desktop.test_foundation import "
         "hammer; hammer(sys.argv[1])", str(tmp_path / "cache.db")],
        capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.split() == ["200"]


def hammer(path: str) -> None:
    """Eleven readers and a writer on one cache until the writer has recorded 200 intents;
    prints how many the cache then holds."""
    import threading

    cache = open_cache(Path(path), secrets.token_hex(32))
    failures: list[BaseException] = []
    writing = threading.Event()

    def write() -> None:
        try:
            for i in range(200):
                with cache.write() as session:
                    actions.record(session, "accept_request", {"request_id": i})
        except BaseException as exc:  # reported below, from the main thread
            failures.append(exc)
        finally:
            writing.set()

    def read() -> None:
        try:
            while not writing.is_set():
                with cache.read() as session:
                    session.scalars(select(OutboxEntry.seq)).all()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read)
                                                  for _ in range(11)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    with cache.read() as session:
        print(len(session.scalars(select(OutboxEntry.seq)).all()))
    cache.close()
