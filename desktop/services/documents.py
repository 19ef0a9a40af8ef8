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

Files are kept encrypted (AES-256-GCM) under a random key of the store's own in the keyring,
kept like the cache's, in a folder only the user can open: a `.part` as much as a whole file,
so nothing of a birth certificate is ever plain on this disk. The format is a header and a
run of records, one per chunk received: `len, nonce, ciphertext` with the digest and the
record's index as associated data, so records cannot be swapped between files or reordered;
a torn last record (a power cut) is cut off and the download resumed after the whole ones.
A whole file is checked against its name when read, which also catches records dropped from
its end. A plain file left by an older version is encrypted in place on first use. Reading
decrypts into memory: a plain copy exists only where the person saves one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import struct
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from desktop.models.tables import StoredFile
from desktop.services import credentials
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


class DocumentDamaged(DocumentError):
    """The copy on this computer does not decrypt or does not hash to its name: changed on
    this disk, or its key is gone from the keyring. Download it again."""

    def __init__(self, sha256: str, reason: str) -> None:
        super().__init__(f"the stored file {sha256} is damaged: {reason}")
        self.sha256 = sha256
        self.reason = reason


class DownloadTimedOut(PortalUnreachable):
    """The download ran past its overall deadline; what arrived is kept for the next try."""


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


MAGIC = b"BQDOC1\r\n"
_RECORD = struct.Struct(">I12s")  # ciphertext length, nonce
_TAG = 16


def _private_folder(folder: Path) -> None:
    """A folder only its owner can list or open (on Windows the profile already is)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        os.chmod(folder, 0o700)


def _open_private(path: Path, *, append: bool) -> int:
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
    handle = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)
    if os.name != "nt":
        os.fchmod(handle, 0o600)
    return handle


class _Sealer:
    """One file's records under the store's key, bound to the file's digest."""

    def __init__(self, key: bytes, digest: str) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(key)
        self._digest = digest.encode("ascii")

    def _aad(self, index: int) -> bytes:
        return self._digest + struct.pack(">Q", index)

    def seal(self, index: int, plain: bytes) -> bytes:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, plain, self._aad(index))
        return _RECORD.pack(len(sealed), nonce) + sealed

    def records(self, path: Path) -> Iterator[tuple[int, bytes]]:
        """(end offset, plain bytes) of each whole record; stops at a torn last one.
        Raises DocumentDamaged for a wrong header or a record that does not decrypt."""
        from cryptography.exceptions import InvalidTag

        with path.open("rb") as source:
            if source.read(len(MAGIC)) != MAGIC:
                raise DocumentDamaged(self._digest.decode(), "not an encrypted document")
            index, end = 0, len(MAGIC)
            while True:
                head = source.read(_RECORD.size)
                if len(head) < _RECORD.size:
                    return
                length, nonce = _RECORD.unpack(head)
                sealed = source.read(length)
                if length < _TAG or len(sealed) < length:
                    return
                try:
                    plain = self._aead.decrypt(nonce, sealed, self._aad(index))
                except InvalidTag as exc:
                    raise DocumentDamaged(self._digest.decode(),
                                          f"record {index} does not decrypt") from exc
                end += _RECORD.size + length
                index += 1
                yield end, plain


def _plain_size(path: Path) -> int:
    """The plain bytes a sealed file's whole records hold (0 for a file that is not one)."""
    size, total = 0, path.stat().st_size
    with path.open("rb") as source:
        if source.read(len(MAGIC)) != MAGIC:
            return 0
        at = len(MAGIC)
        while at + _RECORD.size <= total:
            length, _ = _RECORD.unpack(source.read(_RECORD.size))
            at += _RECORD.size + length
            if length < _TAG or at > total:
                break
            size += length - _TAG
            source.seek(at)
    return size


def _is_sealed(path: Path) -> bool:
    with path.open("rb") as source:
        return source.read(len(MAGIC)) == MAGIC


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
        _private_folder(folder)
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._key: bytes | None = None

    @property
    def key_name(self) -> str:
        """The store's key in the keyring: one per folder (a portal's documents, one
        cache's outbox), so the files of one store never need another's key."""
        return self.folder.name

    def _sealer(self, digest: str) -> _Sealer:
        if self._key is None:
            # Made on first use: a key lost from the keyring makes a new one, under which
            # the files kept before read as damaged, to be downloaded again.
            key = credentials.documents_key(self.key_name, create=True)
            assert key is not None
            self._key = bytes.fromhex(key)
        return _Sealer(self._key, digest)

    def read(self, sha256: str) -> bytes:
        """The stored file's plain bytes, decrypted in memory and checked against its name.

        Raises DocumentDamaged (the copy here is not right: download it again; it is left
        in place, for `discard` or a fresh download to replace), FileNotFoundError when
        there is none."""
        digest = _checked(sha256)
        with self._lock(digest):
            final = self.folder / digest
            self._migrate(digest, final)
            hasher = hashlib.sha256()
            chunks = []
            for _, plain in self._sealer(digest).records(final):
                hasher.update(plain)
                chunks.append(plain)
            if hasher.hexdigest() != digest:
                raise DocumentDamaged(digest, "its content does not match its checksum")
            return b"".join(chunks)

    def _migrate(self, digest: str, final: Path) -> None:
        """Encrypt in place a plain file an older version kept (whole or not at all); one
        that does not hash to its name is removed, to be downloaded again."""
        if not final.exists() or _is_sealed(final):
            return
        if _hash_file(final) != digest:
            log.warning("an unencrypted stored file %s is damaged: removing it", digest)
            self._remove(digest)
            return
        self._write(digest, final.read_bytes())
        os.replace(self._part(digest), final)
        _fsync_folder(self.folder)
        log.info("the stored file %s is now encrypted", digest)

    def _write(self, digest: str, data: bytes) -> None:
        """`data`, sealed, as the `.part` (fsynced)."""
        sealer = self._sealer(digest)
        with os.fdopen(_open_private(self._part(digest), append=False), "wb") as out:
            out.write(MAGIC)
            for index, start in enumerate(range(0, len(data), CHUNK)):
                out.write(sealer.seal(index, data[start:start + CHUNK]))
            out.flush()
            os.fsync(out.fileno())

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
        """How much of an interrupted download is kept for the next try (0: none): the
        plain bytes of the `.part`'s whole records, told from their lengths alone."""
        part = self._part(_checked(sha256))
        try:
            return _plain_size(part)
        except FileNotFoundError:
            return 0

    def verify(self, sha256: str) -> bool:
        """Whether the stored file still decrypts and hashes to its name. A copy damaged on
        this disk since it was stored is removed, so the next `download` fetches it again."""
        digest = _checked(sha256)
        try:
            self.read(digest)
            return True
        except (DocumentDamaged, OSError):
            pass
        log.warning("the stored file %s is damaged or missing: removing it", digest)
        with self._lock(digest):
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
                self._write(digest, data)
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
        self._migrate(digest, final)
        with self.cache.read() as session:
            recorded = session.get(StoredFile, digest) is not None
        if not final.exists():
            if recorded:
                log.warning("the stored file %s is missing: downloading it again", digest)
                self._forget(digest)
            return None
        if recorded:
            return final
        if self._sealed_digest(digest, final) == digest:
            self._record(digest, final.stat().st_size)
            return final
        final.unlink()
        return None

    def _sealed_digest(self, digest: str, path: Path) -> str | None:
        """The digest of a sealed file's plain bytes; None when it does not decrypt."""
        hasher = hashlib.sha256()
        try:
            for _, plain in self._sealer(digest).records(path):
                hasher.update(plain)
        except DocumentDamaged:
            return None
        return hasher.hexdigest()

    def _fetch(self, client: PortalClient, document_id: int, digest: str,
               transfer: _Transfer) -> bool:
        """One request into the `.part`; True when it holds the verified file, False when
        a partial file had to be thrown away and the download must start over."""
        part = self._part(digest)
        offset, hasher, records = self._resumable(digest, part)
        try:
            with client.stream_document(document_id, offset=offset,
                                        if_range=f'"{digest}"') as response:
                actual = self._receive(response, part, offset, transfer, hasher, records,
                                       self._sealer(digest))
                resumed = offset > 0 and response.status_code == 206
        except DocumentTooLarge:
            part.unlink(missing_ok=True)
            raise
        except PortalRefused as exc:
            if exc.status == 404:
                raise DocumentLost(document_id) from exc
            if exc.status == 416 and offset:
                # The `.part` is as long as the file or longer: whole already, or wrong.
                if hasher.hexdigest() == digest:
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

    def _resumable(self, digest: str, part: Path) -> tuple[int, Any, int]:
        """What a `.part` holds: its plain length, a hasher fed with it and its number of
        records. A torn last record is cut off; a `.part` that does not decrypt (the key was
        lost, or an older version's plain `.part`) is thrown away."""
        hasher = hashlib.sha256()
        if not part.exists():
            return 0, hasher, 0
        plain_size, whole, count = 0, len(MAGIC), 0
        try:
            for end, plain in self._sealer(digest).records(part):
                hasher.update(plain)
                plain_size += len(plain)
                whole, count = end, count + 1
        except DocumentDamaged:
            part.unlink()
            return 0, hashlib.sha256(), 0
        if part.stat().st_size != whole:
            os.truncate(part, whole)
        return plain_size, hasher, count

    @staticmethod
    def _receive(response: httpx.Response, part: Path, offset: int, transfer: _Transfer,
                 hasher: Any, records: int, sealer: _Sealer) -> str:
        """Seal the body after (206) or over (200) the `.part`; the whole file's digest."""
        resumed = response.status_code == 206 and _range_start(response) == offset
        if not resumed:
            offset, records, hasher = 0, 0, hashlib.sha256()
        total = offset + int(response.headers.get("Content-Length") or 0)
        transfer.check_size(_full_size(response) or total)
        done = offset
        with os.fdopen(_open_private(part, append=resumed), "ab" if resumed else "wb") as out:
            if not resumed:
                out.write(MAGIC)
            for chunk in response.iter_bytes(CHUNK):
                transfer.check()
                transfer.check_size(done + len(chunk))
                out.write(sealer.seal(records, chunk))
                records += 1
                hasher.update(chunk)
                done += len(chunk)
                transfer.report(done, total)
            out.flush()
            os.fsync(out.fileno())
        return str(hasher.hexdigest())

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
