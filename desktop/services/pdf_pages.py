"""Page footers that know the page count ("page 2 of 3") for the PDFs the client makes.

reportlab learns how many pages a document has only at its end, so the canvas keeps each
finished page's state and draws every footer then (reportlab's two-pass recipe).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

# Draws one page's footer on the canvas: (canvas, page number from 1, page count).
Footer = Callable[[Canvas, int, int], None]


class FooterCanvas(Canvas):
    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            self._footer(self, number, total)
            self.restoreState()
            super().showPage()
        super().save()


def canvasmaker(footer: Footer) -> Callable[..., Canvas]:
    """What a DocTemplate's build() takes as `canvasmaker`, for this footer."""

    def make(*args: Any, **kwargs: Any) -> Canvas:
        return FooterCanvas(*args, footer=footer, **kwargs)

    return make
