"""Today: the first page staff see, with the day's work in four cards: new requests,
parents' deadlines that end within one working day, documents parents sent again, and
conflicts that need attention. Clicking a request opens it; a conflict opens the Needs
attention page. Below them, the groups' places in a small chart.

The counts and lists come from `desktop.models.today` (indexed SQL) through Tasks, after
each sync and when the page is shown again later, so "today" follows the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QElapsedTimer,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import vocabulary
from desktop.services.cache import Cache
from desktop.services.calendar import PORTAL_TZ, deadline_until, working_days_left
from desktop.views.item_models.requests_model import URGENT, utc_now
from desktop.views.widgets.labels import bold_label
from desktop.views.widgets.occupancy_chart import OccupancyChart, read_places
from desktop.views.widgets.request_menu import RequestMenu, request_menu

if TYPE_CHECKING:
    from desktop.models.today import Conflict, Entry, Section, Today
    from desktop.services.workspace import Workspace

NEW, DUE, DOCUMENTS, CONFLICTS = "new", "due", "documents", "conflicts"
SECTIONS = (NEW, DUE, DOCUMENTS, CONFLICTS)
# Each card lists at most this many; its heading has the full count.
LIMIT = 100
# Shown again after this long, the page reads the cache afresh (deadlines move with time).
STALE_MS = 60_000
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "request" or "attention"
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2  # the request's id, or an outbox seq
NOTE_COLOUR = "#5f6b77"
PADDING = 5
CHART_HEIGHT = 200


def load_today(cache: Cache, now: datetime, limit: int = LIMIT) -> Today:
    """The four sections at `now` (plain Python: runs off the GUI thread)."""
    from desktop.models import today  # SQLAlchemy, on the worker that reads

    return today.read_today(cache, now=now, due_until=deadline_until(now, 1), limit=limit)


def _lines(index: QModelIndex | QPersistentModelIndex) -> list[str]:
    # The item's own text: the style option's has its line breaks turned into U+2028.
    return str(index.data() or "").split("\n")


class TwoLines(QStyledItemDelegate):
    """An entry as its request (first line) and what about it (second line, smaller and
    grey); each line cut with an ellipsis when the card is narrow."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        first = QFont(option.font)
        second = QFont(first)
        second.setPointSizeF(first.pointSizeF() * 0.9)
        return first, second

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        first, second = self._fonts(option)
        lines = _lines(index)
        height = QFontMetrics(first).height()
        if len(lines) > 1:
            height += QFontMetrics(second).height()
        return QSize(100, height + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        lines = _lines(index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        first, second = self._fonts(opt)
        rect: QRect = opt.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        main = palette.color(QPalette.ColorRole.HighlightedText) if selected else (
            foreground.color() if isinstance(foreground, QBrush)
            else palette.color(QPalette.ColorRole.Text))
        painter.save()
        painter.setFont(first)
        painter.setPen(main)
        metrics = QFontMetrics(first)
        painter.drawText(rect.x(), rect.y() + metrics.ascent(),
                         metrics.elidedText(lines[0], Qt.TextElideMode.ElideRight,
                                            rect.width()))
        if len(lines) > 1:
            below = QFontMetrics(second)
            painter.setFont(second)
            painter.setPen(main if selected or isinstance(foreground, QBrush)
                           else QColor(NOTE_COLOUR))
            painter.drawText(rect.x(), rect.y() + metrics.height() + below.ascent(),
                             below.elidedText(" ".join(lines[1:]),
                                              Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class Card(QFrame):
    """A titled list with its count, and a sentence in its place when it is empty."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"card_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = self._build_heading()
        self._build_list()
        column = QVBoxLayout(self)
        column.addLayout(heading)
        column.addWidget(self.note)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty, 1)
        column.addWidget(self.more, 0, Qt.AlignmentFlag.AlignRight)
        self.set_count(0)

    def _build_heading(self) -> QHBoxLayout:
        # A narrow window cuts a long title (Kazakh ones run long) rather than being held
        # wider than the screen.
        self.title = bold_label(1.1)
        self.title.setMinimumWidth(60)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setStyleSheet(
            "#count { background: #e8eef4; color: #1f3b57; border-radius: 9px;"
            " padding: 1px 8px; font-weight: bold; }")
        heading = QHBoxLayout()
        heading.addWidget(self.title, 0)
        heading.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        heading.addStretch(1)
        return heading

    def _build_list(self) -> None:
        """The note over the list, the list, the sentence in its place, and "more"."""
        self.note = QLabel(wordWrap=True)
        self.note.setStyleSheet(f"color: {NOTE_COLOUR};")
        self.list = QListWidget()
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setItemDelegate(TwoLines(self.list))
        self.list.setMouseTracking(True)
        self.list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty.setStyleSheet(f"color: {NOTE_COLOUR}; padding: 12px;")
        self.more = QPushButton()
        self.more.setFlat(True)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.setStyleSheet("QPushButton { color: palette(link); text-align: left; }")
        self.more.hide()

    def set_count(self, count: int) -> None:
        self.count.setText(str(count))
        self.list.setVisible(count > 0)
        self.empty.setVisible(count == 0)


class HomePage(QWidget):
    """Today's work.

    Signals:
        request_opened(int): staff clicked a request (its id).
        attention_requested(): staff clicked a conflict.
        due_list_requested(): staff asked for every request whose deadline is near.
    """

    request_opened = Signal(int)
    attention_requested = Signal()
    due_list_requested = Signal()
    decision_requested = Signal(str, list)

    def __init__(self, cache: Cache, tasks: object | None = None,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = utc_now,
                 workspace: Workspace | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.tasks = tasks
        self._clock = clock
        self.data: Today | None = None
        self.loaded_at: datetime | None = None
        self._since_load = QElapsedTimer()
        self._last_click: tuple[int, int] = (0, 0)
        self._click_timer = QElapsedTimer()
        # The request a card's context menu is about (its print and export work on it).
        self._menu_ids: list[int] = []
        self.menu: RequestMenu | None = None

        self.title = bold_label(1.3)
        self.day = QLabel()
        self.summary = QLabel(wordWrap=True)
        self.cards = {name: Card(name) for name in SECTIONS}
        for name, card in self.cards.items():
            card.list.setAccessibleName(name)
        if workspace is not None:
            self._build_menu(workspace)
        # The groups' places, small: what a decision just moved shows here at once too.
        self.chart = OccupancyChart(self)
        self.chart.setMinimumHeight(CHART_HEIGHT)
        self.chart.setMaximumHeight(CHART_HEIGHT)
        self._build_layout()
        self._connect()

        self.retranslate()

    # building

    def _build_menu(self, workspace: Workspace) -> None:
        """The cards' context menu: a request's decisions, printing and exports."""
        self.menu = request_menu(workspace, self.tasks, self, lambda: list(self._menu_ids),
                                 clock=self._clock)
        for card in self.cards.values():
            card.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.day)
        top.addStretch(1)
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.cards[NEW], 0, 0)
        grid.addWidget(self.cards[DUE], 0, 1)
        grid.addWidget(self.cards[DOCUMENTS], 1, 0)
        grid.addWidget(self.cards[CONFLICTS], 1, 1)
        for index in range(2):
            grid.setColumnStretch(index, 1)
            grid.setRowStretch(index, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addWidget(self.chart)

    def _connect(self) -> None:
        for card in self.cards.values():
            card.list.itemClicked.connect(self._clicked)
            card.list.itemActivated.connect(self._clicked)
        if self.menu is not None:
            self.menu.open_requested.connect(self.request_opened)
            self.menu.decision_requested.connect(self.decision_requested)
            for card in self.cards.values():
                card.list.customContextMenuRequested.connect(
                    lambda point, shown=card.list: self._context_menu(shown, point))
        self.cards[DUE].more.clicked.connect(self.due_list_requested)
        self.cards[CONFLICTS].more.clicked.connect(self.attention_requested)

    # the window's API

    def refresh(self) -> None:
        """Read today's work from the cache again (after a sync, or when shown)."""
        cache, now = self.cache, self._clock()
        run = getattr(self.tasks, "run", None)
        if callable(run):
            run(lambda: (now, load_today(cache, now)), on_done=self._loaded)
            run(lambda: read_places(cache), on_done=self.chart.set_groups)
        else:
            self._loaded((now, load_today(cache, now)))
            self.chart.set_groups(read_places(cache))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.data is not None and self._since_load.isValid() \
                and self._since_load.elapsed() > STALE_MS:
            self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today"))
        cards = self.cards
        cards[NEW].title.setText(self.tr("New requests"))
        cards[NEW].note.setText(self.tr("Waiting for your decision, the latest first."))
        cards[NEW].empty.setText(self.tr("No new requests."))
        cards[DUE].title.setText(self.tr("Deadlines ending"))
        cards[DUE].note.setText(self.tr(
            "The parent's enrollment window closes today or on the next working day."))
        cards[DUE].empty.setText(self.tr("No deadline ends today or on the next working "
                                         "day."))
        cards[DUE].more.setText(self.tr("Show in the list"))
        cards[DOCUMENTS].title.setText(self.tr("Documents sent again"))
        cards[DOCUMENTS].note.setText(self.tr(
            "Parents uploaded these again after a review: check them once more."))
        cards[DOCUMENTS].empty.setText(self.tr("No documents are waiting to be checked "
                                               "again."))
        cards[CONFLICTS].title.setText(self.tr("Conflicts"))
        cards[CONFLICTS].note.setText(self.tr(
            "Actions the portal did not apply: look at each on the Needs attention page."))
        cards[CONFLICTS].empty.setText(self.tr("Nothing needs your attention."))
        cards[CONFLICTS].more.setText(self.tr("Open Needs attention"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # filling

    def _loaded(self, loaded: tuple[datetime, Today]) -> None:
        self.loaded_at, self.data = loaded
        self._since_load.start()
        self._show()

    def _show(self) -> None:
        now = self.loaded_at or self._clock()
        local = now.astimezone(PORTAL_TZ).date()
        day = QDate(local.year, local.month, local.day)
        name = QLocale().dayName(day.dayOfWeek())
        self.day.setText(f"{name[:1].upper()}{name[1:]}, {vocabulary.format_date(local)}")
        data = self.data
        if data is None:
            self.summary.setText("")
            return
        if data.total:
            self.summary.setText(self.tr("%n thing(s) to see to.", "", data.total))
        else:
            self.summary.setText(self.tr("Nothing needs doing right now."))
        self._fill(self.cards[NEW], data.new, self._new_line)
        self._fill(self.cards[DUE], data.due, self._due_line)
        self._fill(self.cards[DOCUMENTS], data.documents, self._document_line)
        self._fill(self.cards[CONFLICTS], data.conflicts, self._conflict_line)
        self.cards[DUE].more.setVisible(data.due.count > 0)
        self.cards[CONFLICTS].more.setVisible(data.conflicts.count > 0)

    def _fill(self, card: Card, section: Section,
              line: Callable[[Any], tuple[str, str, str, int, int | None]]) -> None:
        card.list.clear()
        card.set_count(section.count)
        for entry in section.entries:
            text, tooltip, kind, target, days = line(entry)
            item = QListWidgetItem(text)
            item.setToolTip(tooltip)
            item.setData(KIND_ROLE, kind)
            item.setData(TARGET_ROLE, target)
            colours = URGENT.get(days) if days is not None else None
            if colours is not None:
                item.setBackground(QBrush(colours[0]))
                item.setForeground(QBrush(colours[1]))
            card.list.addItem(item)
        hidden = section.count - len(section.entries)
        if hidden > 0:
            item = QListWidgetItem(self.tr("…and %n more", "", hidden))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            card.list.addItem(item)

    def _request_text(self, entry: Entry) -> str:
        return self.tr("№{number} · {child}").format(number=entry.number,
                                                      child=entry.child_name)

    def _new_line(self, entry: Entry) -> tuple[str, str, str, int, int | None]:
        when = vocabulary.format_datetime(entry.requested_at)
        detail = self.tr("Arrived {when}").format(when=when) if when else ""
        if entry.pending:
            detail = self.tr("Your decision waits to be sent to the portal")
        return (f"{self._request_text(entry)}\n{detail}".rstrip(),
                vocabulary.request_status(entry.status), "request", entry.request_id, None)

    def _due_line(self, entry: Entry) -> tuple[str, str, str, int, int | None]:
        assert entry.deadline is not None
        days = working_days_left(entry.deadline, self.loaded_at or self._clock())
        when = vocabulary.format_datetime(entry.deadline)
        if days == 0:
            detail = self.tr("Last day: until {when}").format(when=when)
        else:
            detail = self.tr("%n working day(s) left, until {when}", "", days).format(
                when=when)
        status = vocabulary.request_status(entry.status)
        return (f"{self._request_text(entry)}\n{detail} · {status}", status, "request",
                entry.request_id, days)

    def _document_line(self, entry: Entry) -> tuple[str, str, str, int, int | None]:
        name = vocabulary.document_kind(entry.document_kind or "")
        when = vocabulary.format_datetime(entry.uploaded_at)
        detail = self.tr("{document}, sent {when}").format(document=name, when=when) \
            if when else name
        return (f"{self._request_text(entry)}\n{detail}", name, "request", entry.request_id,
                None)

    def _conflict_line(self, entry: Conflict) -> tuple[str, str, str, int, int | None]:
        action = vocabulary.action(entry.name, entry.args, number=entry.number)
        outcome = vocabulary.outcome(entry.outcome)
        detail = f"{outcome}: {entry.reason}" if entry.reason else outcome
        when = vocabulary.format_datetime(entry.answered_at)
        tooltip = self.tr("Answered {when}").format(when=when) if when else detail
        return f"{action}\n{detail}", tooltip, "attention", entry.seq, None

    # clicking

    def _clicked(self, item: QListWidgetItem) -> None:
        kind, target = item.data(KIND_ROLE), item.data(TARGET_ROLE)
        if kind is None or target is None:
            return
        # A double-click is a click and an activation: one opening is enough.
        key = (id(item), int(target))
        if key == self._last_click and self._click_timer.isValid() and \
                self._click_timer.elapsed() < QApplication.doubleClickInterval():
            return
        self._last_click = key
        self._click_timer.start()
        if kind == "attention":
            self.attention_requested.emit()
        else:
            self.request_opened.emit(int(target))

    def _context_menu(self, shown: QListWidget, point: QPoint) -> None:
        item = shown.itemAt(point)
        if item is None or item.data(TARGET_ROLE) is None:
            return
        shown.setCurrentItem(item)
        if item.data(KIND_ROLE) == "attention":
            menu = QMenu(self)
            menu.addAction(self.tr("Open Needs attention"), self.attention_requested.emit)
            menu.popup(shown.viewport().mapToGlobal(point))
            return
        assert self.menu is not None
        self._menu_ids = [int(item.data(TARGET_ROLE))]
        self.menu.popup(self._menu_ids, shown.viewport(), point)

    # for tests and the window

    def entries(self, name: str) -> list[str]:
        card = self.cards[name]
        return [card.list.item(row).text() for row in range(card.list.count())]
