"""Live sandboxes for tests: a real `python -m portal_sandbox serve` process on loopback,
and throw-away databases on the PostgreSQL server every machine runs."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def postgres_database() -> tuple[str, str] | None:
    """Create a throw-away database: its name and URL; None when no server answers (and CI
    is not set)."""
    try:
        import psycopg

        name = f"bb_test_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name, f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    except Exception as exc:  # any failure to reach the server
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at 127.0.0.1:5432 is required under CI: {exc}")
        return None


def drop_database(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_sandbox(data_dir: Path, db_url: str | None,
                  *extra: str) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "portal_sandbox", "serve", "--port", "0",
               "--seed", "empty", "--data-dir", str(data_dir), *extra]
    if db_url:
        command += ["--db", db_url]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    assert process.stdout is not None
    seen = []
    for line in process.stdout:
        seen.append(line)
        if line.startswith("listening on "):
            # Keep draining its output, so a chatty server never blocks on a full pipe.
            threading.Thread(target=_drain, args=(process,), daemon=True).start()
            return process, line.split()[-1].strip()
    process.wait(timeout=10)
    raise RuntimeError("the sandbox did not start:\n" + "".join(seen))


def _drain(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        sys.stderr.write(f"[sandbox] {line}")


def stop_sandbox(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()
