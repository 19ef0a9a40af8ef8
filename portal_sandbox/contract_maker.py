"""Contracts made by the staff client itself, for the demo world.

A kindergarten makes its contracts in the staff client, from its templates; the demo world
must show the same contracts, or staff would train on papers they never send. The sandbox
does not import the client (docs/architecture.md: they meet over HTTP or as processes), so
it runs the client's `contract make` (docs/eds.md, "The command line") as one child process
for the whole seed: one JSON line of a contract's data in, the path of its PDF out. The
child gets a profile of its own in a temporary folder (never the user's), so its templates
are the shipped ones, and speaks English, whose messages this module reads.

The bundled program runs the client when started without `--run-sandbox`
(packaging/launcher.py), so there the command is the program itself; the client starts the
sandbox the same way the other way round (desktop.services.embedded.sandbox_command).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import IO, Any

__all__ = ["ContractMaker", "ContractMakerError", "client_command"]

# The source tree the sandbox runs from, where `python -m desktop` is found beside it.
_SOURCES = Path(__file__).resolve().parents[1]
# Long enough for a start on a slow, busy machine; a child that says nothing for this long
# is stuck, and a seed that waits for ever helps nobody.
ANSWER_SECONDS = 120.0


class ContractMakerError(RuntimeError):
    """The client could not be started, or did not make a contract; the message names the
    command and quotes what the client said."""


def client_command(*args: str) -> list[str]:
    """The command line that runs `python -m desktop ARGS`, from the sources or from the
    bundled program."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "desktop", *args]


class ContractMaker:
    """The client's `contract make`, running for as long as this object is open.

    `make(data)` sends one contract's data (ContractData's fields, dates as YYYY-MM-DD) and
    returns the PDF's bytes; `close()` ends the child (it is a context manager too).
    """

    def __init__(self, *, timeout: float = ANSWER_SECONDS) -> None:
        self.timeout = timeout
        self._folder = tempfile.TemporaryDirectory(prefix="balabaqsha-contracts-")
        root = Path(self._folder.name)
        self.command = client_command("--profile", str(root / "profile"), "--lang", "en",
                                      "contract", "make", "--out", str(root / "contracts"))
        env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUNBUFFERED="1")
        if not getattr(sys, "frozen", False):
            env["PYTHONPATH"] = os.pathsep.join(
                p for p in (str(_SOURCES), env.get("PYTHONPATH", "")) if p)
        try:
            self._process = subprocess.Popen(
                self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, env=env, cwd=root,
                # No console window flashing up on Windows (the flag exists only there).
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        except OSError as exc:
            self._folder.cleanup()
            raise ContractMakerError(
                f"the staff client could not be started to make the demo contracts "
                f"({exc.strerror or exc}): {self._shown()}") from exc
        # Answers come on two streams (the path on stdout, a refusal on stderr); a thread
        # on each puts them in one queue, in the order they come.
        self._answers: queue.Queue[tuple[str, str | None]] = queue.Queue()
        self._said: list[str] = []
        self._sent = 0
        assert self._process.stdout is not None and self._process.stderr is not None
        self._readers = [
            threading.Thread(target=self._read, args=(kind, stream), daemon=True,
                             name=f"contract-maker-{kind}")
            for kind, stream in (("out", self._process.stdout), ("err", self._process.stderr))]
        for reader in self._readers:
            reader.start()

    def _read(self, kind: str, stream: IO[bytes]) -> None:
        with stream:
            for raw in stream:
                self._answers.put((kind, raw.decode("utf-8", "replace").rstrip("\r\n")))
        self._answers.put((kind, None))

    def _shown(self) -> str:
        return subprocess.list2cmdline(self.command)

    def _failure(self, what: str) -> ContractMakerError:
        tail = " | ".join(line for line in self._said[-8:] if line.strip())
        return ContractMakerError(f"{what}: {self._shown()}" + (f" said: {tail}" if tail
                                                                  else ""))

    def make(self, data: dict[str, Any]) -> bytes:
        """The contract's PDF, made by the client from `data`. ContractMakerError when the
        client refuses the data (a bug in the caller) or is gone."""
        stdin = self._process.stdin
        assert stdin is not None
        self._sent += 1
        number = data.get("contract_number")
        try:
            stdin.write(json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n")
            stdin.flush()
        except (BrokenPipeError, ValueError) as exc:  # ValueError: closed already
            self._drain()
            raise self._failure(f"the staff client ended before contract {number} "
                                f"(exit code {self._process.poll()})") from exc
        refused = f"Line {self._sent}:"
        while True:
            try:
                kind, line = self._answers.get(timeout=self.timeout)
            except queue.Empty:
                raise self._failure(f"the staff client gave no answer for contract {number} "
                                    f"in {self.timeout:.0f} s") from None
            if line is None:
                self._drain()
                raise self._failure(f"the staff client ended before contract {number} "
                                    f"(exit code {self._process.poll()})")
            if kind == "out":
                path = Path(line)
                pdf = path.read_bytes()
                path.unlink()
                return pdf
            self._said.append(line)
            if line.startswith(refused):
                raise self._failure(f"the staff client refused contract {number}")

    def _drain(self) -> None:
        """What is left of the client's last words (the other stream may still be coming)."""
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            return
        for reader in self._readers:
            reader.join(timeout=5)
        while not self._answers.empty():
            kind, line = self._answers.get_nowait()
            if kind == "err" and line is not None:
                self._said.append(line)

    def close(self) -> None:
        """End of input: the client finishes and exits; the temporary folder goes."""
        process = self._process
        if process.stdin is not None and not process.stdin.closed:
            with contextlib.suppress(BrokenPipeError):
                process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for reader in self._readers:
            reader.join(timeout=5)
        self._folder.cleanup()

    def __enter__(self) -> ContractMaker:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
