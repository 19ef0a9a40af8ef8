"""Every setting declared once, typed, with its default; stored with QSettings in an INI
file of the profile, so a profile folder carries its settings with it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    # Who the user is or where their key lies: left out of diagnostics sent to support.
    personal: bool = False


PORTAL_URL = Setting("portal/url", str, "")  # empty: the embedded sandbox
LANGUAGE = Setting("ui/language", str, "ru")
IDLE_LOCK_MINUTES = Setting("security/idle_lock_minutes", int, 15)
SYNC_INTERVAL_SECONDS = Setting("sync/interval_seconds", int, 300)
LAST_LOGIN = Setting("session/last_login", str, "", personal=True)
LAST_ACCOUNT_ID = Setting("session/last_account_id", int, 0)
LAST_KINDERGARTEN_ID = Setting("session/last_kindergarten_id", int, 0)
LAST_ROLE = Setting("session/last_role", str, "")
LAST_KEY_PATH = Setting("eds/last_key_path", str, "", personal=True)
# Sign-in secrets in a file encrypted with the user's password, chosen where the computer
# has no OS keyring (services/credentials.py).
SECRETS_IN_FILE = Setting("security/secrets_in_file", bool, False)
# The enrollment order dialog: the last order's number (the next is suggested from it) and
# the language orders are written in ("kk", "ru" or "bilingual").
LAST_ORDER_NUMBER = Setting("orders/last_number", str, "")
ORDER_LANGUAGE = Setting("orders/language", str, "bilingual")
# Notices in the system tray of new requests and near deadlines (views/runtime/tray.py).
TRAY_NOTICES = Setting("notifications/tray", bool, True)
# A time-stamp authority (RFC 3161) for PAdES B-T countersignatures; empty: baseline B.
TSA_URL = Setting("eds/tsa_url", str, "")
LANGUAGES = ("kk", "ru", "en")


class Settings:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)
        self._held: dict[str, Any] = {}

    def hold(self, setting: Setting[T], value: T) -> None:
        """`value` for this run only, not written: an option of one command (`--lang`)
        must not change what the window shows next time."""
        self._held[setting.key] = value

    def get(self, setting: Setting[T]) -> T:
        raw: Any = self._held.get(setting.key, self._store.value(setting.key, setting.default))
        if setting.type is bool and isinstance(raw, str):
            return raw.lower() in ("true", "1", "yes")  # type: ignore[return-value]
        try:
            return setting.type(raw)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)
        self._store.sync()

    def stored(self) -> dict[str, Any]:
        """Every key in the file with its stored value, Qt's blobs included."""
        return {key: self._store.value(key) for key in self._store.allKeys()}

    def raw(self, key: str, default: Any = None) -> Any:
        """Window geometry and other Qt-owned blobs."""
        return self._store.value(key, default)

    def set_raw(self, key: str, value: Any) -> None:
        self._store.setValue(key, value)

    def remove(self, key: str) -> None:
        self._store.remove(key)
        self._store.sync()


def web_address(text: str) -> str | None:
    """`text` as an http(s) address with a host, without a trailing slash; None when it is
    not one. The one rule for the portal's and the time-stamp server's addresses, in the
    window and on the command line, so a typo is never kept as an address."""
    url = text.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        return None
    return url.rstrip("/")
