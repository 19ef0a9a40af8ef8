"""What the window tells a person about a failure: a known one (services/failures.py
classifies them) gets a message in their language that says what happened and what to do;
anything else is a bug and gets the error dialog with a report. A kind the window has no
words for (a file or database failure other than a full disk or a busy cache) is shown as a
bug too, with its report.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.services import counts
from desktop.services.embedded import EmbeddedPortalError
from desktop.services.failures import Kind, classify
from desktop.services.portal_api import PortalRefused, TooManyAttempts

if TYPE_CHECKING:
    from desktop.services.actions import ActionRefused
    from desktop.services.workspace import SignInError

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


def _sign_in_message(error: SignInError) -> str:
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
    return messages.get(error.code, translate("Failures", "Signing in is not possible."))


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


def _too_many_attempts(error: TooManyAttempts) -> str:
    return translate(
        "Failures", "Too many failed sign-in attempts. Try again in {wait}; until then the "
        "portal refuses even the right password.").format(
        wait=counts.minutes_to_wait(error.retry_after))


def _portal_refused(error: PortalRefused) -> str:
    return error.title or translate(
        "Failures", "The portal refused the request ({code}).").format(code=error.code)


# What the window says of each kind it words; the error gives the details.
_WORDING: dict[Kind, Callable[[Any], str]] = {
    Kind.SESSION_EXPIRED: lambda _: translate(
        "Failures", "Your session on the portal has ended. Please sign in again; nothing "
        "you did is lost."),
    Kind.UNREACHABLE: lambda _: translate(
        "Failures", "The portal cannot be reached. Your work is kept on this computer and "
        "will be sent when the connection returns."),
    Kind.TOO_MANY_ATTEMPTS: _too_many_attempts,
    Kind.PORTAL_REFUSED: _portal_refused,
    Kind.KEYRING_LOCKED: lambda _: translate(
        "Failures", "On this computer your sign-in is kept in a file that opens with "
        "your password: sign in with your login and password."),
    Kind.KEYRING: lambda _: translate(
        "Failures", "The system's password store cannot be used, so the program cannot "
        "keep your sign-in safely. Unlock it (or ask your administrator) and try again."),
    Kind.CACHE_KEY: lambda _: translate(
        "Failures", "The saved data on this computer cannot be opened with its key. Sign "
        "in online to download it again."),
    Kind.CACHE_LOST: lambda _: translate(
        "Failures", "The saved data on this computer is missing or empty, though its key "
        "is still here: decisions made here and not yet sent may be lost with it. Nothing "
        "was created in its place: ask support before signing in again."),
    Kind.CACHE_CORRUPT: lambda _: translate(
        "Failures", "The saved data on this computer is damaged. Sign in online to "
        "download it again; support can recover unsent work from the log folder."),
    # Not a bug: the sync stopped to ask first (the window asks; nothing was deleted).
    Kind.MASS_DELETION: lambda _: translate(
        "Failures", "The portal's data would delete most of what is saved on this "
        "computer. Allow it only if you expect that (for example, a new school year)."),
    Kind.SIGN_IN: _sign_in_message,
    Kind.ACTION_REFUSED: _action_message,
    Kind.SANDBOX_BUSY: lambda _: translate(
        "Failures", "The built-in training portal is still being started by another "
        "Balabaqsha Desk window on this computer. Wait until it is ready and try again."),
    Kind.SANDBOX_FAILED: lambda _: translate(
        "Failures", "The built-in training portal did not start. The details show what "
        "it printed."),
    Kind.DISK_FULL: lambda _: translate(
        "Failures", "The disk is full. Free some space and try again; nothing has been "
        "lost."),
    Kind.CACHE_BUSY: lambda _: translate(
        "Failures", "The saved data is busy in another program. Is Balabaqsha Desk open "
        "twice? Close the other window and try again."),
    Kind.WORDED: str,
}


def known_message(error: BaseException) -> str | None:
    """The friendly message of a known failure, or None for a bug."""
    kind = classify(error)
    wording = _WORDING.get(kind) if kind is not None else None
    return wording(error) if wording is not None else None


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
