"""The PyInstaller bundle: its size on disk, and its cold start against the sources'.

Targets: dist/balabaqsha-desk/ under 250 MB; from launching the program to its painted
log-in window (the first window a person sees when a portal is set up), the bundled
`balabaqsha-desk` at most 1.2x `python -m desktop` measured in the same run. Each start is
a fresh process with a fresh profile, the two interleaved so a busy moment hits both
alike, against one live sandbox; the moment of the paint is the line the program logs
then (desk_session.SIGN_IN_PAINTED), read from the profile's log as it is written.

Run after `python dev.py bundle`: `python -m bench.bundle [--runs 5]`.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import live_sandbox, verdict
from desktop.services.logs import WINDOW_LOG
from desktop.views.runtime.desk_session import SIGN_IN_PAINTED

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "balabaqsha-desk"
EXECUTABLE = BUNDLE / ("balabaqsha-desk.exe" if os.name == "nt" else "balabaqsha-desk")
SIZE_LIMIT_MB = 250.0
START_LIMIT = 1.2
TIMEOUT = 120.0


def size_on_disk(folder: Path) -> tuple[int, int]:
    """Bytes of every file under `folder`, and how many files."""
    sizes = [p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(sizes), len(sizes)


def start_to_paint(command: list[str], portal: str, profile: Path) -> float:
    """Seconds from launching `command` to its log's SIGN_IN_PAINTED line; then it is
    stopped."""
    log = profile / "logs" / WINDOW_LOG
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    child = subprocess.Popen([*command, "--profile", str(profile), "--portal", portal],
                             cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    try:
        while True:
            if log.exists() and SIGN_IN_PAINTED in log.read_text(encoding="utf-8"):
                return time.perf_counter() - started
            if child.poll() is not None:
                raise RuntimeError(f"{command[0]} ended with {child.returncode}:\n"
                                   f"{child.stderr.read() if child.stderr else ''}")
            if time.perf_counter() - started > TIMEOUT:
                raise RuntimeError(f"{command[0]} showed no log-in window in {TIMEOUT:.0f} s")
            time.sleep(0.005)
    finally:
        child.terminate()
        try:
            child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not EXECUTABLE.exists():
        print(f"no bundle at {EXECUTABLE}: build it with `python dev.py bundle`")
        return 1
    total, files = size_on_disk(BUNDLE)
    print("The bundle (dist/balabaqsha-desk):")
    print(f"  size on disk: {total / 2**20:.0f} MB in {files} files")
    ok = verdict("size", total / 2**20, SIZE_LIMIT_MB, " MB")

    # The sources start from their compiled bytecode, as the bundle does from its archive.
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    sources, bundled = [], []
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder, \
            live_sandbox(Path(folder) / "sandbox") as portal:
        for run in range(args.runs + 1):  # the first pair warms the file cache, not counted
            source = start_to_paint([sys.executable, "-m", "desktop"], portal,
                                    Path(folder) / f"source-{run}")
            bundle = start_to_paint([str(EXECUTABLE)], portal, Path(folder) / f"bundle-{run}")
            if run:
                sources.append(source)
                bundled.append(bundle)
    source_s, bundle_s = statistics.median(sources), statistics.median(bundled)
    print("  cold start, from launch to the painted log-in window (fresh process and profile):")
    print(f"    python -m desktop: median {source_s * 1000:.0f} ms "
          f"(runs: {', '.join(f'{x * 1000:.0f}' for x in sources)})")
    print(f"    bundled balabaqsha-desk: median {bundle_s * 1000:.0f} ms "
          f"(runs: {', '.join(f'{x * 1000:.0f}' for x in bundled)})")
    ok &= verdict("bundled start / python -m desktop", bundle_s / source_s, START_LIMIT)
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
