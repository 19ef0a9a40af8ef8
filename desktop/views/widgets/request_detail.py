"""One request as the cache holds it: the child (with the age on the group's first day),
the parent, the application, the voucher, the group and its places, the working days the
parent has left, the documents and the request's history; and the decisions on it.

`load_details` reads the cache (`models.requests`) and is plain Python, so it runs off the
GUI thread.
`RequestDetailDialog` adds the decision buttons (accept, decline, review documents), each
enabled per role and per status and, when off, saying why in its tooltip. Decisions go to
the outbox with their local effect (`services.actions`) through Tasks' writing lane, so
they work offline; being offline is never a reason to refuse one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import requests
from desktop.models.domain import REQUIRED_DOCUMENTS, DeclineReason, parse_moment
from desktop.models.group_records import age_on
from desktop.models.request_records import RequestDetails
from desktop.services import actions, counts, review, roles, vocabulary
from desktop.services.actions import ActionRefused
from desktop.services.cache import Cache
from desktop.services.calendar import working_days_left
from desktop.services.review_text import reason_text
from desktop.services.roles import RoleRefusal
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.views.dialogs.decision_dialogs import (
    NO_COLOUR,
    OK_COLOUR,
    AcceptDialog,
    DeclineDialog,
    DocumentsReviewDialog,
    Subject,
    decline_label,
    occupancy_text,
    refusal_text,
    role_text,
    why_not,
)
from desktop.views.runtime.failures import Failure, describe
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.documents_panel import DocumentsPanel
from desktop.views.widgets.labels import bold_label

if TYPE_CHECKING:
    # Only its cache, client and roles are used; importing it would load httpx too.
    from desktop.services.workspace import Workspace

CONTEXT = "RequestDetail"
# The portal's list of decline reasons is asked for again when it is older than this.
REASONS_FRESH_SECONDS = 6 * 3600

# The portal's journal events, as staff read them.
EVENTS: dict[str, object] = {
    "submitted": QT_TRANSLATE_NOOP("RequestDetail", "Application submitted"),
    "voucher_issued": QT_TRANSLATE_NOOP("RequestDetail", "Voucher issued"),
    "voucher_confirmed": QT_TRANSLATE_NOOP("RequestDetail", "Parent confirmed the voucher"),
    "voucher_declined": QT_TRANSLATE_NOOP("RequestDetail", "Parent declined the voucher"),
    "voucher_annulled": QT_TRANSLATE_NOOP("RequestDetail",
                                          "Voucher annulled: no answer in time (stop-list)"),
    "restored": QT_TRANSLATE_NOOP("RequestDetail", "Restored from the stop-list"),
    "extended": QT_TRANSLATE_NOOP("RequestDetail", "Enrollment window extended"),
    "request_sent": QT_TRANSLATE_NOOP("RequestDetail", "Request sent to the kindergarten"),
    "request_accepted": QT_TRANSLATE_NOOP("RequestDetail", "Request accepted"),
    "request_declined": QT_TRANSLATE_NOOP("RequestDetail", "Request declined"),
    "document_uploaded": QT_TRANSLATE_NOOP("RequestDetail", "Document uploaded"),
    "documents_reviewed": QT_TRANSLATE_NOOP("RequestDetail", "Documents reviewed"),
    "contract_sent": QT_TRANSLATE_NOOP("RequestDetail", "Contract sent"),
    "contract_signed_by_parent": QT_TRANSLATE_NOOP("RequestDetail",
                                                   "Contract signed by the parent"),
    "enrolled": QT_TRANSLATE_NOOP("RequestDetail", "Child enrolled"),
    "archived_declined": QT_TRANSLATE_NOOP("RequestDetail",
                                           "Archived: the parent declined the voucher"),
    "archived_stop_list_expired": QT_TRANSLATE_NOOP(
        "RequestDetail", "Archived: 28 days on the stop-list passed"),
    "archived_second_no_response": QT_TRANSLATE_NOOP(
        "RequestDetail", "Archived: no answer to the voucher a second time"),
    "archived_enrollment_window_expired": QT_TRANSLATE_NOOP(
        "RequestDetail", "Archived: the enrollment window closed"),
    "archived_withdrawn": QT_TRANSLATE_NOOP("RequestDetail",
                                            "Archived: the parent withdrew the application"),
}
# Events whose note is a file's digest: of no use to a person.
_DIGEST_NOTES = frozenset({"contract_sent", "contract_signed_by_parent", "enrolled"})

ACTORS: dict[str, object] = {
    "parent": QT_TRANSLATE_NOOP("RequestDetail", "{name} (parent)"),
    "staff": QT_TRANSLATE_NOOP("RequestDetail", "{name} (kindergarten)"),
    "portal": QT_TRANSLATE_NOOP("RequestDetail", "the portal"),
}

QUEUE_TYPES: dict[str, object] = {
    "general": QT_TRANSLATE_NOOP("RequestDetail", "General"),
    "special": QT_TRANSLATE_NOOP("RequestDetail", "Special (correctional)"),
    "sanatorium": QT_TRANSLATE_NOOP("RequestDetail", "Sanatorium"),
}

PRIORITY_CATEGORIES: dict[str, object] = {
    "orphan": QT_TRANSLATE_NOOP("RequestDetail", "Orphan or without parental care"),
    "disabled": QT_TRANSLATE_NOOP("RequestDetail", "Child with a disability"),
    "large_family": QT_TRANSLATE_NOOP("RequestDetail", "Large family"),
    "military_family": QT_TRANSLATE_NOOP("RequestDetail", "Family of a serviceman"),
}

# The decision buttons, by the action each records.
DOCUMENTS = "documents"  # the review dialog: accept_documents and return_documents


def load_details(cache: Cache, request_id: int) -> RequestDetails | None:
    """The request with the portal's decline reasons, which name its decline."""
    details = requests.details(cache, request_id)
    if details is None:
        return None
    return replace(details, decline_reasons=tuple(review.decline_reasons(cache)))


def subject(d: RequestDetails) -> Subject:
    return Subject(d.id, d.number, d.child_name, d.birth_date, d.language_codes)


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def _label(table: dict[str, object], code: Any) -> str:
    source = table.get(str(code)) if code else None
    return _tr(source) if source is not None else str(code or "")


def _part(data: dict[str, Any], key: str) -> dict[str, Any]:
    """A nested object of the portal's JSON, or {} where it is missing or malformed."""
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _person(data: Any) -> str:
    if not isinstance(data, dict):
        return ""
    return " ".join(str(data.get(k) or "") for k in ("last_name", "first_name", "patronymic")
                    ).strip()


def priority_category(code: Any) -> str:
    """The portal's priority category: a legal category, or the age cohort `age_N`."""
    text = str(code or "")
    if text.startswith("age_") and text[4:].isdigit():
        return vocabulary.plurals().age_cohort(int(text[4:]))
    return _label(PRIORITY_CATEGORIES, text)


def decline_reason_label(reasons: tuple[DeclineReason, ...], code: str) -> str:
    found = next((r for r in reasons if r.code == code), None)
    return decline_label(found) if found is not None else code


class RequestDetail(QWidget):
    """A request's details, in sections; `show_details` fills them."""

    SECTIONS = ("child", "parent", "application", "voucher", "group", "documents")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details: RequestDetails | None = None
        self._now: datetime | None = None
        self.sections: dict[str, QGroupBox] = {}
        self.forms: dict[str, QFormLayout] = {}

        self.title = bold_label(1.2, wordWrap=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addLayout(self._build_sections())
        self.history_box = QGroupBox()
        self.history = QListWidget()
        self.history.setWordWrap(True)
        QVBoxLayout(self.history_box).addWidget(self.history)
        column.addWidget(self.history_box)
        column.addStretch(1)
        self.body = body
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def _build_sections(self) -> QHBoxLayout:
        """A titled box per section, filled by _fill. Two columns: who and what on the left,
        deadlines, places and papers on the right."""
        columns = QHBoxLayout()
        sides = (QVBoxLayout(), QVBoxLayout())
        for side in sides:
            columns.addLayout(side, 1)
        for key in self.SECTIONS:
            box = QGroupBox()
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.sections[key], self.forms[key] = box, form
            sides[key in ("voucher", "group", "documents")].addWidget(box)
        for side in sides:
            side.addStretch(1)
        return columns

    def show_details(self, details: RequestDetails | None, now: datetime) -> None:
        self.details, self._now = details, now
        self._fill()

    def content_size(self) -> QSize:
        """The room the sections want, with the scroll area's frame and a vertical scroll
        bar (a long history scrolls), so nothing needs scrolling sideways."""
        self.body.adjustSize()
        # A wrapped label's hint can be narrower than its longest word needs.
        hint = self.body.sizeHint().expandedTo(self.body.minimumSizeHint())
        frame = 2 * self.scroll_area.frameWidth()
        bar = self.scroll_area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(hint.width() + frame + bar, hint.height() + frame)

    def retranslate(self) -> None:
        titles = {"child": self.tr("Child"), "parent": self.tr("Parent"),
                  "application": self.tr("Application"), "voucher": self.tr("Voucher"),
                  "group": self.tr("Group"), "documents": self.tr("Documents")}
        for key, box in self.sections.items():
            box.setTitle(titles[key])
        self.history_box.setTitle(self.tr("History"))
        self._fill()

    def field(self, section: str, label: str) -> str:
        """The text shown for `label` in `section` ("" when it is not shown)."""
        form = self.forms[section]
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            value = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and value is not None:
                label_widget, value_widget = item.widget(), value.widget()
                if isinstance(label_widget, QLabel) and label_widget.text() == label \
                        and isinstance(value_widget, QLabel):
                    return value_widget.text()
        return ""

    def _fill(self) -> None:
        for form in self.forms.values():
            while form.rowCount():
                form.removeRow(0)
        self.history.clear()
        d = self.details
        for box in (*self.sections.values(), self.history_box):
            box.setVisible(d is not None)
        if d is None:
            self.title.setText(self.tr("This request is no longer in the cache."))
            return
        self.title.setText(self.tr("Request №{number} — {child}").format(
            number=d.number, child=d.child_name))
        self._fill_child(d)
        self._fill_parent(d)
        self._fill_application(d)
        self._fill_voucher(d)
        self._fill_group(d)
        self._fill_documents(d)
        for entry in d.data.get("history") or []:
            if isinstance(entry, dict):
                self.history.addItem(self._history_line(entry, d))

    def _fill_child(self, d: RequestDetails) -> None:
        child = _part(d.data, "child")
        self._add("child", self.tr("Name"), d.child_name)
        self._add("child", self.tr("IIN"), d.child_iin)
        self._add("child", self.tr("Born"), vocabulary.format_date(d.birth_date))
        sex = {"male": self.tr("Boy"), "female": self.tr("Girl")}.get(str(child.get("sex")))
        self._add("child", self.tr("Sex"), sex or "")
        if d.group is not None and d.birth_date is not None:
            age = age_on(d.birth_date, d.group.starts_on)
            self._add("child", self.tr("Age when the group starts"), self.tr(
                "%n year(s) on {day}", "", age).format(
                    day=vocabulary.format_date(d.group.starts_on)))

    def _fill_parent(self, d: RequestDetails) -> None:
        parent = _part(d.data, "parent")
        self._add("parent", self.tr("Name"), _person(parent))
        self._add("parent", self.tr("IIN"), str(parent.get("iin") or ""))
        self._add("parent", self.tr("Phone"), str(parent.get("phone") or ""))

    def _fill_application(self, d: RequestDetails) -> None:
        data = d.data
        self._add("application", self.tr("Number"), str(d.number))
        self._add("application", self.tr("Status"), vocabulary.request_status(d.status))
        self._add("application", self.tr("Review"), self._review(d))
        self._add("application", self.tr("Submitted"),
                  vocabulary.format_datetime(parse_moment(data.get("submitted_at"))))
        self._add("application", self.tr("Requested"), vocabulary.format_datetime(
            d.requested_at))
        self._add("application", self.tr("Queue"), _label(QUEUE_TYPES, data.get("queue_type")))
        self._add("application", self.tr("Languages"), ", ".join(
            vocabulary.group_language(code) for code in d.language_codes))
        self._add("application", self.tr("Priority category"),
                  priority_category(data.get("priority_category")))
        self._add("application", self.tr("Locality"), str(data.get("locality") or ""))
        if data.get("decline_reason"):
            reason = decline_reason_label(d.decline_reasons, str(data["decline_reason"]))
            self._add("application", self.tr("Decline reason"), " — ".join(
                str(x) for x in (reason, data.get("decline_comment")) if x))

    def _fill_voucher(self, d: RequestDetails) -> None:
        voucher = _part(d.data, "voucher")
        for key, label in (("issued_at", self.tr("Issued")),
                           ("confirm_by", self.tr("Confirm by")),
                           ("confirmed_at", self.tr("Confirmed")),
                           ("enroll_by", self.tr("Enroll by"))):
            self._add("voucher", label, vocabulary.format_datetime(
                parse_moment(voucher.get(key))))
        if voucher:
            self._add("voucher", self.tr("Extended"),
                      self.tr("Yes, once by 2 working days") if voucher.get("extended")
                      else self.tr("No"))
        if d.deadline is not None and self._now is not None:
            days = working_days_left(d.deadline, self._now)
            self._add("voucher", self.tr("Working days left"), str(days))

    def _fill_group(self, d: RequestDetails) -> None:
        if d.group is None:
            self._add("group", self.tr("Name", "group"), self.tr("None chosen"))
            return
        g = d.group
        # Its own source text: "Name" of a person is "ФИО" in Russian, not a group's.
        self._add("group", self.tr("Name", "group"), g.name)
        self._add("group", self.tr("Ages"), counts.age_band(g.age_from, g.age_to))
        self._add("group", self.tr("Language"), vocabulary.group_language(g.language))
        self._add("group", self.tr("Starts"), vocabulary.format_date(g.starts_on))
        self._add("group", self.tr("Places"), occupancy_text(g.occupancy))
        self._add("group", self.tr("Free places"), str(g.free))

    def _fill_documents(self, d: RequestDetails) -> None:
        # Each kind's status at a glance; the Documents tab has the files themselves.
        shown = {doc.kind: doc for doc in d.documents}
        for doc in d.documents:
            text = vocabulary.document_status(doc.status)
            if doc.comment:
                text = self.tr("{status}: “{comment}”").format(status=text, comment=doc.comment)
            self._add("documents", vocabulary.document_kind(doc.kind), text)
        for kind in REQUIRED_DOCUMENTS:
            if kind not in shown:
                self._add("documents", vocabulary.document_kind(kind),
                          vocabulary.document_status(None))

    def _history_line(self, entry: dict[str, Any], d: RequestDetails) -> str:
        event = str(entry.get("event") or "")
        source = EVENTS.get(event)
        kind, name = str(entry.get("actor_kind") or ""), str(entry.get("actor_name") or "")
        who = ""
        if kind == "portal":
            who = _label(ACTORS, "portal")
        elif kind in ACTORS and name:
            who = _tr(ACTORS[kind]).format(name=name)
        parts = [vocabulary.format_datetime(parse_moment(entry.get("at"))),
                 _tr(source) if source else event, who, self._note(event, entry, d)]
        return " · ".join(p for p in parts if p)

    def _note(self, event: str, entry: dict[str, Any], d: RequestDetails) -> str:
        note = str(entry.get("note") or "")
        if not note or event in _DIGEST_NOTES:
            return ""
        if event == "document_uploaded":
            return vocabulary.document_kind(note)
        if event == "documents_reviewed":
            verdicts = []
            for part in note.split(","):
                kind, _, status = part.strip().partition("=")
                verdicts.append(f"{vocabulary.document_kind(kind)}: "
                                f"{vocabulary.document_status(status)}")
            return "; ".join(verdicts)
        if event == "request_declined":
            code, _, comment = note.partition(":")
            reason = decline_reason_label(d.decline_reasons, code.strip())
            return " — ".join(x for x in (reason, comment.strip()) if x)
        if event == "extended":
            return vocabulary.format_datetime(parse_moment(note)) or note
        return note

    def _review(self, d: RequestDetails) -> str:
        return vocabulary.review(d.review, pending=d.pending)

    def _add(self, section: str, label: str, value: str) -> None:
        if not value:
            return
        shown = QLabel(value)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setWordWrap(True)
        self.forms[section].addRow(QLabel(label), shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _utc_now() -> datetime:
    return datetime.now(UTC)


# What a recorded decision is, as the line above the buttons says it.
DONE: dict[str, str] = {
    review.ACCEPT: QT_TRANSLATE_NOOP("RequestDetailDialog", "Accepted: a place is reserved."),
    review.DECLINE: QT_TRANSLATE_NOOP("RequestDetailDialog", "Declined."),
    review.RETURN_DOCUMENTS: QT_TRANSLATE_NOOP("RequestDetailDialog",
                                               "The verdicts are recorded."),
}


@dataclass(frozen=True)
class DecisionNote:
    """What became of the last decision taken on one request in this window: kept as the
    decision and its refusal, not as text, so it is said in the language of the moment and
    only beside the request it is about (the window shows one request after another)."""

    request_id: int
    action: str  # review.ACCEPT, DECLINE or RETURN_DOCUMENTS
    refusal: BaseException | None = None  # None: the decision is in the outbox

    @property
    def recorded(self) -> bool:
        return self.refusal is None

    def text(self, *, pending: bool, online: bool) -> str:
        """`pending`: the decision still waits in the outbox; `online`: the portal answers,
        so a waiting decision is on its way (it is sent as soon as it is recorded)."""
        translate = QCoreApplication.translate  # by this name lupdate finds the strings
        if self.refusal is None:
            done = translate("RequestDetailDialog", DONE[self.action])
            if not pending:
                return translate("RequestDetailDialog", "{done} Sent to the portal.").format(
                    done=done)
            if online:
                return translate("RequestDetailDialog", "{done} Sending it to the portal…"
                                 ).format(done=done)
            return translate(
                "RequestDetailDialog", "{done} It goes to the portal when the connection "
                "returns; until then it is kept on this computer.").format(done=done)
        error = self.refusal
        reason = refusal_text(error, self.action) if isinstance(error, ActionRefused) \
            else describe(error).message
        return translate("RequestDetailDialog", "Not recorded: {reason}").format(reason=reason)


class RequestDetailDialog(QDialog):
    """A window with one request's details and the decisions on it (not modal: staff
    compare it with the list).

    Signals:
        decision_recorded(int): a decision on the request (its id) is in the outbox.
    """

    decision_recorded = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, workspace: Workspace | None = None,
                 tasks: object | None = None,
                 clock: Callable[[], datetime] = _utc_now) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self._clock = clock
        self.documents_panel: DocumentsPanel | None = None
        self.blocks: dict[str, str] = {}
        # The last decision's outcome per request, for as long as the window lives.
        self.notes: dict[int, DecisionNote] = {}
        self.open_dialog: QDialog | None = None
        self._fitted = False

        self.detail = RequestDetail()
        # The documents (download, view, report) beside the detail, once there is a
        # workspace to fetch them from.
        self.tabs = QTabWidget()
        self.tabs.addTab(self.detail, "")
        self._build_decisions()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.decisions)
        layout.addWidget(self.buttons)
        self.accept_button.clicked.connect(self.ask_accept)
        self.decline_button.clicked.connect(self.ask_decline)
        self.documents_button.clicked.connect(self.ask_documents)
        self.buttons.rejected.connect(self.reject)

        self.retranslate()
        self._refresh_reasons(stale_after=REASONS_FRESH_SECONDS)

    def _build_decisions(self) -> None:
        """The decisions' buttons, why those that are off are off, and what became of the
        last decision (shown only with a workspace to record them in)."""
        self.accept_button = QPushButton()
        self.decline_button = QPushButton()
        self.documents_button = QPushButton()
        self.buttons_by_action = {roles.ACCEPT_REQUEST: self.accept_button,
                                  roles.DECLINE_REQUEST: self.decline_button,
                                  DOCUMENTS: self.documents_button}
        self.why = QLabel(wordWrap=True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.decisions = QWidget()
        bar = QVBoxLayout(self.decisions)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.message)
        bar.addWidget(self.why)
        row = QHBoxLayout()
        for button in self.buttons_by_action.values():
            row.addWidget(button)
        row.addStretch(1)
        bar.addLayout(row)
        self.decisions.setVisible(self.workspace is not None)

    # showing

    def show_details(self, details: RequestDetails | None, now: datetime) -> None:
        self.detail.show_details(details, now)
        if details is not None:
            self._show_documents(details.id)
        self.retranslate()
        if not self._fitted:
            self.fit_to_content()
        # Rows just added to a shown window are shown, and measured, once events run.
        QTimer.singleShot(0, self, self.fit_to_content)

    def fit_to_content(self) -> None:
        """As large as the request's sections want, within the screen, so nothing scrolls
        sideways: the first request shown sizes the window; after that it only grows when
        a request (or a language) needs more room, and a size the person chose stays."""
        content = self.detail.content_size()
        layout = self.layout()
        assert layout is not None
        others = layout.sizeHint() - self.tabs.sizeHint()
        tab_bar = self.tabs.tabBar().sizeHint().height() + 8
        wanted = QSize(max(content.width() + others.width() + 8, layout.minimumSize().width()),
                       content.height() + others.height() + tab_bar)
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        # The window frame's title bar and borders are outside the dialog's size.
        wanted = wanted.boundedTo(QSize(screen.width() - 16, screen.height() - 48))
        if self._fitted:
            wanted = wanted.expandedTo(self.size())
        self._fitted = True
        if wanted != self.size():
            self.resize(wanted.expandedTo(QSize(640, 480)))

    def _show_documents(self, request_id: int) -> None:
        ws, tasks = self.workspace, self.tasks
        if ws is None or not isinstance(tasks, Tasks):
            return
        if self.documents_panel is None:
            self.documents_panel = DocumentsPanel(ws.cache, ws.documents, tasks,
                                                  lambda: ws.client, request_id)
            self.tabs.addTab(self.documents_panel, "")
        elif self.documents_panel.request_id != request_id:
            self.documents_panel.set_request(request_id)
        else:
            self.documents_panel.refresh()

    def update_actions(self) -> None:
        """Enable each decision the acting roles and the request's state allow; say why the
        others are off. Call it again when the role changes (`roles_changed`)."""
        self.blocks = {action: text for action in self.buttons_by_action
                       if (text := self.block(action))}
        for action, button in self.buttons_by_action.items():
            blocked = self.blocks.get(action, "")
            button.setEnabled(not blocked)
            button.setToolTip(blocked or self._purpose(action))
        self.why.setText("\n".join(self._why_lines()))
        self.why.setVisible(bool(self.blocks) and self.detail.details is not None)

    def roles_changed(self) -> None:
        """The person switched role: what they may do changed."""
        self.update_actions()

    def block(self, action: str) -> str:
        """Why `action` cannot be taken on the request now ("" when it can)."""
        d, ws = self.detail.details, self.workspace
        if d is None or ws is None:
            return self.tr("The request is no longer in this computer's copy.")
        checked = roles.RETURN_DOCUMENTS if action == DOCUMENTS else action
        blocked = why_not(checked, ws.roles, ws.available_roles, d.status, d.review, d.pending)
        if blocked or action != DOCUMENTS:
            return blocked
        empty = review.documents_block({doc.kind: doc.status for doc in d.documents})
        return reason_text(empty, checked) if empty is not None else ""

    def _why_lines(self) -> list[str]:
        lines: list[str] = []
        ws = self.workspace
        decide = (roles.ACCEPT_REQUEST, roles.DECLINE_REQUEST)
        if ws is not None and all(roles.refusal(a, ws.roles) for a in decide):
            # One sentence for both, rather than two that differ in a word.
            refused = roles.refusal(roles.ACCEPT_REQUEST, ws.roles, ws.available_roles)
            assert refused is not None
            lines.append(role_text(RoleRefusal("decide_request", refused.acting,
                                               refused.needed, refused.switch_to)))
            skip = set(decide)
        else:
            skip = set()
        for action, text in self.blocks.items():
            if action not in skip and text not in lines:
                lines.append(text)
        return lines

    def _purpose(self, action: str) -> str:
        return {roles.ACCEPT_REQUEST: self.tr(
                    "Reserve a place in the group; a contract follows"),
                roles.DECLINE_REQUEST: self.tr(
                    "Decline with a reason; the parent may choose another kindergarten"),
                DOCUMENTS: self.tr("Accept the documents, or return them for correction with "
                                   "a comment")}[action]

    def retranslate(self) -> None:
        d = self.detail.details
        self.setWindowTitle(self.tr("Request №{number}").format(number=d.number)
                            if d is not None else self.tr("Request"))
        self.accept_button.setText(self.tr("&Accept…"))
        self.decline_button.setText(self.tr("&Decline…"))
        self.documents_button.setText(self.tr("&Review documents…"))
        self.tabs.setTabText(0, self.tr("Details"))
        if self.documents_panel is not None:
            self.tabs.setTabText(1, self.tr("Documents"))
        self.update_actions()
        self.show_note()

    # asking

    def ask_accept(self) -> None:
        d = self.detail.details
        if d is None or self.block(roles.ACCEPT_REQUEST):
            return
        dialog = AcceptDialog(subject(d), review.review_accept(d.birth_date, d.language_codes,
                                                               d.group), self)
        dialog.accepted.connect(lambda: self._record_accept(d.id))
        self._open(dialog)

    def ask_decline(self) -> None:
        d = self.detail.details
        if d is None or self.block(roles.DECLINE_REQUEST):
            return
        reasons = list(d.decline_reasons)  # "other" is always there
        dialog = DeclineDialog(subject(d), reasons, any(r.labels for r in reasons), self,
                               free_places=None if d.group is None else d.group.free)
        dialog.accepted.connect(lambda: self._record_decline(d.id, dialog.reason_code(),
                                                             dialog.comment_text()))
        self._open(dialog)
        if not dialog.fetched:
            self._refresh_reasons(stale_after=0)

    def ask_documents(self) -> None:
        d = self.detail.details
        if d is None or self.block(DOCUMENTS):
            return
        panel = self.documents_panel
        dialog = DocumentsReviewDialog(subject(d), d.documents, self, open_document=None
                                       if panel is None else panel.open_document)
        dialog.accepted.connect(lambda: self._record_verdicts(d.id, *dialog.verdicts()))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        # Window-modal and not exec(): the event loop (and the sync) goes on meanwhile.
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
        dialog.deleteLater()

    # recording

    def _acting(self) -> list[str]:
        return list(self.workspace.roles) if self.workspace is not None else []

    def _record_accept(self, request_id: int) -> None:
        acting, cache = self._acting(), self._cache()
        self._record(lambda: actions.accept(cache, request_id, acting), request_id,
                     review.ACCEPT)

    def _record_decline(self, request_id: int, reason: str, comment: str) -> None:
        acting, cache = self._acting(), self._cache()
        self._record(lambda: actions.decline(cache, request_id, reason, comment, acting),
                     request_id, review.DECLINE)

    def _record_verdicts(self, request_id: int, accepted: list[str],
                         returned: dict[str, str]) -> None:
        acting, cache = self._acting(), self._cache()
        self._record(lambda: actions.review_documents(cache, request_id, accepted, returned,
                                                      acting),
                     request_id, review.RETURN_DOCUMENTS)

    def _cache(self) -> Cache:
        assert self.workspace is not None
        return self.workspace.cache

    def _record(self, record: Callable[[], object], request_id: int, action: str) -> None:
        def recorded(_result: object) -> None:
            self._note(DecisionNote(request_id, action))
            self.decision_recorded.emit(request_id)
            self.reload()

        def refused(failure: Failure) -> None:
            self._note(DecisionNote(request_id, action, failure.error))
            self.reload()

        self._run(record, recorded, refused, writes_cache=True,
                  label=self.tr("Recording the decision…"))

    def _note(self, note: DecisionNote) -> None:
        self.notes[note.request_id] = note
        self.show_note()

    def show_note(self) -> None:
        """The note of the request shown, if a decision was taken on it here (again when
        the connection changed: it says whether the decision is on its way)."""
        d = self.detail.details
        note = self.notes.get(d.id) if d is not None else None
        if note is None:
            self.message.clear()
            self.message.hide()
            return
        online = self.workspace is not None and self.workspace.online
        self.message.setText(note.text(pending=d is not None and d.pending, online=online))
        self.message.setStyleSheet(f"color: {OK_COLOUR if note.recorded else NO_COLOUR};"
                                   " font-weight: bold;")
        self.message.show()

    def reload(self) -> None:
        """Read the request again from the cache (after a decision or a sync)."""
        d = self.detail.details
        if d is None or self.workspace is None:
            return
        cache, request_id = self.workspace.cache, d.id
        self._run(lambda: load_details(cache, request_id),
                  lambda details: self.show_details(details, self._clock()), None)

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_failed: Callable[[Failure], None] | None, *, writes_cache: bool = False,
             label: str | None = None) -> None:
        run = getattr(self.tasks, "run", None)
        if callable(run):
            run(fn, on_done=on_done, on_failed=on_failed, writes_cache=writes_cache,
                progress_label=label)
            return
        try:
            result = fn()
        except Exception as exc:
            if on_failed is None:
                raise
            on_failed(describe(exc))
        else:
            on_done(result)

    # the portal's decline reasons, for offline use

    def _refresh_reasons(self, stale_after: float) -> None:
        ws = self.workspace
        if ws is None or ws.client is None or not ws.online or not callable(
                getattr(self.tasks, "run", None)):
            return
        cache, client = ws.cache, ws.client

        def fetch() -> list[dict[str, str]] | None:
            # The kept list's age is a cache read: off the GUI thread, with the fetch it
            # decides on.
            age = review.decline_reasons_age(cache, datetime.now(UTC))
            if age is not None and 0 <= age < stale_after:
                return None
            return client.decline_reasons()

        def fetched(reasons: list[dict[str, str]] | None) -> None:
            if reasons is not None:
                self._run(lambda: review.keep_decline_reasons(cache, reasons),
                          self._reasons_kept, _ignore, writes_cache=True)

        self._run(fetch, fetched, _ignore)

    def _reasons_kept(self, reasons: list[DeclineReason]) -> None:
        dialog = self.open_dialog
        if isinstance(dialog, DeclineDialog):
            dialog.set_reasons(reasons, True)
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The sections take their new words on their own LanguageChange, after this.
            QTimer.singleShot(0, self, self.fit_to_content)
        super().changeEvent(event)


def _ignore(_failure: Failure) -> None:
    """A list that could not be fetched now stays as it was kept; the next try comes."""
