"""`Idempotency-Key` for every unsafe request: a replay gets the first response back.

An ASGI middleware, so that it sees exactly the bytes of the body and of the response. The
key is scoped by the caller (the access token's subject, or the client's address for
anonymous calls), so one client cannot read another's stored answer.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from portal_sandbox.config import Settings
from portal_sandbox.db import Database
from portal_sandbox.errors import Problem, negotiate_language
from portal_sandbox.models import IdempotencyRecord
from portal_sandbox.security import TokenSigner

log = logging.getLogger(__name__)

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
KEY_MAX = 128
PATH_MAX = 500  # the column's width
PENDING = 0  # the status of a claimed key whose request is still running
PENDING_TIMEOUT = timedelta(seconds=60)


def _stored_path(path: str) -> str:
    """The path as stored: percent-encoded (no NUL or control characters reach the database),
    and a long one cut short with its digest kept, so that it still compares."""
    path = quote(path, safe="/:@!$&'()*+,;=-._~")
    if len(path) <= PATH_MAX:
        return path
    return f"{path[:PATH_MAX - 65]}#{hashlib.sha256(path.encode()).hexdigest()}"


def _stored(record: IdempotencyRecord) -> tuple[str, str, str, int, str, bytes]:
    return (record.method, record.path, record.body_sha256, record.status,
            record.content_type, record.body)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


class IdempotencyMiddleware:
    """Remember the first response to each (caller, key), and answer replays with it.

    The key is claimed (a pending record) before the request runs and its response stored
    before it is sent: a client that retries the moment it has an answer, or while the first
    attempt is still running, never gets the action applied twice.
    """

    def __init__(self, app: ASGIApp, db: Database, tokens: TokenSigner,
                 max_body: int = Settings.max_upload_bytes) -> None:
        self.app = app
        self.db = db
        self.tokens = tokens
        self.max_body = max_body  # no route takes a larger body than an upload

    def _principal(self, scope: Scope) -> str:
        auth = _header(scope, b"authorization") or ""
        if auth.lower().startswith("bearer "):
            try:
                return self.tokens.verify(auth[7:].strip()).key
            except Problem:
                pass
        client = scope.get("client") or ("?", 0)
        return f"ip:{client[0]}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = _header(scope, b"idempotency-key") if scope["type"] == "http" else None
        if not key or scope["method"] not in UNSAFE:
            await self.app(scope, receive, send)
            return
        language = negotiate_language(_header(scope, b"accept-language"))
        if len(key) > KEY_MAX:
            await self._problem(send, Problem("validation_error", "Idempotency-Key too long"),
                                language)
            return
        # The body is held in memory to hash it: refuse early what no route would take.
        limit = self.max_body
        declared = _header(scope, b"content-length")
        too_large = Problem("file_too_large", limit=limit)
        if declared and declared.strip().isdigit() and int(declared) > limit:
            await self._problem(send, too_large, language)
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > limit:
                await self._problem(send, too_large, language)
                return
        body_hash = hashlib.sha256(bytes(body)).hexdigest()
        principal = self._principal(scope)
        path = _stored_path(scope["path"])
        stored = await run_in_threadpool(self._claim, principal, key, scope["method"], path,
                                         body_hash)
        if stored is not None:
            method, stored_path, stored_hash, status, content_type, content = stored
            if (method, stored_path, stored_hash) != (scope["method"], path, body_hash):
                await self._problem(send, Problem("idempotency_key_reused"), language)
                return
            if status == PENDING:
                await self._problem(send, Problem(
                    "retry_later", "a request with this Idempotency-Key is still running"),
                    language, {"retry-after": "1"})
                return
            await send({"type": "http.response.start", "status": status, "headers": [
                (b"content-type", content_type.encode()), (b"idempotent-replayed", b"true"),
                (b"content-length", str(len(content)).encode()),
            ]})
            await send({"type": "http.response.body", "body": content})
            return

        sent_body = False

        async def replay_receive() -> Message:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        # The response is held back until it is stored (responses to unsafe requests are
        # small JSON documents).
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        try:
            await self.app(scope, replay_receive, hold)
        except BaseException:
            await run_in_threadpool(self._release, principal, key)
            raise
        status, content_type = 0, ""
        body = bytearray()
        for message in held:
            if message["type"] == "http.response.start":
                status = message["status"]
                for name, value in message.get("headers", []):
                    if name.lower() == b"content-type":
                        content_type = value.decode("latin-1")
            elif message["type"] == "http.response.body":
                body += message.get("body", b"")
        # Transient failures are not remembered: the client is meant to try them again.
        try:
            if 0 < status < 500 and status not in (401, 429):
                await run_in_threadpool(
                    self._complete, principal, key, status,
                    (content_type or "application/octet-stream")[:100], bytes(body))
            else:
                await run_in_threadpool(self._release, principal, key)
        except Exception:  # the action is done: its answer still goes out
            log.exception("could not store the answer under Idempotency-Key %r", key)
        for message in held:
            await send(message)

    def _claim(self, principal: str, key: str, method: str, path: str,
               body_hash: str) -> tuple[str, str, str, int, str, bytes] | None:
        """None when the key is now this request's; else what is stored under it."""
        now = datetime.now(UTC)
        try:
            with self.db.write() as session:
                record = session.get(IdempotencyRecord, (principal, key))
                if record is None:
                    session.add(IdempotencyRecord(
                        principal=principal, key=key, method=method, path=path,
                        body_sha256=body_hash, status=PENDING, content_type="", body=b"",
                        at=now))
                    return None
                at = record.at if record.at.tzinfo else record.at.replace(tzinfo=UTC)
                if record.status == PENDING and now - at > PENDING_TIMEOUT:
                    # Its first attempt died with its process: this one takes over.
                    record.method, record.path, record.body_sha256 = method, path, body_hash
                    record.at = now
                    return None
                return _stored(record)
        except IntegrityError:  # another process claimed it between our read and write
            with self.db.read() as session:
                record = session.get(IdempotencyRecord, (principal, key))
                if record is None:  # and gave it up again: this one tries later
                    return method, path, body_hash, PENDING, "", b""
                return _stored(record)

    def _complete(self, principal: str, key: str, status: int, content_type: str,
                  content: bytes) -> None:
        with self.db.write() as session:
            record = session.get(IdempotencyRecord, (principal, key))
            if record is not None:
                record.status, record.content_type, record.body = status, content_type, content
                record.at = datetime.now(UTC)

    def _release(self, principal: str, key: str) -> None:
        with self.db.write() as session:
            record = session.get(IdempotencyRecord, (principal, key))
            if record is not None and record.status == PENDING:
                session.delete(record)

    @staticmethod
    async def _problem(send: Send, problem: Problem, language: str,
                       headers: dict[str, str] | None = None) -> None:
        content = json.dumps(problem.document(language), ensure_ascii=False).encode()
        await send({"type": "http.response.start", "status": problem.status, "headers": [
            (b"content-type", b"application/problem+json"),
            (b"content-length", str(len(content)).encode()),
            *((k.encode(), v.encode()) for k, v in (headers or {}).items()),
        ]})
        await send({"type": "http.response.body", "body": content})
