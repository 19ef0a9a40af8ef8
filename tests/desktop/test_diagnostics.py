"""Settings → Diagnostics and the error dialog's report, as support receives them: the
figures on show, the zip "Export diagnostics…" writes after a real sync, with no IIN,
phone or name of the kindergarten's world in any member, and the dialog's report saved
to the log folder, copied and saved elsewhere."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.services import logs
from desktop.services import settings as keys
from desktop.services.privacy import MASKER, NAME
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.sync import SyncEngine
from desktop.services.workspace import Workspace, sign_in
from desktop.views.dialogs.error_dialog import ErrorDialog
from desktop.views.pages.settings_page import SettingsPage
from desktop.views.runtime.failures import describe
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.diagnostics_section import DiagnosticsSection
from tests.support.personal import world_secrets
from tests.support.sites import Site


@pytest.fixture(autouse=True)
def fresh_logs() -> Iterator[None]:
    MASKER.forget()
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler is logs.RECENT or isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def synced(site: Site, profile_dir: Path) -> Iterator[tuple[Profile, Settings, Workspace]]:
    profile = Profile.at(profile_dir)
    profile.ensure()
    logs.install(profile.log_dir, debug=True)
    settings = Settings(profile.settings_file)
    workspace = sign_in(profile, settings, site.url, site.director_login, site.password)
    SyncEngine(workspace.cache, workspace.client).run_cycle()
    try:
        yield profile, settings, workspace
    finally:
        workspace.close()


def section_of(qtbot: QtBot, profile: Profile, settings: Settings,
               workspace: Workspace) -> DiagnosticsSection:
    section = DiagnosticsSection(profile, settings, Tasks(inline=True), workspace.cache,
                                 workspace.portal_url)
    qtbot.addWidget(section)
    with qtbot.waitSignal(section.loaded):
        section.show()
    return section


def test_the_section_shows_what_support_asks_for(
        qtbot: QtBot, synced: tuple[Profile, Settings, Workspace]) -> None:
    profile, settings, workspace = synced
    page = SettingsPage(settings)
    qtbot.addWidget(page)
    section = section_of(qtbot, profile, settings, workspace)
    page.set_diagnostics(section)
    assert page.tabs.tabText(1) == "Diagnostics"
    assert section.value("qt_platform") == QGuiApplication.platformName() == "offscreen"
    assert section.value("log_dir") == str(profile.log_dir)
    assert section.value("settings_file") == str(profile.settings_file)
    assert section.value("keyring").endswith("MemoryKeyring")
    assert section.value("last_sync") not in ("", "not yet")
    assert section.value("cache").endswith(" MB") and section.value("cache") != "0.0 MB"
    assert section.value("crl") == "none cached yet"
    assert section.value("pyside").startswith("6.")


def test_the_exported_zip_holds_no_personal_data(
        qtbot: QtBot, site: Site, synced: tuple[Profile, Settings, Workspace],
        tmp_path: Path) -> None:
    profile, settings, workspace = synced
    secrets = world_secrets(site)
    child = site.requests[0]["child"]
    # A line written before the desk knew the name (an older run's log): masked on export.
    (profile.log_dir / f"{logs.WINDOW_LOG}.1").write_text(
        f"2025-02-05 09:00:00,000 INFO    old: {child['last_name']} {child['iin']}\n",
        encoding="utf-8")
    logging.getLogger("tests.diagnostics").info("opened %s", child["first_name"])
    logs.save_crash_report(f"RuntimeError: {child['last_name']}\n", profile.log_dir)
    settings.set(keys.LAST_KEY_PATH, f"/keys/AUTH_RSA256_{site.director_login}.p12")
    section = section_of(qtbot, profile, settings, workspace)
    target = tmp_path / "diagnostics.zip"
    with qtbot.waitSignal(section.exported) as exported:
        section.export_to(target)
    assert exported.args == [str(target)]
    assert section.status.text() == f"Saved to {target}."

    with zipfile.ZipFile(target) as archive:
        members = {name: archive.read(name).decode() for name in archive.namelist()}
    assert {"versions.txt", "doctor.txt", "settings.ini", f"logs/{logs.WINDOW_LOG}",
            f"logs/{logs.WINDOW_LOG}.1"} <= set(members)
    assert any(name.startswith("crash-reports/crash-") for name in members)
    for name, text in members.items():
        leaked = sorted(s for s in secrets if s.casefold() in text.casefold())
        assert leaked == [], name
    assert NAME in members[f"logs/{logs.WINDOW_LOG}.1"]
    assert "session/last_role=director" in members["settings.ini"]
    assert "last_login" not in members["settings.ini"]
    assert "last_key_path" not in members["settings.ini"]
    assert "Last successful sync: 20" in members["versions.txt"]
    assert "keyring" in members["doctor.txt"] and "portal" in members["doctor.txt"]


def test_an_export_that_cannot_be_written_says_why(
        qtbot: QtBot, synced: tuple[Profile, Settings, Workspace], tmp_path: Path) -> None:
    profile, settings, workspace = synced
    section = section_of(qtbot, profile, settings, workspace)
    section.export_to(tmp_path / "no-such-folder" / "diagnostics.zip")
    assert section.status.text() == (
        "The diagnostics were not saved. The folder does not exist. Nothing was written "
        "there; choose another folder and export again.")
    assert section.export_button.isEnabled()


# --- the error dialog ----------------------------------------------------------------------


def _failure_naming(name: str, iin: str) -> object:
    try:
        raise RuntimeError(f"could not print the order for {name} {iin}")
    except RuntimeError as error:
        return describe(error)


def test_the_error_dialog_saves_copies_and_masks_its_report(
        qtbot: QtBot, tmp_path: Path) -> None:
    MASKER.learn(["Сейткали Нұрсұлтан"])
    failure = _failure_naming("Сейткали Нұрсұлтан", "210315500123")
    folder = tmp_path / "logs"
    dialog = ErrorDialog(failure, log_dir=folder)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.saved_to is not None and dialog.saved_to.parent == folder
    saved = dialog.saved_to.read_text(encoding="utf-8")
    assert saved == dialog.report
    assert "could not print the order for [name] [name] [IIN]" in saved
    assert "Сейткали" not in saved and "210315500123" not in saved
    assert str(dialog.saved_to) in dialog._where.text()
    assert "outbox" in dialog._kept.text()

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report
    elsewhere = tmp_path / "report.txt"
    dialog.save_report(str(elsewhere))
    assert elsewhere.read_text(encoding="utf-8") == dialog.report
    assert [dialog.copy_button.text(), dialog.save_button.text()] == ["Copy details", "Save…"]


def test_the_error_dialog_speaks_the_persons_language(qtbot: QtBot, qapp: object,
                                                      tmp_path: Path) -> None:
    LanguageSwitcher(qapp).apply("kk")  # type: ignore[arg-type]
    dialog = ErrorDialog(_failure_naming("X", "1"), log_dir=tmp_path)  # type: ignore
    qtbot.addWidget(dialog)
    texts = [dialog.windowTitle(), dialog._kept.text(), dialog._where.text(),
             dialog.copy_button.text(), dialog.save_button.text()]
    assert all(texts) and not any("outbox" in t or "Copy" in t for t in texts)


def test_a_log_folder_that_cannot_be_written_is_said(qtbot: QtBot, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    dialog = ErrorDialog(_failure_naming("X", "1"), log_dir=blocked)  # type: ignore
    qtbot.addWidget(dialog)
    assert dialog.saved_to is None
    assert dialog._where.text().startswith("The report could not be saved in the log folder")
