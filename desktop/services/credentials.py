"""Secrets in the OS keyring, never in a file: refresh tokens, cache keys and the password
verifiers that let a user sign in offline.

On Windows that is the Credential Manager, on Linux the Secret Service. Tests install an
in-memory or file backend through `keyring.set_keyring` or PYTHON_KEYRING_BACKEND.

keyring (which looks its backends up through the installed packages' metadata) and argon2
load when a secret is first asked for, on the sign-in's worker: not with every window.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher

SERVICE = "Balabaqsha Desk"


@cache
def _hasher() -> PasswordHasher:
    # Argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile): a stolen keyring
    # entry costs an attacker 64 MiB and a few passes per guess, a person signing in 0.1 s.
    from argon2 import PasswordHasher

    return PasswordHasher()


class CredentialsUnavailable(Exception):
    """The OS keyring cannot be used (no backend, locked, refused); `backend` names it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.backend = backend_name()


@contextmanager
def _keyring() -> Iterator[None]:
    """A keyring that fails (no backend, locked, refused) raises CredentialsUnavailable."""
    from keyring.errors import KeyringError

    try:
        yield
    except (KeyringError, OSError) as exc:
        raise CredentialsUnavailable(str(exc) or type(exc).__name__) from exc


def _get(name: str) -> str | None:
    import keyring

    with _keyring():
        return keyring.get_password(SERVICE, name)


def _set(name: str, value: str) -> None:
    import keyring

    with _keyring():
        keyring.set_password(SERVICE, name, value)


def _delete(name: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    # Nothing to delete is not a failure (the inner suppress sees it first).
    with _keyring(), suppress(PasswordDeleteError):
        keyring.delete_password(SERVICE, name)


def _token_name(portal: str, login: str) -> str:
    return f"refresh:{portal.rstrip('/')}:{login}"


def _verifier_name(portal: str, login: str) -> str:
    return f"verifier:{portal.rstrip('/')}:{login}"


def refresh_token(portal: str, login: str) -> str | None:
    return _get(_token_name(portal, login))


def store_refresh_token(portal: str, login: str, token: str) -> None:
    _set(_token_name(portal, login), token)


def remember_password(portal: str, login: str, password: str) -> None:
    """Keep an Argon2id verifier of a password the portal has just accepted, so the same
    person can later sign in (and unlock an idle window) without the portal."""
    _set(_verifier_name(portal, login), _hasher().hash(password))


def check_password(portal: str, login: str, password: str) -> bool | None:
    """Whether `password` is the one last accepted online; None when none was kept (the
    user only ever signed in with a key, or on another computer)."""
    verifier = _get(_verifier_name(portal, login))
    if verifier is None:
        return None
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        _hasher().verify(verifier, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher().check_needs_rehash(verifier):
        # Parameters were raised since it was made: renew it while the password is at hand.
        remember_password(portal, login, password)
    return True


def forget_password(portal: str, login: str) -> None:
    _delete(_verifier_name(portal, login))


def cache_key(cache_name: str, *, create: bool) -> str | None:
    """The random key of one encrypted cache; made on first use when `create`."""
    name = f"cache:{cache_name}"
    key = _get(name)
    if key is None and create:
        key = secrets.token_hex(32)
        _set(name, key)
    return key


def probe() -> None:
    """Write, read back and delete a throw-away entry; CredentialsUnavailable if any step
    fails or the value does not come back (a backend that silently drops secrets)."""
    name = f"probe:{uuid.uuid4().hex}"
    value = secrets.token_hex(8)
    _set(name, value)
    try:
        if _get(name) != value:
            raise CredentialsUnavailable("a secret written to the keyring did not read back")
    finally:
        _delete(name)
    if _get(name) is not None:
        raise CredentialsUnavailable("a secret deleted from the keyring is still there")


def backend_name() -> str:
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration must not hide the real message
        return "unknown"
    return f"{type(backend).__module__}.{type(backend).__name__}"
