"""The client's tests: a fresh profile and an in-memory keyring per test, and one live
portal sandbox (SQLite) for the session, in which each test builds its own kindergarten."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import keyring
import pytest

from portal_sandbox.client import SandboxClient
from portal_sandbox.workdays import PORTAL_TZ
from tests.sandbox.conftest import start_sandbox, stop_sandbox
from tests.sandbox.scenario import PASSWORD, World
from tests.support.keyrings import MemoryKeyring

START = datetime(2025, 2, 6, 10, tzinfo=PORTAL_TZ)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    from desktop.services import credentials

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        credentials.use_keyring()  # a test that chose the encrypted file leaves it


@pytest.fixture(autouse=True)
def source_language() -> Iterator[None]:
    """Each test starts in the source texts and leaves no translator behind for the next."""
    yield
    from PySide6.QtCore import QLocale

    from desktop.views.runtime.i18n import remove_translations

    remove_translations()
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    process, url = start_sandbox(tmp_path_factory.mktemp("desk-sandbox"), None)
    try:
        yield url
    finally:
        stop_sandbox(process)


@dataclass
class Site:
    """A kindergarten on the live sandbox with staff who can sign in, and its requests."""

    url: str
    world: World
    kindergarten: dict[str, Any]
    director_login: str
    methodologist_login: str
    password: str
    requests: list[dict[str, Any]]


def make_site(url: str, requests: int = 3) -> Site:
    client = SandboxClient(url)
    world = World(client)
    client.set_clock(START)
    kg = world.kindergarten(groups=[
        {"name": "Ортаңғы топ «Күншуақ»", "age_from": 3, "age_to": 4, "language": "kk",
         "capacity": 20},
        {"name": "Средняя группа «Солнышко»", "age_from": 3, "age_to": 4, "language": "ru",
         "capacity": 20},
    ])
    director_iin = world.person(datetime(1980, 1, 20).date(), "female",
                                last_name="Сейткали", first_name="Гүлнар")
    client.add_staff(kg["bin"], director_iin, ["director"], PASSWORD)
    methodologist_iin = world.person(datetime(1985, 7, 2).date(), "female",
                                     last_name="Иванова", first_name="Мария")
    client.add_staff(kg["bin"], methodologist_iin, ["methodologist"], PASSWORD)
    apps = [world.request_at(kg, group_index=i % 2)[1] for i in range(requests)]
    return Site(url, world, kg, director_iin, methodologist_iin, PASSWORD, apps)


@pytest.fixture
def site(sandbox: str) -> Iterator[Site]:
    built = make_site(sandbox)
    try:
        yield built
    finally:
        built.world.client.close()


@pytest.fixture
def child_env(tmp_path: Path) -> dict[str, str]:
    """Environment for running the client as a command: a file keyring, offscreen Qt."""
    return dict(os.environ, PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
                BALABAQSHA_TEST_KEYRING=str(tmp_path / "keyring.json"),
                QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).parents[2]))


# The requests list's tests share one synthetic cache of thousands of requests (built once,
# see test_requests_queries) and its reference copy in plain Python.


@pytest.fixture(scope="module")
def cache() -> Iterator[Any]:
    from bench.client_requests import KEY
    from desktop.services.cache import open_cache
    from tests.desktop.test_requests_queries import cache_file

    opened = open_cache(cache_file(), KEY)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def world(cache: Any) -> Any:
    from tests.desktop.test_requests_queries import load_world

    return load_world(cache)


# The main window on a signed-in site, and a language switcher: many GUI tests use them.


@pytest.fixture
def desk(qtbot: Any, site: Site, profile_dir: Path) -> Iterator[Any]:
    """The main window of `site`'s director, closed after the test."""
    from tests.desktop.test_views_support import close, open_window, signed_in

    profile, settings, workspace = signed_in(site, profile_dir)
    opened = open_window(qtbot, profile, settings, workspace)
    try:
        yield opened
    finally:
        close(opened)


@pytest.fixture
def languages(qapp: Any) -> Iterator[Any]:
    """A LanguageSwitcher over the compiled translations, back to English afterwards."""
    from desktop.views.runtime.i18n import LanguageSwitcher
    from tests.desktop.test_views_support import compiled_translations

    compiled_translations()
    switcher = LanguageSwitcher()
    try:
        yield switcher
    finally:
        switcher.apply("en")
