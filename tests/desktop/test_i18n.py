"""Translations: every Kazakh and Russian message finished and keeping its placeholders,
the .ts files in step with the sources, Kazakh letters in the interface font, and a layout
that survives strings twice as long (Vorta's stretched-strings check)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import dev
from desktop.views.fonts import FALLBACK_FAMILY, KAZAKH_LETTERS, has_kazakh_letters, install_fonts
from desktop.views.main_window import ATTENTION
from tests.desktop.conftest import Site
from tests.desktop.test_views_support import OFFSCREEN_NOISE, close, open_window, signed_in

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
Message = tuple[str, str]  # context, source


def active_messages(path: Path) -> dict[Message, ET.Element]:
    """The messages lupdate found in the sources (not the vanished or obsolete ones)."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = translation
    return found


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_message_is_translated(language: str) -> None:
    messages = active_messages(dev.I18N / f"balabaqsha_{language}.ts")
    assert messages
    unfinished = [source for (_context, source), translation in messages.items()
                  if translation.get("type") == "unfinished"
                  or not "".join(translation.itertext()).strip()]
    assert unfinished == []
    broken = [source for (_context, source), translation in messages.items()
              for text in _forms(translation)
              if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))]
    assert broken == []


def _forms(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_every_message_has_the_context_it_is_looked_up_in() -> None:
    # lupdate files a tr() it cannot place in a class (an alias such as `tr = self.tr`)
    # under an empty context, where the running program never looks for it.
    homeless = [source for (context, source) in active_messages(dev.I18N / "balabaqsha_ru.ts")
                if not context]
    assert homeless == []


def test_every_message_with_a_count_has_plural_forms() -> None:
    # lupdate makes a message plural only from a class's tr(); QCoreApplication.translate
    # with a count gives a singular message the count never reaches (nor 3 года / 5 лет).
    root = ET.parse(dev.I18N / "balabaqsha_ru.ts").getroot()
    singular = [message.findtext("source") for message in root.iter("message")
                if "%n" in (message.findtext("source") or "")
                and message.get("numerus") != "yes"]
    assert singular == []


def test_kazakh_translations_use_kazakh_letters() -> None:
    texts = [t.text or "" for t in active_messages(dev.I18N / "balabaqsha_kk.ts").values()]
    used = {letter for text in texts for letter in text if letter in KAZAKH_LETTERS}
    assert len(used) >= 12  # ә ғ қ ң ө ұ ү і and their capitals, not Russian spelling


def test_the_ts_files_are_in_step_with_the_sources(tmp_path: Path) -> None:
    copies = []
    for ts in dev.TS_FILES:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        copies.append(copy)
    subprocess.run(dev.lupdate_command(copies), check=True, cwd=dev.ROOT,
                   capture_output=True)
    for ts, copy in zip(dev.TS_FILES, copies, strict=True):
        assert set(active_messages(copy)) == set(active_messages(ts)), (
            f"{ts.name} is stale: run `python dev.py i18n` and translate the new messages")


def test_the_interface_font_has_every_kazakh_letter(qapp: QApplication) -> None:
    family = install_fonts(qapp)
    assert has_kazakh_letters(qapp.font())
    assert has_kazakh_letters(QFont(FALLBACK_FAMILY)), family


class StretchingTranslator(QTranslator):
    """Every string twice over: Kazakh and Russian often run this long."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"{source} {source}" if source else source



@pytest.fixture
def stretched(qapp: QApplication) -> Iterator[StretchingTranslator]:
    translator = StretchingTranslator()
    qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
def test_stretched_strings_do_not_clip_the_navigation(
        qtbot: QtBot, site: Site, profile_dir: Path,
        stretched: StretchingTranslator) -> None:
    profile, settings, workspace = signed_in(site, profile_dir)
    desk = open_window(qtbot, profile, settings, workspace, sandbox=True)
    try:
        window = desk.window
        window._attention_count = 12
        window.retranslate()
        qtbot.wait(10)
        navigation = window.navigation
        assert navigation.item(ATTENTION).text() == "Needs attention Needs attention (12)"
        room = navigation.viewport().width()
        metrics = navigation.fontMetrics()
        for row in range(navigation.count()):
            item = navigation.item(row)
            needed = metrics.horizontalAdvance(item.text()) + navigation.iconSize().width()
            assert needed < room, item.text()
            assert navigation.visualItemRect(item).width() >= needed
        assert window.sandbox_badge.width() <= window.navigation_panel.width()
        assert QCoreApplication.translate("MainWindow", "Groups") == "Groups Groups"
    finally:
        close(desk)


def test_english_plural_forms_are_written_out() -> None:
    # English reads the source text, except for counts: without its forms "1 day(s)"
    # would show instead of "1 day".
    root = ET.parse(dev.I18N / "balabaqsha_en.ts").getroot()
    unwritten = [message.findtext("source") for message in root.iter("message")
                 if message.get("numerus") == "yes"
                 and (message.find("translation").get("type") == "unfinished"  # type: ignore
                      or not all(form.text for form in message.iter("numerusform")))]
    assert unwritten == []


def test_a_requests_decision_agrees_with_a_request_not_a_document(qapp: QApplication) -> None:
    from desktop.views import vocabulary
    from desktop.views.i18n import LanguageSwitcher, remove_translations

    dev.compile_translations()
    LanguageSwitcher(qapp).apply("ru")
    try:
        # "Accepted" twice, in two contexts: заявка (feminine) and документ.
        assert vocabulary.review("accepted") == "Принята"
        assert vocabulary.document_status("accepted") == "Принят"
        assert vocabulary.review("accepted", pending=True) == "Принята, ещё не отправлено"
        assert vocabulary.review(None, pending=True) == "Ещё не отправлено"
        assert vocabulary.review("returned") == "returned"  # a code from a newer portal
    finally:
        remove_translations()
