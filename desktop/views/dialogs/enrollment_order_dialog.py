"""The enrollment order dialog: pick the enrolled children, the order's number, date and
language, then preview and print the order, or save it as a PDF.

The children come from the cache (requests whose status is "enrolled"), so the dialog works
offline. Reading the cache and making the PDF run through Tasks, off the GUI thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import settings as keys
from desktop.services.cache import Cache
from desktop.services.calendar import PORTAL_TZ
from desktop.services.enrollment_order import (
    KindergartenDetails,
    OrderChild,
    OrderData,
    enrolled_children,
    format_date,
    kindergarten_details,
    order_pdf,
)
from desktop.services.settings import Settings
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.views.dialogs.decision_dialogs import NO_COLOUR
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.labels import bold_label
from desktop.views.widgets.print_preview import (
    PdfUnreadable,
    PreviewDialog,
    export_pdf,
    preview_dialog,
)

# Called by this name, so lupdate finds the strings with their explicit context.
translate = QCoreApplication.translate

CONTEXT = "EnrollmentOrder"
NUMBER_LIMIT = 32

ORDER_LANGUAGES: dict[str, object] = {
    "kk": QT_TRANSLATE_NOOP("EnrollmentOrder", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("EnrollmentOrder", "Russian"),
    "bilingual": QT_TRANSLATE_NOOP("EnrollmentOrder", "Kazakh and Russian"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("EnrollmentOrder", "Child"),
    QT_TRANSLATE_NOOP("EnrollmentOrder", "IIN"),
    QT_TRANSLATE_NOOP("EnrollmentOrder", "Date of birth"),
    QT_TRANSLATE_NOOP("EnrollmentOrder", "Group"),
    QT_TRANSLATE_NOOP("EnrollmentOrder", "Enrolled on"),
    QT_TRANSLATE_NOOP("EnrollmentOrder", "Contract"),
)
ALL_GROUPS = ""


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def next_number(last: str) -> str:
    """The number after the last order's: "45" -> "46", "45-Ә" -> "46-Ә"; "" stays ""."""
    found = re.match(r"(\d+)(.*)", last.strip())
    if found is None:
        return ""
    digits, rest = found.groups()
    return f"{int(digits) + 1:0{len(digits)}d}{rest}"


def _today() -> date:
    return datetime.now(PORTAL_TZ).date()


class EnrollmentOrderDialog(QDialog):
    """Makes the enrollment order for the children ticked in the list."""

    def __init__(self, cache: Cache, tasks: Tasks, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._tasks = tasks
        self._settings = settings
        self.kindergarten: KindergartenDetails | None = None
        self.enrolled: list[OrderChild] = []
        self.preview: PreviewDialog | None = None
        self.last_pdf: bytes | None = None

        self._build_order_fields()
        self._build_children()
        self._build_buttons()
        self._build_layout()
        self._connect()

        self.resize(920, 620)
        self.retranslate()
        self._set_busy(True)
        self._tasks.run(self._read, on_done=self._loaded, on_failed=self._load_failed)

    # building

    def _build_order_fields(self) -> None:
        """The order's number, date and language, in `form`."""
        self.number = QLineEdit()
        self.number.setMaxLength(NUMBER_LIMIT)
        self.number.setText(next_number(self._settings.get(keys.LAST_ORDER_NUMBER)))
        self.date = QDateEdit()
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setCalendarPopup(True)
        today = _today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.language = QComboBox()
        for code in ORDER_LANGUAGES:
            self.language.addItem("", code)
        chosen = self.language.findData(self._settings.get(keys.ORDER_LANGUAGE))
        self.language.setCurrentIndex(max(chosen, 0))
        self.form = QFormLayout()
        # Short fields stay short: a date across the whole dialog reads badly.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("0") * 18)
        self._number_label, self._date_label, self._language_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self._number_label, self.number), (self._date_label, self.date),
                             (self._language_label, self.language)):
            label.setBuddy(field)
            self.form.addRow(label, field)

    def _build_children(self) -> None:
        """The enrolled children to tick, with a search, a group filter and their count."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.group = QComboBox()
        self.group.addItem("", ALL_GROUPS)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.select_all = QPushButton()
        self.select_none = QPushButton()
        self.counter = QLabel()
        self.empty = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.enrolled_title = bold_label()

    def _build_buttons(self) -> None:
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet(f"color: {NO_COLOUR};")
        self.message.hide()
        self.print_button = QPushButton()
        self.print_button.setDefault(True)
        self.export_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.group, 1)
        picks = QHBoxLayout()
        picks.addWidget(self.select_all)
        picks.addWidget(self.select_none)
        picks.addStretch(1)
        picks.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.enrolled_title)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(picks)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.group.currentIndexChanged.connect(self._filter)
        self.tree.itemChanged.connect(self._count)
        # Space ticks the current row (the delegate's own keys); a double click on a row's
        # text ticks it too. Not "activated": where a click activates, it would untick again.
        self.tree.itemDoubleClicked.connect(self._toggle)
        self.select_all.clicked.connect(lambda: self._check_shown(True))
        self.select_none.clicked.connect(lambda: self._check_shown(False))
        self.print_button.clicked.connect(self.print_order)
        self.export_button.clicked.connect(self.export_order)
        self.buttons.rejected.connect(self.reject)

    # reading the cache

    def _read(self) -> tuple[KindergartenDetails | None, list[OrderChild]]:
        return kindergarten_details(self._cache), enrolled_children(self._cache)

    def _loaded(self, result: tuple[KindergartenDetails | None, list[OrderChild]]) -> None:
        self.kindergarten, self.enrolled = result
        self.tree.blockSignals(True)
        self.tree.clear()
        # Rows as tall as a tick box and its margins: at the text's height alone the boxes
        # of neighbouring rows touch, and a click can land on the wrong child.
        indicator = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
        row = QSize(0, max(self.tree.fontMetrics().height(), indicator) + 8)
        for child in self.enrolled:
            item = QTreeWidgetItem([child.full_name, child.iin, format_date(child.birth_date),
                                    child.group, format_date(child.enrolled_on),
                                    child.contract_number])
            item.setData(0, Qt.ItemDataRole.UserRole, child.request_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setSizeHint(0, row)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        current = self.group.currentData()
        self.group.blockSignals(True)
        while self.group.count() > 1:
            self.group.removeItem(1)
        for name in sorted({c.group for c in self.enrolled if c.group}):
            self.group.addItem(name, name)
        self.group.setCurrentIndex(max(self.group.findData(current), 0))
        self.group.blockSignals(False)
        self._set_busy(False)
        self._filter()

    def _load_failed(self, failure: Failure) -> None:
        self._set_busy(False)
        self._show_message(failure.message)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.print_button, self.export_button, self.select_all,
                       self.select_none):
            widget.setEnabled(not busy)

    # the list

    def items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def _filter(self) -> None:
        words = self.search.text().lower().split()
        group = self.group.currentData()
        for item in self.items():
            text = f"{item.text(0)} {item.text(1)} {item.text(5)}".lower()
            hidden = (group not in (None, ALL_GROUPS) and item.text(3) != group) or \
                not all(word in text for word in words)
            item.setHidden(hidden)
        none = not self.enrolled
        self.tree.setVisible(not none)
        self.empty.setVisible(none)
        self._count()

    def _toggle(self, item: QTreeWidgetItem) -> None:
        checked = item.checkState(0) == Qt.CheckState.Checked
        item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _check_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.tree.blockSignals(True)
        for item in self.items():
            if not item.isHidden():
                item.setCheckState(0, state)
        self.tree.blockSignals(False)
        self._count()

    def set_checked(self, request_ids: Sequence[int]) -> None:
        """Tick exactly these children (by their request's id)."""
        wanted = set(request_ids)
        self.tree.blockSignals(True)
        for item in self.items():
            ticked = item.data(0, Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self._count()

    def selected_children(self) -> list[OrderChild]:
        """The ticked children, shown or filtered out (a filter only narrows the view)."""
        ticked = set()
        for item in self.items():
            if item.checkState(0) == Qt.CheckState.Checked:
                ticked.add(item.data(0, Qt.ItemDataRole.UserRole))
        return [child for child in self.enrolled if child.request_id in ticked]

    def _count(self, *_: object) -> None:
        text = translate("EnrollmentOrder", "{selected} of {total} children ticked")
        self.counter.setText(text.format(selected=len(self.selected_children()),
                                         total=len(self.enrolled)))
        self.message.hide()

    # the order

    def build_order(self) -> OrderData | None:
        """The order as the dialog says it, or None after saying what is missing."""
        if self.kindergarten is None:
            self._show_message(translate("EnrollmentOrder",
                "The kindergarten's details are not on this computer yet. Synchronise with "
                "the portal, then make the order again."))
            return None
        number = self.number.text().strip()
        if not number:
            self._show_message(translate("EnrollmentOrder",
                "Type the order's number, as it is in the kindergarten's register of orders."))
            self.number.setFocus()
            return None
        children = self.selected_children()
        if not children:
            self._show_message(translate("EnrollmentOrder",
                                         "Tick the children this order enrolls."))
            self.tree.setFocus()
            return None
        day = self.date.date()
        kindergarten = self.kindergarten
        return OrderData(
            kindergarten=kindergarten.name, bin=kindergarten.bin, address=kindergarten.address,
            number=number, date=date(day.year(), day.month(), day.day()),
            director=kindergarten.director, children=tuple(children),
            language=str(self.language.currentData()), locality=kindergarten.locality)

    def _make(self, then: Callable[[OrderData, bytes], None]) -> None:
        order = self.build_order()
        if order is None:
            return
        self._set_busy(True)

        def done(pdf: bytes) -> None:
            self._set_busy(False)
            self.last_pdf = pdf
            self._settings.set(keys.LAST_ORDER_NUMBER, order.number)
            self._settings.set(keys.ORDER_LANGUAGE, order.language)
            then(order, pdf)

        def failed(failure: Failure) -> None:
            self._set_busy(False)
            self._show_message(failure.message)

        self._tasks.run(lambda: order_pdf(order), on_done=done, on_failed=failed,
                        progress_label=translate("EnrollmentOrder", "Making the enrollment order…"))

    def _title(self, order: OrderData) -> str:
        return translate("EnrollmentOrder", "Enrollment order No. {number} of {date}").format(
            number=order.number, date=format_date(order.date))

    def _file_name(self, order: OrderData) -> str:
        safe = re.sub(r'[\\/:*?"<>|\s]+', "_", order.number).strip("._") or "order"
        stem = translate("EnrollmentOrder", "enrollment-order")
        return f"{stem}-{safe}-{order.date:%Y-%m-%d}.pdf"

    def print_order(self) -> None:
        """Make the order and open its print preview (not waiting for it)."""
        def show(order: OrderData, pdf: bytes) -> None:
            try:
                self.preview = preview_dialog(self, pdf, self._title(order),
                                              self._file_name(order))
            except PdfUnreadable:
                self._show_message(translate(
                    "EnrollmentOrder", "The order could not be made into a printable PDF. "
                    "Make it again; if this happens again, send the program's report to "
                    "support."))
                return
            self.preview.open()

        self._make(show)

    def export_order(self) -> None:
        """Make the order and ask where to save it."""
        def save(order: OrderData, pdf: bytes) -> None:
            export_pdf(self, pdf, self._file_name(order))

        self._make(save)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # languages

    def retranslate(self) -> None:
        self.setWindowTitle(translate("EnrollmentOrder", "Enrollment order"))
        self._number_label.setText(translate("EnrollmentOrder", "Order &number:"))
        self._date_label.setText(translate("EnrollmentOrder", "Order &date:"))
        self._language_label.setText(translate("EnrollmentOrder", "&Language of the order:"))
        for index in range(self.language.count()):
            code = self.language.itemData(index)
            self.language.setItemText(index, _tr(str(ORDER_LANGUAGES[code])))
        self.enrolled_title.setText(translate("EnrollmentOrder", "Enrolled children"))
        self.search.setPlaceholderText(
            translate("EnrollmentOrder", "Find a child by name, IIN or contract"))
        self.group.setItemText(0, translate("EnrollmentOrder", "All groups"))
        self.tree.setHeaderLabels([_tr(str(column)) for column in COLUMNS])
        self.select_all.setText(translate("EnrollmentOrder", "Tick all shown"))
        self.select_none.setText(translate("EnrollmentOrder", "Untick all shown"))
        self.empty.setText(translate("EnrollmentOrder",
            "There are no enrolled children on this computer. A child appears here once the "
            "contract is countersigned and the data is synchronised with the portal."))
        self.print_button.setText(translate("EnrollmentOrder", "&Preview and print…"))
        self.export_button.setText(translate("EnrollmentOrder", "&Export PDF…"))
        self._count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
