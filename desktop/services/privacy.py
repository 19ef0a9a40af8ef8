"""Personal data out of logs, crash reports and diagnostics.

Whatever the desk writes for support passes through one `Masker` first. It replaces, by
pattern, 12-digit runs (IINs and BINs), Kazakh phone numbers and e-mail addresses; and,
word by word, every personal name the desk has learnt: children, parents and staff as they
arrive in the portal's feed (`learn_from`, called by the sync engine on every page, and on
sign-in with the portal's word about the user) and as they already sit in a cache opened
from disk (`learn_cached`). Names are learnt word by word, so "Сейткали Гүлнар" is masked
whether a line carries the whole name, the surname alone or the name in capitals, as a
certificate writes it.

Code should still log ids, not names; the masker is the net under that rule, not a
licence to break it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

IIN = "[IIN]"
PHONE = "[phone]"
EMAIL = "[e-mail]"
NAME = "[name]"

# A 12-digit run not inside a longer one: an IIN or a BIN (and, harmlessly, the odd
# 12-digit run of a hash).
_IIN = re.compile(r"(?<!\d)\d{12}(?!\d)")
# +7 747 123 45 67, 8 (747) 123-45-67, 87471234567, +77471234567.
_PHONE = re.compile(r"(?<![\d+])(?:\+7|8|7)[ \-(]{0,2}\d{3}[ \-)]{0,2}\d{3}[ \-]?\d{2}[ \-]?"
                    r"\d{2}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"\w+")

# The fields of the portal's objects that hold a person's name.
_NAME_FIELDS = frozenset({"last_name", "first_name", "patronymic", "actor_name"})
# Signatures name their signer under "name" (the certificate's common name).
_SIGNER_FIELDS = frozenset({"parent_signer", "director_signer", "signer"})


class Masker:
    """Masks personal data in text; safe to use from any thread while names are learnt."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # Replaced, never changed in place, so a reader never sees it half-updated.
        self._names: frozenset[str] = frozenset()

    @property
    def known_names(self) -> int:
        return len(self._names)

    def learn(self, names: Iterable[str]) -> None:
        """Mask these names from now on; each word of a name on its own."""
        words = words_of(names)
        if not words or words <= self._names:
            return
        with self._lock:
            self._names = self._names | words

    def learn_from(self, data: Any) -> None:
        """Learn the names in one of the portal's objects (a request, a kindergarten, a
        contract, the user's own record), however deep they sit."""
        self.learn(names_in(data))

    def forget(self) -> None:
        with self._lock:
            self._names = frozenset()

    def mask(self, text: str) -> str:
        text = _EMAIL.sub(EMAIL, text)
        text = _IIN.sub(IIN, text)
        text = _PHONE.sub(PHONE, text)
        names = self._names
        if names:
            text = _WORD.sub(lambda m: NAME if m.group().casefold() in names else m.group(),
                             text)
        return text


def names_in(data: Any) -> Iterator[str]:
    """The personal names in a JSON-like value from the portal."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _NAME_FIELDS and isinstance(value, str):
                # The portal itself acts in the journal too; its name is nobody's.
                if key != "actor_name" or data.get("actor_kind") != "portal":
                    yield value
            elif key in _SIGNER_FIELDS and isinstance(value, dict) and \
                    isinstance(value.get("name"), str):
                yield value["name"]
                yield from names_in(value)
            else:
                yield from names_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from names_in(item)


# The one masker of the process: logging, crash reports and diagnostics all use it.
MASKER = Masker()


def mask(text: str) -> str:
    return MASKER.mask(text)


# The cache's meta row (desktop.services.cache.meta) holding the words of every name the
# sync has learnt: read in one query when a cache opens, where reading the names out of
# every request's JSON takes half a second for ten thousand requests.
PEOPLE_META = "people"


def words_of(names: Iterable[str]) -> set[str]:
    """The words a name is masked by (each word of each name, case-folded)."""
    return {word.casefold() for name in names for word in _WORD.findall(str(name))
            if len(word) > 1 and not word.isdigit()}


def learn_cached(connection: Any) -> None:
    """Learn the names already in a cache, from a DB-API connection to it: the words the
    sync kept, and the children's names column. A cache no sync has kept the words in yet
    (synced by an older version) is read whole, once per opening until its next sync."""
    row = connection.execute("SELECT value FROM meta WHERE key = ?",
                             (PEOPLE_META,)).fetchone()
    MASKER.learn(str(name) for (name,) in connection.execute(
        "SELECT child_name FROM requests"))
    if row is not None:
        MASKER.learn(_json(row[0]).get("v") or [])
        return
    MASKER.learn(cached_names(connection))


def cached_names(connection: Any) -> set[str]:
    """Every personal name in the portal's objects a cache keeps whole (as JSON), read out
    of them all."""
    names: set[str] = set()
    rows = connection.execute(
        "SELECT json_extract(data, '$.parent.last_name'),"
        " json_extract(data, '$.parent.first_name'), json_extract(data, '$.parent.patronymic')"
        " FROM requests").fetchall()
    names.update(str(value) for row in rows for value in row if value)
    rows = connection.execute(
        "SELECT DISTINCT json_extract(entry.value, '$.actor_name') FROM requests,"
        " json_each(requests.data, '$.history') AS entry"
        " WHERE json_extract(entry.value, '$.actor_kind') != 'portal'").fetchall()
    names.update(str(row[0]) for row in rows if row[0])
    for table in ("kindergartens", "contracts"):
        for (data,) in connection.execute(f"SELECT data FROM {table}"):
            names.update(names_in(_json(data)))
    return names


def _json(value: Any) -> Any:
    import json

    return json.loads(value) if isinstance(value, str | bytes) else value
