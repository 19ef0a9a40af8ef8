"""One request as the cache holds it: the child, the parent, the application, the voucher,
the group, the working days the parent has left, and the request's history.

Read-only for now: decisions (accept, decline, return documents) are added by a later issue.
`load_details` reads the cache and is plain Python, so it can run off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.models.tables import Document, Group, Request
from desktop.services.cache import Cache
from desktop.services.calendar import working_days_left
from desktop.views import vocabulary

CONTEXT = "RequestDetail"

# The portal's journal events, as staff read them.
EVENTS: dict[str, object] = {
    "submitted": QT_TRANSLATE_NOOP("RequestDetail", "Application submitted"),
    "voucher_issued": QT_TRANSLATE_NOOP("RequestDetail", "Voucher issued"),
    "voucher_confirmed": QT_TRANSLATE_NOOP("RequestDetail", "Parent confirmed the voucher"),
    "voucher_declined": QT_TRANSLATE_NOOP("RequestDetail", "Parent declined the voucher"),
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
}


@dataclass(frozen=True)
class GroupInfo:
    name: str
    age_from: int
    age_to: int
    language: str
    starts_on: date
    free: int


@dataclass(frozen=True)
class RequestDetails:
    """What the cache holds about one request."""

    id: int
    number: int
    status: str
    review: str | None
    pending: bool
    child_name: str
    child_iin: str
    child_birth_date: date
    languages: str
    requested_at: datetime | None
    deadline: datetime | None
    data: dict[str, Any]
    group: GroupInfo | None
    documents: tuple[tuple[str, str], ...]  # (kind, status)


def load_details(cache: Cache, request_id: int) -> RequestDetails | None:
    with cache.read() as session:
        request = session.get(Request, request_id)
        if request is None:
            return None
        group = session.get(Group, request.group_id) if request.group_id is not None else None
        documents = tuple((kind, status) for kind, status in session.execute(
            select(Document.kind, Document.status).where(Document.request_id == request_id)
            .order_by(Document.kind)))
        return RequestDetails(
            id=request.id, number=request.number, status=request.status,
            review=request.review, pending=request.pending, child_name=request.child_name,
            child_iin=request.child_iin, child_birth_date=request.child_birth_date,
            languages=request.languages, requested_at=request.requested_at,
            deadline=request.deadline, data=dict(request.data),
            group=None if group is None else GroupInfo(
                group.name, group.age_from, group.age_to, group.language, group.starts_on,
                group.capacity - group.enrolled - group.reserved),
            documents=documents)


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def _part(data: dict[str, Any], key: str) -> dict[str, Any]:
    """A nested object of the portal's JSON, or {} where it is missing or malformed."""
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _person(data: Any) -> str:
    if not isinstance(data, dict):
        return ""
    return " ".join(str(data.get(k) or "") for k in ("last_name", "first_name", "patronymic")
                    ).strip()


def _date(value: Any) -> str:
    if not value:
        return ""
    try:
        return vocabulary.format_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


class RequestDetail(QWidget):
    """A request's details, in sections; `show_details` fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details: RequestDetails | None = None
        self._now: datetime | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sections: dict[str, QGroupBox] = {}
        self.forms: dict[str, QFormLayout] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        for key in ("child", "parent", "application", "voucher", "group"):
            box = QGroupBox()
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            self.sections[key], self.forms[key] = box, form
            column.addWidget(box)
        self.history_box = QGroupBox()
        self.history = QListWidget()
        QVBoxLayout(self.history_box).addWidget(self.history)
        column.addWidget(self.history_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def show_details(self, details: RequestDetails | None, now: datetime) -> None:
        self.details, self._now = details, now
        self._fill()

    def retranslate(self) -> None:
        titles = {"child": self.tr("Child"), "parent": self.tr("Parent"),
                  "application": self.tr("Application"), "voucher": self.tr("Voucher"),
                  "group": self.tr("Group")}
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
        if d is None:
            self.title.setText(self.tr("This request is no longer in the cache."))
            return
        data, now = d.data, self._now
        self.title.setText(self.tr("Request №{number} — {child}").format(
            number=d.number, child=d.child_name))
        child = _part(data, "child")
        self._add("child", self.tr("Name"), d.child_name)
        self._add("child", self.tr("IIN"), d.child_iin)
        self._add("child", self.tr("Born"), vocabulary.format_date(d.child_birth_date))
        sex = {"male": self.tr("Boy"), "female": self.tr("Girl")}.get(str(child.get("sex")))
        self._add("child", self.tr("Sex"), sex or "")
        parent = _part(data, "parent")
        self._add("parent", self.tr("Name"), _person(parent))
        self._add("parent", self.tr("IIN"), str(parent.get("iin") or ""))
        self._add("parent", self.tr("Phone"), str(parent.get("phone") or ""))
        self._add("application", self.tr("Number"), str(d.number))
        self._add("application", self.tr("Status"), vocabulary.request_status(d.status))
        self._add("application", self.tr("Review"), self._review(d))
        self._add("application", self.tr("Submitted"),
                  vocabulary.format_datetime(vocabulary.parse_iso(data.get("submitted_at"))))
        self._add("application", self.tr("Requested"), vocabulary.format_datetime(
            d.requested_at))
        self._add("application", self.tr("Languages"), ", ".join(
            vocabulary.group_language(code) for code in d.languages.split(",") if code))
        self._add("application", self.tr("Locality"), str(data.get("locality") or ""))
        if data.get("decline_reason"):
            self._add("application", self.tr("Decline reason"), " — ".join(
                str(x) for x in (data.get("decline_reason"), data.get("decline_comment")) if x))
        voucher = _part(data, "voucher")
        for key, label in (("issued_at", self.tr("Issued")),
                           ("confirm_by", self.tr("Confirm by")),
                           ("confirmed_at", self.tr("Confirmed")),
                           ("enroll_by", self.tr("Enroll by"))):
            self._add("voucher", label, vocabulary.format_datetime(
                vocabulary.parse_iso(voucher.get(key))))
        if voucher.get("extended"):
            self._add("voucher", self.tr("Extended"), self.tr("Yes"))
        if d.deadline is not None and now is not None:
            days = working_days_left(d.deadline, now)
            self._add("voucher", self.tr("Working days left"), str(days))
        if d.group is not None:
            g = d.group
            self._add("group", self.tr("Name"), g.name)
            self._add("group", self.tr("Ages"), self.tr("{low}–{high} years").format(
                low=g.age_from, high=g.age_to))
            self._add("group", self.tr("Language"), vocabulary.group_language(g.language))
            self._add("group", self.tr("Starts"), vocabulary.format_date(g.starts_on))
            self._add("group", self.tr("Free places"), str(g.free))
        for entry in data.get("history") or []:
            if not isinstance(entry, dict):
                continue
            event = str(entry.get("event") or "")
            source = EVENTS.get(event)
            parts = [vocabulary.format_datetime(vocabulary.parse_iso(entry.get("at"))),
                     _tr(source) if source else event, str(entry.get("actor_name") or ""),
                     str(entry.get("note") or "")]
            self.history.addItem(" · ".join(p for p in parts if p))

    def _review(self, d: RequestDetails) -> str:
        labels = {"new": self.tr("New"), "accepted": self.tr("Accepted"),
                  "declined": self.tr("Declined"), "enrolled": self.tr("Enrolled")}
        text = labels.get(d.review or "", d.review or "")
        if d.pending:
            text = self.tr("{review}, not sent yet").format(review=text) if text \
                else self.tr("Not sent yet")
        return text

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


class RequestDetailDialog(QDialog):
    """A window with one request's details (not modal: staff compare it with the list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = RequestDetail()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.resize(560, 640)
        self.retranslate()

    def show_details(self, details: RequestDetails | None, now: datetime) -> None:
        self.detail.show_details(details, now)
        self.retranslate()

    def retranslate(self) -> None:
        d = self.detail.details
        self.setWindowTitle(self.tr("Request №{number}").format(number=d.number)
                            if d is not None else self.tr("Request"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
