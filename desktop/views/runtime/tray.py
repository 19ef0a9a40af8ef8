"""Notices in the system tray: a request has arrived, a parent's deadline ends within one
working day. Each is announced once (the cache remembers what was, `models.today`), after
a sync; a setting turns them off.

Where the desktop has no tray (a bare X server, Qt's offscreen platform) nothing is shown
there and nothing fails: the notices still go out as `noticed`, which the window shows in
its status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from desktop import APP_NAME
from desktop.services import settings as keys
from desktop.services.cache import Cache
from desktop.services.calendar import deadline_until
from desktop.services.settings import Settings
from desktop.views.item_models.requests_model import utc_now

if TYPE_CHECKING:
    from desktop.models.today import Entry, Notices

NOTIFY = keys.TRAY_NOTICES
# A notice names this many requests; "and N more" stands for the rest.
NAMED = 3
SHOW_MS = 10_000


def take_notices(cache: Cache, now: datetime) -> Notices:
    """What is news since the last call, remembered as announced (writes the cache)."""
    from desktop.models import today  # SQLAlchemy, on the worker that reads

    return today.remember_notices(cache, now=now, due_until=deadline_until(now, 1))


def _drawn_icon() -> QIcon:
    """A plain round "B" when the application has no icon of its own."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1f6fb2"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 60, 60)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(38)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, 64, 64), Qt.AlignmentFlag.AlignCenter, "B")
    painter.end()
    return QIcon(pixmap)


class TrayNotifier(QObject):
    """Announces new requests and near deadlines.

    Signals:
        noticed(str, str): a notice's title and text (also when no tray shows it).
        activated(): the person clicked the tray icon, a notice or "Open".
    """

    noticed = Signal(str, str)
    activated = Signal()

    def __init__(self, cache: Cache, tasks: object | None, settings: Settings, *,
                 clock: Callable[[], datetime] = utc_now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.tasks = tasks
        self.settings = settings
        self._clock = clock
        self.last: tuple[str, str] | None = None
        # While the window is locked a notice says how many, never whose: children's
        # names do not belong on a screen anyone walking by can read.
        self.discreet = False
        self.icon: QSystemTrayIcon | None = None
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.notify_action = QAction(self)
        self.notify_action.setCheckable(True)
        self.notify_action.setChecked(self.enabled)
        self.notify_action.toggled.connect(self.set_enabled)
        self.open_action = QAction(self)
        self.open_action.triggered.connect(self.activated)
        self.menu: QMenu | None = None
        if self.available:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            self.icon = QSystemTrayIcon(icon if not icon.isNull() else _drawn_icon(), self)
            self.menu = QMenu()
            self.menu.addAction(self.open_action)
            self.menu.addSeparator()
            self.menu.addAction(self.notify_action)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._icon_activated)
            self.icon.messageClicked.connect(self.activated)
            self.icon.show()
        self.retranslate()

    @property
    def enabled(self) -> bool:
        return self.settings.get(NOTIFY)

    def set_enabled(self, on: bool) -> None:
        if on != self.enabled:
            self.settings.set(NOTIFY, on)
        if self.notify_action.isChecked() != on:
            self.notify_action.setChecked(on)

    def retranslate(self) -> None:
        self.notify_action.setText(self.tr("Notify me of new requests and deadlines"))
        self.open_action.setText(self.tr("Open {app}").format(app=APP_NAME))
        if self.icon is not None:
            self.icon.setToolTip(APP_NAME)

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    # checking

    def check(self) -> None:
        """Look for news (after a sync). What is found while notices are off is remembered
        as seen all the same, so turning them on again does not bring up old news."""
        cache, now = self.cache, self._clock()
        run = getattr(self.tasks, "run", None)
        if callable(run):
            run(lambda: take_notices(cache, now), on_done=self.announce, writes_cache=True)
        else:
            self.announce(take_notices(cache, now))

    def announce(self, notices: Notices) -> None:
        if not notices or not self.enabled:
            return
        title, text = self.compose(notices)
        self.last = (title, text)
        if self.icon is not None and self.icon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information,
                                  SHOW_MS)
        self.noticed.emit(title, text)

    def compose(self, notices: Notices) -> tuple[str, str]:
        """A notice's title and text: one message, as a tray shows one at a time."""
        parts = []
        if notices.new_count:
            parts.append(self.tr("%n new request(s): ", "", notices.new_count)
                         + self._names(notices.new, notices.new_count))
        if notices.due_count:
            parts.append(self.tr("%n deadline(s) end within one working day: ", "",
                                 notices.due_count)
                         + self._names(notices.due, notices.due_count))
        if notices.new_count and not notices.due_count:
            title = self.tr("%n new request(s)", "", notices.new_count)
        elif notices.due_count and not notices.new_count:
            title = self.tr("Deadlines end soon")
        else:
            title = self.tr("Today's work")
        return title, "\n".join(parts)

    def _names(self, entries: tuple[Entry, ...], count: int) -> str:
        if self.discreet:
            return self.tr("open the program to see them")
        named = [self.tr("№{number} {child}").format(number=e.number, child=e.child_name)
                 for e in entries[:NAMED]]
        text = ", ".join(named)
        if count > len(named):
            text += self.tr(" and %n more", "", count - len(named))
        return text

    def _icon_activated(self, reason: Any) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.activated.emit()
