"""The Qt binding the client runs on: guards against a known-broken PySide6 release."""

from __future__ import annotations

import subprocess
import sys

EMITS = """
import sys
from PySide6.QtCore import QObject, Signal

class Source(QObject):
    changed = Signal()

source = Source()
for _ in range(20000):
    source.changed.emit()
print("ok")
"""


def test_many_signal_emits_do_not_crash_the_interpreter() -> None:
    # PySide6 6.12.0 drops a reference to True on every emit from Python: a long session
    # (a sync timer, a busy table) aborts with "bool_dealloc" after about a thousand.
    result = subprocess.run([sys.executable, "-c", EMITS], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
