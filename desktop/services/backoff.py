"""How long to wait before trying the portal again."""

from __future__ import annotations

import random


class Backoff:
    """Exponential backoff with full jitter (AWS's), honouring the portal's Retry-After.

    Full jitter spreads the retries of many kindergartens that lost the link at once. A
    Retry-After is the portal asking for quiet: it is a floor, even above the cap.
    """

    def __init__(self, base: float = 2.0, cap: float = 600.0,
                 rng: random.Random | None = None) -> None:
        self.base = base
        self.cap = cap
        self.rng = rng or random.Random()
        self.failures = 0

    def failed(self, retry_after: float | None = None) -> float:
        """The delay in seconds before the next try."""
        ceiling = min(self.cap, self.base * 2 ** min(self.failures, 62))
        self.failures += 1
        delay = self.rng.uniform(0.0, ceiling)
        if retry_after is not None and retry_after > delay:
            delay = retry_after
        return delay

    def succeeded(self) -> None:
        self.failures = 0
