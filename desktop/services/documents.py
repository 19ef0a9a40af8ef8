"""The document store: scans and PDFs as files named by their SHA-256, outside the database.

A download is written to `<sha>.part`, resumed with `Range` + `If-Range: "<sha>"` (the
portal's strong ETag is the digest: 206 continues the same file, 200 sends it whole again),
checked against the manifest's SHA-256, fsynced and renamed into place, and only then
recorded in the cache (docs/sync.md, "The wire"). A crash at any step leaves either a
`.part` to resume or a whole file that is checked again and adopted; a recorded file is
always whole and right.

httpx's timeouts are per chunk, so a slow but steady link could hold a download forever: a
download has an overall deadline of its own and keeps its `.part` when it runs out.

A file over the store's size limit is refused before it costs a site's thin link anything:
by the size the manifest gave, else by the response's length, else as its bytes pass the
limit. A scan that large is a mistake to return to the parent, not a file to wait for.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx

from desktop.models.tables import StoredFile
from desktop.services.cache import Cache
from desktop.services.portal_api import PortalClient, PortalRefused, PortalUnreachable
from desktop.services.sync import failpoint

log = logging.getLogger(__name__)

CHUNK = 64 * 1024
DEFAULT_DEADLINE = 15 * 60.0
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class DocumentError(Exception):
    """A document could not be stored."""


class DocumentLost(DocumentError):
    """The portal has no file for this document (404): it lost it, or the request left."""

    def __init__(self, document_id: int) -> None:
        super().__init__(f"the portal has no file for document {document_id}")
        self.document_id = document_id


class HashMismatch(DocumentError):
    """The bytes received do not hash to the SHA-256 the portal's manifest gave."""

    def __init__(self, expected: str, actual: str) -> None:
        super().__init__(f"the file received hashes to {actual}, not {expected}")
        self.expected = expected
        self.actual = actual


class DownloadCancelled(DocumentError):
    """Staff cancelled the download; what arrived is kept for the next try."""


class DocumentTooLarge(DocumentError):
    """The file is larger than the store takes; nothing of it is kept."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the file is {size} bytes, over the limit of {limit}")
        self.size = size
        self.limit = limit


class DownloadTimedOut(PortalUnreachable):
    """The download ran past its overall deadline; what arrived is kept for the next try."""


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder for this."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _full_size(response: httpx.Response) -> int | None:
    """The whole file's length from a 206's `Content-Range: bytes a-b/size`."""
    match = re.match(r"bytes \d+-\d+/(\d+)", response.headers.get("Content-Range", ""))
    return int(match.group(1)) if match else None


def _range_start(response: httpx.Response) -> int | None:
    match = re.match(r"bytes (\d+)-", response.headers.get("Content-Range", ""))
    return int(match.group(1)) if match else None


class _Transfer:
    """One download's limits and reporting."""

    def __init__(self, deadline: float, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None, limit: int) -> None:
        self.ends = time.monotonic() + deadline
        self.progress = progress
        self.cancelled = cancelled
        self.limit = limit

    def check_size(self, size: int) -> None:
        if size > self.limit:
            raise DocumentTooLarge(size, self.limit)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise DownloadCancelled("the download was cancelled")
        if time.monotonic() > self.ends:
            raise DownloadTimedOut("the download took longer than its deadline")

    def report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)


class DocumentStore:
    """Files under `folder`, named by their SHA-256 and recorded in `cache` once whole."""

    def __init__(self, cache: Cache, folder: Path, *,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.cache = cache
        self.folder = folder
        self.max_bytes = max_bytes
        folder.mkdir(parents=True, exist_ok=True)
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def path(self, sha256: str) -> Path:
        """Where the file with this digest lives once stored."""
        return self.folder / _checked(sha256)

    def stored(self, sha256: str) -> Path | None:
        """The file, when it is stored and recorded."""
        digest = _checked(sha256)
        with self.cache.read() as session:
            recorded = session.get(StoredFile, digest) is not None
        final = self.folder / digest
        return final if recorded and final.exists() else None

    def partial_size(self, sha256: str) -> int:
        """How much of an interrupted download is kept for the next try (0: none)."""
        part = self._part(_checked(sha256))
        try:
            return part.stat().st_size
        except FileNotFoundError:
            return 0

    def verify(self, sha256: str) -> bool:
        """Whether the stored file still hashes to its name. A copy damaged on this disk
        since it was stored is removed, so the next `download` fetches it again."""
        digest = _checked(sha256)
        with self._lock(digest):
            final = self.folder / digest
            if final.exists() and _hash_file(final) == digest:
                return True
            log.warning("the stored file %s is damaged or missing: removing it", digest)
            self._remove(digest)
            return False

    def discard(self, sha256: str) -> None:
        """Forget a stored file and any partial download of it (to download it afresh)."""
        digest = _checked(sha256)
        with self._lock(digest):
            self._remove(digest)

    def put(self, data: bytes) -> str:
        """Keep bytes made on this desk (a contract waiting to be uploaded) the way a
        download is kept: `.part`, fsync, rename, record. Returns their SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        with self._lock(digest):
            if self._adopt(digest) is None:
                with self._part(digest).open("wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                self._install(digest)
        return digest

    def download(self, client: PortalClient, document_id: int, expected_sha256: str, *,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 deadline: float = DEFAULT_DEADLINE, size: int | None = None) -> Path:
        """The document's file, from the store or downloaded (resuming a `.part`).

        `size` is the manifest's, when known: a file over `max_bytes` is refused before
        anything is asked of the portal.

        Raises `DocumentLost` (404), `HashMismatch`, `DocumentTooLarge`,
        `DownloadCancelled`, `DownloadTimedOut` (a `PortalUnreachable`), or what the portal
        client raises.
        """
        digest = _checked(expected_sha256)
        with self._lock(digest):
            found = self._adopt(digest)
            if found is not None:
                return found
            transfer = _Transfer(deadline, progress, cancelled, self.max_bytes)
            if size is not None:
                transfer.check_size(size)
            # A `.part` left by an earlier run may not be the start of this file (a power
            # cut before its fsync): the first try may throw it away, the second starts clean.
            for _ in range(2):
                if self._fetch(client, document_id, digest, transfer):
                    return self._install(digest)
            raise DocumentError(f"document {document_id} could not be resumed or restarted")

    # steps

    def _lock(self, digest: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(digest, threading.Lock())

    def _part(self, digest: str) -> Path:
        return self.folder / f"{digest}.part"

    def _adopt(self, digest: str) -> Path | None:
        """The stored file, or one renamed into place by a run that died before recording
        it (checked again first)."""
        final = self.folder / digest
        with self.cache.read() as session:
            recorded = session.get(StoredFile, digest) is not None
        if not final.exists():
            if recorded:
                log.warning("the stored file %s is missing: downloading it again", digest)
                self._forget(digest)
            return None
        if recorded:
            return final
        if _hash_file(final) == digest:
            self._record(digest, final.stat().st_size)
            return final
        final.unlink()
        return None

    def _fetch(self, client: PortalClient, document_id: int, digest: str,
               transfer: _Transfer) -> bool:
        """One request into the `.part`; True when it holds the verified file, False when
        a partial file had to be thrown away and the download must start over."""
        part = self._part(digest)
        offset = part.stat().st_size if part.exists() else 0
        try:
            with client.stream_document(document_id, offset=offset,
                                        if_range=f'"{digest}"') as response:
                actual = self._receive(response, part, offset, transfer)
                resumed = offset > 0 and response.status_code == 206
        except DocumentTooLarge:
            part.unlink(missing_ok=True)
            raise
        except PortalRefused as exc:
            if exc.status == 404:
                raise DocumentLost(document_id) from exc
            if exc.status == 416 and offset:
                # The `.part` is as long as the file or longer: whole already, or wrong.
                if _hash_file(part) == digest:
                    return True
                part.unlink()
                return False
            raise
        if actual == digest:
            return True
        part.unlink()
        if resumed:
            log.warning("a resumed download of %s did not verify: starting over", digest)
            return False
        raise HashMismatch(digest, actual)

    @staticmethod
    def _receive(response: httpx.Response, part: Path, offset: int,
                 transfer: _Transfer) -> str:
        """Write the body after (206) or over (200) the `.part`; the whole file's digest."""
        hasher = hashlib.sha256()
        resumed = response.status_code == 206 and _range_start(response) == offset
        if resumed:
            with part.open("rb") as earlier:
                for block in iter(lambda: earlier.read(1024 * 1024), b""):
                    hasher.update(block)
        else:
            offset = 0
        total = offset + int(response.headers.get("Content-Length") or 0)
        transfer.check_size(_full_size(response) or total)
        done = offset
        with part.open("ab" if resumed else "wb") as out:
            for chunk in response.iter_bytes(CHUNK):
                transfer.check()
                transfer.check_size(done + len(chunk))
                out.write(chunk)
                hasher.update(chunk)
                done += len(chunk)
                transfer.report(done, total)
            out.flush()
            os.fsync(out.fileno())
        return hasher.hexdigest()

    def _install(self, digest: str) -> Path:
        final = self.folder / digest
        os.replace(self._part(digest), final)
        _fsync_folder(self.folder)
        failpoint("after_rename_before_commit")
        self._record(digest, final.stat().st_size)
        return final

    def _record(self, digest: str, size: int) -> None:
        with self.cache.write() as session:
            if session.get(StoredFile, digest) is None:
                session.add(StoredFile(sha256=digest, size=size, stored_at=datetime.now(UTC)))

    def _remove(self, digest: str) -> None:
        for path in (self.folder / digest, self._part(digest)):
            path.unlink(missing_ok=True)
        self._forget(digest)

    def _forget(self, digest: str) -> None:
        with self.cache.write() as session:
            row = session.get(StoredFile, digest)
            if row is not None:
                session.delete(row)


def _checked(sha256: str) -> str:
    """A digest as a file name: exactly 64 lower-case hex digits, never a path."""
    digest = sha256.lower()
    if not _SHA256.match(digest):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return digest
