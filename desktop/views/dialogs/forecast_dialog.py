"""The forecast of free places, reviewed before it is published: a table of groups by the
next twelve months (services/forecast.py computes it), the director's entries for known
departures (group, month, places, note) added and taken out beside it, and Publish, which
puts the forecast in the outbox as `forecast publish` does on the command line.

Who may not publish sees the same table and entries, read-only, and why. An entry the
service refuses (negative places, a note too long) is said here in the person's language
and everything typed stays.

Signals:
    recorded(): the forecast went to the outbox.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import forecast, roles
from desktop.services.actions import ActionRefused
from desktop.services.cache import Cache
from desktop.services.vocabulary import month_text
from desktop.views.dialogs.decision_dialogs import NO_COLOUR, role_text
from desktop.views.dialogs.group_dialogs import group_refusal_text
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.labels import bold_label

translate = QCoreApplication.translate

# A month with no free place, and one where places free up, stand out in the table.
NONE_FREE, FREEING = QColor("#f8d7da"), QColor("#d4edda")


class ForecastDialog(QDialog):
    recorded = Signal()

    def __init__(self, cache: Cache, tasks: Tasks, today: date, acting: Sequence[str],
                 available: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._tasks = tasks
        self.today = today
        self._acting = list(acting)
        self.refusal = roles.refusal(roles.PUBLISH_FORECAST, acting, available)
        self.shown: forecast.Review | None = None

        self.about = QLabel(wordWrap=True)
        self.read_only = QLabel(wordWrap=True)
        self.read_only.setVisible(self.refusal is not None)
        self._build_grid()
        self._build_entries()
        form = self._build_entry_form()
        self._build_buttons()
        self._build_layout(form)
        self._connect()

        self.resize(1100, 680)
        self.retranslate()
        self.reload()

    # building

    def _build_grid(self) -> None:
        """The free places of each group, month by month."""
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _build_entries(self) -> None:
        """The known departures staff entered, under their title."""
        self.entries_title = bold_label()
        self.entries = QTableWidget(0, 4)
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.verticalHeader().hide()
        header = self.entries.horizontalHeader()
        for index, mode in enumerate((QHeaderView.ResizeMode.Stretch,
                                      QHeaderView.ResizeMode.ResizeToContents,
                                      QHeaderView.ResizeMode.ResizeToContents,
                                      QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(index, mode)
        self.remove_button = QPushButton()

    def _build_entry_form(self) -> QHBoxLayout:
        """A new departure: its group, month, places and note, in one row."""
        self.group = QComboBox()
        self.month = QComboBox()
        self.places = QSpinBox()
        # Any number may be typed; the service says what places may be.
        self.places.setRange(-99, 99)
        self.places.setValue(1)
        self.note = QLineEdit()
        self.note.setMaxLength(forecast.NOTE_LIMIT + 50)
        self.add_button = QPushButton()
        self.group_label, self.month_label = QLabel(), QLabel()
        self.places_label, self.note_label = QLabel(), QLabel()
        form = QHBoxLayout()
        for label, field, stretch in ((self.group_label, self.group, 2),
                                      (self.month_label, self.month, 1),
                                      (self.places_label, self.places, 0),
                                      (self.note_label, self.note, 3)):
            label.setBuddy(field)
            form.addWidget(label)
            form.addWidget(field, stretch)
        form.addWidget(self.add_button)
        for widget in (self.group, self.month, self.places, self.note, self.add_button):
            widget.setEnabled(self.refusal is None)
        return form

    def _build_buttons(self) -> None:
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet(f"color: {NO_COLOUR};")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.status = QLabel(wordWrap=True)
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = QPushButton()
        self.buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)

    def _build_layout(self, form: QHBoxLayout) -> None:
        column = QVBoxLayout(self)
        column.addWidget(self.about)
        column.addWidget(self.read_only)
        column.addWidget(self.grid, 3)
        title_row = QHBoxLayout()
        title_row.addWidget(self.entries_title, 1)
        title_row.addWidget(self.remove_button)
        column.addLayout(title_row)
        column.addWidget(self.entries, 1)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.status)
        column.addWidget(self.buttons)

    def _connect(self) -> None:
        self.entries.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.publish_button.clicked.connect(self.publish)
        self.buttons.rejected.connect(self.reject)

    # reading

    def reload(self) -> None:
        cache, today = self._cache, self.today
        self._tasks.run(lambda: forecast.review(cache, today), on_done=self._loaded,
                        on_failed=self._failed)

    def _loaded(self, shown: forecast.Review) -> None:
        self.shown = shown
        self._fill_choices()
        self._fill_grid()
        self._fill_entries()
        self._update_buttons()

    def _fill_choices(self) -> None:
        shown = self.shown
        if shown is None:
            return
        chosen_group, chosen_month = self.group.currentData(), self.month.currentData()
        self.group.clear()
        for group_id, name in shown.group_names().items():
            self.group.addItem(name, group_id)
        self.month.clear()
        for key in shown.months:
            self.month.addItem(month_text(key), key)
        for combo, chosen in ((self.group, chosen_group), (self.month, chosen_month)):
            index = combo.findData(chosen)
            if index >= 0:
                combo.setCurrentIndex(index)

    def _fill_grid(self) -> None:
        shown = self.shown
        if shown is None:
            return
        names = shown.group_names()
        rows = {group_id: row for row, group_id in enumerate(names)}
        columns = {key: column for column, key in enumerate(shown.months)}
        self.grid.clear()
        self.grid.setRowCount(len(names))
        self.grid.setColumnCount(len(shown.months))
        self.grid.setVerticalHeaderLabels(list(names.values()))
        self.grid.setHorizontalHeaderLabels([month_text(k) for k in shown.months])
        first: dict[int, int] = {}
        for cell in shown.cells:
            item = QTableWidgetItem(str(cell.free_places))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(self.cell_text(cell))
            before = first.setdefault(cell.group_id, cell.free_places)
            if cell.free_places == 0:
                item.setBackground(NONE_FREE)
            elif cell.free_places > before:
                item.setBackground(FREEING)
            self.grid.setItem(rows[cell.group_id], columns[cell.month], item)

    @staticmethod
    def cell_text(cell: forecast.Cell) -> str:
        lines = [translate("ForecastDialog", "{group}, {month}: {free} free").format(
            group=cell.group_name, month=month_text(cell.month), free=cell.free_places)]
        if cell.leaving:
            lines.append(translate("ForecastDialog", "Gone to school by then: {count}")
                         .format(count=cell.leaving))
        if cell.departures:
            lines.append(translate("ForecastDialog", "Your entries by then: {count}")
                         .format(count=cell.departures))
        lines += cell.notes
        return "\n".join(lines)

    def _fill_entries(self) -> None:
        shown = self.shown
        if shown is None:
            return
        names = shown.group_names()
        self.entries.setRowCount(len(shown.entries))
        for row, entry in enumerate(shown.entries):
            values = (names.get(entry.group_id, str(entry.group_id)), month_text(entry.month),
                      str(entry.places), entry.note)
            for column, value in enumerate(values):
                self.entries.setItem(row, column, QTableWidgetItem(value))

    def grid_rows(self) -> list[list[str]]:
        """The table as shown, a list per group (for tests and a glance)."""
        return [[_text(self.grid.item(r, c)) for c in range(self.grid.columnCount())]
                for r in range(self.grid.rowCount())]

    # what may be done

    def selected_entry(self) -> forecast.Departure | None:
        shown = self.shown
        rows = self.entries.selectionModel().selectedRows()
        if shown is None or len(rows) != 1 or rows[0].row() >= len(shown.entries):
            return None
        return shown.entries[rows[0].row()]

    def _update_buttons(self) -> None:
        allowed = self.refusal is None
        self.remove_button.setEnabled(allowed and self.selected_entry() is not None)
        self.publish_button.setEnabled(allowed and bool(self.shown and self.shown.cells))
        why = role_text(self.refusal) if self.refusal is not None else ""
        self.publish_button.setToolTip(why or translate(
            "ForecastDialog", "Put the forecast in the outbox for the parents' catalogue"))

    def _entry(self) -> forecast.Departure:
        return forecast.Departure(int(self.group.currentData() or 0),
                                  str(self.month.currentData() or ""), self.places.value(),
                                  self.note.text().strip())

    def add_entry(self) -> None:
        if self.refusal is not None:
            return
        if self.group.currentData() is None:
            self.show_message(translate("ForecastDialog", "Choose a group."))
            return
        cache, entry, acting = self._cache, self._entry(), self._acting
        self._write(lambda: forecast.add_entry(cache, entry, acting), self._added)

    def _added(self, _entries: object) -> None:
        self.note.clear()
        self.show_message("")
        self.reload()

    def remove_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.refusal is not None:
            return
        cache, acting = self._cache, self._acting
        self._write(lambda: forecast.remove_entry(cache, entry, acting),
                    lambda _entries: self.reload())

    def publish(self) -> None:
        if self.refusal is not None:
            return
        cache, today, acting = self._cache, self.today, self._acting
        self._write(lambda: forecast.publish(cache, today, acting=acting), self._published)

    def _published(self, _entry: object) -> None:
        self.show_message("")
        self.status.setText(translate(
            "ForecastDialog", "The forecast is in the outbox: it goes to the portal with the "
            "next sync, and parents see it in the catalogue after that."))
        self.status.show()
        self.recorded.emit()

    def _write(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.add_button.setEnabled(False)
        self.publish_button.setEnabled(False)

        def finished(result: Any) -> None:
            self.add_button.setEnabled(True)
            self._update_buttons()
            done(result)

        self._tasks.run(job, on_done=finished, on_failed=self._refused, writes_cache=True)

    def _refused(self, failure: Failure) -> None:
        self.add_button.setEnabled(self.refusal is None)
        self._update_buttons()
        error = failure.error
        self.show_message(group_refusal_text(error) if isinstance(error, ActionRefused)
                          else failure.message)

    def _failed(self, failure: Failure) -> None:
        self.show_message(failure.message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # texts

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ForecastDialog", "Forecast of free places"))
        self.about.setText(translate(
            "ForecastDialog", "Free places in each group, month by month: those free now, "
            "plus those that free up as children leave for school on 1 September, plus your "
            "entries for known departures. Review it, then publish it to the parents' "
            "catalogue. Hover over a number to see what it is made of."))
        if self.refusal is not None:
            self.read_only.setText(translate(
                "ForecastDialog", "Read-only: {why}").format(why=role_text(self.refusal)))
        self.entries_title.setText(translate("ForecastDialog", "Known departures"))
        self.entries.setHorizontalHeaderLabels([
            translate("ForecastDialog", "Group"), translate("ForecastDialog", "From"),
            translate("ForecastDialog", "Places"), translate("ForecastDialog", "Note")])
        self.group_label.setText(translate("ForecastDialog", "&Group:"))
        self.month_label.setText(translate("ForecastDialog", "&From:"))
        self.places_label.setText(translate("ForecastDialog", "&Places:"))
        self.note_label.setText(translate("ForecastDialog", "N&ote:"))
        self.note.setPlaceholderText(translate("ForecastDialog",
                                               "for example, the family is moving"))
        self.add_button.setText(translate("ForecastDialog", "Add entry"))
        self.remove_button.setText(translate("ForecastDialog", "Remove entry"))
        self.publish_button.setText(translate("ForecastDialog", "Publish"))
        self._fill_choices()
        self._fill_grid()
        self._fill_entries()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
