"""The error dialog for bugs: what happened in plain words, and a report to send to
support (the traceback, versions and the last lines of the log). Installed as
`sys.excepthook`, so an error in any slot reaches it instead of vanishing."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.views.document_problem import ReportButton
from desktop.views.failures import Failure, describe
from desktop.views.logs import RECENT

log = logging.getLogger(__name__)

REPORT_FILE = "balabaqsha-desk-report.txt"


def report_text(failure: Failure) -> str:
    lines = [
        f"Balabaqsha Desk {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
        f"{platform.platform()}",
        "",
        failure.details.rstrip(),
        "",
        "Recent log:",
        *list(RECENT.lines)[-80:],
    ]
    return "\n".join(lines)


class ErrorDialog(QDialog):
    """Shows a bug's message and its report, with the same Copy and Save as the document
    viewer's "Report" (a folder that cannot be written to gets a message, not a second
    error dialog)."""

    def __init__(self, failure: Failure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failure = failure
        self.setMinimumSize(560, 380)
        self._message = QLabel(wordWrap=True)
        self._details = QPlainTextEdit(readOnly=True)
        self._details.setPlainText(report_text(failure))
        self._report = ReportButton(lambda: (self._details.toPlainText(), REPORT_FILE))
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.addButton(self._report, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._message)
        layout.addWidget(self._details, 1)
        layout.addWidget(self._buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self._message.setText(self.failure.message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


_open_dialogs: list[ErrorDialog] = []


def show_error_dialog(failure: Failure, parent: QWidget | None = None) -> ErrorDialog:
    """Show without blocking: the event loop (and the sync) goes on behind it."""
    dialog = ErrorDialog(failure, parent)
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.remove(dialog))
    dialog.open()
    return dialog


def _excepthook(kind: type[BaseException], error: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log.error("uncaught:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if QApplication.instance() is not None and threading.current_thread() is \
            threading.main_thread():
        show_error_dialog(describe(error))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    log.error("uncaught in thread %s:\n%s", args.thread.name if args.thread else "?",
              "".join(traceback.format_exception(args.exc_type, args.exc_value,
                                                 args.exc_traceback)))


def install_excepthook() -> None:
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
