"""The embedded portal: with no portal configured, the client runs the portal sandbox as a
child process on 127.0.0.1 with a free port, and talks to it over HTTP like to any portal.

The client never imports the sandbox: it starts it by module name, reads the address it
prints, and stops it when the client closes. A bundled (frozen) program has no `-m`: its
executable runs the sandbox's command line itself when the first argument is
`SANDBOX_FLAG` (packaging/launcher.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

SANDBOX_MODULE = "portal_sandbox"
SANDBOX_FLAG = "--run-sandbox"


def sandbox_command(*args: str) -> list[str]:
    """The command line that runs `python -m portal_sandbox ARGS`, from the sources or from
    the bundled program."""
    if getattr(sys, "frozen", False):
        return [sys.executable, SANDBOX_FLAG, *args]
    return [sys.executable, "-m", SANDBOX_MODULE, *args]


class EmbeddedPortalError(Exception):
    """The sandbox did not start; `output` holds what it printed."""

    def __init__(self, message: str, output: list[str]) -> None:
        super().__init__(message)
        self.output = output


class EmbeddedPortalBusy(EmbeddedPortalError):
    """Another process (a second window, a command) is still starting the sandbox of this
    data folder and has no address yet."""


IN_USE = "in use: "


@dataclass(frozen=True)
class DemoKeys:
    """Where the training portal's test keys are, and the password they all open with."""

    folder: Path
    password: str


@dataclass(frozen=True)
class Demo:
    """The training portal's staff accounts (each with `auth_key` and `sign_key` paths)."""

    logins: list[dict[str, str]] = field(default_factory=list)
    keys: DemoKeys | None = None


class EmbeddedPortal:
    """The sandbox of one data folder. Only one sandbox serves a folder: when another
    process (a second window, a command) runs it already, this one uses that sandbox and
    leaves it running when it stops."""

    def __init__(self, data_dir: Path, *, seed: str = "demo") -> None:
        self.data_dir = data_dir
        self.seed = seed
        self.url: str | None = None
        self.output: list[str] = []
        self._process: subprocess.Popen[str] | None = None
        self.shared = False

    def start(self, on_line: Callable[[str], None] | None = None,
              timeout: float = 600.0, port: int = 0) -> str:
        """Start the sandbox and wait until it accepts connections; returns its URL.

        The first start builds the demo world, which takes a while: `on_line` receives each
        line it prints meanwhile, for a progress display. `port` 0: a free one.
        """
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # --exit-with-parent: the sandbox stops when its stdin, held by this process, closes,
        # so it never outlives a client that was killed or crashed.
        command = sandbox_command("serve", "--host", "127.0.0.1", "--port", str(port), "--seed",
                                  self.seed, "--data-dir", str(self.data_dir),
                                  "--exit-with-parent")
        # No console window flashing up beside the desk on Windows (the flag exists only there).
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self._process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True,
            encoding="utf-8", env=dict(os.environ, PYTHONUNBUFFERED="1",
                                       PYTHONIOENCODING="utf-8"),
            creationflags=flags)
        assert self._process.stdout is not None
        timer = threading.Timer(timeout, self.stop)
        timer.start()
        try:
            for line in self._process.stdout:
                line = line.rstrip("\n")
                self.output.append(line)
                if on_line is not None:
                    on_line(line)
                if line.startswith("listening on "):
                    self.url = line.split()[-1]
                    break
                if line.startswith(IN_USE):
                    return self._share(line)
        finally:
            timer.cancel()
        if self.url is None:
            self.stop()
            raise EmbeddedPortalError("the portal sandbox did not start", self.output)
        threading.Thread(target=self._drain, args=(self._process,), daemon=True).start()
        return self.url

    def _share(self, line: str) -> str:
        """Use the sandbox another process runs on this folder (its child has exited)."""
        self.stop()
        _, found, url = line.rpartition(" at ")
        if not found or not url.startswith("http"):
            raise EmbeddedPortalBusy("another process is starting the portal sandbox",
                                     self.output)
        self.url, self.shared = url.strip(), True
        return self.url

    def _drain(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        try:
            for line in process.stdout:
                self.output.append(str(line).rstrip("\n"))
                del self.output[:-200]  # keep the tail for a report
        except (OSError, ValueError):
            pass  # the stream was closed by stop()
        # Its output ended: the sandbox is ending (or was stopped). Reap it at once, so a
        # sandbox that died is no zombie for as long as the desk runs on.
        process.wait()

    @property
    def died(self) -> bool:
        """Whether the sandbox this desk started has ended by itself (crashed, killed)."""
        return self._process is not None and self._process.poll() is not None

    def restart(self) -> str:
        """Start the sandbox again after it died, on the port it had, so the desk's address
        of it stays valid; returns the URL. EmbeddedPortalError when it cannot start."""
        port = urlsplit(self.url).port if self.url else None
        self.stop()
        self.url = None
        return self.start(port=port or 0)

    @property
    def portal_key(self) -> str:
        """What the client files this portal's secrets and caches under: its port changes on
        every start, but its data folder, and so its accounts and tokens, stay the same."""
        return f"embedded:{self.data_dir.resolve()}"

    def demo(self) -> Demo:
        """The demo world's staff accounts and their test keys (nothing when it has none)."""
        if self.url is None:
            return Demo()
        import httpx  # on the worker that asks, not with the program's first window

        try:
            data = httpx.get(f"{self.url}/sandbox/demo", timeout=5).json()
        except (httpx.HTTPError, ValueError):
            return Demo()
        folder, password = data.get("keys_dir"), data.get("key_password")
        keys = DemoKeys(Path(folder), str(password)) if folder and password else None
        return Demo(list(data.get("logins", [])), keys)

    def demo_logins(self) -> list[dict[str, str]]:
        return self.demo().logins

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        if self._process is None:
            return
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                stream.close()
        self._process = None
