"""A health check of one profile, for support staff: are the local data intact, does the
keyring work, can the portal be reached and how fast, how old is the newest CRL, is there
room on the disk. Each finding is `ok`, a `note` (worth knowing, nothing to do) or a
`problem` (a person must act); nothing is changed, repaired or created, except by
`repair_caches` (`doctor --repair`), which puts a cache's newest good backup in place of a
lost or damaged cache.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from desktop.services import cache_backup, counts, credentials, qt_platform, trust
from desktop.services.cache import diagnose, sqlcipher_key, unlocked
from desktop.services.calendar import format_date, format_datetime
from desktop.services.portal_api import PortalClient, PortalRefused, PortalUnreachable
from desktop.services.profile import Profile
from desktop.services.translation import translate

State = Literal["ok", "note", "problem"]

# Below this, a sync or a downloaded scan may fail half-way: say so before it happens.
MIN_FREE_BYTES = 500 * 1024 * 1024
# Where the contract workflow caches revocation lists (desktop.services.trust).
CRL_FOLDER = trust.CRL_FOLDER


@dataclass(frozen=True)
class Finding:
    topic: str  # cache, keyring, portal, crl, disk, platform
    state: State
    message: str


def examine(profile: Profile, portal_url: str,
            now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> list[Finding]:
    """Every check, in a fixed order; `portal_url` empty means none is configured."""
    return [*check_caches(profile), check_keyring(), check_portal(portal_url),
            check_crls(profile, now()), check_disk(profile), check_window_system()]


def needs_a_person(findings: list[Finding]) -> bool:
    return any(f.state == "problem" for f in findings)


# --- the local data ------------------------------------------------------------------------


def check_caches(profile: Profile) -> list[Finding]:
    folder = profile.data_dir / "caches"
    files = cache_backup.caches_with_backups(folder)
    if not files:
        return [Finding("cache", "note", translate(
            "doctor", "no local data yet (nobody has synced with this profile)"))]
    return [_check_cache(path) for path in files]


def _check_cache(path: Path) -> Finding:
    try:
        key = credentials.cache_key(path.stem, create=False)
    except credentials.CredentialsUnavailable as exc:
        return Finding("cache", "problem", translate(
            "doctor", "{name}: its key cannot be read from the keyring ({detail})").format(
            name=path.name, detail=exc))
    if key is None:
        return Finding("cache", "problem", translate(
            "doctor", "{name}: the keyring holds no key for it, so it cannot be opened; ask "
            "support (moved aside, the desk fetches a fresh copy, but actions in it not yet "
            "sent are lost)").format(name=path.name))
    result = integrity_check(path, key) if path.exists() else translate(
        "doctor", "lost: the file is missing, though the keyring holds its key")
    if result != "ok":
        if cache_backup.restorable(path):
            result += " " + translate("doctor", "(a backup is kept: `doctor --repair` restores "
                                      "it)")
        return Finding("cache", "problem", f"{path.name}: {result}")
    size = path.stat().st_size / (1024 * 1024)
    return Finding("cache", "ok", translate("doctor", "{name}: intact ({size:.1f} MB)").format(
        name=path.name, size=size))


def repair_caches(profile: Profile) -> list[Finding]:
    """Restore each lost or damaged cache of `profile` from its newest good backup: what was
    done, and from which moment recorded actions may be lost. Intact caches are left alone."""
    return [finding for path in cache_backup.caches_with_backups(profile.data_dir / "caches")
            for finding in repair_cache(path)]


def repair_cache(path: Path) -> list[Finding]:
    try:
        key = credentials.cache_key(path.stem, create=False)
    except credentials.CredentialsUnavailable as exc:
        return [Finding("cache", "problem", translate(
            "doctor", "{name}: its key cannot be read from the keyring ({detail})").format(
            name=path.name, detail=exc))]
    if key is None:
        return [Finding("cache", "problem", translate(
            "doctor", "{name}: the keyring holds no key for it, so neither it nor its backups "
            "can be opened; ask support").format(name=path.name))]
    if path.exists() and integrity_check(path, key) == "ok":
        return [Finding("cache", "ok", translate(
            "doctor", "{name}: intact, nothing to restore").format(name=path.name))]
    try:
        restored = cache_backup.restore(path, key)
    except cache_backup.NoGoodBackup as exc:
        return [Finding("cache", "problem", translate(
            "doctor", "{name}: no backup of it could be restored ({detail}); nothing was "
            "changed. Ask support").format(name=path.name, detail=exc))]
    return [*(Finding("cache", "note", translate(
        "doctor", "{name}: skipped, damaged ({detail})").format(name=backup.name, detail=why))
        for backup, why in restored.skipped),
        Finding("cache", "ok", _restored_message(path, restored)),
        Finding("cache", "note", loss_message(restored))]


def _restored_message(path: Path, restored: cache_backup.Restored) -> str:
    done = translate("doctor", "{name}: restored from the backup of {moment} ({backup})").format(
        name=path.name, moment=format_datetime(restored.taken_at), backup=restored.backup.name)
    if restored.moved_aside is None:
        return done
    return done + "; " + translate(
        "doctor", "the damaged file was moved aside as {aside}, nothing was deleted").format(
        aside=restored.moved_aside.name)


def loss_message(restored: cache_backup.Restored) -> str:
    """From which moment actions recorded on this computer may be lost with a restore."""
    if restored.damaged_changed_at is not None:
        lost = translate(
            "doctor", "Actions recorded on this computer from {since} to {until} are not in "
            "the backup and may be lost: check them on the portal and record again any it "
            "does not show.").format(since=format_datetime(restored.taken_at),
                                     until=format_datetime(restored.damaged_changed_at))
    else:
        lost = translate(
            "doctor", "Actions recorded on this computer after {since} are not in the backup "
            "and may be lost: check them on the portal and record again any it does not "
            "show.").format(since=format_datetime(restored.taken_at))
    if restored.last_seq is None:
        return lost
    return lost + " " + translate(
        "doctor", "The backup holds the actions up to number {seq}; those among them not yet "
        "confirmed ({pending}) will be sent at the next sync.").format(seq=restored.last_seq,
                                                           pending=restored.pending)


def integrity_check(path: Path, key: str) -> str:
    """"ok", or what is wrong. Read-only on purpose: open_cache would migrate the schema and
    take over the running window's open-marker."""
    from sqlcipher3 import dbapi2 as sqlcipher

    if path.stat().st_size == 0:
        return translate("doctor", "lost: the file is empty, though the keyring holds its key; "
                         "actions recorded here and not yet sent may be lost")
    try:
        connection = unlocked(path, sqlcipher_key(key))
        if connection is None and sqlcipher_key(key) != key:
            # A cache not opened since keys became raw still opens by the passphrase.
            connection = unlocked(path, key)
    except sqlcipher.Error as exc:
        return translate("doctor", "cannot be opened: {detail}").format(detail=exc)
    if connection is None:
        damage = diagnose(path, sqlcipher_key(key))
        if damage is not None:
            return translate("doctor", "damaged: {detail}").format(detail=damage)
        return translate("doctor", "the key in the keyring does not open it (another "
                         "key, or the file is not a cache)")
    try:
        # Each page's HMAC first: a flipped bit in a page no query has read yet shows here.
        damaged = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        if damaged:
            return translate("doctor", "damaged: {detail}").format(detail="; ".join(damaged[:5]))
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher.Error as exc:
        return translate("doctor", "damaged: {detail}").format(detail=exc)
    finally:
        connection.close()
    result = "; ".join(str(row[0]) for row in rows)
    if result == "ok":
        return "ok"
    return translate("doctor", "damaged: {detail}").format(detail=result)


# --- the keyring ---------------------------------------------------------------------------


def check_keyring() -> Finding:
    backend = credentials.backend_name()
    try:
        credentials.probe()
    except credentials.CredentialsUnavailable as exc:
        return Finding("keyring", "problem", translate(
            "doctor", "{backend} does not work: {detail}. Without it the desk cannot keep "
            "sessions or open its local data").format(backend=backend,
                                                      detail=str(exc).rstrip(".")))
    return Finding("keyring", "ok", translate(
        "doctor", "{backend} works (wrote, read and deleted a test entry)").format(
        backend=backend))


# --- the portal ----------------------------------------------------------------------------


def check_portal(portal_url: str) -> Finding:
    if not portal_url:
        return Finding("portal", "note", translate(
            "doctor", "none configured: the embedded portal sandbox is used (set one with "
            "--portal URL)"))
    client = PortalClient(portal_url)
    try:
        seconds = client.ping()
    except PortalUnreachable as exc:
        return Finding("portal", "problem", translate(
            "doctor", "{url} cannot be reached ({detail}): check the connection; work waits "
            "in the outbox meanwhile").format(url=portal_url, detail=exc))
    except PortalRefused as exc:
        return Finding("portal", "problem", translate(
            "doctor", "{url} answers, but not as a portal should ({detail}): check the "
            "address").format(url=portal_url, detail=exc))
    finally:
        client.close()
    return Finding("portal", "ok", translate(
        "doctor", "{url} answers, round trip {ms} ms").format(url=portal_url,
                                                              ms=round(seconds * 1000)))


# --- revocation lists ----------------------------------------------------------------------


def newest_crl(profile: Profile) -> trust.CachedCrl | None:
    """The newest CRL the contract workflow has cached, of any issuer."""
    return trust.CrlCache.of(profile.data_dir).newest_overall()


def crl_age_days(profile: Profile, now: datetime) -> int | None:
    """How many days old the newest cached CRL is; None when none is cached."""
    newest = newest_crl(profile)
    return None if newest is None else (now - newest.this_update).days


def check_crls(profile: Profile, now: datetime) -> Finding:
    """The age of the newest CRL in the contract workflow's cache (desktop.services.trust)."""
    newest = newest_crl(profile)
    if newest is None:
        return Finding("crl", "note", translate(
            "doctor", "no CRL cached yet: a revoked key cannot be recognised offline until "
            "one is"))
    days = (now - newest.this_update).days
    next_update = newest.next_update
    if next_update is not None and next_update < now:
        return Finding("crl", "problem", translate(
            "doctor", "the newest CRL is {age} old and was due for renewal on {date}: "
            "refresh it while online").format(
            age=counts.days(days), date=format_date(next_update)))
    return Finding("crl", "ok", translate("doctor", "the newest CRL is {age} old").format(
        age=counts.days(days)))


# --- the disk ------------------------------------------------------------------------------


def check_disk(profile: Profile) -> Finding:
    folder = profile.data_dir
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # a profile not made yet: the disk it will be made on
    free = shutil.disk_usage(folder).free
    gb = free / 1024**3
    if free < MIN_FREE_BYTES:
        return Finding("disk", "problem", translate(
            "doctor", "only {gb:.2f} GB free in {folder}: too little for syncs and documents; "
            "free some space").format(gb=gb, folder=folder))
    return Finding("disk", "ok", translate("doctor", "{gb:.1f} GB free in {folder}").format(
        gb=gb, folder=folder))


# --- the window system ---------------------------------------------------------------------


def check_window_system() -> Finding:
    """Can Qt's platform plugin load? Without it the window cannot open (the commands still
    work), and Qt alone would say so only in the log."""
    platform = qt_platform.chosen_platform()
    plugin = qt_platform.platform_plugin()
    if plugin is None:
        return Finding("platform", "problem", translate(
            "doctor", "Qt's window-system plugin \u201c{platform}\u201d is not installed: "
            "reinstall the program").format(platform=platform))
    missing = qt_platform.missing_platform_libraries()
    if missing:
        command = qt_platform.apt_command(missing)
        return Finding("platform", "problem", translate(
            "doctor", "Qt's window-system plugin \u201c{platform}\u201d cannot load: "
            "{libraries} missing; install them ({command})").format(
            platform=platform, libraries=", ".join(missing),
            command=command or "apt-file search"))
    return Finding("platform", "ok", translate(
        "doctor", "Qt's window-system plugin \u201c{platform}\u201d: {file}, its system "
        "libraries are installed").format(platform=platform, file=plugin.name))
