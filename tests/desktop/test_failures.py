"""Failures are classified once (services/failures.py); the window and the command line
each word what they are told, so both know the same failures apart from bugs."""

from __future__ import annotations

import errno

import pytest

from desktop.cli.failures import explain
from desktop.cli.text import REFUSED, UNREACHABLE
from desktop.services.actions import ActionRefused
from desktop.services.cache import CacheCorrupt, CacheError, CacheKeyError, CacheLost
from desktop.services.credentials import CredentialsUnavailable
from desktop.services.embedded import EmbeddedPortalBusy, EmbeddedPortalError
from desktop.services.failures import Kind, classify
from desktop.services.portal_api import (
    PortalRefused,
    PortalUnreachable,
    SessionExpired,
    TooManyAttempts,
)
from desktop.services.sync import MassDeletion
from desktop.services.trust import TrustError
from desktop.services.workspace import SignInError
from desktop.views.runtime.failures import describe

CASES: list[tuple[BaseException, Kind | None]] = [
    (PortalUnreachable("timed out"), Kind.UNREACHABLE),
    (SessionExpired(401, {"code": "unauthorized"}), Kind.SESSION_EXPIRED),
    (TooManyAttempts(429, {"code": "login_attempts_exceeded"}, 90), Kind.TOO_MANY_ATTEMPTS),
    (PortalRefused(409, {"code": "version_conflict", "title": "Changed meanwhile"}),
     Kind.PORTAL_REFUSED),
    (SignInError("not_staff", "not on any staff"), Kind.SIGN_IN),
    (ActionRefused("pending", "a decision waits"), Kind.ACTION_REFUSED),
    (CredentialsUnavailable("the file is locked", locked=True), Kind.KEYRING_LOCKED),
    (CacheKeyError("wrong key"), Kind.CACHE_KEY),
    (CacheLost("gone"), Kind.CACHE_LOST),
    (CacheCorrupt("damaged"), Kind.CACHE_CORRUPT),
    (CacheError("backup failed"), Kind.CACHE_UNUSABLE),
    (Exception("(sqlite3.OperationalError) database is locked"), Kind.CACHE_BUSY),
    (OSError(errno.ENOSPC, "No space left on device"), Kind.DISK_FULL),
    (PermissionError(errno.EACCES, "Permission denied", "contract.pdf"), Kind.FILE),
    (MassDeletion(90, 100), Kind.MASS_DELETION),
    (EmbeddedPortalBusy("starting", []), Kind.SANDBOX_BUSY),
    (EmbeddedPortalError("exited", ["Traceback", "ImportError: uvicorn"]), Kind.SANDBOX_FAILED),
    (TrustError("no trusted root"), Kind.WORDED),
    (KeyError("a bug"), None),
]


@pytest.mark.parametrize(("error", "kind"), CASES)
def test_each_failure_is_classified_once(error: BaseException, kind: Kind | None) -> None:
    assert classify(error) is kind


@pytest.mark.parametrize(("error", "kind"), CASES)
def test_the_window_and_the_command_line_tell_known_failures_from_bugs(
        error: BaseException, kind: Kind | None) -> None:
    window, command = describe(error), explain(error)
    # The window shows a file or database failure it has no words for as a bug, with its
    # report; `sync` asks about a mass deletion before the command line would tell it.
    assert window.known == (kind not in (None, Kind.FILE, Kind.CACHE_UNUSABLE))
    assert (command is not None) == (kind not in (None, Kind.MASS_DELETION))
    if command is not None:
        expected = UNREACHABLE if kind in (Kind.UNREACHABLE, Kind.SANDBOX_BUSY) else REFUSED
        assert command.exit_code == expected
        assert str(command)


def test_a_wrong_password_is_told_as_one_on_the_command_line() -> None:
    failure = explain(SessionExpired(401, {"code": "invalid_credentials"}))
    assert failure is not None and str(failure) == "Wrong login or password."
