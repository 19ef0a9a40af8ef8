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
from tests.desktop.conftest import Site, make_site
from tests.sandbox.conftest import start_sandbox, stop_sandbox


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
