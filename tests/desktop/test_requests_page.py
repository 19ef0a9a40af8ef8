"""The requests page: its filter widgets and search box drive the model, Ctrl+F finds the
search box, and opening a request (double-click or Enter) says so and shows the cache's
data about it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import dev
from desktop.models.domain import Status
from desktop.models.request_list import AgeOn, Deadline, RequestFilter
from desktop.models.tables import Group, Request
from desktop.services import vocabulary
from desktop.services.cache import Cache, open_cache
from desktop.services.calendar import deadline_until
from desktop.services.settings import Settings
from desktop.services.workspace import Workspace
from desktop.views.item_models.requests_model import ID_ROLE, Column
from desktop.views.pages.requests_page import (
    NAME_CHARACTERS,
    SAVE_DELAY_MS,
    SEARCH_DELAY_MS,
    WITH_US,
    WITH_US_CHOICE,
    RequestsPage,
    columns_key,
)
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.tasks import Tasks
from tests.support.reference import World, ref_order, resolved
from tests.support.synthetic import KEY, NOW

# The offscreen platform warns that it cannot raise windows or pass on size hints.

def clock() -> datetime:
    return NOW.astimezone(UTC)


def workspace_on(cache: Cache) -> Workspace:
    # The page reads the cache only; no portal is needed to list what was synced.
    client: Any = None
    return Workspace("https://portal.invalid", client, cache, "director", 1, 1, ["director"])


@pytest.fixture
def page(qtbot: QtBot, cache: Cache) -> RequestsPage:
    built = RequestsPage(workspace_on(cache), Tasks(inline=True), clock=clock)
    qtbot.addWidget(built)
    built.resize(1100, 700)
    return built


def shown_ids(page: RequestsPage) -> list[int]:
    model = page.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def choose(combo: Any, data: Any) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_filter_bar_drives_the_model(page: RequestsPage, world: World,
                                         cache: Cache) -> None:
    assert page.model.rowCount() == len(world.rows)
    choose(page.status_filter, WITH_US_CHOICE)
    assert page.model.filter.statuses == WITH_US
    with cache.read() as session:
        group_id, group_name = session.execute(
            select(Group.id, Group.name).order_by(Group.name)).first() or (None, "")
    choose(page.group_filter, group_id)
    assert page.group_filter.currentText() == group_name
    choose(page.language_filter, "kk")
    page.age_from.setValue(3)
    page.age_to.setValue(5)
    choose(page.age_on, AgeOn.TODAY.value)
    f = page.model.filter
    assert (f.group_id, f.language, f.age_from, f.age_to, f.age_on) == (
        group_id, "kk", 3, 5, AgeOn.TODAY)
    assert shown_ids(page) == ref_order(world, resolved(f))
    assert page.count_label.text() == f"{len(shown_ids(page))} request(s)"
    choose(page.deadline_filter, "within:2")
    f = page.model.filter
    assert f.deadline is Deadline.WITHIN and f.within_days == 2
    assert f.deadline_until == deadline_until(clock(), 2)
    assert shown_ids(page) == ref_order(world, resolved(f))
    # Back to everything.
    for combo in (page.status_filter, page.group_filter, page.language_filter,
                  page.deadline_filter):
        combo.setCurrentIndex(0)
    page.age_from.setValue(page.age_from.minimum())
    page.age_to.setValue(page.age_to.minimum())
    assert page.model.filter.filters_rows is False
    assert page.model.rowCount() == len(world.rows)


def test_the_search_waits_for_a_pause_in_typing(qtbot: QtBot, page: RequestsPage,
                                                world: World) -> None:
    surname = world.rows[10].name.split()[0]
    # Key by key (QTest's key clicks take ASCII only: these are Cyrillic letters).
    for letter in surname[:4]:
        QApplication.sendEvent(page.search, QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter))
    assert page.search.text() == surname[:4]
    # Nothing is read while the keys come in...
    assert page.model.filter.search == ""
    # ...and the list follows once typing pauses.
    qtbot.waitUntil(lambda: page.model.filter.search == surname[:4],
                    timeout=SEARCH_DELAY_MS * 20)
    expected = ref_order(world, resolved(RequestFilter(search=surname[:4])))
    assert world.rows[10].id in expected
    assert shown_ids(page) == expected
    # Enter in the search box does not wait.
    page.search.setText(world.rows[10].iin)
    page.search.returnPressed.emit()
    assert page.model.filter.search == world.rows[10].iin
    assert world.rows[10].id in shown_ids(page)


def test_ctrl_f_goes_to_the_search_box(qtbot: QtBot, page: RequestsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)


def test_in_a_window_with_its_own_find_action_ctrl_f_still_works(qtbot: QtBot,
                                                                 cache: Cache) -> None:
    # The main window binds Ctrl+F to the page's focus_search; the page must not bind the
    # same key again (two shortcuts on one key cancel each other out).
    window = QMainWindow()
    qtbot.addWidget(window)
    page = RequestsPage(workspace_on(cache), clock=clock)
    window.setCentralWidget(page)
    find = window.menuBar().addMenu("Edit").addAction("Find")
    find.setShortcut("Ctrl+F")
    find.triggered.connect(page.focus_search)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)


def _go_to(page: RequestsPage, row: int) -> int:
    index = page.model.index(row, Column.CHILD)
    page.table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    page.table.scrollTo(index)
    return int(index.data(ID_ROLE))


def test_enter_opens_the_request_and_shows_its_details(qtbot: QtBot, page: RequestsPage,
                                                       cache: Cache) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    request_id = _go_to(page, 7)
    with qtbot.waitSignal(page.request_opened) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [request_id]
    dialog = page.detail_dialog
    assert dialog is not None and dialog.isVisible()
    with cache.read() as session:
        request = session.get(Request, request_id)
        assert request is not None
        detail = dialog.detail
        assert detail.field("child", "IIN") == request.child_iin
        assert detail.field("child", "Name") == request.child_name
        assert detail.field("application", "Number") == str(request.number)
        assert detail.field("parent", "Phone") == request.data["parent"]["phone"]
        assert detail.history.count() == len(request.data["history"])
        assert str(request.number) in dialog.windowTitle()
        if request.group_id is not None and request.group_id < 100:
            group = session.get(Group, request.group_id)
            assert group is not None
            assert detail.field("group", "Name") == group.name
        if request.deadline is not None:
            assert detail.field("voucher", "Working days left") != ""
    dialog.close()


def test_a_double_click_opens_the_request(qtbot: QtBot, page: RequestsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    request_id = _go_to(page, 3)
    rect = page.table.visualRect(page.model.index(3, Column.CHILD))
    with qtbot.waitSignal(page.request_opened) as opened:
        # A view acts on a double-click where the button went down first, as with a mouse.
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert opened.args == [request_id]
    assert page.detail_dialog is not None
    assert page.detail_dialog.detail.details is not None
    assert page.detail_dialog.detail.details.id == request_id
    page.detail_dialog.close()


def test_refresh_and_retranslate_keep_the_page_usable(page: RequestsPage, world: World
                                                      ) -> None:
    choose(page.language_filter, "ru")
    before = shown_ids(page)
    page.refresh()
    page.retranslate()
    assert page.language_filter.currentData() == "ru"
    assert shown_ids(page) == before
    # Kazakh and Russian names come through as stored.
    names = {page.model.index(row, Column.CHILD).data() for row in range(40)}
    assert any(set(name) & set("әғқңөұүһі") for name in names)


def test_without_tasks_the_page_works_in_line(qtbot: QtBot, cache: Cache,
                                              world: World) -> None:
    page = RequestsPage(workspace_on(cache), clock=clock)
    qtbot.addWidget(page)
    choose(page.status_filter, WITH_US_CHOICE)
    assert not page.model.count_pending
    assert page.model.rowCount() == len(ref_order(world, resolved(page.model.filter)))
    page.open_request(world.rows[0].id)
    assert page.detail_dialog is not None
    assert page.detail_dialog.detail.details is not None
    page.detail_dialog.close()


def test_a_request_gone_from_the_cache_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "empty.db", KEY)
    try:
        page = RequestsPage(workspace_on(cache), clock=clock)
        qtbot.addWidget(page)
        assert page.model.rowCount() == 0
        assert page.empty.isVisibleTo(page)
        page.open_request(12345)
        assert page.detail_dialog is not None
        assert "no longer" in page.detail_dialog.detail.title.text()
        page.detail_dialog.close()
    finally:
        cache.close()
    QApplication.processEvents()


def test_a_longer_language_keeps_every_heading_whole(qapp: object, page: RequestsPage) -> None:
    from desktop.views.runtime.i18n import LanguageSwitcher

    header = page.table.horizontalHeader()
    LanguageSwitcher(qapp).apply("ru")  # type: ignore[arg-type]
    qapp.processEvents()  # type: ignore[attr-defined]  # the language change is posted
    assert page.model.headerData(int(Column.BIRTH_DATE), Qt.Orientation.Horizontal) == \
        "Дата рождения"
    clipped = [page.model.headerData(column, Qt.Orientation.Horizontal)
               for column in range(page.model.columnCount())
               if column != int(Column.CHILD)
               and header.sectionSize(column) < header.sectionSizeHint(column)]
    assert clipped == []


def test_a_narrow_window_keeps_room_for_the_names(qtbot: QtBot, cache: Cache) -> None:
    built = RequestsPage(workspace_on(cache), Tasks(inline=True), clock=clock)
    qtbot.addWidget(built)
    built.resize(900, 600)  # less than the fitted columns want
    built.show()
    qtbot.waitExposed(built)
    table, header = built.table, built.table.horizontalHeader()
    name = int(Column.CHILD)
    wanted = min(table.sizeHintForColumn(name),
                 table.fontMetrics().averageCharWidth() * NAME_CHARACTERS)
    assert header.sectionSize(name) >= wanted
    # Nothing is narrowed to make room: the table scrolls sideways instead.
    for column in Column:
        assert header.sectionSize(int(column)) >= header.sectionSizeHint(int(column))
    assert_nothing_cut(built)


def cut_texts(page: RequestsPage) -> list[str]:
    """The statuses, languages, decisions and group names a cell of its column would cut
    short (the item delegate elides a text wider than the cell less its margins)."""
    table, header = page.table, page.table.horizontalHeader()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                       table) + 1
    metrics = table.fontMetrics()
    with page.workspace.cache.read() as session:
        groups = list(session.scalars(select(Group.name)))
    texts = {Column.STATUS: [vocabulary.request_status(s.value) for s in Status],
             Column.LANGUAGES: page.model.labels_of(Column.LANGUAGES),
             Column.REVIEW: page.model.labels_of(Column.REVIEW),
             Column.GROUP: groups}
    return [text for column, labels in texts.items() for text in labels
            if metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                  header.sectionSize(int(column)) - 2 * margin) != text]


def assert_nothing_cut(page: RequestsPage) -> None:
    assert cut_texts(page) == []
    # Every status the model shows for a row is one of those measured.
    statuses = {vocabulary.request_status(s.value) for s in Status}
    shown = {page.model.index(row, int(Column.STATUS)).data()
             for row in range(min(page.model.rowCount(), 200))}
    assert shown <= statuses


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_no_status_is_cut_short(qtbot: QtBot, qapp: Any, cache: Cache, language: str,
                                size: tuple[int, int]) -> None:
    dev.compile_translations()
    LanguageSwitcher(qapp).apply(language)
    window = QMainWindow()
    page = RequestsPage(workspace_on(cache), Tasks(inline=True), clock=clock)
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert_nothing_cut(page)
    header = page.table.horizontalHeader()
    # The names take what is left, no more than that: the rest is the other columns'.
    others = sum(header.sectionSize(c) for c in range(header.count())
                 if c != int(Column.CHILD))
    assert header.sectionSize(int(Column.CHILD)) <= max(
        page.table.viewport().width() - others,
        page.table.fontMetrics().averageCharWidth() * NAME_CHARACTERS)


def test_switching_language_fits_the_columns_again(qtbot: QtBot, qapp: Any,
                                                   page: RequestsPage) -> None:
    dev.compile_translations()
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    switcher = LanguageSwitcher(qapp)
    for language in ("en", "kk", "ru"):
        switcher.apply(language)
        qapp.processEvents()
        assert cut_texts(page) == [], language


def test_columns_can_be_hidden_but_not_all(page: RequestsPage) -> None:
    header = page.table.horizontalHeader()
    menu = page.column_menu()
    boxes = [a for a in menu.actions() if a.isCheckable()]
    assert [a.text() for a in boxes] == [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    assert all(a.isChecked() and a.isEnabled() for a in boxes)
    boxes[int(Column.LANGUAGES)].setChecked(False)
    assert header.isSectionHidden(int(Column.LANGUAGES))
    for column in range(header.count() - 1):
        page.show_column(column, column == header.count() - 1)
    page.show_column(int(Column.LANGUAGES), False)
    page.show_column(header.count() - 1, True)
    for column in range(header.count() - 1):
        page.show_column(column, False)
    last = [a for a in page.column_menu().actions() if a.isCheckable() and a.isChecked()]
    assert len(last) == 1 and not last[0].isEnabled()


def test_the_columns_a_person_arranged_come_back_after_a_restart(
        qtbot: QtBot, cache: Cache, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"

    def open_page(settings: Settings, account: int = 1) -> RequestsPage:
        workspace = Workspace("https://portal.invalid", cast(Any, None), cache, "director",
                              account, 1, ["director"])
        built = RequestsPage(workspace, Tasks(inline=True), clock=clock, settings=settings)
        qtbot.addWidget(built)
        built.resize(1366, 700)
        built.show()
        qtbot.waitExposed(built)
        return built

    first = open_page(Settings(path))
    header = first.table.horizontalHeader()
    fitted = [header.sectionSize(c) for c in range(header.count())]
    header.resizeSection(int(Column.CHILD), 170)  # as a person drags a divider
    header.moveSection(header.visualIndex(int(Column.STATUS)), 1)
    first.column_menu().actions()[header.visualIndex(int(Column.BIRTH_DATE))].setChecked(False)
    key = columns_key(first.workspace)
    qtbot.waitUntil(lambda: Settings(path).raw(key) is not None, timeout=SAVE_DELAY_MS * 5)
    arranged = (header.sectionSize(int(Column.CHILD)), header.visualIndex(int(Column.STATUS)),
                header.isSectionHidden(int(Column.BIRTH_DATE)))
    assert arranged == (170, 1, True)
    first.close()
    del first, header

    again = open_page(Settings(path))
    header = again.table.horizontalHeader()
    assert (header.sectionSize(int(Column.CHILD)), header.visualIndex(int(Column.STATUS)),
            header.isSectionHidden(int(Column.BIRTH_DATE))) == arranged
    # A language switch or a refresh keeps them.
    again.refresh()
    assert header.sectionSize(int(Column.CHILD)) == 170

    # Another person on the same profile has their own (here: the fitted ones).
    other = open_page(Settings(path), account=2)
    other_header = other.table.horizontalHeader()
    assert not other_header.isSectionHidden(int(Column.BIRTH_DATE))
    assert other_header.visualIndex(int(Column.STATUS)) == int(Column.STATUS)

    # Back to fitted columns, and that is what the next start shows.
    again.reset_columns()
    assert not header.isSectionHidden(int(Column.BIRTH_DATE))
    assert header.visualIndex(int(Column.STATUS)) == int(Column.STATUS)
    assert [header.sectionSize(c) for c in range(header.count())
            if c != int(Column.CHILD)] == [w for c, w in enumerate(fitted)
                                            if c != int(Column.CHILD)]
    assert Settings(path).raw(columns_key(again.workspace)) is None


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_filter_shows_whole_beside_the_menu_at_1366(qtbot: QtBot, qapp: Any,
                                                          cache: Cache, language: str) -> None:
    dev.compile_translations()
    LanguageSwitcher(qapp).apply(language)
    page = RequestsPage(workspace_on(cache), Tasks(inline=True), clock=clock)
    qtbot.addWidget(page)
    # The main window at 1366 px less its page list, widest in Kazakh.
    page.resize(1366 - 250, 700)
    page.show()
    qtbot.waitExposed(page)
    bar = page.filter_bar.rect()
    for combo in (page.status_filter, page.group_filter, page.language_filter,
                  page.deadline_filter, page.age_on):
        assert combo.isVisible()
        shown = combo.rect().translated(combo.mapTo(page.filter_bar, combo.rect().topLeft()))
        assert bar.contains(shown), (language, combo.currentText())
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                     for i in range(combo.count()))
        assert combo.width() >= widest, (language, combo.currentText())
    for box in (page.age_from, page.age_to):
        assert box.width() >= box.sizeHint().width()


def test_with_the_kindergarten_says_it_is_a_group_of_statuses(qapp: Any,
                                                             page: RequestsPage) -> None:
    dev.compile_translations()
    switcher = LanguageSwitcher(qapp)
    for language, label, statuses in (
            ("ru", "На рассмотрении в ДО (3 статуса)",
             ("Ожидает договор", "Договор направлен", "Ожидает подписи ДО")),
            ("en", "With the kindergarten (3 statuses)",
             ("Awaiting the contract", "Contract sent", "Awaiting countersignature"))):
        switcher.apply(language)
        qapp.processEvents()
        index = page.status_filter.findData(WITH_US_CHOICE)
        assert page.status_filter.itemText(index) == label
        tooltip = page.status_filter.itemData(index, Qt.ItemDataRole.ToolTipRole)
        for status in statuses:
            assert f"“{status}”" in tooltip, (language, status)
        choose(page.status_filter, WITH_US_CHOICE)
        assert tooltip in page.status_filter.toolTip()
        choose(page.status_filter, "")
        assert tooltip not in page.status_filter.toolTip()


def test_down_in_the_search_box_goes_to_the_results(qtbot: QtBot, page: RequestsPage,
                                                    world: World) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus)
    page.search.setText(world.rows[10].iin[:6])
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    # No pause waited for: the list already follows what is typed.
    assert page.model.filter.search == world.rows[10].iin[:6]
    qtbot.waitUntil(page.table.hasFocus)
    assert page.table.currentIndex().row() == 0
    assert page.table.selectionModel().isRowSelected(0)


def test_enter_in_the_search_box_opens_the_first_result(qtbot: QtBot, page: RequestsPage,
                                                        world: World) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.search.setFocus()
    page.search.setText(world.rows[10].iin)
    with qtbot.waitSignal(page.request_opened) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [world.rows[10].id]
    assert page.detail_dialog is not None and page.detail_dialog.isVisible()
    page.detail_dialog.close()
    # With a row chosen in the list, Enter opens that one.
    page.search.clear()
    page.apply_filter()
    request_id = _go_to(page, 3)
    page.search.setFocus()
    with qtbot.waitSignal(page.request_opened) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [request_id]
    page.detail_dialog.close()
