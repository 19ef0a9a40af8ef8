"""Secrets in the OS keyring, never in a file: refresh tokens and cache keys.

On Windows that is the Credential Manager, on Linux the Secret Service. Tests install an
in-memory or file backend through `keyring.set_keyring` or PYTHON_KEYRING_BACKEND.
"""

from __future__ import annotations

import secrets

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "Balabaqsha Desk"


class CredentialsUnavailable(Exception):
    """The OS keyring cannot be used (no backend, locked, refused)."""


def _get(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError as exc:
        raise CredentialsUnavailable(str(exc)) from exc


def _set(name: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, name, value)
    except KeyringError as exc:
        raise CredentialsUnavailable(str(exc)) from exc


def _delete(name: str) -> None:
    try:
        keyring.delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass
    except KeyringError as exc:
        raise CredentialsUnavailable(str(exc)) from exc


def _token_name(portal_url: str, login: str) -> str:
    return f"refresh:{portal_url.rstrip('/')}:{login}"


def refresh_token(portal_url: str, login: str) -> str | None:
    return _get(_token_name(portal_url, login))


def store_refresh_token(portal_url: str, login: str, token: str) -> None:
    _set(_token_name(portal_url, login), token)


def forget_refresh_token(portal_url: str, login: str) -> None:
    _delete(_token_name(portal_url, login))


def cache_key(cache_name: str, *, create: bool) -> str | None:
    """The random key of one encrypted cache; made on first use when `create`."""
    name = f"cache:{cache_name}"
    key = _get(name)
    if key is None and create:
        key = secrets.token_hex(32)
        _set(name, key)
    return key


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"
