"""The dialog that makes a request's contract, shows it, and sends it to the parent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import roles
from desktop.services.contract_flow import ContractFlow, ContractItem, Draft
from desktop.services.templates import LAYOUTS, Template
from desktop.services.vocabulary import format_datetime
from desktop.views.contracts.contract_dialog_parts import (
    WARN_COLOUR,
    coloured,
    failure_text,
    request_title,
    title_label,
)
from desktop.views.contracts.template_editor import LAYOUT_NAMES, PLACEHOLDER_LABELS
from desktop.views.dialogs.decision_dialogs import NO_COLOUR
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.labels import message_label
from desktop.views.widgets.print_preview import export_pdf

# Called by this name with literal arguments: the form pyside6-lupdate finds.
translate = QCoreApplication.translate


class SendContractDialog(QDialog):
    """Make the contract of an accepted request, look at it, and send it to the parent
    (through the outbox: it reaches the portal at the next sync).

    Signals:
        contract_sent(int): the request's id, once the sending is recorded.
    """

    contract_sent = Signal(int)

    def __init__(self, flow: ContractFlow, tasks: Tasks, found: ContractItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.tasks = tasks
        self.item = found
        self.draft: Draft | None = None
        self.failure: str = ""
        self._making = False
        self.setMinimumSize(760, 640)
        self.resize(900, 900)

        self._title = title_label()
        form = self._build_template_form()
        self.missing = message_label()
        self.state = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self._build_pdf_view()
        self._build_buttons()
        self._build_layout(form)
        self._connect()

        self.retranslate()
        self._update_buttons()
        self.make(None)

    # building

    def _build_template_form(self) -> QFormLayout:
        """The contract's language, and the template it is made from."""
        self._layout_label = QLabel()
        self.layouts = QComboBox()
        for code in LAYOUTS:
            self.layouts.addItem("", code)
        self._template_label = QLabel()
        self.template_text = QLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._layout_label, self.layouts)
        form.addRow(self._template_label, self.template_text)
        return form

    def _build_pdf_view(self) -> None:
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFrameShape(QFrame.Shape.StyledPanel)

    def _build_buttons(self) -> None:
        self.message = message_label()
        self.note = QLabel(wordWrap=True)
        self.save_button = QPushButton()
        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)

    def _build_layout(self, form: QFormLayout) -> None:
        box = QVBoxLayout(self)
        box.addWidget(self._title)
        box.addLayout(form)
        box.addWidget(self.missing)
        box.addWidget(self.state)
        box.addWidget(self.view, 1)
        box.addWidget(self.note)
        box.addWidget(self.message)
        box.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.layouts.currentIndexChanged.connect(self._layout_chosen)
        self.save_button.clicked.connect(self.save_pdf)
        self.send_button.clicked.connect(self.send)

    # texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send the contract"))
        self._title.setText(self.tr("Contract for {request}").format(
            request=request_title(self.item)))
        self._layout_label.setText(self.tr("Language:"))
        suggested = self.draft.suggested if self.draft is not None else None
        for index, code in enumerate(LAYOUTS):
            text = translate("TemplateEditor", LAYOUT_NAMES[code])
            if code == suggested:
                text = self.tr("{layout} (the request's language)").format(layout=text)
            self.layouts.setItemText(index, text)
        self._template_label.setText(self.tr("Template:"))
        self.template_text.setText(self._template_text())
        self._show_missing()
        self.note.setText(self.tr(
            "The contract is sent at the next sync with the portal; until then it waits on "
            "this computer, offline too. The parent then signs it on the portal."))
        self.save_button.setText(self.tr("Save PDF…"))
        self.save_button.setToolTip(self.tr("Save this contract as a PDF file, unsent"))
        self.send_button.setText(self.tr("Send to the parent"))
        if self._making:
            self.state.setText(self.tr("Making the contract…"))
        elif self.failure:
            self.state.setText(self.failure)

    def _template_text(self) -> str:
        template = self.draft.template if self.draft is not None else None
        if template is None:
            return ""
        return template_version_text(template)

    def _show_missing(self) -> None:
        missing = self.draft.data.missing if self.draft is not None else ()
        if not missing:
            self.missing.hide()
            return
        names = ", ".join(translate("TemplateEditor", PLACEHOLDER_LABELS[name])
                          if name in PLACEHOLDER_LABELS else name for name in missing)
        coloured(self.missing, self.tr(
            "The portal has not sent: {names}. The contract shows a blank line in its place, "
            "to fill in by hand on paper; or synchronise and make it again.").format(
            names=names), WARN_COLOUR)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # making

    def _layout_chosen(self, index: int) -> None:
        if self.draft is None or self._making:
            return
        code = self.layouts.itemData(index)
        if code != self.draft.layout:
            self.make(str(code))

    def make(self, layout: str | None) -> None:
        """Make the contract in `layout` (None: the one the request's language suggests)."""
        self._making = True
        self.failure = ""
        self.state.setStyleSheet("")
        self.state.setText(self.tr("Making the contract…"))
        self.state.show()
        self.message.hide()
        self._update_buttons()
        request_id = self.item.request_id
        self.tasks.run(lambda: self.flow.draft(request_id, layout), on_done=self._made,
                       on_failed=self._not_made,
                       progress_label=self.tr("Making the contract…"))

    def _made(self, draft: Draft) -> None:
        self._making = False
        self.draft = draft
        self.layouts.blockSignals(True)
        self.layouts.setCurrentIndex(max(self.layouts.findData(draft.layout), 0))
        self.layouts.blockSignals(False)
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(draft.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.state.hide()
        self.retranslate()
        self._update_buttons()

    def _not_made(self, failure: Failure) -> None:
        self._making = False
        self.failure = failure.message
        self.state.setText(self.failure)
        self.state.setStyleSheet(f"color: {NO_COLOUR};")
        self._update_buttons()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _update_buttons(self) -> None:
        ready = self.draft is not None and not self._making and not self.failure
        self.send_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.layouts.setEnabled(not self._making)

    # saving and sending

    def save_pdf(self) -> Path | None:
        if self.draft is None:
            return None
        number = self.item.request_number or self.item.request_id
        return export_pdf(self, self.draft.pdf, f"contract-{number}.pdf")

    def send(self) -> None:
        draft = self.draft
        if draft is None:
            return
        self.send_button.setEnabled(False)
        self.tasks.run(lambda: self.flow.send(draft), on_done=lambda _entry: self._sent(),
                       on_failed=self._send_failed, writes_cache=True)

    def _sent(self) -> None:
        self.contract_sent.emit(self.item.request_id)
        self.accept()

    def _send_failed(self, failure: Failure) -> None:
        coloured(self.message, failure_text(failure, roles.SEND_CONTRACT), NO_COLOUR)
        self._update_buttons()


def template_version_text(template: Template) -> str:
    if template.shipped:
        return translate("ContractDialogs", "version {version}, as shipped with the "
                         "program").format(version=template.version)
    return translate("ContractDialogs", "version {version}, saved {when}").format(
        version=template.version, when=format_datetime(template.saved_at))
