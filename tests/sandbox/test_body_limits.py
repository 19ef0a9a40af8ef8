"""Bodies are bounded before anything parses them: a JSON body over 256 KiB is a 413
whether its length is declared (refused before a byte of it is read) or it comes in chunks
(refused as soon as it passes the limit); uploads have their own, larger limit."""

from __future__ import annotations

import json
import select
import socket
from urllib.parse import urlsplit

import pytest

from portal_sandbox.bodylimit import JSON_BODY_MAX
from portal_sandbox.client import SandboxClient
from tests.support.identity import refused
from tests.support.world import World

TOKEN = "/api/v1/auth/token"


def _connect(client: SandboxClient) -> socket.socket:
    url = urlsplit(str(client.http.base_url))
    return socket.create_connection((url.hostname or "127.0.0.1", url.port or 80), timeout=30)


def _answer(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    while len(body) < int(headers.get("content-length", "0")):
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return int(lines[0].split()[1]), headers, body


def _request_head(client: SandboxClient, method: str, path: str, *extra: str) -> bytes:
    host = urlsplit(str(client.http.base_url)).netloc
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Content-Type: application/json",
             "Accept-Language: en", *extra]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_a_declared_200_mb_body_is_refused_before_it_is_sent(client: SandboxClient) -> None:
    with _connect(client) as sock:
        sock.sendall(_request_head(client, "POST", TOKEN,
                                   f"Content-Length: {200 * 1024 * 1024}"))
        # Nothing of the body has been sent: the answer comes all the same.
        status, headers, body = _answer(sock)
    assert status == 413
    assert headers["content-type"] == "application/problem+json"
    problem = json.loads(body)
    assert problem["code"] == "request_too_large"
    assert problem["limit"] == JSON_BODY_MAX


def test_a_chunked_body_is_refused_once_it_passes_the_limit(client: SandboxClient) -> None:
    piece = b"x" * 65536
    chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    sent = 0
    with _connect(client) as sock:
        sock.sendall(_request_head(client, "POST", TOKEN, "Transfer-Encoding: chunked"))
        # Up to 200 MB, stopping the moment the portal answers.
        while sent < 200 * 1024 * 1024:
            if select.select([sock], [], [], 0)[0]:
                break
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(piece)
        status, _, body = _answer(sock)
    assert status == 413
    assert json.loads(body)["code"] == "request_too_large"
    # Refused at 256 KiB: what went out beyond it sat in the sockets' buffers.
    assert sent < 32 * 1024 * 1024, sent


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_refusal_is_worded_in_the_callers_language(client: SandboxClient,
                                                       language: str) -> None:
    response = client.http.post(TOKEN, content=b"{" + b" " * JSON_BODY_MAX + b"}",
                                headers={"Content-Type": "application/json",
                                         "Accept-Language": language,
                                         "Idempotency-Key": "too-large"})
    body = refused(response, 413, "request_too_large")
    assert body["title"] == {
        "kk": "Сұрау тым үлкен: бір жолы азырақ жіберіңіз.",
        "ru": "Запрос слишком большой: отправляйте меньше данных за один раз.",
        "en": "The request is too large: send less at a time.",
    }[language]


def test_a_body_within_the_limit_is_read_as_before(client: SandboxClient) -> None:
    # An EDS signature may be 200,000 characters: under the limit, so judged on its merits.
    nonce = client.json("POST", "/api/v1/auth/eds/challenge")["nonce"]
    response = client.http.post("/api/v1/auth/eds",
                                json={"nonce": nonce, "signature": "A" * 200_000})
    assert response.status_code != 413
    refused(response, 422, "signature_invalid")


def test_uploads_have_their_own_larger_limit(world: World) -> None:
    client = world.client
    family, app = world.application()
    path = f"/api/v1/me/applications/{app['id']}/documents/form_027u"
    headers = {**family.parent.headers, "Content-Type": "application/pdf"}
    # Over the JSON limit but a document: judged by what it is (not a PDF), not its size.
    response = client.http.put(path, content=b"\0" * (JSON_BODY_MAX * 2), headers=headers)
    refused(response, 415, "unsupported_media_type")
    with _connect(client) as sock:
        sock.sendall(_request_head(client, "PUT", path, f"Content-Length: {21 * 1024 * 1024}",
                                   f"Authorization: {headers['Authorization']}"))
        status, _, body = _answer(sock)
    assert status == 413
    assert json.loads(body)["code"] == "file_too_large"
