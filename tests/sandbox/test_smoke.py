from __future__ import annotations

from datetime import datetime

from portal_sandbox.workdays import PORTAL_TZ
from tests.sandbox.scenario import World


def test_a_family_applies_and_is_queued(world: World) -> None:
    world.client.set_clock(datetime(2025, 2, 6, 9, 0, tzinfo=PORTAL_TZ))
    _family, app = world.application()
    assert app["status"] == "queued"
    assert app["queue_position"] == 1
    assert app["priority_category"] == "age_3"
