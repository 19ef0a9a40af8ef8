"""Password guessing, slowed down: failed log-ins counted per account and per source.

Counted with `limits` (moving windows, the counters slowapi is built on) in this process's
memory: one sandbox serves a data folder, and a restart forgetting the counts costs an
attacker a restart of the server, which they cannot cause.
"""

from __future__ import annotations

import math
import time

from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from portal_sandbox.errors import Problem


class LoginThrottle:
    """`check` before a password is tried, `failed` after a wrong one, `succeeded` after a
    right one (which forgets the account's failures, not the source's)."""

    def __init__(self, per_account: str, per_source: str) -> None:
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._account: RateLimitItem = parse(per_account)
        self._source: RateLimitItem = parse(per_source)

    def check(self, account: str, source: str) -> None:
        """Refuse (429, with when to try again) once either count is used up. A right
        password is refused too, or a guesser would learn it from the answer."""
        waits = [self._wait(item, key) for item, key in
                 ((self._account, ("account", account)), (self._source, ("source", source)))
                 if not self._limiter.test(item, *key)]
        if waits:
            wait = max(waits)
            raise Problem("login_attempts_exceeded", retry_after=wait)

    def failed(self, account: str, source: str) -> None:
        self._limiter.hit(self._account, "account", account)
        self._limiter.hit(self._source, "source", source)

    def succeeded(self, account: str) -> None:
        self._limiter.clear(self._account, "account", account)

    def _wait(self, item: RateLimitItem, key: tuple[str, str]) -> int:
        """Whole seconds until the oldest failure in the window stops counting."""
        reset = self._limiter.get_window_stats(item, *key).reset_time
        return max(1, math.ceil(reset - time.time()))
