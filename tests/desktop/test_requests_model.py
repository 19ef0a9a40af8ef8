"""The requests table model over a cache of 6,000 requests: it passes the model tester, shows
the reference's rows in every order, keeps only a few pages in memory, colours the last
working days, counts in the background under filters, and keeps the selection and the
scroll position when the cache changes under it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, update

from desktop.models.request_list import RequestFilter, SortKey
from desktop.models.tables import Request
from desktop.services.cache import Cache
from desktop.services.calendar import working_days_left
from desktop.views.item_models.requests_model import (
    COLUMN_OF_SORT,
    DAYS_LEFT_ROLE,
    ID_ROLE,
    MAX_PAGES,
    PAGE_SIZE,
    URGENT,
    Column,
    RequestsModel,
)
from desktop.views.runtime.tasks import Tasks
from tests.support.reference import WITH_US, World, copy_of_cache, ref_order, resolved
from tests.support.synthetic import NOW

# The offscreen platform warns that it cannot raise windows or pass on size hints.

def clock() -> datetime:
    return NOW.astimezone(UTC)


@pytest.fixture
def model(cache: Cache) -> RequestsModel:
    return RequestsModel(cache, clock=clock)


def ids_of(model: RequestsModel) -> list[int]:
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


class Later:
    """Background tasks held until `finish()`: what runs off the GUI thread, made visible."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None] | None]] = []

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            **_: Any) -> None:
        self.jobs.append((fn, on_done))

    def finish(self) -> None:
        while self.jobs:
            fn, on_done = self.jobs.pop(0)
            result = fn()
            if on_done is not None:
                on_done(result)


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                           model: RequestsModel) -> None:
    qtmodeltester.check(model)
    model.set_filter(RequestFilter(statuses=WITH_US, search="ов"))
    qtmodeltester.check(model)
    model.sort(Column.CHILD, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.set_filter(RequestFilter(search="no such name"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


@pytest.mark.parametrize("column", list(Column))
def test_clicking_a_header_sorts_by_its_column_in_sql(model: RequestsModel, world: World,
                                                      column: Column) -> None:
    model.set_filter(RequestFilter(statuses=WITH_US, language="kk"))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        assert model.filter.sort is {v: k for k, v in COLUMN_OF_SORT.items()}[column]
        assert ids_of(model) == ref_order(world, resolved(model.filter))


def test_the_rows_in_memory_stay_within_a_few_pages(model: RequestsModel) -> None:
    assert model.rowCount() == 6000
    bound = PAGE_SIZE * MAX_PAGES
    assert bound < model.rowCount()
    seen = set()
    for row in [*range(model.rowCount()), *range(model.rowCount() - 1, -1, -7)]:
        seen.add(model.index(row, Column.CHILD).data())
        assert model.cached_rows <= bound
    assert len(seen) > bound  # every row was shown, never all of them held


def test_the_last_working_days_are_coloured(model: RequestsModel) -> None:
    model.sort(Column.DAYS_LEFT, Qt.SortOrder.AscendingOrder)
    colours: dict[int | None, set[str | None]] = {}
    for row in range(0, model.rowCount(), 3):
        index = model.index(row, Column.DAYS_LEFT)
        days = index.data(DAYS_LEFT_ROLE)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        name = background.color().name() if background is not None else None
        colours.setdefault(days, set()).add(name)
        if days in URGENT:
            assert foreground.color() == URGENT[days][1]
            assert index.data() == str(days)
        else:
            assert foreground is None
        # Only the days-left column is coloured.
        assert model.index(row, Column.CHILD).data(Qt.ItemDataRole.BackgroundRole) is None
    assert colours[0] == {URGENT[0][0].name()}
    assert colours[1] == {URGENT[1][0].name()}
    assert colours[2] == {None} and colours[None] == {None}


def test_days_left_follow_the_kazakh_calendar(model: RequestsModel) -> None:
    # 2025-02-06 is a Thursday: Friday is one working day away, Monday two.
    model.sort(Column.DAYS_LEFT, Qt.SortOrder.AscendingOrder)
    for row in range(0, 400):
        index = model.index(row, Column.DAYS_LEFT)
        data = model.row_data(row)
        assert data is not None
        if data.deadline is not None:
            assert index.data(DAYS_LEFT_ROLE) == working_days_left(data.deadline, clock())


def test_texts_show_dates_languages_statuses_and_pending_decisions(
        model: RequestsModel, world: World) -> None:
    model.set_filter(RequestFilter(search=world.rows[0].name))
    row = model.row_data(0)
    assert row is not None and row.id == world.rows[0].id
    text = {c: model.index(0, c).data() for c in Column}
    assert text[Column.BIRTH_DATE] == row.child_birth_date.strftime("%d.%m.%Y")
    assert text[Column.CHILD] == row.child_name
    assert text[Column.NUMBER] == str(row.number)
    assert text[Column.STATUS] and text[Column.STATUS] != row.status
    assert text[Column.LANGUAGES] in ("Kazakh", "Russian", "Kazakh, Russian")
    assert model.index(0, Column.NUMBER).data(Qt.ItemDataRole.TextAlignmentRole)
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None


def test_a_filter_counts_in_the_background_and_the_rows_follow(cache: Cache,
                                                               world: World) -> None:
    tasks = Later()
    model = RequestsModel(cache, tasks=tasks, clock=clock)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    counts: list[int] = []
    model.count_changed.connect(counts.append)
    model.set_filter(RequestFilter(statuses=WITH_US))
    expected = ref_order(world, resolved(model.filter))
    # The first page is there at once; the count is not yet.
    assert model.count_pending and model.rowCount() == PAGE_SIZE
    assert ids_of(model) == expected[:PAGE_SIZE]
    tasks.finish()
    assert not model.count_pending and model.rowCount() == len(expected)
    assert inserted == [(PAGE_SIZE, len(expected) - 1)]
    assert counts[-1] == len(expected)
    assert ids_of(model) == expected
    # A search alone is counted by the trigram index as the user types: no waiting.
    model.set_filter(RequestFilter(search="ов"))
    assert not model.count_pending and not tasks.jobs
    # A stale count (the filter changed before it arrived) is dropped.
    model.set_filter(RequestFilter(statuses=frozenset({"enrolled"})))
    model.set_filter(RequestFilter(language="ru"))
    tasks.finish()
    assert model.rowCount() == len(ref_order(world, resolved(model.filter)))


def test_with_inline_tasks_the_count_is_there_at_once(qtbot: QtBot, cache: Cache,
                                                      world: World) -> None:
    tasks = Tasks(inline=True)
    model = RequestsModel(cache, tasks=tasks, clock=clock)
    model.set_filter(RequestFilter(statuses=WITH_US, language="ru"))
    assert not model.count_pending
    assert model.rowCount() == len(ref_order(world, resolved(model.filter)))


@pytest.fixture
def private(tmp_path: Path) -> Iterator[Cache]:
    cache = copy_of_cache(tmp_path)
    try:
        yield cache
    finally:
        cache.close()


def _newest(count: int, start: int) -> list[dict[str, Any]]:
    at = NOW + timedelta(days=1)
    return [{"id": start + i, "version": 1, "number": 900_000 + i, "status": "awaiting_contract",
             "review": "new", "group_id": 1, "child_iin": f"21010150{i:04d}",
             "child_name": f"Жаңа Бала {i}", "child_birth_date": date(2021, 1, 1),
             "languages": "kk", "requested_at": at + timedelta(minutes=i), "deadline": None,
             "search": f"{900_000 + i} жаңа бала {i} 21010150{i:04d}", "pending": False,
             "data": {"id": start + i}} for i in range(count)]


def _select_rows(view: QTableView, rows: list[int]) -> None:
    selection = view.selectionModel()
    for row in rows:
        selection.select(view.model().index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(view.model().index(rows[0], 0),
                              QItemSelectionModel.SelectionFlag.NoUpdate)


def _selected_ids(view: QTableView) -> set[int]:
    return {index.data(ID_ROLE) for index in view.selectionModel().selectedRows()}


def test_refresh_keeps_the_selection_and_the_scroll(qtbot: QtBot, private: Cache) -> None:
    model = RequestsModel(private, clock=clock)
    view = QTableView()
    qtbot.addWidget(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.verticalScrollBar().setValue(1200)
    rows = [1205, 1207, 1300, 5]
    _select_rows(view, rows)
    chosen = {model.request_id(row) for row in rows}
    current = model.request_id(rows[0])
    assert current is not None
    assert _selected_ids(view) == chosen
    # A sync brings ten newer requests (they sort first) and changes a selected one.
    with private.write() as session:
        session.execute(insert(Request), _newest(10, 50_000))
        session.execute(update(Request).where(Request.id == model.request_id(1207))
                        .values(status="contract_sent"))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.refresh()
    assert not resets  # a layout change, not a reset: the view keeps its state
    assert model.rowCount() == 6010
    assert _selected_ids(view) == chosen
    assert view.currentIndex().data(ID_ROLE) == current
    assert model.row_of(current) == rows[0] + 10
    assert view.verticalScrollBar().value() == 1200
    # Under a status filter, a selected request whose status changes leaves the list and
    # the selection; the others stay selected.
    model.set_filter(RequestFilter(statuses=frozenset({"awaiting_contract"})))
    _select_rows(view, [2, 30, 31])
    kept = _selected_ids(view)
    gone = model.request_id(30)
    with private.write() as session:
        session.execute(update(Request).where(Request.id == gone).values(status="enrolled"))
    model.refresh()
    assert _selected_ids(view) == kept - {gone}
    assert view.currentIndex().data(ID_ROLE) == model.request_id(2)


def test_a_new_order_keeps_the_selection(qtbot: QtBot, model: RequestsModel) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setModel(model)
    _select_rows(view, [3, 40, 77])
    chosen = _selected_ids(view)
    model.sort(Column.CHILD, Qt.SortOrder.AscendingOrder)
    assert _selected_ids(view) == chosen
    model.sort(Column.GROUP, Qt.SortOrder.DescendingOrder)
    assert _selected_ids(view) == chosen
    assert model.filter == replace(model.filter, sort=SortKey.GROUP, descending=True)


def test_a_new_filter_resets(model: RequestsModel, world: World) -> None:
    resets: list[bool] = []
    counts: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.count_changed.connect(counts.append)
    model.set_filter(RequestFilter(group_id=2, search="а"))
    assert resets == [True]
    assert counts == [len(ref_order(world, resolved(model.filter)))]
    assert ids_of(model) == ref_order(world, resolved(model.filter))
