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
