"""Counts in words with the right plural form (1 day, 3 дня, 5 дней).

lupdate gives a message plural forms only when it is a tr() inside a class, so the counts
that services put into their messages are made here, in the context "Counts".
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def days(self, n: int) -> str:
        text = self.tr("%n day(s)", "", n)
        # No translation installed (the command line loads none): Qt has only put the
        # number into the English source; write the English forms out.
        if "(s)" in text:
            return f"{n} day" if n == 1 else f"{n} days"
        return text


_counts: list[Counts] = []


def days(n: int) -> str:
    """`n` days, in the person's language: "1 day", "3 дня", "5 күн"."""
    if not _counts:
        _counts.append(Counts())
    return _counts[0].days(n)
