"""The paper copy of a signed contract (desktop/services/printing.py): the "Electronic
signatures" sheet read back as text with poppler's pdftotext, its QR code read back from the
rendered page by a reader that knows nothing of reportlab, and the merged printout compared
with the signed file page by page."""

from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import ImageChops, ImageStat

from desktop.services import printing
from desktop.services.printing import SignerBlock, StampLabels, printable, stamp_page
from portal_sandbox import pdfsign, pki
from tests.support.pdfs import page_count, render
from tests.support.qr import read_qr

PASSWORD = "Qwerty12"
KAZAKH = "әғқңөұүһі"
PARENT_SIGNED = datetime(2025, 2, 7, 9, 30, tzinfo=UTC)  # 14:30 in Almaty
DIRECTOR_SIGNED = datetime(2025, 2, 8, 19, 5, tzinfo=UTC)  # 00:05 the next day in Almaty

LABELS = StampLabels(
    title="ЭЛЕКТРОНДЫҚ ҚОЛТАҢБАЛАР",
    document="Шарт № 257062, 06.02.2025 (ӨТІНІШ № 257062): Жақсыбекова Шаһизада",
    hash_heading="Қол қойылған файлдың SHA-256 хеші",
    qr_caption="QR кодта «sha256:» және қол қойылған файлдың SHA-256 хеші бар.",
    signer="Қол қоюшы",
    organisation="Ұйым",
    serial="Сертификаттың сериялық нөмірі",
    signed_at="Қол қойылған уақыты",
    status="Тексеру",
    time_zone="Алматы уақыты",
    no_signatures="Файлда электрондық қолтаңба жоқ.",
    note="Бұл — электрондық қол қойылған құжаттың қағаз көшірмесі. Түпнұсқа — файл.",
)


@dataclass(frozen=True)
class Signed:
    pdf: bytes
    blocks: tuple[SignerBlock, ...]


@pytest.fixture(scope="module")
def signed() -> Signed:
    issued = datetime.now(UTC) - timedelta(minutes=10)
    ca = pki.TestCA.create(issued)
    parent = ca.issue(pki.Subject(iin="880101300111", last_name="Жақсыбекова",
                                  first_name="Шаһизада", patronymic="Нұрғалиқызы"),
                      role="individual", usage="sign", password=PASSWORD, now=issued)
    director = ca.issue(pki.Subject(iin="750101400222", last_name="Сейткали",
                                    first_name="Гүлнар", bin="150640000123",
                                    organisation="«Айгөлек» бөбекжай-бақшасы"),
                        role="first_head", usage="sign", password=PASSWORD, now=issued)
    sent = pdfsign.contract_fields_pdf([
        "ДОГОВОР № 257062 / 257062 ШАРТ",
        "мектепке дейінгі тәрбие мен оқыту қызметтерін көрсету туралы",
        "Ата-ана / Родитель: Жақсыбекова Шаһизада Нұрғалиқызы, ИИН/ЖСН 880101300111",
    ])
    pdf = pdfsign.sign_pdf(sent, parent.p12, PASSWORD, pdfsign.PARENT_FIELD,
                           signing_time=PARENT_SIGNED)
    pdf = pdfsign.sign_pdf(pdf, director.p12, PASSWORD, pdfsign.DIRECTOR_FIELD,
                           signing_time=DIRECTOR_SIGNED)
    blocks = (
        SignerBlock("Ата-ана (заңды өкіл)", "ЖАҚСЫБЕКОВА ШАҺИЗАДА НҰРҒАЛИҚЫЗЫ", "ЖСН",
                    "880101300111", "", format(parent.serial, "x"), PARENT_SIGNED, True,
                    "Жарамды"),
        SignerBlock("Балабақша басшысы", "СЕЙТКАЛИ ГҮЛНАР ӘБДІҒАППАРҚЫЗЫ", "БСН", "150640000123",
                    "«Айгөлек» бөбекжай-бақшасы", format(director.serial, "x"),
                    DIRECTOR_SIGNED, False, "Жарамсыз: сертификат кері қайтарылған"),
    )
    return Signed(pdf, blocks)


def pdf_text(pdf: bytes, tmp_path: Path, *pages: int) -> str:
    """The text of the pages, its whitespace (line ends of wrapped text) made single spaces."""
    path = tmp_path / f"text-{hashlib.sha256(pdf).hexdigest()[:12]}.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    text = subprocess.run([*args, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return " ".join(text.split())


def test_the_sheet_shows_every_signer(signed: Signed, tmp_path: Path) -> None:
    sha = hashlib.sha256(signed.pdf).hexdigest()
    text = pdf_text(stamp_page(sha, signed.blocks, LABELS), tmp_path)
    for expected in (LABELS.title, LABELS.document, "ЖАҚСЫБЕКОВА ШАҺИЗАДА НҰРҒАЛИҚЫЗЫ",
                     "880101300111", "СЕЙТКАЛИ ГҮЛНАР ӘБДІҒАППАРҚЫЗЫ", "150640000123",
                     "«Айгөлек» бөбекжай-бақшасы", signed.blocks[0].serial,
                     signed.blocks[1].serial, "07.02.2025 14:30 (Алматы уақыты)",
                     "09.02.2025 00:05 (Алматы уақыты)", "✓ Жарамды",
                     "✗ Жарамсыз: сертификат кері қайтарылған", f"sha256:{sha}"):
        assert expected in text, expected
    assert text.index("ЖАҚСЫБЕКОВА") < text.index("СЕЙТКАЛИ")
    # Every Kazakh letter came out as a letter (an embedded font that has them), not a box.
    for letter in KAZAKH + KAZAKH.upper():
        assert letter in text, letter


def test_the_qr_code_carries_the_signed_files_hash(signed: Signed, tmp_path: Path) -> None:
    sha = hashlib.sha256(signed.pdf).hexdigest()
    page = render(stamp_page(sha, signed.blocks, LABELS), tmp_path, 1)
    assert read_qr(page, 150) == f"sha256:{sha}"
    assert printing.qr_value(sha.upper()) == f"sha256:{sha}"
    assert printing.qr_value(f"sha256:{sha}") == f"sha256:{sha}"


def test_the_sheet_is_the_same_bytes_for_the_same_signatures(signed: Signed) -> None:
    sha = hashlib.sha256(signed.pdf).hexdigest()
    first = stamp_page(sha, signed.blocks, LABELS)
    assert stamp_page(sha, signed.blocks, LABELS) == first
    assert stamp_page(sha[::-1], signed.blocks, LABELS) != first
    later = replace(signed.blocks[0], signed_at=PARENT_SIGNED + timedelta(minutes=1))
    assert stamp_page(sha, (later, signed.blocks[1]), LABELS) != first


def test_bad_input_is_refused(signed: Signed) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        stamp_page("not a hash", signed.blocks, LABELS)
    with pytest.raises(ValueError, match="SHA-256"):
        stamp_page("ab" * 31, signed.blocks, LABELS)
    naive = replace(signed.blocks[0], signed_at=datetime(2025, 2, 7, 9, 30))
    with pytest.raises(ValueError, match="time zone"):
        stamp_page("ab" * 32, (naive,), LABELS)


def test_a_file_without_signatures_says_so(tmp_path: Path) -> None:
    text = pdf_text(stamp_page("ab" * 32, (), LABELS), tmp_path)
    assert LABELS.no_signatures in text
    assert "sha256:" + "ab" * 32 in text


def test_many_signers_run_onto_a_second_page(signed: Signed, tmp_path: Path) -> None:
    blocks = tuple(replace(signed.blocks[i % 2], name=f"SIGNER {i}") for i in range(7))
    pdf = stamp_page("cd" * 32, blocks, LABELS)
    assert page_count(pdf, tmp_path) == 2
    first, second = pdf_text(pdf, tmp_path, 1), pdf_text(pdf, tmp_path, 2)
    assert all(f"SIGNER {i}" in first + second for i in range(7))
    assert "sha256:" not in second  # the header (hash, QR) is the first page's
    assert LABELS.note in second  # the footer is on every page


def test_the_printout_is_the_contract_then_the_sheet(signed: Signed, tmp_path: Path) -> None:
    original = bytes(signed.pdf)
    sha = hashlib.sha256(signed.pdf).hexdigest()
    pdf = printable(signed.pdf, signed.blocks, LABELS)
    assert signed.pdf == original  # only read
    contract_pages = page_count(signed.pdf, tmp_path)
    assert page_count(pdf, tmp_path) == contract_pages + 1
    # The contract's pages look exactly as in the signed file, the visible signature
    # stamps (annotations there, painted onto the page here) included.
    for page in range(1, contract_pages + 1):
        before = render(signed.pdf, tmp_path, page, 60)
        after = render(pdf, tmp_path, page, 60)
        assert before.size == after.size
        difference = ImageStat.Stat(ImageChops.difference(before, after).convert("L")).mean[0]
        assert difference < 0.5, f"page {page} differs by {difference}"
    sheet = contract_pages + 1
    assert "ДОГОВОР № 257062" in pdf_text(pdf, tmp_path, 1)
    assert f"sha256:{sha}" in pdf_text(pdf, tmp_path, sheet)
    assert read_qr(render(pdf, tmp_path, sheet), 150) == f"sha256:{sha}"
    assert printable(signed.pdf, signed.blocks, LABELS) == pdf


def test_the_signature_stamps_are_on_the_printed_page(signed: Signed, tmp_path: Path) -> None:
    # Dropped annotations would leave the signature boxes empty: the printout's first page
    # must carry ink where the signed file shows its stamps.
    unsigned_look = render(printing.merge([pdfsign.contract_fields_pdf(["x"])]), tmp_path, 1,
                           60)
    printed = render(printable(signed.pdf, signed.blocks, LABELS), tmp_path, 1, 60)
    width, height = printed.size
    box = (0, int(height * 0.85), width, height)  # the signature fields' band
    ink = ImageStat.Stat(ImageChops.difference(printed.crop(box), unsigned_look.crop(box))
                         .convert("L")).mean[0]
    assert ink > 1.0


def test_merge_refuses_what_is_not_a_pdf() -> None:
    with pytest.raises(Exception):  # noqa: B017 (pyHanko's own read errors)
        printing.merge([b"not a pdf"])
