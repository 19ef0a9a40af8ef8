"""What every command shares: the profile and its settings, the portal (the configured one,
or the embedded sandbox started for the duration of the command), the password, and the
signed-in workspace."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from typing import TypeVar

from desktop.cli.failures import unreachable_message
from desktop.cli.text import UNREACHABLE, CliFailure, UsageError, note
from desktop.models.domain import DeclineReason
from desktop.services import review
from desktop.services import settings as keys
from desktop.services.cache import Cache
from desktop.services.embedded import EmbeddedPortal
from desktop.services.portal_api import PortalError
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.translation import translate
from desktop.services.workspace import SignInError, Workspace, resume

PASSWORD_VARIABLE = "BALABAQSHA_PASSWORD"
T = TypeVar("T")


class Context:
    def __init__(self, profile: Profile, settings: Settings) -> None:
        self.profile = profile
        self.settings = settings
        self._embedded: EmbeddedPortal | None = None
        self._workspace: Workspace | None = None

    # the portal

    @property
    def configured_portal(self) -> str:
        return self.settings.get(keys.PORTAL_URL)

    def portal(self) -> tuple[str, str]:
        """The portal's URL and the name its secrets and caches are filed under."""
        url = self.configured_portal
        if url:
            return url, url
        if self._embedded is None:
            embedded = EmbeddedPortal(self.profile.sandbox_dir)
            note(translate("cli", "No portal is configured: starting the embedded portal "
                           "sandbox ({folder}) for this command. Set a portal with --portal "
                           "URL.").format(folder=self.profile.sandbox_dir))
            self._embedded = embedded
            embedded.start(on_line=lambda line: note(f"  {line}"))
        assert self._embedded.url is not None
        return self._embedded.url, self._embedded.portal_key

    # the password

    def password(self, login: str) -> str:
        """From BALABAQSHA_PASSWORD, else asked on the terminal (never echoed)."""
        given = os.environ.get(PASSWORD_VARIABLE)
        if given:
            return given
        if not sys.stdin.isatty():
            raise UsageError(translate("cli", "No password: set {variable} or run the command "
                                       "in a terminal.").format(variable=PASSWORD_VARIABLE))
        try:
            return getpass.getpass(translate("cli", "Password for {login}: ").format(login=login))
        except EOFError as exc:
            raise UsageError(translate("cli", "No password was typed.")) from exc

    # the workspace

    def workspace(self, *, online: bool = False) -> Workspace:
        """The last user, signed in again: online with the stored session, or offline on
        the cache with their password (asked only when it is needed). With `online`, a
        portal that cannot be reached ends the command with exit code 3 instead."""
        if self._workspace is not None:
            return self._workspace
        url, key = self.portal()
        given = os.environ.get(PASSWORD_VARIABLE) or None
        away = CliFailure(unreachable_message(translate("cli", "no answer")), UNREACHABLE)
        try:
            workspace = resume(self.profile, self.settings, url, given, portal_key=key)
        except SignInError as exc:
            if online and exc.offline:
                raise away from exc
            if exc.code != "password_required" or given is not None:
                raise
            login = self.settings.get(keys.LAST_LOGIN)
            workspace = resume(self.profile, self.settings, url, self.password(login),
                               portal_key=key)
        self._workspace = workspace
        if not workspace.online:
            if online:
                raise away
            note(translate("cli", "The portal could not be reached: working offline on the "
                           "local data."))
        return workspace

    def adopt(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None
        if self._embedded is not None:
            self._embedded.stop()
            self._embedded = None


def refresh_decline_reasons(workspace: Workspace, *, if_never_kept: bool = False) -> None:
    """Keep the portal's decline reasons in the cache, so they can be checked offline;
    `if_never_kept` after a sync, whose feed brings them."""
    if not workspace.online:
        return
    try:
        if if_never_kept:
            review.fetch_decline_reasons_if_never_kept(workspace.client, workspace.cache)
        else:
            review.refresh_decline_reasons(workspace.client, workspace.cache)
    except PortalError:
        return  # the cached list stays; it is only a check before the portal's own


def decline_reason_codes(workspace: Workspace) -> list[str]:
    return [reason.code for reason in review.decline_reasons(workspace.cache)]


def read_last_cache(profile: Profile, settings: Settings, read: Callable[[Cache], T]) -> T | None:
    """`read` on the local data of whoever last signed in with this profile, opened with
    the keyring's key and without their password: only for what the portal tells everyone
    of the kindergarten (its BIN, its list of decline reasons). None when there is none."""
    from desktop.services import credentials
    from desktop.services.cache import open_cache

    account = settings.get(keys.LAST_ACCOUNT_ID)
    kindergarten = settings.get(keys.LAST_KINDERGARTEN_ID)
    if not account or not kindergarten:
        return None
    portal = settings.get(keys.PORTAL_URL) or EmbeddedPortal(profile.sandbox_dir).portal_key
    path = profile.cache_file(portal, kindergarten, account)
    if not path.exists():
        return None
    key = credentials.cache_key(path.stem, create=False)
    if key is None:
        return None
    cache = open_cache(path, key, existing=True)
    try:
        return read(cache)
    finally:
        cache.close()


def stored_decline_reasons(profile: Profile, settings: Settings) -> list[DeclineReason]:
    """The decline reasons kept in the profile's local data; `other` alone without any, or
    when the local data cannot be read (the help that shows them must still show)."""
    from desktop.services.cache import CacheError
    from desktop.services.credentials import CredentialsUnavailable

    try:
        kept = read_last_cache(profile, settings, review.decline_reasons)
    except (CacheError, CredentialsUnavailable, OSError):
        kept = None
    return kept or [DeclineReason(review.OTHER_REASON, {})]
