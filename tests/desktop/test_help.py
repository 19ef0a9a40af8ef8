"""Help: the manual in three languages with the window's real shortcuts, opened with F1;
the About box's versions and portal; "Report a problem…" writing the diagnostics zip to
Documents and saying where it is and what to do with it."""

from __future__ import annotations

import platform
import re
import zipfile
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.views.dialogs.help import AboutDialog, ManualDialog, manual_path
from desktop.views.runtime import files
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.widgets.diagnostics_section import DiagnosticsSection
from tests.support.windows import Desk

# Shortcuts the pages and viewers bind for themselves (not the window's own actions).
PAGE_SHORTCUTS = ("Ctrl+P", "Ctrl+0", "Ctrl+9", "Ctrl+R", "Ctrl++", "Ctrl+-", "Enter")


def test_every_manual_lists_every_shortcut_the_window_defines(desk: Desk) -> None:
    bound = {action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
             for action in desk.window.actions() if not action.shortcut().isEmpty()}
    assert {"Ctrl+1", "Ctrl+6", "F5", "Ctrl+F", "Ctrl+L", "F1"} <= bound
    for language in ("kk", "ru", "en"):
        text = manual_path(language).read_text(encoding="utf-8")
        listed = {keys for cell in re.findall(r"<tr><td>([^<]+)</td>", text)
                  for keys in cell.split(" / ")}
        missing = [keys for keys in (*bound, *PAGE_SHORTCUTS) if keys not in listed]
        assert not missing, (language, missing)
        for section in ("today", "requests", "decisions", "documents", "contracts", "groups",
                        "outbox", "offline", "shortcuts"):
            assert f'name="{section}"' in text, (language, section)


def test_f1_opens_the_manual_in_the_interface_language(
        desk: Desk, qtbot: QtBot, languages: LanguageSwitcher) -> None:
    window = desk.window
    assert window.help_menu.title() == "&Help"
    assert [a.text() for a in window.help_menu.actions() if not a.isSeparator()] == [
        "User manual", "Report a problem…", "About Balabaqsha Desk"]
    window.activateWindow()
    window.manual_action.trigger()
    manual = window.manual
    assert isinstance(manual, ManualDialog) and manual.isVisible()
    assert "Keyboard shortcuts" in manual.browser.toPlainText()
    assert window.manual_action.shortcut() == QKeySequence("F1")

    languages.apply("kk")
    qtbot.waitUntil(lambda: manual.language == "kk")
    assert "Перне тіркесімдері" in manual.browser.toPlainText()
    assert window.help_menu.title() == "&Анықтама"
    languages.apply("ru")
    qtbot.waitUntil(lambda: "Сочетания клавиш" in manual.browser.toPlainText())
    assert window.show_manual() is manual  # one manual window, raised again


def test_the_about_box_names_the_versions_and_the_portal(desk: Desk, qtbot: QtBot) -> None:
    about = desk.window.show_about()
    assert isinstance(about, AboutDialog)
    assert about.value("program") == __version__
    assert about.value("python") == platform.python_version()
    assert about.value("qt") == qVersion()
    assert about.value("pyside") == pyside_version
    assert about.value("portal") == desk.workspace.portal_url
    sandboxed = AboutDialog("http://127.0.0.1:8765", True)
    qtbot.addWidget(sandboxed)
    assert sandboxed.value("portal") == \
        "http://127.0.0.1:8765 (the built-in training portal)"
    about.close()


def test_report_a_problem_saves_the_zip_in_documents_and_says_what_to_do(
        desk: Desk, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = desk.window
    assert not window.report_action.isEnabled()  # no diagnostics yet: nothing to write
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:  # the offscreen platform opens nothing
        opened.append(QUrl(url).toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    window.set_diagnostics(DiagnosticsSection(desk.profile, desk.settings, desk.tasks,
                                              desk.workspace.cache, desk.workspace.portal_url))
    assert window.report_action.isEnabled()

    window.report_action.trigger()
    [saved] = list((home / "Documents").glob("balabaqsha-desk-diagnostics-*.zip"))
    with zipfile.ZipFile(saved) as archive:
        assert "versions.txt" in archive.namelist()
    message = window.report_message
    assert isinstance(message, files.SavedMessage) and message.isVisible()
    assert str(saved) in message.text()
    assert "Send this file to support" in message.text()
    assert not message.open_button.isVisible()  # a zip is for sending, not for opening
    message.folder_button.click()
    assert opened == [str(saved.parent)]


def test_a_report_that_cannot_be_written_says_why_and_asks_where(
        desk: Desk, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = desk.window
    section = DiagnosticsSection(desk.profile, desk.settings, desk.tasks,
                                 desk.workspace.cache, desk.workspace.portal_url)
    window.set_diagnostics(section)
    # A home folder that is gone (a roaming profile not mounted): no Documents, no home.
    monkeypatch.setenv("HOME", str(tmp_path / "gone"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    asked: list[str] = []

    def save_file_name(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""  # the person cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    window.report_problem()
    assert warnings and warnings[0].startswith("The diagnostics were not saved. The folder "
                                               "does not exist.")
    assert asked == ["Export diagnostics"]  # then the person chooses where
    assert window.report_message is None
