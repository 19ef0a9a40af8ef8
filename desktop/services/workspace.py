"""A signed-in user's workspace: the portal client, the cache, who they are.

Signing in online stores the rotated refresh token in the keyring, with an Argon2id
verifier of the password, and opens the cache of this portal, kindergarten and user. When
the portal cannot be reached, the last user opens the same cache offline: they must still
prove who they are with their password (checked against the verifier), and then the work
goes on and waits in the outbox.

`portal_key` files a portal's secrets and caches under a name other than its URL: the
embedded sandbox gets a new port on every start, but is the same portal each time.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.services import credentials, locks, privacy
from desktop.services import settings as keys
from desktop.services.cache import Cache, CacheError, meta, open_cache, set_meta
from desktop.services.portal_api import (
    PortalClient,
    PortalRefused,
    PortalUnreachable,
    SessionExpired,
    Tokens,
)
from desktop.services.profile import Profile
from desktop.services.refusal import Refusal
from desktop.services.settings import Settings

if TYPE_CHECKING:
    from desktop.services.documents import DocumentStore

log = logging.getLogger(__name__)


class SignInError(Refusal):
    """Signing in cannot go on; `code` tells which case (for the message a person sees).

    Codes: no_previous_user, no_cache, not_staff, password_required (offline, and no
    password was given), wrong_password (offline, and it does not match), no_offline_password
    (offline, and this user never signed in here with a password). `offline` is true when
    the portal could not be reached on the way."""

    def __init__(self, code: str, message: str, *, offline: bool = False) -> None:
        super().__init__(code, message)
        self.offline = offline


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
    portal_key: str = ""
    documents_dir: Path | None = None
    # What the portal said about the user at sign-in (`GET /me`); empty offline.
    me: dict[str, Any] = field(default_factory=dict)
    _documents: DocumentStore | None = field(default=None, init=False, repr=False)

    @property
    def store_key(self) -> str:
        """The name this portal's secrets and caches are filed under."""
        return self.portal_key or self.portal_url

    @property
    def documents(self) -> DocumentStore:
        """The files of this portal kept on this computer: documents downloaded for review
        and contracts made here, by their SHA-256 (one store per workspace)."""
        if self._documents is None:
            from desktop.services.documents import DocumentStore

            folder = self.documents_dir or self.cache.path.parent / "documents"
            self._documents = DocumentStore(self.cache, folder)
        return self._documents

    def close(self) -> None:
        self.cache.close()
        self.client.close()


def _keeper(store: str, login: str) -> Callable[[Tokens], None]:
    """Each rotated refresh token goes to the keyring at once: the old one is spent."""

    def keep(tokens: Tokens) -> None:
        credentials.store_refresh_token(store, login, tokens.refresh_token)

    return keep


def _share_session(client: PortalClient, profile: Profile, store: str, login: str) -> None:
    """The window and scripts on this profile take turns to refresh the session, each
    from the token the last one kept (see PortalClient.refresh_lock)."""
    name = hashlib.sha256(f"{store}\n{login}".encode()).hexdigest()[:16]
    path = locks.lock_file(profile.data_dir, f"session-{name}")
    client.on_tokens = _keeper(store, login)
    client.refresh_lock = lambda: locks.held(path)
    client.stored_refresh_token = lambda: credentials.refresh_token(store, login)


def _client(profile: Profile, settings: Settings, portal_url: str, store: str,
            login: str) -> PortalClient:
    client = PortalClient(portal_url, language=settings.get(keys.LANGUAGE))
    _share_session(client, profile, store, login)
    return client


def _open(profile: Profile, store: str, kindergarten_id: int, account_id: int) -> Cache:
    path = profile.cache_file(store, kindergarten_id, account_id)
    key = credentials.cache_key(path.stem, create=False)
    existing = key is not None
    if key is None:
        key = credentials.cache_key(path.stem, create=True)
    assert key is not None
    cache = open_cache(path, key, existing=existing)
    # The people the cache knows are masked in the logs before any screen shows them.
    with cache.connection() as connection:
        privacy.learn_cached(connection)
    return cache


# The roles the portal last granted each account, so they can be chosen at the next log-in
# and switched between while the portal is away.
_ROLES_KEY = "session/roles/{login}"


def known_roles(settings: Settings, login: str) -> list[str]:
    """The roles the portal last granted `login` on this computer ([] when not known)."""
    stored = settings.raw(_ROLES_KEY.format(login=login), "")
    return [r for r in str(stored or "").split(",") if r]


def _remember_roles(settings: Settings, login: str, roles: list[str]) -> None:
    settings.set_raw(_ROLES_KEY.format(login=login), ",".join(roles))


# Who the user is, as `GET /me` last said, kept in their cache: a sign-in that renews a
# known session reads it there instead of asking the portal again (docs/sync.md, "The wire").
ME_META = "me"


def _open_ahead(profile: Profile, settings: Settings, store: str) -> Cache | None:
    """The last user's cache, opened before the portal is asked anything: local work done
    before the link is used, not between two of its round trips. None when there is none
    or it does not open (the sign-in that follows opens it again and says why)."""
    account_id = settings.get(keys.LAST_ACCOUNT_ID)
    kindergarten_id = settings.get(keys.LAST_KINDERGARTEN_ID)
    if not account_id or not kindergarten_id \
            or not profile.cache_file(store, kindergarten_id, account_id).exists():
        return None
    try:
        return _open(profile, store, kindergarten_id, account_id)
    except (CacheError, credentials.CredentialsUnavailable, OSError) as exc:
        log.info("the last user's cache did not open ahead of the sign-in: %s", exc)
        return None


def _kept_me(cache: Cache | None, tokens: Tokens) -> dict[str, Any] | None:
    """What `GET /me` said, kept in `cache`, when the tokens name its account and
    kindergarten."""
    if cache is None or tokens.account_id is None or tokens.kindergarten_id is None:
        return None
    with cache.read() as session:
        me = meta(session, ME_META)
    if not isinstance(me, dict) or me.get("id") != tokens.account_id \
            or (me.get("kindergarten") or {}).get("id") != tokens.kindergarten_id:
        return None
    return me


def _finish(profile: Profile, settings: Settings, portal_url: str, store: str,
            client: PortalClient, login: str, tokens: Tokens,
            ahead: Cache | None = None) -> Workspace:
    """The workspace of the signed-in user; `ahead` is a cache opened before the sign-in
    (`_open_ahead`), used when it is theirs and closed when it is not."""
    me = _kept_me(ahead, tokens)
    if me is None:
        if ahead is not None:
            ahead.close()
            ahead = None
        me = client.me()
    privacy.MASKER.learn_from(me)
    kindergarten = me.get("kindergarten") or {}
    if not kindergarten:
        client.close()
        raise SignInError("not_staff", "this account is not on any kindergarten's staff")
    account_id, kindergarten_id = int(me["id"]), int(kindergarten["id"])
    tokens.account_id = account_id
    cache = ahead or _open(profile, store, kindergarten_id, account_id)
    if ahead is None:
        with cache.write() as session:
            set_meta(session, ME_META, me)
    settings.set(keys.LAST_LOGIN, login)
    settings.set(keys.LAST_ACCOUNT_ID, account_id)
    settings.set(keys.LAST_KINDERGARTEN_ID, kindergarten_id)
    settings.set(keys.LAST_ROLE, tokens.roles[0] if len(tokens.roles) == 1 else "")
    _remember_roles(settings, login, list(tokens.available_roles))
    if len(tokens.roles) == 1 and len(tokens.available_roles) > 1:
        client.role = tokens.roles[0]
    return Workspace(portal_url, client, cache, login, account_id, kindergarten_id,
                     list(tokens.roles), list(tokens.available_roles), online=True,
                     portal_key=store, documents_dir=profile.documents_dir(store), me=me)


def _with_password(profile: Profile, settings: Settings, portal_url: str, store: str,
                   client: PortalClient, login: str, password: str,
                   role: str | None) -> Workspace:
    tokens = client.login(login, password, role)
    workspace = _finish(profile, settings, portal_url, store, client, login, tokens)
    # Only after the portal accepted it and the account proved to be staff: a verifier of
    # a password nobody checked would let anyone in offline.
    try:
        credentials.remember_password(store, login, password)
    except Exception:
        workspace.cache.close()
        raise
    return workspace


def sign_in(profile: Profile, settings: Settings, portal_url: str, login: str, password: str,
            role: str | None = None, *, portal_key: str | None = None) -> Workspace:
    """Sign in with a password (portal errors propagate as PortalRefused/Unreachable)."""
    store = portal_key or portal_url
    credentials.open_file(login, password)
    client = _client(profile, settings, portal_url, store, login)
    try:
        return _with_password(profile, settings, portal_url, store, client, login, password,
                              role)
    except Exception:
        client.close()
        raise


def sign_in_with_tokens(profile: Profile, settings: Settings, portal_url: str, login: str,
                        client: PortalClient, *, portal_key: str | None = None) -> Workspace:
    """Finish an EDS log-in made on `client` (its tokens are set already)."""
    assert client.tokens is not None
    store = portal_key or portal_url
    credentials.store_refresh_token(store, login, client.tokens.refresh_token)
    _share_session(client, profile, store, login)
    return _finish(profile, settings, portal_url, store, client, login, client.tokens)


def resume(profile: Profile, settings: Settings, portal_url: str,
           password: str | None = None, *, portal_key: str | None = None) -> Workspace:
    """The last user again.

    Online, the stored refresh token signs them in without a password; when there is none
    or it has expired, `password` (if given) signs them in afresh. When the portal cannot be
    reached, the cache opens offline only with the right `password`: SignInError
    `password_required` when it is None, `wrong_password` when it does not match.
    """
    store = portal_key or portal_url
    login = settings.get(keys.LAST_LOGIN)
    if not login:
        raise SignInError("no_previous_user", "nobody has signed in on this computer yet")
    if password is not None:
        credentials.open_file(login, password)
    token = credentials.refresh_token(store, login)
    client = _client(profile, settings, portal_url, store, login)
    role = settings.get(keys.LAST_ROLE) or None
    ahead = _open_ahead(profile, settings, store) if token is not None else None
    try:
        if token is not None:
            try:
                tokens: Tokens | None = client.resume(token)
            except SessionExpired:
                if password is None:
                    raise
                tokens = None  # revoked or expired: the password starts a new session
            if tokens is not None:
                opened, ahead = ahead, None  # _finish owns it from here on
                return _finish(profile, settings, portal_url, store, client, login, tokens,
                               opened)
            if ahead is not None:
                ahead.close()  # _with_password opens the cache of whoever signs in
                ahead = None
            assert password is not None
            return _with_password(profile, settings, portal_url, store, client, login,
                                  password, role)
        elif password is not None:
            return _with_password(profile, settings, portal_url, store, client, login,
                                  password, role)
        else:
            # No token and no password: there is nothing to sign in with online, and
            # offline needs the password too.
            raise SignInError("password_required", "the password is needed to sign in")
    except PortalUnreachable:
        pass  # offline: open the cache below
    except Exception:
        client.close()
        raise
    finally:
        if ahead is not None:
            ahead.close()
    return _offline(profile, settings, portal_url, store, client, login, password)


def _offline(profile: Profile, settings: Settings, portal_url: str, store: str,
             client: PortalClient, login: str, password: str | None) -> Workspace:
    account_id = settings.get(keys.LAST_ACCOUNT_ID)
    kindergarten_id = settings.get(keys.LAST_KINDERGARTEN_ID)
    try:
        cache = _offline_cache(profile, store, login, password, kindergarten_id, account_id)
    except Exception:
        client.close()
        raise
    role = settings.get(keys.LAST_ROLE)
    # The kept refresh token renews the session when the portal answers again: the password
    # typed now proved who this is, so nothing is asked then.
    token = credentials.refresh_token(store, login)
    if token is not None:
        client.tokens = Tokens("", token, [], [], kindergarten_id, account_id)
    available = known_roles(settings, login)
    if role and len(available) > 1:
        client.role = role
    return Workspace(portal_url, client, cache, login, account_id, kindergarten_id,
                     [role] if role else list(available), available, online=False,
                     portal_key=store, documents_dir=profile.documents_dir(store))


def _offline_cache(profile: Profile, store: str, login: str, password: str | None,
                   kindergarten_id: int, account_id: int) -> Cache:
    """The last user's cache, once their password proved who they are."""
    path = profile.cache_file(store, kindergarten_id, account_id)
    if not account_id or not kindergarten_id or not path.exists():
        raise SignInError("no_cache", "there is no cached data for the last user",
                          offline=True)
    if password is None:
        raise SignInError("password_required",
                          "the portal cannot be reached: the password is needed to work "
                          "offline", offline=True)
    matches = credentials.check_password(store, login, password)
    if matches is None:
        raise SignInError("no_offline_password",
                          "this user has never signed in here with a password, so they "
                          "cannot sign in while the portal is away", offline=True)
    if not matches:
        raise SignInError("wrong_password", "the password is wrong", offline=True)
    return _open(profile, store, kindergarten_id, account_id)


def unlock(workspace: Workspace, password: str) -> bool:
    """Whether `password` unlocks the idle-locked window: checked against the verifier kept
    at the last online sign-in, so it works offline. A user who only ever signed in with a
    key has no verifier: online, the portal checks the password instead (and a verifier is
    kept from then on)."""
    matches = credentials.check_password(workspace.store_key, workspace.login, password)
    if matches is not None:
        return matches
    if not workspace.online:
        return False
    probe = PortalClient(workspace.portal_url, language=workspace.client.language)
    try:
        probe.login(workspace.login, password)
    except (PortalRefused, PortalUnreachable):
        return False
    finally:
        probe.close()
    credentials.remember_password(workspace.store_key, workspace.login, password)
    return True


# The portal's and the offline check's codes for a password that does not match.
WRONG_PASSWORD_CODES = frozenset({"invalid_credentials", "wrong_password"})


def acting_role(workspace: Workspace) -> str | None:
    """The role to sign in with again: the one in use, when the account has several."""
    if len(workspace.roles) == 1 and len(workspace.available_roles) > 1:
        return workspace.roles[0]
    return None


def switch_role(workspace: Workspace, role: str) -> Workspace:
    """Act in `role`, one of those the portal last granted: the session already proved who
    this is, so no password. Online the session's tokens are renewed in that role at once;
    while the portal is away (or goes away now) the desk switches alone, and the client
    renews them in that role before it next sends anything."""
    granted = workspace.available_roles or workspace.roles
    if role not in granted:
        raise SignInError("role_not_granted", f"the portal has not granted the role {role!r}")
    client = workspace.client
    client.role = role
    if workspace.online and client.tokens is not None:
        try:
            tokens = client.refresh()
        except PortalUnreachable:
            workspace.online = False
        else:
            workspace.roles = list(tokens.roles)
            workspace.available_roles = list(tokens.available_roles)
            return workspace
    workspace.roles = [role]
    return workspace
