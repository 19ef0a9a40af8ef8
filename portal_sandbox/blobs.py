"""Content-addressed file storage: what a file is is decided by its bytes, never its name:
the first bytes say what it claims to be, and only a file that opens as that is taken."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import datetime

from sqlalchemy.orm import Session

from portal_sandbox.errors import Problem
from portal_sandbox.models import Blob

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


def sniff(data: bytes) -> str | None:
    """The media type its first bytes claim, or None for anything the portal does not take.
    Only a claim: `opens_as` decides."""
    # At the very start, as a strict reader wants it: "%PDF-" further in (after an EXE
    # header, inside an HTML page) does not make a PDF.
    if data[:5] == b"%PDF-":
        return PDF
    if data[:3] == b"\xff\xd8\xff":
        return JPEG
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return PNG
    return None


def opens_as(media: str, data: bytes) -> bool:
    """Whether the file opens as what it claims to be: a PDF through pyHanko's strict reader
    (header, cross-reference table, trailer and catalogue), an image through Pillow's
    `verify` (its structure and, for PNG, every chunk's checksum)."""
    if media == PDF:
        from pyhanko.pdf_utils.reader import PdfFileReader

        try:
            reader = PdfFileReader(io.BytesIO(data), strict=True)
            return reader.root is not None
        # The reader fails in many ways on bytes that are not a PDF (its own errors, and
        # KeyError, IndexError, ValueError, struct.error from deep inside): any failure to
        # open is the answer.
        except Exception:
            return False
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != {JPEG: "JPEG", PNG: "PNG"}[media]:
                return False
            image.verify()
        return True
    except Exception:  # likewise: Pillow raises OSError, SyntaxError, ValueError, ...
        return False


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_digest(path_digest: str) -> str:
    digest = path_digest.lower()
    if not SHA256_HEX.match(digest):
        raise Problem("validation_error", "the path must end in a hex SHA-256")
    return digest


def accept_file(data: bytes, max_bytes: int, allowed: tuple[str, ...] = (PDF, JPEG, PNG)) -> str:
    """Check a received file and return its media type."""
    if not data:
        raise Problem("empty_file")
    if len(data) > max_bytes:
        raise Problem("file_too_large", f"{len(data)} bytes, the limit is {max_bytes}",
                      limit=max_bytes)
    media = sniff(data)
    if media is None or media not in allowed:
        raise Problem("unsupported_media_type", allowed=list(allowed))
    if not opens_as(media, data):
        raise Problem("file_unreadable", f"the file does not open as {media}")
    return media


def store(session: Session, data: bytes, media: str, now: datetime) -> Blob:
    digest = sha256_hex(data)
    blob = session.get(Blob, digest)
    if blob is None:
        blob = Blob(sha256=digest, content_type=media, size=len(data), data=data, created_at=now)
        session.add(blob)
        session.flush()
    return blob
