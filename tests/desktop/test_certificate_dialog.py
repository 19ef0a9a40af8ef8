"""The certificate details dialog: whose key, which roles in words, validity, the issuer
chain, revocation and the CRL's age, with warnings where a person must look twice."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.services import eds, trust, verification
from desktop.services.signature_checks import Revocation, RevocationState
from desktop.services.verification import CertificateDetails
from desktop.views.dialogs.certificate_dialog import CertificateDialog
from portal_sandbox.pki import Subject, TestCA

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
PW = "Qwerty12"


@pytest.fixture(scope="module")
def ca() -> TestCA:
    return TestCA.create(NOW - timedelta(days=400))


def details(ca: TestCA, tmp_path: Path, *, role: str = "first_head",
            crl_days: tuple[int, int] = (1, -1), revoked: bool = False,
            chain: bool = True) -> CertificateDetails:
    issued = ca.issue(Subject(iin="800120400123", last_name="Сейткали", first_name="Гүлнар",
                              patronymic="Нұрланқызы", bin="150640000123",
                              organisation="ЖШС «Балапан» бөбекжай-бақшасы"),
                      role=role, usage="sign", password=PW,  # type: ignore[arg-type]
                      now=NOW - timedelta(days=100))
    path = tmp_path / issued.filename
    path.write_bytes(issued.p12)
    key = eds.load_key(path, PW, check_validity=False)
    this, next_ = NOW - timedelta(days=crl_days[0]), NOW - timedelta(days=crl_days[1])
    revoked_list = [(key.certificate.serial_number, NOW - timedelta(days=3))] if revoked else []
    crl = trust.parse_crl(ca.crl(revoked_list, this, next_))
    state: RevocationState = "revoked" if revoked else "good"
    path_ = (key.certificate, ca.nca_cert, ca.root_cert) if chain else ()
    return verification.certificate_details(
        key.certificate, path_, Revocation(state, crl, NOW - timedelta(days=3) if revoked
                                           else None))


def shown(qtbot: QtBot, d: CertificateDetails, name: str) -> CertificateDialog:
    dialog = CertificateDialog(d, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    folder = os.environ.get("BALABAQSHA_SCREENSHOTS")
    if folder:  # for a person to look at: `BALABAQSHA_SCREENSHOTS=/tmp/shots pytest …`
        dialog.grab().save(str(Path(folder) / f"certificate-{name}.png"))
    return dialog


def test_a_directors_certificate_in_words(qtbot: QtBot, ca: TestCA, tmp_path: Path) -> None:
    dialog = shown(qtbot, details(ca, tmp_path), "director")
    values = {key: label.text() for key, label in dialog.values.items()}
    assert dialog.windowTitle() == "Certificate"
    assert dialog._title.text() == "СЕЙТКАЛИ ГҮЛНАР"
    assert (values["iin"], values["bin"]) == ("800120400123", "150640000123")
    assert values["organisation"] == "ЖШС «Балапан» бөбекжай-бақшасы"
    assert values["roles"] == "First head: signs for the organisation"
    assert values["usages"] == "Signing documents"
    assert values["validity"] == "22.11.2025 – 22.11.2026 (265 days left)"
    assert values["issuers"] == ("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST RSA)\n"
                                 "↳ ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST ROOT)")
    assert values["trust"] == "Leads to a trusted root certificate"
    assert values["revocation"] == "Not revoked"
    assert values["crl"] == ("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST RSA), issued 01.03.2026 "
                             "(1 day ago)")
    assert "Serial Number: IIN800120400123" in values["subject"]
    assert all(dialog.values[k].styleSheet() == "" for k in ("validity", "revocation", "crl"))
    dialog.copy()
    assert "BIN: 150640000123" in QGuiApplication.clipboard().text()


def test_what_needs_a_second_look_is_marked(qtbot: QtBot, ca: TestCA, tmp_path: Path) -> None:
    d = details(ca, tmp_path, role="employee", crl_days=(9, 2), revoked=True, chain=False)
    dialog = shown(qtbot, d, "revoked")
    values = {key: label.text() for key, label in dialog.values.items()}
    assert values["roles"] == "Employee (no right to sign)"
    assert values["revocation"] == "Revoked on 27.02.2026"
    assert values["trust"] == "Does not lead to a trusted root certificate"
    assert values["issuers"] == "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST RSA)"
    assert "issued 21.02.2026 (9 days ago)" in values["crl"]
    assert "Overdue since 28.02.2026" in values["crl"]
    for key in ("revocation", "trust", "crl"):
        assert "color" in dialog.values[key].styleSheet(), key
    later = CertificateDialog(d, now=NOW + timedelta(days=400))
    qtbot.addWidget(later)
    assert later.values["validity"].text().endswith("(expired)")


def test_no_crl_and_a_language_change(qtbot: QtBot, ca: TestCA, tmp_path: Path) -> None:
    d = details(ca, tmp_path)
    bare = CertificateDetails(**{**d.__dict__, "revocation": "unknown", "crl_issuer": None,
                                 "crl_this_update": None, "crl_next_update": None})
    dialog = shown(qtbot, bare, "no-crl")
    assert dialog.values["crl"].text().startswith("None cached")
    assert dialog.values["revocation"].text().startswith("Unknown")
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.labels["bin"].text() == "BIN:"
