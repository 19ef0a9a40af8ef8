"""What the contract dialogs share: the marks and colours of a verdict, how a refusal and a
request read, and who made a signature.

Each dialog hands its work to `ContractFlow` through Tasks and only shows what comes back:
nothing in them opens a file, a key or the network on the GUI thread. A refusal is shown in
the dialog in the person's language, and nothing is recorded: the outbox gets an intent
only when a step went through whole.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel

from desktop.services.actions import ActionRefused
from desktop.services.contract_flow import ContractItem
from desktop.services.roles import RoleRefusal
from desktop.services.signature_checks import DIRECTOR_FIELD, PARENT_FIELD, SignatureCheck
from desktop.views.dialogs.decision_dialogs import role_text
from desktop.views.runtime.failures import Failure
from desktop.views.widgets.print_preview import id_label, role_label

# Called by this name with literal arguments: the form pyside6-lupdate finds.
translate = QCoreApplication.translate

WARN_COLOUR = "#8a5a00"
OK_MARK, NO_MARK, WARN_MARK = "✔", "✘", "⚠"


def coloured(label: QLabel, text: str, colour: str | None) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {colour};" if colour else "")
    label.setVisible(bool(text))


def title_label() -> QLabel:
    """The dialog's title over its fields: the contract's request, or the batch."""
    label = QLabel(wordWrap=True)
    label.setStyleSheet("font-size: 13pt; font-weight: bold;")
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


# who made a signature: the verify and countersign dialogs and the printed sheet say it


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
