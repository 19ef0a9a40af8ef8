"""The portal's service container: settings, storage, clock, tokens, test PKI."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import event
from sqlalchemy.orm import Session

from portal_sandbox import feed
from portal_sandbox.clock import Clock
from portal_sandbox.config import Settings
from portal_sandbox.db import Database, upgrade
from portal_sandbox.lifecycle import Actor, Ctx, run_deadlines
from portal_sandbox.models import Setting
from portal_sandbox.security import TokenSigner
from portal_sandbox.throttle import LoginThrottle


class Portal:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        if settings.db_url is None:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.db = Database(settings.database_url)
        # Whatever a transaction published reaches the change feed as it commits.
        event.listen(self.db.sessions, "before_commit", feed.publish_pending)
        upgrade(self.db.engine)
        with self.db.write() as session:
            secret = self._setting(session, "token_secret", lambda: secrets.token_hex(32))
            if session.get(Setting, "feed_epoch") is None:
                feed.new_epoch(session)
        self.clock = Clock(self.db)
        self.tokens = TokenSigner(bytes.fromhex(secret), settings.access_token_seconds)
        self.login_throttle = LoginThrottle(settings.login_failures_per_account,
                                            settings.login_failures_per_source)

    @staticmethod
    def _setting(session: Session, key: str, make: object) -> str:
        row = session.get(Setting, key)
        if row is None:
            assert callable(make)
            row = Setting(key=key, value={"value": make()})
            session.add(row)
        return str(row.value["value"])

    def now(self) -> datetime:
        return self.clock.now()

    @contextmanager
    def change(self, actor: Actor | None = None) -> Iterator[Ctx]:
        """A write transaction with the lifecycle's context, committed on success."""
        with self.db.write() as session:
            yield Ctx(session, self.now(), self.settings, actor or Actor("portal", "BALABAQSHA"))

    def run_deadlines(self) -> int:
        with self.change() as ctx:
            return run_deadlines(ctx)

    def set_clock(self, moment: datetime) -> tuple[datetime, int]:
        now = self.clock.set(moment)
        return now, self.run_deadlines()

    def advance_clock(self, delta: timedelta) -> tuple[datetime, int]:
        return self.set_clock(self.now() + delta)

    def close(self) -> None:
        self.db.dispose()
