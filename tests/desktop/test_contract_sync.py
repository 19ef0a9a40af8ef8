"""Contracts through the outbox against the live sandbox: `send_contract` and
`countersign_contract` are recorded offline with their PDFs kept beside the cache, the sync
engine uploads each PDF before the intent that names it, and the request ends enrolled only
once the portal has accepted the countersignature (docs/sync.md, docs/portal-api.md)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.tables import Contract, OutboxEntry, Request
from desktop.services import actions, countersigning, eds, trust, verification
from desktop.services.actions import ActionRefused
from desktop.services.cache import Cache, open_cache
from desktop.services.portal_api import PortalClient, PortalUnreachable
from desktop.services.sync import SyncEngine
from portal_sandbox.client import Session
from portal_sandbox.pdfsign import PARENT_FIELD, contract_fields_pdf, sign_pdf
from portal_sandbox.scans import ScanKind, scan_pdf
from tests.support.sites import Site, make_site
from tests.support.world import Family

KEY = "0123456789abcdef" * 4
PW = "Qwerty12"
NOW = datetime.now(UTC)
# Valid on the desk's real clock and on the sandbox's, which replays February 2025.
VALID: dict[str, Any] = {"not_before": datetime(2025, 1, 1, tzinfo=UTC),
                         "not_after": NOW + timedelta(days=365)}
REQUIRED: tuple[ScanKind, ...] = ("form_027u", "birth_certificate", "parent_id", "form_052_2u",
                                  "form_065u")
OFFLINE = "http://127.0.0.1:9"


@dataclass
class Desk:
    site: Site
    family: Family
    request_id: int
    cache: Cache
    client: PortalClient
    director: Session  # the same director on the portal's side, for what the desk lacks

    def sync(self) -> Any:
        return SyncEngine(self.cache, self.client).run_cycle()

    def sync_offline(self) -> None:
        away = PortalClient(OFFLINE, tokens=self.client.tokens)
        try:
            with pytest.raises(PortalUnreachable):
                SyncEngine(self.cache, away).run_cycle()
        finally:
            away.close()

    def request(self) -> Request:
        with self.cache.read() as session:
            row = session.get(Request, self.request_id)
            assert row is not None
            session.expunge(row)
            return row

    def outbox(self) -> list[tuple[str, str]]:
        with self.cache.read() as session:
            return [(e.name, e.state) for e in session.scalars(
                select(OutboxEntry).order_by(OutboxEntry.seq))]

    def application(self) -> dict[str, Any]:
        result: dict[str, Any] = self.site.world.client.application(self.family.parent,
                                                                    self.request_id)
        return result


@pytest.fixture
def desk(sandbox: str, tmp_path: Path) -> Iterator[Desk]:
    site = make_site(sandbox, requests=0)
    family, app = site.world.request_at(site.kindergarten, group_index=1)
    client = PortalClient(site.url, language="en")
    client.login(site.director_login, site.password)
    cache = open_cache(tmp_path / "desk.db", KEY)
    director = site.world.client.login(site.director_login, site.password)
    built = Desk(site, family, int(app["id"]), cache, client, director)
    try:
        built.sync()
        yield built
    finally:
        cache.close()
        client.close()
        site.world.client.close()


def contract_for(desk: Desk) -> bytes:
    return contract_fields_pdf([f"ДОГОВОР № {desk.request().number} / ШАРТ",
                                f"Бала / Ребенок: {desk.request().child_name}"])


def key_file(desk: Desk, tmp_path: Path, iin: str, **extra: Any) -> Path:
    p12, data = desk.site.world.client.issue_key(iin, "sign", PW, **extra, **VALID)
    path = tmp_path / data["filename"]
    path.write_bytes(p12)
    return path


def parent_signs(desk: Desk, tmp_path: Path) -> bytes:
    sent = desk.site.world.client.contract_pdf(desk.family.parent, desk.request_id)
    key = key_file(desk, tmp_path, desk.family.parent_iin, role="individual")
    signed = sign_pdf(sent, key.read_bytes(), PW, PARENT_FIELD)
    assert desk.site.world.client.sign_contract(desk.family.parent, desk.request_id,
                                                signed)["status"] == "awaiting_countersign"
    for kind in REQUIRED:
        desk.site.world.client.upload_document(
            desk.family.parent, desk.request_id, kind,
            scan_pdf(kind, {"ФИО": "Тест"}, random.Random(kind)), "application/pdf")
    accepted = desk.site.world.mutate(desk.director, "accept_documents",
                                      {"request_id": desk.request_id, "kinds": list(REQUIRED)})
    assert accepted["outcome"] == "applied", accepted
    return signed


def test_from_accepted_to_enrolled_through_the_outbox(desk: Desk, tmp_path: Path) -> None:
    # Offline: the accept and the contract wait in the outbox, the PDF kept on this desk.
    actions.accept(desk.cache, desk.request_id)
    sent = contract_for(desk)
    entry = actions.send_contract(desk.cache, desk.request_id, sent)
    assert actions.outbox_files(desk.cache).read(entry.args["pdf_sha256"]) == sent
    assert desk.request().pending and desk.request().data["contract_pending"] == "send"
    desk.sync_offline()
    assert desk.outbox() == [("accept_request", "pending"), ("send_contract", "pending")]
    assert desk.application()["status"] == "awaiting_contract"

    # Online: the PDF is uploaded before the mutation naming it, in one cycle.
    summary = desk.sync()
    assert (summary.applied, summary.invalid, summary.conflicts) == (2, 0, 0)
    assert desk.application()["status"] == "contract_sent"
    assert desk.site.world.client.contract_pdf(desk.family.parent, desk.request_id) == sent
    assert desk.request().status == "contract_sent" and not desk.request().pending

    signed = parent_signs(desk, tmp_path)
    desk.sync()
    assert desk.request().status == "awaiting_countersign"
    with desk.cache.read() as session:
        contract = session.scalars(select(Contract).where(
            Contract.request_id == desk.request_id)).one()
        contract_id, data = contract.id, dict(contract.data)
    assert data["sent_sha256"] == entry.args["pdf_sha256"]
    # The parent's PDF from the portal, the sent one from this desk's own copy.
    parent_pdf = desk.client.contract_pdf(contract_id, "parent_signed")
    assert parent_pdf == signed
    kept = actions.outbox_files(desk.cache).read(data["sent_sha256"])

    # Sandbox mode: the sandbox's test root and CRL, fetched because we asked.
    profile = tmp_path / "profile"
    assert trust.refresh_sandbox(profile, desk.site.url)[0].error is None
    store = trust.load(profile, sandbox=True)
    parent = verification.check_parent(kept, parent_pdf, desk.family.parent_iin, store)
    assert parent.valid, parent.message
    # The sandbox's clock is in February 2025: its CRL is long overdue on the desk's clock.
    assert [n.code for n in parent.warnings] == ["crl_stale"]

    key = eds.load_key(key_file(desk, tmp_path, desk.site.director_login,
                                bin_=desk.site.kindergarten["bin"], role="first_head"), PW)
    result = countersigning.countersign(parent_pdf, key, desk.site.kindergarten["bin"], store,
                                        sent_pdf=kept, applicant_iin=desk.family.parent_iin)

    # Offline again: the countersignature waits; the child is not shown enrolled yet.
    actions.countersign_contract(desk.cache, desk.request_id, result.pdf)
    desk.sync_offline()
    assert desk.request().status == "awaiting_countersign" and desk.request().pending
    assert desk.request().data["contract_pending"] == "countersign"

    summary = desk.sync()
    assert (summary.applied, summary.invalid) == (1, 0)
    assert desk.application()["status"] == "enrolled"
    assert desk.request().status == "enrolled" and not desk.request().pending
    assert desk.client.contract_pdf(contract_id, "countersigned") == result.pdf
    assert desk.outbox()[-1] == ("countersign_contract", "done")


def test_a_pdf_lost_before_upload_ends_in_needs_attention(desk: Desk) -> None:
    actions.accept(desk.cache, desk.request_id)
    entry = actions.send_contract(desk.cache, desk.request_id, contract_for(desk))
    actions.outbox_files(desk.cache).path(entry.args["pdf_sha256"]).unlink()
    desk.sync()
    with desk.cache.read() as session:
        kept = session.get(OutboxEntry, entry.seq)
        assert kept is not None
        assert (kept.state, kept.outcome, kept.code) == ("attention", "invalid",
                                                         "upload_missing")
    assert desk.application()["status"] == "awaiting_contract"
    assert not desk.request().pending


def test_an_uploaded_pdf_needs_no_local_copy_on_a_retry(desk: Desk) -> None:
    actions.accept(desk.cache, desk.request_id)
    desk.sync()
    sent = contract_for(desk)
    entry = actions.send_contract(desk.cache, desk.request_id, sent)
    desk.client.upload(sent)  # an earlier try got this far before the link dropped
    actions.outbox_files(desk.cache).path(entry.args["pdf_sha256"]).unlink()
    assert desk.sync().applied == 1
    assert desk.application()["status"] == "contract_sent"


def test_contract_intents_refused_before_they_reach_the_outbox(desk: Desk) -> None:
    sent = contract_for(desk)
    with pytest.raises(ActionRefused) as refused:
        actions.send_contract(desk.cache, desk.request_id, sent)
    assert refused.value.code == "not_accepted"
    actions.accept(desk.cache, desk.request_id)
    with pytest.raises(ActionRefused) as refused:
        actions.send_contract(desk.cache, desk.request_id, b"<html>not a contract</html>")
    assert refused.value.code == "not_pdf"
    actions.send_contract(desk.cache, desk.request_id, sent)
    with pytest.raises(ActionRefused) as refused:
        actions.send_contract(desk.cache, desk.request_id, sent)
    assert refused.value.code == "pending"
    with pytest.raises(ActionRefused) as refused:
        actions.countersign_contract(desk.cache, desk.request_id, sent)
    assert refused.value.code == "not_allowed_in_status"
    with pytest.raises(ActionRefused) as refused:
        actions.send_contract(desk.cache, desk.request_id, sent, acting=["methodologist"])
    assert refused.value.code == "forbidden_role"
    assert [name for name, _ in desk.outbox()] == ["accept_request", "send_contract"]
