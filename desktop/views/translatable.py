"""`QT_TRANSLATE_NOOP` with honest types.

PySide6 declares its QT_TRANSLATE_NOOP as returning `object`, which makes every table of
marked strings a type error. lupdate finds the marker by its name in the source, so this
function, called the same, marks strings just as well and returns them as `str`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context`; translate it later with
    QCoreApplication.translate(context, source)."""
    return source
