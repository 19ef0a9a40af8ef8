"""The client's tests: a fresh profile and an in-memory keyring per test, and one live
portal sandbox (SQLite) for the session, in which each test builds its own kindergarten.

The fixtures many modules share are here; what they are built from is in tests/support/.
Modules that mean another thing by a name (`desk`, `director`) define their own.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring
import pytest

from tests.support.keyrings import MemoryKeyring
from tests.support.sandbox import start_sandbox, stop_sandbox
from tests.support.sites import Site, make_site

# The helpers behind the fixtures are imported when a fixture runs: a test that needs none
# of them loads neither Qt's widgets nor the sync engine for them.
if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.support.commands import Kindergarten as CommandsKindergarten
    from tests.support.contracts import Office
    from tests.support.desks import Desk
    from tests.support.sync_desks import Kindergarten, Wire


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
# see tests/support/reference.py) and its reference copy in plain Python.


@pytest.fixture(scope="module")
def cache() -> Iterator[Any]:
    from desktop.services.cache import open_cache
    from tests.support.reference import cache_file
    from tests.support.synthetic import KEY

    opened = open_cache(cache_file(), KEY)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def world(cache: Any) -> Any:
    from tests.support.reference import load_world

    return load_world(cache)


# The main window on a signed-in site, and a language switcher: many GUI tests use them.


@pytest.fixture
def desk(qtbot: Any, site: Site, profile_dir: Path) -> Iterator[Any]:
    """The main window of `site`'s director, closed after the test."""
    from tests.support.windows import close, open_window, signed_in

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
    from tests.support.windows import compiled_translations

    compiled_translations()
    switcher = LanguageSwitcher()
    try:
        yield switcher
    finally:
        switcher.apply("en")


# Staff computers on the live sandbox: the director deciding (tests/support/desks.py), the
# sync engine's desk (tests/support/sync_desks.py), the contracts page
# (tests/support/contracts.py) and the command line (tests/support/commands.py).


@pytest.fixture
def director(site: Site, tmp_path: Path) -> Iterator[Desk]:
    """`site`'s director signed in on a computer of their own, synced once."""
    from tests.support.desks import open_desk

    desk = open_desk(site, tmp_path / "director", site.director_login)
    try:
        yield desk
    finally:
        desk.close()


@pytest.fixture
def kg(sandbox: str) -> Iterator[Kindergarten]:
    """A kindergarten with three requests whose families are at hand."""
    from tests.support.sync_desks import kindergarten

    built = kindergarten(sandbox)
    try:
        yield built
    finally:
        built.sandbox.close()


@pytest.fixture
def wire() -> Iterator[Wire]:
    from tests.support.sync_desks import Wire

    transport = Wire()
    yield transport
    transport.close()


@pytest.fixture
def office(qtbot: QtBot, sandbox: str, tmp_path: Path) -> Iterator[Office]:
    """The contracts page of a director whose kindergarten has no requests yet."""
    from tests.support.contracts import open_office

    site = make_site(sandbox, requests=0)
    built = open_office(qtbot, site, tmp_path)
    try:
        yield built
    finally:
        built.desk.close()
        site.world.client.close()


@pytest.fixture(scope="module")
def kindergarten(sandbox: str) -> Iterator[CommandsKindergarten]:
    """For the command line's modules: three requests, the third with a medical form."""
    from tests.support.commands import build_kindergarten

    built = build_kindergarten(sandbox)
    try:
        yield built
    finally:
        built.site.world.client.close()
