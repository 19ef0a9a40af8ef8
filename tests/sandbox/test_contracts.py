"""Contracts over HTTP: sent, signed by the parent, countersigned, and every refusal."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest

from portal_sandbox.client import PortalError, Session
from portal_sandbox.pdfsign import (
    DIRECTOR_FIELD,
    PARENT_FIELD,
    contract_fields_pdf,
    sign_cms,
    sign_pdf,
)
from portal_sandbox.scans import scan_pdf
from portal_sandbox.workdays import PORTAL_TZ
from tests.support.world import PASSWORD, Family, World

KEY_PASSWORD = "Qwerty12"
START = datetime(2025, 2, 6, 10, tzinfo=PORTAL_TZ)
REQUIRED = ("form_027u", "birth_certificate", "parent_id", "form_052_2u", "form_065u")


@dataclass
class Deal:
    world: World
    kg: dict[str, Any]
    director: Session
    director_iin: str
    family: Family
    app: dict[str, Any]
    sent: bytes


def upload(world: World, staff: Session, pdf: bytes) -> str:
    digest = hashlib.sha256(pdf).hexdigest()
    world.client.call("PUT", f"/api/v1/staff/uploads/{digest}", session=staff, content=pdf,
                      headers={"Content-Type": "application/pdf"})
    return digest


def contract(world: World, app: dict[str, Any]) -> bytes:
    return contract_fields_pdf([f"ДОГОВОР № {app['number']} / ШАРТ",
                                f"Бала / Ребенок: {app['child']['last_name']}",
                                "Тараптар шарт талаптарын орындауға міндеттенеді."])


def parent_key(world: World, family: Family, **extra: Any) -> bytes:
    p12, _ = world.client.issue_key(family.parent_iin, "sign", KEY_PASSWORD, role="individual",
                                    **extra)
    return p12


def director_key(world: World, iin: str, bin_: str, role: str = "first_head") -> bytes:
    p12, _ = world.client.issue_key(iin, "sign", KEY_PASSWORD, bin_=bin_, role=role)
    return p12


@pytest.fixture
def deal(world: World) -> Deal:
    world.client.set_clock(START)
    kg = world.kindergarten()
    director_iin, director = world.staff_iin(kg, ["director"])
    family, app = world.request_at(kg, group_index=1)
    assert world.mutate(director, "accept_request", {"request_id": app["id"]})["outcome"] == \
        "applied"
    sent = contract(world, app)
    result = world.mutate(director, "send_contract", {"request_id": app["id"],
                                                      "pdf_sha256": upload(world, director,
                                                                           sent)})
    assert result["outcome"] == "applied", result
    return Deal(world, kg, director, director_iin, family, app, sent)


def parent_signs(deal: Deal) -> bytes:
    pdf = deal.world.client.contract_pdf(deal.family.parent, deal.app["id"])
    assert pdf == deal.sent
    signed = sign_pdf(pdf, parent_key(deal.world, deal.family), KEY_PASSWORD, PARENT_FIELD)
    app = deal.world.client.sign_contract(deal.family.parent, deal.app["id"], signed)
    assert app["status"] == "awaiting_countersign"
    return signed


def documents_in_and_accepted(deal: Deal) -> None:
    for kind in REQUIRED:
        pdf = scan_pdf(kind, {"ФИО": "Тест"}, __import__("random").Random(kind))
        deal.world.client.upload_document(deal.family.parent, deal.app["id"], kind, pdf,
                                          "application/pdf")
    result = deal.world.mutate(deal.director, "accept_documents",
                               {"request_id": deal.app["id"], "kinds": list(REQUIRED)})
    assert result["outcome"] == "applied", result


def countersign(deal: Deal, signed: bytes, key: bytes,
                staff: Session | None = None) -> dict[str, Any]:
    final = sign_pdf(signed, key, KEY_PASSWORD, DIRECTOR_FIELD)
    staff = staff or deal.director
    return deal.world.mutate(staff, "countersign_contract", {
        "request_id": deal.app["id"], "pdf_sha256": upload(deal.world, staff, final)})


def test_from_accepted_to_enrolled(deal: Deal) -> None:
    signed = parent_signs(deal)
    documents_in_and_accepted(deal)
    result = countersign(deal, signed, director_key(deal.world, deal.director_iin,
                                                    deal.kg["bin"]))
    assert result["outcome"] == "applied", result
    assert (result["current"]["type"], result["current"]["id"]) == ("request", deal.app["id"])
    app = deal.world.client.application(deal.family.parent, deal.app["id"])
    assert app["status"] == "enrolled"
    assert app["contract"]["status"] == "countersigned"
    assert app["contract"]["parent_signer"]["iin"] == deal.family.parent_iin
    assert app["contract"]["director_signer"]["bin"] == deal.kg["bin"]
    assert "first_head" in app["contract"]["director_signer"]["roles"]
    group = next(g for g in deal.world.client.json(
        "GET", "/api/v1/kindergartens", params={"locality": deal.world.locality})[0]["groups"]
        if g["id"] == deal.kg["groups"][1]["id"])
    assert (group["enrolled"], group["reserved"]) == (1, 0)
    final = deal.world.client.contract_pdf(deal.family.parent, deal.app["id"])
    assert final.startswith(signed)  # both signatures, each its own revision


def refused_signature(deal: Deal, signed: bytes, code: str) -> None:
    with pytest.raises(PortalError) as caught:
        deal.world.client.sign_contract(deal.family.parent, deal.app["id"], signed)
    assert caught.value.code == code, caught.value.body
    assert deal.world.client.application(deal.family.parent, deal.app["id"])["status"] == \
        "contract_sent"


def test_another_persons_key_is_refused(deal: Deal) -> None:
    stranger = deal.world.family()
    signed = sign_pdf(deal.sent, parent_key(deal.world, stranger), KEY_PASSWORD, PARENT_FIELD)
    refused_signature(deal, signed, "signer_mismatch")


def test_a_different_pdf_is_refused(deal: Deal) -> None:
    other = contract_fields_pdf(["ДОГОВОР с другими условиями"])
    signed = sign_pdf(other, parent_key(deal.world, deal.family), KEY_PASSWORD, PARENT_FIELD)
    refused_signature(deal, signed, "document_mismatch")


def test_a_tampered_signed_pdf_is_refused(deal: Deal) -> None:
    signed = bytearray(sign_pdf(deal.sent, parent_key(deal.world, deal.family), KEY_PASSWORD,
                                PARENT_FIELD))
    # A letter of the signed revision's metadata, inside the signed byte range.
    at = signed.index(b"portal sandbox", len(deal.sent))
    signed[at] = ord("P")
    refused_signature(deal, bytes(signed), "signature_invalid")


def test_revoked_and_expired_keys_are_refused(deal: Deal) -> None:
    p12, issued = deal.world.client.issue_key(deal.family.parent_iin, "sign", KEY_PASSWORD,
                                              role="individual")
    deal.world.client.call("POST", "/sandbox/pki/revoke", json={"serial": issued["serial"]})
    refused_signature(deal, sign_pdf(deal.sent, p12, KEY_PASSWORD, PARENT_FIELD),
                      "signature_invalid")
    expired = parent_key(deal.world, deal.family, not_before=START - timedelta(days=400),
                         not_after=START - timedelta(days=35))
    refused_signature(deal, sign_pdf(deal.sent, expired, KEY_PASSWORD, PARENT_FIELD),
                      "signature_invalid")


def test_countersignature_checks(deal: Deal) -> None:
    signed = parent_signs(deal)
    world = deal.world
    not_yet = countersign(deal, signed, director_key(world, deal.director_iin, deal.kg["bin"]))
    assert (not_yet["outcome"], not_yet["code"]) == ("conflict", "documents_incomplete")
    documents_in_and_accepted(deal)
    other_kg = world.kindergarten()
    wrong_bin = countersign(deal, signed, director_key(world, deal.director_iin,
                                                       other_kg["bin"]))
    assert (wrong_bin["outcome"], wrong_bin["code"]) == ("invalid", "signer_mismatch")
    no_right = countersign(deal, signed, director_key(world, deal.director_iin,
                                                      deal.kg["bin"], role="employee"))
    assert (no_right["outcome"], no_right["code"]) == ("invalid", "signer_mismatch")
    methodologist = world.staff(deal.kg, ["methodologist"])
    by_role = countersign(deal, signed, director_key(world, deal.director_iin, deal.kg["bin"]),
                          staff=methodologist)
    assert (by_role["outcome"], by_role["code"]) == ("invalid", "forbidden_role")
    over_other = countersign(deal, sign_pdf(deal.sent, parent_key(world, deal.family),
                                            KEY_PASSWORD, PARENT_FIELD),
                             director_key(world, deal.director_iin, deal.kg["bin"]))
    assert (over_other["outcome"], over_other["code"]) == ("invalid", "document_mismatch")
    right = countersign(deal, signed, director_key(world, deal.director_iin, deal.kg["bin"],
                                                   role="right_to_sign"))
    assert right["outcome"] == "applied", right


def test_send_contract_needs_an_accepted_request_and_an_upload(world: World) -> None:
    world.client.set_clock(START)
    kg = world.kindergarten()
    director = world.staff(kg, ["director"])
    _, app = world.request_at(kg, group_index=1)
    pdf = contract(world, app)
    early = world.mutate(director, "send_contract", {"request_id": app["id"],
                                                     "pdf_sha256": upload(world, director, pdf)})
    assert (early["outcome"], early["code"]) == ("conflict", "not_allowed_in_status")
    world.mutate(director, "accept_request", {"request_id": app["id"]})
    missing = world.mutate(director, "send_contract", {"request_id": app["id"],
                                                       "pdf_sha256": "ab" * 32})
    assert (missing["outcome"], missing["code"]) == ("invalid", "upload_missing")


def test_staff_log_in_with_their_auth_key(world: World) -> None:
    world.client.set_clock(START)
    kg = world.kindergarten()
    iin, _ = world.staff_iin(kg, ["director", "methodologist"])
    auth, _ = world.client.issue_key(iin, "auth", KEY_PASSWORD, bin_=kg["bin"], role="employee")
    sign = director_key(world, iin, kg["bin"])

    def eds_login(p12: bytes, *, nonce: str | None = None, role: str | None = None) -> Any:
        challenge = world.client.json("POST", "/api/v1/auth/eds/challenge")["nonce"]
        cms = sign_cms((nonce or challenge).encode(), p12, KEY_PASSWORD)
        return world.client.json("POST", "/api/v1/auth/eds", json={
            "nonce": challenge, "signature": base64.b64encode(cms).decode(), "role": role})

    tokens = eds_login(auth, role="methodologist")
    assert tokens["roles"] == ["methodologist"]
    assert tokens["kindergarten_id"] == kg["id"]
    for p12, nonce in ((sign, None), (auth, "not-the-challenge")):
        with pytest.raises(PortalError) as caught:
            eds_login(p12, nonce=nonce)
        assert caught.value.code == "signature_invalid"
    with pytest.raises(PortalError) as caught:
        world.client.json("POST", "/api/v1/auth/eds", json={"nonce": "0" * 64,
                                                            "signature": "AAAA"})
    assert caught.value.code == "eds_challenge_invalid"
    assert world.client.login(iin, PASSWORD).roles == ["director", "methodologist"]
