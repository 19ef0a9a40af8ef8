"""The director's computer on the contracts page (`Office`), against the live sandbox, and
the steps that bring a request to the contract waiting for the kindergarten's signature:
accepted, its contract sent, signed by the parent on the portal with their documents."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.tables import OutboxEntry
from desktop.services import actions, contract_flow
from desktop.services.contract_flow import ContractFlow, ContractItem
from desktop.services.settings import Settings
from desktop.views.contracts.contract_send_dialog import SendContractDialog
from desktop.views.contracts.countersign_dialog import CountersignDialog
from desktop.views.pages.contracts_page import ContractsPage
from portal_sandbox.pdfsign import PARENT_FIELD, sign_pdf
from portal_sandbox.scans import ScanKind, scan_pdf
from tests.support.desks import Desk, open_desk, request_with
from tests.support.sites import Site
from tests.support.world import Family

PW = "Qwerty12"
NOW = datetime.now(UTC)
# Valid on the desk's real clock and on the sandbox's, which replays February 2025.
VALID: dict[str, Any] = {"not_before": datetime(2025, 1, 1, tzinfo=UTC),
                         "not_after": NOW + timedelta(days=365)}
REQUIRED: tuple[ScanKind, ...] = ("form_027u", "birth_certificate", "parent_id", "form_052_2u",
                                  "form_065u")


@dataclass
class Office:
    """The director's computer: a signed-in desk, its contract flow and the contracts page."""

    site: Site
    desk: Desk
    flow: ContractFlow
    page: ContractsPage
    settings: Settings
    keys: Path

    def sync(self) -> Any:
        summary = self.desk.sync()
        self.page.refresh()
        return summary

    def row(self, request_id: int) -> ContractItem:
        found = self.page.model.row_of(request_id)
        assert found is not None, f"request {request_id} is not on the page"
        return found

    def select(self, *request_ids: int) -> None:
        self.page.select(request_ids)
        assert sorted(r.request_id for r in self.page.selected()) == sorted(request_ids)

    def outbox(self) -> list[tuple[str, str]]:
        with self.desk.cache.read() as session:
            return [(e.name, e.state) for e in session.scalars(
                select(OutboxEntry).order_by(OutboxEntry.seq))]

    def key(self, iin: str, *, name: str = "", **extra: Any) -> Path:
        p12, data = self.site.world.client.issue_key(iin, "sign", PW, **{**VALID, **extra})
        path = self.keys / (name or data["filename"])
        path.write_bytes(p12)
        return path

    def director_key(self, **extra: Any) -> Path:
        return self.key(self.site.director_login, bin_=self.site.kindergarten["bin"],
                        role="first_head", **extra)


def accepted_request(office: Office, languages: list[str] | None = None) -> tuple[Family, int]:
    chosen = languages or ["kk"]
    family, request_id = request_with(office.site, chosen, group_index=1 if chosen == ["ru"] else 0)
    office.desk.sync()
    actions.accept(office.desk.cache, request_id, ["director"])
    office.sync()
    return family, request_id


def send_contract(qtbot: QtBot, office: Office, request_id: int) -> bytes:
    office.select(request_id)
    dialog = office.page.send()
    assert isinstance(dialog, SendContractDialog)
    assert dialog.draft is not None
    pdf = dialog.draft.pdf
    dialog.send_button.click()
    assert not dialog.isVisible()
    return pdf


def parent_signs(office: Office, family: Family, request_id: int,
                 signer_iin: str | None = None) -> bytes:
    """The parent signs on the portal, uploads the documents, and they are accepted there."""
    client = office.site.world.client
    sent = client.contract_pdf(family.parent, request_id)
    p12, _ = client.issue_key(signer_iin or family.parent_iin, "sign", PW, role="individual",
                              **VALID)
    signed = sign_pdf(sent, p12, PW, PARENT_FIELD)
    assert client.sign_contract(family.parent, request_id, signed)["status"] == \
        "awaiting_countersign"
    for kind in REQUIRED:
        client.upload_document(family.parent, request_id, kind,
                               scan_pdf(kind, {"ФИО": "Тест"}, random.Random(kind)),
                               "application/pdf")
    director = client.login(office.site.director_login, office.site.password)
    accepted = office.site.world.mutate(director, "accept_documents",
                                        {"request_id": request_id, "kinds": list(REQUIRED)})
    assert accepted["outcome"] == "applied", accepted
    return signed


def to_countersign(qtbot: QtBot, office: Office, languages: list[str] | None = None
                   ) -> tuple[Family, int]:
    family, request_id = accepted_request(office, languages)
    send_contract(qtbot, office, request_id)
    office.sync()
    parent_signs(office, family, request_id)
    office.sync()
    assert office.row(request_id).stage == contract_flow.TO_COUNTERSIGN
    return family, request_id


def open_countersign(office: Office, *request_ids: int) -> CountersignDialog:
    office.select(*request_ids)
    dialog = office.page.countersign()
    assert isinstance(dialog, CountersignDialog)
    return dialog


def open_office(qtbot: QtBot, site: Site, folder: Path) -> Office:
    """The director of `site` signed in on a computer of its own (`folder`), trusting the
    sandbox's test root, with the contracts page shown."""
    desk = open_desk(site, folder / "director", site.director_login)
    settings = Settings(folder / "director" / "settings.ini")
    flow = ContractFlow(desk.workspace, folder / "director", sandbox=True)
    # Sandbox mode: the sandbox's test root and its CRL, as the window fetches them.
    assert [r.error for r in flow.refresh_trust()] == [None]
    page = ContractsPage(desk.cache, desk.tasks, settings, flow=flow)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    keys = folder / "keys"
    keys.mkdir()
    built = Office(site, desk, flow, page, settings, keys)
    page.refresh()
    return built
