"""Telling known environmental failures apart from bugs (qutebrowser, Anki).

A portal that cannot be reached, a full disk or a locked cache are part of life at a
kindergarten with a poor link: they get a message in the person's language that says what
happened and what to do. Anything else is a bug and gets the error dialog with a report.
"""

from __future__ import annotations

import errno
import sys
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication

from desktop.services import counts
from desktop.services.cache import CacheCorrupt, CacheKeyError, CacheLost
from desktop.services.credentials import CredentialsUnavailable
from desktop.services.embedded import EmbeddedPortalBusy, EmbeddedPortalError
from desktop.services.portal_api import (
    PortalRefused,
    PortalUnreachable,
    SessionExpired,
    TooManyAttempts,
)
from desktop.services.workspace import SignInError

if TYPE_CHECKING:
    from desktop.services.actions import ActionRefused

# Called by this name, so lupdate finds the strings with their explicit context.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Failure:
    """A task's failure as a person and a report see it."""

    error: BaseException
    message: str  # translated, for the person in front of the screen
    known: bool  # an environmental failure, not a bug
    details: str  # the traceback, for a report

    @property
    def code(self) -> str:
        return str(getattr(self.error, "code", "") or type(self.error).__name__)


def _sign_in_message(code: str) -> str:
    messages = {
        "not_staff": translate(
            "Failures", "This account is not on any kindergarten's staff."),
        "no_previous_user": translate(
            "Failures", "Nobody has signed in on this computer yet: sign in online first."),
        "no_cache": translate(
            "Failures", "There is no saved data for the last user on this computer: sign in "
            "online first."),
        "wrong_password": translate("Failures", "The password is wrong."),
        "password_required": translate(
            "Failures", "The portal cannot be reached: type your password to open the data "
            "saved on this computer."),
        "role_not_granted": translate(
            "Failures", "The portal has not granted you this role: choose one of the roles "
            "in Session › Act as."),
        "no_offline_password": translate(
            "Failures", "You have not signed in on this computer with a password yet, so the "
            "saved data cannot be opened while the portal is away."),
    }
    return messages.get(code, translate("Failures", "Signing in is not possible."))


def _action_message(error: ActionRefused) -> str:
    messages = {
        "pending": translate(
            "Failures", "A decision on this request is already waiting to be sent to the "
            "portal."),
        "not_allowed_in_status": translate(
            "Failures", "The request is no longer waiting for a decision."),
        "already_decided": translate("Failures", "The request has been decided already."),
        "comment_required": translate("Failures", "Please add a comment."),
        "not_found": translate("Failures", "The request is not in the local data any more."),
    }
    return messages.get(error.code, str(error))


def _raised(error: BaseException, module: str, name: str) -> bool:
    """Whether `error` is `module`'s exception `name`. Looked up, not imported: when the
    module was never loaded this is not its error, and loading it (SQLAlchemy, pyHanko,
    reportlab) would slow every start."""
    kind: Any = getattr(sys.modules.get(module), name, None)
    return isinstance(kind, type) and isinstance(error, kind)


# The EDS service words its own failures (and translates them): what is wrong with the key
# and what to do about it. So do the contract workflow's checks: the signatures, the trust
# store, the template, and the flow's own steps.
_WORDED_ERRORS = (("desktop.services.eds", "EdsError"),
                  ("desktop.services.signatures", "SignatureError"),
                  ("desktop.services.trust", "TrustError"),
                  ("desktop.services.templates", "TemplateError"),
                  ("desktop.services.contract_flow", "FlowError"))


def _worded(error: BaseException) -> str | None:
    if any(_raised(error, module, name) for module, name in _WORDED_ERRORS):
        return str(error)
    return None


def _disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    return "database or disk is full" in str(error)


def _cache_busy(error: BaseException) -> bool:
    return "database is locked" in str(error) or "database is busy" in str(error)


def known_message(error: BaseException) -> str | None:
    """The friendly message of a known failure, or None for a bug."""
    if isinstance(error, SessionExpired):
        return translate(
            "Failures", "Your session on the portal has ended. Please sign in again; nothing "
            "you did is lost.")
    if isinstance(error, PortalUnreachable):
        return translate(
            "Failures", "The portal cannot be reached. Your work is kept on this computer and "
            "will be sent when the connection returns.")
    if isinstance(error, TooManyAttempts):
        return translate(
            "Failures", "Too many failed sign-in attempts. Try again in {wait}; until then the "
            "portal refuses even the right password.").format(
            wait=counts.minutes_to_wait(error.retry_after))
    if isinstance(error, PortalRefused):
        return error.title or translate(
            "Failures", "The portal refused the request ({code}).").format(code=error.code)
    if isinstance(error, CredentialsUnavailable) and error.locked:
        return translate(
            "Failures", "On this computer your sign-in is kept in a file that opens with "
            "your password: sign in with your login and password.")
    if isinstance(error, CredentialsUnavailable):
        return translate(
            "Failures", "The system's password store cannot be used, so the program cannot "
            "keep your sign-in safely. Unlock it (or ask your administrator) and try again.")
    if isinstance(error, CacheKeyError):
        return translate(
            "Failures", "The saved data on this computer cannot be opened with its key. Sign "
            "in online to download it again.")
    if isinstance(error, CacheLost):
        return translate(
            "Failures", "The saved data on this computer is missing or empty, though its key "
            "is still here: decisions made here and not yet sent may be lost with it. Nothing "
            "was created in its place: ask support before signing in again.")
    if isinstance(error, CacheCorrupt):
        return translate(
            "Failures", "The saved data on this computer is damaged. Sign in online to "
            "download it again; support can recover unsent work from the log folder.")
    if _raised(error, "desktop.services.sync", "MassDeletion"):
        # Not a bug: the sync stopped to ask first (the window asks; nothing was deleted).
        return translate(
            "Failures", "The portal's data would delete most of what is saved on this "
            "computer. Allow it only if you expect that (for example, a new school year).")
    if isinstance(error, SignInError):
        return _sign_in_message(error.code)
    if _raised(error, "desktop.services.actions", "ActionRefused"):
        return _action_message(cast("ActionRefused", error))
    if isinstance(error, EmbeddedPortalBusy):
        return translate(
            "Failures", "The built-in training portal is still being started by another "
            "Balabaqsha Desk window on this computer. Wait until it is ready and try again.")
    if isinstance(error, EmbeddedPortalError):
        return translate(
            "Failures", "The built-in training portal did not start. The details show what "
            "it printed.")
    if _disk_full(error):
        return translate(
            "Failures", "The disk is full. Free some space and try again; nothing has been "
            "lost.")
    if _cache_busy(error):
        return translate(
            "Failures", "The saved data is busy in another program. Is Balabaqsha Desk open "
            "twice? Close the other window and try again.")
    return _worded(error)


def describe(error: BaseException) -> Failure:
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    if isinstance(error, EmbeddedPortalError) and error.output:
        details += "\n" + "\n".join(error.output[-50:])
    message = known_message(error)
    if message is not None:
        return Failure(error, message, True, details)
    return Failure(error, translate(
        "Failures", "Something went wrong inside the program. Your work is kept. Please send "
        "the report to support."), False, details)
