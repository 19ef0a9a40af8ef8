"""Settings page: language (applied at once), the portal's address, the idle lock, the
sync interval and the time-stamp server. Each change is saved as it is made; there is no
Apply button to forget. A second tab, Diagnostics, is what support asks for
(views/widgets/diagnostics_section.py), added by the session that knows the profile."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import settings as keys
from desktop.services.settings import Settings
from desktop.views.widgets.labels import bold_label

# Each language is named in itself, so a person who cannot read the current one still
# finds their own.
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class SettingsPage(QWidget):
    """Signals:
        language_chosen(str): kk, ru or en.
        sync_interval_changed(int): seconds.
        idle_lock_changed(int): minutes.
        tray_notices_changed(bool): notices of new requests and near deadlines on or off.
        templates_requested(): the contract template editor is to open.
    """

    language_chosen = Signal(str)
    sync_interval_changed = Signal(int)
    idle_lock_changed = Signal(int)
    tray_notices_changed = Signal(bool)
    templates_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._templates_refusal: str | None = None
        self.diagnostics: QWidget | None = None

        self.title = bold_label(1.3)
        self._build_fields()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_general_tab(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self._connect()

        self.retranslate()

    # building

    def _build_fields(self) -> None:
        """A field per setting, showing its value now."""
        settings = self._settings
        self.language = QComboBox()
        for code in keys.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get(keys.LANGUAGE)),
                                          0))
        self.portal_url = QLineEdit(settings.get(keys.PORTAL_URL))
        self.portal_url.setClearButtonEnabled(True)
        self.portal_note = QLabel(wordWrap=True)
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(1, 240)
        self.idle_lock.setValue(settings.get(keys.IDLE_LOCK_MINUTES))
        self.sync_interval = QSpinBox()
        self.sync_interval.setRange(1, 120)
        self.sync_interval.setValue(max(settings.get(keys.SYNC_INTERVAL_SECONDS) // 60, 1))
        self.tsa_url = QLineEdit(settings.get(keys.TSA_URL))
        self.tsa_url.setClearButtonEnabled(True)
        self.tsa_url.setMinimumWidth(420)
        self.tsa_note = QLabel(wordWrap=True)
        self.tray_notices = QCheckBox()
        self.tray_notices.setChecked(settings.get(keys.TRAY_NOTICES))
        # Shown once the session says who may edit templates (set_templates_access).
        self.templates_button = QPushButton()
        self.templates_button.hide()
        self.portal_url.setMinimumWidth(420)
        self.language.setMinimumWidth(200)

    def _build_general_tab(self) -> QWidget:
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_label = QLabel()
        self.portal_label = QLabel()
        self.idle_label = QLabel()
        self.sync_label = QLabel()
        self.tsa_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.portal_label, self.portal_url)
        self.form.addRow("", self.portal_note)
        self.form.addRow(self.idle_label, self.idle_lock)
        self.form.addRow(self.sync_label, self.sync_interval)
        self.form.addRow(self.tsa_label, self.tsa_url)
        self.form.addRow("", self.tsa_note)
        self.form.addRow("", self.tray_notices)
        self.form.addRow("", self.templates_button)
        general = QWidget()
        column = QVBoxLayout(general)
        column.addLayout(self.form)
        column.addStretch(1)
        return general

    def _connect(self) -> None:
        self.language.currentIndexChanged.connect(self._language_changed)
        self.portal_url.editingFinished.connect(self._portal_changed)
        self.tsa_url.editingFinished.connect(self._tsa_changed)
        self.idle_lock.valueChanged.connect(self._idle_changed)
        self.sync_interval.valueChanged.connect(self._sync_changed)
        self.tray_notices.toggled.connect(self._tray_notices_changed)
        self.templates_button.clicked.connect(self.templates_requested)

    def retranslate(self) -> None:
        # The language may have been switched elsewhere (the log-in dialog, a test).
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(
            self._settings.get(keys.LANGUAGE)), 0))
        self.language.blockSignals(False)
        self.title.setText(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        if self.diagnostics is not None:
            self.tabs.setTabText(1, self.tr("Diagnostics"))
        self.language_label.setText(self.tr("Language:"))
        self.portal_label.setText(self.tr("Portal address:"))
        self.portal_url.setPlaceholderText(self.tr("Empty: the built-in training portal"))
        self.idle_label.setText(self.tr("Lock after inactivity:"))
        self.idle_lock.setSuffix(self.tr(" min"))
        self.sync_label.setText(self.tr("Sync with the portal every:"))
        self.sync_interval.setSuffix(self.tr(" min"))
        self.tsa_label.setText(self.tr("Time-stamp server:"))
        self.tsa_url.setPlaceholderText(self.tr("Empty: countersign without a time-stamp"))
        self._show_notes()
        self.tray_notices.setText(self.tr(
            "Notify me of new requests and of deadlines ending within one working day"))
        # Turned off in the tray's own menu too: show what is stored now.
        self.tray_notices.blockSignals(True)
        self.tray_notices.setChecked(self._settings.get(keys.TRAY_NOTICES))
        self.tray_notices.blockSignals(False)
        self.templates_button.setText(self.tr("Contract templates…"))
        self.templates_button.setToolTip(self._templates_refusal or self.tr(
            "Edit the text of the contracts: each saved edit is a new version, and every "
            "contract names the version it was made from"))

    def set_diagnostics(self, section: QWidget) -> None:
        """Show `section` as the Diagnostics tab (once)."""
        if self.diagnostics is None:
            self.diagnostics = section
            self.tabs.addTab(section, self.tr("Diagnostics"))

    def set_templates_access(self, refusal: str | None) -> None:
        """Offer the contract template editor: enabled when `refusal` is None, otherwise
        disabled, with `refusal` (why not) as its tooltip."""
        self._templates_refusal = refusal
        self.templates_button.setEnabled(refusal is None)
        self.templates_button.show()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        code = str(self.language.currentData())
        self._settings.set(keys.LANGUAGE, code)
        self.language_chosen.emit(code)

    def _portal_changed(self) -> None:
        url = self.portal_url.text().strip().rstrip("/")
        self._show_notes()
        if _web_address(url) and url != self._settings.get(keys.PORTAL_URL):
            self._settings.set(keys.PORTAL_URL, url)

    def _show_notes(self) -> None:
        not_saved = self.tr(
            "This is not a web address (http:// or https://): it was not saved. The last "
            "saved address is still used.")
        self.portal_note.setText(self.tr("A new address is used from the next sign-in.")
                                 if _web_address(self.portal_url.text()) else not_saved)
        self.tsa_note.setText(self.tr(
            "Countersignatures get a time-stamp (PAdES B-T) from this RFC 3161 server when "
            "it answers; without one they are PAdES B.")
            if _web_address(self.tsa_url.text()) else not_saved)

    def _tsa_changed(self) -> None:
        url = self.tsa_url.text().strip()
        self._show_notes()
        if _web_address(url) and url != self._settings.get(keys.TSA_URL):
            self._settings.set(keys.TSA_URL, url)

    def _idle_changed(self, minutes: int) -> None:
        self._settings.set(keys.IDLE_LOCK_MINUTES, minutes)
        self.idle_lock_changed.emit(minutes)

    def _tray_notices_changed(self, on: bool) -> None:
        self._settings.set(keys.TRAY_NOTICES, on)
        self.tray_notices_changed.emit(on)

    def _sync_changed(self, minutes: int) -> None:
        self._settings.set(keys.SYNC_INTERVAL_SECONDS, minutes * 60)
        self.sync_interval_changed.emit(minutes * 60)


def _web_address(text: str) -> bool:
    """Empty (the field's default applies), or a web address."""
    return not text.strip() or keys.web_address(text) is not None
