"""What the desk does on its own after each good sync: the documents of requests that need
action come down for work offline, and the portal's decline reasons are kept fresh."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services import review
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.workspace import sign_in
from desktop.views.runtime.desk_session import DeskSession
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.tasks import Tasks
from tests.support.desks import request_with, upload
from tests.support.sites import Site


def test_after_a_sync_documents_come_down_and_reasons_are_kept(
        qtbot: QtBot, qapp: object, site: Site, profile_dir: Path) -> None:
    family, request_id = request_with(site, ["kk"], group_index=0)
    upload(site, family, request_id, "form_027u", "birth_certificate")
    profile = Profile.at(profile_dir)
    settings = Settings(profile.settings_file)
    workspace = sign_in(profile, settings, site.url, site.director_login, site.password)
    tasks = Tasks(inline=True)
    session = DeskSession(profile, settings, tasks, LanguageSwitcher(qapp),  # type: ignore
                          site.url)
    window = session.open_window(workspace)
    qtbot.addWidget(window)
    try:
        # The window's first sync runs as it opens; what follows it needs no click.
        qtbot.waitUntil(lambda: len(review.decline_reasons(workspace.cache)) > 1)
        qtbot.waitUntil(lambda: len([doc for doc in _documents(workspace, request_id)
                                     if workspace.documents.stored(doc)]) == 2)
    finally:
        window.close()


def _documents(workspace: object, request_id: int) -> list[str]:
    from sqlalchemy import select

    from desktop.models.tables import Document

    with workspace.cache.read() as session:  # type: ignore[attr-defined]
        return list(session.scalars(select(Document.sha256).where(
            Document.request_id == request_id)))
