"""The parent simulator against live sandboxes: it finds the world's parents, brings in new
families, and what it does shows up where staff look; one seed gives one run."""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from portal_sandbox import simulator
from portal_sandbox.client import SandboxClient, Session
from portal_sandbox.iin import make_bin, make_iin
from portal_sandbox.names import IinSerials, make_family
from portal_sandbox.pdfsign import contract_fields_pdf
from portal_sandbox.seed import LOCALITY, PARENT_PASSWORD, PLANS
from portal_sandbox.simulator import Simulator
from portal_sandbox.workdays import PORTAL_TZ
from tests.support.sandbox import start_sandbox, stop_sandbox
from tests.support.world import payload_sha256

START = datetime(2025, 10, 6, 8, 0, tzinfo=PORTAL_TZ)  # a Monday, no holiday near
HOURS = 72
SEED = 11
STAFF_PASSWORD = "Direktor-2025"
OTHER_PASSWORD = "Not-the-demo-one-1"  # a parent the simulator cannot log in as
RETURN_COMMENT = "Скан нечитаемый, загрузите заново"


@dataclass
class Desk:
    """A kindergarten's director, as the desktop client would act: every request that
    arrives is accepted and gets a contract; the first document is returned once."""

    client: SandboxClient
    staff: Session
    staff_iin: str
    kindergarten_id: int
    client_id: str = field(default_factory=lambda: f"desk-{uuid.uuid4().hex}")
    seq: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    cursor: str | None = None
    latest: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    seen: Counter[str] = field(default_factory=Counter)
    returned: bool = False

    def mutate(self, name: str, args: dict[str, Any]) -> None:
        mutation = {"seq": next(self.seq), "id": str(uuid.uuid4()), "name": name,
                    "args": args, "payload_sha256": payload_sha256(name, args)}
        result = self.client.json("POST", "/api/v1/staff/mutations", session=self.staff,
                                  json={"client_id": self.client_id, "mutations": [mutation]})
        assert result["results"][0]["outcome"] == "applied", result

    def read(self) -> None:
        while True:
            params = {"cursor": self.cursor} if self.cursor else {"limit": 2000}
            page = self.client.json("GET", "/api/v1/staff/changes", session=self.staff,
                                    params=params)
            for change in page["changes"]:
                self.seen[change["type"]] += 1
                if not change["deleted"]:
                    self.latest[(change["type"], change["id"])] = change["data"]
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [data for (k, _), data in sorted(self.latest.items()) if k == kind]

    def work(self) -> None:
        self.read()
        for request in self.of("request"):
            if request["status"] == "awaiting_contract" and request["review"] == "new":
                self.send_contract(request)
        received = [d for d in self.of("document") if d["status"] == "received"]
        if received and not self.returned:
            self.returned = True
            doc = received[0]
            self.mutate("return_documents", {"request_id": doc["request_id"],
                                             "comments": {doc["kind"]: RETURN_COMMENT}})

    def send_contract(self, request: dict[str, Any]) -> None:
        self.mutate("accept_request", {"request_id": request["id"]})
        child = request["child"]
        pdf = contract_fields_pdf([f"ДОГОВОР № {request['number']} / ШАРТ",
                                   f"Бала / Ребенок: {child['last_name']} {child['first_name']}",
                                   "Тараптар шарт талаптарын орындауға міндеттенеді."])
        digest = hashlib.sha256(pdf).hexdigest()
        self.client.call("PUT", f"/api/v1/staff/uploads/{digest}", session=self.staff,
                         content=pdf, headers={"Content-Type": "application/pdf"})
        self.mutate("send_contract", {"request_id": request["id"], "pdf_sha256": digest})


@dataclass
class Run:
    lines: list[str]
    marks: list[int]  # how many lines there were after each step
    desks: list[Desk]
    existing: list[str]  # the IINs of the parents who were there before the simulator
    client: SandboxClient


def build_world(client: SandboxClient) -> tuple[list[Desk], list[str]]:
    """The same small world every time: two kindergartens with directors, and six families
    in the queue, four of whom already have a voucher."""
    client.set_clock(START)
    desks = []
    for index, plan in enumerate(PLANS[:2], start=1):
        kg = client.add_kindergarten(
            make_bin(date(2010 + index, index, 1), plan.bin_serial), plan.name, LOCALITY,
            list(plan.languages), [vars(g) for g in plan.groups])
        director = make_iin(date(1978, index, 12), "female", 20 + index)
        client.add_person(director, "Директорова", "Айгүл", "Сериковна", "female",
                          date(1978, index, 12))
        client.add_staff(kg["bin"], director, ["director"], STAFF_PASSWORD)
        desks.append(Desk(client, client.login(director, STAFF_PASSWORD), director, kg["id"]))
    rng, serials = random.Random(77), IinSerials(start=100)
    existing = []
    for index in range(6):
        family = make_family(rng, kazakh=index % 2 == 0,
                             child_birth_date=date(2021, 3 + index, 10), serial_source=serials)
        for p in family.parents:
            client.add_person(p.iin, p.surname, p.first_name, p.patronymic or "", p.sex,
                              p.birth_date)
        c = family.child
        client.add_person(c.iin, c.surname, c.first_name, c.patronymic or "", c.sex,
                          c.birth_date, [p.iin for p in family.parents])
        parent = family.applicant
        assert parent.phone is not None
        password = OTHER_PASSWORD if index == 0 else PARENT_PASSWORD
        client.register(parent.phone, parent.iin, password)
        session = client.login(parent.iin, password)
        client.add_child(session, c.iin)
        client.apply(session, c.iin, LOCALITY, ["kk", "ru"])
        existing.append(parent.iin)
    client.issue_vouchers(LOCALITY, 4)
    return desks, existing


def simulate(client: SandboxClient, hours: int) -> Run:
    desks, existing = build_world(client)
    lines: list[str] = []
    marks = []
    sim = Simulator(client, SEED, out=lines.append)
    for _ in range(hours):
        sim.step()
        for desk in desks:
            desk.work()
        marks.append(len(lines))
    for desk in desks:
        desk.read()
    return Run(lines, marks, desks, existing, client)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    process, url = start_sandbox(tmp_path_factory.mktemp("simulated"), None)
    try:
        with SandboxClient(url) as client:
            yield simulate(client, HOURS)
    finally:
        stop_sandbox(process)


def ok(run: Run, action: str) -> list[str]:
    return [line for line in run.lines
            if line.split(" | ")[2].startswith(action) and line.split(" | ")[3].startswith("ok")]


def statuses(client: SandboxClient) -> dict[int, dict[str, Any]]:
    """Every application of every parent, by number."""
    return {a["number"]: a for p in client.each_parent(page=50) for a in p["applications"]}


def number(line: str) -> int:
    return int(line.split("#")[1].split()[0].rstrip(":,"))


@pytest.mark.live
def test_every_line_is_time_parent_action_result(run: Run) -> None:
    assert len(run.lines) > HOURS
    for line in run.lines:
        stamp, who, what, result = line.split(" | ", 3)
        assert datetime.strptime(stamp, "%Y-%m-%d %H:%M")
        assert who and what and result
    first = datetime.strptime(run.lines[0].split(" | ")[0], "%Y-%m-%d %H:%M")
    last = datetime.strptime(run.lines[-1].split(" | ")[0], "%Y-%m-%d %H:%M")
    assert first.replace(tzinfo=PORTAL_TZ) - START < timedelta(hours=1, minutes=5)
    assert last - first >= timedelta(hours=HOURS - 1)
    # Nothing broke inside the simulator: a refusal is a portal's answer, never a crash.
    assert not [line for line in run.lines if line.split(" | ")[3].startswith("failed")]


@pytest.mark.live
def test_new_families_register_and_apply(run: Run) -> None:
    applied = ok(run, "apply in г.Уральск")
    assert len(applied) >= 5
    assert len(ok(run, "register with")) == len(ok(run, "add child")) == len(applied)
    apps = statuses(run.client)
    assert all(number(line) in apps for line in applied)
    new_parents = {line.split(" | ")[1].split()[0] for line in applied}
    assert not new_parents & set(run.existing)


@pytest.mark.live
def test_vouchers_are_issued_in_working_hours_and_answered(run: Run) -> None:
    issued = ok(run, "issue ")
    assert len(issued) >= 5
    for line in issued:
        stamp = datetime.strptime(line.split(" | ")[0], "%Y-%m-%d %H:%M")
        assert stamp.weekday() < 5 and 9 <= stamp.hour < 18
    apps = statuses(run.client)
    confirmed, declined = ok(run, "confirm #"), ok(run, "decline #")
    assert len(confirmed) >= 3 and declined
    assert all(apps[number(line)]["status"] != "voucher_issued" for line in confirmed)
    assert all(apps[number(line)]["status"] == "archived" for line in declined)


@pytest.mark.live
def test_the_existing_parents_are_found_and_driven(run: Run) -> None:
    acting = {line.split(" | ")[1].split()[0] for line in run.lines}
    assert set(run.existing[1:]) & acting
    # The parent whose password is not the demo one: refused, logged, and the run went on.
    shut_out = [line for line in run.lines if run.existing[0] in line]
    assert shut_out and "refused invalid_credentials" in shut_out[0]
    assert run.lines.index(shut_out[0]) < len(run.lines) - 10


@pytest.mark.live
def test_requests_reach_the_kindergartens_with_documents(run: Run) -> None:
    assert ok(run, "choose ")
    requests = [r for desk in run.desks for r in desk.of("request")]
    assert requests
    documents = [d for desk in run.desks for d in desk.of("document")]
    assert sum(desk.seen["document"] for desk in run.desks) >= 5
    assert {d["kind"] for d in documents} >= {"form_027u", "birth_certificate"}
    assert {d["content_type"] for d in documents} <= {"application/pdf", "image/jpeg"}


@pytest.mark.live
def test_a_returned_document_is_uploaded_again(run: Run) -> None:
    again = ok(run, "re-upload ")
    assert again and RETURN_COMMENT in again[0]
    request_number = number(again[0])
    kind = again[0].split(" | ")[2].split()[1]
    documents = [d for desk in run.desks for d in desk.of("document")]
    requests = {r["id"]: r["number"] for desk in run.desks for r in desk.of("request")}
    doc = next(d for d in documents
               if requests.get(d["request_id"]) == request_number and d["kind"] == kind)
    assert doc["status"] == "received" and doc["version"] > 2


@pytest.mark.live
def test_contracts_sent_get_the_parents_signature(run: Run) -> None:
    signed = ok(run, "sign the contract")
    assert signed
    contracts = [c for desk in run.desks for c in desk.of("contract")]
    by_parent = [c for c in contracts if c["status"] == "signed_by_parent"]
    assert len(by_parent) >= len(signed) > 0
    apps = statuses(run.client)
    for line in signed:
        assert apps[number(line)]["status"] in ("awaiting_countersign", "enrolled")
    # One key per parent, issued once.
    keys = [line.split(" | ")[1] for line in ok(run, "get a signing key")]
    assert len(keys) == len(set(keys))


@pytest.mark.live
def test_the_parents_control_filters_and_pages(run: Run) -> None:
    everyone = list(run.client.each_parent(page=3))
    assert len({p["iin"] for p in everyone}) == len(everyone) >= 10
    # Staff accounts are not parents.
    assert not {p["iin"] for p in everyone} & {desk.staff_iin for desk in run.desks}
    page = run.client.parents(["archived", "stop_list"], limit=2, offset=0)
    assert page["limit"] == 2 and len(page["parents"]) <= 2
    for parent in run.client.each_parent(["archived"]):
        assert any(a["status"] == "archived" for a in parent["applications"])
        assert {"iin", "phone", "applications"} <= set(parent)


@pytest.mark.live
def test_the_same_seed_gives_the_same_run(run: Run, tmp_path: Path) -> None:
    process, url = start_sandbox(tmp_path, None)
    try:
        with SandboxClient(url) as client:
            again = simulate(client, HOURS // 2)
    finally:
        stop_sandbox(process)

    def hourly(lines: list[str]) -> list[str]:
        # The sandbox's clock also runs in real time: compare to the hour.
        return [line[:13] + line[16:] for line in lines]

    assert hourly(again.lines) == hourly(run.lines[:run.marks[HOURS // 2 - 1]])


def test_network_trouble_stops_the_run_with_exit_code_3(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(simulator, "BACKOFF_SECONDS", 0.01)
    args = argparse.Namespace(portal="http://127.0.0.1:9", speed=1.0, steps=5, seed=1)
    assert simulator.run_simulator(args) == 3
    assert "does not answer" in capsys.readouterr().err


@pytest.mark.live
def test_a_url_that_is_not_a_sandbox_stops_it_at_once(
        run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(portal=f"{run.client.http.base_url}/elsewhere", speed=1.0,
                              steps=5, seed=1)
    assert simulator.run_simulator(args) == 2
    assert "is not a portal sandbox" in capsys.readouterr().err


@pytest.mark.live
def test_serve_simulate_drives_its_own_clock(tmp_path: Path) -> None:
    process, url = start_sandbox(tmp_path, None, "--simulate")
    try:
        with SandboxClient(url) as client:
            deadline = time.monotonic() + 20
            while client.now() - datetime.now(UTC) < timedelta(hours=2):
                assert time.monotonic() < deadline, "the simulator did not move the clock"
                time.sleep(0.2)
    finally:
        stop_sandbox(process)
