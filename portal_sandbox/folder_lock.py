"""One sandbox per data folder: a second one on the same SQLite file would race the first.

The lock is the operating system's (released when the process dies, however it dies), held
on a file beside the database; the holder writes its address into a second file once it
listens, so whoever finds the folder taken can use the running sandbox instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

LOCK_NAME = "sandbox.lock"
ADDRESS_NAME = "sandbox.url"


class FolderInUse(Exception):
    """Another sandbox serves this folder; `url` is its address when it has written one."""

    def __init__(self, folder: Path, url: str | None) -> None:
        super().__init__(f"another portal sandbox is serving {folder}")
        self.url = url


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class FolderLock:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the folder, or FolderInUse."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle = open(self.folder / LOCK_NAME, "a+b")  # noqa: SIM115 - held until release()
        if not _try_lock(handle):
            handle.close()
            raise FolderInUse(self.folder, self.address())
        self._handle = handle
        (self.folder / ADDRESS_NAME).unlink(missing_ok=True)

    def announce(self, url: str) -> None:
        """Say where this sandbox listens (written whole, then renamed into place)."""
        partial = self.folder / f"{ADDRESS_NAME}.{os.getpid()}"
        partial.write_text(url, encoding="utf-8")
        partial.replace(self.folder / ADDRESS_NAME)

    def address(self) -> str | None:
        try:
            return (self.folder / ADDRESS_NAME).read_text(encoding="utf-8").strip() or None
        except OSError:
            return None

    def release(self) -> None:
        if self._handle is None:
            return
        (self.folder / ADDRESS_NAME).unlink(missing_ok=True)
        self._handle.close()  # closing the file releases the lock
        self._handle = None
