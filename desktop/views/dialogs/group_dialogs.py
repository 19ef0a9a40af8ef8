"""The director's dialogs for groups: a new group or its fields (`GroupDialog`), its
capacity (`CapacityDialog`), closing an empty one (`CloseGroupDialog`) and moving a child
to another group (`TransferDialog`).

Each dialog records through the groups service (outbox intent and local effect, one
transaction) on the cache's writing lane. What the service refuses (a capacity below the
children the group holds, an empty or inverted age band, a name already used, a full
target group…) is said in the dialog in the person's language; nothing is queued and
everything typed stays as it was, to be corrected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import group_records as model
from desktop.models.group_records import GroupPlaces, RosterRow
from desktop.services import counts, vocabulary
from desktop.services import groups as service
from desktop.services.actions import ActionRefused
from desktop.services.cache import Cache
from desktop.services.review_text import reason_text
from desktop.services.roles import RoleRefusal
from desktop.views.dialogs.decision_dialogs import NO_COLOUR, role_text
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks

# Called by this name, so lupdate finds the strings with their explicit context.
translate = QCoreApplication.translate

_FIELDS = {
    "name": lambda: translate("GroupDialogs", "name"),
    "educators": lambda: translate("GroupDialogs", "educators"),
    "room": lambda: translate("GroupDialogs", "room"),
    "note": lambda: translate("GroupDialogs", "note"),
}


def group_refusal_text(error: ActionRefused) -> str:
    """Why a group change, capacity, transfer or forecast entry was refused, and what to
    do, in the person's language."""
    p = error.params
    code = error.code
    if code == "forbidden_role":
        return role_text(RoleRefusal(str(p.get("action", "")), tuple(p.get("acting") or ()),
                                     tuple(p.get("needed") or ()), ()))
    if code == "pending":
        from desktop.services import review

        return reason_text(review.Reason(review.PENDING))
    day = p.get("day")
    messages: dict[str, Callable[[], str]] = {
        service.NAME_EMPTY: lambda: translate("GroupDialogs", "Give the group a name."),
        service.NAME_TAKEN: lambda: translate(
            "GroupDialogs", "The kindergarten already has a group named “{name}”: choose "
            "another name.").format(name=p.get("name", "")),
        service.AGES_EMPTY: lambda: translate(
            "GroupDialogs", "The ages are missing: give them as two numbers, from and to, "
            "for example 3–4."),
        service.AGES_INVERTED: lambda: translate(
            "GroupDialogs", "The ages {low}–{high} are the wrong way round: the first must "
            "not be above the second.").format(low=p.get("age_from"), high=p.get("age_to")),
        service.AGES_OUT_OF_RANGE: lambda: translate(
            "GroupDialogs", "Ages go from {low} to {high}.").format(low=p.get("low"),
                                                                   high=p.get("high")),
        service.CAPACITY_OUT_OF_RANGE: lambda: translate(
            "GroupDialogs", "A group has {low} to {high} places, not {capacity}.").format(
                low=p.get("low"), high=p.get("high"), capacity=p.get("capacity")),
        service.CAPACITY_BELOW_TAKEN: lambda: translate(
            "GroupDialogs", "A capacity of {capacity} is below the children the group holds "
            "({enrolled} enrolled and {reserved} reserved): move children out first, or "
            "choose at least {taken}.").format(
                capacity=p.get("capacity"), enrolled=p.get("enrolled"),
                reserved=p.get("reserved"),
                taken=int(p.get("enrolled", 0)) + int(p.get("reserved", 0))),
        service.GROUP_NOT_FOUND: lambda: translate(
            "GroupDialogs", "The group is no longer in this computer's copy: sync to see the "
            "groups as they are now."),
        service.GROUP_PROVISIONAL: lambda: translate(
            "GroupDialogs", "The group waits to be created on the portal: sync first, then "
            "change it."),
        service.GROUP_NOT_EMPTY: lambda: translate(
            "GroupDialogs", "The group still holds {enrolled} enrolled and {reserved} "
            "reserved children: move them to another group first.").format(
                enrolled=p.get("enrolled"), reserved=p.get("reserved")),
        service.NOT_PLACED: lambda: translate(
            "GroupDialogs", "Only an enrolled child, or one with a reserved place, can be "
            "moved."),
        service.SAME_GROUP: lambda: translate("GroupDialogs",
                                              "The child is in this group already."),
        service.TARGET_FULL: lambda: translate(
            "GroupDialogs", "The group “{name}” is full ({enrolled} enrolled and {reserved} "
            "reserved of {capacity}): raise its capacity first, or choose another "
            "group.").format(name=p.get("name", ""), enrolled=p.get("enrolled"),
                             reserved=p.get("reserved"), capacity=p.get("capacity")),
        service.TARGET_AGE: lambda: translate(
            "GroupDialogs", "On {day}, when the group starts, the child will be {age}; the "
            "group's age band is {ages}.").format(
                day=vocabulary.format_date(day if isinstance(day, date) else None),
                age=vocabulary.plurals().years_old(int(p.get("age", 0))),
                ages=counts.age_band(int(p.get("age_from", 0)), int(p.get("age_to", 0)))),
        service.TARGET_LANGUAGE: lambda: translate(
            "GroupDialogs", "The group teaches in {language}; the parent asked for "
            "{languages}.").format(
                language=vocabulary.group_language(str(p.get("language") or "")),
                languages=", ".join(vocabulary.group_language(c)
                                    for c in p.get("languages") or ())),
        service.PLACES_NEGATIVE: lambda: translate(
            "GroupDialogs", "Places cannot be negative ({places}): enter 0 or more.").format(
                places=p.get("places")),
        service.TEXT_TOO_LONG: lambda: translate(
            "GroupDialogs", "The {field} is too long: at most {limit} characters.").format(
                field=_FIELDS.get(str(p.get("field")), lambda: str(p.get("field")))(),
                limit=p.get("limit")),
        "not_found": lambda: translate(
            "GroupDialogs", "The request is no longer in this computer's copy: sync to see "
            "it as it is now."),
        "no_groups": lambda: translate("GroupDialogs", "There are no groups to forecast yet: "
                                       "sync to fetch them."),
        "month_invalid": lambda: translate("GroupDialogs", "Choose a month."),
    }
    wording = messages.get(code)
    if wording is not None:
        return wording()
    return translate("GroupDialogs", "Not recorded ({detail}). Sync and try again; if this "
                     "happens again, report it to support.").format(detail=error)


class RecordingDialog(QDialog):
    """A dialog whose OK records through a service, with the refusal shown in it.

    Signals:
        recorded(): the change is in the outbox (the dialog has closed).
    """

    recorded = Signal()

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet(f"color: {NO_COLOUR};")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, *parts: QWidget | QFormLayout) -> None:
        column = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QFormLayout):
                column.addLayout(part)
            else:
                column.addWidget(part)
        column.addWidget(self.message)
        column.addStretch(1)
        column.addWidget(self.buttons)
        self.retranslate()

    def job(self) -> Callable[[], Any]:
        """The service call to make, with what the dialog holds read now (on the GUI
        thread); it runs on the writing lane and raises ActionRefused."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        try:
            job = self.job()
        except ActionRefused as error:
            self.show_message(group_refusal_text(error))
            return
        self.ok_button.setEnabled(False)
        self._tasks.run(job, on_done=self._recorded, on_failed=self._refused,
                        writes_cache=True)

    def _recorded(self, _result: Any) -> None:
        self.ok_button.setEnabled(True)
        self.recorded.emit()
        self.accept()

    def _refused(self, failure: Failure) -> None:
        self.ok_button.setEnabled(True)
        error = failure.error
        self.show_message(group_refusal_text(error) if isinstance(error, ActionRefused)
                          else failure.message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        # The dialog grows to the sentence instead of cutting it.
        self.adjustSize()

    def add_row(self, form: QFormLayout, field: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _combo(codes: Sequence[str], label: Callable[[str], str]) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(label(code), code)
    return combo


def _relabel(combo: QComboBox, label: Callable[[str], str]) -> None:
    for index in range(combo.count()):
        combo.setItemText(index, label(str(combo.itemData(index))))


class GroupDialog(RecordingDialog):
    """A new group (`group` None) or a group's fields and capacity."""

    def __init__(self, cache: Cache, tasks: Tasks, group: GroupPlaces | None = None,
                 acting: Sequence[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self._cache = cache
        self.group = group
        self._acting = acting
        self.name = QLineEdit()
        self.name.setMaxLength(service.NAME_LIMIT + 50)
        self.kind = _combo(model.KINDS, vocabulary.group_kind)
        self.ages = QLineEdit()
        self.language = _combo(model.LANGUAGES, vocabulary.group_language)
        self.capacity = QSpinBox()
        # Any number may be typed; the service says what a capacity may be.
        self.capacity.setRange(0, 999)
        self.capacity.setValue(20)
        self.educators = QLineEdit()
        self.room = QLineEdit()
        self.held = QLabel(wordWrap=True)
        if group is not None:
            self.name.setText(group.name)
            self.kind.setCurrentIndex(max(self.kind.findData(group.kind), 0))
            self.ages.setText(f"{group.age_from}–{group.age_to}")
            self.language.setCurrentIndex(max(self.language.findData(group.language), 0))
            self.capacity.setValue(group.capacity)
            self.educators.setText(group.educators)
            self.room.setText(group.room)
        self.form = QFormLayout()
        self.labels = [self.add_row(self.form, field) for field in (
            self.name, self.kind, self.ages, self.language, self.capacity, self.educators,
            self.room)]
        self.setMinimumWidth(460)
        self.finish_layout(self.form, self.held)

    def draft(self) -> service.GroupDraft:
        age_from, age_to = service.parse_ages(self.ages.text())
        return service.GroupDraft(self.name.text(), age_from, age_to,
                                  str(self.language.currentData()), self.capacity.value(),
                                  str(self.kind.currentData()), self.educators.text(),
                                  self.room.text())

    def job(self) -> Callable[[], Any]:
        draft, cache, acting, group = self.draft(), self._cache, self._acting, self.group
        if group is None:
            return lambda: service.create(cache, draft, acting)
        return lambda: service.update(cache, group.id, draft, acting)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("GroupDialogs", "New group") if self.group is None else
                            translate("GroupDialogs", "Edit group “{name}”").format(
                                name=self.group.name))
        self.ok_button.setText(translate("GroupDialogs", "Create") if self.group is None
                               else translate("GroupDialogs", "Save"))
        labels = (translate("GroupDialogs", "Name:"),
                  translate("GroupDialogs", "Kind:"),
                  translate("GroupDialogs", "Ages (from–to):"),
                  translate("GroupDialogs", "Language:"),
                  translate("GroupDialogs", "Places:"),
                  translate("GroupDialogs", "Educators:"),
                  translate("GroupDialogs", "Room:"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.ages.setPlaceholderText(translate("GroupDialogs", "for example 3–4"))
        _relabel(self.kind, vocabulary.group_kind)
        _relabel(self.language, vocabulary.group_language)
        group = self.group
        self.held.setVisible(group is not None)
        if group is not None:
            self.held.setText(translate("GroupDialogs", "The group holds {enrolled} enrolled and "
                                 "{reserved} reserved children; its places cannot go below "
                                 "{taken}.").format(enrolled=group.enrolled,
                                                    reserved=group.reserved,
                                                    taken=group.taken))
        self.held.setToolTip("")


class CapacityDialog(RecordingDialog):
    """A group's number of places, shown against the children it holds."""

    def __init__(self, cache: Cache, tasks: Tasks, group: GroupPlaces,
                 acting: Sequence[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self._cache = cache
        self.group = group
        self._acting = acting
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 999)
        self.capacity.setValue(group.capacity)
        self.held = QLabel(wordWrap=True)
        self.form = QFormLayout()
        self.label = self.add_row(self.form, self.capacity)
        self.setMinimumWidth(420)
        self.finish_layout(self.held, self.form)

    def job(self) -> Callable[[], Any]:
        cache, group_id, capacity, acting = (self._cache, self.group.id,
                                             self.capacity.value(), self._acting)
        return lambda: service.set_capacity(cache, group_id, capacity, acting)

    def retranslate(self) -> None:
        g = self.group
        self.setWindowTitle(translate("GroupDialogs", "Places in “{name}”").format(name=g.name))
        self.ok_button.setText(translate("GroupDialogs", "Save"))
        self.held.setText(translate(
            "GroupDialogs", "Now {capacity} places: {enrolled} enrolled, {reserved} "
            "reserved, {free} free.").format(capacity=g.capacity, enrolled=g.enrolled,
                                             reserved=g.reserved, free=g.free))
        self.label.setText(translate("GroupDialogs", "Places:"))


class CloseGroupDialog(RecordingDialog):
    """Close a group: it leaves every list (the portal keeps its history)."""

    def __init__(self, cache: Cache, tasks: Tasks, group: GroupPlaces,
                 acting: Sequence[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self._cache = cache
        self.group = group
        self._acting = acting
        self.question = QLabel(wordWrap=True)
        self.setMinimumWidth(420)
        self.finish_layout(self.question)

    def job(self) -> Callable[[], Any]:
        cache, group_id, acting = self._cache, self.group.id, self._acting
        return lambda: service.close(cache, group_id, acting)

    def retranslate(self) -> None:
        name = self.group.name
        self.setWindowTitle(translate("GroupDialogs", "Close group “{name}”").format(name=name))
        self.ok_button.setText(translate("GroupDialogs", "Close the group"))
        self.question.setText(translate(
            "GroupDialogs", "Close the group “{name}”? It takes no more children and leaves "
            "the lists; the portal keeps its history. A group is closed only when it holds "
            "no children.").format(name=name))


class TransferDialog(RecordingDialog):
    """Move a child to another group: each group with its free places; the ones that
    cannot take the child say why when chosen."""

    def __init__(self, cache: Cache, tasks: Tasks, child: RosterRow, source: GroupPlaces,
                 targets: Sequence[GroupPlaces], acting: Sequence[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self._cache = cache
        self.child = child
        self.source = source
        self.targets = [g for g in targets if g.id != source.id and not g.provisional]
        self._acting = acting
        self.about = QLabel(wordWrap=True)
        self.target = QComboBox()
        self.form = QFormLayout()
        self.label = self.add_row(self.form, self.target)
        self.target.currentIndexChanged.connect(lambda _index: self.show_message(""))
        self.setMinimumWidth(480)
        self.finish_layout(self.about, self.form)

    def chosen(self) -> GroupPlaces | None:
        group_id = self.target.currentData()
        return next((g for g in self.targets if g.id == group_id), None)

    def job(self) -> Callable[[], Any]:
        target = self.chosen()
        if target is None:
            raise ActionRefused(service.GROUP_NOT_FOUND, "no group chosen", {"group_id": None})
        cache, request_id, acting = self._cache, self.child.request_id, self._acting
        return lambda: service.transfer(cache, request_id, target.id, acting)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("GroupDialogs", "Move {child} to another group").format(
            child=self.child.name))
        self.ok_button.setText(translate("GroupDialogs", "Move"))
        self.about.setText(translate(
            "GroupDialogs", "{child} is in “{group}” now. Choose the group to move to; the "
            "number of free places is shown beside each.").format(child=self.child.name,
                                                                   group=self.source.name))
        self.label.setText(translate("GroupDialogs", "To the group:"))
        current = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for g in self.targets:
            self.target.addItem(translate(
                "GroupDialogs", "{name} · {low}–{high} · {language} · free: {free}").format(
                    name=g.name, low=g.age_from, high=g.age_to,
                    language=vocabulary.group_language(g.language), free=g.free), g.id)
        if current is not None and self.target.findData(current) >= 0:
            self.target.setCurrentIndex(self.target.findData(current))
        self.target.blockSignals(False)
