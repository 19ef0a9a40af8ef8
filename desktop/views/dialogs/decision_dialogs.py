"""The dialogs of a decision on a request, and the sentences that say why one is refused.

- `AcceptDialog`: the group's places now and as they would be after accepting, and the
  checks of `services.review` (age on the group's first day, language, free places); it
  refuses, saying why, when one fails.
- `DeclineDialog`: a reason from the portal's list (kept in the cache, so it works
  offline) and a comment to the parent.
- `DocumentsReviewDialog`: a verdict per uploaded document (keep, accept, or return with
  a comment) and "Accept all received", for methodologists and directors.

The dialogs only ask; the request detail records the answer through the outbox.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.models.domain import (
    COMMENT_LIMIT,
    DOCUMENT_KINDS,
    REQUIRED_DOCUMENTS,
    DeclineReason,
    DocumentStatus,
)
from desktop.models.group_records import Occupancy
from desktop.models.request_records import DocumentState
from desktop.services import counts, review, roles, vocabulary
from desktop.services.review import AcceptReview, Reason
from desktop.services.review_text import reason_text
from desktop.services.roles import RoleRefusal
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.views.widgets.labels import bold_label

if TYPE_CHECKING:
    from desktop.services.actions import ActionRefused

# Called by this name, so lupdate finds the strings with their explicit context.
translate = QCoreApplication.translate

CONTEXT = "Decisions"
LANGUAGES = ("kk", "ru", "en")

# What each role-checked action is called in a sentence about who may do it.
ACTION_NAMES: dict[str, object] = {
    "decide_request": QT_TRANSLATE_NOOP("Decisions", "Accepting or declining a request"),
    roles.ACCEPT_REQUEST: QT_TRANSLATE_NOOP("Decisions", "Accepting a request"),
    roles.DECLINE_REQUEST: QT_TRANSLATE_NOOP("Decisions", "Declining a request"),
    roles.RETURN_DOCUMENTS: QT_TRANSLATE_NOOP("Decisions", "Returning documents"),
    roles.ACCEPT_DOCUMENTS: QT_TRANSLATE_NOOP("Decisions", "Accepting documents"),
    roles.SEND_CONTRACT: QT_TRANSLATE_NOOP("Decisions", "Sending a contract"),
    roles.COUNTERSIGN_CONTRACT: QT_TRANSLATE_NOOP("Decisions", "Countersigning a contract"),
    roles.CREATE_GROUP: QT_TRANSLATE_NOOP("Decisions", "Creating a group"),
    roles.UPDATE_GROUP: QT_TRANSLATE_NOOP("Decisions", "Changing a group"),
    roles.SET_CAPACITY: QT_TRANSLATE_NOOP("Decisions", "Changing a group's capacity"),
    roles.PUBLISH_FORECAST: QT_TRANSLATE_NOOP("Decisions", "Publishing the forecast"),
    roles.SETTINGS: QT_TRANSLATE_NOOP("Decisions", "Changing the settings"),
    roles.PRINTERS: QT_TRANSLATE_NOOP("Decisions", "Setting up printers"),
    roles.TEMPLATES: QT_TRANSLATE_NOOP("Decisions", "Editing templates"),
}

OK_MARK, NO_MARK = "✔", "✘"
OK_COLOUR, NO_COLOUR = "#1e7b34", "#b02a37"
ENROLLED_COLOUR, RESERVED_COLOUR, ADDED_COLOUR = "#3d6fb6", "#93b4e0", "#f0a030"


def _tr(text: object) -> str:
    return translate(CONTEXT, str(text))


def ui_language() -> str:
    """The language the window speaks now (the language switcher sets the default locale)."""
    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "en"


def _years(age: int) -> str:
    return vocabulary.plurals().years_old(age)


def _roles(codes: Iterable[str]) -> str:
    return translate("Decisions", " or ").join(vocabulary.role(code) for code in codes)


# sentences


def decline_label(item: DeclineReason) -> str:
    """A decline reason in the person's language: the portal's words, or "Other reason"
    while the portal's list has not reached this computer."""
    if item.code == review.OTHER_REASON and not item.labels:
        return translate("DeclineDialog", "Other reason")
    return item.label(ui_language())


def role_text(refusal: RoleRefusal) -> str:
    """Why the roles someone acts in may not do an action (for a tooltip)."""
    source = ACTION_NAMES.get(refusal.action)
    action = _tr(source) if source is not None else refusal.action
    if not refusal.acting:
        text = translate(
            "Decisions", "{action} needs the role {needed}, and your role is not known on "
            "this computer yet: sign in online once.").format(
                action=action, needed=_roles(refusal.needed))
    else:
        text = translate("Decisions", "{action} needs the role {needed}; you act as "
                         "{acting}.").format(action=action, needed=_roles(refusal.needed),
                                             acting=_roles(refusal.acting))
    if refusal.switch_to:
        text += " " + translate("Decisions", "Switch to {role} in Session › Act as.").format(
            role=_roles(refusal.switch_to))
    return text


def why_not(action: str, acting: Iterable[str], available: Iterable[str], status: str,
            review_code: str | None, pending: bool) -> str:
    """Why the roles someone acts in, or the request's state, do not allow accepting or
    declining it now ("" when they do): the decision buttons' and the lists' menus' rule."""
    refused = roles.refusal(action, acting, available)
    if refused is not None:
        return role_text(refused)
    blocked = review.decision_block(action, status, review_code, pending)
    return reason_text(blocked, action) if blocked is not None else ""


def refusal_text(error: ActionRefused, action: str = review.ACCEPT) -> str:
    """What to tell the person when recording a decision was refused."""
    if error.reasons:
        return "\n".join(reason_text(r, action) for r in error.reasons)
    code, p = error.code, error.params
    if code == "forbidden_role":
        return role_text(RoleRefusal(str(p.get("action", action)),
                                     tuple(p.get("acting") or ()),
                                     tuple(p.get("needed") or ()), ()))
    messages = {
        "already_decided": reason_text(Reason(review.ALREADY_ACCEPTED)),
        "pending": reason_text(Reason(review.PENDING)),
        "not_found": translate("Decisions", "The request is no longer in this computer's "
                               "copy: the portal may have closed it. Sync to see it as it is "
                               "now."),
        "comment_required": translate("Decisions", "A comment is needed: the reason “Other” "
                                      "and every returned document need one."),
        "comment_too_long": translate(
            "Decisions", "The comment is too long: the portal keeps at most {limit} "
            "characters. Shorten it and record the decision again.").format(
                limit=p.get("limit", "")),
        "reason_required": translate("Decisions", "Choose a reason for declining."),
        "no_documents_chosen": translate("Decisions", "Choose a verdict for at least one "
                                         "document."),
        "conflicting_verdicts": translate("Decisions", "A document cannot be accepted and "
                                          "returned at once."),
        "unknown_document_kind": translate("Decisions", "The portal does not know one of the "
                                           "document kinds; nothing was recorded."),
    }
    return messages.get(code, translate(
        "Decisions", "Unexpected refusal ({detail}). Sync, open the request again and "
        "check it; if this happens again, report it to support.").format(detail=error))


# the occupancy bar


class OccupancyBar(QWidget):
    """A group's places as a bar: enrolled, reserved (the last `added` of them marked as
    the one this decision would add), and free, against the capacity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occupancy: Occupancy | None = None
        self.added = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)

    def set_occupancy(self, occupancy: Occupancy | None, added: int = 0) -> None:
        self.occupancy, self.added = occupancy, added
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, max(self.fontMetrics().height() + 6, 20))

    def paintEvent(self, event: QPaintEvent) -> None:
        occupancy = self.occupancy
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            frame = self.rect().adjusted(0, 0, -1, -1)
            painter.fillRect(frame, self.palette().color(QPalette.ColorRole.Base))
            if occupancy is not None:
                slots = max(occupancy.capacity, occupancy.taken, 1)
                width = frame.width()
                left = frame.left()
                parts = ((occupancy.enrolled, ENROLLED_COLOUR),
                         (occupancy.reserved - self.added, RESERVED_COLOUR),
                         (self.added, ADDED_COLOUR))
                done = 0
                for count, colour in parts:
                    if count <= 0:
                        continue
                    x0 = left + round(width * done / slots)
                    x1 = left + round(width * (done + count) / slots)
                    painter.fillRect(x0, frame.top(), x1 - x0, frame.height(), QColor(colour))
                    done += count
                if occupancy.over:  # where the capacity ends, the places beyond it are red
                    x = left + round(width * occupancy.capacity / slots)
                    painter.setPen(QPen(QColor(NO_COLOUR), 2))
                    painter.drawLine(x, frame.top(), x, frame.bottom())
            painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
            painter.drawRect(frame)
        finally:
            painter.end()


def occupancy_text(occupancy: Occupancy) -> str:
    return translate("Decisions", "{taken} of {capacity} places taken: {enrolled} enrolled, "
                     "{reserved} reserved; {free} free").format(
        taken=occupancy.taken, capacity=occupancy.capacity, enrolled=occupancy.enrolled,
        reserved=occupancy.reserved, free=occupancy.free)


def fit(dialog: QDialog, width: int) -> None:
    """`width` wide and as tall as its wrapped texts need at that width: a window does not
    ask its layout for the height that goes with a width by itself."""
    layout = dialog.layout()
    if layout is None:
        return
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    dialog.resize(width, max(height, layout.totalSizeHint().height()))


def heading_label() -> QLabel:
    """A decision dialog's heading: the request, or the requests, it decides on."""
    return bold_label(1.15, wordWrap=True)


def _note() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _hint() -> QLabel:
    label = _note()
    label.setStyleSheet(f"color: {NO_COLOUR};")
    return label


def _buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The dialog's own button (named by its retranslate) and Cancel: (box, own, cancel)."""
    buttons = QDialogButtonBox()
    own = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, own, cancel


@dataclass(frozen=True)
class Subject:
    """The request a dialog is about, as its heading names it."""

    request_id: int
    number: int
    child_name: str
    birth_date: date | None = None
    languages: tuple[str, ...] = ()


# accept


class AcceptDialog(QDialog):
    """Asks the director to confirm an accept, showing what it does to the group; refuses
    (the Accept button stays off) with the reasons when a check fails."""

    def __init__(self, subject: Subject, checked: AcceptReview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject, self.checked = subject, checked
        self.check_labels: list[QLabel] = []
        self.heading = heading_label()
        self.group_label = _note()
        self._build_places()
        self.checks_box = QGroupBox()
        self.checks = QVBoxLayout(self.checks_box)
        self.outcome = _note()
        self.buttons, self.accept_button, self.cancel_button = _buttons(self)
        self.accept_button.setEnabled(checked.ok)
        self.cancel_button.setDefault(not checked.ok)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.group_label, self.places_box, self.checks_box,
                       self.outcome):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.places_box.setVisible(checked.now is not None)
        self.now_bar.set_occupancy(checked.now)
        self.after_bar.set_occupancy(checked.after, added=1)
        self.retranslate()
        fit(self, 560)

    def _build_places(self) -> None:
        """The group's places now and after the accept, as bars with their numbers."""
        self.now_caption, self.after_caption = QLabel(), QLabel()
        # Not word-wrapped: a wrapped label's height is not known to the grid in time.
        self.now_value, self.after_value = QLabel(), QLabel()
        self.now_bar, self.after_bar = OccupancyBar(), OccupancyBar()
        self.places_box = QGroupBox()
        places = QGridLayout(self.places_box)
        places.addWidget(self.now_caption, 0, 0)
        places.addWidget(self.now_bar, 0, 1)
        places.addWidget(self.now_value, 1, 1)
        places.addWidget(self.after_caption, 2, 0)
        places.addWidget(self.after_bar, 2, 1)
        places.addWidget(self.after_value, 3, 1)
        places.setColumnStretch(1, 1)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        places.addWidget(self.legend, 4, 0, 1, 2)

    def check_lines(self) -> list[tuple[bool, str]]:
        """Each check with its verdict: (passed, sentence)."""
        checked, group = self.checked, self.checked.group
        failed = {r.code: r for r in checked.reasons}
        lines: list[tuple[bool, str]] = []
        if group is None:
            return [(False, reason_text(r)) for r in checked.reasons]
        age = next((failed[c] for c in (review.BIRTH_DATE_UNKNOWN, review.TOO_YOUNG,
                                        review.TOO_OLD) if c in failed), None)
        if age is not None:
            lines.append((False, reason_text(age)))
        else:
            lines.append((True, translate(
                "Decisions", "Age: on {day}, when the group starts, the child will be {age}; "
                "the group takes children of {ages}.").format(
                    day=vocabulary.format_date(group.starts_on), age=_years(checked.age or 0),
                    ages=counts.age_band(group.age_from, group.age_to))))
        if review.LANGUAGE_NOT_ASKED in failed:
            lines.append((False, reason_text(failed[review.LANGUAGE_NOT_ASKED])))
        else:
            lines.append((True, translate(
                "Decisions", "Language: the group teaches in {language}, which the parent "
                "asked for.").format(language=vocabulary.group_language(group.language))))
        if review.NO_FREE_PLACES in failed:
            lines.append((False, reason_text(failed[review.NO_FREE_PLACES])))
        else:
            lines.append((True, vocabulary.plurals().free_places_before_accepting(
                group.occupancy.free)))
        return lines

    def retranslate(self) -> None:
        s, checked = self.subject, self.checked
        self.setWindowTitle(self.tr("Accept request №{number}").format(number=s.number))
        self.heading.setText(self.tr("Accept request №{number} — {child}?").format(
            number=s.number, child=s.child_name))
        group = checked.group
        if group is not None:
            self.group_label.setText(self.tr(
                "Group “{group}”: {ages}, {language}, starts on {day}.").format(
                    group=group.name, ages=counts.age_band(group.age_from, group.age_to),
                    language=vocabulary.group_language(group.language),
                    day=vocabulary.format_date(group.starts_on)))
        self.group_label.setVisible(group is not None)
        self.places_box.setTitle(self.tr("The group's places"))
        self.now_caption.setText(self.tr("Now"))
        self.after_caption.setText(self.tr("After accepting"))
        if checked.now is not None and checked.after is not None:
            self.now_value.setText(occupancy_text(checked.now))
            self.after_value.setText(occupancy_text(checked.after))
            self.now_bar.setToolTip(self.now_value.text())
            self.after_bar.setToolTip(self.after_value.text())
            self.now_bar.setAccessibleName(self.now_value.text())
            self.after_bar.setAccessibleName(self.after_value.text())
        swatch = '<span style="color:{0}">■</span> {1}'
        self.legend.setText("&nbsp;&nbsp;".join(
            swatch.format(colour, text) for colour, text in (
                (ENROLLED_COLOUR, self.tr("enrolled")), (RESERVED_COLOUR, self.tr("reserved")),
                (ADDED_COLOUR, self.tr("this request")))))
        self.checks_box.setTitle(self.tr("Checks"))
        for label in self.check_labels:
            self.checks.removeWidget(label)
            label.deleteLater()
        self.check_labels = []
        for passed, text in self.check_lines():
            label = QLabel(f"{OK_MARK if passed else NO_MARK}  {text}")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {OK_COLOUR if passed else NO_COLOUR};")
            self.checks.addWidget(label)
            self.check_labels.append(label)
        if checked.ok:
            self.outcome.setText(self.tr(
                "Accepting reserves a place for the child. The decision is saved on this "
                "computer at once and goes to the portal with the next sync, also when there "
                "is no connection now."))
            self.outcome.setStyleSheet("")
        else:
            self.outcome.setText(self.tr(
                "This request cannot be accepted as it is. Declining it with a reason lets "
                "the parent choose another group or kindergarten."))
            self.outcome.setStyleSheet(f"color: {NO_COLOUR}; font-weight: bold;")
        self.accept_button.setText(self.tr("Accept and reserve a place"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# decline


def decline_problem(code: str, label: str, comment: str) -> str:
    """What stops a decline with reason `code` (shown as `label`) and `comment` from being
    recorded ("" when nothing does): one request's or several at once."""
    if not code:
        return translate("DeclineDialog", "Choose a reason.")
    if code == review.OTHER_REASON and not comment:
        return translate("DeclineDialog", "The reason “{reason}” needs a comment for the "
                         "parent.").format(reason=label)
    if len(comment) > COMMENT_LIMIT:
        return translate("DeclineDialog", "The comment is too long: the portal keeps at "
                         "most {limit} characters, this one has {count}.").format(
            limit=COMMENT_LIMIT, count=len(comment))
    return ""


class DeclineDialog(QDialog):
    """A reason from the portal's list and a comment to the parent."""

    def __init__(self, subject: Subject, reasons: Sequence[DeclineReason],
                 fetched: bool, parent: QWidget | None = None, *,
                 free_places: int | None = None) -> None:
        super().__init__(parent)
        self.subject = subject
        # The group's free places as the accept dialog shows them (None: no group).
        self.free_places = free_places
        self.confirm_box: QMessageBox | None = None
        self.reasons: list[DeclineReason] = []
        self.fetched = fetched
        self.heading = heading_label()
        self.explanation = _note()
        form = self._build_form()
        self.list_note = _note()
        self.hint = _hint()
        self.buttons, self.decline_button, _cancel = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.list_note)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason.currentIndexChanged.connect(self._validate)
        self.comment.textChanged.connect(self._validate)
        self.set_reasons(reasons, fetched)
        self.retranslate()
        fit(self, 540)

    def _build_form(self) -> QFormLayout:
        """The reason, from the portal's list, and the comment to the parent."""
        self.reason_label, self.comment_label = QLabel(), QLabel()
        self.reason = QComboBox()
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(90)
        self.reason_label.setBuddy(self.reason)
        self.comment_label.setBuddy(self.comment)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.comment_label, self.comment)
        return form

    def set_reasons(self, reasons: Sequence[DeclineReason], fetched: bool) -> None:
        """Fill the list (again, when the portal's arrives), keeping the chosen reason."""
        chosen = self.reason_code()
        self.reasons, self.fetched = list(reasons), fetched
        self.reason.blockSignals(True)
        self.reason.clear()
        for item in self.reasons:
            self.reason.addItem(decline_label(item), item.code)
        self.reason.setCurrentIndex(self.reason.findData(chosen) if chosen else -1)
        self.reason.blockSignals(False)
        self._show_list_note()
        self._validate()

    def reason_code(self) -> str:
        return str(self.reason.currentData() or "")

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()

    def problem(self) -> str:
        """What stops the decline from being recorded ("" when nothing does)."""
        return decline_problem(self.reason_code(), self.reason.currentText(),
                               self.comment_text())

    def _validate(self) -> None:
        problem = self.problem()
        self.hint.setText(problem)
        self.decline_button.setEnabled(not problem)

    def accept(self) -> None:
        """Declining for "no free places" while the group has some is asked about first."""
        free = self.free_places or 0
        if self.reason_code() != review.NO_PLACES_REASON or free <= 0 or \
                self.confirm_box is not None:
            super().accept()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("The group has free places"),
                          self.tr("The group still has %n free place(s). Decline for "
                                  "“{reason}” all the same?", "", free).format(
                              reason=self.reason.currentText()),
                          QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Decline all the same"), QMessageBox.ButtonRole.YesRole)
        box.setDefaultButton(box.addButton(self.tr("Choose another reason"),
                                           QMessageBox.ButtonRole.NoRole))
        self.confirm_box = box

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is yes:
                super(DeclineDialog, self).accept()
            box.deleteLater()

        box.finished.connect(lambda _result: answered())
        box.open()

    def _show_list_note(self) -> None:
        self.list_note.setVisible(not self.fetched)
        self.list_note.setText(self.tr(
            "Only “Other reason” can be chosen: the portal's list of reasons has not reached "
            "this computer yet. Connect to the portal and sync once to get it."))

    def retranslate(self) -> None:
        s = self.subject
        self.setWindowTitle(self.tr("Decline request №{number}").format(number=s.number))
        self.heading.setText(self.tr("Decline request №{number} — {child}").format(
            number=s.number, child=s.child_name))
        self.explanation.setText(self.tr(
            "The parent is told the reason and your comment, and may choose another "
            "kindergarten while their enrollment window lasts. A reserved place is freed."))
        self.reason_label.setText(self.tr("&Reason:"))
        self.comment_label.setText(self.tr("&Comment:"))
        self.reason.setPlaceholderText(self.tr("Choose a reason…"))
        self.comment.setPlaceholderText(self.tr(
            "What the parent should know (needed for “Other reason”)"))
        for row, item in enumerate(self.reasons):
            self.reason.setItemText(row, decline_label(item))
        self.decline_button.setText(self.tr("Decline the request"))
        self._show_list_note()
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# documents


KEEP, ACCEPT_VERDICT, RETURN_VERDICT = "keep", "accept", "return"
VERDICT_ACTIONS = {ACCEPT_VERDICT: review.ACCEPT_DOCUMENTS,
                   RETURN_VERDICT: review.RETURN_DOCUMENTS}


class _Row:
    """One document's line in the review dialog."""

    def __init__(self, document: DocumentState) -> None:
        self.document = document
        self.name = QLabel()
        self.status = QLabel()
        # Wrapped only with a comment: a status alone reads best on one line.
        self.status.setWordWrap(bool(document.comment))
        self.verdict = QComboBox()
        self.open_button = QPushButton()
        self.open_button.setAutoDefault(False)
        # What to correct can take a few sentences: three lines shown, the portal's limit
        # counted beneath (more than the limit can be typed, and is said to be too long).
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        lines = self.comment.fontMetrics().lineSpacing() * 3
        self.comment.setFixedHeight(lines + 2 * self.comment.frameWidth() + 8)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Its line stays when it is hidden: the dialog is sized once, for every row's.
        policy = self.counter.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.counter.setSizePolicy(policy)
        self.comment.setMinimumWidth(self.comment.fontMetrics().averageCharWidth() * 32)
        # Long document names wrap rather than take the comment's room.
        self.name.setWordWrap(True)
        self.comment_box = QWidget()
        column = QVBoxLayout(self.comment_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.comment)
        column.addWidget(self.counter)

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()

    def show_count(self) -> None:
        count = len(self.comment_text())
        self.counter.setText(f"{count} / {COMMENT_LIMIT}")
        self.counter.setStyleSheet(f"color: {NO_COLOUR};" if count > COMMENT_LIMIT else "")

    def choices(self) -> list[str]:
        """Keep, and each verdict the document's status can take (`services.review`)."""
        return [KEEP] + [verdict for verdict, action in VERDICT_ACTIONS.items()
                         if self.takes(action)]

    def takes(self, action: str) -> bool:
        return review.verdict_block(action, self.document.kind, self.document.status) is None

    def chosen(self) -> str:
        return str(self.verdict.currentData() or KEEP)


class DocumentsReviewDialog(QDialog):
    """A verdict on each uploaded document: keep it as it is, accept it, or return it to
    the parent with a comment. Returned documents wait for the parent."""

    def __init__(self, subject: Subject, documents: Sequence[DocumentState],
                 parent: QWidget | None = None, *,
                 open_document: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.subject = subject
        # The request's document viewer (downloading first where needed), so each document
        # can be read before its verdict; None where there is none.
        self.open_document = open_document
        order = {kind: i for i, kind in enumerate(DOCUMENT_KINDS)}
        self.rows = [_Row(d) for d in sorted(documents, key=lambda d: order.get(d.kind, 99))]
        self.heading = heading_label()
        self.explanation = _note()
        self.missing = _note()
        grid = self._build_grid()
        self.accept_all_button = QPushButton()
        self.accept_all_button.clicked.connect(self.accept_all_received)
        self.hint = _hint()
        self.buttons, self.record_button, _cancel = _buttons(self)
        tools = QHBoxLayout()
        tools.addWidget(self.accept_all_button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(grid)
        layout.addWidget(self.missing)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit(self, 980)

    def _build_grid(self) -> QGridLayout:
        """A line per document: its name, status, Open, the verdict and the comment."""
        self.header = [bold_label() for _ in range(5)]
        grid = QGridLayout()
        for column, label in enumerate(self.header):
            grid.addWidget(label, 0, column)
        top = Qt.AlignmentFlag.AlignTop
        for line, row in enumerate(self.rows, start=1):
            grid.addWidget(row.name, line, 0, top)
            grid.addWidget(row.status, line, 1, top)
            grid.addWidget(row.open_button, line, 2, top)
            grid.addWidget(row.verdict, line, 3, top)
            grid.addWidget(row.comment_box, line, 4)
            row.verdict.currentIndexChanged.connect(self._validate)
            row.comment.textChanged.connect(self._validate)
            row.open_button.clicked.connect(partial(self._open, row.document.kind))
            row.open_button.setVisible(self.open_document is not None)
        grid.setColumnStretch(4, 1)
        return grid

    def _open(self, kind: str) -> None:
        if self.open_document is not None:
            self.open_document(kind)

    def row(self, kind: str) -> _Row:
        return next(r for r in self.rows if r.document.kind == kind)

    def set_verdict(self, kind: str, verdict: str, comment: str = "") -> None:
        row = self.row(kind)
        index = row.verdict.findData(verdict)
        if index < 0:
            raise ValueError(f"{kind} cannot be given {verdict}")
        row.verdict.setCurrentIndex(index)
        if comment:
            row.comment.setPlainText(comment)

    def accept_all_received(self) -> None:
        """"Accept" on every received document not given a verdict yet (a return already
        chosen stays)."""
        for row in self._undecided():
            row.verdict.setCurrentIndex(row.verdict.findData(ACCEPT_VERDICT))

    def _undecided(self) -> list[_Row]:
        return [r for r in self.rows if r.chosen() == KEEP and r.takes(review.ACCEPT_DOCUMENTS)]

    def verdicts(self) -> tuple[list[str], dict[str, str]]:
        """(the kinds to accept, {kind: comment} to return)."""
        accepted = [r.document.kind for r in self.rows if r.chosen() == ACCEPT_VERDICT]
        returned = {r.document.kind: r.comment_text() for r in self.rows
                    if r.chosen() == RETURN_VERDICT}
        return accepted, returned

    def problem(self) -> str:
        accepted, returned = self.verdicts()
        for kind, comment in returned.items():
            if not comment:
                return self.tr("Write what to correct in “{document}”: the parent sees the "
                               "comment.").format(document=vocabulary.document_kind(kind))
            if len(comment) > COMMENT_LIMIT:
                return self.tr("The comment on “{document}” is too long: at most {limit} "
                               "characters.").format(document=vocabulary.document_kind(kind),
                                                     limit=COMMENT_LIMIT)
        if not accepted and not returned:
            return self.tr("Choose “Accept” or “Return” for at least one document.")
        return ""

    def _validate(self) -> None:
        for row in self.rows:
            returning = row.chosen() == RETURN_VERDICT
            row.comment.setEnabled(returning)
            row.counter.setVisible(returning)
            row.show_count()
        problem = self.problem()
        self.hint.setText(problem)
        self.record_button.setEnabled(not problem)
        self.accept_all_button.setEnabled(bool(self._undecided()))

    def retranslate(self) -> None:
        s = self.subject
        self.setWindowTitle(self.tr("Documents of request №{number}").format(number=s.number))
        self.heading.setText(self.tr("Documents of request №{number} — {child}").format(
            number=s.number, child=s.child_name))
        self.explanation.setText(self.tr(
            "Accept the documents that are in order. Return the others with a comment on "
            "what to correct: the parent is told and uploads them again. The director "
            "countersigns only when every required document is accepted."))
        for label, text in zip(self.header, (self.tr("Document"), self.tr("Now"), "",
                                             self.tr("Verdict"), self.tr("Comment to the "
                                                                         "parent")),
                               strict=True):
            label.setText(text)
        names = {KEEP: self.tr("Leave as it is"), ACCEPT_VERDICT: self.tr("Accept"),
                 RETURN_VERDICT: self.tr("Return for correction")}
        for row in self.rows:
            row.name.setText(vocabulary.document_kind(row.document.kind))
            status = vocabulary.document_status(row.document.status)
            if row.document.comment:
                status = self.tr("{status}: “{comment}”").format(
                    status=status, comment=row.document.comment)
            row.status.setText(status)
            chosen = row.chosen()
            row.verdict.blockSignals(True)
            row.verdict.clear()
            for choice in row.choices():
                row.verdict.addItem(names[choice], choice)
            row.verdict.setCurrentIndex(max(row.verdict.findData(chosen), 0))
            row.verdict.setEnabled(len(row.choices()) > 1)
            row.verdict.blockSignals(False)
            row.comment.setPlaceholderText(self.tr("What to correct"))
            row.open_button.setText(self.tr("Open document"))
            row.open_button.setToolTip(self.tr(
                "Show the document in the viewer (downloaded first if it is not on this "
                "computer yet)"))
            row.counter.setToolTip(self.tr("Characters typed, of the {limit} the portal "
                                           "keeps").format(limit=COMMENT_LIMIT))
            if row.document.status == DocumentStatus.RETURNED:
                row.verdict.setToolTip(self.tr("Waiting for the parent to upload it again."))
        uploaded = {r.document.kind for r in self.rows}
        missing = [k for k in REQUIRED_DOCUMENTS if k not in uploaded]
        self.missing.setVisible(bool(missing))
        self.missing.setText(self.tr("Not uploaded yet: {documents}.").format(
            documents=", ".join(vocabulary.document_kind(k) for k in missing)))
        self.accept_all_button.setText(self.tr("Accept all received"))
        self.accept_all_button.setToolTip(self.tr(
            "Set “Accept” on every received document that has no verdict yet"))
        self.record_button.setText(self.tr("Record the verdicts"))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
