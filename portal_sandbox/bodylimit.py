"""Request bodies are bounded before anything parses them.

An ASGI middleware, outermost: a declared `Content-Length` over the limit is refused before a
byte is read, and a body sent in chunks (no length declared) is counted as it arrives and
refused the moment it passes the limit, so an anonymous client cannot make the portal hold
a body of any size in memory. Uploads (documents, contracts) have the upload limit; a push of
mutations one of its own; every other body is a small JSON document.
"""

from __future__ import annotations

import json
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from portal_sandbox.errors import Problem, negotiate_language

JSON_BODY_MAX = 256 * 1024
# A push carries at most 500 mutations (Settings.mutations_per_push_max), each with its
# arguments; the desk sends 100 at a time.
PUSH_BODY_MAX = 8 * 1024 * 1024

_UPLOADS = (
    ("PUT", re.compile(r"^/api/v1/me/applications/[^/]+/documents/[^/]+/?$")),
    ("POST", re.compile(r"^/api/v1/me/applications/[^/]+/contract/signature/?$")),
    ("PUT", re.compile(r"^/api/v1/staff/uploads/[^/]+/?$")),
)
_PUSH = ("POST", re.compile(r"^/api/v1/staff/mutations/?$"))


def body_limit(method: str, path: str, upload_max: int) -> tuple[int, str]:
    """The largest body this route takes, and the problem code for one past it."""
    if any(method == m and pattern.match(path) for m, pattern in _UPLOADS):
        return upload_max, "file_too_large"
    if method == _PUSH[0] and _PUSH[1].match(path):
        return PUSH_BODY_MAX, "request_too_large"
    return JSON_BODY_MAX, "request_too_large"


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, upload_max: int) -> None:
        self.app = app
        self.upload_max = upload_max

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, code = body_limit(scope["method"], scope["path"], self.upload_max)
        declared = _header(scope, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > limit:
            await self._refuse(scope, send, Problem(code, limit=limit))
            return
        # Read (and count) the whole body before the application sees any of it: no route
        # parses a body it does not have in full, and this one is at most `limit` bytes.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await self._refuse(scope, send, Problem(code, limit=limit))
                return
            if chunk:
                chunks.append(chunk)
            more = message.get("more_body", False)

        pending = [{"type": "http.request", "body": chunk, "more_body": True}
                   for chunk in chunks] or [{"type": "http.request", "body": b""}]
        pending[-1]["more_body"] = False

        async def replay() -> Message:
            if pending:
                return pending.pop(0)
            return await receive()  # after the body: a disconnect, when it comes

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(scope: Scope, send: Send, problem: Problem) -> None:
        language = negotiate_language(_header(scope, b"accept-language"))
        content = json.dumps(problem.document(language, scope["path"]),
                             ensure_ascii=False).encode()
        await send({"type": "http.response.start", "status": problem.status, "headers": [
            (b"content-type", b"application/problem+json"),
            (b"content-length", str(len(content)).encode()),
            # The rest of the body is not read: the connection cannot carry another request.
            (b"connection", b"close"),
        ]})
        await send({"type": "http.response.body", "body": content})
