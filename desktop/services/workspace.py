"""A signed-in user's workspace: the portal client, the cache, who they are.

Signing in online stores the rotated refresh token in the keyring and opens the cache of
this portal, kindergarten and user. When the portal cannot be reached, the last user opens
the same cache offline: the work goes on and waits in the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.services import credentials
from desktop.services import settings as keys
from desktop.services.cache import Cache, open_cache
from desktop.services.portal_api import PortalClient, PortalUnreachable, Tokens
from desktop.services.profile import Profile
from desktop.services.settings import Settings


class SignInError(Exception):
    """Signing in cannot go on; `code` tells which case (for the message a person sees)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Workspace:
    portal_url: str
    client: PortalClient
    cache: Cache
    login: str
    account_id: int
    kindergarten_id: int
    roles: list[str]
    available_roles: list[str] = field(default_factory=list)
    online: bool = True

    def close(self) -> None:
        self.cache.close()
        self.client.close()


def _client(settings: Settings, portal_url: str, login: str) -> PortalClient:
    def keep(tokens: Tokens) -> None:
        credentials.store_refresh_token(portal_url, login, tokens.refresh_token)

    return PortalClient(portal_url, language=settings.get(keys.LANGUAGE), on_tokens=keep)


def _open(profile: Profile, portal_url: str, kindergarten_id: int, account_id: int) -> Cache:
    path = profile.cache_file(portal_url, kindergarten_id, account_id)
    key = credentials.cache_key(path.stem, create=True)
    assert key is not None
    return open_cache(path, key)


def _finish(profile: Profile, settings: Settings, portal_url: str, client: PortalClient,
            login: str, tokens: Tokens) -> Workspace:
    me = client.me()
    kindergarten = me.get("kindergarten") or {}
    if not kindergarten:
        client.close()
        raise SignInError("not_staff", "this account is not on any kindergarten's staff")
    account_id, kindergarten_id = int(me["id"]), int(kindergarten["id"])
    cache = _open(profile, portal_url, kindergarten_id, account_id)
    settings.set(keys.LAST_LOGIN, login)
    settings.set(keys.LAST_ACCOUNT_ID, account_id)
    settings.set(keys.LAST_KINDERGARTEN_ID, kindergarten_id)
    settings.set(keys.LAST_ROLE, tokens.roles[0] if len(tokens.roles) == 1 else "")
    return Workspace(portal_url, client, cache, login, account_id, kindergarten_id,
                     list(tokens.roles), list(tokens.available_roles), online=True)


def sign_in(profile: Profile, settings: Settings, portal_url: str, login: str, password: str,
            role: str | None = None) -> Workspace:
    """Sign in with a password (portal errors propagate as PortalRefused/Unreachable)."""
    client = _client(settings, portal_url, login)
    try:
        tokens = client.login(login, password, role)
    except Exception:
        client.close()
        raise
    return _finish(profile, settings, portal_url, client, login, tokens)


def sign_in_with_tokens(profile: Profile, settings: Settings, portal_url: str, login: str,
                        client: PortalClient) -> Workspace:
    """Finish an EDS log-in made on `client` (its tokens are set already)."""
    assert client.tokens is not None
    credentials.store_refresh_token(portal_url, login, client.tokens.refresh_token)
    return _finish(profile, settings, portal_url, client, login, client.tokens)


def resume(profile: Profile, settings: Settings, portal_url: str) -> Workspace:
    """The last user again, without a password: online with the stored refresh token, or
    offline on the cache when the portal cannot be reached."""
    login = settings.get(keys.LAST_LOGIN)
    account_id = settings.get(keys.LAST_ACCOUNT_ID)
    kindergarten_id = settings.get(keys.LAST_KINDERGARTEN_ID)
    if not login:
        raise SignInError("no_previous_user", "nobody has signed in on this computer yet")
    token = credentials.refresh_token(portal_url, login)
    client = _client(settings, portal_url, login)
    if token is not None:
        try:
            tokens = client.resume(token)
            return _finish(profile, settings, portal_url, client, login, tokens)
        except PortalUnreachable:
            pass  # offline: open the cache below
        except Exception:
            client.close()
            raise
    if not account_id or not kindergarten_id:
        client.close()
        raise SignInError("no_cache", "there is no cached data for the last user")
    path = profile.cache_file(portal_url, kindergarten_id, account_id)
    if not path.exists():
        client.close()
        raise SignInError("no_cache", "there is no cached data for the last user")
    role = settings.get(keys.LAST_ROLE)
    return Workspace(portal_url, client, _open(profile, portal_url, kindergarten_id,
                                               account_id),
                     login, account_id, kindergarten_id, [role] if role else [],
                     online=False)


def sign_out(workspace: Workspace) -> None:
    credentials.forget_refresh_token(workspace.portal_url, workspace.login)
    workspace.close()
