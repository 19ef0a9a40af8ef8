"""Known environmental failures told apart from bugs (qutebrowser, Anki), once for the
window and the command line.

A portal that cannot be reached, a full disk or a locked cache are part of life at a
kindergarten with a poor link. `classify` names the kind of such a failure; whoever shows
it words it for a person and decides what follows (the window, views/runtime/failures.py: a
message; the command line, cli/failures.py: a message and an exit code). An error it does
not know is a bug, and keeps its traceback for a report.
"""

from __future__ import annotations

import errno
import sys
from enum import Enum
from typing import Any

from desktop.services.cache import CacheCorrupt, CacheError, CacheKeyError, CacheLost
from desktop.services.credentials import CredentialsUnavailable
from desktop.services.embedded import EmbeddedPortalBusy, EmbeddedPortalError
from desktop.services.portal_api import (
    PortalRefused,
    PortalUnreachable,
    SessionExpired,
    TooManyAttempts,
)
from desktop.services.workspace import SignInError


class Kind(Enum):
    UNREACHABLE = "unreachable"  # no answer from the portal; the work waits here
    SESSION_EXPIRED = "session_expired"  # the portal no longer takes this sign-in
    TOO_MANY_ATTEMPTS = "too_many_attempts"  # the portal takes no log-in for a while
    PORTAL_REFUSED = "portal_refused"  # any other refusal, with the portal's problem
    SIGN_IN = "sign_in"  # signing in is not possible (SignInError's code says why)
    ACTION_REFUSED = "action_refused"  # a staff action the client will not record
    KEYRING = "keyring"  # the system's password store cannot be used
    KEYRING_LOCKED = "keyring_locked"  # the secrets' file opens only with a password sign-in
    CACHE_KEY = "cache_key"  # the local data does not open with its key
    CACHE_LOST = "cache_lost"  # the local data is gone, its key still kept
    CACHE_CORRUPT = "cache_corrupt"  # the local data is damaged
    CACHE_BUSY = "cache_busy"  # SQLite: another process holds the local data
    CACHE_UNUSABLE = "cache_unusable"  # any other failure of the local data's database
    DISK_FULL = "disk_full"
    FILE = "file"  # any other failure to read or write a file
    MASS_DELETION = "mass_deletion"  # the sync stopped to ask before deleting most data
    SANDBOX_BUSY = "sandbox_busy"  # another process is still starting the embedded portal
    SANDBOX_FAILED = "sandbox_failed"  # the embedded portal did not start
    WORDED = "worded"  # a service's refusal that says in the person's language what to do


# The EDS service words its own failures (and translates them): what is wrong with the key
# and what to do about it. So do the contract workflow's checks: the signatures, the trust
# store, the template, and the flow's own steps.
_WORDED_ERRORS = (("desktop.services.eds", "EdsError"),
                  ("desktop.services.signature_checks", "SignatureError"),
                  ("desktop.services.trust", "TrustError"),
                  ("desktop.services.templates", "TemplateError"),
                  ("desktop.services.contract_flow", "FlowError"))


def _raised(error: BaseException, module: str, name: str) -> bool:
    """Whether `error` is `module`'s exception `name`. Looked up, not imported: when the
    module was never loaded this is not its error, and loading it (SQLAlchemy, pyHanko,
    reportlab) would slow every start."""
    kind: Any = getattr(sys.modules.get(module), name, None)
    return isinstance(kind, type) and isinstance(error, kind)


def _disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    return "database or disk is full" in str(error)


def _cache_busy(error: BaseException) -> bool:
    return "database is locked" in str(error) or "database is busy" in str(error)


def classify(error: BaseException) -> Kind | None:
    """The kind of a known failure, or None for a bug."""
    if isinstance(error, SessionExpired):
        return Kind.SESSION_EXPIRED
    if isinstance(error, TooManyAttempts):
        return Kind.TOO_MANY_ATTEMPTS
    if isinstance(error, PortalRefused):
        return Kind.PORTAL_REFUSED
    if isinstance(error, PortalUnreachable):
        return Kind.UNREACHABLE
    if isinstance(error, CredentialsUnavailable):
        return Kind.KEYRING_LOCKED if error.locked else Kind.KEYRING
    if isinstance(error, CacheKeyError):
        return Kind.CACHE_KEY
    if isinstance(error, CacheLost):
        return Kind.CACHE_LOST
    if isinstance(error, CacheCorrupt):
        return Kind.CACHE_CORRUPT
    if _raised(error, "desktop.services.sync", "MassDeletion"):
        return Kind.MASS_DELETION
    if isinstance(error, SignInError):
        return Kind.SIGN_IN
    if _raised(error, "desktop.services.actions", "ActionRefused"):
        return Kind.ACTION_REFUSED
    if isinstance(error, EmbeddedPortalBusy):
        return Kind.SANDBOX_BUSY
    if isinstance(error, EmbeddedPortalError):
        return Kind.SANDBOX_FAILED
    if _disk_full(error):
        return Kind.DISK_FULL
    if _cache_busy(error):
        return Kind.CACHE_BUSY
    if any(_raised(error, module, name) for module, name in _WORDED_ERRORS):
        return Kind.WORDED
    if isinstance(error, OSError):
        return Kind.FILE
    if isinstance(error, CacheError) or _raised(error, "sqlalchemy.exc", "DatabaseError"):
        return Kind.CACHE_UNUSABLE
    return None
