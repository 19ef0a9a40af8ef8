"""The labels the windows share: bold headings, and wrapped plain-text messages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def bold_label(scale: float = 1.0, **properties: Any) -> QLabel:
    """A label in the bold font, `scale` times the usual size: 1.3 for the title of a page,
    less for a dialog's heading, 1 for the caption over a list. `properties` are QLabel's
    (wordWrap, alignment, ...)."""
    label = QLabel(**properties)
    font = label.font()
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def message_label() -> QLabel:
    """A wrapped plain-text label the person can select and copy from, hidden until there
    is something to say (a verdict, a refusal, where the training keys are)."""
    label = QLabel(wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label
