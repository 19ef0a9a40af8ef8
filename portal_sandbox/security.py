"""Passwords, access tokens and refresh tokens.

Passwords are stored only as Argon2id hashes. Access tokens are short-lived JWTs (RFC 7519,
HMAC-SHA256) checked without a database read; refresh tokens are random, stored hashed, and rotated
on every use. Token lifetimes follow real time, not the simulated clock: moving the
sandbox's calendar by a week must not log every client out.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import secrets
import time
from dataclasses import dataclass

import jwt
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


# Claims that name rows are bounded like row ids in paths (api/deps.RowId).
_ROW_ID_MAX = 2**31 - 1
_ALGORITHM = "HS256"


def _row_id(value: object) -> int:
    """A row id from a claim: a decimal string (`sub`, RFC 7519) or a whole number (`kg`)
    within the ids' range; anything else (a bool, a float, 2**63) is refused."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 10:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _ROW_ID_MAX:
        raise ValueError("not a row id")
    return value


class TokenSigner:
    """Access tokens as JWTs (RFC 7519, HS256) with `sub` (the account id), `roles`, `kg`
    (the kindergarten id or null), `iat` and `exp`; PyJWT checks the signature and the
    times, this class the shape of the claims."""

    def __init__(self, secret: bytes, lifetime_seconds: int) -> None:
        self._secret = secret
        self.lifetime = lifetime_seconds

    def issue(self, principal: Principal) -> str:
        now = int(time.time())
        claims = {
            "sub": str(principal.account_id),
            "roles": list(principal.roles),
            "kg": principal.kindergarten_id,
            "iat": now,
            "exp": now + self.lifetime,
        }
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def verify(self, token: str) -> Principal:
        try:
            # Only the canonical spelling of the signature: base64 decoders ignore the
            # spare low bits of its last character, which would let several spellings of
            # one token through.
            signature = token.rpartition(".")[2]
            if _b64(_unb64(signature)) != signature:
                raise Problem("unauthorized")
            claims = jwt.decode(token, self._secret, algorithms=[_ALGORITHM],
                                options={"require": ["sub", "exp", "iat"]})
            roles = claims.get("roles")
            if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
                raise ValueError("roles must be a list of names")
            kg = claims.get("kg")
            return Principal(
                account_id=_row_id(claims["sub"]),
                roles=tuple(roles),
                kindergarten_id=None if kg is None else _row_id(kg),
            )
        except jwt.ExpiredSignatureError as exc:
            raise Problem("token_expired") from exc
        # Whatever else a token holds (a claim of 1e400, a header that is not JSON) is
        # a token this portal did not issue.
        except (jwt.PyJWTError, ValueError, KeyError, TypeError, OverflowError) as exc:
            raise Problem("unauthorized") from exc


def new_refresh_token() -> tuple[str, str]:
    """A refresh token and the hash under which it is stored."""
    token = secrets.token_urlsafe(32)
    return token, refresh_token_hash(token)


def refresh_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
