"""Generated document scans, and the bundled fonts they depend on.

There is no PDF text extractor among the dependencies, so the PDF checks decode the page
streams and map the glyph codes back to text through the fonts' ToUnicode tables, which is
what a PDF viewer's copy-and-paste and search rely on too.
"""

from __future__ import annotations

import base64
import io
import random
import re
import zlib
from datetime import date, datetime, timedelta

import pytest
from PIL import Image, ImageChops, ImageStat
from reportlab.pdfbase.ttfonts import TTFontFile

from portal_sandbox import resources
from portal_sandbox.scans import (
    BIRTH_DATE_FIELD,
    SCAN_KINDS,
    TITLES,
    ScanKind,
    scan_jpeg,
    scan_pdf,
    scan_png,
)

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf")
KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
RUSSIAN = "".join(chr(c) for c in range(ord("А"), ord("я") + 1)) + "Ёё№"

CHILD = "Нұрланова Құралай Ғалымқызы"
FIELDS = {
    "Фамилия, имя, отчество": CHILD,
    "ИИН": "210302600014",
    BIRTH_DATE_FIELD: "02.03.2021",
    "Адрес": "г. Уральск, улица Халела Досмухамедулы, д. 150/3, кв. 148",
}
MAX_BYTES = 300 * 1024


# --- PDF text extraction ---------------------------------------------------------------------

_OBJECT = re.compile(rb"(\d+) 0 obj\s*<<(.*?)>>\s*(stream\r?\n|endobj)", re.S)
_TEXT_OPS = re.compile(rb"/(F\d+\+\d+)\s+[\d.]+\s+Tf|\(((?:\\.|[^\\)])*)\)\s*Tj", re.S)


def _decode_stream(header: bytes, data: bytes) -> bytes:
    if b"/ASCII85Decode" in header:
        data = base64.a85decode(data.strip().removesuffix(b"~>"))
    if b"/FlateDecode" in header:
        data = zlib.decompress(data)
    return data


def _pdf_objects(pdf: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    objects: dict[int, tuple[bytes, bytes | None]] = {}
    for match in _OBJECT.finditer(pdf):
        number, header, kind = int(match.group(1)), match.group(2), match.group(3)
        stream = None
        if kind.startswith(b"stream"):
            length = int(re.search(rb"/Length (\d+)", header).group(1))  # type: ignore[union-attr]
            stream = _decode_stream(header, pdf[match.end(): match.end() + length])
        objects[number] = (header, stream)
    return objects


def _unescape(literal: bytes) -> bytes:
    simple = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}

    def one(match: re.Match[bytes]) -> bytes:
        token = match.group(1)
        if token[:1].isdigit():
            return bytes([int(token, 8)])
        return simple.get(token, token)

    return re.sub(rb"\\([0-7]{1,3}|.)", one, literal, flags=re.S)


def pdf_text(pdf: bytes) -> str:
    """All text shown on the PDF's pages, in drawing order, without separators."""
    objects = _pdf_objects(pdf)
    cmaps: dict[bytes, dict[int, str]] = {}
    for header, _ in objects.values():
        name = re.search(rb"/Name /(F\d+\+\d+)", header)
        to_unicode = re.search(rb"/ToUnicode (\d+) 0 R", header)
        if name and to_unicode:
            cmap_stream = objects[int(to_unicode.group(1))][1] or b""
            cmaps[name.group(1)] = {
                int(code, 16): chr(int(uni, 16))
                for code, uni in re.findall(rb"<([0-9A-F]{2})> <([0-9A-F]{4})>", cmap_stream)
            }
    pieces: list[str] = []
    for header, stream in objects.values():
        if stream is None or b"/Subtype" in header or b"/Length1" in header:
            continue  # fonts and other non-page streams
        current: dict[int, str] = {}
        for match in _TEXT_OPS.finditer(stream):
            if match.group(1) is not None:
                current = cmaps.get(match.group(1), {})
            else:
                pieces.append("".join(current.get(b, "\ufffd") for b in _unescape(match.group(2))))
    return "".join(pieces)


# --- fonts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("file_name", FONT_FILES)
def test_bundled_font_covers_kazakh_and_russian(file_name: str) -> None:
    font = TTFontFile(str(resources.font_path(file_name)))
    missing = [ch for ch in KAZAKH + RUSSIAN if not font.charToGlyph.get(ord(ch))]
    assert not missing, f"{file_name} lacks glyphs for {''.join(missing)}"


def test_font_licence_and_readme_are_bundled() -> None:
    licence = (resources.fonts_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence
    assert "Arev" in licence
    readme = (resources.fonts_dir() / "README.md").read_text(encoding="utf-8")
    assert "LICENSE-DejaVu.txt" in readme


def test_font_path_reports_missing_font() -> None:
    with pytest.raises(FileNotFoundError, match="NoSuchFont"):
        resources.font_path("NoSuchFont.ttf")


# --- PDF -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", SCAN_KINDS)
def test_pdf_structure_and_text(kind: ScanKind) -> None:
    pdf = scan_pdf(kind, FIELDS, random.Random(1))
    assert pdf.startswith(b"%PDF-1.")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) <= MAX_BYTES
    assert b"/Count 1 " in pdf
    assert re.search(rb"/FontName /[A-Z]{6}\+DejaVuSerif-Bold ", pdf)
    assert b"/FontFile2" in pdf, "the fonts must be embedded, not referenced"
    # A4 in points.
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in pdf

    text = pdf_text(pdf)
    russian_title, kazakh_title = TITLES[kind]
    assert kazakh_title in text
    assert russian_title in text
    assert CHILD in text
    assert "210302600014" in text
    assert "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ" in text
    assert "\ufffd" not in text


def test_pdf_text_extraction_would_notice_missing_text() -> None:
    """The extractor is strict enough to fail: text not on the page is not found."""
    text = pdf_text(scan_pdf("form_027u", FIELDS, random.Random(1)))
    assert TITLES["pmpk"][1] not in text
    assert "Нұрланова Құралай Ғалымқызы!" not in text


def test_pdf_is_deterministic() -> None:
    first = scan_pdf("birth_certificate", FIELDS, random.Random(7))
    again = scan_pdf("birth_certificate", FIELDS, random.Random(7))
    other = scan_pdf("birth_certificate", FIELDS, random.Random(8))
    assert first == again
    assert first != other


def test_pdf_pages() -> None:
    pdf = scan_pdf("parent_id", FIELDS, random.Random(2), pages=3)
    assert b"/Count 3 " in pdf
    assert len(pdf) <= MAX_BYTES
    text = pdf_text(pdf)
    assert "1 / 3" in text and "2 / 3" in text and "3 / 3" in text
    assert text.count(TITLES["parent_id"][1]) == 3  # the title repeats on every page
    with pytest.raises(ValueError):
        scan_pdf("parent_id", FIELDS, random.Random(2), pages=0)


def test_vaccinations_follow_the_birth_date() -> None:
    text = pdf_text(scan_pdf("form_065u", FIELDS, random.Random(4)))
    dates = [datetime.strptime(d, "%d.%m.%Y").date()
             for d in re.findall(r"\d{2}\.\d{2}\.\d{4}", text)]
    born = date(2021, 3, 2)
    after_birth = [d for d in dates if d != born]
    # Hepatitis B at birth and BCG in the first days, everything else later; none before birth.
    assert min(after_birth) - born <= timedelta(days=3)
    assert all(d >= born for d in dates)
    assert "ВГВ-1" in text and "БЦЖ" in text


def test_issue_date_can_be_fixed() -> None:
    pdf = scan_pdf("form_027u", FIELDS, random.Random(3), issued=date(2025, 1, 15))
    assert "15.01.2025" in pdf_text(pdf)


def test_unknown_kind_is_rejected() -> None:
    for make in (scan_pdf, scan_jpeg, scan_png):
        with pytest.raises(ValueError, match="unknown document kind"):
            make("passport", FIELDS, random.Random(1))  # type: ignore[arg-type]


# --- JPEG and PNG ----------------------------------------------------------------------------


def _ink_census(image: Image.Image) -> tuple[int, int]:
    """Dark (printed) pixels and distinctly blue (pen, stamp) pixels."""
    red, green, blue = image.convert("RGB").split()
    dark = image.convert("L").point(lambda v: 255 if v < 100 else 0).histogram()[255]
    bluer_than_red = ImageChops.subtract(blue, red).point(lambda v: 255 if v > 50 else 0)
    bluer_than_green = ImageChops.subtract(blue, green).point(lambda v: 255 if v > 40 else 0)
    both = ImageChops.multiply(bluer_than_red, bluer_than_green)
    return dark, both.histogram()[255]


@pytest.mark.parametrize("kind", SCAN_KINDS)
def test_jpeg(kind: ScanKind) -> None:
    data = scan_jpeg(kind, FIELDS, random.Random(1))
    assert data[:3] == b"\xff\xd8\xff"
    assert len(data) <= MAX_BYTES
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        assert image.mode == "RGB"
        assert image.size == (1240, 1754)
        dark, blue = _ink_census(image)
    assert dark > 2000, "no printed text"
    assert blue > 500, "no pen or stamp ink"


@pytest.mark.parametrize("kind", SCAN_KINDS)
def test_png(kind: ScanKind) -> None:
    data = scan_png(kind, FIELDS, random.Random(1))
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) <= MAX_BYTES
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG"
        assert image.size == (1240, 1754)
        dark, blue = _ink_census(image)
    assert dark > 2000
    assert blue > 500


def test_image_width_sets_a4_proportions() -> None:
    with Image.open(io.BytesIO(scan_jpeg("pmpk", FIELDS, random.Random(1), width=800))) as im:
        assert im.size == (800, 1131)
    with Image.open(io.BytesIO(scan_png("pmpk", FIELDS, random.Random(1), width=620))) as im:
        assert im.size == (620, 877)


def test_paper_is_off_white_not_white() -> None:
    with Image.open(io.BytesIO(scan_jpeg("form_052_2u", FIELDS, random.Random(5)))) as image:
        r, g, b = ImageStat.Stat(image.convert("RGB").crop((0, 0, 40, 40))).mean
    assert 200 < b < r < 252, (r, g, b)  # light, warm (less blue), and not pure white


def test_images_are_deterministic() -> None:
    for make in (scan_jpeg, scan_png):
        first = make("form_065u", FIELDS, random.Random(9))
        assert make("form_065u", FIELDS, random.Random(9)) == first
        assert make("form_065u", FIELDS, random.Random(10)) != first
