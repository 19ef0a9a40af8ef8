"""The dialog that countersigns one contract, or a batch of them with one key."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import roles, vocabulary
from desktop.services import settings as keys
from desktop.services.contract_flow import BatchResult, ContractFlow, ContractItem, FlowError
from desktop.services.countersigning import Countersigned
from desktop.services.embedded import DemoKeys
from desktop.services.settings import Settings
from desktop.services.signature_checks import PARENT_FIELD, SignatureError
from desktop.services.verification import details_of
from desktop.views.contracts.contract_dialog_parts import (
    NO_MARK,
    OK_MARK,
    WARN_COLOUR,
    WARN_MARK,
    coloured,
    failure_text,
    fit_height,
    request_title,
    signer_name,
    signer_number,
    title_label,
)
from desktop.views.contracts.signing_key import KeyChecked, key_text, suggested_key
from desktop.views.dialogs.certificate_dialog import CertificateDialog
from desktop.views.dialogs.decision_dialogs import NO_COLOUR, OK_COLOUR
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.labels import message_label


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
                 key_folder: Path | None = None, now: datetime | None = None,
                 demo_keys: DemoKeys | None = None) -> None:
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
        # Training only: where the demo keys are, and their password.
        self.demo_keys = demo_keys
        self.setMinimumWidth(700)
        remembered = settings.get(keys.LAST_KEY_PATH)

        self._title = title_label()
        self.summary = QLabel(wordWrap=True)
        self.demo_keys_note = message_label()
        self.demo_keys_note.setVisible(demo_keys is not None)
        form = self._build_key_form(remembered)
        verdict_row = self._build_verdicts()
        self._build_buttons()
        self._build_layout(form, verdict_row)
        self._connect()

        self._fill_password()
        self.retranslate()
        self._update_buttons()
        # The key's folder is listed off the GUI thread: keys live on USB sticks, slow to wake.
        self._suggesting = tasks.run(lambda: suggested_key(remembered),
                                     on_done=lambda path: self._suggest_key(remembered, path))

    # building

    def _build_key_form(self, remembered: str) -> QFormLayout:
        """The key file and its password, with the buttons that choose and check them."""
        self._key_label = QLabel()
        self.key_path = QLineEdit(remembered)
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
        return form

    def _build_verdicts(self) -> QHBoxLayout:
        """What the check found: the key's verdict (in the row returned, beside its
        certificate), the contract's, the warnings to accept, and a message."""
        self.key_verdict = message_label()
        self.certificate_button = QPushButton()
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.key_verdict, 1)
        verdict_row.addWidget(self.certificate_button, 0, Qt.AlignmentFlag.AlignTop)
        self.contract_verdict = message_label()
        self.warnings = message_label()
        self.accept_warnings = QCheckBox()
        self.accept_warnings.hide()
        self.message = message_label()
        return verdict_row

    def _build_buttons(self) -> None:
        self.sign_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter anywhere in the dialog (the password field above all) does what comes next,
        # checking the key or signing, never "Choose…": no button becomes the default by
        # taking the focus; _update_buttons names the one that is.
        for button in (self.choose_button, self.check_button, self.certificate_button,
                       self.sign_button, *self.buttons.buttons()):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

    def _build_layout(self, form: QFormLayout, verdict_row: QHBoxLayout) -> None:
        box = QVBoxLayout(self)
        box.addWidget(self._title)
        box.addWidget(self.summary)
        box.addWidget(self.demo_keys_note)
        box.addLayout(form)
        box.addLayout(verdict_row)
        box.addWidget(self.contract_verdict)
        box.addWidget(self.warnings)
        box.addWidget(self.accept_warnings)
        box.addWidget(self.message)
        box.addStretch(1)
        box.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_key)
        self.key_path.textChanged.connect(self._key_changed)
        self.password.textChanged.connect(lambda _text: self._forget_check())
        self.check_button.clicked.connect(self.check)
        self.certificate_button.clicked.connect(self.show_certificate)
        self.accept_warnings.toggled.connect(lambda _on: self._update_buttons())
        self.sign_button.clicked.connect(self.sign)

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
        if self.demo_keys is not None:
            self.demo_keys_note.setText(" ".join([
                vocabulary.demo_keys(self.demo_keys.folder, self.demo_keys.password),
                self.tr("The director's signing key is the RSA256_….p12 in the director's "
                        "folder.")]))
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

    def _suggest_key(self, remembered: str, suggested: str) -> None:
        if suggested != remembered and self.key_path.text() == remembered:
            self.key_path.setText(suggested)

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
        typed = self.key_path.text().strip()
        if not typed:
            self.key_failure = self.tr("Choose the key file first.")
            self._show_check()
            return
        path, password = Path(typed), self.password.text()
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
        coloured(self.key_verdict, self.tr("Checking the key…"), None)
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
            coloured(self.key_verdict, f"{NO_MARK} {self.key_failure}", NO_COLOUR)
        elif found is None:
            self.key_verdict.hide()
        elif found.key_check.valid:
            coloured(self.key_verdict, f"{OK_MARK} " + key_text(found.key_check), OK_COLOUR)
        else:
            coloured(self.key_verdict, f"{NO_MARK} {found.key_check.message}", NO_COLOUR)
        self.certificate_button.setVisible(found is not None)
        if found is None or not found.key_check.valid or not self.single:
            self.contract_verdict.hide()
        elif found.contract_problem:
            coloured(self.contract_verdict, f"{NO_MARK} {found.contract_problem}", NO_COLOUR)
        elif found.plan is not None:
            parent = next((c for c in found.plan.signatures if c.field == PARENT_FIELD),
                          found.plan.signatures[0] if found.plan.signatures else None)
            who = signer_name(parent) if parent is not None else "—"
            coloured(self.contract_verdict, f"{OK_MARK} " + self.tr(
                "The parent's signature is valid ({who}, {number}); the contract is the one "
                "that was sent.").format(who=who, number=signer_number(parent)
                                         if parent is not None else "—"), OK_COLOUR)
        warnings = found.warnings if found is not None and found.key_check.valid else ()
        if warnings:
            coloured(self.warnings, "\n".join(f"{WARN_MARK} {n.message}" for n in warnings),
                      WARN_COLOUR)
        else:
            self.warnings.hide()
        self.accept_warnings.setVisible(bool(warnings))
        fit_height(self)

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
        self.sign_button.setDefault(self.sign_button.isEnabled())
        self.check_button.setDefault(not self.sign_button.isEnabled())
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
        coloured(self.message, "\n".join(lines),
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
        coloured(self.message, failure_text(failure, roles.COUNTERSIGN_CONTRACT), NO_COLOUR)
        self._update_buttons()
        fit_height(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)

    def done(self, result: int) -> None:
        # The typed password lives no longer than the dialog.
        self.password.clear()
        self._cancel.set()
        self._suggesting.cancel()
        super().done(result)


def timestamp_notes(signed: Countersigned) -> list[str]:
    """What to say about how a countersignature was made, beyond that it was."""
    return [n.message for n in signed.warnings if n.code == "tsa_unreachable"]
