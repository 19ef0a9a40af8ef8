"""The window's logging: the services' log (desktop.services.logs: a rotating, masked file
and the ring buffer for error reports), plus Qt's own messages routed into it."""

from __future__ import annotations

import logging
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


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    logging.getLogger(f"qt.{category}").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def install_logging(log_dir: Path, *, debug: bool = False) -> Path:
    """Log the window's run to `log_dir` (DEBUG and stderr too with `debug`); route Qt's
    messages."""
    path = logs.install(log_dir, logs.WINDOW_LOG, debug=debug)
    qInstallMessageHandler(_qt_message)
    return path
