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
from desktop.views.main_window import ATTENTION
from desktop.views.runtime.fonts import (
    FALLBACK_FAMILY,
    KAZAKH_LETTERS,
    has_kazakh_letters,
    install_fonts,
)
from tests.support.sites import Site
from tests.support.windows import close, open_window, signed_in

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
    from desktop.services import vocabulary
    from desktop.views.runtime.i18n import LanguageSwitcher, remove_translations

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


# Texts of one context that may share a translation: they say the same thing in other words.
SYNONYMS = {
    # a list's column and a summary sheet's line, never in one file
    ("BulkActions", frozenset({"Born", "Date of birth"})),
    # the tool bar's button and the title of what it opens
    ("BulkActions", frozenset({"Print summaries…", "Print summary sheets"})),
    ("BulkActions", frozenset({"Export", "Exporting…"})),
}


def _plain(text: str) -> str:
    """A text as read: without the mnemonic's &, the ellipsis, a closing colon or full stop,
    or capitals ("Password" and "Password:" are one word)."""
    return re.sub(r"&(?!&)|…|[:.]$", "", text.strip()).strip().casefold()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_two_texts_of_one_context_share_a_translation(language: str) -> None:
    # One context is one dialog, page or table: two actions or states in it that read the
    # same (Decline beside Cancel, Accepted beside Enrolled) cannot be told apart.
    shared: dict[tuple[str, str], set[str]] = {}
    for (context, source), translation in active_messages(
            dev.I18N / f"balabaqsha_{language}.ts").items():
        for text in _forms(translation):
            shared.setdefault((context, _plain(text)), set()).add(source)
    clashes = [(context, text, sorted(sources)) for (context, text), sources in shared.items()
               if len({_plain(s) for s in sources}) > 1
               and (context, frozenset(sources)) not in SYNONYMS]
    assert clashes == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_status_has_a_label_of_its_own(qapp: QApplication, language: str) -> None:
    from desktop.services import vocabulary
    from desktop.views.runtime.i18n import LanguageSwitcher

    dev.compile_translations()
    LanguageSwitcher(qapp).apply(language)
    # A request's status and the kindergarten's decision stand side by side in the list;
    # the same source text in both ("Enrolled") is one meaning and may read the same.
    families = {
        "request": [(s, vocabulary.request_status(code))
                    for code, s in vocabulary.REQUEST_STATUSES.items()]
        + [(s, vocabulary.review(code)) for code, s in vocabulary.REVIEWS.items()],
        "document": [(s, vocabulary.document_status(code))
                     for code, s in vocabulary.DOCUMENT_STATUSES.items()],
        "contract": [(s, vocabulary.contract_status(code))
                     for code, s in vocabulary.CONTRACT_STATUSES.items()],
        "outcome": [(s, vocabulary.outcome(code)) for code, s in vocabulary.OUTCOMES.items()],
    }
    for family, labels in families.items():
        sources: dict[str, set[str]] = {}
        for source, label in labels:
            assert label != source or language == "en", (family, source)  # translated
            sources.setdefault(_plain(label), set()).add(source)
        assert [s for s in sources.values() if len(s) > 1] == [], family


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_decline_dialogs_buttons_read_differently(qapp: QApplication,
                                                      language: str) -> None:
    # Qt's own Kazakh calls Cancel "Бас тарту", the very words of declining a request.
    from PySide6.QtWidgets import QAbstractButton

    from desktop.services.review import OTHER_REASON, DeclineReason
    from desktop.views.dialogs.decision_dialogs import DeclineDialog, Subject
    from desktop.views.runtime.i18n import LanguageSwitcher

    dev.compile_translations()
    LanguageSwitcher(qapp).apply(language)
    dialog = DeclineDialog(Subject(17, 257017, "Сейткали Әлия"),
                           [DeclineReason(OTHER_REASON, {"en": "Other"})], fetched=True)
    try:
        texts = [_plain(button.text()) for button in dialog.findChildren(QAbstractButton)
                 if button.text()]
        assert len(texts) >= 2
        overlapping = [(a, b) for a in texts for b in texts if a is not b and a in b]
        assert overlapping == []
        if language == "kk":
            assert "болдырмау" in texts
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize(("language", "look_in", "file_name", "types"), [
    ("kk", "Қайда қ&арау:", "Файл &аты:", "Файлдар &түрі:"),
    ("ru", "&Перейти к:", "&Имя файла:", "&Тип файлов:"),
    ("en", "&Look in:", "File &name:", "Files of &type:")])
def test_qts_own_file_dialog_speaks_the_language(qtbot: QtBot, language: str, look_in: str,
                                                 file_name: str, types: str) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    from desktop.views.runtime.i18n import LanguageSwitcher

    dev.compile_translations()
    switcher = LanguageSwitcher()
    switcher.apply(language)
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert (labels["lookInLabel"], labels["fileNameLabel"], labels["fileTypeLabel"]) == (
        look_in, file_name, types)
