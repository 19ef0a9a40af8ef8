"""Secrets in the OS keyring: refresh tokens, cache keys and the password verifiers that
let a user sign in offline.

On Windows that is the Credential Manager, on Linux the Secret Service. Tests install an
in-memory or file backend through `keyring.set_keyring` or PYTHON_KEYRING_BACKEND.

Where there is no keyring (a bare Linux, a Windows policy that forbids it) and the person
agreed to it, the same secrets go to a file instead (`use_file`), one per login, encrypted
with AES-GCM under a key derived from the user's password with Argon2id (`FileVault`). It
opens only with that password, so in that mode every start asks for it and a key-only
sign-in needs a password sign-in first; and whoever has the file can try passwords against
it at Argon2id's cost, which a keyring's OS protection would spare.

keyring (which looks its backends up through the installed packages' metadata) and argon2
load when a secret is first asked for, on the sign-in's worker: not with every window.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.services.files import write_atomically

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
    """The OS keyring cannot be used (no backend, locked, refused); `backend` names it.
    `locked`: the secrets are in the encrypted file, which only a password sign-in opens."""

    def __init__(self, message: str, *, locked: bool = False) -> None:
        super().__init__(message)
        self.locked = locked
        self.backend = FILE_BACKEND if locked else backend_name()


FILE_BACKEND = "encrypted file"
_VAULT_FORMAT = 1
_VAULT_AAD = b"Balabaqsha Desk secrets 1"


class FileVault:
    """One login's secrets in a file, encrypted under its password (see the module's
    docstring). Opened with the password, it keeps the derived key, not the password, and
    writes the whole file again on each change (whole or not at all)."""

    def __init__(self, path: Path, login: str, key: bytes, salt: bytes,
                 secrets_: dict[str, str], *, replaces: bool = False) -> None:
        self.path = path
        self.login = login
        self._key = key
        self._salt = salt
        self._secrets = secrets_
        # The file there did not open with this password: it is written over only once the
        # portal has accepted the password (a changed password), never by a wrong one.
        self.replaces = replaces

    @classmethod
    def open(cls, folder: Path, login: str, password: str) -> FileVault:
        path = vault_file(folder, login)
        if path.exists():
            stored = json.loads(path.read_text("utf-8"))
            salt = _unb64(stored["salt"])
            key = _derive(password, salt, stored["kdf"])
            try:
                plain = _aead(key).decrypt(_unb64(stored["nonce"]), _unb64(stored["data"]),
                                           _VAULT_AAD)
            except Exception:  # cryptography's InvalidTag: not this password
                salt = secrets.token_bytes(16)
                return cls(path, login, _derive(password, salt), salt, {}, replaces=True)
            return cls(path, login, key, salt, dict(json.loads(plain)))
        salt = secrets.token_bytes(16)
        return cls(path, login, _derive(password, salt), salt, {})

    def get(self, name: str) -> str | None:
        return self._secrets.get(name)

    def set(self, name: str, value: str) -> None:
        self._secrets[name] = value
        self._save()

    def delete(self, name: str) -> None:
        if self._secrets.pop(name, None) is not None:
            self._save()

    def _save(self) -> None:
        nonce = secrets.token_bytes(12)
        data = _aead(self._key).encrypt(nonce, json.dumps(self._secrets).encode(), _VAULT_AAD)
        text = json.dumps({"format": _VAULT_FORMAT, "kdf": _KDF, "salt": _b64(self._salt),
                           "nonce": _b64(nonce), "data": _b64(data)})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, text.encode("utf-8"))
        self.replaces = False


# Argon2id with RFC 9106's low-memory profile, as for the password verifiers.
_KDF: dict[str, int] = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}


def _derive(password: str, salt: bytes, kdf: dict[str, Any] | None = None) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    params = kdf or _KDF
    return hash_secret_raw(password.encode(), salt, time_cost=int(params["time_cost"]),
                           memory_cost=int(params["memory_cost"]),
                           parallelism=int(params["parallelism"]), hash_len=32, type=Type.ID)


def _aead(key: bytes) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def vault_file(folder: Path, login: str) -> Path:
    """The file of one login's secrets (named by a digest: a login is an IIN)."""
    return folder / f"{hashlib.sha256(login.encode()).hexdigest()[:20]}.secrets"


# Where the secrets go: None while the OS keyring is used; the folder of the encrypted
# files once the person chose them (`use_file`), with the open vault after a password
# sign-in.
_files: Path | None = None
_vault: FileVault | None = None


def use_file(folder: Path) -> None:
    """Keep secrets in encrypted files in `folder` from now on (no OS keyring here)."""
    global _files, _vault
    if _files != folder:
        _files, _vault = folder, None


def use_keyring() -> None:
    global _files, _vault
    _files, _vault = None, None


def in_file() -> bool:
    """Whether the secrets are kept in an encrypted file rather than the OS keyring."""
    return _files is not None


def open_file(login: str, password: str) -> None:
    """Open `login`'s encrypted file with their password (no-op with the OS keyring)."""
    global _vault
    if _files is not None:
        _vault = FileVault.open(_files, login, password)


def close_file() -> None:
    global _vault
    _vault = None


def _locked() -> CredentialsUnavailable:
    return CredentialsUnavailable("the encrypted file of secrets opens with a password "
                                  "sign-in", locked=True)


@contextmanager
def _keyring() -> Iterator[None]:
    """A keyring that fails (no backend, locked, refused) raises CredentialsUnavailable."""
    from keyring.errors import KeyringError

    try:
        yield
    except (KeyringError, OSError) as exc:
        raise CredentialsUnavailable(str(exc) or type(exc).__name__) from exc


def _get(name: str) -> str | None:
    if _files is not None:
        # Locked, it knows nothing: no remembered sign-in, the password is asked for.
        return _vault.get(name) if _vault is not None else None
    import keyring

    with _keyring():
        return keyring.get_password(SERVICE, name)


def _set(name: str, value: str) -> None:
    if _files is not None:
        if _vault is None:
            raise _locked()
        _vault.set(name, value)
        return
    import keyring

    with _keyring():
        keyring.set_password(SERVICE, name, value)


def _delete(name: str) -> None:
    if _files is not None:
        if _vault is not None:
            _vault.delete(name)
        return
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
        # A file of secrets is there but this password does not open it: not the one.
        return False if _vault is not None and _vault.replaces else None
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


def _random_key(name: str, create: bool) -> str | None:
    key = _get(name)
    if key is None and create:
        key = secrets.token_hex(32)
        _set(name, key)
    return key


def cache_key(cache_name: str, *, create: bool) -> str | None:
    """The random key of one encrypted cache; made on first use when `create`."""
    return _random_key(f"cache:{cache_name}", create)


def documents_key(store_name: str, *, create: bool) -> str | None:
    """The random key of one store of downloaded documents (AES-256), kept as a cache's
    is; made on first use when `create`."""
    return _random_key(f"documents:{store_name}", create)


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


def keyring_works() -> bool:
    """Whether the OS keyring keeps secrets (`probe`), asked before any sign-in."""
    if _files is not None:
        return False
    try:
        probe()
    except CredentialsUnavailable:
        return False
    return True


def backend_name() -> str:
    if _files is not None:
        return FILE_BACKEND
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration must not hide the real message
        return "unknown"
    return f"{type(backend).__module__}.{type(backend).__name__}"
