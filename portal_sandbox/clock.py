"""The portal's clock: real time, or in sandbox mode a simulated one that can be moved.

The simulated clock is an offset from real time, so it keeps running between moves. It is
persisted, so a restarted sandbox, and every process sharing its database, agree on it.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from portal_sandbox.db import Database
from portal_sandbox.models import Setting

_KEY = "clock"


class Clock:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._offset = timedelta(0)
        self.reload()

    def reload(self) -> None:
        with self._db.read() as session:
            row = session.get(Setting, _KEY)
        seconds = float(row.value.get("offset_seconds", 0.0)) if row else 0.0
        with self._lock:
            self._offset = timedelta(seconds=seconds)

    def now(self) -> datetime:
        with self._lock:
            return datetime.now(UTC) + self._offset

    def set(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            raise ValueError("the clock needs an aware datetime")
        offset = moment - datetime.now(UTC)
        with self._db.write() as session:
            row = session.get(Setting, _KEY)
            if row is None:
                session.add(Setting(key=_KEY, value={"offset_seconds": offset.total_seconds()}))
            else:
                row.value = {"offset_seconds": offset.total_seconds()}
        with self._lock:
            self._offset = offset
        return self.now()
