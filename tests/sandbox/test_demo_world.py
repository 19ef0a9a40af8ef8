"""`serve --seed demo`: a world with every status, staff who can log in, keys that open."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils.reader import PdfFileReader

from portal_sandbox.client import SandboxClient
from portal_sandbox.seed import KEY_PASSWORD, PARENT_PASSWORD, STAFF_PASSWORD
from portal_sandbox.signatures import Trust, check_countersigned, check_parent_signed
from tests.support.sandbox import stop_sandbox

# Every test reads the demo world of a sandbox the module starts.
pytestmark = pytest.mark.live

SHIPPED_TEMPLATES = Path(__file__).parents[2] / "resources" / "contracts"

LOGIN_LINE = re.compile(r"^\s+(\S+)\s+(director\+administrator|methodologist)\s+(.+?) — (.+)$")


def serve_demo(data_dir: Path) -> tuple[subprocess.Popen[str], str, list[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "portal_sandbox", "serve", "--port", "0", "--seed", "demo",
         "--demo-families", "60", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line.rstrip("\n"))
        if line.startswith("listening on "):
            process.stdout.close()
            return process, line.split()[-1], lines
    raise RuntimeError("\n".join(lines))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    data_dir = tmp_path_factory.mktemp("demo")
    process, url, lines = serve_demo(data_dir)
    running = {"url": url, "lines": lines, "data_dir": data_dir, "process": process}
    try:
        yield running
    finally:
        stop_sandbox(running["process"])


def logins(lines: list[str]) -> list[tuple[str, str, str, str]]:
    return [m.groups() for line in lines if (m := LOGIN_LINE.match(line))]  # type: ignore[misc]


def test_it_prints_how_to_log_in(demo: dict[str, Any]) -> None:
    found = logins(demo["lines"])
    assert len(found) == 10
    assert len({kg for *_, kg in found}) == 5
    assert any(STAFF_PASSWORD in line for line in demo["lines"])
    assert any(KEY_PASSWORD in line for line in demo["lines"])


def test_every_status_is_there_for_the_staff(demo: dict[str, Any]) -> None:
    statuses: set[str] = set()
    with SandboxClient(demo["url"]) as client:
        for login, role, _name, _kg in logins(demo["lines"]):
            if role != "methodologist":
                continue
            staff = client.login(login, STAFF_PASSWORD)
            page = client.json("GET", "/api/v1/staff/changes", session=staff,
                               params={"limit": 2000})
            statuses |= {c["data"]["status"] for c in page["changes"] if c["type"] == "request"}
            assert page["counts"]["group"] >= 5
        catalogue = client.json("GET", "/api/v1/kindergartens", params={"locality": "г.Уральск"})
    assert {"awaiting_contract", "contract_sent", "awaiting_countersign", "enrolled"} <= statuses
    assert len(catalogue) == 5
    ages = {(g["age_from"], g["age_to"]) for kg in catalogue for g in kg["groups"]}
    assert (1, 2) in ages and (5, 6) in ages
    assert {g["language"] for kg in catalogue for g in kg["groups"]} == {"kk", "ru"}


def test_staff_keys_open_and_say_who_they_are(demo: dict[str, Any]) -> None:
    from portal_sandbox.pki import read_identity

    key_files = sorted((demo["data_dir"] / "demo-keys").rglob("*.p12"))
    working = [f for f in key_files if "training" not in f.parts]
    assert len(working) == 20  # an AUTH and a signing key for each of ten staff
    training = [f for f in key_files if "training" in f.parts]
    assert len(training) == 15  # expired, revoked and GOST, for each director
    assert sum(f.name.startswith("GOSTKNCA_") for f in training) == 5
    directors = [f for f in working if "director" in f.parent.name
                 and f.name.startswith("RSA256_")]
    assert len(directors) == 5
    _key, cert, _chain = pkcs12.load_key_and_certificates(directors[0].read_bytes(),
                                                          KEY_PASSWORD.encode())
    assert cert is not None
    identity = read_identity(cert)
    assert identity.bin is not None and "first_head" in identity.roles


def test_parents_of_the_demo_world_can_log_in(demo: dict[str, Any]) -> None:
    with SandboxClient(demo["url"]) as client:
        staff_login = logins(demo["lines"])[0][0]
        staff = client.login(staff_login, STAFF_PASSWORD)
        page = client.json("GET", "/api/v1/staff/changes", session=staff,
                           params={"limit": 2000})
        request = next(c["data"] for c in page["changes"] if c["type"] == "request")
        parent = client.login(request["parent"]["iin"], PARENT_PASSWORD)
        mine = client.json("GET", "/api/v1/me/applications", session=parent)
        assert request["id"] in [a["id"] for a in mine]


def shipped_digest(layout: str) -> str:
    """The SHA-256 a contract records for the shipped template of `layout`
    (resources/contracts/README.md: the texts, each language's lines joined)."""
    template = json.loads((SHIPPED_TEMPLATES / f"{layout}.json").read_text(encoding="utf-8"))
    texts = {language: "\n".join(lines) for language, lines in template["texts"].items()}
    canonical = json.dumps(texts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def template_keywords(pdf: bytes) -> dict[str, str]:
    info = PdfFileReader(BytesIO(pdf)).trailer_view["/Info"].get_object()
    words = str(info["/Keywords"]).replace(",", " ").split()
    assert "balabaqsha-contract" in words
    return dict(word.split("=", 1) for word in words if "=" in word)


def test_demo_contracts_are_the_clients_with_both_signatures_valid(
        demo: dict[str, Any]) -> None:
    """Made by the staff client from its shipped template for the group's language, then
    signed by the parent and countersigned by the director, as the portal checks them."""
    checked = 0
    with SandboxClient(demo["url"]) as client:
        roots = x509.load_pem_x509_certificates(client.call("GET", "/sandbox/pki/roots").content)
        trust = Trust(roots=roots[:1], intermediates=roots[1:],
                      crls=[client.call("GET", "/sandbox/pki/crl").content], now=client.now())
        for login, role, _name, _kg in logins(demo["lines"]):
            if role == "methodologist":
                continue
            staff = client.login(login, STAFF_PASSWORD)
            changes = client.json("GET", "/api/v1/staff/changes", session=staff,
                                  params={"limit": 2000})["changes"]
            groups = {c["data"]["id"]: c["data"] for c in changes if c["type"] == "group"}
            kindergarten = next(c["data"] for c in changes if c["type"] == "kindergarten")
            for request in (c["data"] for c in changes if c["type"] == "request"):
                if request["status"] != "enrolled" or request["contract_id"] is None:
                    continue
                pdf = {revision: client.call(
                    "GET", f"/api/v1/staff/contracts/{request['contract_id']}/pdf",
                    session=staff, params={"revision": revision}).content
                    for revision in ("sent", "parent_signed", "countersigned")}
                layout = groups[request["group_id"]]["language"]
                assert template_keywords(pdf["sent"]) == {
                    "layout": layout, "version": "1", "digest": shipped_digest(layout),
                    "request": str(request["id"])}
                parent = check_parent_signed(pdf["sent"], pdf["parent_signed"],
                                             request["parent"]["iin"], trust)
                director = check_countersigned(pdf["parent_signed"], pdf["countersigned"],
                                               kindergarten["bin"], trust)
                assert parent.field_name == "ParentSignature"
                assert director.field_name == "DirectorSignature"
                checked += 1
    assert checked >= 3


def test_a_restart_keeps_the_world(demo: dict[str, Any]) -> None:
    # While it runs, a second sandbox on its folder refuses and says where it is.
    second = subprocess.run(
        [sys.executable, "-m", "portal_sandbox", "serve", "--port", "0", "--seed", "demo",
         "--data-dir", str(demo["data_dir"])], capture_output=True, text=True, timeout=60)
    assert second.returncode == 3
    assert f"at {demo['url']}" in second.stdout
    # The same data folder started again: nothing is rebuilt, the same logins are printed.
    stop_sandbox(demo["process"])
    process, url, lines = serve_demo(demo["data_dir"])
    demo.update(process=process, url=url)  # the later tests use the restarted one
    assert not any(line.startswith("building the demo world") for line in lines)
    assert logins(lines) == logins(demo["lines"])


def test_the_first_kindergartens_groups_are_full_and_send_children_to_school(
        demo: dict[str, Any]) -> None:
    """Groups at and near full (the portal never lets one go over: a cut below the children
    held is refused), and a preschool group whose children start school on its first day,
    so the Groups page, the forecast and the move-up show something on day one."""
    director = next(login for login, role, *_ in logins(demo["lines"]) if "director" in role)
    with SandboxClient(demo["url"]) as client:
        staff = client.login(director, STAFF_PASSWORD)
        page = client.json("GET", "/api/v1/staff/changes", session=staff,
                           params={"limit": 2000})
    groups = {c["data"]["name"]: c["data"] for c in page["changes"] if c["type"] == "group"}
    requests = [c["data"] for c in page["changes"] if c["type"] == "request"]

    def taken(name: str) -> int:
        return int(groups[name]["enrolled"]) + int(groups[name]["reserved"])

    assert all(taken(name) <= g["capacity"] for name, g in groups.items())
    # Full at 20 places after the director's cut to 17 was refused.
    assert groups["Ересек топ"]["capacity"] == 20 == taken("Ересек топ")
    # Cut down to exactly the 18 children it holds.
    assert groups["Старшая группа"]["capacity"] == 18 == taken("Старшая группа")
    assert taken("Средняя группа") >= 18
    preschool = groups["Мектепалды тобы"]
    assert taken("Мектепалды тобы") >= preschool["capacity"] - 2
    start = date.fromisoformat(preschool["starts_on"])
    holding = [r for r in requests if r["group_id"] == preschool["id"]
               and (r["status"] == "enrolled" or r["review"] == "accepted")]
    school_starters = [r for r in holding
                       if age_on(date.fromisoformat(r["child"]["birth_date"]), start) >= 6]
    assert len(school_starters) >= 14
    # Enrolled over the past months, not all on one day: the figures have a history.
    enrolled_on = {entry["at"][:10] for r in requests if r["status"] == "enrolled"
                   for entry in r["history"] if entry["to_status"] == "enrolled"}
    assert len(enrolled_on) >= 10
    assert min(enrolled_on) <= (date.today() - timedelta(days=60)).isoformat()


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
