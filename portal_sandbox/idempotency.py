"""`Idempotency-Key` for every unsafe request: a replay gets the first response back.

An ASGI middleware, so that it sees exactly the bytes of the body and of the response. The
key is scoped by the caller (the access token's subject, or the client's address for
anonymous calls), so one client cannot read another's stored answer.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from portal_sandbox.db import Database
from portal_sandbox.errors import Problem, negotiate_language
from portal_sandbox.models import IdempotencyRecord
from portal_sandbox.security import TokenSigner

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
KEY_MAX = 128


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp, db: Database, tokens: TokenSigner) -> None:
        self.app = app
        self.db = db
        self.tokens = tokens

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
        body = bytearray()
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        body_hash = hashlib.sha256(bytes(body)).hexdigest()
        principal = self._principal(scope)
        path = scope["path"]
        stored = await run_in_threadpool(self._lookup, principal, key)
        if stored is not None:
            method, stored_path, stored_hash, status, content_type, content = stored
            if (method, stored_path, stored_hash) != (scope["method"], path, body_hash):
                await self._problem(send, Problem("idempotency_key_reused"), language)
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

        captured: dict[str, Any] = {"status": 0, "type": "", "body": bytearray()}

        async def capture_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                for name, value in message.get("headers", []):
                    if name.lower() == b"content-type":
                        captured["type"] = value.decode("latin-1")
            elif message["type"] == "http.response.body":
                captured["body"] += message.get("body", b"")
            await send(message)

        await self.app(scope, replay_receive, capture_send)
        # Transient failures are not remembered: the client is meant to try them again.
        if captured["status"] < 500 and captured["status"] not in (401, 429):
            record = IdempotencyRecord(
                principal=principal, key=key, method=scope["method"], path=path,
                body_sha256=body_hash, status=captured["status"],
                content_type=captured["type"] or "application/octet-stream",
                body=bytes(captured["body"]), at=datetime.now(UTC),
            )
            await run_in_threadpool(self._remember, record)

    def _lookup(self, principal: str, key: str) -> tuple[str, str, str, int, str, bytes] | None:
        with self.db.read() as session:
            record = session.get(IdempotencyRecord, (principal, key))
            if record is None:
                return None
            return (record.method, record.path, record.body_sha256, record.status,
                    record.content_type, record.body)

    def _remember(self, record: IdempotencyRecord) -> None:
        try:
            with self.db.write() as session:
                session.add(record)
        except IntegrityError:
            pass  # a concurrent first request stored it already

    @staticmethod
    async def _problem(send: Send, problem: Problem, language: str) -> None:
        content = json.dumps(problem.document(language), ensure_ascii=False).encode()
        await send({"type": "http.response.start", "status": problem.status, "headers": [
            (b"content-type", b"application/problem+json"),
            (b"content-length", str(len(content)).encode()),
        ]})
        await send({"type": "http.response.body", "body": content})
