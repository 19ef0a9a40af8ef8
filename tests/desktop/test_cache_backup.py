"""Verified backups of the encrypted cache: made after each sync and before each migration,
two kept, each opening only with the cache's key; `doctor --repair` puts the newest good
one back, moving the damaged file aside and naming the moment from which actions may be
lost."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.models import schema
from desktop.services import cache_backup
from desktop.services.cache import _connect, _engine, open_cache, sqlcipher_key, unlocked
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.sync import SyncEngine
from desktop.services.workspace import sign_in
from desktop.views.dialogs.login_dialog import LoginDialog
from desktop.views.runtime.tasks import Tasks
from tests.support.commands import Desk, Kindergarten, build_kindergarten, child_environment, ok
from tests.support.sites import Site

KEY = "d" * 64


def _count(path: Path, key: str, table: str = "meta") -> int:
    connection = unlocked(path, sqlcipher_key(key))
    assert connection is not None, f"the key does not open {path.name}"
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def _plain_refuses(path: Path) -> bool:
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        return True
    finally:
        connection.close()
    return False


def _add_meta(path: Path, name: str) -> None:
    cache = open_cache(path, KEY)
    try:
        with cache.connection() as connection:
            connection.execute("INSERT INTO meta (key, value) VALUES (?, '{}')", (name,))
            connection.commit()
        cache_backup.back_up(cache)
    finally:
        cache.close()


def test_two_verified_backups_are_kept_encrypted_like_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "p-kg1-u1.db"
    first, second = cache_backup.backup_files(path)
    for n, name in enumerate(("one", "two", "three"), start=1):
        _add_meta(path, name)
        assert _count(first, KEY) == n
    assert _count(second, KEY) == 2  # the one before the newest; the first is gone
    assert not path.with_name(path.name + ".backup-3").exists()
    assert _plain_refuses(first) and _plain_refuses(second)
    # Not taken for caches of their own.
    assert sorted(p.name for p in tmp_path.glob("*.db")) == [path.name]


def test_a_damaged_backup_is_skipped_for_the_older_one(tmp_path: Path) -> None:
    path = tmp_path / "p-kg1-u1.db"
    for name in ("one", "two"):
        _add_meta(path, name)
    first, second = cache_backup.backup_files(path)
    data = bytearray(first.read_bytes())
    data[len(data) - 300] ^= 0x08  # one bit of the last page
    first.write_bytes(bytes(data))
    path.write_bytes(b"")

    restored = cache_backup.restore(path, KEY)

    assert restored.backup == second
    assert [(p, "HMAC" in why) for p, why in restored.skipped] == [(first, True)]
    assert _count(path, KEY) == 1
    assert restored.moved_aside is not None and restored.moved_aside.stat().st_size == 0
    assert restored.damaged_changed_at is not None


def test_no_good_backup_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p-kg1-u1.db"
    _add_meta(path, "one")
    cache_backup.backup_files(path)[0].write_bytes(b"\0" * 8192)
    path.write_bytes(b"")
    with pytest.raises(cache_backup.NoGoodBackup):
        cache_backup.restore(path, KEY)
    assert path.exists() and path.stat().st_size == 0
    assert not list(tmp_path.glob("*.damaged-*"))


def test_a_migration_makes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = _engine(path, lambda: _connect(path, sqlcipher_key(KEY)))
    schema.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO outbox (seq, id, name, args, payload_sha256, "
                                "created_at, state, attempts) VALUES (1, 'a1', "
                                "'accept_request', '{}', 'x', '2026-01-05 10:00:00', "
                                "'pending', 0)"))
    engine.dispose()

    open_cache(path, KEY).close()

    backup = cache_backup.backup_files(path)[0]
    connection = unlocked(backup, sqlcipher_key(KEY))
    assert connection is not None
    try:
        assert schema.current_revision(connection) == "0001"
        assert connection.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1
    finally:
        connection.close()
    # A cache already at the newest schema opens without another copy.
    stamp = backup.stat().st_mtime_ns
    open_cache(path, KEY).close()
    assert backup.stat().st_mtime_ns == stamp


# --- with a portal: the command line ----------------------------------------------------


@pytest.fixture
def own_kindergarten(sandbox: str) -> Iterator[Kindergarten]:
    built = build_kindergarten(sandbox)
    try:
        yield built
    finally:
        built.site.world.client.close()


def _key(keyring: Path, cache: Path) -> str:
    items = json.loads(keyring.read_text())
    (key,) = [v for k, v in items.items() if k.endswith(f"\ncache:{cache.stem}")]
    return str(key)


def test_a_sync_backs_up_and_doctor_repair_restores(own_kindergarten: Kindergarten,
                                                    tmp_path: Path) -> None:
    site = own_kindergarten.site
    keyring = tmp_path / "keyring.json"
    desk = Desk(tmp_path / "profile", child_environment(keyring), site.url,
                password=site.password)
    ok(desk.run("login", site.director_login))
    ok(desk.run("sync"))
    (path,) = (desk.profile / "caches").glob("*.db")
    first, second = cache_backup.backup_files(path)
    key = _key(keyring, path)
    requests = _count(first, key, "requests")
    assert requests > 0 and not second.exists()

    ok(desk.run("decide", "accept", str(own_kindergarten.ids[0])))
    ok(desk.run("sync"))  # the action sent and confirmed, in the newest backup
    ok(desk.run("sync"))
    assert _count(first, key, "outbox") == _count(second, key, "outbox") == 1
    assert not path.with_name(path.name + ".backup-3").exists()

    # Recorded after the last backup: this one is lost with the cache.
    ok(desk.run("decide", "accept", str(own_kindergarten.ids[1])))
    path.write_bytes(b"")
    assert desk.run("outbox").returncode == 1
    doctor = desk.run("doctor")
    assert doctor.returncode == 1 and "doctor --repair" in doctor.stdout

    repair = desk.run("doctor", "--repair")

    assert repair.returncode == 0, (repair.stdout, repair.stderr)
    assert "restored from the backup of" in repair.stdout
    assert "moved aside" in repair.stdout and "may be lost" in repair.stdout
    assert "up to number 1" in repair.stdout
    (aside,) = path.parent.glob(path.name + ".damaged-*")
    assert aside.stat().st_size == 0  # kept, not deleted
    assert desk.json("outbox") == {"pending": [], "attention": []}
    listed = json.loads(ok(desk.run("requests", "--json")))
    assert len(listed) == requests
    ok(desk.run("sync"))
    again = desk.run("doctor", "--repair")
    assert "intact, nothing to restore" in again.stdout
    # In the person's language, the loss named as well.
    for lang, words in (("kk", "қалпына келтірілді"), ("ru", "восстановлен")):
        path.unlink()
        told = desk.run("doctor", "--repair", lang=lang)
        print(told.stdout)
        assert told.returncode == 0 and words in told.stdout and "may be lost" not in told.stdout


def test_doctor_repair_speaks_kazakh_and_russian(tmp_path: Path, child_env: dict[str, str]
                                                 ) -> None:
    result = Desk(tmp_path / "profile", child_env, None).run("doctor", "--help", lang="ru")
    assert "--repair" in result.stdout and "резервн" in result.stdout.lower()


# --- the window ---------------------------------------------------------------------------


def test_the_log_in_dialog_offers_to_restore_a_lost_cache(
        qtbot: QtBot, site: Site, profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    profile = Profile.at(profile_dir)
    settings = Settings(profile.settings_file)
    workspace = sign_in(profile, settings, site.url, site.director_login, site.password)
    path = workspace.cache.path
    try:
        SyncEngine(workspace.cache, workspace.client).run_cycle()
    finally:
        workspace.close()
    assert cache_backup.backup_files(path)[0].exists()
    path.write_bytes(b"")
    asked: list[str] = []
    told: list[str] = []

    def question(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: told.append(text))
    login = LoginDialog(profile, settings, site.url, Tasks(inline=True))
    qtbot.addWidget(login)
    login.show()
    assert login.login.text() == site.director_login  # the last one, filled in
    qtbot.keyClicks(login.password, site.password)
    with qtbot.waitSignal(login.accepted):
        login.sign_in_button.click()
    assert login.workspace is not None
    login.workspace.close()
    assert len(asked) == 1 and "Restore it now?" in asked[0]
    assert len(told) == 1 and "may be lost" in told[0]
    assert list(path.parent.glob(path.name + ".damaged-*"))
