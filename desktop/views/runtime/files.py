"""A file the program just wrote, handed to the person: open it in the program the system
chooses, or show it in its folder (selected, where the file manager can do that), and the
message that offers both."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

# Called by this name, so lupdate finds the strings with their explicit context.
translate = QCoreApplication.translate


def open_file(path: Path) -> bool:
    """Open `path` with the program the system has for its type; False when none would."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """The file manager on `path`'s folder, the file selected where it can be."""
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{path}"])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    # Linux file managers differ in how they select a file; the folder is what they share.
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def documents_folder() -> Path:
    """Where a person looks for what a program saved for them: Documents, else home."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class SavedMessage(QMessageBox):
    """"Saved as …" with Open file, Show in folder and Close. Non-modal (`open()`): the
    buttons act and the message closes."""

    def __init__(self, parent: QWidget | None, title: str, text: str, path: Path, *,
                 can_open: bool = True) -> None:
        super().__init__(QMessageBox.Icon.Information, title, text,
                         QMessageBox.StandardButton.Close, parent)
        self.path = path
        self.open_button = self.addButton(translate("Files", "Open file"),
                                          QMessageBox.ButtonRole.ActionRole)
        self.open_button.setVisible(can_open)
        self.folder_button = self.addButton(translate("Files", "Show in folder"),
                                            QMessageBox.ButtonRole.ActionRole)
        self.setDefaultButton(QMessageBox.StandardButton.Close)
        self.open_button.clicked.connect(lambda: self._opened(open_file(path)))
        self.folder_button.clicked.connect(lambda: self._opened(show_in_folder(path)))

    def _opened(self, ok: bool) -> None:
        if not ok:
            QMessageBox.warning(self, self.windowTitle(), translate(
                "Files", "The system has no program to open this. The file is here: {path}")
                .format(path=self.path))


def offer_saved_file(parent: QWidget | None, path: Path, title: str = "",
                     text: str = "", *, can_open: bool = True) -> SavedMessage:
    """Tell that `path` was saved and offer to open it or show it in its folder."""
    message = SavedMessage(
        parent, title or translate("Files", "Saved"),
        text or translate("Files", "Saved as {path}.").format(path=path), path,
        can_open=can_open)
    message.open()
    return message
