"""Accepting or declining several selected requests in one step: first what would happen
to each (`services.bulk_decisions.plan`), then, once recorded, what was recorded and what
was refused and why, by request number. A decline asks one reason (and comment) for all.

The dialog only asks and shows; the requests page records through the service.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.domain import DeclineReason
from desktop.services import roles
from desktop.services.bulk_decisions import Batch, Outcome
from desktop.views.dialogs.decision_dialogs import (
    NO_COLOUR,
    NO_MARK,
    OK_COLOUR,
    OK_MARK,
    decline_label,
    decline_problem,
    fit,
    heading_label,
    refusal_text,
)

TABLE_HEIGHT_LIMIT = 480


class BulkDecisionDialog(QDialog):
    """The plan, then the summary, of one decision on several requests."""

    def __init__(self, planned: Batch, reasons: Sequence[DeclineReason] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch = planned
        self.done_batch: Batch | None = None  # set once recorded
        self.declining = planned.action == roles.DECLINE_REQUEST
        self.reasons = list(reasons)

        self.heading = heading_label()
        self.explanation = QLabel(wordWrap=True)
        self._build_table()
        self._build_decline_form()
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet(f"color: {NO_COLOUR};")
        self.buttons = QDialogButtonBox()
        self.record_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.explanation, self.table, self.form, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self._connect()

        self.retranslate()
        fit(self, 720)

    # building

    def _build_table(self) -> None:
        """A line per request: its number, the child, and what happens (or happened)."""
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _build_decline_form(self) -> None:
        """One reason and comment for all the declines (shown only when declining)."""
        self.reason = QComboBox()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        self.reason_label, self.comment_label = QLabel(), QLabel()
        self.reason_label.setBuddy(self.reason)
        self.comment_label.setBuddy(self.comment)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.comment_label, self.comment)
        self.form.setVisible(self.declining)
        for item in self.reasons:
            self.reason.addItem(decline_label(item), item.code)
        self.reason.setCurrentIndex(-1)

    def _connect(self) -> None:
        self.record_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.currentIndexChanged.connect(self._validate)
        self.comment.textChanged.connect(self._validate)

    # what was asked

    def reason_code(self) -> str:
        return str(self.reason.currentData() or "")

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()

    def problem(self) -> str:
        if self.done_batch is not None:
            return ""
        if not self.batch.recorded:
            return self.tr("None of the selected requests can take this decision now.")
        if self.declining:
            return decline_problem(self.reason_code(), self.reason.currentText(),
                                   self.comment_text())
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        self.record_button.setEnabled(not problem)

    # what happened

    def show_result(self, done: Batch) -> None:
        """The summary: recorded and refused, per request; the dialog only closes now."""
        self.done_batch = done
        self.form.hide()
        self.cancel_button.hide()
        self.retranslate()
        fit(self, self.width())
        self.show()

    def lines(self) -> list[tuple[str, bool, str]]:
        """(number, recorded or would be, what happens or why not), as the table shows."""
        batch = self.done_batch or self.batch
        return [(self._number(o), o.recorded, self._what(o)) for o in batch.outcomes]

    def _number(self, outcome: Outcome) -> str:
        return f"№{outcome.number}" if outcome.number is not None else \
            self.tr("id {id}").format(id=outcome.request_id)

    def _what(self, outcome: Outcome) -> str:
        recorded = self.done_batch is not None
        if outcome.refusal is not None:
            reason = refusal_text(outcome.refusal, self.batch.action)
            return self.tr("Not recorded: {reason}").format(reason=reason) if recorded \
                else self.tr("Will not be recorded: {reason}").format(reason=reason)
        if self.declining:
            return self.tr("Declined.") if recorded else self.tr("Will be declined.")
        return self.tr("Accepted: a place is reserved.") if recorded else \
            self.tr("Will be accepted: a place is reserved.")

    def retranslate(self) -> None:
        batch = self.done_batch or self.batch
        count = len(batch.outcomes)
        ok, refused = len(batch.recorded), len(batch.refused)
        if self.done_batch is not None:
            self.setWindowTitle(self.tr("Decisions recorded"))
            self.heading.setText(
                self.tr("%n request(s) declined", "", ok) if self.declining
                else self.tr("%n request(s) accepted", "", ok))
            self.explanation.setText(self.tr(
                "%n request(s) were refused and are left as they were: see why below.", "",
                refused) if refused else self.tr(
                "Every selected request is recorded. The decisions go to the portal at once "
                "when it answers, or with the next sync."))
            self.record_button.setText(self.tr("Close"))
        else:
            if self.declining:
                self.setWindowTitle(self.tr("Decline %n request(s)", "", count))
                self.heading.setText(self.tr("Decline %n selected request(s)?", "", count))
                self.explanation.setText(self.tr(
                    "One reason and comment go to every parent below. Each request is "
                    "checked as if it were alone; those that cannot be declined now are "
                    "left as they are."))
                self.record_button.setText(self.tr("Decline %n request(s)", "", ok))
            else:
                self.setWindowTitle(self.tr("Accept %n request(s)", "", count))
                self.heading.setText(self.tr("Accept %n selected request(s)?", "", count))
                self.explanation.setText(self.tr(
                    "Each request is checked as if it were alone: the child's age on the "
                    "group's first day, the language, and the free places, which each accept "
                    "above it takes one of. Those that fail a check are left as they are."))
                self.record_button.setText(self.tr("Accept %n request(s)", "", ok))
        self.reason_label.setText(self.tr("&Reason:"))
        self.comment_label.setText(self.tr("&Comment:"))
        self.reason.setPlaceholderText(self.tr("Choose a reason…"))
        self.comment.setPlaceholderText(self.tr(
            "What the parents should know (needed for “Other reason”)"))
        for row, item in enumerate(self.reasons):
            self.reason.setItemText(row, decline_label(item))
        self.table.setHorizontalHeaderLabels([self.tr("Request"), self.tr("Child"),
                                              self.tr("Outcome")])
        self._fill(batch)
        self._validate()

    def _fill(self, batch: Batch) -> None:
        self.table.setRowCount(len(batch.outcomes))
        for row, (outcome, (number, ok, what)) in enumerate(zip(batch.outcomes,
                                                                self.lines(), strict=True)):
            cells = (number, outcome.child_name, f"{OK_MARK if ok else NO_MARK}  {what}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setForeground(QBrush(QColor(OK_COLOUR if ok else NO_COLOUR)))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        # Every line shown, up to a screenful; a longer batch scrolls.
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth() + self.table.horizontalHeader().height()
        self.table.setMinimumHeight(min(rows + frame + 2, TABLE_HEIGHT_LIMIT))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


