"""No IIN, phone, e-mail or person's name reaches a log, a crash report or the diagnostics.

The proof runs the desk as staff use it against a live sandbox: the commands (login, sync,
requests, decide, outbox, doctor, all with --debug) and the window (its first sync, a
request opened), each logging at DEBUG into the profile's log folder. Lines that name
people outright are logged on purpose as well, as a careless log call or an exception's
message would, and a crash report is written. Then every IIN, BIN, phone and name of the
kindergarten's world, as the portal itself tells them, is searched for in every file of
the log folder: none may be there, while the masks show that they were.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.__main__ import main as desk_main
from desktop.services import logs
from desktop.services.privacy import IIN, MASKER, NAME, PHONE, Masker
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.sync import SyncEngine, last_sync_at
from desktop.services.workspace import sign_in
from desktop.views.dialogs.error_dialog import ErrorDialog
from desktop.views.runtime.desk_session import DeskSession
from desktop.views.runtime.failures import describe
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.logs import install_logging
from desktop.views.runtime.tasks import Tasks
from tests.support.desks import upload
from tests.support.personal import world_secrets
from tests.support.sites import Site


@pytest.fixture(autouse=True)
def fresh_masker() -> Iterator[None]:
    """Each test proves the desk learns its world's names itself."""
    MASKER.forget()
    root = logging.getLogger()
    level = root.level
    yield
    for handler in list(root.handlers):
        if handler is logs.RECENT or isinstance(handler, logging.FileHandler) or (
                type(handler) is logging.StreamHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


# --- the masker on its own -----------------------------------------------------------------


def test_the_masker_masks_numbers_contacts_and_learnt_names() -> None:
    masker = Masker()
    masker.learn_from({
        "child": {"iin": "210315500123", "last_name": "Сейткали", "first_name": "Нұрсұлтан",
                  "patronymic": "Нұрланұлы"},
        "parent": {"last_name": "Сейткали", "first_name": "Әйгерім", "phone": "+77471234567"},
        "history": [{"actor_kind": "portal", "actor_name": "BALABAQSHA"},
                    {"actor_kind": "staff", "actor_name": "Иванова Мария"}],
        "parent_signer": {"name": "СЕЙТКАЛИ ӘЙГЕРІМ", "iin": "920517400321"},
    })
    line = ("request 41 of СЕЙТКАЛИ Нұрсұлтан (210315500123), parent Әйгерім, "
            "+7 747 123 45 67 or 8 (747) 123-45-67 or a.b@mail.kz; by Мария; "
            "Balabaqsha Desk 2025-02-06 10:00:00,123; sha 0123456789abcdef; 7 pushed")
    assert masker.mask(line) == (
        f"request 41 of {NAME} {NAME} ({IIN}), parent {NAME}, {PHONE} or {PHONE} or "
        "[e-mail]; by [name]; Balabaqsha Desk 2025-02-06 10:00:00,123; "
        "sha 0123456789abcdef; 7 pushed")


# --- the desk's own logs, after a real sync -------------------------------------------------


def everything_in(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*"))
                     if p.is_file())


def test_no_iin_or_name_of_the_world_reaches_the_logs(
        qtbot: QtBot, qapp: Any, site: Site, profile_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A request with documents, which the methodologist reviews: her name enters its
    # journal, as the director's does with the decision below.
    family, request = site.world.request_at(site.kindergarten)
    upload(site, family, request["id"], "form_027u")
    methodologist = site.world.client.login(site.methodologist_login, site.password)
    assert site.world.mutate(methodologist, "accept_documents", {
        "request_id": request["id"], "kinds": ["form_027u"]})["outcome"] == "applied"
    profile = Profile.at(profile_dir)
    base = ["--profile", str(profile_dir), "--portal", site.url, "--debug"]

    # The commands.
    monkeypatch.setenv("BALABAQSHA_PASSWORD", site.password)
    assert desk_main([*base, "login", site.director_login]) == 0
    assert desk_main([*base, "sync"]) == 0
    assert desk_main([*base, "requests", "--json"]) == 0
    assert desk_main([*base, "decide", "accept", str(site.requests[0]["id"])]) == 0
    assert desk_main([*base, "outbox"]) == 0
    assert desk_main([*base, "sync"]) == 0
    desk_main([*base, "doctor"])
    commands_log = profile.log_dir / logs.COMMANDS_LOG
    assert "command sync" in commands_log.read_text(encoding="utf-8")

    # The window, on the same profile.
    install_logging(profile.log_dir, debug=True)
    settings = Settings(profile.settings_file)
    workspace = sign_in(profile, settings, site.url, site.director_login, site.password)
    synced_by_commands = last_sync_at(workspace.cache)
    tasks = Tasks(inline=True)
    session = DeskSession(profile, settings, tasks, LanguageSwitcher(qapp), site.url)
    window = session.open_window(workspace)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: last_sync_at(workspace.cache) != synced_by_commands,
                        timeout=60000)
        window.open_request(int(request["id"]))
        qapp.processEvents()
        # What careless code could log: names, IINs and a phone, in a line and in an
        # exception's message, and a crash report of that exception.
        child = request["child"]
        log = logging.getLogger("tests.privacy")
        log.info("opened %s %s (%s), parent phone %s", child["last_name"],
                 child["first_name"], child["iin"], family.phone)
        try:
            raise RuntimeError(f"could not print the order for {child['last_name']} "
                               f"{child['first_name']} {family.parent_iin}")
        except RuntimeError as error:
            log.exception("print failed")
            dialog = ErrorDialog(describe(error))
            qtbot.addWidget(dialog)
        assert dialog.saved_to is not None and dialog.saved_to.parent == profile.log_dir
    finally:
        window.close()
        workspace.close()

    written = everything_in(profile.log_dir)
    assert (profile.log_dir / logs.WINDOW_LOG).stat().st_size > 0
    secrets = world_secrets(site)
    assert child["last_name"] in secrets and child["iin"] in secrets
    leaked = sorted(s for s in secrets if s.casefold() in written.casefold())
    assert leaked == []
    # They were there to mask: the masks prove the lines were written, not left out.
    for mask in (NAME, IIN, PHONE):
        assert mask in written
    assert "DEBUG" in written  # --debug logged everything


def test_a_reopened_cache_masks_the_names_it_holds_before_any_sync(
        site: Site, profile_dir: Path) -> None:
    profile = Profile.at(profile_dir)
    settings = Settings(profile.settings_file)
    workspace = sign_in(profile, settings, site.url, site.director_login, site.password)
    SyncEngine(workspace.cache, workspace.client).run_cycle()
    workspace.close()
    # The parents' first name (tests/support/world.py): no child or staff member has it,
    # so only the parents' records, whose words the sync kept, can bring it back.
    parent = "Әйгерім"
    MASKER.forget()
    assert MASKER.mask(parent) == parent
    workspace = sign_in(profile, settings, site.url, site.director_login, site.password)
    try:
        assert MASKER.mask(f"{parent} {parent.upper()}") == f"{NAME} {NAME}"
    finally:
        workspace.close()
