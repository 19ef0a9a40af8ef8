"""What can be wrong with a file the viewer is given, and the widgets that say so.

A broken PDF, an image that ends too early or cannot be decoded, a format that is neither:
each is a message in place of the page, with "Download again" and "Report", never an
exception. The documents panel shows the same messages and the same "Report".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.translation import QT_TRANSLATE_NOOP

CONTEXT = "DocumentViewer"

PROBLEM_COLOUR = "#b00020"

# What went wrong with a file, as the person reads it: what happened, what to do.
PROBLEMS: dict[str, object] = {
    "unknown_format": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This file is neither a PDF nor a JPEG, PNG or TIFF image, so it "
        "cannot be shown. Download it again; if it stays like this, report it."),
    "empty": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This file is empty. Download it again; if it stays empty, ask "
        "the parent to upload the document again."),
    "unreadable_file": QT_TRANSLATE_NOOP(
        "DocumentViewer", "The saved copy of this file cannot be read from the disk. "
        "Download it again."),
    "damaged_pdf": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This PDF is damaged and cannot be shown. Download it again; if "
        "it stays damaged, return it to the parent with a comment asking for a new scan."),
    "password": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This PDF is protected with a password, so it cannot be shown. "
        "Return it to the parent with a comment asking for a file without a password."),
    "no_pages": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This PDF has no pages. Return it to the parent with a comment "
        "asking for the scan."),
    "damaged_pages": QT_TRANSLATE_NOOP(
        "DocumentViewer", "Some pages of this PDF are damaged and cannot be shown. Download "
        "it again; if they stay damaged, return it to the parent with a comment."),
    "truncated_image": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This image is incomplete: the file ends too early. Download it "
        "again; if it stays incomplete, return it to the parent with a comment asking for "
        "a new scan."),
    "damaged_image": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This image is damaged and cannot be shown. Download it again; if "
        "it stays damaged, return it to the parent with a comment asking for a new scan."),
    "image_too_large": QT_TRANSLATE_NOOP(
        "DocumentViewer", "This image has too many pixels to be shown. Return it to the "
        "parent with a comment asking for a smaller scan."),
}


def problem_message(code: str) -> str:
    """What went wrong with a file (a key of PROBLEMS), in the person's language."""
    return QCoreApplication.translate(CONTEXT, str(PROBLEMS.get(code, PROBLEMS["damaged_image"])))


class Unreadable(Exception):
    """A file the viewer cannot show; `code` is a key of PROBLEMS."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# report and problem widgets (the documents panel uses them too)


class ReportButton(QToolButton):
    """"Report" with Copy and Save: the report's text and file name come from `provider`.

    Signals:
        report_copied(): the report is on the clipboard.
        report_saved(str): the report was written to this file.
    """

    report_copied = Signal()
    report_saved = Signal(str)

    def __init__(self, provider: Callable[[], tuple[str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider = provider
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self.copy_action = menu.addAction("")
        self.save_action = menu.addAction("")
        self.copy_action.triggered.connect(self.copy_report)
        self.save_action.triggered.connect(self._ask_where_to_save)
        self.setMenu(menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Report"))
        self.setToolTip(self.tr("A report of this problem for the portal's support"))
        self.copy_action.setText(self.tr("Copy the report"))
        self.save_action.setText(self.tr("Save the report…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy_report(self) -> None:
        if self.provider is None:
            return
        text, _ = self.provider()
        QGuiApplication.clipboard().setText(text)
        self.report_copied.emit()

    def save_report(self, path: str) -> None:
        if self.provider is None:
            return
        text, _ = self.provider()
        Path(path).write_text(text, encoding="utf-8")
        self.report_saved.emit(path)

    def _ask_where_to_save(self) -> None:
        if self.provider is None:
            return
        _, name = self.provider()
        ask_where_to_save(self, name, self.save_report)


def ask_where_to_save(parent: QWidget, name: str, save: Callable[[str], None]) -> None:
    """Ask where a report goes (`name` suggested) and `save` it there; a folder that
    cannot be written to gets a message, not a second error dialog."""
    title = QCoreApplication.translate("ReportButton", "Save the report")
    path, _ = QFileDialog.getSaveFileName(parent, title, name, QCoreApplication.translate(
        "ReportButton", "Text files (*.txt)"))
    if not path:
        return
    try:
        save(path)
    except OSError as exc:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "ReportButton", "The report could not be saved there ({reason}). Choose another "
            "folder, or copy the report instead.").format(reason=exc.strerror or exc))


class ProblemPanel(QFrame):
    """What went wrong, with "Download again" and "Report".

    Signals:
        redownload_requested(): the person asked for the file again.
    """

    redownload_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("problemPanel")
        self.setStyleSheet(f"#problemPanel {{ border: 1px solid {PROBLEM_COLOUR};"
                           " border-radius: 4px; background: palette(base); }")
        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.redownload = QPushButton()
        self.redownload.clicked.connect(self.redownload_requested)
        self.report = ReportButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.redownload)
        buttons.addWidget(self.report)
        if compact:
            layout: QHBoxLayout | QVBoxLayout = QHBoxLayout(self)
            layout.addWidget(self.message, 1)
            layout.addLayout(buttons)
        else:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(16, 14, 16, 12)
            layout.addWidget(self.message)
            layout.addLayout(buttons)
            # A wrapped label in a centred box asks for little width: give it a page's.
            self.setFixedWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.redownload.setText(self.tr("Download again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
