"""The window's logging: the services' log (desktop.services.logs: a rotating, masked file
and the ring buffer for error reports), plus Qt's own messages routed into it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from desktop.services import logs

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


def install_logging(log_dir: Path, *, debug: bool = False,
                    on_fatal: Callable[[str], None] | None = None) -> Path:
    """Log the window's run to `log_dir` (DEBUG and stderr too with `debug`); route Qt's
    messages.

    `on_fatal` hears Qt's fatal messages (no platform plugin, no display) before Qt aborts
    the process, which it does without a word on the terminal: it is the one chance to say
    why."""
    global _on_fatal
    _on_fatal = on_fatal
    path = logs.install(log_dir, logs.WINDOW_LOG, debug=debug)
    qInstallMessageHandler(_qt_message)
    return path
