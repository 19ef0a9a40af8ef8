"""Help: the user manual (resources/manual/manual_<language>.html, shown in the language
the interface speaks and switched with it) and the About box with the versions and the
portal in use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.services import program_files
from desktop.services.settings import LANGUAGES
from desktop.views.dialogs.decision_dialogs import ui_language
from desktop.views.widgets.labels import bold_label


def manual_dir() -> Path:
    return program_files.resources_dir() / "manual"


def manual_path(language: str) -> Path:
    return manual_dir() / f"manual_{language if language in LANGUAGES else 'en'}.html"


class ManualDialog(QDialog):
    """The manual in a browser pane; links inside it move within it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.language = ""
        self.resize(760, 680)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User manual — {program}").format(program=APP_NAME))
        language = ui_language()
        if language != self.language:
            self.language = language
            path = manual_path(language)
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AboutDialog(QDialog):
    """The program's name and purpose, the versions support asks for, and the portal it
    works with."""

    def __init__(self, portal_url: str, sandbox: bool,
                 parent: QWidget | None = None) -> None:
        from desktop.services.diagnostics import versions

        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self._portal_url = portal_url
        self._sandbox = sandbox
        self._versions = versions()
        self.heading = bold_label(1.4)
        self.purpose = QLabel(wordWrap=True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        for name in ("program", "python", "qt", "pyside", "portal"):
            label, value = QLabel(), QLabel(wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, value)
            self.rows[name] = (label, value)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.purpose)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def value(self, name: str) -> str:
        return self.rows[name][1].text()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About {program}").format(program=APP_NAME))
        self.heading.setText(APP_NAME)
        self.purpose.setText(self.tr(
            "The kindergarten's desk for the BALABAQSHA voucher portal: requests, documents, "
            "groups, contracts and their signatures, working offline too."))
        found = self._versions
        portal = (self.tr("{address} (the built-in training portal)").format(
            address=self._portal_url) if self._sandbox else self._portal_url)
        texts = {
            "program": (self.tr("Version:"), found.program),
            "python": (self.tr("Python:"), found.python),
            "qt": (self.tr("Qt:"), found.qt),
            "pyside": (self.tr("PySide6:"), found.pyside),
            "portal": (self.tr("Portal:"), portal),
        }
        for name, (label, value) in texts.items():
            self.rows[name][0].setText(label)
            self.rows[name][1].setText(value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
