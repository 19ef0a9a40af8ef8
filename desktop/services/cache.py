"""The encrypted local cache: SQLCipher through SQLAlchemy, WAL, synchronous=FULL.

synchronous=FULL because the outbox's sequence counter must survive a power cut: a counter
rolled back after the portal saw its number would make the portal drop the next action as
a replay. A marker file says the cache is open; finding it at start means the last run did
not close cleanly, and the cache is checked with `PRAGMA integrity_check` before use.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.models import schema
from desktop.models.tables import Meta


class CacheError(Exception):
    """The cache cannot be used as it is."""


class CacheKeyError(CacheError):
    """The key does not open this cache (another user's, or the keyring lost it)."""


class CacheCorrupt(CacheError):
    """The integrity check failed after an unclean exit."""


# A cache's key is 32 random bytes in hex (credentials.cache_key). Given to SQLCipher as a
# raw key it is used as it is; given as a passphrase, SQLCipher derives a key from it with
# 256,000 rounds of PBKDF2 on every connection: about 0.1-0.2 s, paid at each start and by
# each worker thread, for nothing, since the key is random already.
_RAW_KEY = re.compile(r"[0-9a-fA-F]{64}")


def sqlcipher_key(key: str) -> str:
    """The value of `PRAGMA key` for a cache key: raw when it is 32 bytes in hex."""
    return f"x'{key}'" if _RAW_KEY.fullmatch(key) else key


def _engine(path: Path, key: str) -> Engine:
    url = f"sqlite+pysqlcipher://:{quote(key, safe='')}@/{path}"
    # The dialect's default, SingletonThreadPool, keeps one connection per thread for at
    # most pool_size threads and closes the others' connections when more threads come:
    # under a thread pool as wide as the PC's cores that closes connections other threads
    # are using, and SQLite crashes. A queue pool lends each thread a connection for the
    # time of one session and takes it back; SQLite allows a connection to change threads
    # between uses (check_same_thread off). Last in, first out: the connection just used,
    # whose page cache holds the list's indexes, is the next one lent.
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10},
                           poolclass=QueuePool, pool_size=2, max_overflow=14,
                           pool_timeout=60, pool_use_lifo=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    return engine


class Cache:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.checked_after_unclean_exit = False

    @property
    def marker(self) -> Path:
        return self.path.with_name(self.path.name + ".open")

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.sessions() as session, session.begin():
            yield session

    def integrity(self) -> str:
        with self.engine.connect() as connection:
            rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
        return "; ".join(str(r) for r in rows)

    def close(self) -> None:
        self.engine.dispose()
        self.marker.unlink(missing_ok=True)


def meta(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Meta, key)
    return default if row is None else row.value.get("v", default)


def set_meta(session: Session, key: str, value: Any) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value={"v": value}))
    else:
        row.value = {"v": value}


def _opens(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except DatabaseError:
        engine.dispose()
        return False
    return True


def _upgrade_to_raw_key(path: Path, key: str) -> bool:
    """Re-encrypt a cache that an earlier version keyed with the key as a passphrase under
    the raw key, once; False when the passphrase does not open it either."""
    engine = _engine(path, key)
    if not _opens(engine):
        return False
    with engine.connect() as connection:
        connection.exec_driver_sql(f'PRAGMA rekey="{sqlcipher_key(key)}"')
    engine.dispose()
    return True


def open_cache(path: Path, key: str) -> Cache:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine(path, sqlcipher_key(key))
    if not _opens(engine):
        raw = sqlcipher_key(key) != key
        if not (raw and path.exists() and _upgrade_to_raw_key(path, key) and _opens(engine)):
            raise CacheKeyError(f"the key does not open {path.name}")
    cache = Cache(path, engine)
    if cache.marker.exists():
        result = cache.integrity()
        if result != "ok":
            engine.dispose()
            raise CacheCorrupt(result)
        cache.checked_after_unclean_exit = True
    schema.upgrade(engine)
    cache.marker.write_text(str(os.getpid()))
    return cache
