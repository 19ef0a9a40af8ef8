from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from portal_sandbox.workdays import PORTAL_TZ
from tests.support.sandbox import stop_sandbox
from tests.support.world import World


def test_a_family_applies_and_is_queued(world: World) -> None:
    world.client.set_clock(datetime(2025, 2, 6, 9, 0, tzinfo=PORTAL_TZ))
    _family, app = world.application()
    assert app["status"] == "queued"
    assert app["queue_position"] == 1
    assert app["priority_category"] == "age_3"


@pytest.mark.live
def test_the_servers_output_carries_no_library_warnings(tmp_path: Path) -> None:
    """The client's start dialog shows this output to staff: a deprecation inside pyHanko
    (cryptography 51's DSA) is for the next upgrade of the lock, not for them."""
    process = subprocess.Popen(
        [sys.executable, "-m", "portal_sandbox", "serve", "--port", "0", "--seed", "empty",
         "--data-dir", str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    assert process.stdout is not None
    seen = []
    try:
        for line in process.stdout:
            seen.append(line)
            if line.startswith("listening on "):
                break  # by then the app, signing included, is imported
    finally:
        stop_sandbox(process)
    assert seen and seen[-1].startswith("listening on "), seen
    assert not [line for line in seen if "Warning" in line], seen
