"""PDFs for tests that upload to the portal, which takes only files that open as PDF."""

from __future__ import annotations

import os
import uuid


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
