"""The requests table's item model: ids and a few pages of rows, never the whole list.

Like Anki's browser model it holds ids, not rows, and fetches rows lazily; unlike Anki it
does not hold every matching id either, because a city's cache holds 100,000 requests. It
holds the number of matching requests and, for the pages the view has asked about lately,
their ids and rows; `data()` for a row outside them reads that page (one indexed query, a
few milliseconds, so on the GUI thread). Filtering and sorting are SQL
(`desktop.models.queries`); a generation counter marks everything cached as stale when the
filter, the order or the cache's data change.

The first page as the list opens comes from `request_list.opening_page`, without SQLAlchemy;
`queries` (and SQLAlchemy with it) is imported where it is first needed, usually by the
count that follows the first page in the background, so the window paints before it loads.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.models import request_list
from desktop.models.domain import Status
from desktop.models.request_list import Deadline, Memo, RequestFilter, RowData, SortKey
from desktop.services import vocabulary
from desktop.services.cache import Cache
from desktop.services.calendar import PORTAL_TZ, deadline_until, working_days_left

AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the request's id (int), as in rows_model
DAYS_LEFT_ROLE = Qt.ItemDataRole.UserRole + 3  # working days left (int), or None

PAGE_SIZE = 50
MAX_PAGES = 8  # pages of ids and rows kept; the rest are read again when scrolled back to
# Beyond this many selected rows, a refresh or a new order does not look for each one's new
# place (a query apiece); those drop out of the selection.
MAX_TRACKED = 200

# Days-left colours (background, text): the parent's last working day, and the one before.
URGENT = {0: (QColor("#f8d7da"), QColor("#842029")), 1: (QColor("#fff3cd"), QColor("#664d03"))}
_URGENT_BRUSHES = {days: (QBrush(back), QBrush(text)) for days, (back, text) in URGENT.items()}

# data() runs a few thousand times per repaint (each visible cell, each role a delegate
# asks), so it compares plain ints and answers from a tuple made once per row.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID, _DAYS = int(ID_ROLE), int(DAYS_LEFT_ROLE)
_ROLES = frozenset({_DISPLAY, _ALIGN, _BACKGROUND, _FOREGROUND, _TOOLTIP, _ID, _DAYS})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NO_ROW = -2  # no row remembered (an invalid index's row is -1)


class Column(IntEnum):
    NUMBER = 0
    CHILD = 1
    BIRTH_DATE = 2
    GROUP = 3
    LANGUAGES = 4
    STATUS = 5
    REVIEW = 6
    REQUESTED_AT = 7
    DAYS_LEFT = 8


_COLUMNS = len(Column)
# Columns of words, narrowed first when the window is narrow (their cells elide).
WORDY_COLUMNS = frozenset({int(Column.GROUP), int(Column.LANGUAGES), int(Column.STATUS),
                           int(Column.REVIEW)})
# PySide picks the argument-less overload of the layout signals unless told which.
_LAYOUT_SIGNATURE = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"
_RIGHT_ALIGNED = frozenset({Column.NUMBER, Column.BIRTH_DATE, Column.REQUESTED_AT,
                            Column.DAYS_LEFT})
_DAYS_COLUMN = int(Column.DAYS_LEFT)

SORT_OF_COLUMN = {
    Column.NUMBER: SortKey.NUMBER, Column.CHILD: SortKey.CHILD,
    Column.BIRTH_DATE: SortKey.BIRTH_DATE, Column.GROUP: SortKey.GROUP,
    Column.LANGUAGES: SortKey.LANGUAGES, Column.STATUS: SortKey.STATUS,
    Column.REVIEW: SortKey.REVIEW, Column.REQUESTED_AT: SortKey.REQUESTED_AT,
    Column.DAYS_LEFT: SortKey.DEADLINE,
}
COLUMN_OF_SORT = {sort: column for column, sort in SORT_OF_COLUMN.items()}


def utc_now() -> datetime:
    return datetime.now(UTC)


class RequestsModel(QAbstractTableModel):
    """The cached requests matching a filter, in its order.

    Signals:
        count_changed(int): the number of matching requests, after a new filter, order
            or refresh; while `count_pending`, the rows known so far (a first page), and
            again when the count arrives from the background.
    """

    count_changed = Signal(int)

    def __init__(self, cache: Cache, parent: QObject | None = None, *,
                 tasks: Any = None, clock: Callable[[], datetime] = utc_now,
                 page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES) -> None:
        super().__init__(parent)
        self._cache = cache
        # desktop.views.runtime.tasks.Tasks (or None: counted at once): counting many requests
        # under filters takes longer than a keystroke may, so it runs in the background.
        self._tasks = tasks
        self._clock = clock
        self.count_pending = False
        self._page_size = page_size
        self._max_pages = max_pages
        self._filter = RequestFilter()
        self._count = 0
        self.generation = 0
        self._pages: OrderedDict[int, list[int]] = OrderedDict()
        self._rows: dict[int, RowData] = {}
        # Per request: (texts of the columns, days left or None), made on first paint.
        self._shown: dict[int, tuple[tuple[str, ...], int | None]] = {}
        self._labels: dict[str, Any] | None = None
        self._last_page = -1
        self._last_ids: list[int] = []
        self._last_row = _NO_ROW
        self._last_shown: tuple[int, tuple[tuple[str, ...], int | None]] = (0, ((), None))
        # Ids of evicted rows that a persistent index (the selection) still points at: a
        # refresh must know which request each one was.
        self._pinned: dict[int, int] = {}
        self._memo = Memo()
        self._days_left: dict[datetime, int] = {}
        self._now = clock()
        # At start even counting everything waits: the index it reads is not decrypted in
        # memory yet (tens of milliseconds at 100,000), and the first rows come first. (In
        # the window, background work starts once it has painted: see Tasks.hold.)
        self._reload(self._filter, count_later=tasks is not None)
        if self.count_pending:
            self._count_later()

    # what the page uses

    @property
    def filter(self) -> RequestFilter:
        return self._filter

    @property
    def count(self) -> int:
        return self._count

    @property
    def cached_rows(self) -> int:
        """Rows held in memory now (bounded by the page cache, whatever the count)."""
        return len(self._rows)

    def set_filter(self, f: RequestFilter) -> None:
        """Show the requests matching `f` in its order (a reset: the selection is cleared)."""
        self.beginResetModel()
        self._reload(f)
        self.endResetModel()
        self.count_changed.emit(self._count)
        if self.count_pending:
            self._count_later()

    def finish_count(self) -> None:
        """Count now, on this thread, if the count is still on its way (before looking for
        a row that may lie beyond the first page)."""
        if self.count_pending:
            from desktop.models import queries

            self._counted(self.generation, queries.read_count(self._cache, self._filter))

    def refresh(self) -> None:
        """Read the cache again (after a sync): the selection and the current row follow
        their requests to their new rows, and the view keeps its scroll position."""
        self._relayout(self._filter, same_rows=False)

    def request_id(self, row: int) -> int | None:
        page, offset = divmod(row, self._page_size)
        ids = self._last_ids if page == self._last_page else self._page_of(row)
        return ids[offset] if ids is not None and offset < len(ids) else None

    def row_data(self, row: int) -> RowData | None:
        request_id = self.request_id(row)
        return None if request_id is None else self._rows.get(request_id)

    def row_of(self, request_id: int) -> int | None:
        """The row showing `request_id` now, or None when the filter hides it."""
        self.finish_count()
        for page, ids in self._pages.items():
            if request_id in ids:
                return page * self._page_size + ids.index(request_id)
        from desktop.models import queries

        return queries.read_position(self._cache, self._filter, request_id, self._memo)

    def retranslate(self) -> None:
        self._shown.clear()
        self._labels = None
        self._last_row = _NO_ROW
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(Column) - 1))

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None
        column = index.column()
        if role == _ALIGN:
            return _RIGHT if column in _RIGHT_ALIGNED else None
        if role in (_BACKGROUND, _FOREGROUND) and column != _DAYS_COLUMN:
            return None
        row = index.row()
        if row == self._last_row:
            # A view asks for every role of every column of a row in turn.
            request_id, shown = self._last_shown
        else:
            if not 0 <= row < self._count or not 0 <= column < _COLUMNS:
                return None
            found = self.request_id(row)
            if found is None:
                return None
            request_id = found
            made = self._shown.get(request_id)
            if made is None:
                data = self._rows.get(request_id)
                if data is None:
                    return None
                made = self._shown[request_id] = (self._texts(data), self._days(data))
            shown = made
            self._last_row, self._last_shown = row, (request_id, shown)
        if role == _DISPLAY:
            return shown[0][column]
        if role in (_BACKGROUND, _FOREGROUND):
            brushes = _URGENT_BRUSHES.get(shown[1]) if shown[1] is not None else None
            return None if brushes is None else brushes[0 if role == _BACKGROUND else 1]
        if role == _ID:
            return request_id
        if role == _DAYS:
            return shown[1]
        data = self._rows.get(request_id)
        if data is None:
            return None
        # A wordy column may be narrower than its text (see RequestsPage): the whole text.
        return self._tooltip(data, Column(column)) or (
            shown[0][column] or None if column in WORDY_COLUMNS else None)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.DAYS_LEFT:
            return self.tr("Working days the parent has left to enroll the child")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        f = replace(self._filter, sort=SORT_OF_COLUMN[Column(column)],
                    descending=order == Qt.SortOrder.DescendingOrder)
        if f != self._filter:
            self._relayout(f, same_rows=True)

    # texts

    def _headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Child"), self.tr("Born"), self.tr("Group"),
                self.tr("Languages"), self.tr("Status"), self.tr("Review"),
                self.tr("Requested"), self.tr("Days left")]

    def _texts(self, row: RowData) -> tuple[str, ...]:
        """What each column shows for `row`, in Column order."""
        labels = self._labels
        if labels is None:
            labels = self._labels = self._make_labels()
        if row.group_name is not None:
            group = row.group_name
        else:
            group = "" if row.group_id is None else labels["group"].format(id=row.group_id)
        review = vocabulary.review(row.review, pending=row.pending)
        languages = labels["languages"].get(row.languages)
        if languages is None:
            languages = ", ".join(vocabulary.group_language(code)
                                  for code in row.languages.split(",") if code)
        days = self._days(row)
        return (str(row.number), row.child_name,
                vocabulary.format_date(row.child_birth_date), group, languages,
                labels["status"].get(row.status) or vocabulary.request_status(row.status),
                review, vocabulary.format_datetime(row.requested_at),
                "" if days is None else str(days))

    def labels_of(self, column: Column) -> list[str]:
        """Every text a coded column can show in the current language (whatever rows are
        loaded now), so the page can make it wide enough for all of them."""
        labels = self._make_labels()
        if column is Column.STATUS:
            return list(labels["status"].values())
        if column is Column.LANGUAGES:
            return list(labels["languages"].values())
        if column is Column.REVIEW:
            # Not the longer "…, not sent yet" forms: they last until the next sync, and
            # their cells carry the whole text as a tooltip.
            return [vocabulary.review(code) for code in vocabulary.REVIEWS]
        return []

    def _make_labels(self) -> dict[str, Any]:
        """The coded values' labels in the current language, looked up once per row."""
        return {
            "group": self.tr("Group {id}"),
            "languages": {value: ", ".join(vocabulary.group_language(code)
                                           for code in value.split(","))
                          for value in request_list.LANGUAGE_ORDER},
            "status": {status.value: vocabulary.request_status(status.value)
                       for status in Status},
        }

    def _tooltip(self, row: RowData, column: Column) -> str | None:
        if column is Column.REVIEW and row.pending:
            return self.tr("Your decision is saved here and waits to be sent to the portal.")
        if column is Column.DAYS_LEFT and row.deadline is not None:
            deadline = vocabulary.format_datetime(row.deadline)
            if row.deadline < self._now:
                return self.tr("The deadline passed: {deadline}").format(deadline=deadline)
            return self.tr("Deadline: {deadline}").format(deadline=deadline)
        if column is Column.CHILD:
            return self.tr("IIN {iin}").format(iin=row.child_iin)
        return None

    def _days(self, row: RowData) -> int | None:
        if row.deadline is None:
            return None
        days = self._days_left.get(row.deadline)
        if days is None:
            days = self._days_left[row.deadline] = working_days_left(row.deadline, self._now)
        return days

    # paging

    def _resolve(self, f: RequestFilter) -> RequestFilter:
        """`f` at this moment: what "now", "today" and "within N working days" mean."""
        now = self._now
        f = replace(f, now=now, today=now.astimezone(PORTAL_TZ).date())
        if f.deadline is Deadline.WITHIN:
            f = replace(f, deadline_until=deadline_until(now, f.within_days))
        return f

    def _reload(self, f: RequestFilter, *, count_now: bool = False, count_later: bool = False,
                known_count: int | None = None) -> None:
        self.generation += 1
        self._now = self._clock()
        self._days_left.clear()
        self._pages.clear()
        self._rows.clear()
        self._shown.clear()
        self._last_page, self._last_ids, self._last_row = -1, [], _NO_ROW
        self._pinned.clear()
        self._memo = Memo()
        self._filter = self._resolve(f)
        self.count_pending = False
        if count_later:
            opening = request_list.opening_page(self._cache, self._filter, self._page_size + 1)
            if opening is not None:  # a full page and more: counted in the background
                first = [row.id for row in opening[:self._page_size]]
                self._keep(0, first, {row.id: row for row in opening})
                self._count = len(first)
                self.count_pending = True
                return
        from desktop.models import queries

        counted = known_count is None and (count_now or self._tasks is None or (
            not count_later and queries.cheap_count(self._filter)))
        page = queries.read_first_page(self._cache, self._filter, self._page_size, self._memo,
                                       counted=counted)
        self._keep(0, page.ids, page.rows)
        # A first page that is not full is the whole answer: no COUNT needed.
        if not page.more:
            self._count = len(page.ids)
        elif known_count is not None:
            self._count = known_count
        elif page.count is not None:
            self._count = page.count
        else:
            self._count = len(page.ids)
            self.count_pending = True

    def _count_later(self) -> None:
        cache, f, generation = self._cache, self._filter, self.generation

        def count() -> int:
            from desktop.models import queries

            return queries.read_count(cache, f)

        self._tasks.run(count, on_done=lambda n: self._counted(generation, n))

    def _counted(self, generation: int, count: int) -> None:
        if generation != self.generation or not self.count_pending:
            return  # the filter or the data changed meanwhile: that count is stale
        self.count_pending = False
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            # The cache changed between the first page and the count: read it again.
            self.refresh()
            return
        self.count_changed.emit(self._count)

    def _page_of(self, row: int) -> list[int] | None:
        if not 0 <= row < self._count:
            return None
        page = row // self._page_size
        ids = self._pages.get(page)
        if ids is not None:
            self._pages.move_to_end(page)
        else:
            from desktop.models import queries

            read = queries.read_page(self._cache, self._filter, page * self._page_size,
                                     self._page_size, self._memo)
            ids = read.ids
            self._keep(page, ids, read.rows)
        self._last_page, self._last_ids = page, ids
        return ids

    def _keep(self, page: int, ids: list[int], found: dict[int, RowData]) -> None:
        self._pages[page] = ids
        self._rows.update(found)
        while len(self._pages) > self._max_pages:
            old_page, old_ids = self._pages.popitem(last=False)
            self._pin(old_page, old_ids)
            for request_id in old_ids:
                self._rows.pop(request_id, None)
                self._shown.pop(request_id, None)
            if old_page == self._last_page:
                self._last_page, self._last_ids = -1, []
            if old_page == self._last_row // self._page_size:
                self._last_row = _NO_ROW

    def _pin(self, page: int, ids: list[int]) -> None:
        start = page * self._page_size
        for index in self.persistentIndexList():
            offset = index.row() - start
            if 0 <= offset < len(ids):
                self._pinned[index.row()] = ids[offset]

    def _known_id(self, row: int) -> int | None:
        ids = self._pages.get(row // self._page_size)
        offset = row % self._page_size
        if ids is not None and offset < len(ids):
            return ids[offset]
        return self._pinned.get(row)

    def _relayout(self, f: RequestFilter, *, same_rows: bool) -> None:
        """Load `f` as a layout change, so persistent indexes (the selection, the current
        row) follow their requests: a new order of the same rows (`same_rows`, whose count
        stands), or the same filter over the cache's new data."""
        # Rows move, columns do not: the selection model then tracks one index per row.
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        about: Any = self.layoutAboutToBeChanged
        changed: Any = self.layoutChanged
        about[_LAYOUT_SIGNATURE].emit([], hint)
        old = self.persistentIndexList()
        old_ids = {row: self._known_id(row) for row in {index.row() for index in old}}
        known = self._count if same_rows and not self.count_pending else None
        # Counted now otherwise: the selection's new rows may lie anywhere in the count.
        self._reload(f, count_now=True, known_count=known)
        new_rows = self._find(old_ids, same_order=not same_rows)
        moved = []
        for index in old:
            row = new_rows.get(index.row())
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(old, moved)
        # What the persistent indexes point at now, by their new rows (pages read while
        # looking for them were pinned by their old rows).
        self._pinned = {row: request_id for old_row, row in new_rows.items()
                        if row is not None and (request_id := old_ids[old_row]) is not None}
        changed[_LAYOUT_SIGNATURE].emit([], hint)
        self.count_changed.emit(self._count)

    def _find(self, old_ids: dict[int, int | None], *,
              same_order: bool) -> dict[int, int | None]:
        """New rows of requests that were at `old_ids` rows, up to MAX_TRACKED of them: in
        the same order first where they were (a sync moves few rows), then by asking SQL."""
        found: dict[int, int | None] = {}
        asked = 0
        for old_row, request_id in sorted(old_ids.items()):
            found[old_row] = None
            if request_id is None or asked >= MAX_TRACKED:
                continue
            asked += 1
            if same_order and self.request_id(old_row) == request_id:
                found[old_row] = old_row
            else:
                found[old_row] = self.row_of(request_id)
        return found

