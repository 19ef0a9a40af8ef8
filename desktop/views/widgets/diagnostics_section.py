"""Settings → Diagnostics: what support asks for first (versions, folders, local data,
last sync, CRL age, keyring, Qt's platform plugin), read in the background each time the
section is shown, and "Export diagnostics…", which writes a zip without personal data
(desktop.services.diagnostics)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import counts
from desktop.services.calendar import format_datetime
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks

if TYPE_CHECKING:
    from desktop.services.cache import Cache
    from desktop.services.diagnostics import Diagnostics
    from desktop.services.files import ExportFailed


def _collect(profile: Profile, cache: Cache | None, platform_name: str) -> Diagnostics:
    # The checks' modules (doctor, trust) load on the worker, not while the window builds.
    from desktop.services import diagnostics

    return diagnostics.collect(profile, cache, platform_name)


class DiagnosticsSection(QWidget):
    """Signals:
        loaded(): the figures on show were read afresh.
        exported(str): a diagnostics zip was written to this file.
        export_failed(str): it was not; the text says why and what to do.
    """

    loaded = Signal()
    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, profile: Profile, settings: Settings, tasks: Tasks,
                 cache: Cache | None = None, portal_url: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._settings = settings
        self._tasks = tasks
        self._cache = cache
        self._portal_url = portal_url
        self.info: Diagnostics | None = None
        self._exporting = False

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        for name in ("version", "python", "qt", "pyside", "qt_platform", "settings_file",
                     "data_dir", "log_dir", "cache", "last_sync", "crl", "keyring"):
            label, value = QLabel(), QLabel(wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, value)
            self._rows[name] = (label, value)
        self.note = QLabel(wordWrap=True)
        self.status = QLabel(wordWrap=True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.ask_where_to_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

    def value(self, name: str) -> str:
        """The text on show for one figure (by its row name)."""
        return self._rows[name][1].text()

    def retranslate(self) -> None:
        labels = {
            "version": self.tr("Balabaqsha Desk version:"),
            "python": self.tr("Python:"),
            "qt": self.tr("Qt:"),
            "pyside": self.tr("PySide6:"),
            "qt_platform": self.tr("Qt platform plugin:"),
            "settings_file": self.tr("Settings file:"),
            "data_dir": self.tr("Data folder:"),
            "log_dir": self.tr("Log folder:"),
            "cache": self.tr("Local data on disk:"),
            "last_sync": self.tr("Last successful sync:"),
            "crl": self.tr("Newest revocation list (CRL):"),
            "keyring": self.tr("Keyring:"),
        }
        for name, text in labels.items():
            self._rows[name][0].setText(text)
        self.note.setText(self.tr(
            "The export holds these figures, the health checks, the settings and the logs, "
            "with IINs, names, phone numbers and e-mail addresses masked: it can be sent to "
            "support as it is."))
        self.export_button.setText(self.tr("Export diagnostics…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        profile, cache = self._profile, self._cache
        platform_name = QGuiApplication.platformName()
        self._tasks.run(lambda: _collect(profile, cache, platform_name),
                        on_done=self._collected)

    def _collected(self, info: Diagnostics) -> None:
        self.info = info
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        info = self.info
        if info is None:
            return
        mb = info.cache_bytes / (1024 * 1024)
        values = {
            "version": info.version, "python": info.python, "qt": info.qt,
            "pyside": info.pyside, "qt_platform": info.qt_platform,
            "settings_file": str(info.settings_file), "data_dir": str(info.data_dir),
            "log_dir": str(info.log_dir),
            "cache": self.tr("{size:.1f} MB").format(size=mb),
            "last_sync": format_datetime(info.last_sync) if info.last_sync
            else self.tr("not yet"),
            "crl": self.tr("{age} old").format(age=counts.days(info.crl_age_days))
            if info.crl_age_days is not None else self.tr("none cached yet"),
            "keyring": info.keyring,
        }
        for name, text in values.items():
            self._rows[name][1].setText(text)

    # export

    def ask_where_to_export(self) -> None:
        from desktop.services import diagnostics

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export diagnostics"),
            str(Path.home() / diagnostics.export_name()), self.tr("Zip archives (*.zip)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> None:
        """Build the zip in the background; the status line says where it went, or why
        not."""
        if self._exporting:
            return
        self._exporting = True
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Collecting the diagnostics…"))
        profile, settings, url = self._profile, self._settings, self._portal_url
        cache = self._cache
        platform_name = QGuiApplication.platformName()

        def build() -> Path | ExportFailed:
            from desktop.services import diagnostics
            from desktop.services.files import ExportFailed

            info = diagnostics.collect(profile, cache, platform_name)
            try:
                return diagnostics.export(target, profile, settings, info, url)
            except ExportFailed as error:
                return error

        self._tasks.run(build, on_done=self._export_done, on_failed=self._export_failed,
                        progress_label=self.tr("Exporting diagnostics"))

    def _export_done(self, path: Path | ExportFailed) -> None:
        if not isinstance(path, Path):
            from desktop.views.widgets.print_preview import save_failure_reason

            self._export_failed_because(save_failure_reason(path))
            return
        self._exporting = False
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        self.exported.emit(str(path))

    def _export_failed(self, failure: Failure) -> None:
        self._export_failed_because(failure.message)

    def _export_failed_because(self, reason: str) -> None:
        self._exporting = False
        self.export_button.setEnabled(True)
        message = self.tr(
            "The diagnostics were not saved. {reason} Nothing was written there; choose "
            "another folder and export again.").format(reason=reason)
        self.status.setText(message)
        self.export_failed.emit(message)
