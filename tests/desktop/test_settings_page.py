"""The settings page keeps each change at once, and refuses what is not a setting's value."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services import settings as keys
from desktop.services.settings import Settings
from desktop.views.pages.settings_page import SettingsPage


def test_the_time_stamp_server_is_kept_only_when_it_is_a_web_address(
        qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    page = SettingsPage(settings)
    qtbot.addWidget(page)
    page.tsa_url.setText("http://tsp.pki.gov.kz:80")
    page.tsa_url.editingFinished.emit()
    assert settings.get(keys.TSA_URL) == "http://tsp.pki.gov.kz:80"
    page.tsa_url.setText("tsp pki gov kz")
    page.tsa_url.editingFinished.emit()
    assert settings.get(keys.TSA_URL) == "http://tsp.pki.gov.kz:80"  # the last good one
    assert "not a web address" in page.tsa_note.text()
    page.tsa_url.setText("")
    page.tsa_url.editingFinished.emit()
    assert settings.get(keys.TSA_URL) == ""  # empty: PAdES B, no time-stamp
    assert "PAdES B" in page.tsa_note.text()


def test_the_portal_address_is_kept_only_when_it_is_a_web_address(
        qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    page = SettingsPage(settings)
    qtbot.addWidget(page)
    page.portal_url.setText("https://portal.example.kz/")
    page.portal_url.editingFinished.emit()
    assert settings.get(keys.PORTAL_URL) == "https://portal.example.kz"
    assert "next sign-in" in page.portal_note.text()
    page.portal_url.setText("portal example kz")
    page.portal_url.editingFinished.emit()
    assert settings.get(keys.PORTAL_URL) == "https://portal.example.kz"  # the last good one
    assert "not a web address" in page.portal_note.text()
    page.portal_url.setText("")
    page.portal_url.editingFinished.emit()
    assert settings.get(keys.PORTAL_URL) == ""  # empty: the built-in training portal
