"""Staff computers for the decision tests: a signed-in workspace on the live sandbox with
its sync engine and inline Tasks, the request detail over it, and what the portal, parents
and colleagues do meanwhile."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.tables import OutboxEntry
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.sync import SyncEngine
from desktop.services.workspace import Workspace, sign_in
from desktop.views.dialogs.decision_dialogs import DeclineDialog
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.request_detail import RequestDetailDialog, load_details
from portal_sandbox.client import Session
from tests.support.pdfs import real_pdf
from tests.support.sites import START, Site
from tests.support.world import Family

DEAD_PORTAL = "http://127.0.0.1:9"  # nothing listens there


def clock() -> datetime:
    return START.astimezone(UTC)


@dataclass
class Desk:
    """One staff member's computer: a signed-in workspace and its sync engine."""

    workspace: Workspace
    engine: SyncEngine
    tasks: Tasks

    @property
    def cache(self) -> Any:
        return self.workspace.cache

    def sync(self) -> Any:
        return self.engine.run_cycle()

    def outbox(self) -> list[OutboxEntry]:
        with self.cache.read() as session:
            return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))

    def go_offline(self) -> None:
        self.workspace.client._http.base_url = DEAD_PORTAL
        self.workspace.online = False

    def go_online(self, url: str) -> None:
        self.workspace.client._http.base_url = url
        self.workspace.online = True

    def close(self) -> None:
        self.workspace.close()


def open_desk(site: Site, folder: Path, login: str, role: str | None = None) -> Desk:
    """Sign in on a computer of its own and sync once."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = Profile.at(folder)
    settings = Settings(profile.settings_file)
    workspace = sign_in(profile, settings, site.url, login, site.password, role)
    desk = Desk(workspace, SyncEngine(workspace.cache, workspace.client), Tasks(inline=True))
    desk.sync()
    return desk


def colleague(site: Site) -> Session:
    """Another director of the kindergarten, deciding from a computer of their own."""
    return site.world.staff(site.kindergarten, ["director"])


def portal_decides(site: Site, name: str, args: dict[str, Any]) -> dict[str, Any]:
    answer = site.world.mutate(colleague(site), name, args)
    assert answer["outcome"] == "applied", answer
    return answer


def group_id(site: Site, index: int) -> int:
    return int(site.kindergarten["groups"][index]["id"])


def request_with(site: Site, languages: list[str], group_index: int) -> tuple[Family, int]:
    """A request at the site from a parent asking for `languages` only."""
    world = site.world
    family, app = world.with_voucher(languages=languages)
    world.client.act(family.parent, app["id"], "confirm")
    world.client.enroll(family.parent, app["id"], site.kindergarten["id"],
                        group_id(site, group_index))
    return family, int(app["id"])


def pdf(tag: str = "") -> bytes:
    return real_pdf(2048, tag or None)


def upload(site: Site, family: Family, request_id: int, *kinds: str) -> None:
    for kind in kinds:
        site.world.client.upload_document(family.parent, request_id, kind, pdf(),
                                          "application/pdf")


def open_detail(qtbot: QtBot, desk: Desk, request_id: int) -> RequestDetailDialog:
    dialog = RequestDetailDialog(workspace=desk.workspace, tasks=desk.tasks, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show_details(load_details(desk.cache, request_id), clock())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def opened(dialog: RequestDetailDialog, kind: type[Any]) -> Any:
    shown = dialog.open_dialog
    assert isinstance(shown, kind), shown
    return shown


def confirm_decline(dialog: DeclineDialog, *, yes: bool = True) -> str:
    """Answer the question a decline for "no free places" asks; returns its text."""
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    text = box.text()
    wanted = QMessageBox.ButtonRole.YesRole if yes else QMessageBox.ButtonRole.NoRole
    next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()
    return text
