"""The bundled DejaVu fonts, registered with reportlab for the PDFs the client makes.

reportlab's built-in PDF fonts (Helvetica, Times) have no Cyrillic at all, so a name such as
«Нұрсұлтан Өмірзақұлы» would print as empty boxes; DejaVu has every Kazakh and Russian
letter (resources/fonts/README.md). The files sit beside the sources, or inside a
PyInstaller bundle (`program_files`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.services.program_files import resources_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"

# reportlab's registry is process-wide and PDFs are built on worker threads: two threads
# registering at once could both parse the 700 KB file and race on the registry.
_lock = threading.Lock()


@dataclass(frozen=True)
class PdfFont:
    """A regular and a bold face registered with reportlab, by their reportlab names."""

    regular: str
    bold: str


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_path(name: str) -> Path:
    """The TTF file of a bundled font, by its reportlab name (e.g. "DejaVuSans")."""
    return fonts_dir() / f"{name}.ttf"


def register(name: str) -> str:
    """Register a bundled font with reportlab once; returns the name to draw with."""
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    return name


def _family(regular: str, bold: str) -> PdfFont:
    register(regular)
    register(bold)
    with _lock:
        # So that <b> in a Paragraph picks the bold face rather than a Type 1 font.
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)
    return PdfFont(regular, bold)


def sans() -> PdfFont:
    return _family(SANS, SANS_BOLD)


def serif() -> PdfFont:
    return _family(SERIF, SERIF_BOLD)
