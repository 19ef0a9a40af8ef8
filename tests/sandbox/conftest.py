"""A live sandbox per storage backend: a real `python -m portal_sandbox serve` process on
loopback, against SQLite and against the PostgreSQL server every machine runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from portal_sandbox.client import SandboxClient
from tests.support.sandbox import drop_database, postgres_database, start_sandbox, stop_sandbox
from tests.support.world import World


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def sandbox_url(request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    database = None
    db_url = None
    if request.param == "postgres":
        database = postgres_database()
        if database is None:
            pytest.skip("no PostgreSQL server at 127.0.0.1:5432")
        db_url = database[1]
    process, url = start_sandbox(tmp_path_factory.mktemp(f"sandbox-{request.param}"), db_url)
    try:
        yield url
    finally:
        stop_sandbox(process)
        if database is not None:
            drop_database(database[0])


@pytest.fixture
def client(sandbox_url: str) -> Iterator[SandboxClient]:
    with SandboxClient(sandbox_url) as c:
        yield c


@pytest.fixture
def world(client: SandboxClient) -> World:
    return World(client)
