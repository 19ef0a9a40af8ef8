"""No value is a 500: numbers past the database's integers (2**63, 10**30), JSON's true
where a number belongs (PostgreSQL refuses to compare it with an integer), Infinity and
1e400 (JSON numbers Python reads as a float infinity), in every integer field the API
takes, in the mutations' arguments, in a cursor and in a token's claims."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal_sandbox.client import SandboxClient, Session
from portal_sandbox.errors import Problem
from portal_sandbox.security import Principal, TokenSigner
from tests.support.openapi import committed_document
from tests.support.sandbox import start_sandbox, stop_sandbox
from tests.support.world import World, payload_sha256

# Written into JSON as they are: json.dumps spells inf as Infinity, and 1e400 is kept as text.
EDGES: list[Any] = [2**63, 2**63 - 1, -(2**63) - 1, 2**31, 10**30, -1, True, False,
                    float("inf"), float("-inf"), 1.5, 1e308, "1", None, [], {}]
LITERALS = ["1e400", "-1e400", "NaN", "Infinity"]
values = st.one_of(st.sampled_from(EDGES), st.integers(min_value=-(2**80), max_value=2**80))
FUZZ = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _dumps(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode()


def no_server_error(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text


# mutation arguments


INT_ARGS = {
    "accept_request": ["request_id", "base_version"],
    "decline_request": ["request_id", "base_version"],
    "return_documents": ["request_id"],
    "accept_documents": ["request_id"],
    "send_contract": ["request_id"],
    "countersign_contract": ["request_id"],
    "create_group": ["age_from", "age_to", "capacity"],
    "update_group": ["group_id", "base_version", "age_from", "age_to"],
    "set_capacity": ["group_id", "capacity", "base_version"],
    "transfer_child": ["request_id", "group_id"],
}
BASE_ARGS: dict[str, dict[str, Any]] = {
    "accept_request": {"request_id": 1},
    "decline_request": {"request_id": 1, "reason": "no_places"},
    "return_documents": {"request_id": 1, "comments": {"form_027u": "x"}},
    "accept_documents": {"request_id": 1, "kinds": ["form_027u"]},
    "send_contract": {"request_id": 1, "pdf_sha256": "0" * 64},
    "countersign_contract": {"request_id": 1, "pdf_sha256": "0" * 64},
    "create_group": {"name": "Т", "age_from": 3, "age_to": 4, "language": "kk",
                     "capacity": 10},
    "update_group": {"group_id": 1},
    "set_capacity": {"group_id": 1, "capacity": 10},
    "transfer_child": {"request_id": 1, "group_id": 1},
}


def push_raw(client: SandboxClient, staff: Session, body: bytes) -> httpx.Response:
    return client.http.post("/api/v1/staff/mutations", content=body, headers={
        **staff.headers, "Content-Type": "application/json"})


@pytest.fixture
def director(world: World) -> Session:
    return world.staff(world.kindergarten(), ["director"])


@FUZZ
@given(name=st.sampled_from(sorted(INT_ARGS)), data=st.data(), value=values)
def test_no_mutation_argument_is_a_server_error(world: World, director: Session, name: str,
                                                data: st.DataObject, value: Any) -> None:
    key = data.draw(st.sampled_from(INT_ARGS[name]))
    args = {**BASE_ARGS[name], key: value}
    mutation = {"seq": 1, "id": "m-1", "name": name, "args": args,
                "payload_sha256": payload_sha256(name, args)}
    response = push_raw(world.client, director, _dumps(
        {"client_id": f"fuzz-{time.monotonic_ns()}", "mutations": [mutation]}))
    no_server_error(response)
    if response.status_code == 200:
        [result] = response.json()["results"]
        assert result["outcome"] in ("invalid", "conflict", "applied"), result


@pytest.mark.parametrize("literal", LITERALS)
def test_a_request_id_of_1e400_is_refused_like_any_bad_number(
        world: World, director: Session, literal: str) -> None:
    args_text = f'{{"request_id":{literal}}}'
    args = json.loads(args_text)
    digest = payload_sha256("accept_request", args)
    body = (f'{{"client_id":"lit-{time.monotonic_ns()}","mutations":[{{"seq":1,"id":"m",'
            f'"name":"accept_request","args":{args_text},"payload_sha256":"{digest}"}}]}}')
    response = push_raw(world.client, director, body.encode())
    no_server_error(response)
    assert response.json()["results"][0]["outcome"] == "invalid"


def test_a_push_of_many_bad_ids_at_once_is_answered(world: World, director: Session) -> None:
    """The push looks up every request it names at once: 2**63 and true among them."""
    mutations = []
    for seq, value in enumerate([2**63, True, 10**30, -1, 5], start=1):
        args = {"request_id": value}
        mutations.append({"seq": seq, "id": f"m{seq}", "name": "accept_request",
                          "args": args, "payload_sha256": payload_sha256("accept_request",
                                                                         args)})
    response = push_raw(world.client, director, _dumps(
        {"client_id": f"many-{time.monotonic_ns()}", "mutations": mutations}))
    assert response.status_code == 200, response.text
    outcomes = [r["outcome"] for r in response.json()["results"]]
    assert outcomes[:4] == ["invalid"] * 4


# cursors


def cursor(claims_text: str) -> str:
    return base64.urlsafe_b64encode(claims_text.encode()).rstrip(b"=").decode()


@pytest.mark.parametrize("seq", ["1e30", "1000000000000000000000000000000", "Infinity",
                                 "-Infinity", "NaN", "9223372036854775808", "true", "1.5",
                                 "-1", '"5"', "null"])
def test_a_cursor_position_out_of_range_is_cursor_invalid(world: World, director: Session,
                                                          seq: str) -> None:
    page = world.changes(director)
    epoch = json.loads(base64.urlsafe_b64decode(page["cursor"] + "=="))["e"]
    me = world.client.json("GET", "/api/v1/me", session=director)["kindergarten"]["id"]
    response = world.client.http.get("/api/v1/staff/changes", headers=director.headers,
                                     params={"cursor": cursor(
                                         f'{{"k":{me},"s":{seq},"e":"{epoch}"}}')})
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "cursor_invalid"


# every integer field of the API's JSON bodies and queries


def _resolve(schema: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = document["components"]["schemas"][name]
    return schema


def _integer_fields() -> list[tuple[str, str, str, str]]:
    """(method, path, 'body'|'query', name) for each integer the API reads."""
    document = committed_document()
    fields = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                types = [schema.get("type")] + [s.get("type") for s in schema.get("anyOf", [])]
                if "integer" in types and parameter["in"] == "query":
                    fields.append((method.upper(), path, "query", parameter["name"]))
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                body = _resolve(content["application/json"]["schema"], document)
                for name, prop in body.get("properties", {}).items():
                    types = [prop.get("type")] + [s.get("type") for s in prop.get("anyOf", [])]
                    if "integer" in types:
                        fields.append((method.upper(), path, "body", name))
    return fields


INTEGER_FIELDS = _integer_fields()


def test_the_api_has_integer_fields_to_try() -> None:
    names = {name for _, _, _, name in INTEGER_FIELDS}
    assert {"limit", "kindergarten_id", "group_id", "count", "days", "offset"} <= names


@FUZZ
@given(field=st.sampled_from(INTEGER_FIELDS), value=values)
def test_no_integer_field_takes_a_value_that_breaks_the_portal(
        world: World, director: Session, field: tuple[str, str, str, str], value: Any) -> None:
    method, path, where, name = field
    client = world.client
    path = path.replace("{application_id}", "1")
    headers = dict(director.headers) if "/staff/" in path else {}
    if where == "query":
        response = client.http.request(method, path, params={name: json.dumps(value)},
                                       headers=headers)
        no_server_error(response)
        return
    if value is True or value is False:  # JSON's true for a number: refused, never 1
        response = client.http.request(method, path, content=_dumps({name: value}),
                                       headers={**headers, "Content-Type": "application/json"})
        assert response.status_code == 422 or response.status_code in (401, 403, 404)
        return
    response = client.http.request(method, path, content=_dumps({name: value}),
                                   headers={**headers, "Content-Type": "application/json"})
    no_server_error(response)


# token claims


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forge(secret: bytes, claims_text: str, header: str = '{"alg":"HS256","typ":"JWT"}') -> str:
    signing_input = f"{_b64(header.encode())}.{_b64(claims_text.encode())}"
    mac = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(mac)}"


# A fixed moment long after any run (1 January 2100), so the test ids are the same in every
# process that collects them: the suite's workers must agree.
LATER = 4_102_444_800
BAD_CLAIMS = [
    '{"sub":"1","roles":[],"kg":null,"iat":0,"exp":1e400}',
    '{"sub":"1","roles":[],"kg":null,"iat":0,"exp":Infinity}',
    '{"sub":"1","roles":[],"kg":null,"iat":0,"exp":NaN}',
    f'{{"sub":"1","roles":[],"kg":null,"iat":1e400,"exp":{LATER}}}',
    '{"sub":"1","roles":[],"kg":null,"iat":0,"exp":"soon"}',
    '{"sub":"1","roles":[],"kg":null,"iat":0,"exp":true}',
    '{"sub":"1","roles":[],"kg":null,"iat":0}',
    f'{{"sub":1,"roles":[],"kg":null,"iat":0,"exp":{LATER}}}',
    f'{{"sub":"99999999999999999999","roles":[],"kg":null,"iat":0,"exp":{LATER}}}',
    f'{{"sub":"1","roles":[],"kg":9223372036854775808,"iat":0,"exp":{LATER}}}',
    f'{{"sub":"1","roles":[],"kg":true,"iat":0,"exp":{LATER}}}',
    f'{{"sub":"1","roles":"director","kg":null,"iat":0,"exp":{LATER}}}',
    '[1,2,3]',
    'not json',
]


@pytest.mark.parametrize("claims", BAD_CLAIMS)
def test_a_signed_token_with_absurd_claims_is_unauthorized(claims: str) -> None:
    secret = b"k" * 32
    with pytest.raises(Problem) as refused:
        TokenSigner(secret, 900).verify(forge(secret, claims))
    # (PyJWT reads `"exp": true` as 1, long past: expired, a 401 all the same.)
    assert refused.value.code in ("unauthorized", "token_expired")
    assert refused.value.status == 401


def test_tokens_are_standard_jwts_checked_by_pyjwt() -> None:
    import jwt

    secret = b"k" * 32
    signer = TokenSigner(secret, 900)
    token = signer.issue(Principal(7, ("director",), 3))
    claims = jwt.decode(token, secret, algorithms=["HS256"])
    assert claims["sub"] == "7" and claims["kg"] == 3 and claims["roles"] == ["director"]
    assert claims["exp"] - claims["iat"] == 900
    assert signer.verify(token) == Principal(7, ("director",), 3)
    expired = forge(secret, '{"sub":"7","roles":[],"kg":null,"iat":0,"exp":1}')
    with pytest.raises(Problem) as refused:
        signer.verify(expired)
    assert refused.value.code == "token_expired"
    for header in ('{"alg":"none","typ":"JWT"}', '{"alg":"HS512","typ":"JWT"}'):
        with pytest.raises(Problem):
            signer.verify(forge(secret, '{"sub":"7","roles":[],"kg":null,"iat":0,'
                                        f'"exp":{int(time.time()) + 600}}}', header))


@pytest.fixture(scope="module")
def own_secret(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, bytes]]:
    """A sandbox whose signing secret the test reads from its SQLite file, to sign tokens
    the portal's own way."""
    folder = Path(tmp_path_factory.mktemp("claims"))
    process, url = start_sandbox(folder, None)
    try:
        with sqlite3.connect(folder / "portal.db") as db:
            [(value,)] = db.execute("SELECT value FROM settings WHERE key = 'token_secret'")
        yield url, bytes.fromhex(json.loads(value)["value"])
    finally:
        stop_sandbox(process)


@pytest.mark.live
@pytest.mark.parametrize("claims", BAD_CLAIMS)
def test_the_portal_answers_absurd_claims_with_401(own_secret: tuple[str, bytes],
                                                   claims: str) -> None:
    url, secret = own_secret
    token = forge(secret, claims)
    for path in ("/api/v1/me", "/api/v1/staff/changes"):
        response = httpx.get(f"{url}{path}", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, response.text
    # The idempotency layer reads the token too, before any route.
    response = httpx.post(f"{url}/api/v1/auth/eds/challenge", headers={
        "Authorization": f"Bearer {token}", "Idempotency-Key": f"k-{time.monotonic_ns()}"})
    assert response.status_code == 200, response.text
