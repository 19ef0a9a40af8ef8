"""A countersigned contract, checked by tools this project did not write: poppler's `pdfsig`
and pyHanko's own validator must both report both signatures intact (docs/eds.md)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from desktop.services import countersigning, eds, trust
from portal_sandbox.pdfsign import PARENT_FIELD, contract_fields_pdf, sign_pdf
from portal_sandbox.pki import Subject, TestCA

NOW = datetime.now(UTC).replace(microsecond=0)
PW = "Qwerty12"
BIN = "150640000123"


@pytest.fixture(scope="module")
def countersigned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, TestCA]:
    folder = tmp_path_factory.mktemp("pdfsig")
    ca = TestCA.create(NOW - timedelta(days=100))
    parent = ca.issue(Subject(iin="920517400123", last_name="Сейткали", first_name="Әйгерім",
                              patronymic="Нұрланқызы"), role="individual", usage="sign",
                      password=PW, now=NOW - timedelta(days=10))
    director = ca.issue(Subject(iin="800120400123", last_name="Жұмабаев", first_name="Ғалым",
                                bin=BIN, organisation="«Балапан» бөбекжай-бақшасы"),
                        role="first_head", usage="sign", password=PW,
                        now=NOW - timedelta(days=10))
    key_path = folder / director.filename
    key_path.write_bytes(director.p12)
    sent = contract_fields_pdf(["ДОГОВОР № 257062 / ШАРТ", "Бала: Нұрсұлтан Сейткали"])
    signed = sign_pdf(sent, parent.p12, PW, PARENT_FIELD)
    store = trust.TrustStore()
    store.add_certificates([ca.root_cert, ca.nca_cert])
    store.add_crls([trust.parse_crl(ca.crl([], NOW - timedelta(hours=1), NOW + timedelta(1)))])
    result = countersigning.countersign(signed, eds.load_key(key_path, PW), BIN, store,
                                        sent_pdf=sent, applicant_iin="920517400123")
    path = folder / "countersigned.pdf"
    path.write_bytes(result.pdf)
    return path, ca


def test_pdfsig_reports_both_signatures_intact(countersigned: tuple[Path, TestCA]) -> None:
    pdfsig = shutil.which("pdfsig")
    if pdfsig is None:
        if os.environ.get("CI"):
            pytest.fail("pdfsig (poppler-utils) must be installed in CI")
        pytest.skip("pdfsig (poppler-utils) is not installed")
    path, _ = countersigned
    result = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, timeout=60,
                            check=False)
    report = result.stdout
    blocks = re.split(r"^Signature #\d+:$", report, flags=re.MULTILINE)[1:]
    assert len(blocks) == 2, report
    fields = [re.search(r"Signature Field Name: (\S+)", b) for b in blocks]
    assert [m.group(1) if m else None for m in fields] == [PARENT_FIELD, "DirectorSignature"]
    for block in blocks:
        assert "Signature Validation: Signature is Valid." in block, report
        assert "ETSI.CAdES.detached" in block and "SHA-256" in block
    assert "Total document signed" in blocks[1]  # the countersignature covers everything
    assert "СЕЙТКАЛИ ӘЙГЕРІМ" in blocks[0]
    assert "ЖҰМАБАЕВ ҒАЛЫМ" in blocks[1]


def test_pyhankos_validator_reports_both_signatures_intact(
        countersigned: tuple[Path, TestCA]) -> None:
    path, ca = countersigned

    def asn1(cert: object) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))  # type: ignore[attr-defined]

    reader = PdfFileReader(BytesIO(path.read_bytes()))
    statuses = [validate_pdf_signature(
        signature, signer_validation_context=ValidationContext(
            trust_roots=[asn1(ca.root_cert)], other_certs=[asn1(ca.nca_cert)]))
        for signature in reader.embedded_signatures]
    assert [s.intact and s.valid and s.trusted for s in statuses] == [True, True]
    assert statuses[0].coverage == SignatureCoverageLevel.ENTIRE_REVISION
    assert statuses[1].coverage == SignatureCoverageLevel.ENTIRE_FILE


def _appearance_fonts(reader: PdfFileReader, field: str) -> list[str]:
    """The fonts the field's appearance draws with (through the stamp it imports)."""
    from pyhanko.sign.fields import enumerate_sig_fields

    for name, _, ref in enumerate_sig_fields(reader, filled_status=True):
        if str(name) != field:
            continue
        normal = ref.get_object()["/AP"]["/N"]
        found = []
        for stamp in normal["/Resources"]["/XObject"].values():
            fonts = stamp.get_object()["/Resources"]["/Font"]
            found += [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
        return found
    raise AssertionError(f"no signed field {field}")


def test_both_appearances_are_drawn_in_a_font_with_kazakh_letters(
        countersigned: tuple[Path, TestCA]) -> None:
    path, _ = countersigned
    data = path.read_bytes()
    # strict: the reader refuses a broken cross-reference table instead of repairing it.
    reader = PdfFileReader(BytesIO(data), strict=True)
    assert reader.xrefs.total_revisions == 3
    for field in (PARENT_FIELD, "DirectorSignature"):
        assert any(font.endswith("+DejaVuSans") for font in _appearance_fonts(reader, field))
    # pyHanko's own stamp wrote the signer's name as a raw UTF-16 string in a base font.
    assert b"Digitally signed" not in data and b"(\xfe\xff" not in data


def _text(pdf: bytes) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return " ".join(document.getAllText(0).text().split())


def test_the_stamps_say_who_signed_and_when_in_kazakh_and_russian(qapp: object,
                                                                   tmp_path: Path) -> None:
    from portal_sandbox import pdfsign
    from portal_sandbox.pki import read_identity

    ca = TestCA.create(NOW - timedelta(days=100))
    parent = ca.issue(Subject(iin="920517400123", last_name="СЕЙТҚАЛИ", first_name="ӘЙГЕРІМ"),
                      role="individual", usage="sign", password=PW, now=NOW - timedelta(days=10))
    moment = datetime(2025, 3, 4, 5, 6, tzinfo=UTC)  # 10:06 in Уральск's portal time
    text = _text(pdfsign.stamp_pdf(230, 57, read_identity(parent.certificate), moment))
    assert "Қол қойды / Подписал: СЕЙТҚАЛИ ӘЙГЕРІМ" in text, text
    assert "ЖСН / ИИН: 920517400123" in text and "Уақыты / Время: 04.03.2025" in text, text
    director = ca.issue(Subject(iin="800120400123", last_name="ЖҰМАБАЕВ", first_name="ҒАЛЫМ",
                                bin=BIN, organisation="«Балапан» бөбекжай-бақшасы"),
                        role="first_head", usage="sign", password=PW,
                        now=NOW - timedelta(days=10))
    key_path = tmp_path / director.filename
    key_path.write_bytes(director.p12)
    who = eds.load_key(key_path, PW).identity
    text = _text(countersigning.stamp_pdf(230, 57, who, moment))
    assert "Қол қойды / Подписал: ЖҰМАБАЕВ ҒАЛЫМ" in text, text
    assert f"БСН / БИН: {BIN}" in text and "Уақыты / Время: 04.03.2025" in text, text


def test_poppler_renders_the_countersigned_contract_without_complaint(
        countersigned: tuple[Path, TestCA], tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm (poppler-utils) must be installed in CI")
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    path, _ = countersigned
    result = subprocess.run([pdftoppm, "-png", "-r", "40", str(path), str(tmp_path / "page")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and result.stderr == "", result.stderr
