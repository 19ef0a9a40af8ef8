"""Counts in words with the right plural form (1 day, 3 дня, 5 дней).

lupdate gives a message plural forms only when it is a tr() inside a class, so the counts
that services put into their messages are made here, in the context "Counts".
"""

from __future__ import annotations

import math

from desktop.services.translation import CountedTexts


class Counts(CountedTexts):
    def days(self, n: int) -> str:
        text = self.tr("%n day(s)", "", n)
        # No translation installed (the command line loads none): Qt has only put the
        # number into the English source; write the English forms out.
        if "(s)" in text:
            return f"{n} day" if n == 1 else f"{n} days"
        return text

    def age_band(self, low: int, high: int) -> str:
        # The noun agrees with the last number: 0–1 год, 2–3 года, 3–5 лет.
        text = self.tr("{low}–%n year(s)", "ages of a group", high).format(low=low)
        if "(s)" in text:  # no translation installed, as in days()
            return text.replace("year(s)", "years")
        return text

    def minutes(self, n: int) -> str:
        text = self.tr("%n minute(s)", "", n)
        if "(s)" in text:
            return f"{n} minute" if n == 1 else f"{n} minutes"
        return text


_COUNTS = Counts()


def days(n: int) -> str:
    """`n` days, in the person's language: "1 day", "3 дня", "5 күн"."""
    return _COUNTS.days(n)


def age_band(low: int, high: int) -> str:
    """A group's ages, in the person's language: "2–3 years", "2–3 года", "2–3 жас"."""
    return _COUNTS.age_band(low, high)


def minutes(n: int) -> str:
    """`n` minutes, in the person's language: "1 minute", "3 минуты", "5 минут"."""
    return _COUNTS.minutes(n)


def minutes_to_wait(seconds: float | None) -> str:
    """A wait the portal gave in seconds (`Retry-After`), in whole minutes, rounded up;
    a quarter of an hour when it gave none (the portal's longest)."""
    return minutes(max(1, math.ceil((15 * 60 if seconds is None else seconds) / 60)))
