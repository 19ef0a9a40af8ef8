"""Writing a file whole or not at all, for every file a person asks the desk to write
(exports, printed PDFs, diagnostics) and for the desk's own small files (the encrypted
secrets file): kept apart from the exports so that writing one needs neither openpyxl nor
reportlab loaded."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


class ExportFailed(Exception):
    """The file could not be written; nothing at `path` was changed.

    `code`: not_writable (the folder refuses new files), in_use (another program holds
    the file open), disk_full, no_folder, or failed (anything else the system said)."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{code}: {path}: {detail}")
        self.code = code
        self.path = path
        self.detail = detail


def _failure_code(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk_full"
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return "no_folder"
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM,
                                                              errno.EROFS):
        return "not_writable"
    return "failed"


def write_atomically(path: Path, data: bytes) -> Path:
    """`data` at `path`, whole or not at all: a temporary file in the same folder, synced,
    then renamed over `path`. Raises ExportFailed; the old file, if any, is kept."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part",
                                             dir=path.parent)
    except OSError as error:
        raise ExportFailed(_failure_code(error), path, str(error)) from error
    part = Path(temporary)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.replace(part, path)
        except PermissionError as error:
            # The folder took the temporary file, so the file itself is held: open in
            # Excel or a PDF viewer (Windows refuses to replace an open file).
            raise ExportFailed("in_use", path, str(error)) from error
    except ExportFailed:
        part.unlink(missing_ok=True)
        raise
    except OSError as error:
        part.unlink(missing_ok=True)
        raise ExportFailed(_failure_code(error), path, str(error)) from error
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return path


# A contract with its scans and signatures stays well below this; the portal's own limit
# for a document is the same (services/documents.py).
CONTRACT_LIMIT = 50 * 1024 * 1024
KEY_LIMIT = 1024 * 1024  # a PKCS#12 key file is a few KiB


class FileRefused(OSError):
    """A file a person gave is not one the desk reads: `code` is not_a_file (a folder, a
    device such as /dev/zero, a pipe) or too_large (over `limit` bytes)."""

    def __init__(self, code: str, path: Path, limit: int) -> None:
        super().__init__(errno.EINVAL, code.replace("_", " "), str(path))
        self.code = code
        self.path = path
        self.limit = limit


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, refused (FileRefused) before anything is
    read when it is not a regular file or is larger than `limit`: reading /dev/zero or a
    pipe whole would never end. Other OSErrors (missing, no permission) propagate."""
    import stat

    # Non-blocking: opening a pipe for reading would otherwise wait for a writer.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except (IsADirectoryError, PermissionError):
        if Path(path).is_dir():  # Windows does not open a folder at all
            raise FileRefused("not_a_file", Path(path), limit) from None
        raise
    try:
        facts = os.fstat(descriptor)
        if not stat.S_ISREG(facts.st_mode):
            raise FileRefused("not_a_file", Path(path), limit)
        if facts.st_size > limit:
            raise FileRefused("too_large", Path(path), limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    chunks, total = [], 0
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        while chunk := handle.read(min(1 << 20, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise FileRefused("too_large", Path(path), limit)
    return b"".join(chunks)
