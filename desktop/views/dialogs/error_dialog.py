"""The error dialog for bugs: what happened in plain words, that nothing is lost, and a
report for support (the traceback, versions and the last lines of the log), saved at once
to the log folder, to copy or save elsewhere too. The report goes through the privacy
masker like the log. Installed as `sys.excepthook`, so an error in any slot reaches it
instead of vanishing."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.services import logs
from desktop.services.privacy import mask
from desktop.views.dialogs.document_problem import ask_where_to_save
from desktop.views.runtime.failures import Failure, describe

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
        *list(logs.RECENT.lines)[-80:],
    ]
    return mask("\n".join(lines))


class ErrorDialog(QDialog):
    """Shows a bug's message and its report. The report is saved to the log folder as the
    dialog opens (`saved_to`; None when there is no log folder or it cannot be written);
    "Copy details" puts it on the clipboard and "Save…" writes it where the person says.

    Signals: none (finished(int) as any dialog)."""

    def __init__(self, failure: Failure, parent: QWidget | None = None,
                 log_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.failure = failure
        self.setMinimumSize(600, 420)
        self.report = report_text(failure)
        self.saved_to: Path | None = None
        self._save_error = ""
        self._save_report_in(log_dir or logs.log_folder())

        self._message = QLabel(wordWrap=True)
        self._kept = QLabel(wordWrap=True)
        self._where = QLabel(wordWrap=True)
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details = QPlainTextEdit(readOnly=True)
        self._details.setPlainText(self.report)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self._message)
        layout.addWidget(self._kept)
        layout.addWidget(self._where)
        layout.addWidget(self._details, 1)
        layout.addWidget(self._buttons)
        self.retranslate()

    def _save_report_in(self, folder: Path | None) -> None:
        if folder is not None:
            try:
                self.saved_to = logs.save_crash_report(self.report, folder)
            except OSError as exc:
                self._save_error = exc.strerror or str(exc)
                log.warning("the crash report could not be saved in %s: %s", folder, exc)

    def _build_buttons(self) -> None:
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_details)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(
            lambda: ask_where_to_save(self, REPORT_FILE, self.save_report))
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self._message.setText(self.failure.message)
        self._kept.setText(self.tr(
            "Nothing is lost: the decisions you made are kept in the outbox and go to the "
            "portal with the next sync."))
        if self.saved_to is not None:
            self._where.setText(self.tr(
                "A report was saved to {path}. Send it to support, or copy the details "
                "below.").format(path=self.saved_to))
        elif self._save_error:
            self._where.setText(self.tr(
                "The report could not be saved in the log folder ({reason}): copy the "
                "details or save them elsewhere.").format(reason=self._save_error))
        else:
            self._where.setText("")
        self._where.setVisible(bool(self._where.text()))
        self.copy_button.setText(self.tr("Copy details"))
        self.save_button.setText(self.tr("Save…"))
        self._buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report)

    def save_report(self, path: str) -> None:
        Path(path).write_text(self.report, encoding="utf-8")

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
