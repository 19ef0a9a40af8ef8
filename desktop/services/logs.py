"""Logging for the window and the commands: a rotating file in the profile's log folder, a
ring buffer of recent lines for error reports (qutebrowser), and with `--debug` every line
on stderr as well. Every handler writes through the privacy masker: no IIN, phone,
e-mail or learnt name reaches a file, the buffer or the terminal.

Crash reports are kept beside the logs, so one folder holds everything support asks for.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections import deque
from datetime import datetime
from pathlib import Path

from desktop.services.privacy import mask

WINDOW_LOG = "balabaqsha-desk.log"
# The commands write their own file: a command run while the window is open would
# otherwise rotate a file the window holds open, which Windows refuses.
COMMANDS_LOG = "balabaqsha-desk-commands.log"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUPS = 5
CRASH_PREFIX = "crash-"
KEEP_CRASH_REPORTS = 20


class MaskingFormatter(logging.Formatter):
    """The whole line masked, the traceback included: an exception's message can quote
    whatever it was handed."""

    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


class RingBuffer(logging.Handler):
    """The last lines logged, for the report in the error dialog."""

    def __init__(self, capacity: int = 300) -> None:
        super().__init__()
        self.lines: deque[str] = deque(maxlen=capacity)
        self.setFormatter(MaskingFormatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log line must never take the program down
            self.handleError(record)


RECENT = RingBuffer()
_installed: list[logging.Handler] = []
_log_dir: list[Path] = []


def install(log_dir: Path, file_name: str = WINDOW_LOG, *, debug: bool = False) -> Path:
    """Log to a rotating file in `log_dir` and to the ring buffer, INFO and up (DEBUG and up,
    echoed to stderr, with `debug`). Installing again replaces the handlers."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / file_name
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        if handler is not RECENT:
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handlers: list[logging.Handler] = [file_handler, RECENT]
    if debug:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(MaskingFormatter(FORMAT))
        root.addHandler(handler)
    _installed[:] = handlers
    _log_dir[:] = [log_dir]
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return path


def log_folder() -> Path | None:
    """Where `install` put the logs; None when logging was never installed."""
    return _log_dir[0] if _log_dir else None


def save_crash_report(text: str, folder: Path, now: datetime | None = None) -> Path:
    """Write a masked report to a new file in `folder` and keep only the newest reports."""
    moment = now or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{CRASH_PREFIX}{moment:%Y%m%d-%H%M%S-%f}.txt"
    path.write_text(mask(text), encoding="utf-8")
    for old in crash_reports(folder)[:-KEEP_CRASH_REPORTS]:
        old.unlink(missing_ok=True)
    return path


def crash_reports(folder: Path) -> list[Path]:
    """The crash reports in `folder`, oldest first."""
    return sorted(folder.glob(f"{CRASH_PREFIX}*.txt"))


def log_files(folder: Path) -> list[Path]:
    """The log files in `folder`, rotated ones included."""
    return sorted(p for p in folder.glob("*.log*") if p.is_file())
