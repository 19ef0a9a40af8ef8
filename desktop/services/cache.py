"""The encrypted local cache: SQLCipher, WAL, synchronous=FULL, and SQLAlchemy over it.

synchronous=FULL because the outbox's sequence counter must survive a power cut: a counter
rolled back after the portal saw its number would make the portal drop the next action as
a replay. A marker file says the cache is open; finding it at start means the last run did
not close cleanly, and the cache is checked with `PRAGMA integrity_check` before use.

Opening needs no SQLAlchemy: the key, the integrity check and the schema's version are
checked on a plain SQLCipher connection, which then serves the window's first rows
(`connection()`) and becomes the first connection of the engine's pool. The engine is built
when something first asks for a session, usually a background read once the window has
painted: importing SQLAlchemy costs more than building the whole window.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.models import schema

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker


class CacheError(Exception):
    """The cache cannot be used as it is; `path` is the file, when `open_cache` knows it."""

    path: Path | None = None


class CacheKeyError(CacheError):
    """The key does not open this cache (another user's, or the keyring lost it)."""


class CacheCorrupt(CacheError):
    """The file is damaged: the integrity check failed after an unclean exit, or the file is
    cut short or has pages whose HMAC does not match (`diagnose`)."""


class CacheLost(CacheError):
    """The keyring holds this cache's key, but the file is gone or empty: what it held,
    the outbox included, is not there, and a new empty cache would hide that."""


# SQLCipher's page size (its default since version 4): a cache is a whole number of them.
PAGE_SIZE = 4096


# A cache's key is 32 random bytes in hex (credentials.cache_key). Given to SQLCipher as a
# raw key it is used as it is; given as a passphrase, SQLCipher derives a key from it with
# 256,000 rounds of PBKDF2 on every connection: about 0.1-0.2 s, paid at each start and by
# each worker thread, for nothing, since the key is random already.
_RAW_KEY = re.compile(r"[0-9a-fA-F]{64}")


def sqlcipher_key(key: str) -> str:
    """The value of `PRAGMA key` for a cache key: raw when it is 32 bytes in hex."""
    return f"x'{key}'" if _RAW_KEY.fullmatch(key) else key


def _keyed(path: Path, pragma_key: str) -> Any:
    connection = sqlcipher.connect(str(path), timeout=10, check_same_thread=False)
    # SQLCipher writes its own "ERROR CORE" lines to stderr for each page it cannot
    # decrypt; what went wrong is told by `diagnose`, in the person's language.
    connection.execute("PRAGMA cipher_log_level = NONE")
    escaped = pragma_key.replace('"', '""')
    connection.execute(f'PRAGMA key="{escaped}"')
    return connection


def unlocked(path: Path, pragma_key: str) -> Any:
    """A DB-API connection to the cache opened with this `PRAGMA key` value, or None when the
    key does not open it. Any thread may use it (one at a time)."""
    connection = _keyed(path, pragma_key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        connection.close()
        return None
    return connection


def diagnose(path: Path, pragma_key: str) -> str | None:
    """Why a cache the key did not open is unusable: a description of the damage (cut
    short, pages whose HMAC fails), or None when no page opens with the key, which is
    another key (or another file) rather than damage."""
    size = path.stat().st_size
    if size % PAGE_SIZE:
        return f"the file is cut short: {size} bytes is not a whole number of pages"
    connection = _keyed(path, pragma_key)
    try:
        rows = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher.Error as exc:
        return f"cannot be checked: {exc}"
    finally:
        connection.close()
    pages = size // PAGE_SIZE
    failed = [row for row in rows if row.startswith("HMAC verification failed")]
    if pages > 1 and len(failed) >= pages:
        return None  # not one page opens: the key is not this file's
    return "; ".join(rows[:5]) + (f" (and {len(rows) - 5} more)" if len(rows) > 5 else "") \
        if rows else None


def _set_up(connection: Any) -> Any:
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   "busy_timeout=10000"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def _connect(path: Path, pragma_key: str) -> Any:
    connection = unlocked(path, pragma_key)
    if connection is None:
        raise CacheKeyError(f"the key does not open {path.name}")
    return _set_up(connection)


def _engine(path: Path, creator: Callable[[], Any]) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    # The dialect's default, SingletonThreadPool, keeps one connection per thread for at
    # most pool_size threads and closes the others' connections when more threads come:
    # under a thread pool as wide as the PC's cores that closes connections other threads
    # are using, and SQLite crashes. A queue pool lends each thread a connection for the
    # time of one session and takes it back; SQLite allows a connection to change threads
    # between uses (check_same_thread off). Last in, first out: the connection just used,
    # whose page cache holds the list's indexes, is the next one lent. The connections are
    # this module's own (`creator`), keyed and set up before SQLAlchemy sees them.
    return create_engine(f"sqlite:///{path}", module=sqlcipher, creator=creator,
                         poolclass=QueuePool, pool_size=2, max_overflow=14,
                         pool_timeout=60, pool_use_lifo=True)


class Cache:
    def __init__(self, path: Path, pragma_key: str, first: Any) -> None:
        self.path = path
        self._pragma_key = pragma_key
        # Connections opened before the engine (the one that opened the cache): lent by
        # `connection()` until the engine exists, then taken by its pool.
        self._spare = [first]
        self._spare_lock = threading.Lock()
        self._engine_lock = threading.Lock()
        self._built: tuple[Engine, sessionmaker[Session]] | None = None
        self.checked_after_unclean_exit = False

    @property
    def pragma_key(self) -> str:
        """The `PRAGMA key` value that opens this cache (and its backups)."""
        return self._pragma_key

    @property
    def marker(self) -> Path:
        return self.path.with_name(self.path.name + ".open")

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, built (and SQLAlchemy loaded) on first use."""
        return self._build()[0]

    def _build(self) -> tuple[Engine, sessionmaker[Session]]:
        if self._built is None:
            with self._engine_lock:
                if self._built is None:
                    from sqlalchemy.orm import sessionmaker

                    engine = _engine(self.path, self._take)
                    self._built = engine, sessionmaker(engine, expire_on_commit=False)
        return self._built

    def _take(self) -> Any:
        """A connection for the pool: a spare one while there is one, else a new one."""
        with self._spare_lock:
            if self._spare:
                return self._spare.pop()
        return _connect(self.path, self._pragma_key)

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """A DB-API connection for a short read on this thread, lent by the pool once the
        engine exists and, before that, without loading SQLAlchemy."""
        if self._built is not None:
            pooled = self._built[0].raw_connection()
            try:
                yield pooled
            finally:
                pooled.close()  # back to the pool
            return
        with self._spare_lock:
            connection = self._spare.pop() if self._spare else None
        if connection is None:
            connection = _connect(self.path, self._pragma_key)
        try:
            yield connection
        finally:
            with self._spare_lock:
                self._spare.append(connection)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._build()[1]() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._build()[1]() as session, session.begin():
            yield session

    def integrity(self) -> str:
        with self.connection() as connection:
            rows = connection.cursor().execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(row[0]) for row in rows)

    def close(self) -> None:
        self._disconnect()
        self.marker.unlink(missing_ok=True)

    def _disconnect(self) -> None:
        if self._built is not None:
            self._built[0].dispose()
        with self._spare_lock:
            spare, self._spare = self._spare, []
        for connection in spare:
            connection.close()


def meta(session: Session, key: str, default: Any = None) -> Any:
    from desktop.models.tables import Meta

    row = session.get(Meta, key)
    return default if row is None else row.value.get("v", default)


def set_meta(session: Session, key: str, value: Any) -> None:
    from desktop.models.tables import Meta

    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value={"v": value}))
    else:
        row.value = {"v": value}


def _upgrade_to_raw_key(path: Path, key: str) -> bool:
    """Re-encrypt a cache that an earlier version keyed with the key as a passphrase under
    the raw key, once; False when the passphrase does not open it either."""
    connection = unlocked(path, key)
    if connection is None:
        return False
    try:
        connection.execute(f'PRAGMA rekey="{sqlcipher_key(key)}"')
    finally:
        connection.close()
    return True


def open_cache(path: Path, key: str, *, existing: bool = False) -> Cache:
    """Open (or, unless `existing`, create) the cache at `path`. `existing`: the keyring
    held its key already, so a file missing or empty is a lost cache (CacheLost), never a
    new one."""
    try:
        return _open_cache(path, key, existing=existing)
    except CacheError as exc:
        exc.path = path  # so a window can offer to restore this file's backup
        raise


def _open_cache(path: Path, key: str, *, existing: bool) -> Cache:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size == 0:
        raise CacheLost(f"{path.name} is empty")
    if existing and not path.exists():
        raise CacheLost(f"{path.name} is missing")
    pragma_key = sqlcipher_key(key)
    first = unlocked(path, pragma_key)
    if first is None and pragma_key != key and path.exists() and \
            _upgrade_to_raw_key(path, key):
        first = unlocked(path, pragma_key)
    if first is None:
        damage = diagnose(path, pragma_key) if path.exists() else None
        if damage is not None:
            raise CacheCorrupt(damage)
        raise CacheKeyError(f"the key does not open {path.name}")
    cache = Cache(path, pragma_key, _set_up(first))
    if cache.marker.exists():
        result = cache.integrity()
        if result != "ok":
            cache._disconnect()  # the marker stays: the next start checks again
            raise CacheCorrupt(result)
        cache.checked_after_unclean_exit = True
    with cache.connection() as connection:
        revision = schema.current_revision(connection)
    if revision != schema.head_revision():
        if revision is not None:
            # A migration rewrites tables the outbox lives in: a copy first, to go back to.
            from desktop.services.cache_backup import back_up

            back_up(cache)
        schema.upgrade(cache.engine)
    cache.marker.write_text(str(os.getpid()))
    return cache
