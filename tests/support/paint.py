"""Waiting for a widget's paint, for the start guard and the benchmarks that time what
a person sees."""

from __future__ import annotations

from collections.abc import Callable


def wait_for_paint(app: object, widget: object, *, repaint: bool = False,
                   on_paint: Callable[[], None] | None = None) -> None:
    """Process events until `widget` has painted (after an update, with `repaint`);
    `on_paint` is called as the paint begins."""
    from PySide6.QtCore import QEvent, QObject  # Qt only where a widget is shown

    painted: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(True)
                if on_paint is not None:
                    on_paint()
            return False

    watch = Watch()
    widget.installEventFilter(watch)  # type: ignore[attr-defined]
    if repaint:
        widget.update()  # type: ignore[attr-defined]
    while not painted:
        app.processEvents()  # type: ignore[attr-defined]
    widget.removeEventFilter(watch)  # type: ignore[attr-defined]
