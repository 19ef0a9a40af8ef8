"""What the command line tells a person about a known failure (services/failures.py
classifies them): a message that says what happened and what to do, and the exit code.
Anything not known is a bug and keeps its traceback, so it can be reported."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.cli.text import REFUSED, UNREACHABLE, CliFailure
from desktop.services import counts, vocabulary
from desktop.services.credentials import CredentialsUnavailable, backend_name
from desktop.services.embedded import EmbeddedPortalError
from desktop.services.failures import Kind, classify
from desktop.services.portal_api import PortalRefused, SessionExpired, TooManyAttempts
from desktop.services.review_text import reason_text
from desktop.services.translation import translate

if TYPE_CHECKING:
    from desktop.services.actions import ActionRefused
    from desktop.services.workspace import SignInError


def unreachable_message(detail: str) -> str:
    return translate("cli", "The portal could not be reached ({detail}). Nothing is lost: the "
                     "work waits in the outbox and goes to the portal with the next "
                     "sync.").format(detail=detail)


def _sign_in(exc: SignInError) -> str:
    messages = {
        "no_previous_user": translate("cli", "Nobody has signed in with this profile yet: "
                                      "sign in first with `login LOGIN`."),
        "no_cache": translate("cli", "There is no local data for the last user on this portal "
                              "yet: sign in and sync while the portal can be reached."),
        "not_staff": translate("cli", "This account is not on any kindergarten's staff, so "
                               "the desk cannot be used with it."),
        "wrong_password": translate("cli", "The password is wrong. (The portal could not be "
                                    "reached, so it was checked against the one last used "
                                    "here.)"),
        "no_offline_password": translate("cli", "The portal could not be reached, and this "
                                         "user has never signed in here with a password, so "
                                         "they cannot be let in offline. Sign in once while "
                                         "the portal can be reached."),
        "password_required": translate("cli", "The password is needed: set "
                                       "BALABAQSHA_PASSWORD or run the command in a "
                                       "terminal."),
    }
    return messages.get(exc.code, str(exc))


def _action(exc: ActionRefused) -> str:
    messages = {
        "pending": translate("cli", "A decision on this request is already waiting to be sent "
                             "to the portal: sync first, or see `outbox`."),
        "already_decided": translate("cli", "This request is accepted already."),
        "comment_required": translate("cli", "A comment is needed: the reason “other” and "
                                      "every returned document need one."),
        "comment_too_long": translate("cli", "The comment is too long: the portal keeps at "
                                      "most {limit} characters. Shorten it and run the "
                                      "command again.").format(
                                          limit=exc.params.get("limit", "")),
    }
    if exc.code in messages:
        return messages[exc.code]
    if exc.code == "forbidden_role":
        return _role(exc)
    group = _group_action(exc)
    if group is not None:
        return group
    if exc.reasons:
        return "\n".join(reason_text(reason) for reason in exc.reasons)
    return translate("cli", "The decision cannot be recorded: {detail}.").format(detail=exc)


def _role(exc: ActionRefused) -> str:
    """A role the session does not act in: the window's rule (services/roles.py), told
    before anything is queued."""
    def named(codes: Any) -> str:
        return translate("cli", " or ").join(vocabulary.role(str(c)) for c in codes or ())

    needed, acting = exc.params.get("needed", ()), exc.params.get("acting", ())
    if not acting:
        return translate("cli", "This needs the role {needed}, and your role is not known on "
                         "this computer yet. Nothing was recorded: sign in once with `login "
                         "LOGIN` while the portal can be reached.").format(needed=named(needed))
    return translate("cli", "Your role ({acting}) does not allow this: it needs the role "
                     "{needed}. Nothing was recorded: sign in with `login LOGIN` as someone "
                     "who holds that role.").format(acting=named(acting), needed=named(needed))


def _group_action(exc: ActionRefused) -> str | None:
    """A refused group change, capacity, transfer or forecast: what is wrong and what to do.
    Nothing was queued."""
    p = exc.params
    messages = {
        "group_name_empty": lambda: translate("cli", "A group needs a name."),
        "group_name_taken": lambda: translate(
            "cli", "The kindergarten already has a group named “{name}”: choose another "
            "name.").format(name=p.get("name", "")),
        "ages_empty": lambda: translate(
            "cli", "The age band is empty: give it as FROM-TO, for example 3-4."),
        "ages_inverted": lambda: translate(
            "cli", "The age band {age_from}-{age_to} is inverted: the first age must not be "
            "above the second.").format(**p),
        "ages_out_of_range": lambda: translate(
            "cli", "Ages go from {low} to {high}.").format(**p),
        "capacity_out_of_range": lambda: translate(
            "cli", "A capacity is {low} to {high} places, not {capacity}.").format(**p),
        "capacity_below_taken": lambda: translate(
            "cli", "A capacity of {capacity} is below the children the group holds "
            "({enrolled} enrolled and {reserved} reserved): move children out first, or "
            "choose at least {taken}.").format(taken=p["enrolled"] + p["reserved"], **p),
        "group_not_found": lambda: translate(
            "cli", "There is no group {group_id} in the local data: see `groups` for the "
            "ids.").format(**p),
        "group_provisional": lambda: translate(
            "cli", "The group waits to be created on the portal: sync first, then change "
            "it."),
        "group_not_empty": lambda: translate(
            "cli", "The group still holds {enrolled} enrolled and {reserved} reserved "
            "children: move them to another group first.").format(**p),
        "child_not_placed": lambda: translate(
            "cli", "Only an enrolled child (or one with a reserved place) moves; this "
            "request is {status}.").format(**p),
        "same_group": lambda: translate("cli", "The child is in this group already."),
        "target_full": lambda: translate(
            "cli", "The group “{name}” is full ({enrolled} enrolled and {reserved} reserved "
            "of {capacity}): raise its capacity first, or choose another group.").format(**p),
        "target_age": lambda: translate(
            "cli", "The child will be {age} when the group starts; it takes "
            "{age_from}-{age_to}.").format(**p),
        "target_language": lambda: translate(
            "cli", "The group teaches in {language}; the parent asked for "
            "{languages}.").format(language=p.get("language", ""),
                                  languages=", ".join(p.get("languages", ()))),
        "places_negative": lambda: translate(
            "cli", "Places cannot be negative ({places}).").format(**p),
    }
    wording = messages.get(exc.code)
    return wording() if wording is not None else None


def _wrong_login(exc: PortalRefused) -> str | None:
    # A wrong password is a refusal too (401 at log-in, not an ended session).
    if exc.code == "invalid_credentials":
        return translate("cli", "Wrong login or password.")
    return None


def _refused(exc: PortalRefused) -> str:
    return _wrong_login(exc) or translate("cli", "The portal refused: {title} ({code}).").format(
        title=exc.title or exc.code, code=exc.code)


def _session_expired(exc: SessionExpired) -> str:
    return _wrong_login(exc) or translate(
        "cli", "The portal no longer accepts this sign-in: sign in again with `login "
        "LOGIN`.")


def _too_many_attempts(exc: TooManyAttempts) -> str:
    return _wrong_login(exc) or translate(
        "cli", "Too many failed sign-in attempts. Try again in {wait}; until then the portal "
        "refuses even the right password.").format(wait=counts.minutes_to_wait(exc.retry_after))


def _keyring(exc: CredentialsUnavailable) -> str:
    return translate("cli", "The keyring ({backend}) cannot be used: {detail}. The desk keeps "
                     "its secrets only there: unlock or set up the keyring, or choose another "
                     "backend with PYTHON_KEYRING_BACKEND.").format(
        backend=exc.backend, detail=str(exc).rstrip("."))


def _cache_key(exc: Exception) -> str:
    return translate("cli", "The local data cannot be opened with the key kept in the "
                     "keyring ({backend}): it was made with another key, or the keyring "
                     "lost it ({detail}). Ask support: moving the file aside lets the desk "
                     "fetch a fresh copy, but actions in it not yet sent would be "
                     "lost.").format(backend=backend_name(), detail=exc)


def _cache_corrupt(exc: Exception) -> str:
    return translate("cli", "The local data is damaged ({detail}). Run `doctor`, and ask "
                     "support before deleting anything.").format(detail=exc)


def _cache_lost(exc: Exception) -> str:
    return translate("cli", "The local data is lost ({detail}), though the keyring still "
                     "holds its key: actions recorded here and not yet sent may be lost "
                     "with it. Nothing was created in its place. Run `doctor`, and ask "
                     "support before signing in again.").format(detail=exc)


def _cache(exc: Exception) -> str:
    return translate("cli", "The local data cannot be used: {detail}. Run `doctor`.").format(
        detail=str(exc).splitlines()[0])


def _file(exc: OSError) -> str:
    detail = f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc)
    return translate("cli", "A file could not be read or written ({detail}). Check the disk "
                     "and the folder's permissions.").format(detail=detail)


def _file_or_cache(exc: Exception) -> str:
    """A full disk or a busy database: told as the file or the local data it hit."""
    return _file(exc) if isinstance(exc, OSError) else _cache(exc)


def _sandbox_failed(exc: EmbeddedPortalError) -> str:
    return translate("cli", "The embedded portal sandbox did not start ({tail}). Set a portal "
                     "with --portal URL, or run `doctor`.").format(
        tail=" | ".join(exc.output[-3:]))


# The words and exit code of each kind the commands tell. A mass deletion is not among them:
# `sync` asks about it itself.
_WORDING: dict[Kind, tuple[Callable[[Any], str], int]] = {
    Kind.UNREACHABLE: (lambda exc: unreachable_message(str(exc)), UNREACHABLE),
    Kind.SESSION_EXPIRED: (_session_expired, REFUSED),
    Kind.TOO_MANY_ATTEMPTS: (_too_many_attempts, REFUSED),
    Kind.PORTAL_REFUSED: (_refused, REFUSED),
    Kind.SIGN_IN: (_sign_in, REFUSED),
    Kind.ACTION_REFUSED: (_action, REFUSED),
    Kind.KEYRING: (_keyring, REFUSED),
    Kind.KEYRING_LOCKED: (_keyring, REFUSED),
    Kind.CACHE_KEY: (_cache_key, REFUSED),
    Kind.CACHE_CORRUPT: (_cache_corrupt, REFUSED),
    Kind.CACHE_LOST: (_cache_lost, REFUSED),
    Kind.CACHE_UNUSABLE: (_cache, REFUSED),
    Kind.CACHE_BUSY: (_file_or_cache, REFUSED),
    Kind.DISK_FULL: (_file_or_cache, REFUSED),
    Kind.FILE: (_file, REFUSED),
    Kind.SANDBOX_BUSY: (lambda _: translate(
        "cli", "Another Balabaqsha Desk on this computer is still starting the embedded "
        "portal sandbox. Wait until it is ready and run the command again."), UNREACHABLE),
    Kind.SANDBOX_FAILED: (_sandbox_failed, REFUSED),
    Kind.WORDED: (str, REFUSED),
}


def explain(exc: BaseException) -> CliFailure | None:
    """The failure to report for `exc`, or None when it is not a known one."""
    if isinstance(exc, CliFailure):
        return exc
    kind = classify(exc)
    told = _WORDING.get(kind) if kind is not None else None
    if told is None:
        return None
    wording, exit_code = told
    return CliFailure(wording(exc), exit_code)
