"""The committed OpenAPI document: current, complete against docs/portal-api.md, and honest
enough that schemathesis, driving a live sandbox with it, never gets a server error."""

from __future__ import annotations

import hashlib
import io
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from portal_sandbox.__main__ import main as sandbox_main
from portal_sandbox.client import SandboxClient, Session
from portal_sandbox.workdays import PORTAL_TZ
from tests.support.openapi import COMMITTED, committed_document
from tests.support.sandbox import start_sandbox, stop_sandbox
from tests.support.world import World

REGENERATE = "python -m portal_sandbox openapi --output portal_sandbox/openapi.json"

# Every path and method that docs/portal-api.md names, as it spells them.
DESIGN_OPERATIONS = [
    # identity
    ("POST", "/api/v1/auth/sms-code"),
    ("POST", "/api/v1/auth/register"),
    ("POST", "/api/v1/auth/token"),
    ("POST", "/api/v1/auth/eds/challenge"),
    ("POST", "/api/v1/auth/eds"),
    ("POST", "/api/v1/auth/refresh"),
    ("POST", "/api/v1/auth/password-reset"),
    # parents
    ("GET", "/api/v1/me/children"),
    ("POST", "/api/v1/me/children"),
    ("POST", "/api/v1/me/applications"),
    ("GET", "/api/v1/me/applications"),
    ("GET", "/api/v1/me/applications/{id}"),
    ("POST", "/api/v1/me/applications/{id}/confirm"),
    ("POST", "/api/v1/me/applications/{id}/decline"),
    ("POST", "/api/v1/me/applications/{id}/restore"),
    ("POST", "/api/v1/me/applications/{id}/extend"),
    ("GET", "/api/v1/kindergartens"),
    ("POST", "/api/v1/me/applications/{id}/enrollment"),
    ("PUT", "/api/v1/me/applications/{id}/documents/{kind}"),
    ("POST", "/api/v1/me/applications/{id}/contract/signature"),
    ("GET", "/api/v1/me/notifications"),
    # kindergarten staff
    ("GET", "/api/v1/staff/changes"),
    ("POST", "/api/v1/staff/mutations"),
    ("GET", "/api/v1/staff/mutations/last"),
    ("GET", "/api/v1/staff/documents/{id}/content"),
    ("PUT", "/api/v1/staff/uploads/{sha256}"),
    # sandbox controls
    ("GET", "/sandbox/clock"),
    ("POST", "/sandbox/clock"),
    ("POST", "/sandbox/clock/advance"),
    ("POST", "/sandbox/vouchers/issue"),
    ("GET", "/sandbox/sms"),
    ("POST", "/sandbox/registry"),
    ("GET", "/sandbox/registry/{iin}"),
    ("POST", "/sandbox/kindergartens"),
    ("POST", "/sandbox/staff"),
    ("POST", "/sandbox/pki/issue"),
    ("GET", "/sandbox/pki/roots"),
    ("GET", "/sandbox/pki/crl"),
]

DOCUMENT_KINDS = ["form_027u", "birth_certificate", "parent_id", "form_052_2u", "form_065u",
                  "pmpk"]


def _template(path: str) -> str:
    """A path with its parameters' names left out: `{id}` and `{application_id}` agree."""
    return re.sub(r"\{[^}]*\}", "{}", path)


# (a) the committed document is what the command line makes


def test_the_committed_openapi_document_is_current(tmp_path: Path) -> None:
    generated = tmp_path / "openapi.json"
    assert sandbox_main(["openapi", "--output", str(generated)]) == 0
    fresh = generated.read_text(encoding="utf-8")
    assert COMMITTED.exists(), f"portal_sandbox/openapi.json is missing: run `{REGENERATE}`"
    committed = COMMITTED.read_text(encoding="utf-8")
    if fresh != committed:
        old, new = json.loads(committed), json.loads(fresh)
        changed = sorted(
            f"{method.upper()} {path}"
            for path in set(old["paths"]) | set(new["paths"])
            for method in set(old["paths"].get(path, {})) | set(new["paths"].get(path, {}))
            if old["paths"].get(path, {}).get(method) != new["paths"].get(path, {}).get(method)
        )
        pytest.fail(
            "portal_sandbox/openapi.json is out of date with the API; regenerate it with\n"
            f"    {REGENERATE}\nand commit it. Operations that differ: {changed or 'none'}"
            f"{'' if old.get('components') == new.get('components') else '; schemas differ'}",
            pytrace=False)


# (b) it covers the fixed skeleton


def test_every_operation_of_the_design_is_documented() -> None:
    documented = {
        (method.upper(), _template(path))
        for path, operations in committed_document()["paths"].items()
        for method in operations
    }
    missing = [f"{method} {path}" for method, path in DESIGN_OPERATIONS
               if (method, _template(path)) not in documented]
    assert not missing, f"docs/portal-api.md operations missing from openapi.json: {missing}"


def test_every_documented_operation_documents_its_responses() -> None:
    document = committed_document()
    assert document["openapi"].startswith("3.")
    assert document["info"]["version"]
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            assert operation.get("responses"), f"{method.upper()} {path} documents no response"


def test_the_design_document_kinds_are_the_sandboxs() -> None:
    from portal_sandbox.notices import DOCUMENT_KINDS as SANDBOX_KINDS

    assert list(SANDBOX_KINDS) == DOCUMENT_KINDS


# (c) schemathesis against a live sandbox


@dataclass
class Fuzzed:
    """A live SQLite sandbox with a small world in it, and real tokens for its callers."""

    url: str
    staff: Session
    parent: Session
    # Real values for path parameters, so that some cases reach past the 404s.
    path_values: dict[str, list[Any]] = field(default_factory=dict)


def _pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    process, url = start_sandbox(tmp_path_factory.mktemp("sandbox-openapi"), None)
    try:
        with SandboxClient(url) as client:
            world = World(client)
            client.set_clock(datetime(2025, 2, 6, 9, 0, tzinfo=PORTAL_TZ))
            kg = world.kindergarten()
            staff = world.staff(kg, ["director"])
            family, app = world.request_at(kg)
            client.upload_document(family.parent, app["id"], "form_027u", _pdf("027/u"),
                                   "application/pdf")
            assert world.mutate(staff, "accept_request",
                                {"request_id": app["id"]})["outcome"] == "applied"
            contract = _pdf("Договор")
            digest = hashlib.sha256(contract).hexdigest()
            client.call("PUT", f"/api/v1/staff/uploads/{digest}", session=staff,
                        content=contract, headers={"Content-Type": "application/pdf"})
            assert world.mutate(staff, "send_contract", {
                "request_id": app["id"], "pdf_sha256": digest})["outcome"] == "applied"
            ids: dict[str, int] = {c["type"]: c["id"] for c in world.changes(staff)["changes"]}
            values: dict[str, list[Any]] = {
                "application_id": [app["id"]],
                "document_id": [ids["document"]],
                "contract_id": [ids["contract"]],
                "kind": DOCUMENT_KINDS,
                "sha256": [digest],
                "iin": [family.parent_iin, family.child_iin],
            }
            yield Fuzzed(url, staff, family.parent, values)
    finally:
        stop_sandbox(process)


@pytest.mark.live
def test_the_live_sandbox_serves_the_committed_document(fuzzed: Fuzzed) -> None:
    response = httpx.get(f"{fuzzed.url}/openapi.json", timeout=30)
    assert response.status_code == 200
    assert response.json() == committed_document(), (
        f"the served document differs: run `{REGENERATE}`")


def _fuzz_operation(operation: Any, fuzzed: Fuzzed, http: Any, headers: dict[str, str],
                    tried: dict[str, int], failures: dict[tuple[str, int, str], str]) -> None:
    """Up to 15 derandomised cases of one operation, recording each distinct server error."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    label = f"{operation.method.upper()} {operation.path}"

    @settings(max_examples=15, derandomize=True, deadline=None, database=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(), real=st.booleans())
    def run(case: Any, real: bool) -> None:
        if real:  # aim at objects that exist, to get past the 404s
            for name in list(case.path_parameters or {}):
                if name in fuzzed.path_values:
                    choices = fuzzed.path_values[name]
                    case.path_parameters[name] = choices[
                        len(str(case.path_parameters[name])) % len(choices)]
        tried[label] = tried.get(label, 0) + 1
        response = case.call(base_url=fuzzed.url, session=http, headers=headers, timeout=30)
        if response.status_code >= 500:
            try:
                code = str(response.json().get("code"))
            except ValueError:
                code = response.text[:80]
            failures.setdefault(
                (label, response.status_code, code),
                f"{label} -> {response.status_code} {response.text[:200]}\n"
                f"    {case.as_curl_command(headers=headers)[:600]}")

    run()


@pytest.mark.live
@pytest.mark.slow
def test_schemathesis_finds_no_server_error(fuzzed: Fuzzed) -> None:
    import requests
    import schemathesis
    from hypothesis import strategies as st

    # Uploads get real PDFs, PDF-headed noise and plain noise (JPEG and PNG are built in).
    schemathesis.openapi.media_type("application/pdf", st.one_of(
        st.just(_pdf("Справка")),
        st.binary(max_size=2048).map(lambda noise: b"%PDF-1.7\n" + noise),
        st.binary(max_size=512),
    ))
    schema = schemathesis.openapi.from_path(COMMITTED)
    tokens = {"/api/v1/staff/": fuzzed.staff, "/api/v1/me": fuzzed.parent}
    failures: dict[tuple[str, int, str], str] = {}
    tried: dict[str, int] = {}
    started = time.monotonic()
    with requests.Session() as http:
        for result in schema.get_all_operations():
            operation = result.ok()
            # Staff paths get the director's token, the rest the parent's: past the 401s.
            who = next((s for prefix, s in tokens.items() if operation.path.startswith(prefix)),
                       fuzzed.parent)
            _fuzz_operation(operation, fuzzed, http,
                            {"Authorization": f"Bearer {who.access_token}"}, tried, failures)
    elapsed = time.monotonic() - started

    assert not failures, "server errors:\n" + "\n".join(failures.values())
    # Every documented operation was exercised (the run is bounded, not skipped).
    operations = {f"{m.upper()} {p}" for p, ops in committed_document()["paths"].items()
                  for m in ops}
    assert set(tried) == operations
    assert elapsed < 300, f"the run took {elapsed:.0f} s"
