"""The encrypted local cache: SQLCipher through SQLAlchemy, WAL, synchronous=FULL.

synchronous=FULL because the outbox's sequence counter must survive a power cut: a counter
rolled back after the portal saw its number would make the portal drop the next action as
a replay. A marker file says the cache is open; finding it at start means the last run did
not close cleanly, and the cache is checked with `PRAGMA integrity_check` before use.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import schema
from desktop.models.tables import Meta


class CacheError(Exception):
    """The cache cannot be used as it is."""


class CacheKeyError(CacheError):
    """The key does not open this cache (another user's, or the keyring lost it)."""


class CacheCorrupt(CacheError):
    """The integrity check failed after an unclean exit."""


def _engine(path: Path, key: str) -> Engine:
    url = f"sqlite+pysqlcipher://:{quote(key, safe='')}@/{path}"
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})

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


def open_cache(path: Path, key: str) -> Cache:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine(path, key)
    cache = Cache(path, engine)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except DatabaseError as exc:
        engine.dispose()
        raise CacheKeyError(f"the key does not open {path.name}") from exc
    if cache.marker.exists():
        result = cache.integrity()
        if result != "ok":
            engine.dispose()
            raise CacheCorrupt(result)
        cache.checked_after_unclean_exit = True
    schema.upgrade(engine)
    cache.marker.write_text(str(os.getpid()))
    return cache
