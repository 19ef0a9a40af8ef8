"""The contract workflow's dialogs (issue 6): send a contract, check its signatures,
countersign one contract or a batch.

Each dialog hands its work to `ContractFlow` through Tasks and only shows what comes back:
nothing here opens a file, a key or the network on the GUI thread. A refusal is shown in
the dialog in the person's language, and nothing is recorded: the outbox gets an intent
only when a step went through whole.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import roles
from desktop.services import settings as keys
from desktop.services.actions import ActionRefused
from desktop.services.calendar import PORTAL_TZ
from desktop.services.contract_flow import (
    BatchResult,
    ContractFlow,
    ContractItem,
    Draft,
    FlowError,
    Verification,
)
from desktop.services.eds import LoadedKey
from desktop.services.printing import SignerBlock
from desktop.services.roles import RoleRefusal
from desktop.services.settings import Settings
from desktop.services.signatures import (
    DIRECTOR_FIELD,
    PARENT_FIELD,
    Countersigned,
    CountersignPlan,
    KeyCheck,
    Notice,
    SignatureCheck,
    SignatureError,
    details_of,
)
from desktop.services.templates import LAYOUTS, Template
from desktop.services.trust import CachedCrl, crl_age_text
from desktop.views.certificate_dialog import CertificateDialog
from desktop.views.decision_dialogs import NO_COLOUR, OK_COLOUR, role_text
from desktop.views.failures import Failure
from desktop.views.print_preview import export_pdf, id_label, role_label
from desktop.views.tasks import Tasks
from desktop.views.template_editor import LAYOUT_NAMES, PLACEHOLDER_LABELS
from desktop.views.vocabulary import format_date, format_datetime

# Called by this name with literal arguments: the form pyside6-lupdate finds.
translate = QCoreApplication.translate

WARN_COLOUR = "#8a5a00"
OK_MARK, NO_MARK, WARN_MARK = "✔", "✘", "⚠"


def _coloured(label: QLabel, text: str, colour: str | None) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {colour};" if colour else "")
    label.setVisible(bool(text))


def _message_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def fit_height(dialog: QDialog) -> None:
    """Make a dialog tall enough for the wrapped texts it shows now: a layout's minimum size
    does not follow its labels' height for the width they have, so a message shown after
    the dialog opened would squeeze the fields above it."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
        else layout.totalSizeHint().height()
    dialog.setMinimumHeight(needed)
    if needed > dialog.height():
        dialog.resize(width, needed)


def request_title(found: ContractItem) -> str:
    """"request №257062, Серікова Әмина": how the dialogs' titles name the request."""
    number = str(found.request_number) if found.request_number is not None else "?"
    text = translate("ContractDialogs", "request №{number}").format(number=number)
    return f"{text}, {found.child_name}" if found.child_name else text


def refused_text(error: ActionRefused, action: str) -> str:
    """Why recording a contract step was refused, and what to do."""
    if error.code == "forbidden_role":
        p = error.params
        return role_text(RoleRefusal(str(p.get("action", action)), tuple(p.get("acting") or ()),
                                     tuple(p.get("needed") or ()), ()))
    messages = {
        "not_accepted": translate(
            "ContractDialogs", "Accept the request first: a contract is sent only for an "
            "accepted request, with a place reserved."),
        "not_allowed_in_status": translate(
            "ContractDialogs", "The request is no longer at this step: synchronise to see "
            "where it stands now."),
        "pending": translate(
            "ContractDialogs", "This step is recorded already and waits to be sent to the "
            "portal at the next sync."),
        "not_found": translate(
            "ContractDialogs", "The request is no longer in this computer's copy: the portal "
            "may have closed it. Synchronise to see it as it is now."),
        "not_pdf": translate(
            "ContractDialogs", "The contract is not a PDF: make it again."),
    }
    return messages.get(error.code, translate(
        "ContractDialogs", "Nothing was recorded: {detail}.").format(detail=error))


def failure_text(failure: Failure, action: str) -> str:
    if isinstance(failure.error, ActionRefused):
        return refused_text(failure.error, action)
    return failure.message


# --- sending -------------------------------------------------------------------------------


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

        self._title = QLabel(wordWrap=True)
        self._title.setStyleSheet("font-size: 13pt; font-weight: bold;")
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
        self.missing = _message_label()
        self.state = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)

        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFrameShape(QFrame.Shape.StyledPanel)

        self.message = _message_label()
        self.note = QLabel(wordWrap=True)
        self.save_button = QPushButton()
        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(self._title)
        box.addLayout(form)
        box.addWidget(self.missing)
        box.addWidget(self.state)
        box.addWidget(self.view, 1)
        box.addWidget(self.note)
        box.addWidget(self.message)
        box.addWidget(self.buttons)

        self.layouts.currentIndexChanged.connect(self._layout_chosen)
        self.save_button.clicked.connect(self.save_pdf)
        self.send_button.clicked.connect(self.send)
        self.retranslate()
        self._update_buttons()
        self.make(None)

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
        _coloured(self.missing, self.tr(
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
        _coloured(self.message, failure_text(failure, roles.SEND_CONTRACT), NO_COLOUR)
        self._update_buttons()


def template_version_text(template: Template) -> str:
    if template.shipped:
        return translate("ContractDialogs", "version {version}, as shipped with the "
                         "program").format(version=template.version)
    return translate("ContractDialogs", "version {version}, saved {when}").format(
        version=template.version, when=format_datetime(template.saved_at))


# --- checking ------------------------------------------------------------------------------


def signer_role(check: SignatureCheck) -> str:
    if check.field == PARENT_FIELD:
        return role_label("parent")
    if check.field == DIRECTOR_FIELD:
        return role_label("director")
    return check.field


def signer_name(check: SignatureCheck) -> str:
    who = check.signer
    return (who.display_name or who.common_name) if who is not None else "—"


def signer_number(check: SignatureCheck) -> str:
    who = check.signer
    if who is None:
        return "—"
    if who.bin:
        return f"{id_label('BIN')} {who.bin}"
    return f"{id_label('IIN')} {who.iin}" if who.iin else "—"


def signed_at(check: SignatureCheck) -> datetime | None:
    return check.timestamp or check.signing_time


def crl_text(crls: tuple[CachedCrl, ...], any_crl: bool) -> str:
    """What the revocation verdicts rest on, and how old it is (eds.md)."""
    if crls:
        return translate("ContractDialogs", "Revocation checked against: {crls}.").format(
            crls="; ".join(crl_age_text(c) for c in crls))
    if not any_crl:
        return translate(
            "ContractDialogs", "No revocation list (CRL) is cached, so whether a certificate "
            "was revoked is unknown. Refresh it while online.")
    return translate("ContractDialogs", "The certificates name no revocation list.")


class VerifyDialog(QDialog):
    """The signatures of a contract, one row each: who signed, when, valid or why not;
    how old the revocation list is; the certificate of each; a file from elsewhere can be
    checked against the contract too."""

    ROLE, SIGNER, NUMBER, WHEN, RESULT = range(5)

    def __init__(self, flow: ContractFlow, tasks: Tasks, found: ContractItem,
                 parent: QWidget | None = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.tasks = tasks
        self.item = found
        self.now = now
        self.verification: Verification | None = None
        self.failure = ""
        self.opened_file: Path | None = None
        self.certificate_dialog: CertificateDialog | None = None
        self.setMinimumSize(820, 460)

        self._title = QLabel(wordWrap=True)
        self._title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.file_text = QLabel(wordWrap=True)
        self.file_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = _message_label()
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(5)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.details = _message_label()
        self.warnings = _message_label()
        self.crl = QLabel(wordWrap=True)
        self.message = _message_label()
        self.certificate_button = QPushButton()
        self.file_button = QPushButton()
        self.refresh_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.certificate_button, self.file_button, self.refresh_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(self._title)
        box.addWidget(self.file_text)
        box.addWidget(self.verdict)
        box.addWidget(self.table, 1)
        box.addWidget(self.details)
        box.addWidget(self.warnings)
        box.addWidget(self.crl)
        box.addWidget(self.message)
        box.addWidget(self.buttons)

        self.table.currentItemChanged.connect(lambda *_: self._show_current())
        self.table.itemDoubleClicked.connect(lambda *_: self.show_certificate())
        self.certificate_button.clicked.connect(self.show_certificate)
        self.file_button.clicked.connect(self.choose_file)
        self.refresh_button.clicked.connect(self.refresh_crl)
        self.retranslate()
        self.check()

    # texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signatures of the contract"))
        self._title.setText(self.tr("Signatures of the contract for {request}").format(
            request=request_title(self.item)))
        self.table.setHeaderLabels([self.tr("Signature"), self.tr("Signer"),
                                    self.tr("IIN / BIN"), self.tr("Signed at"),
                                    self.tr("Result")])
        self.certificate_button.setText(self.tr("Certificate…"))
        self.certificate_button.setToolTip(self.tr(
            "Whose certificate made the selected signature, its roles, validity and issuer"))
        self.file_button.setText(self.tr("Check a file…"))
        self.file_button.setToolTip(self.tr(
            "Check a signed copy of this contract from a file (one the parent sent another "
            "way, for example) against the contract that was sent"))
        self.refresh_button.setText(self.tr("Refresh the revocation list"))
        if self.flow.workspace.online:
            self.refresh_button.setToolTip(self.tr(
                "Fetch the newest revocation lists (CRL) and check again"))
        else:
            self.refresh_button.setToolTip(self.tr(
                "The portal cannot be reached: the revocation list is refreshed when the "
                "connection returns."))
        self.refresh_button.setEnabled(self.flow.workspace.online)
        self._show_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # checking

    def check(self, file: bytes | None = None) -> None:
        # What is shown is always the file being checked: the last one's rows go first.
        self.failure = ""
        self.verification = None
        self.table.clear()
        self.details.hide()
        self.warnings.hide()
        self.crl.clear()
        self.file_text.clear()
        self.message.hide()
        _coloured(self.verdict, self.tr("Checking the signatures…"), None)
        request_id = self.item.request_id
        self.tasks.run(lambda: self.flow.verify(request_id, file), on_done=self._checked,
                       on_failed=self._not_checked,
                       progress_label=self.tr("Checking the signatures…"))

    def _checked(self, result: Verification) -> None:
        self.verification = result
        self._show_result()

    def _not_checked(self, failure: Failure) -> None:
        self.failure = failure.message
        self._show_result()

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Check a signed contract"), str(Path.home()),
            self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.check_file(Path(chosen))

    def check_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as error:
            _coloured(self.message, self.tr("The file {path} cannot be read: {reason}.").format(
                path=path, reason=error.strerror or error), NO_COLOUR)
            return
        self.opened_file = path
        self.check(data)

    def refresh_crl(self) -> None:
        checks = self.verification.checks if self.verification is not None else ()
        certificates = [c.certificate for c in checks if c.certificate is not None]
        self.refresh_button.setEnabled(False)
        self.tasks.run(lambda: self.flow.refresh_trust(certificates), on_done=self._refreshed,
                       on_failed=self._refresh_failed,
                       progress_label=self.tr("Fetching the revocation list…"))

    def _refreshed(self, results: list[object]) -> None:
        self.refresh_button.setEnabled(self.flow.workspace.online)
        errors = [str(getattr(r, "error", "")) for r in results if getattr(r, "error", None)]
        if errors:
            _coloured(self.message, self.tr(
                "The revocation list could not be fetched ({reason}): the check below uses "
                "the one kept on this computer.").format(reason="; ".join(errors)), NO_COLOUR)
        kept = self.verification
        self.check(kept.pdf if kept is not None and kept.revision == "file" else None)
        if errors:
            self.message.show()

    def _refresh_failed(self, failure: Failure) -> None:
        self.refresh_button.setEnabled(self.flow.workspace.online)
        _coloured(self.message, failure.message, NO_COLOUR)

    # showing

    def _show_result(self) -> None:
        result = self.verification
        if self.failure:
            _coloured(self.verdict, f"{NO_MARK} {self.failure}", NO_COLOUR)
        if result is None:
            self.certificate_button.setEnabled(False)
            return
        if not self.failure:
            if result.valid:
                _coloured(self.verdict, f"{OK_MARK} " + self.tr(
                    "Every signature is valid."), OK_COLOUR)
            else:
                _coloured(self.verdict, f"{NO_MARK} " + self.tr(
                    "Not every signature is valid: see below why, and do not countersign or "
                    "accept this file."), NO_COLOUR)
        self.file_text.setText(self._file_text(result))
        current = self.table.currentIndex().row()
        self.table.clear()
        for check in result.checks:
            when = signed_at(check)
            row = QTreeWidgetItem([
                signer_role(check), signer_name(check), signer_number(check),
                format_datetime(when) if when else "—",
                f"{OK_MARK} " + self.tr("Valid") if check.valid
                else f"{NO_MARK} " + self.tr("Not valid")])
            row.setForeground(self.RESULT, QBrush(QColor(OK_COLOUR if check.valid
                                                         else NO_COLOUR)))
            row.setToolTip(self.RESULT, check.message)
            self.table.addTopLevelItem(row)
        chosen = self.table.topLevelItem(max(min(current, len(result.checks) - 1), 0))
        if chosen is not None:
            self.table.setCurrentItem(chosen)
        warnings = result.warnings
        if warnings:
            _coloured(self.warnings, "\n".join(f"{WARN_MARK} {n.message}" for n in warnings),
                      WARN_COLOUR)
        else:
            self.warnings.hide()
        self.crl.setText(crl_text(result.crls, result.any_crl))
        self._show_current()

    def _file_text(self, result: Verification) -> str:
        digest = result.sha256
        short = f"{digest[:16]}…"
        if result.revision == "file" and self.opened_file is not None:
            return self.tr("Checked: the file {name} (SHA-256 {digest}).").format(
                name=self.opened_file.name, digest=short)
        if result.revision == "countersigned":
            return self.tr("Checked: the countersigned contract (SHA-256 {digest}).").format(
                digest=short)
        return self.tr("Checked: the contract signed by the parent (SHA-256 {digest}).").format(
            digest=short)

    def current_check(self) -> SignatureCheck | None:
        if self.verification is None:
            return None
        row = self.table.currentIndex().row()
        return self.verification.checks[row] if 0 <= row < len(self.verification.checks) else None

    def _show_current(self) -> None:
        check = self.current_check()
        self.certificate_button.setEnabled(check is not None and check.certificate is not None)
        if check is None:
            self.details.hide()
            return
        if check.valid:
            _coloured(self.details, self.tr(
                "{role}: the signature is intact, made with a trusted certificate that was "
                "valid and not revoked when it signed.").format(role=signer_role(check)),
                OK_COLOUR)
        else:
            _coloured(self.details, f"{signer_role(check)}: {check.message}", NO_COLOUR)

    def show_certificate(self) -> CertificateDialog | None:
        check = self.current_check()
        details = details_of(check) if check is not None else None
        if details is None:
            return None
        dialog = CertificateDialog(details, self, now=self.now)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.certificate_dialog = dialog
        dialog.open()
        return dialog


def contract_title(found: ContractItem, made: date | None = None) -> str:
    """What a printed contract is called: "Contract No. 257062 of 10.02.2025"."""
    number = found.request_number if found.request_number is not None else found.request_id
    if made is None:
        return translate("ContractDialogs", "Contract No. {number}").format(number=number)
    return translate("ContractDialogs", "Contract No. {number} of {date}").format(
        number=number, date=format_date(made))


def signer_blocks(result: Verification, found: ContractItem) -> list[SignerBlock]:
    """The signatures sheet's blocks, in the reader's language."""
    blocks = []
    for check in result.checks:
        who = check.signer
        if who is None:
            continue
        when = signed_at(check) or (found.countersigned_at if who.bin
                                    else found.parent_signed_at)
        if when is None:
            continue
        kind = "BIN" if who.bin else "IIN"
        blocks.append(SignerBlock(
            role=signer_role(check), name=who.display_name or who.common_name,
            id_label=id_label(kind), id_value=(who.bin or who.iin or ""),
            organisation=who.organisation or "", serial=f"{who.serial:x}", signed_at=when,
            valid=check.valid,
            status=translate("ContractDialogs", "Valid") if check.valid else check.message))
    return blocks


# --- countersigning ------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyChecked:
    """What the Check button found: the key opened, its verdict, and for one contract the
    plan (everything checked, ready to sign) or why the contract may not be signed."""

    key: LoadedKey
    key_check: KeyCheck
    plan: CountersignPlan | None = None
    contract_problem: str = ""

    @property
    def warnings(self) -> tuple[Notice, ...]:
        if self.plan is not None:
            return tuple(self.plan.warnings)
        return self.key_check.warnings


def suggested_key(path: str) -> str:
    """The signing key beside a remembered log-in key: NCA RK issues both into one folder,
    and the log-in (AUTH_…) one is what the log-in dialog remembers."""
    if not path:
        return ""
    remembered = Path(path)
    if not remembered.name.upper().startswith("AUTH_"):
        return path
    try:
        siblings = sorted(p for p in remembered.parent.iterdir()
                          if p.name.upper().startswith("RSA256_")
                          and p.suffix.lower() == ".p12")
    except OSError:
        return path
    return str(siblings[0]) if len(siblings) == 1 else path


class CountersignDialog(QDialog):
    """Countersign one contract, or a batch of them with one key.

    The key file's path is remembered; its password never is, unless the person asks to
    keep it for this session (in memory, forgotten at sign-out and when the window locks).
    Check opens the key and checks it (and, for one contract, the contract too); warnings,
    such as a revocation list past its renewal date, must be accepted explicitly; Sign
    signs locally and queues the upload, so it works offline.

    Signals:
        countersigned(list, list): the ids of the requests whose contracts were signed,
            and notes on how (a time-stamp server that did not answer).
        batch_progressed(int, int): contracts of the batch done, and how many in all.
    """

    countersigned = Signal(list, list)
    batch_progressed = Signal(int, int)

    def __init__(self, flow: ContractFlow, tasks: Tasks, settings: Settings,
                 found: list[ContractItem], parent: QWidget | None = None, *,
                 key_folder: Path | None = None, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.tasks = tasks
        self.settings = settings
        self.items = list(found)
        self.key_folder = key_folder
        self.now = now
        self.checked: KeyChecked | None = None
        self.key_failure = ""
        self.batch: BatchResult | None = None
        self.progress: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._busy = False
        self.certificate_dialog: CertificateDialog | None = None
        self.setMinimumWidth(700)

        self._title = QLabel(wordWrap=True)
        self._title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.summary = QLabel(wordWrap=True)
        self._key_label = QLabel()
        self.key_path = QLineEdit(suggested_key(settings.get(keys.LAST_KEY_PATH)))
        self.key_path.setMinimumWidth(380)
        self.choose_button = QPushButton()
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_path, 1)
        key_row.addWidget(self.choose_button)
        self._password_label = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.check_button = QPushButton()
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.check_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._key_label, key_row)
        form.addRow(self._password_label, password_row)
        form.addRow("", self.remember)

        self.key_verdict = _message_label()
        self.certificate_button = QPushButton()
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.key_verdict, 1)
        verdict_row.addWidget(self.certificate_button, 0, Qt.AlignmentFlag.AlignTop)
        self.contract_verdict = _message_label()
        self.warnings = _message_label()
        self.accept_warnings = QCheckBox()
        self.accept_warnings.hide()
        self.message = _message_label()
        self.sign_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(self._title)
        box.addWidget(self.summary)
        box.addLayout(form)
        box.addLayout(verdict_row)
        box.addWidget(self.contract_verdict)
        box.addWidget(self.warnings)
        box.addWidget(self.accept_warnings)
        box.addWidget(self.message)
        box.addStretch(1)
        box.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose_key)
        self.key_path.textChanged.connect(self._key_changed)
        self.password.textChanged.connect(lambda _text: self._forget_check())
        self.password.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)
        self.certificate_button.clicked.connect(self.show_certificate)
        self.accept_warnings.toggled.connect(lambda _on: self._update_buttons())
        self.sign_button.clicked.connect(self.sign)
        self._fill_password()
        self.retranslate()
        self._update_buttons()

    @property
    def single(self) -> bool:
        return len(self.items) == 1

    # texts

    def retranslate(self) -> None:
        if self.single:
            self.setWindowTitle(self.tr("Countersign the contract"))
            self._title.setText(self.tr("Countersign the contract for {request}").format(
                request=request_title(self.items[0])))
            self.sign_button.setText(self.tr("Sign"))
        else:
            self.setWindowTitle(self.tr("Countersign contracts"))
            self._title.setText(self.tr("Countersign %n contracts", "", len(self.items)))
            self.sign_button.setText(self.tr("Sign %n contracts", "", len(self.items)))
        self.summary.setText(self.tr(
            "Choose the director's signing key (RSA256_….p12) and type its password. The key "
            "is checked first: this kindergarten's BIN, the right to sign, validity and "
            "revocation. The signature is added to the file the parent signed; it reaches "
            "the portal at the next sync, and the child is enrolled once the portal accepts "
            "it."))
        self._key_label.setText(self.tr("Key file:"))
        self.key_path.setPlaceholderText(self.tr("RSA256_….p12"))
        self.choose_button.setText(self.tr("Choose…"))
        self._password_label.setText(self.tr("Password:"))
        self.remember.setText(self.tr(
            "Remember the password until I sign out or the window locks"))
        self.remember.setToolTip(self.tr(
            "Kept in memory only, never written anywhere."))
        self.check_button.setText(self.tr("Check the key"))
        self.certificate_button.setText(self.tr("Certificate…"))
        self.accept_warnings.setText(self.tr(
            "I have read the warnings and want to sign anyway"))
        self._show_check()
        self._show_batch()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # the key

    def choose_key(self) -> None:
        start = self.key_path.text().strip() or (str(self.key_folder) if self.key_folder
                                                 else str(Path.home()))
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the signing key"), start,
            self.tr("EDS keys (*.p12 *.pfx);;All files (*)"))
        if chosen:
            self.key_path.setText(chosen)

    def _key_changed(self, _text: str) -> None:
        self._fill_password()
        self._forget_check()

    def _fill_password(self) -> None:
        # A password kept for this key fills in; another key's typed password never stays.
        kept = self.flow.passwords.password(self.key_path.text().strip())
        self.password.blockSignals(True)
        self.password.setText(kept or "")
        self.password.blockSignals(False)
        if kept is not None:
            self.remember.setChecked(True)

    def _forget_check(self) -> None:
        if self.checked is None and not self.key_failure:
            return
        self.checked = None
        self.key_failure = ""
        self.accept_warnings.setChecked(False)
        self._show_check()
        self._update_buttons()

    def check(self) -> None:
        """Open the key and check it (and the contract, when it is one)."""
        path = Path(self.key_path.text().strip())
        password = self.password.text()
        if not self.key_path.text().strip():
            self.key_failure = self.tr("Choose the key file first.")
            self._show_check()
            return
        remember = self.remember.isChecked()
        single = self.items[0].request_id if self.single else None
        flow = self.flow

        def run() -> KeyChecked:
            key = flow.open_key(path, password)
            key_check = flow.check_key(key)
            if not key_check.valid or single is None:
                return KeyChecked(key, key_check)
            try:
                return KeyChecked(key, key_check, flow.plan(single, key))
            except (FlowError, SignatureError) as exc:
                # The key is fine; the contract is what may not be signed (and why).
                return KeyChecked(key, key_check, None, str(exc))

        self.checked = None
        self.key_failure = ""
        self.message.hide()
        self._busy = True
        self._update_buttons()
        _coloured(self.key_verdict, self.tr("Checking the key…"), None)
        self.tasks.run(run, on_done=lambda found: self._key_checked(found, path, password,
                                                                    remember),
                       on_failed=self._key_failed, progress_label=self.tr("Checking the key…"))

    def _key_checked(self, found: KeyChecked, path: Path, password: str,
                     remember: bool) -> None:
        self._busy = False
        self.checked = found
        # The key opened: its path is worth remembering; its password only if asked.
        self.settings.set(keys.LAST_KEY_PATH, str(path))
        if remember:
            self.flow.passwords.remember(str(path), password)
        self._show_check()
        self._update_buttons()

    def _key_failed(self, failure: Failure) -> None:
        self._busy = False
        self.key_failure = failure.message
        self._show_check()
        self._update_buttons()

    def _show_check(self) -> None:
        found = self.checked
        if self.key_failure:
            _coloured(self.key_verdict, f"{NO_MARK} {self.key_failure}", NO_COLOUR)
        elif found is None:
            self.key_verdict.hide()
        elif found.key_check.valid:
            _coloured(self.key_verdict, f"{OK_MARK} " + key_text(found.key_check), OK_COLOUR)
        else:
            _coloured(self.key_verdict, f"{NO_MARK} {found.key_check.message}", NO_COLOUR)
        self.certificate_button.setVisible(found is not None)
        if found is None or not found.key_check.valid or not self.single:
            self.contract_verdict.hide()
        elif found.contract_problem:
            _coloured(self.contract_verdict, f"{NO_MARK} {found.contract_problem}", NO_COLOUR)
        elif found.plan is not None:
            parent = next((c for c in found.plan.signatures if c.field == PARENT_FIELD),
                          found.plan.signatures[0] if found.plan.signatures else None)
            who = signer_name(parent) if parent is not None else "—"
            _coloured(self.contract_verdict, f"{OK_MARK} " + self.tr(
                "The parent's signature is valid ({who}, {number}); the contract is the one "
                "that was sent.").format(who=who, number=signer_number(parent)
                                         if parent is not None else "—"), OK_COLOUR)
        warnings = found.warnings if found is not None and found.key_check.valid else ()
        if warnings:
            _coloured(self.warnings, "\n".join(f"{WARN_MARK} {n.message}" for n in warnings),
                      WARN_COLOUR)
        else:
            self.warnings.hide()
        self.accept_warnings.setVisible(bool(warnings))
        fit_height(self)

    def key_text_shown(self) -> str:
        return self.key_verdict.text()

    def show_certificate(self) -> CertificateDialog | None:
        if self.checked is None:
            return None
        details = details_of(self.checked.key_check, self.checked.key.certificate)
        if details is None:
            return None
        dialog = CertificateDialog(details, self, now=self.now)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.certificate_dialog = dialog
        dialog.open()
        return dialog

    # signing

    def ready(self) -> bool:
        found = self.checked
        if self._busy or found is None or not found.key_check.valid or self.batch is not None:
            return False
        if self.single and (found.plan is None or found.contract_problem):
            return False
        return not found.warnings or self.accept_warnings.isChecked()

    def _update_buttons(self) -> None:
        self.sign_button.setEnabled(self.ready())
        self.check_button.setEnabled(not self._busy and self.batch is None)
        found = self.checked
        if self.sign_button.isEnabled():
            self.sign_button.setToolTip("")
        elif found is not None and found.warnings and not self.accept_warnings.isChecked() \
                and found.key_check.valid:
            self.sign_button.setToolTip(self.tr(
                "Read the warnings and tick that you want to sign anyway."))
        else:
            self.sign_button.setToolTip(self.tr("Check the key first."))

    def sign(self) -> None:
        found = self.checked
        if found is None or not self.ready():
            return
        self._busy = True
        self._update_buttons()
        if self.single:
            plan = found.plan
            assert plan is not None
            request_id = self.items[0].request_id
            self.tasks.run(lambda: self.flow.sign(request_id, plan),
                           on_done=lambda signed: self._signed([request_id],
                                                               timestamp_notes(signed)),
                           on_failed=self._sign_failed, writes_cache=True,
                           progress_label=self.tr("Signing…"))
            return
        ids = [i.request_id for i in self.items]
        key = found.key
        self._cancel.clear()
        progress = QProgressDialog(self.tr("Countersigning the contracts…"), self.tr("Cancel"),
                                   0, len(ids), self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel_batch)
        progress.setValue(0)
        self.progress = progress
        self.tasks.run(lambda report: self.flow.sign_batch(
                           ids, key, progress=lambda done, total: report((done, total)),
                           cancelled=self._cancel.is_set),
                       on_progress=self._batch_progress, on_done=self._batch_done,
                       on_failed=self._sign_failed, writes_cache=True)

    def cancel_batch(self) -> None:
        """Stop after the contract being signed now; the ones signed stay signed."""
        self._cancel.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stopping after this contract…"))

    def _batch_progress(self, value: tuple[int, int]) -> None:
        done, total = value
        if self.progress is not None:
            self.progress.setValue(done)
            if not self._cancel.is_set():
                self.progress.setLabelText(self.tr("Countersigned {done} of {total}…").format(
                    done=done, total=total))
        self.batch_progressed.emit(done, total)

    def _batch_done(self, result: BatchResult) -> None:
        self._busy = False
        self.batch = result
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._show_batch()
        self._update_buttons()
        signed = [o.request_id for o in result.signed]
        if signed:
            self.countersigned.emit(signed, list(result.notes))

    def _show_batch(self) -> None:
        result = self.batch
        if result is None:
            return
        lines = [self.tr("Countersigned %n contract(s): they reach the portal at the next "
                         "sync.", "", len(result.signed))]
        if result.cancelled:
            lines.append(self.tr("Cancelled: %n contract(s) were not signed; the ones signed "
                                 "stay signed.", "", result.total - len(result.outcomes)))
        lines.extend(f"{WARN_MARK} {note}" for note in result.notes)
        for outcome in result.refused:
            number = outcome.request_number if outcome.request_number is not None else "?"
            lines.append(f"{NO_MARK} " + self.tr("Request №{number}: {reason}").format(
                number=number, reason=outcome.message))
        _coloured(self.message, "\n".join(lines),
                  NO_COLOUR if result.refused else OK_COLOUR)
        fit_height(self)

    def _signed(self, request_ids: list[int], notes: list[str]) -> None:
        self._busy = False
        self.countersigned.emit(request_ids, notes)
        self.accept()

    def _sign_failed(self, failure: Failure) -> None:
        self._busy = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        _coloured(self.message, failure_text(failure, roles.COUNTERSIGN_CONTRACT), NO_COLOUR)
        self._update_buttons()
        fit_height(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)

    def done(self, result: int) -> None:
        # The typed password lives no longer than the dialog.
        self.password.clear()
        self._cancel.set()
        super().done(result)


def timestamp_notes(signed: Countersigned) -> list[str]:
    """What to say about how a countersignature was made, beyond that it was."""
    return [n.message for n in signed.warnings if n.code == "tsa_unreachable"]


def key_text(check: KeyCheck) -> str:
    """"SEITKALI GULNAR, BIN 150640000123, first head; valid until 01.02.2026"."""
    who = check.identity
    name = who.display_name or who.common_name
    role = translate("ContractDialogs", "first head") if "first_head" in who.roles else \
        translate("ContractDialogs", "right to sign")
    until = who.not_after.astimezone(PORTAL_TZ).strftime("%d.%m.%Y")
    return translate("ContractDialogs", "The key of {who} may countersign: BIN {bin}, {role}, "
                     "valid until {until}.").format(who=name, bin=who.bin, role=role,
                                                    until=until)


__all__ = [
    "CountersignDialog",
    "KeyChecked",
    "SendContractDialog",
    "VerifyDialog",
    "contract_title",
    "key_text",
    "refused_text",
    "signer_blocks",
    "suggested_key",
    "template_version_text",
]
