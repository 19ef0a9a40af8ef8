"""The portal's HTTP API as the client uses it (docs/portal-api.md), over httpx.

httpx's transport retries only failed connects; everything else that fails in transit is
reported as `PortalUnreachable`, and the sync engine decides when to try again. Refusals
are problem documents (RFC 9457) and arrive as `PortalRefused` with their stable code and
the portal's title in the user's language.

httpx (and the TLS context a client builds) loads with the first request, on the worker
thread that makes it, not with the window: a client is made at sign-in and at every start.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from desktop import __version__

if TYPE_CHECKING:
    import httpx

# Seconds: a whole call, and connecting (httpx.Timeout).
TIMEOUT_SECONDS, CONNECT_TIMEOUT_SECONDS = 20.0, 5.0


def _httpx() -> Any:
    import httpx

    return httpx


class PortalError(Exception):
    """Anything that kept a call from getting a usable answer."""


class PortalUnreachable(PortalError):
    """No answer: the link is down, the portal is away or overloaded. Try again later.

    `unsent` is true when the request certainly never reached the portal (no connection
    was made); otherwise it may have, and only its answer was lost."""

    def __init__(self, message: str, retry_after: float | None = None, *,
                 unsent: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.unsent = unsent


class PortalRefused(PortalError):
    """A definite answer: the portal refused, with a problem document."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status = status
        self.body = body
        self.code = str(body.get("code", "")) or f"http_{status}"
        self.title = str(body.get("title", ""))
        super().__init__(f"{status} {self.code}: {self.title}")


class SessionExpired(PortalRefused):
    """The log-in is no longer valid and could not be refreshed: log in again."""


class TooManyAttempts(PortalRefused):
    """Too many wrong passwords for this account, or from this computer: the portal takes
    no log-in (not even the right password) for `retry_after` seconds."""

    def __init__(self, status: int, body: dict[str, Any], retry_after: float | None) -> None:
        super().__init__(status, body)
        self.retry_after = retry_after


# The 429s that are a refusal of this person's log-in, not a busy portal.
THROTTLED_CODES = frozenset({"login_attempts_exceeded"})


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    roles: list[str]
    available_roles: list[str]
    kindergarten_id: int | None
    account_id: int | None = None


@dataclass
class ChangesPage:
    changes: list[dict[str, Any]]
    cursor: str
    has_more: bool
    counts: dict[str, int] | None
    etag: str | None


@dataclass
class PortalClient:
    """One portal, one signed-in user. Refreshes the access token once when it expires
    and reports the rotated refresh token through `on_tokens`, so it reaches the keyring."""

    base_url: str
    language: str = "ru"
    transport: httpx.BaseTransport | None = None
    on_tokens: Callable[[Tokens], None] | None = None
    tokens: Tokens | None = None
    # Other processes of the profile refresh the same session: a refresh runs inside
    # `refresh_lock` (an inter-process lock) and starts from `stored_refresh_token` (the
    # keyring's, which another process may have rotated since this one read it), and
    # `on_tokens` keeps the new one before the lock is let go.
    refresh_lock: Callable[[], AbstractContextManager[None]] | None = None
    stored_refresh_token: Callable[[], str | None] | None = None
    # The one role the desk acts in, when the person chose one: a session whose tokens say
    # otherwise (the role was switched while the portal was away) is refreshed into it
    # before it sends anything, so nothing goes out in the role left behind.
    role: str | None = None
    # Bytes received on the wire (compressed, bodies only), for the sync summary.
    bytes_received: int = field(default=0, init=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _client_lock: threading.Lock = field(default_factory=threading.Lock, init=False,
                                         repr=False)

    @property
    def _http(self) -> httpx.Client:
        """The HTTP client, made on first use (see the module's docstring)."""
        client = self._client
        if client is None:
            with self._client_lock:
                if self._client is None:
                    httpx = _httpx()
                    self._client = httpx.Client(
                        base_url=self.base_url.rstrip("/"),
                        timeout=httpx.Timeout(TIMEOUT_SECONDS,
                                              connect=CONNECT_TIMEOUT_SECONDS),
                        transport=self.transport or httpx.HTTPTransport(retries=2),
                        headers={"User-Agent": f"BalabaqshaDesk/{__version__}",
                                 "Accept-Language": self.language})
                client = self._client
        return client

    def close(self) -> None:
        with self._client_lock:
            if self._client is not None:
                self._client.close()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._client is not None:
            self._client.headers["Accept-Language"] = language

    # plumbing

    def _send(self, method: str, path: str, *, auth: bool = True, **kwargs: Any
              ) -> httpx.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        if auth and self.tokens is not None:
            headers["Authorization"] = f"Bearer {self.tokens.access_token}"
        httpx = _httpx()
        try:
            response = self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TransportError as exc:
            raise PortalUnreachable(
                f"{type(exc).__name__}: {exc}",
                unsent=isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)) from exc
        self.bytes_received += response.num_bytes_downloaded
        return response

    def request(self, method: str, path: str, *, auth: bool = True, **kwargs: Any
                ) -> httpx.Response:
        if auth and self.tokens is not None and self.role is not None \
                and self.tokens.roles != [self.role]:
            self.refresh()
        response = self._send(method, path, auth=auth, **kwargs)
        if response.status_code == 401 and auth and self.tokens is not None:
            self.refresh()
            response = self._send(method, path, auth=auth, **kwargs)
        return self._checked(response)

    @staticmethod
    def _checked(response: httpx.Response) -> httpx.Response:
        status = response.status_code
        if status < 400 or status == 304:
            return response
        retry_after = _retry_after(response.headers.get("Retry-After"))
        body = _problem(response) if status < 500 else {}
        if status == 429 and body.get("code") in THROTTLED_CODES:
            raise TooManyAttempts(status, body, retry_after)
        if status == 429 or status >= 500:
            raise PortalUnreachable(f"the portal answered {status}", retry_after)
        if status == 401:
            raise SessionExpired(status, body)
        raise PortalRefused(status, body)

    def _json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise PortalUnreachable("the portal sent something that is not JSON") from exc

    # identity

    def _take_tokens(self, data: dict[str, Any]) -> Tokens:
        self.tokens = Tokens(
            access_token=str(data["access_token"]),
            refresh_token=str(data["refresh_token"]),
            roles=list(data.get("roles", [])),
            available_roles=list(data.get("available_roles", data.get("roles", []))),
            kindergarten_id=data.get("kindergarten_id"),
            account_id=_optional_int(data.get("account_id")),
        )
        if self.on_tokens is not None:
            self.on_tokens(self.tokens)
        return self.tokens

    def login(self, login: str, password: str, role: str | None = None) -> Tokens:
        body = {"login": login, "password": password, "role": role}
        return self._take_tokens(self._json(self.request("POST", "/api/v1/auth/token",
                                                         auth=False, json=body)))

    def eds_challenge(self) -> str:
        data = self._json(self.request("POST", "/api/v1/auth/eds/challenge", auth=False))
        return str(data["nonce"])

    def login_eds(self, nonce: str, signature_b64: str, role: str | None = None) -> Tokens:
        body = {"nonce": nonce, "signature": signature_b64, "role": role}
        return self._take_tokens(self._json(self.request("POST", "/api/v1/auth/eds",
                                                         auth=False, json=body)))

    def resume(self, refresh_token: str) -> Tokens:
        """Sign in again with a stored refresh token (no password typed)."""
        self.tokens = Tokens("", refresh_token, [], [], None)
        return self.refresh()

    def refresh(self) -> Tokens:
        """New tokens for the session, in `role` when one is set (no password: the
        refresh token proves the session)."""
        if self.tokens is None:
            raise SessionExpired(401, {"code": "unauthorized", "title": ""})
        with self.refresh_lock() if self.refresh_lock is not None else nullcontext():
            stored = self.stored_refresh_token() if self.stored_refresh_token else None
            if stored:
                self.tokens.refresh_token = stored
            body: dict[str, Any] = {"refresh_token": self.tokens.refresh_token}
            if self.role is not None:
                body["role"] = self.role
            response = self._send("POST", "/api/v1/auth/refresh", auth=False, json=body)
            return self._take_tokens(self._json(self._checked(response)))

    def me(self) -> dict[str, Any]:
        data: dict[str, Any] = self._json(self.request("GET", "/api/v1/me"))
        if self.tokens is not None:
            self.tokens.account_id = int(data["id"])
        return data

    # staff sync

    def changes(self, cursor: str | None, limit: int = 1000,
                etag: str | None = None) -> ChangesPage | None:
        """A page of the change feed, or None when `etag` says nothing changed (304)."""
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        headers = {"If-None-Match": etag} if etag else {}
        response = self.request("GET", "/api/v1/staff/changes", params=params, headers=headers)
        if response.status_code == 304:
            return None
        data = self._json(response)
        return ChangesPage(changes=list(data["changes"]), cursor=str(data["cursor"]),
                           has_more=bool(data["has_more"]), counts=data.get("counts"),
                           etag=response.headers.get("ETag"))

    def push(self, client_id: str, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = self._json(self.request(
            "POST", "/api/v1/staff/mutations",
            json={"client_id": client_id, "mutations": mutations}))
        return result

    def last_seq(self, client_id: str) -> int:
        data = self._json(self.request("GET", "/api/v1/staff/mutations/last",
                                       params={"client_id": client_id}))
        return int(data["last_seq"])

    def upload(self, data: bytes, content_type: str = "application/pdf") -> str:
        digest = hashlib.sha256(data).hexdigest()
        self.request("PUT", f"/api/v1/staff/uploads/{digest}", content=data,
                     headers={"Content-Type": content_type})
        return digest

    def contract_pdf(self, contract_id: int, revision: str = "latest") -> bytes:
        """A contract's PDF as the portal keeps it: `sent`, `parent_signed`,
        `countersigned` or `latest`. Checked against the SHA-256 the portal names it by, so
        a file damaged on the way is never mistaken for a tampered contract."""
        response = self.request("GET", f"/api/v1/staff/contracts/{contract_id}/pdf",
                                params={"revision": revision},
                                headers={"Accept-Encoding": "identity"})
        data = response.content
        expected = response.headers.get("X-Content-SHA256") or response.headers.get(
            "ETag", "").strip('"')
        if expected and hashlib.sha256(data).hexdigest() != expected:
            raise PortalUnreachable("the contract's PDF arrived damaged")
        return data

    @contextmanager
    def stream_document(self, document_id: int, *, offset: int = 0,
                        if_range: str | None = None) -> Iterator[httpx.Response]:
        """A document's content as an open response, from byte `offset` on.

        With `offset` the portal answers 206 with the rest when `if_range` (the strong ETag
        the partial file was made from) still names its file, or 200 with the whole file.
        Refusals raise as elsewhere (404 `not_found` when the portal has no file); a link
        dropped while reading raises `PortalUnreachable`.
        """
        # identity: a byte range must address the file itself, never a compressed form.
        headers = {"Accept-Encoding": "identity"}
        if offset > 0:
            headers["Range"] = f"bytes={offset}-"
            if if_range:
                headers["If-Range"] = if_range
        response = self._open_stream(f"/api/v1/staff/documents/{document_id}/content",
                                     headers)
        try:
            if response.status_code >= 400:
                response.read()
                self._checked(response)
            yield response
        except _httpx().TransportError as exc:
            raise PortalUnreachable(f"{type(exc).__name__}: {exc}") from exc
        finally:
            self.bytes_received += response.num_bytes_downloaded
            response.close()

    def _open_stream(self, path: str, headers: dict[str, str]) -> httpx.Response:
        """GET with the body left unread; refreshes the access token once, like `request`."""
        response = self._send_stream(path, headers)
        if response.status_code == 401 and self.tokens is not None:
            response.close()
            self.refresh()
            response = self._send_stream(path, headers)
        return response

    def _send_stream(self, path: str, headers: dict[str, str]) -> httpx.Response:
        sent = dict(headers)
        if self.tokens is not None:
            sent["Authorization"] = f"Bearer {self.tokens.access_token}"
        try:
            return self._http.send(self._http.build_request("GET", path, headers=sent),
                                   stream=True)
        except _httpx().TransportError as exc:
            raise PortalUnreachable(f"{type(exc).__name__}: {exc}") from exc

    def decline_reasons(self) -> list[dict[str, str]]:
        result: list[dict[str, str]] = self._json(self.request(
            "GET", "/api/v1/staff/decline-reasons"))
        return result

    def ping(self) -> float:
        """Seconds for one round trip to the portal's public catalogue."""
        response = self._send("GET", "/api/v1/kindergartens", auth=False,
                              params={"locality": "-"})
        self._checked(response)
        return response.elapsed.total_seconds()


def _optional_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
def _problem(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
        if not isinstance(body, dict):
            raise ValueError("not an object")
    except ValueError:
        body = {"code": f"http_{response.status_code}", "title": response.text[:200]}
    return body


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max((parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds(), 0.0)
    except (TypeError, ValueError):
        return None
