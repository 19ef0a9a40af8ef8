"""Today: the home page's four lists from a cache synced with a live sandbox, what clicking
an entry opens, the tray's notices (each once, off by a setting, harmless without a tray),
and the home queries against the synthetic cache of thousands of requests: the same
answers as plain Python, through the indexes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from desktop.models import today
from desktop.models.tables import Document, Meta, Request
from desktop.services import settings as keys
from desktop.services.cache import Cache
from desktop.services.calendar import deadline_until, working_days_left
from desktop.services.settings import Settings
from desktop.services.sync import SyncEngine
from desktop.services.workspace import Workspace
from desktop.views.item_models.requests_model import URGENT
from desktop.views.main_window import HOME, REQUESTS
from desktop.views.pages.home_page import CONFLICTS, DOCUMENTS, DUE, KIND_ROLE, NEW, HomePage
from desktop.views.pages.requests_page import RequestsPage
from desktop.views.pages.settings_page import SettingsPage
from desktop.views.runtime.tray import TrayNotifier
from tests.support.pdfs import real_pdf
from tests.support.reference import World
from tests.support.sites import Site
from tests.support.synthetic import NOW
from tests.support.windows import Desk, signed_in
from tests.support.world import Family


def pdf_bytes() -> bytes:
    """Something the portal takes as a PDF, unlike any other."""
    return real_pdf(2048)


@dataclass
class Home:
    site: Site
    workspace: Workspace
    engine: SyncEngine

    @property
    def cache(self) -> Cache:
        return self.workspace.cache

    def sync(self) -> None:
        self.engine.run_cycle()

    def deadline(self, request_id: int) -> datetime:
        with self.cache.read() as session:
            request = session.get(Request, request_id)
            assert request is not None and request.deadline is not None
            return request.deadline


@pytest.fixture
def home(site: Site, profile_dir: Path) -> Iterator[Home]:
    _profile, _settings, workspace = signed_in(site, profile_dir)
    made = Home(site, workspace, SyncEngine(workspace.cache, workspace.client))
    made.sync()
    try:
        yield made
    finally:
        workspace.close()


def page_at(qtbot: QtBot, cache: Cache, moment: datetime) -> HomePage:
    page = HomePage(cache, clock=lambda: moment)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_new_requests_and_deadlines_are_listed(qtbot: QtBot, home: Home) -> None:
    ids = [r["id"] for r in home.site.requests]
    deadline = home.deadline(ids[0])
    with home.cache.read() as session:
        numbers = dict(session.execute(select(Request.id, Request.number)).all())

    # Three working days before the deadline: new, but not due yet.
    early = page_at(qtbot, home.cache, deadline - timedelta(days=5))
    assert early.cards[NEW].count.text() == "3"
    assert all(any(f"№{numbers[i]}" in line for line in early.entries(NEW)) for i in ids)
    assert early.cards[DUE].count.text() == "0"
    assert early.cards[DUE].empty.isVisibleTo(early)
    assert not early.cards[DUE].more.isVisibleTo(early)
    assert early.summary.text() == "3 thing(s) to see to."

    # The morning of the last day: all three are due, coloured as the requests list does.
    last_day = deadline - timedelta(hours=12)
    assert working_days_left(deadline, last_day) == 0
    due = page_at(qtbot, home.cache, last_day)
    assert due.cards[DUE].count.text() == "3"
    lines = due.entries(DUE)
    assert all(line.splitlines()[1].startswith("Last day: until ") for line in lines)
    item = due.cards[DUE].list.item(0)
    assert item.background().color() == URGENT[0][0]
    assert due.cards[DUE].more.isVisibleTo(due)
    # Past the deadline the portal closes the window: not "due" any more.
    after = page_at(qtbot, home.cache, deadline + timedelta(minutes=1))
    assert after.cards[DUE].count.text() == "0"

    # Clicking opens the request; Enter on it too; the "show in the list" link asks for
    # the list.
    with qtbot.waitSignal(due.request_opened) as opened:
        due.cards[DUE].list.itemClicked.emit(item)
    assert opened.args[0] in ids
    with qtbot.waitSignal(due.due_list_requested):
        due.cards[DUE].more.click()


def _return_and_resend(qtbot: QtBot, home: Home, family: Family, request_id: int) -> None:
    client, world = home.site.world.client, home.site.world
    client.upload_document(family.parent, request_id, "form_027u", pdf_bytes(),
                           "application/pdf")
    client.upload_document(family.parent, request_id, "birth_certificate", pdf_bytes(),
                           "application/pdf")
    methodologist = world.staff(home.site.kindergarten, ["methodologist"])
    answer = world.mutate(methodologist, "return_documents", {
        "request_id": request_id, "comments": {"form_027u": "Печать неразборчива"}})
    assert answer["outcome"] == "applied", answer
    home.sync()
    page = page_at(qtbot, home.cache, datetime.now(UTC))
    assert page.cards[DOCUMENTS].count.text() == "0"  # returned, not sent again yet
    client.upload_document(family.parent, request_id, "form_027u", pdf_bytes(),
                           "application/pdf")
    home.sync()


def test_documents_sent_again_after_a_return(qtbot: QtBot, home: Home) -> None:
    family, app = home.site.world.request_at(home.site.kindergarten)
    home.sync()
    _return_and_resend(qtbot, home, family, app["id"])
    with home.cache.read() as session:
        statuses = dict(session.execute(select(Document.kind, Document.status).where(
            Document.request_id == app["id"])).all())
    assert statuses == {"form_027u": "received", "birth_certificate": "received"}

    page = page_at(qtbot, home.cache, datetime.now(UTC))
    # Only the document sent after its return: the birth certificate was never reviewed.
    assert page.cards[DOCUMENTS].count.text() == "1"
    [line] = page.entries(DOCUMENTS)
    assert f"№{app['number']}" in line
    assert "Medical certificate (form 027/u), sent " in line
    with qtbot.waitSignal(page.request_opened) as opened:
        page.cards[DOCUMENTS].list.itemActivated.emit(page.cards[DOCUMENTS].list.item(0))
    assert opened.args == [app["id"]]


def test_a_conflict_is_listed_and_opens_needs_attention(qtbot: QtBot, home: Home) -> None:
    from desktop.services import actions

    request = home.site.requests[0]
    actions.accept(home.cache, request["id"])
    colleague = home.site.world.staff(home.site.kindergarten, ["director"])
    answer = home.site.world.mutate(colleague, "decline_request",
                                    {"request_id": request["id"], "reason": "no_places"})
    assert answer["outcome"] == "applied"
    home.sync()
    page = page_at(qtbot, home.cache, datetime.now(UTC))
    assert page.cards[CONFLICTS].count.text() == "1"
    [line] = page.entries(CONFLICTS)
    assert line.startswith(f"Accept request №{request['number']}\nConflict")
    assert page.cards[NEW].count.text() == "2"  # the declined one left the kindergarten
    item = page.cards[CONFLICTS].list.item(0)
    assert item.data(KIND_ROLE) == "attention"
    with qtbot.waitSignal(page.attention_requested):
        page.cards[CONFLICTS].list.itemClicked.emit(item)
    # A double-click is a click and an activation: it opens once.
    with qtbot.assertNotEmitted(page.attention_requested):
        page.cards[CONFLICTS].list.itemActivated.emit(item)


def test_the_window_opens_on_today_and_its_entries_open_requests(qtbot: QtBot,
                                                                 desk: Desk) -> None:
    window = desk.window
    assert window.current_page == HOME
    assert window.navigation.item(HOME).text() == "Today"
    desk.sync.sync_now()
    page = window.home_page
    assert page.cards[NEW].count.text() == "3"
    item = page.cards[NEW].list.item(0)
    page.cards[NEW].list.itemClicked.emit(item)
    assert window.current_page == REQUESTS
    requests_page = window.requests_page
    assert isinstance(requests_page, RequestsPage)
    dialog = requests_page.detail_dialog
    assert dialog is not None and dialog.isVisible()
    details = dialog.detail.details
    assert details is not None and f"№{details.number}" in item.text()
    dialog.close()
    window.show_page(HOME)
    page.due_list_requested.emit()
    assert window.current_page == REQUESTS
    f = requests_page.model.filter
    assert f.deadline.value == "within" and f.within_days == 1
    assert f.statuses == {"awaiting_contract", "contract_sent", "awaiting_countersign"}
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == HOME


# the tray


def test_the_tray_announces_each_request_and_deadline_once(qtbot: QtBot, home: Home,
                                                          tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    deadline = home.deadline(home.site.requests[0]["id"])
    moment = deadline - timedelta(days=6)
    tray = TrayNotifier(home.cache, None, settings, clock=lambda: moment)
    heard: list[tuple[str, str]] = []
    tray.noticed.connect(lambda title, body: heard.append((title, body)))

    tray.check()  # the first look: the backlog is not news, and no deadline is near
    assert heard == []

    home.site.world.client.advance(hours=1)
    _family, app = home.site.world.request_at(home.site.kindergarten)
    home.sync()
    tray.check()
    assert heard == [("1 new request(s)",
                      f"1 new request(s): №{app['number']} Сейткали Нұрсұлтан Нұрланұлы")]
    tray.check()
    assert len(heard) == 1  # once

    moment = deadline - timedelta(hours=30)  # the working day before the last
    assert working_days_left(deadline, moment) == 1
    tray._clock = lambda: moment
    tray.check()
    title, body = heard[-1]
    assert title == "Deadlines end soon"
    # All four close on the same day; three are named.
    assert body.startswith("4 deadline(s) end within one working day: №")
    assert body.endswith(" and 1 more")
    tray.check()
    assert len(heard) == 2
    with home.cache.read() as session:
        remembered = session.get(Meta, today.NOTICES_KEY)
        assert remembered is not None and len(remembered.value["deadlines"]) == 4


def test_notices_can_be_turned_off_and_on(qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    page = SettingsPage(settings)
    qtbot.addWidget(page)
    deadline = home.deadline(home.site.requests[0]["id"])
    tray = TrayNotifier(home.cache, None, settings, clock=lambda: deadline - timedelta(hours=2))
    page.tray_notices_changed.connect(tray.set_enabled)
    tray.notify_action.toggled.connect(page.tray_notices.setChecked)
    heard: list[str] = []
    tray.noticed.connect(lambda title, _body: heard.append(title))

    assert page.tray_notices.isChecked() and tray.notify_action.isChecked()
    page.tray_notices.click()
    assert settings.get(keys.TRAY_NOTICES) is False
    assert not tray.notify_action.isChecked()
    tray.check()
    assert heard == []
    # What came while they were off stays seen: turning them on brings no old news.
    tray.notify_action.trigger()
    assert settings.get(keys.TRAY_NOTICES) is True and page.tray_notices.isChecked()
    tray.check()
    assert heard == []


def test_without_a_tray_nothing_fails(qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    # Qt's offscreen platform has no system tray, as a bare desktop has none.
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    settings = Settings(tmp_path / "settings.ini")
    deadline = home.deadline(home.site.requests[0]["id"])
    tray = TrayNotifier(home.cache, None, settings, clock=lambda: deadline - timedelta(hours=2))
    assert not tray.available and tray.icon is None
    tray.check()
    assert tray.last is not None and tray.last[0] == "Deadlines end soon"
    tray.hide()


def test_a_notice_reaches_the_status_bar_without_a_tray(desk: Desk) -> None:
    window = desk.window
    entry = today.Entry(7, 257007, "Нұрланов Әлихан", "awaiting_contract", "new", False,
                        None, None)
    window.tray.announce(today.Notices(new=(entry,), new_count=1))
    assert window.status_message.message == (
        "1 new request(s): 1 new request(s): №257007 Нұрланов Әлихан")
    # Locked, a notice says how many but not whose.
    window.lock()
    window.tray.announce(today.Notices(new=(entry,), new_count=1))
    message = window.status_message.message
    assert message == "1 new request(s): 1 new request(s): open the program to see them"
    assert "Нұрланов" not in message


# the queries, at scale


def test_the_home_queries_match_the_reference_and_use_indexes(cache: Cache,
                                                              world: World) -> None:
    now = NOW.astimezone(UTC)
    until = deadline_until(now, 1)
    with cache.read() as session:
        data = today.today(session, now=now, due_until=until, limit=20)
        new = [r for r in world.rows if r.review == "new"]
        new.sort(key=lambda r: (r.requested_at is None, r.requested_at and -r.requested_at
                                .timestamp(), -r.id))
        assert data.new.count == len(new) > 20
        assert [e.request_id for e in data.new.entries] == [r.id for r in new[:20]]
        due = sorted((r for r in world.rows if r.deadline is not None
                      and now <= r.deadline < until), key=lambda r: (r.deadline, r.id))
        assert data.due.count == len(due) > 0
        assert [e.request_id for e in data.due.entries] == [r.id for r in due[:20]]
        assert all(working_days_left(e.deadline, now) <= 1 for e in data.due.entries
                   if e.deadline is not None)
        assert (data.documents.count, data.conflicts.count) == (0, 0)

        def plan(sql: str) -> str:
            rows = session.execute(text(f"EXPLAIN QUERY PLAN {sql}")).all()
            return " | ".join(str(row[-1]) for row in rows)

        assert "COVERING INDEX ix_requests_review" in plan(
            "SELECT count(*) FROM requests WHERE review = 'new'")
        assert "ix_requests_review_requested" in plan(
            "SELECT id FROM requests WHERE review = 'new' ORDER BY requested_at DESC "
            "LIMIT 20")
        assert "TEMP B-TREE" not in plan(
            "SELECT id FROM requests WHERE review = 'new' ORDER BY requested_at DESC "
            "LIMIT 20")
        assert "COVERING INDEX ix_requests_deadline" in plan(
            "SELECT count(*) FROM requests WHERE deadline >= '2025-02-06' AND "
            "deadline < '2025-02-08'")
        assert "COVERING INDEX ix_documents_status_version" in plan(
            "SELECT count(*) FROM documents WHERE status = 'received' AND version > 1")


def test_a_document_sent_again_counts_once_per_document(tmp_path: Path) -> None:
    from desktop.services.cache import open_cache
    from tests.support.synthetic import KEY

    cache = open_cache(tmp_path / "cache.db", KEY)
    try:
        with cache.write() as session:
            session.add(Request(
                id=1, version=1, number=257001, status="awaiting_contract", review="new",
                group_id=None, child_iin="210315500017", child_name="Нұрланов Әлихан",
                child_birth_date=datetime(2021, 3, 15).date(), languages="kk",
                requested_at=NOW, deadline=NOW + timedelta(days=3),
                search="257001 нұрланов әлихан 210315500017", pending=False, data={}))
            for doc_id, kind, status, version in ((1, "form_027u", "received", 3),
                                                  (2, "parent_id", "received", 1),
                                                  (3, "form_065u", "returned", 2),
                                                  (4, "pmpk", "accepted", 2)):
                session.add(Document(
                    id=doc_id, version=version, request_id=1, kind=kind, status=status,
                    sha256=hashlib.sha256(kind.encode()).hexdigest(),
                    data={"uploaded_at": "2025-02-07T12:30:00+05:00"}))
            # A document whose request left the cache is not listed.
            session.add(Document(id=5, version=4, request_id=99, kind="form_027u",
                                 status="received", sha256="0" * 64, data={}))
        with cache.read() as session:
            section = today.documents_sent_again(session, 10)
        assert section.count == 1
        [entry] = section.entries
        assert (entry.request_id, entry.document_id, entry.document_kind) == (
            1, 1, "form_027u")
        assert entry.uploaded_at == datetime(2025, 2, 7, 7, 30, tzinfo=UTC)
    finally:
        cache.close()
