"""Verified backups of the encrypted cache, and putting one back.

The outbox lives only in the cache until the portal confirms it: a cache file emptied, cut
or replaced takes unsent decisions with it. So after each successful sync, and before each
schema migration, the cache is copied with SQLite's online backup (a consistent snapshot,
taken while other connections read and write) into a new file keyed with the same raw key,
so the copy is encrypted like the cache. The copy is opened with the key and checked
(`PRAGMA cipher_integrity_check`, `PRAGMA integrity_check`) before it replaces the older
of the two kept beside the cache: `<cache>.db.backup-1` (newest) and `.backup-2`. Their
names do not end in `.db`, so nothing takes them for a cache of their own.

Restoring never deletes: the damaged file (and its WAL and shared-memory files, which
would otherwise be replayed into the restored copy) is moved aside as
`<cache>.db.damaged-<moment>`, and what the backup cannot hold (actions recorded after it
was taken) is named by the moment from which they may be lost.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.services.cache import CacheError, _keyed, sqlcipher_key, unlocked

if TYPE_CHECKING:
    from desktop.services.cache import Cache

log = logging.getLogger(__name__)

KEEP = 2
_COMPANIONS = ("-wal", "-shm")


class BackupFailed(CacheError):
    """The copy did not verify; the backups kept before it are untouched."""


class NoGoodBackup(Exception):
    """No backup beside the cache opens with its key and passes the integrity check."""

    def __init__(self, skipped: list[tuple[Path, str]]) -> None:
        super().__init__("; ".join(f"{p.name}: {why}" for p, why in skipped) or "none kept")
        self.skipped = skipped


def backup_files(path: Path) -> list[Path]:
    """The kept backups of the cache at `path`, newest first (whether they exist or not)."""
    return [path.with_name(f"{path.name}.backup-{n}") for n in range(1, KEEP + 1)]


def cache_of_backup(backup: Path) -> Path:
    return backup.with_name(backup.name.rsplit(".backup-", 1)[0])


def verify(path: Path, pragma_key: str) -> str | None:
    """Why the file at `path` is not a usable cache opened by `pragma_key`, or None."""
    if not path.is_file() or path.stat().st_size == 0:
        return "missing or empty"
    try:
        connection = unlocked(path, pragma_key)
    except sqlcipher.Error as exc:
        return str(exc)
    if connection is None:
        return "the key does not open it"
    try:
        damaged = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        if damaged:
            return "; ".join(damaged[:3])
        result = "; ".join(str(r[0]) for r in connection.execute("PRAGMA integrity_check"))
        return None if result == "ok" else result
    except sqlcipher.Error as exc:
        return str(exc)
    finally:
        connection.close()


def back_up(cache: Cache) -> Path:
    """Copy `cache` into a verified backup, which becomes the newest kept; the oldest goes.
    Raises BackupFailed (or an OSError) leaving the kept backups as they were."""
    kept = backup_files(cache.path)
    fresh = cache.path.with_name(cache.path.name + ".backup-new")
    _remove_with_companions(fresh)
    target = _keyed(fresh, cache.pragma_key)
    try:
        with cache.connection() as source:
            # A pooled connection is SQLAlchemy's proxy; the backup wants the driver's own.
            getattr(source, "driver_connection", source).backup(target)
        # The copy keeps the cache's WAL mode; a journal of its own makes it one file.
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    problem = verify(fresh, cache.pragma_key)
    if problem is not None:
        _remove_with_companions(fresh)
        raise BackupFailed(problem)
    for older, newer in zip(reversed(kept), reversed(kept[:-1]), strict=False):
        if newer.exists():
            os.replace(newer, older)
    os.replace(fresh, kept[0])
    return kept[0]


def back_up_quietly(cache: Cache) -> Path | None:
    """`back_up`, whose failure is logged rather than raised: a sync that succeeded must
    not be reported as failed because its backup did not verify (the older one stays)."""
    try:
        return back_up(cache)
    except (BackupFailed, OSError, sqlcipher.Error) as exc:
        log.warning("the cache backup was not made: %s", exc)
        return None


def _remove_with_companions(path: Path) -> None:
    for name in (path.name, *(path.name + s for s in _COMPANIONS)):
        path.with_name(name).unlink(missing_ok=True)


@dataclass(frozen=True)
class Restored:
    backup: Path
    taken_at: datetime  # when the backup was written: later actions may be lost
    moved_aside: Path | None  # where the damaged file went (None: there was no file)
    damaged_changed_at: datetime | None  # the damaged file's last change, when known
    last_seq: int | None  # the newest outbox action the backup holds
    pending: int  # actions in the backup the portal has not confirmed: sent at next sync
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def _outbox_facts(path: Path, pragma_key: str) -> tuple[int | None, int]:
    connection = unlocked(path, pragma_key)
    if connection is None:
        return None, 0
    try:
        row = connection.execute(
            "SELECT max(seq), sum(state = 'pending') FROM outbox").fetchone()
    except sqlcipher.Error:
        return None, 0
    finally:
        connection.close()
    return (None if row[0] is None else int(row[0])), int(row[1] or 0)


def _moment(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def restore(path: Path, key: str, now: datetime | None = None) -> Restored:
    """Put the newest good backup in place of the cache at `path` (lost or damaged). The
    damaged file is moved aside, never deleted. Raises NoGoodBackup."""
    pragma_key = sqlcipher_key(key)
    skipped: list[tuple[Path, str]] = []
    chosen = None
    for backup in backup_files(path):
        if not backup.exists():
            continue
        problem = verify(backup, pragma_key)
        if problem is None:
            chosen = backup
            break
        skipped.append((backup, problem))
    if chosen is None:
        raise NoGoodBackup(skipped)
    moved, changed = None, None
    if path.exists():
        changed = _moment(path)
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
        moved = path.with_name(f"{path.name}.damaged-{stamp}")
        for suffix in ("", *_COMPANIONS):
            source = path.with_name(path.name + suffix)
            if source.exists():
                os.replace(source, moved.with_name(moved.name + suffix))
    else:
        for suffix in _COMPANIONS:  # a journal without its database belongs to no copy
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    incoming = path.with_name(path.name + ".restoring")
    shutil.copyfile(chosen, incoming)
    os.replace(incoming, path)
    last_seq, pending = _outbox_facts(path, pragma_key)
    return Restored(chosen, _moment(chosen), moved, changed, last_seq, pending, skipped)


def restorable(path: Path) -> bool:
    """Whether a backup of the cache at `path` is kept (good or not: `restore` checks)."""
    return any(b.exists() for b in backup_files(path))


def caches_with_backups(folder: Path) -> list[Path]:
    """Every cache in `folder` that exists or has a backup (a lost cache has only that)."""
    found: set[Path] = set(folder.glob("*.db")) if folder.is_dir() else set()
    found.update(cache_of_backup(b) for b in folder.glob("*.db.backup-[0-9]*"))
    return sorted(found)


__all__: list[str] = ["KEEP", "BackupFailed", "NoGoodBackup", "Restored", "back_up",
                      "back_up_quietly", "backup_files", "caches_with_backups", "restorable",
                      "restore", "verify"]

