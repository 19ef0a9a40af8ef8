"""Accounts and log-ins on the live sandbox, and the problem documents it refuses with."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx

from portal_sandbox.client import SandboxClient
from portal_sandbox.iin import make_iin
from tests.support.world import PASSWORD, World

PROBLEM_JSON = "application/problem+json"
TOKEN = "/api/v1/auth/token"


def post(client: SandboxClient, path: str, body: dict[str, Any],
         headers: dict[str, str] | None = None) -> httpx.Response:
    return client.http.post(path, json=body, headers=headers or {})


def refused(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """Assert a problem document with this status and code, and return it."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == PROBLEM_JSON
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    assert body["status"] == status
    assert body["title"]
    return body


def log_in(client: SandboxClient, login: str, password: str,
           role: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {"login": login, "password": password}
    if role is not None:
        body["role"] = role
    return post(client, TOKEN, body)


@dataclass
class Parent:
    iin: str
    phone: str
    password: str


def parent(world: World, password: str = PASSWORD) -> Parent:
    """A person in the register with a registered account."""
    iin = world.person(date(1990, 11, 2), "male", last_name="Омаров", first_name="Данияр",
                       patronymic="Ерланұлы")
    phone = world.phone()
    world.client.register(phone, iin, password)
    return Parent(iin, phone, password)


def unregistered_iin(client: SandboxClient) -> str:
    iin = make_iin(date(1961, 7, 3), "male", random.SystemRandom().randrange(9000))
    refused(client.http.get(f"/sandbox/registry/{iin}"), 404, "person_not_found")
    return iin
