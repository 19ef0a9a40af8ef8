"""Logging: a rotating file in the profile's log folder, a ring buffer of recent lines for
error reports (qutebrowser), and Qt's own messages routed into Python logging."""

from __future__ import annotations

import logging
import logging.handlers
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LOG_FILE = "balabaqsha-desk.log"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class RingBuffer(logging.Handler):
    """The last lines logged, for the report in the error dialog."""

    def __init__(self, capacity: int = 300) -> None:
        super().__init__()
        self.lines: deque[str] = deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log line must never take the program down
            self.handleError(record)


RECENT = RingBuffer()

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# Called with Qt's message when Qt is about to abort (see install_logging).
_on_fatal: Callable[[str], None] | None = None


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    logging.getLogger(f"qt.{category}").log(_QT_LEVELS.get(kind, logging.WARNING), message)
    if kind == QtMsgType.QtFatalMsg and _on_fatal is not None:
        _on_fatal(message)


def install_logging(log_dir: Path, level: int = logging.INFO,
                    on_fatal: Callable[[str], None] | None = None) -> Path:
    """Log to a rotating file in `log_dir` and to the ring buffer; route Qt's messages.

    `on_fatal` hears Qt's fatal messages (no platform plugin, no display) before Qt aborts
    the process, which it does without a word on the terminal: it is the one chance to say
    why."""
    global _on_fatal
    _on_fatal = on_fatal
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(file_handler)
    root.addHandler(RECENT)
    qInstallMessageHandler(_qt_message)
    return path
