"""The kindergarten in figures: the enrolled children month by month from their requests'
enrollment days, the requests by status, the days from request to enrollment; drawn with
QtCharts, printed through the print preview (a PDF page a chart) and saved as a workbook
with the tables behind them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QAbstractBarSeries, QLineSeries
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.models import figures as model
from desktop.models.tables import Group, Kindergarten, Request
from desktop.services import figures
from desktop.services.cache import Cache, open_cache
from desktop.views.dialogs.figures_dialog import OCCUPANCY, STATUSES, WAITS, FiguresDialog
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.print_preview import PreviewDialog
from tests.support.pdfs import pdf_pages

KEY = "f1" * 32
TODAY = date(2025, 2, 6)


def moment(day: str) -> str:
    return f"{day}T10:00:00+05:00"


def request(request_id: int, status: str, requested: str | None,
            enrolled: str | None = None, group_id: int = 1) -> Request:
    history: list[dict[str, Any]] = [
        {"at": moment("2024-01-01"), "to_status": "awaiting_contract"}]
    if enrolled is not None:
        history.append({"at": moment(enrolled), "to_status": "enrolled"})
    return Request(
        id=request_id, version=1, number=257000 + request_id, status=status,
        review="enrolled" if status == "enrolled" else "new", group_id=group_id,
        child_iin=f"{request_id:012d}", child_name=f"Бала {request_id}",
        child_birth_date=date(2021, 3, 3), languages="kk",
        requested_at=datetime.fromisoformat(moment(requested)).astimezone(UTC)
        if requested else None,
        deadline=None, search="", pending=False, data={"id": request_id, "history": history})


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    opened = open_cache(tmp_path / "cache.db", KEY)
    with opened.write() as session:
        session.add(Kindergarten(id=5, version=1, bin="110140001201",
                                 name="«Балапан» бөбекжай-бақшасы", data={}))
        session.add(Group(id=1, version=1, name="Ортаңғы топ", age_from=3, age_to=4,
                          language="kk", capacity=20, enrolled=4, reserved=0,
                          starts_on=date(2025, 9, 1), data={}))
        session.add(Group(id=2, version=1, name="Ересек топ", age_from=4, age_to=5,
                          language="kk", capacity=25, enrolled=1, reserved=0,
                          starts_on=date(2025, 9, 1), data={}))
        session.add_all([
            request(1, "enrolled", "2024-09-02", "2024-09-04"),  # 2 days
            request(2, "enrolled", "2024-10-01", "2024-10-09"),  # 8 days
            request(3, "enrolled", "2024-12-20", "2025-01-15"),  # 26 days
            request(4, "enrolled", None, "2025-02-03"),  # arrival unknown
            request(5, "enrolled", "2023-12-01", "2024-01-10", group_id=2),  # before the year
            request(6, "awaiting_contract", "2025-02-01"),
            request(7, "awaiting_contract", "2025-02-02"),
            request(8, "queued", None),
        ])
    try:
        yield opened
    finally:
        opened.close()


def test_enrollment_days_come_from_the_requests_journal(cache: Cache) -> None:
    with cache.read() as session:
        found = model.enrollments(session)
        statuses = model.by_status(session)
    assert [(e.request_id, e.enrolled_on) for e in found] == [
        (5, date(2024, 1, 10)), (1, date(2024, 9, 4)), (2, date(2024, 10, 9)),
        (3, date(2025, 1, 15)), (4, date(2025, 2, 3))]
    assert statuses == {"enrolled": 5, "awaiting_contract": 2, "queued": 1}


def test_figures_count_months_statuses_and_waits(cache: Cache) -> None:
    shown = figures.collect(cache, TODAY)
    months = [m.month for m in shown.occupancy]
    assert (months[0], months[-1], len(months)) == ("2024-03", "2025-02", 12)
    by_month = {m.month: m.enrolled for m in shown.occupancy}
    assert (by_month["2024-03"], by_month["2024-09"], by_month["2024-10"],
            by_month["2025-01"], by_month["2025-02"]) == (1, 2, 3, 4, 5)
    assert {m.capacity for m in shown.occupancy} == {45}
    assert shown.statuses == [("enrolled", 5), ("awaiting_contract", 2), ("queued", 1)]
    assert [(b.low, b.high, b.requests) for b in shown.waits] == [
        (0, 2, 1), (3, 5, 0), (6, 10, 1), (11, 20, 0), (21, 30, 1), (31, None, 1)]
    assert shown.median_days == 17  # 2, 8, 26 and 40 days


def dialog_for(qtbot: QtBot, cache: Cache) -> FiguresDialog:
    workspace = SimpleNamespace(cache=cache, kindergarten_id=5, roles=["methodologist"],
                                available_roles=["methodologist"])
    dialog = FiguresDialog(workspace, Tasks(inline=True), TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_the_figures_are_drawn_printed_and_exported(
        qtbot: QtBot, cache: Cache, qapp: QApplication, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = dialog_for(qtbot, cache)
    enrolled, places = dialog.views[OCCUPANCY].chart().series()
    assert isinstance(enrolled, QLineSeries) and isinstance(places, QLineSeries)
    assert [int(p.y()) for p in enrolled.points()][-3:] == [3, 4, 5]
    assert {int(p.y()) for p in places.points()} == {45}
    (statuses,) = dialog.views[STATUSES].chart().series()
    assert isinstance(statuses, QAbstractBarSeries)
    # Listed from the bottom: the most requests on top.
    assert [statuses.barSets()[0].at(i) for i in range(3)] == [1, 2, 5]
    (waits,) = dialog.views[WAITS].chart().series()
    assert isinstance(waits, QAbstractBarSeries)
    assert [waits.barSets()[0].at(i) for i in range(6)] == [1, 0, 1, 0, 1, 1]
    assert dialog.summary.text() == ("Children enrolled now: 5. Half of them waited 17 days "
                                     "or less from the request to enrollment.")

    pages = pdf_pages(dialog.pdf(), qapp)
    assert len(pages) == 3
    assert "«Балапан» бөбекжай-бақшасы — Children enrolled, month by month, made " \
        "06.02.2025" in pages[0]
    assert "Requests by status" in pages[1] and "Awaiting the contract" in pages[1]
    assert "Days from request to enrollment" in pages[2]
    preview = dialog.print_figures()
    assert isinstance(preview, PreviewDialog)
    preview.reject()

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(tmp_path / "figures"), ""))
    saved = dialog.export()
    assert saved == tmp_path / "figures.xlsx"
    book = load_workbook(saved)
    assert book.sheetnames == ["Children enrolled, month by mon", "Requests by status",
                               "Days from request to enrollment", "Enrolled children"]
    months = list(book.worksheets[0].iter_rows(values_only=True))
    assert months[0] == ("Month", "Children enrolled", "Places in the groups")
    assert months[-1] == (datetime(2025, 2, 1), 5, 45)
    assert list(book.worksheets[1].iter_rows(values_only=True))[1] == ("Enrolled", 5)
    assert list(book.worksheets[2].iter_rows(values_only=True))[-1] == (
        "31+ days", 1)
    rows = list(book.worksheets[3].iter_rows(values_only=True))
    assert rows[1] == (257005, "Ересек топ", datetime(2023, 12, 1), datetime(2024, 1, 10), 40)
    assert rows[-1] == (257004, "Ортаңғы топ", None, datetime(2025, 2, 3), None)


def test_an_empty_cache_says_when_the_figures_fill(qtbot: QtBot, tmp_path: Path) -> None:
    empty = open_cache(tmp_path / "empty.db", KEY)
    try:
        dialog = dialog_for(qtbot, empty)
        assert dialog.summary.text() == ("No requests yet. The figures fill after the first "
                                         "sync with the portal.")
        assert dialog.pdf().startswith(b"%PDF")
    finally:
        empty.close()
