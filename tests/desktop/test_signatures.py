"""The contract's signatures in process: the trust store and CRL cache, each signature's
verdict, the parent's check against the sent PDF, the director's key, countersigning
(baseline B, and B-T with a time-stamp server on loopback), batches, and a clear reason
for each bad input of docs/eds.md. Keys come from a test PKI laid out like NCA RK's."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from typing import Any

import httpx
import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from desktop.services import countersigning, doctor, eds, signature_checks, trust, verification
from desktop.services.countersigning import CountersignJob, CountersignRefused
from desktop.services.profile import Profile
from desktop.services.signature_checks import NotAPdf
from desktop.services.trust import TrustStore
from portal_sandbox.pdfsign import PARENT_FIELD, contract_fields_pdf, sign_pdf
from portal_sandbox.pki import Role, Subject, TestCA

NOW = datetime.now(UTC).replace(microsecond=0)
PW = "Qwerty12"
PARENT_IIN, DIRECTOR_IIN = "920517400123", "800120400123"
BIN, OTHER_BIN = "150640000123", "150640000456"


@dataclass
class Pki:
    ca: TestCA
    folder: Path
    revoked: list[tuple[int, datetime]]

    def key(self, role: Role = "first_head", *, usage: str = "sign", iin: str = DIRECTOR_IIN,
            bin_: str | None = BIN, **validity: datetime) -> tuple[bytes, Path]:
        staff = role != "individual"
        subject = Subject(iin=iin, last_name="Сейткали", first_name="Гүлнар",
                          patronymic="Нұрланқызы", bin=bin_ if staff else None,
                          organisation="«Балапан» бөбекжай-бақшасы" if staff else None)
        issued = self.ca.issue(subject, role=role, usage=usage, password=PW,  # type: ignore[arg-type]
                               now=NOW - timedelta(days=30), **validity)
        path = self.folder / f"{len(list(self.folder.iterdir()))}-{issued.filename}"
        path.write_bytes(issued.p12)
        return issued.p12, path

    def parent_key(self, **kwargs: Any) -> bytes:
        return self.key("individual", iin=kwargs.pop("iin", PARENT_IIN), **kwargs)[0]

    def director(self, role: Role = "first_head", **kwargs: Any) -> eds.LoadedKey:
        return eds.load_key(self.key(role, **kwargs)[1], PW, check_validity=False)

    def crl(self, *, this: datetime | None = None, next_: datetime | None = None) -> bytes:
        this = this or NOW - timedelta(hours=1)
        return self.ca.crl(self.revoked, this, next_ or this + timedelta(days=1))

    def store(self, **crl: datetime) -> TrustStore:
        store = TrustStore()
        store.add_certificates([self.ca.root_cert, self.ca.nca_cert])
        store.add_crls([trust.parse_crl(self.crl(**crl))])
        return store


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return Pki(TestCA.create(NOW - timedelta(days=400)), tmp_path_factory.mktemp("keys"), [])


SENT = contract_fields_pdf(["ДОГОВОР № 257062 / ШАРТ", "Бала: Нұрсұлтан Сейткали"])


def parent_signed(pki: Pki, pdf: bytes = SENT, when: datetime | None = None,
                  **key: Any) -> bytes:
    return sign_pdf(pdf, pki.parent_key(**key), PW, PARENT_FIELD,
                    signing_time=when or NOW - timedelta(hours=2))


def changed(pdf: bytes) -> bytes:
    """`pdf` plus an incremental revision that draws on the page (not a signature)."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    stream = writer.add_object(generic.StreamObject(stream_data=b"0 0 m 100 100 l S"))
    writer.add_stream_to_page(0, stream)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


# --- the trust store and the CRL cache -----------------------------------------------------


def test_the_shipped_folder_has_no_nca_root_and_says_so() -> None:
    store = trust.load(None)
    assert store.roots == [] and not store.nca_roots
    names = [trust.subject_cn(c) for c in store.intermediates]
    assert names == ["ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)"]  # the real 2018 intermediate
    assert "No NCA RK root certificates are installed" in store.untrusted_hint()
    assert (trust.shipped_folder() / "README.md").is_file()


def test_roots_from_the_profile_and_sandbox_only_in_sandbox_mode(pki: Pki,
                                                                 tmp_path: Path) -> None:
    (tmp_path / trust.SANDBOX_FOLDER).mkdir()
    (tmp_path / trust.SANDBOX_FOLDER / "roots.pem").write_bytes(pki.ca.roots_pem())
    assert trust.load(tmp_path).roots == []
    sandbox = trust.load(tmp_path, sandbox=True)
    assert sandbox.roots == [pki.ca.root_cert]
    assert sandbox.intermediates[-1] == pki.ca.nca_cert
    assert not sandbox.nca_roots and "only test roots" in sandbox.untrusted_hint()
    (tmp_path / trust.TRUST_FOLDER).mkdir()
    (tmp_path / trust.TRUST_FOLDER / "root.cer").write_bytes(
        pki.ca.root_cert.public_bytes(serialization.Encoding.DER))
    assert trust.load(tmp_path).nca_roots  # what an IT person adds counts as installed


def test_a_file_that_is_not_a_certificate_or_crl_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "roots.pem"
    bad.write_text("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n")
    with pytest.raises(trust.TrustError, match=r"roots\.pem"):
        trust.load(None, extra_certificates=[bad])
    with pytest.raises(trust.TrustError, match="cannot be read"):
        trust.load(None, extra_certificates=[tmp_path / "missing.pem"])
    with pytest.raises(trust.TrustError, match="not a certificate revocation list"):
        trust.load(None, extra_crls=[bad])


def test_the_crl_cache_keeps_the_newest_per_issuer(pki: Pki, tmp_path: Path) -> None:
    cache = trust.CrlCache.of(tmp_path)
    older = pki.crl(this=NOW - timedelta(days=3))
    newer = pki.crl(this=NOW - timedelta(days=1))
    assert cache.add(newer, [pki.ca.nca_cert]) is not None
    assert cache.add(older, [pki.ca.nca_cert]) is None  # never replaced by an older one
    kept = cache.newest_overall()
    assert kept is not None and kept.this_update == NOW - timedelta(days=1)
    assert len(list((tmp_path / trust.CRL_FOLDER).iterdir())) == 1
    stranger = TestCA.create(NOW - timedelta(days=10))
    forged = stranger.crl([], NOW, NOW + timedelta(days=1))
    with pytest.raises(trust.TrustError, match="not signed by its issuer"):
        # Same issuer name, another key: refused, the good CRL stays.
        cache.add(forged, [pki.ca.nca_cert])
    with pytest.raises(trust.TrustError):
        cache.add(b"<html>not a CRL</html>")
    finding = doctor.check_crls(Profile.at(tmp_path), NOW)
    assert (finding.state, finding.message) == ("ok", "the newest CRL is 1 day old")


def test_sandbox_roots_and_crl_are_fetched_only_when_asked(sandbox: str,
                                                           tmp_path: Path) -> None:
    assert trust.load(tmp_path, sandbox=True).roots == []
    results = trust.refresh(tmp_path, sandbox_portal=sandbox)
    assert [r.error for r in results] == [None] and results[0].kept is not None
    store = trust.load(tmp_path, sandbox=True)
    roots = httpx.get(f"{sandbox}/sandbox/pki/roots").content
    assert store.roots[0].public_bytes(serialization.Encoding.PEM) in roots
    assert len(store.crls) == 1 and trust.load(tmp_path).roots == []
    away = trust.refresh_crls(tmp_path, ["http://127.0.0.1:9/nca_rsa.crl"])
    assert away[0].error and away[0].kept is None
    assert trust.refresh_sandbox(tmp_path, "http://127.0.0.1:9")[0].error
    assert len(trust.load(tmp_path).crls) == 1  # a failed refresh keeps what was cached


def test_distribution_points_of_nca_certificates(pki: Pki) -> None:
    _, path = pki.key()
    key = eds.load_key(path, PW)
    assert trust.distribution_points([key.certificate]) == [
        "http://crl.pki.sandbox.invalid/nca_rsa.crl"]
    shipped = trust.load(None).intermediates
    # NCA RK's root CRL address, written as two URLs in one name.
    assert trust.distribution_points(shipped) == ["http://crl.root.gov.kz/rsa.crl",
                                                  "http://crl1.root.gov.kz/rsa.crl"]


# --- verifying -----------------------------------------------------------------------------


def test_a_parent_signature_is_valid_with_who_and_when(pki: Pki) -> None:
    signed = parent_signed(pki)
    [check] = verification.verify(signed, pki.store())
    assert check.valid and check.message == "valid" and check.warnings == ()
    assert check.field == PARENT_FIELD and check.revision == 1
    assert check.signer is not None and check.signer.iin == PARENT_IIN
    assert check.signer.roles == {"individual"}
    assert check.signing_time == NOW - timedelta(hours=2)
    assert check.revocation is not None and check.revocation.state == "good"
    assert [trust.subject_cn(c) for c in check.chain] == [
        "СЕЙТКАЛИ ГҮЛНАР", "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST RSA)",
        "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST ROOT)"]


def test_long_cyrillic_names_are_read_without_warnings(pki: Pki) -> None:
    # 35 letters, 69 bytes: cryptography's `Certificate.subject` would warn (an error here).
    subject = Subject(iin=PARENT_IIN, last_name="Сейткалиева-Жұмабаева",
                      first_name="Гүлнар-Айгерім")
    issued = pki.ca.issue(subject, role="individual", usage="sign", password=PW,
                          now=NOW - timedelta(days=3))
    signed = sign_pdf(SENT, issued.p12, PW, PARENT_FIELD)
    [check] = verification.verify(signed, trust.load(None))  # untrusted: names in the message
    assert "СЕЙТКАЛИЕВА-ЖҰМАБАЕВА ГҮЛНАР-АЙГЕРІМ" in check.message
    result = countersigning.countersign(signed, pki.director(), BIN, pki.store(), sent_pdf=SENT,
                                        applicant_iin=PARENT_IIN)
    parent = verification.verify(result.pdf, pki.store())[0]
    details = verification.details_of(parent)
    assert details is not None and details.common_name == "СЕЙТКАЛИЕВА-ЖҰМАБАЕВА ГҮЛНАР-АЙГЕРІМ"
    assert trust.subject_cn(issued.certificate) == details.common_name


def test_untrusted_without_roots_says_no_nca_roots_are_installed(pki: Pki) -> None:
    [check] = verification.verify(parent_signed(pki), trust.load(None))
    assert check.reason == "untrusted"
    assert "No NCA RK root certificates are installed" in check.message


def test_a_tampered_pdf(pki: Pki) -> None:
    signed = bytearray(parent_signed(pki))
    # A letter of the signed revision's metadata, inside the signed byte range.
    at = signed.index(b"portal sandbox", len(SENT))
    signed[at] = ord("P")
    [check] = verification.verify(bytes(signed), pki.store())
    assert check.reason == "tampered" and "changed after" in check.message


def test_a_change_after_the_signature(pki: Pki) -> None:
    [check] = verification.verify(changed(parent_signed(pki)), pki.store())
    assert check.reason == "modified_after"


@pytest.mark.parametrize(("validity", "reason", "words"), [
    ({"not_before": NOW - timedelta(days=400), "not_after": NOW - timedelta(days=35)},
     "expired", "had expired"),
    ({"not_before": NOW + timedelta(days=3), "not_after": NOW + timedelta(days=300)},
     "not_yet_valid", "valid only from"),
])
def test_a_certificate_not_valid_at_signing_time(pki: Pki, validity: dict[str, datetime],
                                                 reason: str, words: str) -> None:
    [check] = verification.verify(parent_signed(pki, SENT, None, **validity), pki.store())
    assert check.reason == reason and words in check.message


def test_revoked_before_signing_is_invalid_after_is_a_notice(pki: Pki) -> None:
    p12, path = pki.key("individual", iin=PARENT_IIN)
    serial = eds.load_key(path, PW).certificate.serial_number
    pki.revoked.append((serial, NOW - timedelta(days=3)))
    try:
        store = pki.store()
        early = sign_pdf(SENT, p12, PW, PARENT_FIELD, signing_time=NOW - timedelta(days=5))
        late = sign_pdf(SENT, p12, PW, PARENT_FIELD, signing_time=NOW - timedelta(days=1))
        [before] = verification.verify(early, store)
        [after] = verification.verify(late, store)
    finally:
        pki.revoked.clear()
    assert before.valid and [n.code for n in before.warnings] == ["revoked_later"]
    assert after.reason == "revoked" and "was revoked on" in after.message
    assert after.revocation is not None and after.revocation.state == "revoked"


def test_a_stale_or_missing_crl_is_a_warning_not_a_verdict(pki: Pki) -> None:
    stale = pki.store(this=NOW - timedelta(days=10), next_=NOW - timedelta(days=3))
    [check] = verification.verify(parent_signed(pki), stale)
    assert check.valid and [n.code for n in check.warnings] == ["crl_stale"]
    assert "10 days old" in check.warnings[0].message
    no_crl = TrustStore()
    no_crl.add_certificates([pki.ca.root_cert, pki.ca.nca_cert])
    [check] = verification.verify(parent_signed(pki), no_crl)
    assert check.valid and [n.code for n in check.warnings] == ["crl_missing"]
    assert check.revocation is not None and check.revocation.state == "unknown"


@pytest.mark.parametrize("data", [b"", b"not a pdf at all", SENT[: len(SENT) // 3],
                                  b"%PDF-1.7\n" + b"\x00" * 200])
def test_what_is_not_a_pdf(data: bytes, pki: Pki) -> None:
    with pytest.raises(NotAPdf):
        verification.verify(data, pki.store())


def test_an_unsigned_pdf_has_no_signatures(pki: Pki) -> None:
    assert verification.verify(SENT, pki.store()) == []
    assert verification.signature_fields(SENT) == {PARENT_FIELD: False,
                                                   signature_checks.DIRECTOR_FIELD: False}


# --- the parent against the sent PDF -------------------------------------------------------


def test_the_parents_signature_on_the_sent_contract(pki: Pki) -> None:
    check = verification.check_parent(SENT, parent_signed(pki), PARENT_IIN, pki.store())
    assert check.valid and check.signer is not None and check.signer.iin == PARENT_IIN


def test_another_persons_certificate(pki: Pki) -> None:
    check = verification.check_parent(SENT, parent_signed(pki, iin="900101300123"), PARENT_IIN,
                                      pki.store())
    assert check.reason == "wrong_person"
    assert "900101300123" in check.message and PARENT_IIN in check.message


def test_not_an_incremental_update_of_the_sent_pdf(pki: Pki) -> None:
    other = contract_fields_pdf(["ДОГОВОР с другими условиями"])
    check = verification.check_parent(SENT, parent_signed(pki, other), PARENT_IIN, pki.store())
    assert check.reason == "not_incremental"
    assert verification.check_parent(SENT, SENT, PARENT_IIN, pki.store()).reason == \
        "no_signature"


def test_a_revision_between_sending_and_signing(pki: Pki) -> None:
    check = verification.check_parent(SENT, parent_signed(pki, changed(SENT)), PARENT_IIN,
                                      pki.store())
    assert check.reason == "extra_revision"


def test_the_parent_must_sign_with_a_personal_signing_key(pki: Pki) -> None:
    auth = verification.check_parent(SENT, parent_signed(pki, usage="auth"), PARENT_IIN,
                                     pki.store())
    assert auth.reason == "not_signing_key"
    employee = sign_pdf(SENT, pki.key("employee", iin=PARENT_IIN)[0], PW, PARENT_FIELD)
    check = verification.check_parent(SENT, employee, PARENT_IIN, pki.store())
    assert check.reason == "not_individual"


# --- the director's key --------------------------------------------------------------------


def test_keys_that_may_and_may_not_countersign(pki: Pki) -> None:
    store = pki.store()
    assert verification.check_key(pki.director(), BIN, store).valid
    assert verification.check_key(pki.director("right_to_sign"), BIN, store).valid
    cases = {
        "wrong_bin": pki.director(bin_=OTHER_BIN),
        "no_right_to_sign": pki.director("employee"),
        "not_signing_key": pki.director(usage="auth"),
        "expired": pki.director(not_before=NOW - timedelta(days=400),
                                not_after=NOW - timedelta(days=1)),
        "not_yet_valid": pki.director(not_before=NOW + timedelta(days=2),
                                      not_after=NOW + timedelta(days=300)),
    }
    for reason, key in cases.items():
        check = verification.check_key(key, BIN, store)
        assert check.reason == reason, (reason, check.message)
    other = verification.check_key(cases["wrong_bin"], BIN, store)
    assert OTHER_BIN in other.message and BIN in other.message
    personal = eds.load_key(pki.key("individual", iin=PARENT_IIN)[1], PW)
    assert "personal key" in verification.check_key(personal, BIN, store).message


def test_a_revoked_director_key(pki: Pki) -> None:
    key = pki.director()
    pki.revoked.append((key.certificate.serial_number, NOW - timedelta(hours=3)))
    try:
        check = verification.check_key(key, BIN, pki.store())
    finally:
        pki.revoked.clear()
    assert check.reason == "revoked"


# --- countersigning ------------------------------------------------------------------------


def test_countersigning_adds_one_revision_both_signatures_valid(pki: Pki) -> None:
    signed = parent_signed(pki)
    store = pki.store()
    result = countersigning.countersign(signed, pki.director(), BIN, store, sent_pdf=SENT,
                                        applicant_iin=PARENT_IIN)
    assert result.pdf.startswith(signed) and not result.timestamped
    assert result.warnings == ()
    checks = verification.verify(result.pdf, store)
    assert [(c.field, c.valid, c.revision) for c in checks] == [
        (PARENT_FIELD, True, 1), (signature_checks.DIRECTOR_FIELD, True, 2)]
    director = checks[1].signer
    assert director is not None and director.bin == BIN and "first_head" in director.roles
    assert verification.signature_fields(result.pdf) == {PARENT_FIELD: True,
                                                         signature_checks.DIRECTOR_FIELD: True}
    with pytest.raises(CountersignRefused) as again:
        countersigning.countersign(result.pdf, pki.director(), BIN, store)
    assert again.value.code == "already_countersigned"


@pytest.mark.parametrize(("make", "code"), [
    (lambda pki: SENT, "no_parent_signature"),
    (lambda pki: changed(parent_signed(pki)), "modified_after"),
    (lambda pki: parent_signed(pki, iin="900101300123"), "wrong_person"),
])
def test_nothing_is_signed_over_a_bad_contract(pki: Pki, make: Any, code: str) -> None:
    with pytest.raises(CountersignRefused) as refused:
        countersigning.countersign(make(pki), pki.director(), BIN, pki.store(), sent_pdf=SENT,
                                   applicant_iin=PARENT_IIN)
    assert refused.value.code == code and "Nothing was signed" in str(refused.value)


def test_nothing_is_signed_with_a_bad_key(pki: Pki) -> None:
    with pytest.raises(CountersignRefused) as refused:
        countersigning.countersign(parent_signed(pki), pki.director(bin_=OTHER_BIN), BIN,
                                   pki.store())
    assert refused.value.code == "wrong_bin" and "another organisation" in str(refused.value)


def test_a_stale_crl_is_left_to_the_director(pki: Pki) -> None:
    store = pki.store(this=NOW - timedelta(days=9), next_=NOW - timedelta(days=2))
    plan = countersigning.plan_countersign(parent_signed(pki), pki.director(), BIN, store)
    assert [n.code for n in plan.warnings] == ["crl_stale"]  # once, though two chains use it
    result = countersigning.apply_countersign(plan)
    assert [n.code for n in result.warnings] == ["crl_stale"]


def contract_made_elsewhere(*names: str) -> bytes:
    """A one-page contract from another program, with empty signature fields of its own
    names (none of them this program's `DirectorSignature`), in one revision."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter as Writer
    from pyhanko.sign import fields
    from reportlab.pdfgen import canvas

    page = BytesIO()
    drawing = canvas.Canvas(page, invariant=True)
    drawing.drawString(72, 760, "Contract 257099")
    drawing.showPage()
    drawing.save()
    writer = Writer(BytesIO(page.getvalue()))
    for i, name in enumerate(names):
        fields.append_signature_field(writer, fields.SigFieldSpec(
            sig_field_name=name, on_page=0, box=(72 + 240 * i, 72, 292 + 240 * i, 132)))
    out = BytesIO()
    writer.write(out)
    # One revision, as a sent contract is: the parent's signature is the next one.
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    whole = BytesIO()
    copy_into_new_writer(PdfFileReader(BytesIO(out.getvalue()))).write(whole)
    return whole.getvalue()


@pytest.mark.parametrize(("names", "field", "visible"), [
    (("Parent", "Kindergarten"), "Kindergarten", True),  # its only empty field
    (("Parent",), signature_checks.DIRECTOR_FIELD, False),  # none left: a new one is added
])
def test_a_contract_made_elsewhere_is_countersigned(pki: Pki, names: tuple[str, ...],
                                                    field: str, visible: bool) -> None:
    sent = contract_made_elsewhere(*names)
    signed = sign_pdf(sent, pki.parent_key(), PW, "Parent",
                      signing_time=NOW - timedelta(hours=2))
    store = pki.store()
    plan = countersigning.plan_countersign(signed, pki.director(), BIN, store, sent_pdf=sent,
                                           applicant_iin=PARENT_IIN)
    assert (plan.field_name, plan.new_field) == (field, not visible)
    result = countersigning.apply_countersign(plan)
    assert result.pdf.startswith(signed)
    checks = verification.verify(result.pdf, store)
    assert [(c.field, c.valid, c.revision) for c in checks] == [
        ("Parent", True, 1), (field, True, 2)], [c.message for c in checks]
    assert checks[1].signer is not None and checks[1].signer.bin == BIN
    assert verification.signature_fields(result.pdf)[field] is True
    with pytest.raises(CountersignRefused) as again:
        countersigning.plan_countersign(result.pdf, pki.director(), BIN, store)
    # Signed by the kindergarten now: every field is full, and ours is among them.
    assert again.value.code == "already_countersigned"


def test_several_empty_fields_none_ours_are_not_guessed(pki: Pki) -> None:
    sent = contract_made_elsewhere("Parent", "Witness", "Kindergarten")
    signed = sign_pdf(sent, pki.parent_key(), PW, "Parent",
                      signing_time=NOW - timedelta(hours=2))
    with pytest.raises(CountersignRefused) as refused:
        countersigning.plan_countersign(signed, pki.director(), BIN, pki.store())
    assert refused.value.code == "no_director_field"
    assert "Witness, Kindergarten" in str(refused.value)
    assert "Generate and send" not in str(refused.value)


def test_the_stamp_names_the_signer_in_kazakh_and_russian(pki: Pki) -> None:
    stamp = countersigning.stamp_pdf(229, 60, pki.director().identity, NOW)
    assert stamp.startswith(b"%PDF") and b"DejaVuSans" in stamp


class _Tsa:
    """An RFC 3161 time-stamp server on loopback, answering as pyHanko's test TSA."""

    def __init__(self, ca: TestCA) -> None:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = (x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TEST TSA")]))
                .issuer_name(ca.nca_cert.subject).public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(NOW - timedelta(days=1))
                .not_valid_after(NOW + timedelta(days=30))
                .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]),
                               critical=True)
                .sign(ca.nca_key, hashes.SHA256()))
        stamper = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
            tsa_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption())))

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                request = tsp.TimeStampReq.load(
                    self.rfile.read(int(self.headers["Content-Length"])))
                body = stamper.request_tsa_response(request).dump()
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsa"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def tsa(pki: Pki) -> Iterator[_Tsa]:
    server = _Tsa(pki.ca)
    try:
        yield server
    finally:
        server.close()


def test_b_t_with_a_time_stamp_server(pki: Pki, tsa: _Tsa) -> None:
    store = pki.store()
    result = countersigning.countersign(parent_signed(pki), pki.director(), BIN, store,
                                        tsa_url=tsa.url)
    assert result.timestamped and result.warnings == ()
    checks = verification.verify(result.pdf, store)
    assert all(c.valid for c in checks)
    assert checks[1].timestamp is not None
    assert abs(checks[1].timestamp - datetime.now(UTC)) < timedelta(minutes=5)


def test_an_unreachable_time_stamp_server_falls_back_to_b(pki: Pki) -> None:
    result = countersigning.countersign(parent_signed(pki), pki.director(), BIN, pki.store(),
                                        tsa_url="http://127.0.0.1:9/tsa")
    assert not result.timestamped
    assert [n.code for n in result.warnings] == ["tsa_unreachable"]
    assert all(c.valid for c in verification.verify(result.pdf, pki.store()))


def test_a_batch_reports_progress_refuses_one_and_stops_when_cancelled(pki: Pki) -> None:
    good = parent_signed(pki)
    jobs = [CountersignJob("a", good), CountersignJob("b", SENT), CountersignJob("c", good)]
    seen: list[tuple[int, int]] = []
    results = countersigning.countersign_batch(jobs, pki.director(), BIN, pki.store(),
                                               progress=lambda done, total: seen.append(
                                               (done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert [(r.result is not None, r.error.code if r.error else None) for r in results] == [
        (True, None), (False, "no_parent_signature"), (True, None)]
    stop = iter([False, True])
    partial = countersigning.countersign_batch(jobs, pki.director(), BIN, pki.store(),
                                               cancelled=lambda: next(stop))
    assert [r.job.label for r in partial] == ["a"]


def test_certificate_details_for_the_dialog(pki: Pki) -> None:
    [check] = verification.verify(parent_signed(pki), pki.store())
    details = verification.details_of(check)
    assert details is not None
    assert (details.iin, details.bin, details.roles) == (PARENT_IIN, None, ("individual",))
    assert details.trusted and details.revocation == "good"
    assert details.issuers == ("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST RSA)",
                               "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST ROOT)")
    assert details.crl_this_update == NOW - timedelta(hours=1)


def test_session_passwords_live_only_in_memory() -> None:
    passwords = countersigning.SessionPasswords()
    passwords.remember("/keys/RSA256_a.p12", PW)
    assert passwords.password("/keys/RSA256_a.p12") == PW
    passwords.forget()
    assert passwords.password("/keys/RSA256_a.p12") is None
