"""Starting the built-in training portal: a window with its output while it starts (the
first start builds a demo world, which takes up to a minute), so a slow start never looks
like a hang."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services.embedded import EmbeddedPortal
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import TaskHandle, Tasks


class SandboxStartDialog(QDialog):
    """Accepted once the portal listens; rejected when cancelled or when it failed."""

    def __init__(self, portal: EmbeddedPortal, tasks: Tasks,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._portal = portal
        self._tasks = tasks
        self._handle: TaskHandle | None = None
        self.failure: Failure | None = None
        self.heading = QLabel(wordWrap=True)
        self.note = QLabel(wordWrap=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.output = QPlainTextEdit(readOnly=True)
        self.output.setMaximumBlockCount(500)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.output, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Balabaqsha Desk"))
        self.heading.setText(self.tr("Starting the training portal…"))
        if self.failure is None:
            self.note.setText(self.tr("No portal is set up, so the program uses its built-in "
                                      "training portal. The first start builds a demo world "
                                      "and can take up to a minute."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        portal = self._portal
        self._handle = self._tasks.run(lambda report: portal.start(on_line=report),
                                       on_done=self._started, on_failed=self._failed,
                                       on_progress=self._line)

    def exec(self) -> int:
        self.start()
        return super().exec()

    def _line(self, line: Any) -> None:
        self.output.appendPlainText(str(line))

    def _started(self, _url: str) -> None:
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.failure = failure
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.note.setText(failure.message)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def reject(self) -> None:
        if self._handle is not None and not self._handle.finished:
            self._handle.cancel()
            self._portal.stop()  # ends its output, so the start gives up at once
        super().reject()
