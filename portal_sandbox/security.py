"""Passwords, access tokens and refresh tokens.

Passwords are stored only as Argon2id hashes. Access tokens are short-lived, HMAC-signed
and checked without a database read; refresh tokens are random, stored hashed, and rotated
on every use. Token lifetimes follow real time, not the simulated clock: moving the
sandbox's calendar by a week must not log every client out.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from portal_sandbox.errors import Problem

# OWASP's Argon2id baseline (19 MiB, 2 passes): a sandbox on a modest office PC must stay
# responsive while it hashes, and this is still a real password hash.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def verify_password(stored: str | None, password: str) -> bool:
    """Whether the password matches; without a stored hash (an unknown login, an account
    with none) a stand-in is verified all the same, so the answer takes as long either way
    and its timing does not tell which logins exist."""
    if not stored:
        with contextlib.suppress(VerificationError, InvalidHashError):
            _hasher.verify(_dummy_hash(), password)
        return False
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def check_password_rules(password: str) -> None:
    if not 8 <= len(password) <= 40:
        raise Problem("invalid_password")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Principal:
    account_id: int
    roles: tuple[str, ...]
    kindergarten_id: int | None

    @property
    def key(self) -> str:
        return f"a{self.account_id}"


class TokenSigner:
    def __init__(self, secret: bytes, lifetime_seconds: int) -> None:
        self._secret = secret
        self.lifetime = lifetime_seconds

    def issue(self, principal: Principal) -> str:
        claims = {
            "sub": principal.account_id,
            "roles": list(principal.roles),
            "kg": principal.kindergarten_id,
            "exp": int(time.time()) + self.lifetime,
        }
        body = _b64(json.dumps(claims, separators=(",", ":")).encode())
        mac = hmac.new(self._secret, body.encode(), hashlib.sha256).digest()
        return f"{body}.{_b64(mac)}"

    def verify(self, token: str) -> Principal:
        body, _, mac = token.partition(".")
        try:
            expected = hmac.new(self._secret, body.encode(), hashlib.sha256).digest()
            # Compared as text, so only the canonical encoding of the MAC passes: base64
            # decoders ignore the spare low bits of the last character, which would let
            # several spellings of one token through.
            if not hmac.compare_digest(_b64(expected), mac):
                raise Problem("unauthorized")
            claims = json.loads(_unb64(body))
            if int(claims["exp"]) < time.time():
                raise Problem("token_expired")
            return Principal(
                account_id=int(claims["sub"]),
                roles=tuple(str(r) for r in claims["roles"]),
                kindergarten_id=claims.get("kg"),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise Problem("unauthorized") from exc


def new_refresh_token() -> tuple[str, str]:
    """A refresh token and the hash under which it is stored."""
    token = secrets.token_urlsafe(32)
    return token, refresh_token_hash(token)


def refresh_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
