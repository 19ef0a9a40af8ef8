"""The contract workflow in the window, against a live sandbox (issue 6, "done when"): a
director takes a request from accepted to enrolled on the contracts page: the contract made
from the template, previewed and sent through the outbox, signed by the parent on the
portal, checked, countersigned with the director's key from the sandbox's test PKI (offline
too), printed with its signatures sheet; and every bad input of the dialogs says what is
wrong, in the person's language, with nothing recorded."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.tables import Contract
from desktop.services import contract_flow, vocabulary
from desktop.services import settings as keys
from desktop.services.contract_flow import ContractFlow
from desktop.services.embedded import EmbeddedPortal
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.workspace import sign_in
from desktop.views.contracts.contract_send_dialog import SendContractDialog
from desktop.views.contracts.contract_verify_dialog import VerifyDialog
from desktop.views.contracts.countersign_dialog import CountersignDialog
from desktop.views.contracts.signing_key import suggested_key
from desktop.views.dialogs.certificate_dialog import CertificateDialog
from desktop.views.pages.contracts_page import (
    COUNTERSIGN,
    ORDER,
    PRINT,
    SAVE,
    SEND,
    VERIFY,
    ContractsPage,
)
from desktop.views.runtime.desk_session import DeskSession
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets import print_preview
from portal_sandbox.pdfsign import PARENT_FIELD, sign_pdf
from portal_sandbox.pki import Subject, gost_like_p12
from tests.support.contracts import (
    NOW,
    PW,
    VALID,
    Office,
    accepted_request,
    open_countersign,
    parent_signs,
    send_contract,
    to_countersign,
)
from tests.support.desks import open_desk
from tests.support.pdfs import page_count, render
from tests.support.qr import read_qr
from tests.support.sites import make_site

translate = QCoreApplication.translate
def check_key(dialog: CountersignDialog, path: Path, password: str = PW) -> str:
    dialog.key_path.setText(str(path))
    dialog.password.setText(password)
    dialog.check_button.click()
    return dialog.key_verdict.text()


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return " ".join(text.split())


# --- the whole way ---------------------------------------------------------------------------


def test_a_director_takes_a_request_from_accepted_to_enrolled(
        qtbot: QtBot, office: Office, tmp_path: Path) -> None:
    family, request_id = accepted_request(office, ["kk"])
    page = office.page
    row = office.row(request_id)
    assert row.stage == contract_flow.TO_SEND
    assert page.model.index(0, 3).data() == "Not sent yet"
    office.select(request_id)
    assert page.actions_by_name[SEND].isEnabled()
    for name in (VERIFY, COUNTERSIGN, PRINT, SAVE):
        assert not page.actions_by_name[name].isEnabled()
    assert page.actions_by_name[VERIFY].toolTip().startswith("The parent has not signed")
    assert page.actions_by_name[ORDER].isEnabled()

    # The contract, made from the Kazakh template (the request asked for Kazakh), previewed.
    dialog = page.send()
    assert isinstance(dialog, SendContractDialog)
    assert dialog.draft is not None and dialog.draft.layout == "kk"
    assert dialog.layouts.currentData() == "kk"
    assert dialog.layouts.currentText() == "Kazakh (the request's language)"
    assert dialog.template_text.text() == "version 1, as shipped with the program"
    # The test kindergarten has no address on the portal: said, and left blank to fill in.
    assert dialog.missing.text().startswith("The portal has not sent: Kindergarten's address")
    qtbot.waitUntil(lambda: dialog.page_count >= 2)
    pages = dialog.page_count
    # Another language makes another contract; back to Kazakh for the parent.
    dialog.layouts.setCurrentIndex(dialog.layouts.findData("bilingual"))
    assert dialog.draft.layout == "bilingual"
    dialog.layouts.setCurrentIndex(dialog.layouts.findData("kk"))
    assert dialog.draft.layout == "kk" and dialog.page_count == pages
    sent = dialog.draft.pdf
    dialog.send_button.click()
    assert not dialog.isVisible()
    assert office.outbox()[-1] == ("send_contract", "pending")
    assert office.row(request_id).stage == contract_flow.SENDING
    assert "goes to the parent at the next sync" in page.notice.text()
    assert not page.actions_by_name[SEND].isEnabled()

    summary = office.sync()
    assert (summary.applied, summary.attention) == (1, 0)
    assert office.row(request_id).stage == contract_flow.WITH_PARENT
    client = office.site.world.client
    assert client.contract_pdf(family.parent, request_id) == sent

    # The parent signs on the portal (the sandbox's stand-in for their EDS app).
    parent_signs(office, family, request_id)
    office.sync()
    row = office.row(request_id)
    assert row.stage == contract_flow.TO_COUNTERSIGN and not row.missing_documents
    office.select(request_id)
    assert page.actions_by_name[VERIFY].isEnabled()
    assert page.actions_by_name[COUNTERSIGN].isEnabled()

    # The parent's signature, checked here: valid, the applicant's, the CRL's age said.
    verify = page.verify()
    assert isinstance(verify, VerifyDialog)
    assert verify.verification is not None and verify.verification.valid
    assert verify.verdict.text() == "✔ Every signature is valid."
    assert verify.table.topLevelItemCount() == 1
    line = verify.table.topLevelItem(0)
    assert line is not None
    assert line.text(0) == "Parent (legal representative)"
    assert line.text(2) == f"IIN {family.parent_iin}" and line.text(4) == "✔ Valid"
    # The sandbox replays February 2025: its CRL is overdue on this computer's clock.
    assert "Revocation checked against: CRL of" in verify.crl.text()
    assert "was due for renewal" in verify.warnings.text()
    certificate = verify.show_certificate()
    assert isinstance(certificate, CertificateDialog)
    assert certificate.values["iin"].text() == family.parent_iin
    certificate.close()
    verify.close()

    # Countersigned offline: the files came down while online, the key is on this desk.
    office.desk.go_offline()
    signing = open_countersign(office, request_id)
    assert not signing.sign_button.isEnabled()
    key = office.director_key()
    verdict = check_key(signing, key)
    assert verdict.startswith("✔ The key of") and "may countersign" in verdict
    assert office.site.kindergarten["bin"] in verdict
    assert signing.contract_verdict.text().startswith("✔ The parent's signature is valid")
    assert "was due for renewal" in signing.warnings.text()
    assert not signing.sign_button.isEnabled()  # the stale CRL is the director's to accept
    assert signing.sign_button.toolTip().startswith("Read the warnings")
    signing.accept_warnings.setChecked(True)
    assert signing.sign_button.isEnabled()
    assert office.settings.get(keys.LAST_KEY_PATH) == str(key)
    assert office.flow.passwords.password(str(key)) is None  # not asked to remember it
    signing.sign_button.click()
    assert not signing.isVisible() and signing.password.text() == ""
    assert office.outbox()[-1] == ("countersign_contract", "pending")
    row = office.row(request_id)
    assert row.stage == contract_flow.COUNTERSIGNING and row.request_status != "enrolled"
    assert page.model.index(0, 3).data() == "Countersigned here, waiting for the portal"

    # Online again: the portal accepts, and the child is enrolled.
    office.desk.go_online(office.site.url)
    summary = office.sync()
    assert (summary.applied, summary.attention) == (1, 0)
    assert client.application(family.parent, request_id)["status"] == "enrolled"
    row = office.row(request_id)
    assert row.stage == contract_flow.ENROLLED and row.countersigned_sha256
    assert page.model.index(0, 3).data() == "Countersigned"

    office.select(request_id)
    verify = page.verify()
    assert isinstance(verify, VerifyDialog) and verify.verification is not None
    assert verify.verification.valid and verify.verification.revision == "countersigned"
    roles_shown = [verify.table.topLevelItem(i).text(0)  # type: ignore[union-attr]
                   for i in range(verify.table.topLevelItemCount())]
    assert roles_shown == ["Parent (legal representative)", "Head of the kindergarten"]
    verify.close()

    # Printed: the contract's pages and its signatures sheet, on a real (PDF) printer.
    printed = tmp_path / "printed.pdf"
    seen: list[int] = []
    paper: list[bytes] = []

    def print_and_close() -> None:
        preview = QApplication.activeModalWidget()
        assert isinstance(preview, print_preview.PreviewDialog)
        paper.append(preview.pdf)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(100)
        seen.append(preview.pages.paint(printer))
        preview.reject()

    QTimer.singleShot(200, print_and_close)
    page.print_contract()
    contract_pages = page_count(row_pdf(office, request_id), tmp_path)
    assert seen == [contract_pages + 1]
    assert page_count(printed.read_bytes(), tmp_path) == contract_pages + 1
    # The sheet names both signers; its QR code, read off the printed page, is the hash of
    # the signed file.
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(paper[0])
    text = pdf_text(sheet)
    assert "Electronic signatures" in text and family.parent_iin in text
    assert office.site.kindergarten["bin"] in text
    last = render(printed.read_bytes(), tmp_path, contract_pages + 1, dpi=200)
    assert read_qr(last, 200) == "sha256:" + hashlib.sha256(
        row_pdf(office, request_id)).hexdigest()

    # And saved: the original file, both signatures in it.
    saved = tmp_path / "saved.pdf"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getSaveFileName",
                      lambda *args, **kwargs: (str(saved), "PDF documents (*.pdf)"))
        page.save_pdf()
    assert saved.read_bytes() == row_pdf(office, request_id)
    checked = subprocess.run(["pdfsig", str(saved)], capture_output=True, text=True).stdout
    assert checked.count("Signature is Valid.") == 2


def row_pdf(office: Office, request_id: int) -> bytes:
    found = office.row(request_id)
    assert found.latest_revision is not None
    return office.flow.pdf(found, found.latest_revision)


# --- who may do what ----------------------------------------------------------------------------


def test_a_methodologist_sees_the_contracts_but_may_not_send_or_sign(
        qtbot: QtBot, office: Office, tmp_path: Path) -> None:
    _, request_id = accepted_request(office)
    methodologist = open_desk(office.site, tmp_path / "methodologist",
                              office.site.methodologist_login)
    try:
        flow = ContractFlow(methodologist.workspace, tmp_path / "methodologist", sandbox=True)
        page = ContractsPage(methodologist.cache, methodologist.tasks, office.settings,
                             flow=flow)
        qtbot.addWidget(page)
        page.refresh()
        page.select([request_id])
        send = page.actions_by_name[SEND]
        assert not send.isEnabled()
        assert send.toolTip() == ("Sending a contract needs the role Director; you act as "
                                  "Methodologist.")
        assert page.send() is None
        assert not page.actions_by_name[COUNTERSIGN].isEnabled()
        assert "needs the role Director" in page.actions_by_name[COUNTERSIGN].toolTip()
    finally:
        methodologist.close()


def test_countersigning_waits_for_the_parent_and_the_documents(
        qtbot: QtBot, office: Office) -> None:
    family, request_id = accepted_request(office)
    send_contract(qtbot, office, request_id)
    office.sync()
    office.select(request_id)
    countersign = office.page.actions_by_name[COUNTERSIGN]
    assert not countersign.isEnabled()
    assert countersign.toolTip().startswith("The parent has not signed the contract of request")
    # Signed by the parent, but the documents are not reviewed yet.
    client = office.site.world.client
    sent = client.contract_pdf(family.parent, request_id)
    p12, _ = client.issue_key(family.parent_iin, "sign", PW, role="individual", **VALID)
    client.sign_contract(family.parent, request_id, sign_pdf(sent, p12, PW, PARENT_FIELD))
    office.sync()
    office.select(request_id)
    assert not countersign.isEnabled()
    assert "not all the required documents are accepted yet" in countersign.toolTip()
    assert "Birth certificate" in countersign.toolTip()
    assert office.page.actions_by_name[VERIFY].isEnabled()


# --- bad input, each said, nothing recorded -------------------------------------------------


def test_bad_keys_are_refused_with_a_reason_and_nothing_is_signed(
        qtbot: QtBot, office: Office) -> None:
    _, request_id = to_countersign(qtbot, office)
    site = office.site
    other = site.world.kindergarten(name="«Күншуақ» бөбекжайы")
    employee_iin = site.world.person(datetime(1990, 3, 3).date(), "female")
    site.world.client.add_staff(site.kindergarten["bin"], employee_iin, ["methodologist"],
                                site.password)
    revoked_p12, revoked_data = site.world.client.issue_key(
        site.director_login, "sign", PW, bin_=site.kindergarten["bin"], role="first_head",
        **VALID)
    revoked = office.keys / "RSA256_revoked.p12"
    revoked.write_bytes(revoked_p12)
    site.world.client.json("POST", "/sandbox/pki/revoke",
                           json={"serial": revoked_data["serial"]})
    site.world.client.advance(hours=1)  # a CRL issued after the revocation
    assert [r.error for r in office.flow.refresh_trust()] == [None]
    gost = office.keys / "GOSTKNCA_0a1b2c3d.p12"
    gost.write_bytes(gost_like_p12(PW, subject=Subject(
        iin=site.director_login, last_name="Сейткали", first_name="Гүлнар")))
    corrupt = office.keys / "RSA256_broken.p12"
    corrupt.write_bytes(b"\x30\x82\x05\x00" + bytes(range(256)) * 4)
    day = timedelta(days=1)
    cases: list[tuple[str, Path, str, str]] = [
        ("wrong password", office.director_key(), "not-the-password", "password"),
        ("corrupt file", corrupt, PW, corrupt.name),
        ("GOST key", gost, PW, "not supported yet"),
        ("another kindergarten", office.key(site.director_login, bin_=other["bin"],
                                            role="first_head"), PW,
         f"belongs to another organisation (BIN {other['bin']})"),
        ("employee without the right to sign", office.key(
            employee_iin, bin_=site.kindergarten["bin"], role="employee"), PW,
         "gives no right to sign"),
        ("personal key", office.key(site.director_login, role="individual"), PW,
         "is a personal key"),
        ("expired", office.director_key(not_before=NOW - 400 * day, not_after=NOW - 5 * day),
         PW, "expired"),
        ("not yet valid", office.director_key(not_before=NOW + 3 * day,
                                              not_after=NOW + 300 * day), PW,
         "is valid only from"),
        ("revoked", revoked, PW, "was revoked on"),
    ]
    dialog = open_countersign(office, request_id)
    for case, path, password, expected in cases:
        verdict = check_key(dialog, path, password)
        assert verdict.startswith("✘"), (case, verdict)
        assert expected in verdict, (case, verdict)
        assert not dialog.sign_button.isEnabled(), case
        dialog.sign_button.click()  # disabled: nothing happens
    assert office.outbox()[-1] == ("send_contract", "done")
    assert office.flow.passwords.password(str(gost)) is None
    # The expired key's certificate can still be looked at.
    check_key(dialog, cases[6][1])
    certificate = dialog.show_certificate()
    assert certificate is not None and "(expired)" in certificate.values["validity"].text()
    certificate.close()
    # A good key after all of them signs, and the password is kept when asked to.
    good = office.director_key()
    dialog.remember.setChecked(True)
    check_key(dialog, good)
    assert dialog.key_verdict.text().startswith("✔")
    assert office.flow.passwords.password(str(good)) == PW
    dialog.close()
    again = open_countersign(office, request_id)
    again.key_path.setText(str(good))
    assert again.password.text() == PW and again.remember.isChecked()
    office.flow.passwords.forget()
    again.close()
    assert [name for name, _ in office.outbox()].count("countersign_contract") == 0


def test_a_tampered_parent_pdf_is_refused_and_a_foreign_file_is_told_apart(
        qtbot: QtBot, office: Office, tmp_path: Path) -> None:
    family, request_id = to_countersign(qtbot, office)
    found = office.row(request_id)
    signed = office.flow.pdf(found, "parent_signed")
    # The file the portal names as the parent's, changed in a byte the parent's signature
    # covers (the producer's name in its revision): the desk never takes the parent's
    # signature on trust.
    sent = office.flow.pdf(found, "sent")
    at = signed.index(b"/Producer (", len(sent)) + len(b"/Producer (")
    tampered = signed[:at] + signed[at:at + 1].swapcase() + signed[at + 1:]
    digest = office.desk.workspace.documents.put(tampered)
    with office.desk.cache.write() as session:
        contract = session.scalars(select(Contract).where(
            Contract.request_id == request_id)).one()
        contract.data = {**contract.data, "parent_signed_sha256": digest}
    office.page.refresh()

    office.select(request_id)
    verify = office.page.verify()
    assert isinstance(verify, VerifyDialog) and verify.verification is not None
    assert not verify.verification.valid
    assert verify.verdict.text().startswith("✘ Not every signature is valid")
    assert "The document was changed after" in verify.details.text()
    verify.close()

    dialog = open_countersign(office, request_id)
    check_key(dialog, office.director_key())
    assert dialog.key_verdict.text().startswith("✔")
    assert dialog.contract_verdict.text().startswith("✘ Nothing was signed")
    assert not dialog.sign_button.isEnabled()
    dialog.close()
    assert [name for name, _ in office.outbox()].count("countersign_contract") == 0

    # A signed copy from elsewhere: the genuine one checks out; a contract made anew and
    # signed is not the one that was sent; another person's signature is not the parent's.
    verify = office.page.verify()
    assert isinstance(verify, VerifyDialog)
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(signed)
    verify.check_file(genuine)
    assert verify.verification is not None and verify.verification.valid
    assert "Checked: the file genuine.pdf" in verify.file_text.text()
    client = office.site.world.client
    p12, _ = client.issue_key(family.parent_iin, "sign", PW, role="individual", **VALID)
    draft = office.flow.draft(request_id, "ru")
    resaved = tmp_path / "resaved.pdf"
    resaved.write_bytes(sign_pdf(draft.pdf, p12, PW, PARENT_FIELD))
    verify.check_file(resaved)
    assert verify.verification is not None and not verify.verification.valid
    assert "is not the contract that was sent" in verify.details.text()
    stranger_iin = office.site.world.person(datetime(1991, 1, 1).date(), "male")
    stranger, _ = client.issue_key(stranger_iin, "sign", PW, role="individual", **VALID)
    impostor = tmp_path / "impostor.pdf"
    impostor.write_bytes(sign_pdf(sent, stranger, PW, PARENT_FIELD))
    verify.check_file(impostor)
    assert verify.verification is not None and not verify.verification.valid
    assert f"not by the applicant parent (IIN {family.parent_iin})" in verify.details.text()
    not_pdf = tmp_path / "note.pdf"
    not_pdf.write_bytes(b"a photo of the contract, not a PDF")
    verify.check_file(not_pdf)
    assert verify.verdict.text() == ("✘ The file is not a PDF document: choose the "
                                     "contract's PDF file.")
    gone = tmp_path / "gone.pdf"
    verify.check_file(gone)
    assert verify.verification is None and not verify.certificate_button.isEnabled()
    assert verify.verdict.text().startswith(f"✘ The file {gone} cannot be read: ")
    assert verify.verdict.text().endswith("then choose it again.")
    verify.close()


# --- many at once ---------------------------------------------------------------------------


def test_a_batch_shows_progress_and_stops_when_cancelled(qtbot: QtBot, office: Office) -> None:
    ids = [to_countersign(qtbot, office)[1] for _ in range(3)]
    dialog = open_countersign(office, *ids)
    assert dialog.windowTitle() == "Countersign contracts"
    assert dialog.sign_button.text() == "Sign 3 contracts"
    check_key(dialog, office.director_key())
    assert dialog.key_verdict.text().startswith("✔")
    dialog.accept_warnings.setChecked(True)
    seen: list[tuple[int, int]] = []

    def cancel_after_the_first(done: int, total: int) -> None:
        seen.append((done, total))
        assert dialog.progress is not None and dialog.progress.maximum() == total
        if done == 1:
            cancel = dialog.progress.findChild(QPushButton)
            assert cancel is not None and cancel.text() == "Cancel"
            cancel.click()

    dialog.batch_progressed.connect(cancel_after_the_first)
    dialog.sign_button.click()
    assert seen == [(1, 3)]
    assert dialog.batch is not None and dialog.batch.cancelled
    assert len(dialog.batch.signed) == 1
    assert "Countersigned 1 contract(s)" in dialog.message.text()
    assert "Cancelled: 2 contract(s) were not signed" in dialog.message.text()
    assert not dialog.sign_button.isEnabled()
    dialog.close()
    assert [n for n, _ in office.outbox()].count("countersign_contract") == 1

    # The rest, in a second batch; the signed one is no longer offered.
    office.page.refresh()
    rest = [i for i in ids if office.row(i).stage == contract_flow.TO_COUNTERSIGN]
    assert len(rest) == 2
    office.select(*ids)
    assert not office.page.actions_by_name[COUNTERSIGN].isEnabled()
    # A time-stamp server is set but does not answer: signed without one (baseline B), and
    # the page says so.
    office.flow.tsa_url = lambda: "http://127.0.0.1:9/tsa"
    dialog = open_countersign(office, *rest)
    check_key(dialog, office.director_key())
    dialog.accept_warnings.setChecked(True)
    dialog.sign_button.click()
    assert dialog.batch is not None and len(dialog.batch.signed) == 2
    assert "Countersigned 2 contract(s)" in office.page.notice.text()
    assert "The time-stamp server http://127.0.0.1:9/tsa did not answer" in \
        office.page.notice.text()
    dialog.close()
    summary = office.sync()
    assert (summary.applied, summary.attention) == (3, 0)
    assert {office.row(i).stage for i in ids} == {contract_flow.ENROLLED}


# --- languages --------------------------------------------------------------------------------


def titled(page: ContractsPage, title: str) -> bool:
    return page.title.text() == title


def test_the_page_and_dialogs_follow_the_language(
        qtbot: QtBot, office: Office, languages: LanguageSwitcher) -> None:
    _, request_id = to_countersign(qtbot, office, ["ru"])
    page = office.page
    office.select(request_id)
    verify = page.verify()
    assert isinstance(verify, VerifyDialog)
    signing = open_countersign(office, request_id)
    expected = {"kk": "Шарттар", "ru": "Договоры", "en": "Contracts"}
    for language, title in expected.items():
        languages.apply(language)
        # The language change reaches the widgets through the event loop.
        qtbot.waitUntil(partial(titled, page, title))
        # Every text is asked for again in the new language (the .ts files hold them).
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == translate(
            "ContractsModel", "Request №")
        assert page.model.index(0, 4).data() == vocabulary.request_status(
            "awaiting_countersign")
        assert page.actions_by_name[VERIFY].text() == translate("ContractsPage",
                                                                "Signatures…")
        assert verify.windowTitle() == translate("VerifyDialog", "Signatures of the contract")
        assert signing.sign_button.text() == translate("CountersignDialog", "Sign")
        assert signing.check_button.text() == translate("CountersignDialog", "Check the key")
    languages.apply("kk")
    assert page.model.index(0, 4).data() == "Балабақшаның қолын күтуде"
    languages.apply("en")
    assert page.model.index(0, 4).data() == "Awaiting countersignature"
    signing.close()
    verify.close()
    # The send dialog suggests the request's language: Russian here.
    _, other = accepted_request(office, ["ru"])
    office.select(other)
    dialog = office.page.send()
    assert isinstance(dialog, SendContractDialog) and dialog.draft is not None
    assert dialog.draft.layout == "ru"
    dialog.close()


# --- the window's wiring ----------------------------------------------------------------------


@pytest.mark.parametrize("login", ["director", "methodologist"])
def test_the_session_wires_the_contracts_into_the_window(
        qtbot: QtBot, qapp: QApplication, sandbox: str, tmp_path: Path, login: str) -> None:
    site = make_site(sandbox, requests=0)
    profile = Profile.at(tmp_path / "profile")
    settings = Settings(profile.settings_file)
    # Sandbox mode: an embedded portal's key files this portal (it is never started here).
    embedded = EmbeddedPortal(tmp_path / "sandbox")
    account = site.director_login if login == "director" else site.methodologist_login
    workspace = sign_in(profile, settings, site.url, account, site.password,
                        portal_key=embedded.portal_key)
    session = DeskSession(profile, settings, Tasks(inline=True), LanguageSwitcher(qapp),
                          site.url, embedded=embedded)
    window = session.open_window(workspace)
    qtbot.addWidget(window)
    try:
        # Wired once the window has painted: the workflow's libraries load after that.
        qtbot.waitUntil(lambda: session.contracts is not None)
        flow = session.contracts
        assert flow is not None and flow.sandbox and window.contracts_page.flow is flow
        # The sandbox's test root came down as the window opened, for the parents' keys.
        assert (profile.data_dir / "trust-sandbox" / "roots.pem").is_file()
        assert flow.trust_store().crls
        button = window.settings_page.templates_button
        assert button.isVisibleTo(window.settings_page)
        if login == "director":
            assert button.isEnabled()
            editor = session.open_templates()
            assert editor is not None and editor.store is flow.templates
            assert session.open_templates() is editor  # one editor at a time
            editor.close()
            # A password kept for the session is gone once the window locks.
            flow.passwords.remember("RSA256_x.p12", PW)
            window.lock_action.trigger()
            assert flow.passwords.password("RSA256_x.p12") is None
            # ... and so when the portal's session ends and the window locks itself.
            window._unlocked(True)
            flow.passwords.remember("RSA256_x.p12", PW)
            window.sync.session_expired.emit()
            assert window.locked and flow.passwords.password("RSA256_x.p12") is None
        else:
            assert not button.isEnabled()
            assert button.toolTip() == ("Editing templates needs the role Director or "
                                        "Administrator; you act as Methodologist.")
    finally:
        window.close()
        site.world.client.close()


# --- small parts ------------------------------------------------------------------------------


def test_the_signing_key_beside_a_remembered_log_in_key(tmp_path: Path) -> None:
    auth = tmp_path / "AUTH_RSA256_0a1b.p12"
    auth.write_bytes(b"x")
    assert suggested_key(str(auth)) == str(auth)  # no signing key beside it
    sign = tmp_path / "RSA256_0a1b.p12"
    sign.write_bytes(b"x")
    assert suggested_key(str(auth)) == str(sign)
    (tmp_path / "RSA256_ffff.p12").write_bytes(b"x")
    assert suggested_key(str(auth)) == str(auth)  # two: the person chooses
    assert suggested_key(str(sign)) == str(sign) and suggested_key("") == ""


def test_the_layout_follows_the_request_language() -> None:
    suggested = contract_flow.suggested_layout
    assert suggested(["kk"], "ru") == "kk"
    assert suggested(["ru"], "kk") == "ru"
    assert suggested(["kk", "ru"], "kk") == "bilingual"
    assert suggested([], "ru") == "ru" and suggested([], "") == "bilingual"


def test_enter_in_the_password_checks_the_key_and_never_opens_the_file_chooser(
        qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    _, request_id = to_countersign(qtbot, office)
    chooser_opened: list[object] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: chooser_opened.append(args) or ("", ""))
    dialog = open_countersign(office, request_id)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.choose_button.autoDefault() and not dialog.choose_button.isDefault()
    dialog.key_path.setText(str(office.director_key()))
    dialog.password.setText(PW)
    dialog.password.setFocus()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.key_verdict.text().startswith("✔")
    assert chooser_opened == []
    assert dialog.check_button.isDefault()  # until signing is possible
    if dialog.accept_warnings.isVisible():
        dialog.accept_warnings.setChecked(True)
    # The key is checked: Enter now signs, the dialog's next step.
    assert dialog.sign_button.isEnabled() and dialog.sign_button.isDefault()
    assert not dialog.check_button.isDefault()
    dialog.close()
