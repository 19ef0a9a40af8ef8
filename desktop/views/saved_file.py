"""Where a file was just saved, with buttons that open it or its folder: a PDF or a
spreadsheet saved without a word leaves the person looking for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

# Called by this name, so lupdate finds the strings with their explicit context.
translate = QCoreApplication.translate


def saved_notice(parent: QWidget | None, path: Path, text: str) -> QMessageBox:
    """Where a file was saved, with buttons that open it or the folder it is in (the
    person's programs for PDFs and spreadsheets, and their file manager)."""
    box = QMessageBox(QMessageBox.Icon.Information, translate("SavedFile", "Saved"), text,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("savedNotice")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_file = box.addButton(translate("SavedFile", "Open file"),
                              QMessageBox.ButtonRole.ActionRole)
    show_folder = box.addButton(translate("SavedFile", "Show in folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Close)

    def clicked(button: object) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif button is show_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    box.buttonClicked.connect(clicked)
    # Kept until answered: a notice without a parent window is Python's to keep alive.
    _OPEN.append(box)

    def closed() -> None:
        if box in _OPEN:
            _OPEN.remove(box)
        box.deleteLater()

    box.finished.connect(lambda _result: closed())
    box.open()
    return box


_OPEN: list[QMessageBox] = []
