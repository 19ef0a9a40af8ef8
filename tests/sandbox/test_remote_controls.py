"""On a LAN, the sandbox's controls (SMS codes, demo passwords, parents' IINs) answer only
the computer it runs on, unless `serve --allow-remote-controls`; and a sandbox listening
beyond loopback says what it exposes when it starts."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from portal_sandbox.__main__ import exposure_warning
from tests.support.identity import refused
from tests.support.sandbox import stop_sandbox

CONTROLS = ["/sandbox/demo", "/sandbox/sms?phone=%2B77011234567", "/sandbox/clock",
            "/sandbox/parents"]


def lan_address() -> str | None:
    """This computer's address on its network, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # no packet is sent
            address = str(probe.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") else address


def serve(folder: Path, *extra: str) -> tuple[subprocess.Popen[str], int, list[str]]:
    command = [sys.executable, "-m", "portal_sandbox", "serve", "--host", "0.0.0.0",
               "--port", "0", "--seed", "empty", "--data-dir", str(folder), *extra]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    assert process.stdout is not None
    said = []
    for line in process.stdout:
        said.append(line)
        if line.startswith("listening on "):
            return process, int(line.rsplit(":", 1)[1]), said
    process.wait(timeout=10)
    raise RuntimeError("the sandbox did not start:\n" + "".join(said))


@pytest.fixture(scope="module")
def address() -> str:
    found = lan_address()
    if found is None:
        pytest.skip("this computer has no network address besides loopback")
    return found


@pytest.fixture(scope="module")
def on_the_lan(tmp_path_factory: pytest.TempPathFactory
               ) -> Iterator[tuple[int, list[str]]]:
    process, port, said = serve(tmp_path_factory.mktemp("lan"))
    try:
        yield port, said
    finally:
        stop_sandbox(process)


@pytest.mark.live
def test_controls_refuse_another_computer(address: str,
                                          on_the_lan: tuple[int, list[str]]) -> None:
    port, _ = on_the_lan
    with httpx.Client(base_url=f"http://{address}:{port}",
                      headers={"Accept-Language": "en"}) as remote:
        for path in CONTROLS:
            body = refused(remote.get(path), 403, "controls_local_only")
            assert "--allow-remote-controls" in body["title"]
        refused(remote.post("/sandbox/clock/advance", json={"days": 1}), 403,
                "controls_local_only")
        # The portal itself serves the LAN.
        assert remote.get("/api/v1/kindergartens").status_code == 200
        assert remote.post("/api/v1/auth/eds/challenge").status_code == 200
    with httpx.Client(base_url=f"http://127.0.0.1:{port}") as local:
        for path in CONTROLS:
            assert local.get(path).status_code == 200, path


@pytest.mark.live
def test_the_refusal_is_worded_in_kk_ru_and_en(address: str,
                                               on_the_lan: tuple[int, list[str]]) -> None:
    port, _ = on_the_lan
    titles = {language: httpx.get(f"http://{address}:{port}/sandbox/demo",
                                  headers={"Accept-Language": language}).json()["title"]
              for language in ("kk", "ru", "en")}
    assert titles["kk"].startswith("Құмсалғышты басқару тек")
    assert titles["ru"].startswith("Управление песочницей доступно только")
    assert titles["en"].startswith("The sandbox's controls answer only")


@pytest.mark.live
def test_listening_on_the_network_says_what_it_exposes(
        on_the_lan: tuple[int, list[str]]) -> None:
    _, said = on_the_lan
    [warning] = [line for line in said if line.startswith("warning:")]
    assert "every network interface" in warning
    assert "demo world's staff accounts" in warning
    assert "SMS codes, demo passwords, parents' IINs" in warning
    assert "answer only this computer" in warning


def test_loopback_says_nothing() -> None:
    for host in ("127.0.0.1", "::1", "localhost"):
        assert exposure_warning(host, False) is None
    assert "ANYONE" in (exposure_warning("192.0.2.7", True) or "")


@pytest.mark.live
def test_allow_remote_controls_opens_them(address: str,
                                          tmp_path_factory: pytest.TempPathFactory) -> None:
    process, port, said = serve(tmp_path_factory.mktemp("lan-open"),
                                "--allow-remote-controls")
    try:
        assert any("answer ANYONE on the network" in line for line in said)
        with httpx.Client(base_url=f"http://{address}:{port}") as remote:
            for path in CONTROLS:
                assert remote.get(path).status_code == 200, path
    finally:
        stop_sandbox(process)
