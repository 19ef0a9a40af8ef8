"""PDFs for tests: files the portal takes as PDFs on upload, and the client's PDFs read back
as a reader would (their pages counted, rendered or their text extracted)."""

from __future__ import annotations

import os
import subprocess
import uuid
from io import BytesIO
from pathlib import Path
from typing import Any

from PIL import Image


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def real_pdf(size: int | None = None, tag: str | None = None) -> bytes:
    """A one-page PDF unlike any other (it names `tag`, a fresh UUID by default), padded to
    exactly `size` bytes with an incompressible stream when a size is given."""
    text = (tag or uuid.uuid4().hex).replace("\\", "").replace("(", "").replace(")", "")
    filler = os.urandom(0)

    def build(padding: bytes) -> bytes:
        objects = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(b"BT /F1 12 Tf 72 770 Td (" + text.encode("ascii", "replace") + b") Tj ET"),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            _stream(padding),
        ]
        out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objects) + 1, xref)
        return out

    data = build(filler)
    if size is None:
        return data
    # The stream's length is written in digits: two rounds settle it.
    for _ in range(4):
        missing = size - len(data)
        if missing == 0:
            return data
        filler = os.urandom(max(len(filler) + missing, 0))
        data = build(filler)
    raise ValueError(f"cannot make a PDF of exactly {size} bytes")


def page_count(pdf: bytes, tmp_path: Path) -> int:
    """How many pages poppler's pdfinfo counts."""
    path = tmp_path / "count.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines()
                    if line.startswith("Pages:")))


def render(pdf: bytes, tmp_path: Path, page: int, dpi: int = 150) -> Image.Image:
    """Page `page` (from 1) as poppler's pdftoppm renders it at `dpi`."""
    path = tmp_path / "render.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                          str(path)], check=True, capture_output=True).stdout
    return Image.open(BytesIO(out)).convert("RGB")


def pdf_pages(data: bytes, qapp: Any) -> list[str]:
    """Each page's text, as a PDF reader extracts it (Qt's, in the running `qapp`)."""
    from PySide6.QtPdf import QPdfDocument

    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"read-{os.getpid()}-{id(data)}.pdf"
    path.write_bytes(data)
    document = QPdfDocument()
    try:
        assert document.load(str(path)) == QPdfDocument.Error.None_
        return [document.getAllText(page).text() for page in range(document.pageCount())]
    finally:
        document.close()
        path.unlink()
