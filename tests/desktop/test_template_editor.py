"""The administrator's contract template editor (pytest-qt): pick, edit, insert, preview,
save as a new version; every broken text refused with a message that says where and what to
do, and unsaved work never dropped without asking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.templates import PLACEHOLDERS, Template, TemplateStore, templates_dir
from desktop.views.contracts.template_editor import (
    PLACEHOLDER_LABELS,
    TemplateEditor,
    render_preview,
)
from desktop.views.runtime.tasks import Tasks


@pytest.fixture
def store(tmp_path: Path) -> TemplateStore:
    return TemplateStore(templates_dir(tmp_path))


@pytest.fixture
def editor(qtbot: QtBot, store: TemplateStore,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[TemplateEditor]:
    # A question nobody expected would block the run: it is answered, and fails the test.
    unexpected = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog = TemplateEditor(store, Tasks(inline=True), layout="kk")
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    # Closed here rather than by qtbot, which would close it with the test's edits unsaved.
    dialog.dirty = False
    dialog.close()
    dialog.deleteLater()
    assert unexpected == []


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def type_at_end(editor: TemplateEditor, qtbot: QtBot, language: str, words: str,
                typed: str = "") -> None:
    """A new last line: `words` pasted, then `typed` typed key by key (QTest types ASCII
    only: it aborts on a Cyrillic character)."""
    box = editor.editor(language)
    cursor = box.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    box.setTextCursor(cursor)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    box.insertPlainText(words)
    if typed:
        qtbot.keyClicks(box, typed)


def test_opens_on_the_current_version_with_a_preview(editor: TemplateEditor,
                                                     store: TemplateStore) -> None:
    shipped = store.current_template("kk")
    assert editor.texts() == {"kk": shipped.texts["kk"]}
    assert editor._tabs.count() == 1
    assert editor._versions.count() == 1
    assert "shipped with the program" in editor._versions.currentText()
    pages = editor.page_images
    assert len(pages) == 2 and all(not p.isNull() and p.width() > 500 for p in pages)
    assert editor._preview_state.text() == "2 pages"
    assert not editor._save.isEnabled() and editor.error is None
    assert editor._message.text() == ""


def test_every_placeholder_is_listed_with_what_it_holds(editor: TemplateEditor) -> None:
    assert set(PLACEHOLDER_LABELS) == set(PLACEHOLDERS)
    listed = [editor._placeholders.item(i) for i in range(editor._placeholders.count())]
    assert [item.text() for item in listed] == ["{" + name + "}" for name in PLACEHOLDERS]
    assert all(item.toolTip() for item in listed)
    assert "double-click" in editor._placeholder_help.text()
    editor._placeholders.setCurrentRow(PLACEHOLDERS.index("group_ages"))
    assert editor._placeholder_help.text() == "Children's ages in the group, in words"


def test_insert_a_placeholder_at_the_cursor(editor: TemplateEditor, qtbot: QtBot) -> None:
    box = editor.editor("kk")
    cursor = box.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    box.setTextCursor(cursor)
    editor._placeholders.setCurrentRow(-1)
    editor._insert.click()
    assert "Choose a placeholder" in editor._message.text()
    editor._placeholders.setCurrentRow(PLACEHOLDERS.index("child_iin"))
    editor._insert.click()
    assert box.toPlainText().startswith("{child_iin}= МЕКТЕПКЕ")
    item = editor._placeholders.item(PLACEHOLDERS.index("group_name"))
    rect = editor._placeholders.visualItemRect(item)
    viewport = editor._placeholders.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert box.toPlainText().startswith("{child_iin}{group_name}= МЕКТЕПКЕ")
    assert editor.dirty and editor._save.isEnabled()


def test_a_broken_text_is_marked_and_not_saved(editor: TemplateEditor, qtbot: QtBot,
                                               store: TemplateStore) -> None:
    type_at_end(editor, qtbot, "kk", "Бала жасы: ", "{child_age}")
    assert editor.error is not None and editor.error.code == "unknown_placeholder"
    line = editor.editor("kk").document().blockCount()
    assert editor._message.text() == (
        f"Kazakh text, line {line}: {{child_age}} is not a known placeholder. Insert one "
        "from the list, or correct the name.")
    marked = editor.editor("kk").extraSelections()
    assert len(marked) == 1 and marked[0].cursor.blockNumber() == line - 1
    assert "waits until the text is correct" in editor._preview_state.text()
    editor._save.click()
    assert editor._message.text().startswith("Not saved. Kazakh text, line")
    assert editor.editor("kk").textCursor().blockNumber() == line - 1
    assert [t.version for t in store.versions("kk")] == [1]
    assert not store.folder.exists()


def test_save_makes_a_new_version_and_keeps_the_old(editor: TemplateEditor, qtbot: QtBot,
                                                    store: TemplateStore) -> None:
    saved: list[Template] = []
    editor.template_saved.connect(saved.append)
    type_at_end(editor, qtbot, "kk", "Бала ЖСН: ", "{child_iin}")
    assert editor.error is None and editor._message.text() == "Unsaved changes."
    editor._save.click()
    assert [t.version for t in saved] == [2]
    assert store.current_template("kk").texts["kk"].endswith("Бала ЖСН: {child_iin}")
    assert store.current_template("kk").based_on == 1
    assert (store.folder / "kk-v002.json").is_file()
    assert editor._message.text().startswith("Saved as version 2.")
    assert not editor.dirty and not editor._save.isEnabled()
    assert editor._versions.count() == 2 and editor._versions.currentData() == 2
    assert editor._versions.currentText().startswith("Version 2, saved ")
    # An older version, picked and saved again unchanged, becomes the newest.
    editor._versions.setCurrentIndex(editor._versions.findData(1))
    assert editor.texts()["kk"] == store.template("kk", 1).texts["kk"]
    assert editor._save.isEnabled()
    editor._save.click()
    assert store.current_template("kk").version == 3
    assert store.current_template("kk").texts == store.template("kk", 1).texts


def test_bilingual_has_two_texts_that_must_pair(editor: TemplateEditor, qtbot: QtBot,
                                                store: TemplateStore) -> None:
    editor._layouts.setCurrentIndex(editor._layouts.findData("bilingual"))
    assert editor._tabs.count() == 2
    assert [editor._tabs.tabText(i) for i in range(2)] == ["Kazakh text", "Russian text"]
    assert len(editor.page_images) == 3
    box = editor.editor("ru")
    box.setPlainText(box.toPlainText().replace("# 5. Заключительные положения\n", ""))
    assert editor.error is not None and editor.error.code == "sections_differ"
    assert "The Kazakh text has 6 sections and the Russian text 5" in editor._message.text()
    editor._save.click()
    assert store.current_template("bilingual").version == 1


def test_unsaved_work_is_not_dropped_without_asking(editor: TemplateEditor, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    type_at_end(editor, qtbot, "kk", "Жаңа жол")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    editor._layouts.setCurrentIndex(editor._layouts.findData("ru"))
    assert len(asked) == 1 and "not saved" in asked[0]
    assert editor.layout_code == "kk" and editor._layouts.currentData() == "kk"
    assert editor.texts()["kk"].endswith("Жаңа жол")
    editor.reject()
    assert len(asked) == 2 and editor.isVisible()
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    editor._layouts.setCurrentIndex(editor._layouts.findData("ru"))
    assert editor.layout_code == "ru" and set(editor.texts()) == {"ru"}
    assert not editor.dirty


def test_a_failed_save_keeps_the_text(editor: TemplateEditor, qtbot: QtBot,
                                      store: TemplateStore, tmp_path: Path) -> None:
    # The profile's folder cannot be written (a file stands where the folder should be).
    store.folder.parent.mkdir(parents=True, exist_ok=True)
    store.folder.write_text("not a folder")
    type_at_end(editor, qtbot, "kk", "Жаңа жол")
    editor._save.click()
    assert editor._message.text().startswith("Not saved: The template could not be saved in ")
    assert "folder can be written" in editor._message.text()
    assert editor._message.text().endswith("The text is still here.")
    assert editor.dirty and editor._save.isEnabled()
    assert editor.texts()["kk"].endswith("Жаңа жол")


def test_preview_of_a_real_request_and_of_a_text_too_long_to_lay_out(
        store: TemplateStore) -> None:
    from dataclasses import replace

    from desktop.services.contracts import sample_contract_data

    data = replace(sample_contract_data(), child_name="Омарова Аружан Ерланқызы")
    preview = render_preview(data, store.current_template("ru"), width=300)
    assert len(preview.pages) == 2 and preview.pages[0].width() == 300
    texts = dict(store.current_template("ru").texts)
    texts["ru"] = texts["ru"].replace("@ Подпись Заказчика (ЭЦП)", "@ " + "подпись " * 900)
    broken = render_preview(data, Template("ru", 2, texts))
    assert broken.pages == [] and "lines that start with “@”" in broken.error
