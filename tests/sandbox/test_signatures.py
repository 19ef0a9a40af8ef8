"""The portal's contract and log-in signature checks, against the sandbox's own test PKI.

Every refusal is asserted with its code: the HTTP layer and the desktop client act on the code,
so a check that refuses for the wrong reason is as broken as one that accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.general import SigningError

from portal_sandbox import pdfsign, pki
from portal_sandbox.signatures import (
    SignatureRejected,
    Trust,
    check_countersigned,
    check_parent_signed,
    verify_login_cms,
)

PASSWORD = "Qwerty12"
PARENT_IIN = "880101300111"
KG_BIN = "123456789012"
OTHER_BIN = "210987654321"
KG_NAME = "ГККП «Ясли-сад „Айгөлек“»"

PARENT = pki.Subject(
    iin=PARENT_IIN, last_name="Иванова", first_name="Айгерім", patronymic="Сергеевна"
)
DIRECTOR = pki.Subject(
    iin="750101400222", last_name="Сапаров", first_name="Ержан", bin=KG_BIN, organisation=KG_NAME
)
OTHER_DIRECTOR = pki.Subject(
    iin="760202400333",
    last_name="Омаров",
    first_name="Талгат",
    bin=OTHER_BIN,
    organisation="ТОО «Балапан»",
)
EMPLOYEE = pki.Subject(
    iin="950303400444", last_name="Ким", first_name="Ольга", bin=KG_BIN, organisation=KG_NAME
)

CONTRACT = [
    "ДОГОВОР № 2025-0042 об оказании услуг дошкольного воспитания и обучения",
    "г. Астана, 10.02.2025",
    "Ата-ана / Родитель: Иванова Айгерім Сергеевна, ИИН 880101300111",
]


@dataclass(frozen=True)
class World:
    ca: pki.TestCA
    parent: pki.IssuedKey
    parent_auth: pki.IssuedKey
    director: pki.IssuedKey
    right_to_sign: pki.IssuedKey
    employee: pki.IssuedKey
    other_director: pki.IssuedKey
    expired_parent: pki.IssuedKey
    revoked_parent: pki.IssuedKey
    revoked_auth: pki.IssuedKey
    stranger_parent: pki.IssuedKey  # issued by a CA nobody trusts
    crl: bytes
    sent: bytes
    parent_signed: bytes

    def trust(self, *, crls: list[bytes] | None = None) -> Trust:
        return Trust(
            roots=[self.ca.root_cert],
            intermediates=[self.ca.nca_cert],
            crls=[self.crl] if crls is None else crls,
            now=datetime.now(UTC),
        )


@pytest.fixture(scope="module")
def world() -> World:
    # Keys are issued a little in the past so that "now" at check time is safely inside their
    # validity and after the CRL's thisUpdate.
    issued = datetime.now(UTC) - timedelta(minutes=10)
    ca = pki.TestCA.create(issued)
    stranger_ca = pki.TestCA.create(issued)

    def issue(
        subject: pki.Subject, role: pki.Role, usage: pki.Usage = "sign", authority: pki.TestCA = ca
    ) -> pki.IssuedKey:
        return authority.issue(subject, role=role, usage=usage, password=PASSWORD, now=issued)

    revoked_parent = issue(PARENT, "individual")
    revoked_auth = issue(PARENT, "individual", "auth")
    crl = ca.crl(
        [(revoked_parent.serial, issued), (revoked_auth.serial, issued)],
        issued,
        issued + timedelta(days=1),
    )
    parent = issue(PARENT, "individual")
    sent = pdfsign.contract_fields_pdf(CONTRACT)
    return World(
        ca=ca,
        parent=parent,
        parent_auth=issue(PARENT, "individual", "auth"),
        director=issue(DIRECTOR, "first_head"),
        right_to_sign=issue(EMPLOYEE, "right_to_sign"),
        employee=issue(EMPLOYEE, "employee"),
        other_director=issue(OTHER_DIRECTOR, "first_head"),
        expired_parent=ca.issue(
            PARENT,
            role="individual",
            usage="sign",
            password=PASSWORD,
            now=issued,
            not_before=issued - timedelta(days=400),
            not_after=issued - timedelta(days=35),
        ),
        revoked_parent=revoked_parent,
        revoked_auth=revoked_auth,
        stranger_parent=issue(PARENT, "individual", authority=stranger_ca),
        crl=crl,
        sent=sent,
        parent_signed=pdfsign.sign_pdf(sent, parent.p12, PASSWORD, pdfsign.PARENT_FIELD),
    )


def _rejected(check: Callable[[], object]) -> SignatureRejected:
    with pytest.raises(SignatureRejected) as caught:
        check()
    return caught.value


def _sign_as_parent(world: World, key: pki.IssuedKey, pdf: bytes | None = None) -> bytes:
    return pdfsign.sign_pdf(
        world.sent if pdf is None else pdf, key.p12, PASSWORD, "ParentSignature"
    )


# --- the contract the kindergarten sends ---------------------------------------------------


def test_contract_pdf_is_one_revision_with_two_empty_fields(world: World) -> None:
    reader = PdfFileReader(BytesIO(world.sent))
    assert reader.xrefs.total_revisions == 1
    found = {name: value for name, value, _ in enumerate_sig_fields(reader)}
    assert set(found) == {"ParentSignature", "DirectorSignature"}
    assert all(value is None for value in found.values())


def test_contract_pdf_is_deterministic(world: World) -> None:
    assert pdfsign.contract_fields_pdf(CONTRACT) == world.sent
    assert pdfsign.contract_fields_pdf([*CONTRACT, "п. 2"]) != world.sent
    # Two calls within the same second would agree even with a wall-clock /ModDate, so check
    # that the dates are reportlab's fixed ones rather than today's.
    info = PdfFileReader(BytesIO(world.sent)).trailer_view["/Info"]
    assert str(info["/ModDate"]).startswith("D:2000")
    assert str(info["/CreationDate"]).startswith("D:2000")


def test_signing_needs_the_right_password_and_an_existing_field(world: World) -> None:
    with pytest.raises(ValueError):
        pdfsign.sign_pdf(world.sent, world.parent.p12, "wrong", "ParentSignature")
    with pytest.raises(SigningError):
        pdfsign.sign_pdf(world.sent, world.parent.p12, PASSWORD, "NoSuchField")


# --- the parent's signature ----------------------------------------------------------------


def test_parent_signed_pdf_is_accepted(world: World) -> None:
    signing_time = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)
    signed = pdfsign.sign_pdf(
        world.sent, world.parent.p12, PASSWORD, "ParentSignature", signing_time=signing_time
    )
    assert signed.startswith(world.sent)
    summary = check_parent_signed(world.sent, signed, PARENT_IIN, world.trust())
    assert summary.field_name == "ParentSignature"
    assert summary.identity.iin == PARENT_IIN
    assert summary.identity.roles == frozenset({"individual"})
    assert summary.serial == world.parent.serial
    assert summary.signing_time == signing_time


def test_tampered_signature_revision_is_signature_invalid(world: World) -> None:
    signed = bytearray(world.parent_signed)
    # The visible appearance (its font's glyph widths) lies inside the signed byte range;
    # change a digit, keeping the file's structure intact.
    marker = b"/Widths [ "
    at = signed.index(marker, len(world.sent)) + len(marker)
    signed[at] = ord("1") if signed[at] != ord("1") else ord("3")
    error = _rejected(
        lambda: check_parent_signed(world.sent, bytes(signed), PARENT_IIN, world.trust())
    )
    assert error.code == "signature_invalid"
    assert "does not match" in error.detail


def test_tampered_contract_text_is_document_mismatch(world: World) -> None:
    signed = bytearray(world.parent_signed)
    at = signed.index(b"stream", signed.index(b"/FlateDecode")) + 20
    signed[at] ^= 0x01
    error = _rejected(
        lambda: check_parent_signed(world.sent, bytes(signed), PARENT_IIN, world.trust())
    )
    assert error.code == "document_mismatch"


def test_signature_over_another_pdf_is_document_mismatch(world: World) -> None:
    other = pdfsign.contract_fields_pdf([*CONTRACT, "Другой текст"])
    signed = _sign_as_parent(world, world.parent, other)
    error = _rejected(lambda: check_parent_signed(world.sent, signed, PARENT_IIN, world.trust()))
    assert error.code == "document_mismatch"


def test_non_incremental_resave_is_document_mismatch(world: World) -> None:
    writer = copy_into_new_writer(PdfFileReader(BytesIO(world.parent_signed)))
    out = BytesIO()
    writer.write(out)
    resaved = out.getvalue()
    # Still a PDF with the parent's signature in it, just not built on the sent bytes.
    assert len(PdfFileReader(BytesIO(resaved)).embedded_signatures) == 1
    error = _rejected(lambda: check_parent_signed(world.sent, resaved, PARENT_IIN, world.trust()))
    assert error.code == "document_mismatch"


def _with_extra_revision(pdf: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    writer.root["/Lang"] = generic.TextStringObject("kk-KZ")
    writer.update_root()
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_revision_slipped_in_before_the_signature_is_document_mismatch(world: World) -> None:
    changed = _with_extra_revision(world.sent)
    signed = _sign_as_parent(world, world.parent, changed)
    assert signed.startswith(world.sent)
    error = _rejected(lambda: check_parent_signed(world.sent, signed, PARENT_IIN, world.trust()))
    assert error.code == "document_mismatch"
    assert "before the signature" in error.detail


def test_revision_added_after_the_signature_is_document_mismatch(world: World) -> None:
    changed = _with_extra_revision(world.parent_signed)
    error = _rejected(lambda: check_parent_signed(world.sent, changed, PARENT_IIN, world.trust()))
    assert error.code == "document_mismatch"
    assert "after" in error.detail


def test_not_a_pdf_is_document_mismatch(world: World) -> None:
    error = _rejected(
        lambda: check_parent_signed(world.sent, b"%PDF-1.7 garbage", PARENT_IIN, world.trust())
    )
    assert error.code == "document_mismatch"


def test_unsigned_contract_sent_back_is_signature_invalid(world: World) -> None:
    error = _rejected(
        lambda: check_parent_signed(world.sent, world.sent, PARENT_IIN, world.trust())
    )
    assert error.code == "signature_invalid"
    assert "no new signature" in error.detail


def test_another_parents_iin_is_signer_mismatch(world: World) -> None:
    error = _rejected(
        lambda: check_parent_signed(world.sent, world.parent_signed, "990101300999", world.trust())
    )
    assert error.code == "signer_mismatch"
    assert PARENT_IIN in error.detail


def test_director_key_used_as_parent_is_signer_mismatch(world: World) -> None:
    signed = _sign_as_parent(world, world.director)
    error = _rejected(lambda: check_parent_signed(world.sent, signed, DIRECTOR.iin, world.trust()))
    assert error.code == "signer_mismatch"
    assert "individual" in error.detail


def test_login_key_used_on_a_contract_is_signer_mismatch(world: World) -> None:
    signed = _sign_as_parent(world, world.parent_auth)
    error = _rejected(lambda: check_parent_signed(world.sent, signed, PARENT_IIN, world.trust()))
    assert error.code == "signer_mismatch"
    assert "not a signing key" in error.detail


def test_expired_certificate_is_signature_invalid(world: World) -> None:
    signed = _sign_as_parent(world, world.expired_parent)
    error = _rejected(lambda: check_parent_signed(world.sent, signed, PARENT_IIN, world.trust()))
    assert error.code == "signature_invalid"
    assert "expired on" in error.detail


def test_revoked_certificate_is_signature_invalid(world: World) -> None:
    signed = _sign_as_parent(world, world.revoked_parent)
    error = _rejected(lambda: check_parent_signed(world.sent, signed, PARENT_IIN, world.trust()))
    assert error.code == "signature_invalid"
    assert "revoked" in error.detail


def test_revoked_certificate_is_found_on_a_pem_crl_too(world: World) -> None:
    signed = _sign_as_parent(world, world.revoked_parent)
    crl_pem = x509.load_der_x509_crl(world.crl).public_bytes(Encoding.PEM)
    error = _rejected(
        lambda: check_parent_signed(world.sent, signed, PARENT_IIN, world.trust(crls=[crl_pem]))
    )
    assert error.code == "signature_invalid"
    assert "revoked" in error.detail


def test_revocation_is_unknown_without_a_crl(world: World) -> None:
    error = _rejected(
        lambda: check_parent_signed(
            world.sent, world.parent_signed, PARENT_IIN, world.trust(crls=[])
        )
    )
    assert error.code == "signature_invalid"


def test_untrusted_ca_is_signature_invalid(world: World) -> None:
    signed = _sign_as_parent(world, world.stranger_parent)
    error = _rejected(lambda: check_parent_signed(world.sent, signed, PARENT_IIN, world.trust()))
    assert error.code == "signature_invalid"
    assert "trusted" in error.detail


# --- the kindergarten's countersignature ---------------------------------------------------


def _countersign(world: World, key: pki.IssuedKey, pdf: bytes | None = None) -> bytes:
    base = world.parent_signed if pdf is None else pdf
    return pdfsign.sign_pdf(base, key.p12, PASSWORD, "DirectorSignature")


def test_countersignature_by_the_director_is_accepted(world: World) -> None:
    countersigned = _countersign(world, world.director)
    summary = check_countersigned(world.parent_signed, countersigned, KG_BIN, world.trust())
    assert summary.field_name == "DirectorSignature"
    assert summary.identity.bin == KG_BIN
    assert summary.identity.iin == DIRECTOR.iin
    assert summary.identity.roles == frozenset({"first_head"})
    assert summary.serial == world.director.serial
    # Both signatures are still there for anyone who verifies the final file.
    fields = [s.field_name for s in PdfFileReader(BytesIO(countersigned)).embedded_signatures]
    assert fields == ["ParentSignature", "DirectorSignature"]


def test_countersignature_with_right_to_sign_is_accepted(world: World) -> None:
    countersigned = _countersign(world, world.right_to_sign)
    summary = check_countersigned(world.parent_signed, countersigned, KG_BIN, world.trust())
    assert summary.identity.roles == frozenset({"right_to_sign"})


def test_countersignature_for_another_kindergarten_is_signer_mismatch(world: World) -> None:
    countersigned = _countersign(world, world.other_director)
    error = _rejected(
        lambda: check_countersigned(world.parent_signed, countersigned, KG_BIN, world.trust())
    )
    assert error.code == "signer_mismatch"
    assert OTHER_BIN in error.detail


def test_countersignature_by_a_plain_employee_is_signer_mismatch(world: World) -> None:
    countersigned = _countersign(world, world.employee)
    error = _rejected(
        lambda: check_countersigned(world.parent_signed, countersigned, KG_BIN, world.trust())
    )
    assert error.code == "signer_mismatch"
    assert "right to sign" in error.detail


def test_countersignature_by_a_parent_is_signer_mismatch(world: World) -> None:
    countersigned = _countersign(world, world.parent)
    error = _rejected(
        lambda: check_countersigned(world.parent_signed, countersigned, KG_BIN, world.trust())
    )
    assert error.code == "signer_mismatch"


def test_countersignature_over_another_parent_signed_pdf_is_document_mismatch(
    world: World,
) -> None:
    # The same contract signed again by the same parent: equal in content, different bytes.
    other_parent_signed = _sign_as_parent(world, world.parent)
    assert other_parent_signed != world.parent_signed
    countersigned = _countersign(world, world.director, other_parent_signed)
    error = _rejected(
        lambda: check_countersigned(world.parent_signed, countersigned, KG_BIN, world.trust())
    )
    assert error.code == "document_mismatch"


def test_countersignature_over_a_revoked_parent_signature_is_signature_invalid(
    world: World,
) -> None:
    parent_signed = _sign_as_parent(world, world.revoked_parent)
    countersigned = _countersign(world, world.director, parent_signed)
    error = _rejected(
        lambda: check_countersigned(parent_signed, countersigned, KG_BIN, world.trust())
    )
    assert error.code == "signature_invalid"
    assert "earlier" in error.detail


def test_countersignature_over_an_unsigned_contract_is_document_mismatch(world: World) -> None:
    countersigned = _countersign(world, world.director, world.sent)
    error = _rejected(lambda: check_countersigned(world.sent, countersigned, KG_BIN, world.trust()))
    assert error.code == "document_mismatch"


# --- log-in with an AUTH key ---------------------------------------------------------------

NONCE = b"5f1c0a8e2b7d4c3e9a6f0b1d2c3e4f5a"


@pytest.mark.parametrize("detached", [True, False])
def test_login_cms_with_an_auth_key_is_accepted(world: World, detached: bool) -> None:
    cms_der = pdfsign.sign_cms(NONCE, world.parent_auth.p12, PASSWORD, detached=detached)
    who = verify_login_cms(NONCE, cms_der, world.trust())
    assert who.iin == PARENT_IIN
    assert who.usages == frozenset({"auth"})
    assert who.serial == world.parent_auth.serial


def test_login_cms_with_a_signing_key_is_refused(world: World) -> None:
    cms_der = pdfsign.sign_cms(NONCE, world.parent.p12, PASSWORD)
    error = _rejected(lambda: verify_login_cms(NONCE, cms_der, world.trust()))
    assert error.code == "signature_invalid"
    assert "AUTH" in error.detail


@pytest.mark.parametrize("detached", [True, False])
def test_login_cms_over_another_nonce_is_refused(world: World, detached: bool) -> None:
    cms_der = pdfsign.sign_cms(b"an old nonce", world.parent_auth.p12, PASSWORD, detached=detached)
    error = _rejected(lambda: verify_login_cms(NONCE, cms_der, world.trust()))
    assert error.code == "signature_invalid"


def test_login_cms_with_a_revoked_key_is_refused(world: World) -> None:
    cms_der = pdfsign.sign_cms(NONCE, world.revoked_auth.p12, PASSWORD)
    error = _rejected(lambda: verify_login_cms(NONCE, cms_der, world.trust()))
    assert error.code == "signature_invalid"
    assert "revoked" in error.detail


def test_login_garbage_is_refused(world: World) -> None:
    error = _rejected(lambda: verify_login_cms(NONCE, b"\x30\x03\x02\x01\x01", world.trust()))
    assert error.code == "signature_invalid"
