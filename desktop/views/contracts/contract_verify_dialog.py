"""The dialog that checks a contract's signatures, and what a printed contract says of
them (its title, its signatures sheet): both read the same verdicts."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contract_flow import ContractFlow, ContractItem, Verification
from desktop.services.files import CONTRACT_LIMIT, FileRefused, read_limited
from desktop.services.printing import SignerBlock
from desktop.services.signature_checks import SignatureCheck
from desktop.services.trust import CachedCrl, Refreshed, crl_age_text
from desktop.services.verification import details_of
from desktop.services.vocabulary import format_date, format_datetime
from desktop.views.contracts.contract_dialog_parts import (
    NO_MARK,
    OK_MARK,
    WARN_COLOUR,
    WARN_MARK,
    coloured,
    request_title,
    signed_at,
    signer_name,
    signer_number,
    signer_role,
    title_label,
)
from desktop.views.dialogs.certificate_dialog import CertificateDialog
from desktop.views.dialogs.decision_dialogs import NO_COLOUR, OK_COLOUR
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.labels import message_label
from desktop.views.widgets.print_preview import id_label

# Called by this name with literal arguments: the form pyside6-lupdate finds.
translate = QCoreApplication.translate


def crl_text(crls: tuple[CachedCrl, ...], any_crl: bool) -> str:
    """What the revocation verdicts rest on, and how old it is (docs/eds.md)."""
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

        self._title = title_label()
        self.file_text = QLabel(wordWrap=True)
        self.file_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = message_label()
        self._build_table()
        self.details = message_label()
        self.warnings = message_label()
        self.crl = QLabel(wordWrap=True)
        self.message = message_label()
        self._build_buttons()
        self._build_layout()
        self._connect()

        self.retranslate()
        self.check()

    # building

    def _build_table(self) -> None:
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(5)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _build_buttons(self) -> None:
        self.certificate_button = QPushButton()
        self.file_button = QPushButton()
        self.refresh_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.certificate_button, self.file_button, self.refresh_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    def _build_layout(self) -> None:
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

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.table.currentItemChanged.connect(lambda *_: self._show_current())
        self.table.itemDoubleClicked.connect(lambda *_: self.show_certificate())
        self.certificate_button.clicked.connect(self.show_certificate)
        self.file_button.clicked.connect(self.choose_file)
        self.refresh_button.clicked.connect(self.refresh_crl)

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

    def check(self, file: bytes | Path | None = None) -> None:
        """Check the contract, or a copy of it from `file` (its bytes, or a path to read
        in the background: a file on a USB stick or a network folder can take a while)."""
        # What is shown is always the file being checked: the last one's rows go first.
        self.failure = ""
        self.verification = None
        self.table.clear()
        self.details.hide()
        self.warnings.hide()
        self.crl.clear()
        self.file_text.clear()
        self.message.hide()
        coloured(self.verdict, self.tr("Checking the signatures…"), None)
        request_id = self.item.request_id
        flow = self.flow

        def run() -> Verification | OSError:
            data: bytes | None
            if isinstance(file, Path):
                try:
                    data = read_limited(file, CONTRACT_LIMIT)
                except OSError as error:
                    return error  # the person's to act on, not a bug
            else:
                data = file
            return flow.verify(request_id, data)

        self.tasks.run(run, on_done=self._checked, on_failed=self._not_checked,
                       progress_label=self.tr("Checking the signatures…"))

    def _checked(self, result: Verification | OSError) -> None:
        if isinstance(result, FileRefused):
            self.failure = self.tr(
                "{path} is not a contract: it is a folder, a device, or larger than {megabytes} "
                "MB. Choose the contract's PDF file.").format(
                path=self.opened_file, megabytes=CONTRACT_LIMIT // (1024 * 1024))
        elif isinstance(result, OSError):
            self.failure = self.tr(
                "The file {path} cannot be read: {reason}. Check that it is still there and "
                "not open in another program, then choose it again.").format(
                path=self.opened_file, reason=result.strerror or result)
        else:
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
        self.opened_file = path
        self.check(path)

    def refresh_crl(self) -> None:
        checks = self.verification.checks if self.verification is not None else ()
        certificates = [c.certificate for c in checks if c.certificate is not None]
        self.refresh_button.setEnabled(False)
        self.tasks.run(lambda: self.flow.refresh_trust(certificates), on_done=self._refreshed,
                       on_failed=self._refresh_failed,
                       progress_label=self.tr("Fetching the revocation list…"))

    def _refreshed(self, results: list[Refreshed]) -> None:
        self.refresh_button.setEnabled(self.flow.workspace.online)
        errors = [r.error for r in results if r.error]
        if errors:
            coloured(self.message, self.tr(
                "The revocation list could not be fetched ({reason}): the check below uses "
                "the one kept on this computer.").format(reason="; ".join(errors)), NO_COLOUR)
        kept = self.verification
        self.check(kept.pdf if kept is not None and kept.revision == "file" else None)
        if errors:
            self.message.show()

    def _refresh_failed(self, failure: Failure) -> None:
        self.refresh_button.setEnabled(self.flow.workspace.online)
        coloured(self.message, failure.message, NO_COLOUR)

    # showing

    def _show_result(self) -> None:
        result = self.verification
        if self.failure:
            coloured(self.verdict, f"{NO_MARK} {self.failure}", NO_COLOUR)
        if result is None:
            self.certificate_button.setEnabled(False)
            return
        if not self.failure:
            if result.valid:
                coloured(self.verdict, f"{OK_MARK} " + self.tr(
                    "Every signature is valid."), OK_COLOUR)
            else:
                coloured(self.verdict, f"{NO_MARK} " + self.tr(
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
            coloured(self.warnings, "\n".join(f"{WARN_MARK} {n.message}" for n in warnings),
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
            coloured(self.details, self.tr(
                "{role}: the signature is intact, made with a trusted certificate that was "
                "valid and not revoked when it signed.").format(role=signer_role(check)),
                OK_COLOUR)
        else:
            coloured(self.details, f"{signer_role(check)}: {check.message}", NO_COLOUR)

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
            role=signer_role(check), name=signer_name(check),
            id_label=id_label(kind), id_value=(who.bin or who.iin or ""),
            organisation=who.organisation or "", serial=f"{who.serial:x}", signed_at=when,
            valid=check.valid,
            status=translate("ContractDialogs", "Valid") if check.valid else check.message))
    return blocks
