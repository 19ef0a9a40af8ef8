"""Shared by the benchmarks: live sandboxes on loopback, throw-away PostgreSQL databases,
and honest statistics. Benchmarks print ratios against a baseline measured in the same
run, because machines here are shared and their absolute speed varies from run to run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


@contextmanager
def postgres_database() -> Iterator[str]:
    import psycopg

    name = f"bb_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def live_sandbox(data_dir: Path, db_url: str | None = None) -> Iterator[str]:
    command = [sys.executable, "-m", "portal_sandbox", "serve", "--port", "0", "--seed",
               "empty", "--data-dir", str(data_dir)]
    if db_url:
        command += ["--db", db_url]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    assert process.stdout is not None
    url = None
    for line in process.stdout:
        if line.startswith("listening on "):
            url = line.split()[-1]
            break
    if url is None:
        raise RuntimeError("the sandbox did not start")
    stdout = process.stdout
    threading.Thread(target=lambda: [None for _ in stdout], daemon=True).start()
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        stdout.close()


def timed(call: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return samples


def timed_alternately(calls: list[Callable[[], object]], repeat: int, warmup: int = 3
                      ) -> list[list[float]]:
    """Each call's samples, the calls taking turns: a ratio between them then compares
    runs made under the same load (a shared machine's load moves within seconds)."""
    for _ in range(warmup):
        for call in calls:
            call()
    samples: list[list[float]] = [[] for _ in calls]
    for _ in range(repeat):
        for call, spent in zip(calls, samples, strict=True):
            start = time.perf_counter()
            call()
            spent.append(time.perf_counter() - start)
    return samples


def p50(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def verdict(name: str, value: float, limit: float, unit: str = "") -> bool:
    ok = value <= limit
    print(f"  {name}: {value:.3f}{unit} (target <= {limit}{unit}) {'OK' if ok else 'MISSED'}")
    return ok
