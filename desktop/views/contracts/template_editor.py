"""The administrator's contract template editor.

Pick a layout (Kazakh, Russian, or both side by side) and a version, edit the text, insert
placeholders from a list, see the contract it makes (a made-up request unless a real one
is given) and save the text as a new version. Every version is kept: saving never changes
what an earlier contract was made from. The text is checked as it is typed; the line with a
problem is marked and the message says what to do. Unsaved edits are never dropped without
asking.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QImage, QPixmap, QTextCursor, QTextFormat
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contracts import (
    ContractData,
    ContractError,
    generate,
    sample_contract_data,
)
from desktop.services.templates import (
    LAYOUT_LANGUAGES,
    LAYOUTS,
    PLACEHOLDERS,
    Template,
    TemplateError,
    TemplateSaveError,
    TemplateStore,
    parse_texts,
)
from desktop.services.vocabulary import format_datetime
from desktop.views.dialogs.decision_dialogs import NO_COLOUR
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import TaskHandle, Tasks

# Called by this name, so lupdate finds the strings with their explicit context.
translate = QCoreApplication.translate

LAYOUT_NAMES: dict[str, Any] = {
    "kk": QT_TRANSLATE_NOOP("TemplateEditor", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("TemplateEditor", "Russian"),
    "bilingual": QT_TRANSLATE_NOOP("TemplateEditor", "Kazakh and Russian, side by side"),
}

TEXT_NAMES: dict[str, Any] = {
    "kk": QT_TRANSLATE_NOOP("TemplateEditor", "Kazakh text"),
    "ru": QT_TRANSLATE_NOOP("TemplateEditor", "Russian text"),
}

# What each placeholder is filled with, for the list staff insert them from.
PLACEHOLDER_LABELS: dict[str, Any] = {
    "contract_number": QT_TRANSLATE_NOOP("TemplateEditor", "Contract number"),
    "contract_date": QT_TRANSLATE_NOOP("TemplateEditor", "Contract date"),
    "locality": QT_TRANSLATE_NOOP("TemplateEditor", "Locality (city or village)"),
    "application_number": QT_TRANSLATE_NOOP("TemplateEditor", "Application number"),
    "application_date": QT_TRANSLATE_NOOP("TemplateEditor", "Date of the application"),
    "kindergarten_name": QT_TRANSLATE_NOOP("TemplateEditor", "Kindergarten's name"),
    "kindergarten_bin": QT_TRANSLATE_NOOP("TemplateEditor", "Kindergarten's BIN"),
    "kindergarten_address": QT_TRANSLATE_NOOP("TemplateEditor", "Kindergarten's address"),
    "kindergarten_phone": QT_TRANSLATE_NOOP("TemplateEditor", "Kindergarten's phone"),
    "director_name": QT_TRANSLATE_NOOP("TemplateEditor", "Director's full name"),
    "parent_name": QT_TRANSLATE_NOOP("TemplateEditor", "Parent's full name"),
    "parent_iin": QT_TRANSLATE_NOOP("TemplateEditor", "Parent's IIN"),
    "parent_phone": QT_TRANSLATE_NOOP("TemplateEditor", "Parent's phone"),
    "child_name": QT_TRANSLATE_NOOP("TemplateEditor", "Child's full name"),
    "child_iin": QT_TRANSLATE_NOOP("TemplateEditor", "Child's IIN"),
    "child_birth_date": QT_TRANSLATE_NOOP("TemplateEditor", "Child's date of birth"),
    "group_name": QT_TRANSLATE_NOOP("TemplateEditor", "Group's name"),
    "group_language": QT_TRANSLATE_NOOP("TemplateEditor",
                                        "Group's language, in words of the text's language"),
    "group_ages": QT_TRANSLATE_NOOP("TemplateEditor",
                                    "Children's ages in the group, in words"),
    "group_start_date": QT_TRANSLATE_NOOP("TemplateEditor", "Date the group starts"),
}

PREVIEW_DELAY_MS = 700
PREVIEW_WIDTH = 620  # pixels of a rendered page


@dataclass(frozen=True)
class Preview:
    """What the background preview hands back: the pages, or why there are none."""

    pages: list[QImage]
    error: str = ""


def render_preview(data: ContractData, template: Template, width: int = PREVIEW_WIDTH
                   ) -> Preview:
    """The contract `template` makes for `data`, as page images. Run through Tasks; note
    that PySide6 holds the GIL through `QPdfDocument.render` (see document_pages), so the
    rendering part still pauses the GUI thread while it runs."""
    try:
        pdf = generate(data, template)
    except (ContractError, TemplateError) as exc:
        return Preview([], str(exc))
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    pages = []
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        height = round(width * size.height() / size.width())
        pages.append(document.render(index, QSize(width, height)))
    document.close()
    return Preview(pages)


class TemplateEditor(QDialog):
    """Edit a contract template and save it as a new version.

    Signals:
        template_saved(object): a new version was saved (the `Template`).
    """

    template_saved = Signal(object)

    def __init__(self, store: TemplateStore, tasks: Tasks, *, layout: str = "kk",
                 sample: ContractData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.sample = sample or sample_contract_data()
        self.layout_code = layout if layout in LAYOUTS else "kk"
        # Every version's file is read once here and after each change, then looked up.
        self._known: list[Template] = store.versions(self.layout_code)
        self.template: Template = self._known[-1]
        self.dirty = False
        self.error: TemplateError | None = None
        self._loading = False
        self._preview_task: TaskHandle | None = None
        self._page_labels: list[QLabel] = []
        self._editors: dict[str, QPlainTextEdit] = {}
        self.setMinimumSize(1100, 700)
        self.resize(1400, 900)

        top = self._build_choices()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_editors())
        splitter.addWidget(self._build_placeholders())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 3)
        self._build_buttons()
        layout_box = QVBoxLayout(self)
        layout_box.addLayout(top)
        layout_box.addWidget(splitter, 1)
        layout_box.addWidget(self._message)
        layout_box.addWidget(self._buttons)
        self._connect()

        self.retranslate()
        self._fill_versions()
        self._show_template(self.template)

    # building

    def _build_choices(self) -> QHBoxLayout:
        """The template's layout and version, above the rest."""
        self._layout_label = QLabel()
        self._layouts = QComboBox()
        for code in LAYOUTS:
            self._layouts.addItem("", code)
        self._layouts.setCurrentIndex(LAYOUTS.index(self.layout_code))
        self._versions_label = QLabel()
        self._versions = QComboBox()
        self._versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top = QHBoxLayout()
        top.addWidget(self._layout_label)
        top.addWidget(self._layouts)
        top.addSpacing(16)
        top.addWidget(self._versions_label)
        top.addWidget(self._versions)
        top.addStretch(1)
        return top

    def _build_editors(self) -> QWidget:
        """A tab per language of the text (filled by _show_template), and how it is written."""
        self._tabs = QTabWidget()
        self._help = QLabel(wordWrap=True)
        self._help.setTextFormat(Qt.TextFormat.PlainText)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self._tabs, 1)
        left_box.addWidget(self._help)
        return left

    def _build_placeholders(self) -> QWidget:
        self._placeholders_label = QLabel()
        self._placeholders = QListWidget()
        for name in PLACEHOLDERS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            self._placeholders.addItem(item)
        longest = max(("{" + name + "}" for name in PLACEHOLDERS), key=len)
        self._placeholders.setMinimumWidth(
            self._placeholders.fontMetrics().horizontalAdvance(longest) + 40)
        self._placeholder_help = QLabel(wordWrap=True)
        self._placeholder_help.setMinimumHeight(
            self._placeholder_help.fontMetrics().lineSpacing() * 3)
        self._placeholder_help.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._insert = QPushButton()
        middle = QWidget()
        middle_box = QVBoxLayout(middle)
        middle_box.setContentsMargins(0, 0, 0, 0)
        middle_box.addWidget(self._placeholders_label)
        middle_box.addWidget(self._placeholders, 1)
        middle_box.addWidget(self._placeholder_help)
        middle_box.addWidget(self._insert)
        return middle

    def _build_preview(self) -> QWidget:
        self._preview_label = QLabel()
        self._preview_state = QLabel(wordWrap=True)
        self._pages = QWidget()
        self._pages_box = QVBoxLayout(self._pages)
        self._pages_box.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._pages)
        self._scroll.setMinimumWidth(PREVIEW_WIDTH + 40)
        self._refresh = QPushButton()
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        preview_top = QHBoxLayout()
        preview_top.addWidget(self._preview_label)
        preview_top.addStretch(1)
        preview_top.addWidget(self._refresh)
        right_box.addLayout(preview_top)
        right_box.addWidget(self._preview_state)
        right_box.addWidget(self._scroll, 1)
        return right

    def _build_buttons(self) -> None:
        self._message = QLabel(wordWrap=True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._save = QPushButton()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.addButton(self._save, QDialogButtonBox.ButtonRole.ActionRole)

    def _connect(self) -> None:
        # The preview follows the text once typing pauses.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._buttons.rejected.connect(self.reject)
        self._layouts.currentIndexChanged.connect(self._layout_picked)
        self._versions.currentIndexChanged.connect(self._version_picked)
        self._insert.clicked.connect(lambda: self.insert_placeholder())
        self._placeholders.itemDoubleClicked.connect(lambda _item: self.insert_placeholder())
        self._placeholders.currentItemChanged.connect(
            lambda _now, _before: self._describe_placeholder())
        self._refresh.clicked.connect(self.refresh_preview)
        self._save.clicked.connect(self.save)

    # texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contract templates"))
        self._layout_label.setText(self.tr("Template:"))
        for index, code in enumerate(LAYOUTS):
            self._layouts.setItemText(index, translate("TemplateEditor", LAYOUT_NAMES[code]))
        self._versions_label.setText(self.tr("Version:"))
        for index in range(self._versions.count()):
            self._versions.setItemText(index, self._version_text(
                self._versions.itemData(index)))
        for index, language in enumerate(self._editors):
            self._tabs.setTabText(index, translate("TemplateEditor", TEXT_NAMES[language]))
        self._help.setText(self.tr(
            "Lines that start with “=” make the title, “#” a section heading, and "
            "“| left | right” a row such as the place and the date. The contract ends with "
            "the blocks [kindergarten] and [parent]: each party's details, and one line "
            "starting with “@”, the caption over its signature box. Words in braces are "
            "placeholders, filled in from the request."))
        self._placeholders_label.setText(self.tr("Placeholders:"))
        for index in range(self._placeholders.count()):
            item = self._placeholders.item(index)
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setText("{" + name + "}")
            item.setToolTip(translate("TemplateEditor", PLACEHOLDER_LABELS[name]))
            item.setStatusTip(item.toolTip())
        self._describe_placeholder()
        self._insert.setText(self.tr("Insert into the text"))
        self._preview_label.setText(self.tr("Preview with a sample request"))
        self._refresh.setText(self.tr("Refresh the preview"))
        self._save.setText(self.tr("Save as a new version"))
        self._show_check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _describe_placeholder(self) -> None:
        item = self._placeholders.currentItem()
        if item is None:
            self._placeholder_help.setText(self.tr(
                "Pick a placeholder to see what it holds; double-click to insert it."))
            return
        self._placeholder_help.setText(item.toolTip())

    def _version_text(self, version: int | None) -> str:
        template = next((t for t in self._known if t.version == version), None)
        if template is None:
            return ""
        if template.shipped:
            return self.tr("Version {version}, shipped with the program").format(
                version=template.version)
        return self.tr("Version {version}, saved {when}").format(
            version=template.version, when=format_datetime(template.saved_at))

    # loading

    def _fill_versions(self) -> None:
        self._loading = True
        self._versions.clear()
        for template in reversed(self._known):
            self._versions.addItem(self._version_text(template.version), template.version)
        self._loading = False

    def _show_template(self, template: Template) -> None:
        self.template = template
        self._loading = True
        index = self._versions.findData(template.version)
        if index >= 0:
            self._versions.setCurrentIndex(index)
        self._tabs.clear()
        self._editors = {}
        for language in LAYOUT_LANGUAGES[template.layout]:
            editor = QPlainTextEdit()
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            editor.setPlainText(template.texts[language])
            editor.textChanged.connect(self._edited)
            self._editors[language] = editor
            self._tabs.addTab(editor, translate("TemplateEditor", TEXT_NAMES[language]))
        self._loading = False
        self.dirty = False
        self._check()
        self.refresh_preview()

    def _layout_picked(self, index: int) -> None:
        code = self._layouts.itemData(index)
        if code == self.layout_code:
            return
        if not self._may_discard():
            self._layouts.blockSignals(True)
            self._layouts.setCurrentIndex(LAYOUTS.index(self.layout_code))
            self._layouts.blockSignals(False)
            return
        self.layout_code = code
        self._known = self.store.versions(code)
        self._fill_versions()
        self._show_template(self._known[-1])

    def _version_picked(self, index: int) -> None:
        version = self._versions.itemData(index)
        if self._loading or version is None or version == self.template.version:
            return
        if not self._may_discard():
            self._loading = True
            self._versions.setCurrentIndex(self._versions.findData(self.template.version))
            self._loading = False
            return
        self._show_template(next(t for t in self._known if t.version == version))

    def _may_discard(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The text has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # editing

    def texts(self) -> dict[str, str]:
        return {language: editor.toPlainText() for language, editor in self._editors.items()}

    def editor(self, language: str) -> QPlainTextEdit:
        return self._editors[language]

    def current_editor(self) -> QPlainTextEdit:
        widget = self._tabs.currentWidget()
        assert isinstance(widget, QPlainTextEdit)
        return widget

    def insert_placeholder(self, name: str | None = None) -> None:
        if name is None:
            item = self._placeholders.currentItem()
            if item is None:
                self._message.setText(self.tr("Choose a placeholder in the list first."))
                return
            name = str(item.data(Qt.ItemDataRole.UserRole))
        editor = self.current_editor()
        editor.insertPlainText("{" + name + "}")
        editor.setFocus()

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._check()
        if self.error is None:
            self._preview_timer.start()
        else:
            self._preview_timer.stop()
            self._preview_state.setText(self._waiting_text())

    def _check(self) -> None:
        try:
            parse_texts(self.layout_code, self.texts())
        except TemplateError as exc:
            self.error = exc
        else:
            self.error = None
        self._show_check()

    def _show_check(self) -> None:
        for language, editor in self._editors.items():
            selections = []
            if self.error is not None and self.error.language == language and self.error.line:
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(QColor(255, 221, 221))
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                block = editor.document().findBlockByNumber(self.error.line - 1)
                selection.cursor = QTextCursor(block)
                selections.append(selection)
            editor.setExtraSelections(selections)
        if self.error is not None:
            self._message.setStyleSheet(f"color: {NO_COLOUR};")
            self._message.setText(str(self.error))
        else:
            self._message.setStyleSheet("")
            self._message.setText(self.tr("Unsaved changes.") if self.dirty else "")
        # An older version, picked and saved unchanged, becomes the newest again.
        newest = self._known[-1].version if self._known else self.template.version
        self._save.setEnabled(self.dirty or self.template.version != newest)

    # preview

    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        if self.error is not None:
            self._preview_state.setText(self._waiting_text())
            return
        if self._preview_task is not None:
            self._preview_task.cancel()
        template = Template(self.layout_code, self.template.version, self.texts())
        data = self.sample
        self._preview_state.setText(self.tr("Making the preview…"))
        self._preview_task = self.tasks.run(
            lambda: render_preview(data, template), on_done=self._show_preview,
            on_failed=self._preview_failed)

    def _waiting_text(self) -> str:
        if self._page_labels:
            return self.tr("The preview waits until the text is correct; it shows the last "
                           "correct text.")
        return self.tr("The preview waits until the text is correct.")

    def _show_preview(self, preview: Preview) -> None:
        self._preview_task = None
        if preview.error:
            self._preview_state.setText(preview.error)
            return
        self._preview_state.setText(self.tr("%n pages", "", len(preview.pages)))
        for label in self._page_labels:
            self._pages_box.removeWidget(label)
            label.deleteLater()
        self._page_labels = []
        for image in preview.pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #b0b0b0; background: white;")
            self._pages_box.addWidget(label)
            self._page_labels.append(label)

    def _preview_failed(self, failure: Failure) -> None:
        self._preview_task = None
        self._preview_state.setText(failure.message)

    @property
    def page_images(self) -> list[QPixmap]:
        return [label.pixmap() for label in self._page_labels]

    # saving

    def save(self) -> None:
        self._check()
        if self.error is not None:
            self._focus_error(self.error)
            self._message.setText(self.tr("Not saved. {problem}").format(problem=self.error))
            return
        layout, texts, based_on = self.layout_code, self.texts(), self.template.version
        store = self.store

        def write() -> tuple[Template, list[Template]] | Exception:
            # Expected refusals come back as results: they are the person's to act on.
            try:
                saved = store.save_template(layout, texts, based_on=based_on)
            except (TemplateError, TemplateSaveError) as exc:
                return exc
            return saved, store.versions(layout)

        self._save.setEnabled(False)
        self.tasks.run(write, on_done=self._saved, on_failed=self._save_failed)

    def _saved(self, result: tuple[Template, list[Template]] | Exception) -> None:
        if isinstance(result, TemplateError):
            self._save.setEnabled(True)
            self.error = result
            self._show_check()
            return
        if isinstance(result, Exception):
            self._save.setEnabled(True)
            self._message.setStyleSheet(f"color: {NO_COLOUR};")
            self._message.setText(self.tr("Not saved: {reason} The text is still here.")
                                  .format(reason=result))
            return
        template, self._known = result
        self._fill_versions()
        self._loading = True
        self._versions.setCurrentIndex(self._versions.findData(template.version))
        self._loading = False
        self.template = template
        self.dirty = False
        self._show_check()
        self._message.setText(self.tr(
            "Saved as version {version}. New contracts use it; contracts made before keep "
            "the version they were made from.").format(version=template.version))
        self.template_saved.emit(template)

    def _save_failed(self, failure: Failure) -> None:
        self._save.setEnabled(True)
        self._message.setStyleSheet(f"color: {NO_COLOUR};")
        self._message.setText(self.tr("Not saved: {reason} The text is still here.").format(
            reason=failure.message))

    def _focus_error(self, error: TemplateError) -> None:
        if error.language not in self._editors:
            return
        editor = self._editors[error.language]
        self._tabs.setCurrentWidget(editor)
        if error.line:
            block = editor.document().findBlockByNumber(error.line - 1)
            editor.setTextCursor(QTextCursor(block))
        editor.setFocus()

    # closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        self.dirty = False  # asked once: QDialog's own close goes on through reject()
        if self._preview_task is not None:
            self._preview_task.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        # Escape and the Close button come here: the same question as the window's close.
        if self._may_discard():
            self.dirty = False
            if self._preview_task is not None:
                self._preview_task.cancel()
            super().reject()
