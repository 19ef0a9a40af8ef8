"""Fonts that have every Kazakh letter.

Windows' UI fonts carry ә ғ қ ң ө ұ ү һ і; many Linux desktops and the offscreen platform do
not. The bundled DejaVu fonts are registered with the application, put behind the default
family as a substitution (Qt falls back to it glyph by glyph), and made the application
font outright when the default one lacks a Kazakh letter.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop.views.runtime import resources

log = logging.getLogger(__name__)

KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
FALLBACK_FAMILY = "DejaVu Sans"


def has_kazakh_letters(font: QFont) -> bool:
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(letter)) for letter in KAZAKH_LETTERS)


def install_fonts(app: QApplication) -> str:
    """Register the bundled fonts and make sure Kazakh renders; returns the UI family."""
    for path in sorted(resources.fonts_dir().glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load the font %s", path.name)
    font = app.font()
    QFont.insertSubstitution(font.family(), FALLBACK_FAMILY)
    if not has_kazakh_letters(font):
        size = font.pointSizeF()
        font = QFont(FALLBACK_FAMILY)
        if size > 0:
            font.setPointSizeF(size)
        app.setFont(font)
    return app.font().family()
