"""A lock between the processes of one profile (the window, a scheduled `sync`, a script):
the operating system's lock on a file, so it is released when its holder dies, however it
dies. Used around a refresh of the session's tokens: the portal rotates the refresh token
on each use, so two processes refreshing with the same one at once would leave one of
them with a spent token and a false "sign in again"."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


class LockTimeout(OSError):
    """Another process held the lock for longer than the wait allowed."""


def _try(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)  # the lock is on the first byte, wherever "a+b" left the position
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


def _release(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def held(path: Path, *, wait: float = 60.0) -> Iterator[None]:
    """Hold the lock on `path` (made when missing) for the block; LockTimeout after `wait`
    seconds. Each call opens the file anew, so threads of one process exclude each other
    too."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        deadline = time.monotonic() + wait
        delay = 0.01
        while not _try(handle):
            if time.monotonic() > deadline:
                raise LockTimeout(f"{path} is held by another process")
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
        try:
            yield
        finally:
            _release(handle)


def lock_file(folder: Path, name: str) -> Path:
    """Where the lock called `name` lives in a profile's data folder."""
    return folder / "locks" / f"{name}.lock"



