"""The idle lock: after the configured minutes without keyboard or mouse, the window hides
its contents behind a panel that asks for the password. The PC in a kindergarten office is
shared, and the cache holds children's personal data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.widgets.labels import bold_label

# Events that mean a person is at the keyboard; timers, paints and network replies do not.
ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut,
})


class IdleWatcher(QObject):
    """An event filter on the application.

    Signals: idle_timed_out() when nobody touched the keyboard or mouse for the timeout.
    """

    idle_timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle_timed_out)
        self.set_timeout_ms(timeout_ms)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(timeout_ms, 1))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


class LockPanel(QWidget):
    """What a locked window shows.

    Signals: unlock_requested(str) with the password typed.
    """

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = bold_label(1.5, alignment=Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(260)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.who)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(3)
        self.unlock_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self._login = ""
        self.retranslate()

    def prepare(self, login: str) -> None:
        self._login = login
        self.password.clear()
        self.message.clear()
        self.set_busy(False)
        self.retranslate()
        self.password.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def refuse(self, message: str) -> None:
        self.set_busy(False)
        self.message.setText(message)
        self.password.selectAll()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The session is locked"))
        self.who.setText(self.tr("Signed in as {login}. Enter your password to go on.").format(
            login=self._login))
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _submit(self) -> None:
        if self.password.text():
            self.set_busy(True)
            self.unlock_requested.emit(self.password.text())
