"""Content-addressed file storage: what a file is is decided by its bytes, never its name."""

from __future__ import annotations

import hashlib
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
    """The media type by magic number, or None for anything the portal does not take."""
    # PDF readers accept the header within the first KiB; so does the portal.
    if b"%PDF-" in data[:1024]:
        return PDF
    if data[:3] == b"\xff\xd8\xff":
        return JPEG
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return PNG
    return None


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
    return media


def store(session: Session, data: bytes, media: str, now: datetime) -> Blob:
    digest = sha256_hex(data)
    blob = session.get(Blob, digest)
    if blob is None:
        blob = Blob(sha256=digest, content_type=media, size=len(data), data=data, created_at=now)
        session.add(blob)
        session.flush()
    return blob
