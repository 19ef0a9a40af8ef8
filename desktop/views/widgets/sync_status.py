"""The status bar: the sync indicator (online, offline or syncing; the last sync; how many
actions wait to be sent and how many need attention; "Sync now"; the busy indicator of long
tasks, shown only after Tasks' delay), and beside it the message of what was just done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop.services.vocabulary import format_datetime

ONLINE, OFFLINE, SYNCING = "online", "offline", "syncing"
STATE_COLOURS = {ONLINE: "#1b7f3b", OFFLINE: "#b00020", SYNCING: "#1f5fbf"}


class SyncStatusBar(QWidget):
    """Signals: sync_requested(), cancel_requested() (the button, while a sync runs),
    attention_clicked()."""

    sync_requested = Signal()
    cancel_requested = Signal()
    attention_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ONLINE
        self.last_sync_at: datetime | None = None
        self.pending = 0
        self.attention = 0
        self.busy_label_text = ""
        self.progress_text = ""
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(14)
        self.busy.hide()
        self.busy_label = QLabel()
        self.busy_label.hide()
        self.state_label = QLabel()
        self.last_sync_label = QLabel()
        self.pending_label = QLabel()
        self.attention_label = QLabel()
        self.attention_label.linkActivated.connect(lambda _link: self.attention_clicked.emit())
        self.sync_button = QPushButton()
        # One button: "Sync now", or while a sync runs, "Stop syncing".
        self.sync_button.clicked.connect(lambda: self.cancel_requested.emit()
                                         if self.state == SYNCING
                                         else self.sync_requested.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.busy_label, self.busy, self.state_label, self.last_sync_label,
                       self.pending_label, self.attention_label, self.sync_button):
            layout.addWidget(widget)
        self.retranslate()

    # what the window tells it

    def set_state(self, state: str) -> None:
        self.state = state
        if state != SYNCING:
            self.progress_text = ""
        self.retranslate()

    def set_progress(self, text: str) -> None:
        self.progress_text = text
        self.retranslate()

    def set_status(self, status: Any) -> None:
        """The sync engine's SyncStatus (pending, attention, last_sync_at, last_error)."""
        self.pending = int(getattr(status, "pending", 0) or 0)
        self.attention = int(getattr(status, "attention", 0) or 0)
        self.last_sync_at = getattr(status, "last_sync_at", None) or self.last_sync_at
        self.retranslate()

    def set_busy(self, busy: bool, label: str) -> None:
        self.busy_label_text = label if busy else ""
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy and bool(label))
        self.retranslate()

    def retranslate(self) -> None:
        states = {ONLINE: self.tr("● Online"), OFFLINE: self.tr("● Offline"),
                  SYNCING: self.tr("● Syncing…")}
        text = states[self.state]
        if self.state == SYNCING and self.progress_text:
            text = f"{text} {self.progress_text}"
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {STATE_COLOURS[self.state]};")
        self.state_label.setToolTip({
            ONLINE: self.tr("The portal answers."),
            OFFLINE: self.tr("The portal cannot be reached. You can go on working: your "
                             "actions wait on this computer and are sent when it answers."),
            SYNCING: self.tr("Exchanging changes with the portal."),
        }[self.state])
        if self.last_sync_at is None:
            self.last_sync_label.setText(self.tr("Not synced yet"))
        else:
            self.last_sync_label.setText(self.tr("Last sync: {when}").format(
                when=format_datetime(self.last_sync_at)))
        self.pending_label.setText(self.tr("To send: {count}").format(count=self.pending))
        self.pending_label.setToolTip(self.tr("Your actions that the portal has not "
                                              "confirmed yet"))
        if self.attention:
            self.attention_label.setText('<a href="#attention">{}</a>'.format(
                self.tr("Needs attention: {count}").format(count=self.attention)))
        else:
            self.attention_label.setText(self.tr("Needs attention: {count}").format(count=0))
        if self.state == SYNCING:
            self.sync_button.setText(self.tr("Stop syncing"))
            self.sync_button.setToolTip(self.tr(
                "Stop this sync at its next safe point: what was sent and received so far "
                "is kept, the rest comes with the next sync"))
        else:
            self.sync_button.setText(self.tr("Sync now"))
            self.sync_button.setToolTip(self.tr("Sync with the portal now (F5)"))
        self.busy_label.setText(self.busy_label_text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StatusMessage(QLabel):
    """What the window just did, for a while, left of the sync indicator and never under
    it: a message too long for the room left is cut with "…" and shown whole in its
    tooltip. A message is words of the language it was written in, so a language switch
    clears it, unless it was given as a function that words it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = ""
        self._words: Callable[[], str] | None = None
        # Any width will do: the sync indicator keeps its own, the message takes the rest.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)

    def show_message(self, message: str | Callable[[], str], timeout_ms: int = 0) -> None:
        self._words = message if callable(message) else None
        self.message = (message() if callable(message) else message).replace("\n", " ")
        self._elide()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def clear_message(self) -> None:
        self._timer.stop()
        self._words = None
        self.message = ""
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.message, Qt.TextElideMode.ElideRight,
                                              max(self.width(), 0))
        self.setText(shown)
        self.setToolTip(self.message if shown != self.message else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self._words is not None:
                self.message = self._words().replace("\n", " ")
                self._elide()
            else:
                self.clear_message()
        super().changeEvent(event)
