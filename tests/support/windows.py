"""The main window for tests: a signed-in workspace on the live sandbox and a window over
it, with Tasks inline so every sync runs to its end at once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pytestqt.qtbot import QtBot

import dev
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.sync import SyncEngine
from desktop.services.workspace import Workspace, sign_in
from desktop.views.main_window import MainWindow
from desktop.views.pages.groups_page import GroupsPage
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.sync_worker import SyncWorker
from desktop.views.runtime.tasks import Tasks
from tests.support.sites import Site


def compiled_translations() -> None:
    """The .qm files are build output: make them when a test needs a language."""
    dev.compile_translations()


@dataclass
class Desk:
    profile: Profile
    settings: Settings
    workspace: Workspace
    tasks: Tasks
    sync: SyncWorker
    window: MainWindow


def signed_in(site: Site, profile_dir: Path, login: str | None = None
              ) -> tuple[Profile, Settings, Workspace]:
    profile = Profile.at(profile_dir)
    settings = Settings(profile.settings_file)
    workspace = sign_in(profile, settings, site.url, login or site.director_login,
                        site.password)
    return profile, settings, workspace


def open_window(qtbot: QtBot, profile: Profile, settings: Settings, workspace: Workspace, *,
                sandbox: bool = False, languages: LanguageSwitcher | None = None) -> Desk:
    tasks = Tasks(inline=True)
    sync = SyncWorker(SyncEngine(workspace.cache, workspace.client), workspace.client, tasks,
                      interval_seconds=3600)
    window = MainWindow(workspace, tasks, settings, sync, sandbox=sandbox,
                        languages=languages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return Desk(profile, settings, workspace, tasks, sync, window)


def close(desk: Desk) -> None:
    desk.sync.stop()
    desk.window.close()
    desk.workspace.close()


def page_of(desk: Desk) -> GroupsPage:
    """The window's Groups page, refreshed."""
    page = desk.window.groups_page
    page.refresh()
    return page
